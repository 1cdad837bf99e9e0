#pragma once

#include "operation.h"
#include "result.h"

#include <QCborMap>
#include <QDateTime>
#include <QList>

#include <memory>

namespace ss {

class LocalCache;
class SiteDocument;
class ThemeManifest;

struct SiteSummary
{
    QString id;
    QString name;
    QString slug;
    QString type;
    QString tier;
    QString domain;
    QString themeId;
    int pages = 0;
    qint64 draftRevision = 0;
    qint64 publishedRevision = -1; // -1: never published
    int pendingOps = 0;
    int conflicts = 0;
    QString updatedAt;
};

// Sites in the local cache: create, list, load, and record every edit together with its outbox
// row in one transaction.
class SiteStore
{
public:
    explicit SiteStore(LocalCache &cache);
    LocalCache &cache() const { return m_cache; }

    struct NewSite
    {
        QString name;
        QString type = QStringLiteral("business");
        bool starterContent = true; // navbar, hero and footer on the home page
    };
    Result<SiteSummary> createSite(const NewSite &spec, const ThemeManifest &theme);
    // Stores a site built elsewhere (the new-site wizard) with the blueprint it came from.
    Result<SiteSummary> createSiteFromDocument(const NewSite &spec,
                                               std::unique_ptr<SiteDocument> doc,
                                               const ThemeManifest &theme,
                                               const QCborMap &blueprint);

    Result<QList<SiteSummary>> listSites();
    Result<SiteSummary> findSite(const QString &nameOrId);
    // Loads the active customization of a site. The document's journal is connected: every
    // apply() is written to the cache (and the outbox) before it is visible. The store must
    // outlive the document (or the journal must be replaced first).
    Result<std::unique_ptr<SiteDocument>> loadSite(const QString &nameOrId);
    Result<void> deleteSite(const QString &nameOrId);

    // Writes what `op` changed in `doc` (already applied in memory) plus an outbox row, in one
    // transaction. Normally called through the document's journal.
    Result<void> record(const SiteDocument &doc, const Operation &op);

    Result<int> pendingOps(const QString &entityId);

    // Queues a publish of the site's active customization behind its edits (the next sync sends
    // it, now or when the server is reachable again). Returns the outbox op id.
    Result<QString> queuePublish(const QString &siteId);
    // Whether a queued publish of the site is still waiting in the outbox.
    Result<bool> publishPending(const QString &siteId);

    static QString nowUtc();

private:
    Result<void> writePage(const SiteDocument &doc, const QString &pageId);
    Result<void> writeSiteJson(const SiteDocument &doc);
    Result<void> insertOutbox(const QString &entityType, const QString &entityId,
                              const QCborMap &op);
    Result<QList<SiteSummary>> query(const QString &where, const QVariantList &binds);

    LocalCache &m_cache;
};

} // namespace ss
