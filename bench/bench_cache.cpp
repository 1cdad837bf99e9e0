// Listing 10,000 sites from the cache (target <= 50 ms).
#include "benchutil.h"
#include "localcache.h"
#include "sitestore.h"
#include "themepackage.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace ss;
using namespace ss::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int sites = 10000;
    ThemeRegistry registry;
    auto theme = registry.theme(QStringLiteral("studio"));
    QTemporaryDir tmp;
    auto cache = LocalCache::open(LocalCache::pathIn(tmp.path()));
    if (!theme || !cache)
        return 1;
    SiteStore store(**cache);
    const double c0 = nowMs();
    auto r = (*cache)->transaction([&]() -> Result<void> {
        for (int i = 0; i < sites; ++i) {
            auto s =
                store.createSite({QStringLiteral("Client site %1").arg(i, 5, 10, QLatin1Char('0')),
                                  QStringLiteral("business"), i % 10 == 0},
                                 (*theme)->manifest());
            if (!s)
                return std::unexpected(s.error());
        }
        return {};
    });
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
        return 1;
    }
    std::printf("created %d sites in %.0f ms (one transaction)\n", sites, nowMs() - c0);
    std::vector<double> times;
    qsizetype count = 0;
    for (int i = 0; i < 15; ++i) {
        const double t0 = nowMs();
        auto list = store.listSites();
        times.push_back(nowMs() - t0);
        count = list ? list->size() : -1;
    }
    std::printf("list %lld sites: %.1f ms median of 15 (target <= 50 ms)\n",
                static_cast<long long>(count), median(times));
    return 0;
}
