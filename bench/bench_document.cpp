// Document operations on a 5,000-block page: load from the cache, one set-prop, undo, redo, and
// the model's memory. Targets (issue #2): load <= 150 ms, each op <= 1 ms, model <= 50 MB.
#include "benchutil.h"
#include "json.h"
#include "localcache.h"
#include "page.h"
#include "sitedocument.h"
#include "sitestore.h"
#include "themepackage.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

using namespace ss;
using namespace ss::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int blocks = 5000;
    ThemeRegistry registry;
    auto theme = registry.theme(QStringLiteral("studio"));
    QTemporaryDir tmp;
    auto cache = LocalCache::open(LocalCache::pathIn(tmp.path()));
    if (!theme || !cache)
        return 1;
    SiteStore store(**cache);
    if (!store.createSite({QStringLiteral("Big"), QStringLiteral("business"), false},
                          (*theme)->manifest()))
        return 1;
    {
        // A 5,000-block page: 250 grids of 19 blocks each (nested slots) + 250 top-level blocks.
        auto doc = store.loadSite(QStringLiteral("Big"));
        const QCborMap data = bigPageData(blocks);
        auto op = (*doc)->makeReplacePageData((*doc)->pages().front()->id, data);
        if (!op || !(*doc)->apply(*op))
            return 1;
    }

    std::vector<double> loads, sets, undos, redos, setsDurable, serialize;
    qsizetype pageBytes = 0;
    double memory = 0;
    for (int round = 0; round < 7; ++round) {
        const double heapBefore = heapMb();
        const double l0 = nowMs();
        auto doc = store.loadSite(QStringLiteral("Big"));
        loads.push_back(nowMs() - l0);
        memory = std::max(memory, heapMb() - heapBefore);
        if (!doc)
            return 1;
        Page &page = *(*doc)->pages().front();
        if (round == 0)
            std::printf("page: %lld blocks\n", static_cast<long long>(page.blockCount()));
        const QString target =
            QStringLiteral("b-%1").arg(2501 + round); // (multiples of 20 are grids)
        // In-memory ops (what the editor waits for before repainting) ...
        (*doc)->setJournal({});
        for (int k = 0; k < 20; ++k) {
            auto op = (*doc)->makeSetProp(page.id, target, QStringLiteral("title"),
                                          QCborValue(QStringLiteral("v%1").arg(k)));
            const double s0 = nowMs();
            if (!op || !(*doc)->perform(*op))
                return 1;
            sets.push_back(nowMs() - s0);
            const double u0 = nowMs();
            (*doc)->undoStack()->undo();
            undos.push_back(nowMs() - u0);
            const double r0 = nowMs();
            (*doc)->undoStack()->redo();
            redos.push_back(nowMs() - r0);
        }
        // ... and the same edit made durable in the cache with its outbox row (one transaction).
        SiteDocument *raw = doc->get();
        (*doc)->setJournal([&store, raw](const Operation &op) { return store.record(*raw, op); });
        auto op = (*doc)->makeSetProp(page.id, target, QStringLiteral("title"),
                                      QCborValue(QStringLiteral("durable")));
        const double d0 = nowMs();
        if (!op || !(*doc)->apply(*op))
            return 1;
        setsDurable.push_back(nowMs() - d0);
        // The share of that write which is turning the page into JSON text.
        const double j0 = nowMs();
        const QByteArray text = json::write(SiteDocument::pageToJson(page));
        serialize.push_back(nowMs() - j0);
        pageBytes = text.size();
    }
    std::printf("load from cache:       %7.2f ms median (target <= 150 ms)\n", median(loads));
    std::printf("set-prop (in memory):  %7.4f ms median (target <= 1 ms)\n", median(sets));
    std::printf("undo:                  %7.4f ms median (target <= 1 ms)\n", median(undos));
    std::printf("redo:                  %7.4f ms median (target <= 1 ms)\n", median(redos));
    std::printf(
        "set-prop + cache write:%7.2f ms median (page JSON + outbox row, synchronous=FULL)\n",
        median(setsDurable));
    std::printf("  of which page JSON:  %7.2f ms median (%lld KB)\n", median(serialize),
                static_cast<long long>(pageBytes / 1024));
    std::printf(
        "model memory:          %7.1f MB (heap held by the loaded document; target <= 50 MB)\n",
        memory);
    return 0;
}
