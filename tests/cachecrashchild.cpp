// Child process of tst_cachecrash: applies edits to a cached site in a loop and reports each edit
// on stdout once it is saved ("saved N"), until it is killed.
#include "localcache.h"
#include "page.h"
#include "sitedocument.h"
#include "sitestore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <unistd.h>

using namespace ss;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sitestudio.*=false"));
    if (argc < 2)
        return 2;
    auto cache = LocalCache::open(LocalCache::pathIn(QString::fromLocal8Bit(argv[1])));
    if (!cache)
        return 3;
    SiteStore store(**cache);
    auto doc = store.loadSite(QStringLiteral("Crash"));
    if (!doc)
        return 4;
    Page *page = (*doc)->pages().front().get();
    const QString blockId = page->content->children.front()->id;
    qint64 n = page->block(blockId)->props.value(QStringLiteral("n")).toInteger(0);
    for (;;) {
        ++n;
        auto op = (*doc)->makeSetProp(page->id, blockId, QStringLiteral("n"), QCborValue(n));
        if (!op || !(*doc)->apply(*op))
            return 5;
        // Only now is the edit durable; say so with one write(2) so a kill cannot split the line.
        const QByteArray line = "saved " + QByteArray::number(n) + "\n";
        if (::write(1, line.constData(), size_t(line.size())) != line.size())
            return 6;
    }
}
