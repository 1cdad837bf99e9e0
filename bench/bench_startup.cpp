// Cold start of the desktop app to an interactive site manager with 2,000 sites in the cache:
// the wall time of `sitestudio --exit-when-ready` (process start, libraries, cache open, list,
// first paint), median of 7 runs. Figures, not a pass/fail test.
#include "benchutil.h"
#include "localcache.h"
#include "sitestore.h"
#include "themepackage.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cstdio>

using namespace ss;
using namespace ss::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_startup PATH/TO/sitestudio [sites]\n");
        return 2;
    }
    const QString exe = QString::fromLocal8Bit(argv[1]);
    const int sites = argc > 2 ? std::atoi(argv[2]) : 2000;
    QTemporaryDir dir;
    {
        auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
        ThemeRegistry themes;
        auto studio = themes.theme(QStringLiteral("studio"));
        auto harbor = themes.theme(QStringLiteral("harbor"));
        if (!cache || !studio || !harbor)
            return 1;
        SiteStore store(**cache);
        const double t0 = nowMs();
        for (int i = 0; i < sites; ++i) {
            const auto &theme = (i % 3 ? *studio : *harbor)->manifest();
            if (!store.createSite({QStringLiteral("Site %1").arg(i, 4, 10, QLatin1Char('0')),
                                   QStringLiteral("business"), true},
                                  theme))
                return 1;
        }
        std::printf("cache: %d sites created in %.1f s\n", sites, (nowMs() - t0) / 1000);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    std::vector<double> runs;
    for (int i = 0; i < 8; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const double t0 = nowMs();
        p.start(exe,
                {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--exit-when-ready")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return 1;
        const QByteArray out = p.readAllStandardOutput();
        if (!out.contains(QByteArray("ready: ") + QByteArray::number(sites) + " sites")) {
            std::fprintf(stderr, "the app did not list every site: %s\n", out.constData());
            return 1;
        }
        if (i > 0) // the first run warms the file cache
            runs.push_back(nowMs() - t0);
    }
    std::printf("cold start to an interactive site manager with %d sites: %.0f ms median of %zu "
                "(target <= 1500 ms)\n",
                sites, median(runs), runs.size());
    return 0;
}
