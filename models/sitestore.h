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
    qint64 draftRevision = 0;      // local edit counter
    qint64 serverRevision = -1;    // the server's revision of the last synced state; -1: never
    qint64 publishedRevision = -1; // the server revision that is live; -1: never published
    int pendingOps = 0;
    int conflicts = 0;
    QString updatedAt;
    QString profileId;     // the connection profile it syncs with; "" = this computer only
    QString lastPublishAt; // from the synced deployment log; "" = none known
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
    //
    // Block edits (insert, remove, move, duplicate, set-prop, root props) are not written as a
    // whole new page: the operation is appended to page_journal, a row of a few hundred bytes,
    // so a keystroke on a 5,000-block page costs one small durable commit. A page's snapshot
    // (customization_pages.page_json) plus its journal rows in seq order is the page; readers
    // go through loadSite()/loadCustomization(), which replay them. Snapshots are refreshed by
    // snapshotPages() (the editor calls it when idle and on close), by foldJournal() (the sync
    // engine, before it reads or replaces pages) and here after kMaxJournalRows rows.
    Result<void> record(const SiteDocument &doc, const Operation &op);

    // Writes the in-memory pages that have journal rows as new snapshots and drops those rows.
    // Only for the document that wrote the journal (it holds snapshot + journal in memory).
    Result<void> snapshotPages(const SiteDocument &doc);
    // Folds a customization's journal into its page snapshots from the cache alone.
    Result<void> foldJournal(const QString &customizationId);
    // Journal rows waiting to be folded (tests, diagnostics).
    Result<int> journalRows(const QString &customizationId);
    // The working copy of one customization (snapshot + journal), without a journal attached.
    Result<std::unique_ptr<SiteDocument>> loadCustomization(const QString &customizationId,
                                                            const QString &where = {});
    static constexpr int kMaxJournalRows = 1000;

    Result<int> pendingOps(const QString &entityId);

    // Queues a publish of the site's active customization behind its edits (the next sync sends
    // it, now or when the server is reachable again). Returns the outbox op id.
    Result<QString> queuePublish(const QString &siteId);
    // Whether a queued publish of the site is still waiting in the outbox.
    Result<bool> publishPending(const QString &siteId);
    // Where the site is served: http(s)://<its domain>[:the server's port]/ (the sitehostd its
    // connection points at serves the sites too); "" before its first sync.
    QString liveUrl(const QString &siteId);

    static QString nowUtc();

private:
    Result<void> writePage(const SiteDocument &doc, const QString &pageId);
    Result<void> appendJournal(const SiteDocument &doc, const Operation &op);
    Result<void> writeSiteJson(const SiteDocument &doc);
    Result<void> insertOutbox(const QString &entityType, const QString &entityId,
                              const QCborMap &op);
    Result<QList<SiteSummary>> query(const QString &where, const QVariantList &binds);

    LocalCache &m_cache;
};

} // namespace ss
