// The editor on a 5,000-block page: open (document + outline + inspector, then the first preview
// paint), a set-prop until the preview is patched, undo and redo the same way, and memory
// (this process and the QtWebEngine processes under it). Figures, not a pass/fail test.
#include "benchutil.h"
#include "editorwindow.h"
#include "localcache.h"
#include "outlinemodel.h"
#include "page.h"
#include "previewview.h"
#include "sitedocument.h"
#include "sitestore.h"
#include "themepackage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>
#include <functional>

using namespace ss;
using namespace ss::bench;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// RSS in MB of a process and all its descendants (WebEngine renders in child processes).
double treeRssMb(qint64 root)
{
    QHash<qint64, QList<qint64>> children;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray s = stat.readAll();
        const QList<QByteArray> rest = s.mid(s.lastIndexOf(')') + 2).split(' ');
        if (rest.size() > 1)
            children[rest[1].toLongLong()].append(pid);
    }
    double total = 0;
    QList<qint64> todo{root};
    while (!todo.isEmpty()) {
        const qint64 pid = todo.takeFirst();
        QFile statm(QStringLiteral("/proc/%1/statm").arg(pid));
        if (statm.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> parts = statm.readAll().split(' ');
            if (parts.size() > 1)
                total += parts[1].toDouble() * 4096 / (1024 * 1024);
        }
        todo += children.value(pid);
    }
    return total;
}

} // namespace

int main(int argc, char **argv)
{
    ui::PreviewView::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const int blocks = 5000;
    ThemeRegistry themes;
    auto theme = themes.theme(QStringLiteral("studio"));
    QTemporaryDir tmp;
    auto cache = LocalCache::open(LocalCache::pathIn(tmp.path()));
    if (!theme || !cache)
        return 1;
    SiteStore store(**cache);
    auto site = store.createSite({QStringLiteral("Big"), QStringLiteral("business"), false},
                                 (*theme)->manifest());
    if (!site)
        return 1;
    {
        auto doc = store.loadSite(site->id);
        auto op = (*doc)->makeReplacePageData((*doc)->pages().front()->id, bigPageData(blocks));
        if (!op || !(*doc)->apply(*op))
            return 1;
    }

    // Warm-up: WebEngine's first start (process launch, caches) is not the editor's cost.
    {
        ui::EditorWindow warm(store, themes, site->id);
        warm.show();
        if (!waitFor([&] { return warm.preview()->isLoaded(); }, 60000))
            return 1;
    }

    const double rssBefore = treeRssMb(QCoreApplication::applicationPid());
    const double heapBefore = heapMb();
    const double t0 = nowMs();
    ui::EditorWindow editor(store, themes, site->id);
    editor.show();
    const double tModel = nowMs();
    const int rows = editor.outline()->rowCount();
    if (!waitFor([&] { return editor.preview()->isLoaded(); }, 60000))
        return 1;
    const double tPaint = nowMs();
    const double modelHeap = heapMb() - heapBefore;
    std::printf("page: %lld blocks, %d top-level outline rows\n",
                static_cast<long long>(editor.document()->pages().front()->blockCount()), rows);
    std::printf("open: model + outline + inspector %7.1f ms, first preview paint %7.1f ms "
                "(target <= 1000 ms)\n",
                tModel - t0, tPaint - t0);

    SiteDocument *doc = editor.document();
    const QString pageId = doc->pages().front()->id;
    std::vector<double> sets, undos, redos, previewOnly;
    for (int k = 0; k < 30; ++k) {
        // The second half without the cache journal: the preview's share of the time.
        if (k == 15)
            doc->setJournal({});
        std::vector<double> &setInto = k < 15 ? sets : previewOnly;
        const QString target = QStringLiteral("b-%1").arg(2502 + 5 * (k % 10)); // Cards
        auto op = doc->makeSetProp(pageId, target, QStringLiteral("title"),
                                   QCborValue(QStringLiteral("Edit %1").arg(k)));
        if (!op)
            return 1;
        const auto timed = [&](const std::function<void()> &edit, std::vector<double> &into) {
            const int before = editor.preview()->patches();
            const double s0 = nowMs();
            edit();
            if (!waitFor([&] { return editor.preview()->patches() > before; }, 10000))
                return false;
            into.push_back(nowMs() - s0);
            return true;
        };
        if (!timed([&] { (void)doc->perform(*op); }, setInto))
            return 1;
        if (k < 15 && (!timed([&] { doc->undoStack()->undo(); }, undos) ||
                       !timed([&] { doc->undoStack()->redo(); }, redos)))
            return 1;
    }
    // The page snapshot the editor writes when the user pauses (not in the edit path).
    const double snap0 = nowMs();
    if (!store.snapshotPages(*doc))
        return 1;
    const double snapMs = nowMs() - snap0;
    std::printf("set-prop -> preview patched: %6.2f ms median (target <= 16 ms; includes the "
                "durable journal row)\n",
                median(sets));
    std::printf("  of which the preview (render block + DOM patch): %6.2f ms median\n",
                median(previewOnly));
    std::printf("undo     -> preview patched: %6.2f ms median\n", median(undos));
    std::printf("redo     -> preview patched: %6.2f ms median\n", median(redos));
    std::printf("page snapshot when idle (whole page to the cache): %6.1f ms\n", snapMs);
    if (qEnvironmentVariableIsSet("SS_BENCH_VERBOSE")) {
        for (const auto &[name, v] :
             {std::pair{"set", &sets}, std::pair{"undo", &undos}, std::pair{"redo", &redos}}) {
            std::printf("  %s:", name);
            for (double x : *v)
                std::printf(" %.1f", x);
            std::printf("\n");
        }
    }
    std::printf("full preview loads during the edits: %d (patches: %d)\n",
                editor.preview()->fullLoads() - 1, editor.preview()->patches());
    std::printf("memory: RSS %.0f MB with the page open (app + WebEngine processes; %.0f MB before "
                "opening), editor heap share %.1f MB\n",
                treeRssMb(QCoreApplication::applicationPid()), rssBefore, modelHeap);
    return 0;
}
