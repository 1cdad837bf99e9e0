#pragma once
// A local cache in a temporary folder, its store and the built-in themes, for the GUI tests.

#include "localcache.h"
#include "sitedocument.h"
#include "sitestore.h"
#include "themepackage.h"

#include <QTemporaryDir>

#include <memory>

struct TestCache
{
    QTemporaryDir dir;
    std::unique_ptr<ss::LocalCache> cache;
    std::unique_ptr<ss::SiteStore> store;
    ss::ThemeRegistry themes;

    TestCache()
    {
        auto opened = ss::LocalCache::open(ss::LocalCache::pathIn(dir.path()));
        if (!opened)
            qFatal("%s", qPrintable(opened.error().toString()));
        cache = std::move(*opened);
        store = std::make_unique<ss::SiteStore>(*cache);
    }
    // A site with starter content (navbar, hero, footer); its id.
    QString site(const QString &name, const QString &type = QStringLiteral("business"),
                 const QString &theme = QStringLiteral("studio"))
    {
        auto created = store->createSite({name, type, true}, (*themes.theme(theme))->manifest());
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        return created->id;
    }
    // Rows waiting in the outbox (every journaled edit adds one).
    int outbox()
    {
        auto q = cache->exec(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        return q && q->next() ? q->value(0).toInt() : -1;
    }
    // A site prop as the cache has it (read back through a fresh load).
    QCborValue storedSiteProp(const QString &site, const QString &prop)
    {
        auto doc = store->loadSite(site);
        return doc ? (*doc)->siteProps.value(prop) : QCborValue(QStringLiteral("load failed"));
    }
};
