#include "sitestore.h"

#include "dnslabel.h"
#include "json.h"
#include "localcache.h"
#include "logging.h"
#include "page.h"
#include "sitedocument.h"
#include "startersite.h"
#include "thememanifest.h"

#include <QCborArray>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace ss {

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString jsonText(const QCborValue &v)
{
    return QString::fromUtf8(json::write(v));
}

} // namespace

SiteStore::SiteStore(LocalCache &cache)
    : m_cache(cache)
{}

QString SiteStore::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Result<void> SiteStore::insertOutbox(const QString &entityType, const QString &entityId,
                                     const QCborMap &op)
{
    auto r = m_cache.exec(
        QStringLiteral("INSERT INTO outbox (op_id, entity_type, entity_id, op_json, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {uuid(), entityType, entityId, jsonText(op), nowUtc()});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<SiteSummary> SiteStore::createSite(const NewSite &spec, const ThemeManifest &theme)
{
    auto starter = makeStarterSite(spec.name.trimmed(), theme, spec.starterContent);
    if (!starter)
        return fail(
            QStringLiteral("could not build the starter site of theme \"%1\"").arg(theme.id));
    return createSiteFromDocument(spec, std::move(starter), theme, {});
}

Result<SiteSummary> SiteStore::createSiteFromDocument(const NewSite &spec,
                                                      std::unique_ptr<SiteDocument> built,
                                                      const ThemeManifest &theme,
                                                      const QCborMap &blueprint)
{
    const QString name = spec.name.trimmed();
    if (name.isEmpty())
        return fail(QStringLiteral("a site needs a name"));
    if (name.size() > 200)
        return fail(QStringLiteral("the name is longer than 200 characters"));
    auto existing = m_cache.exec(
        QStringLiteral("SELECT name FROM workspaces WHERE name = ? COLLATE NOCASE"), {name});
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->next())
        return fail(
            QStringLiteral("a site named \"%1\" exists").arg(existing->value(0).toString()));
    SiteDocument &doc = *built;
    doc.name = name;
    doc.customizationId = uuid();
    const QString now = nowUtc();
    auto r = m_cache.transaction([&]() -> Result<void> {
        auto w = m_cache.exec(QStringLiteral("INSERT INTO workspaces (id, name, slug, type, "
                                             "blueprint_json, created_at, updated_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {doc.id, name, dnsLabelFrom(name), spec.type,
                               blueprint.isEmpty() ? QVariant() : QVariant(jsonText(blueprint)),
                               now, now});
        if (!w)
            return std::unexpected(w.error());
        auto c = m_cache.exec(
            QStringLiteral("INSERT INTO customizations (id, workspace_id, name, template_id, "
                           "template_version, is_active, site_json, updated_at) VALUES (?, ?, ?, "
                           "?, ?, 1, ?, ?)"),
            {doc.customizationId, doc.id, theme.name, theme.id, theme.version, QStringLiteral("{}"),
             now});
        if (!c)
            return std::unexpected(c.error());
        if (auto s = writeSiteJson(doc); !s)
            return s;
        for (const auto &p : doc.pages())
            if (auto s = writePage(doc, p->id); !s)
                return s;
        QCborMap createWs;
        createWs.insert(QStringLiteral("op"), QStringLiteral("create-workspace"));
        createWs.insert(QStringLiteral("id"), doc.id);
        createWs.insert(QStringLiteral("name"), name);
        createWs.insert(QStringLiteral("type"), spec.type);
        if (auto s = insertOutbox(QStringLiteral("workspace"), doc.id, createWs); !s)
            return s;
        QCborMap createCust;
        createCust.insert(QStringLiteral("op"), QStringLiteral("create-customization"));
        createCust.insert(QStringLiteral("id"), doc.customizationId);
        createCust.insert(QStringLiteral("workspace"), doc.id);
        createCust.insert(QStringLiteral("template"), theme.id);
        createCust.insert(QStringLiteral("document"), doc.toJson());
        return insertOutbox(QStringLiteral("customization"), doc.customizationId, createCust);
    });
    if (!r)
        return std::unexpected(r.error());
    // Committed: describe it from what was written (a failing read now must not report failure).
    SiteSummary summary;
    summary.id = doc.id;
    summary.name = name;
    summary.slug = dnsLabelFrom(name);
    summary.type = spec.type;
    summary.tier = QStringLiteral("basic");
    summary.themeId = theme.id;
    summary.pages = int(doc.pages().size());
    summary.pendingOps = 1;
    summary.updatedAt = now;
    return summary;
}

Result<void> SiteStore::writeSiteJson(const SiteDocument &doc)
{
    QCborMap site = doc.toJson();
    site.remove(QStringLiteral("pages"));
    auto r = m_cache.exec(
        QStringLiteral("UPDATE customizations SET site_json = ?, updated_at = ? WHERE id = ?"),
        {jsonText(site), nowUtc(), doc.customizationId});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<void> SiteStore::writePage(const SiteDocument &doc, const QString &pageId)
{
    const Page *page = doc.page(pageId);
    if (!page)
        return fail(QStringLiteral("no page \"%1\"").arg(pageId));
    const qsizetype position = doc.pageIndex(pageId);
    auto r = m_cache.exec(
        QStringLiteral(
            "INSERT INTO customization_pages (customization_id, page_id, position, slug, "
            "page_json) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (customization_id, page_id) DO UPDATE SET "
            "position = excluded.position, slug = excluded.slug, page_json = excluded.page_json"),
        {doc.customizationId, pageId, position, page->slug,
         jsonText(SiteDocument::pageToJson(*page))});
    if (!r)
        return std::unexpected(r.error());
    // The snapshot includes every journaled edit of the page.
    auto del = m_cache.exec(
        QStringLiteral("DELETE FROM page_journal WHERE customization_id = ? AND page_id = ?"),
        {doc.customizationId, pageId});
    if (!del)
        return std::unexpected(del.error());
    return {};
}

Result<QString> SiteStore::queuePublish(const QString &siteId)
{
    auto c = m_cache.exec(
        QStringLiteral("SELECT id FROM customizations WHERE workspace_id = ? AND is_active = 1"),
        {siteId});
    if (!c)
        return std::unexpected(c.error());
    if (!c->next())
        return fail(QStringLiteral("the site has nothing to publish"));
    QCborMap op;
    op.insert(QStringLiteral("op"), QStringLiteral("publish"));
    op.insert(QStringLiteral("workspace"), siteId);
    const QString opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto q = m_cache.exec(
        QStringLiteral("INSERT INTO outbox (op_id, entity_type, entity_id, op_json, created_at) "
                       "VALUES (?, 'customization', ?, ?, ?)"),
        {opId, c->value(0).toString(), QString::fromUtf8(json::write(op)), nowUtc()});
    if (!q)
        return std::unexpected(q.error());
    return opId;
}

Result<bool> SiteStore::publishPending(const QString &siteId)
{
    auto q = m_cache.exec(
        QStringLiteral("SELECT COUNT(*) FROM outbox o JOIN customizations c ON c.id = o.entity_id "
                       "WHERE c.workspace_id = ? AND o.op_json LIKE '%\"op\":\"publish\"%'"),
        {siteId});
    if (!q)
        return std::unexpected(q.error());
    return q->next() && q->value(0).toInt() > 0;
}

Result<void> SiteStore::record(const SiteDocument &doc, const Operation &op)
{
    if (doc.customizationId.isEmpty())
        return fail(QStringLiteral("the document is not stored in the cache"));
    return m_cache.transaction([&]() -> Result<void> {
        using K = Operation::Kind;
        switch (op.kind) {
        case K::ReplaceSiteProps:
            if (auto r = writeSiteJson(doc); !r)
                return r;
            break;
        case K::AddPage:
        case K::RemovePage: {
            if (op.kind == K::RemovePage) {
                const QString pageId = op.subtree.value(QStringLiteral("id")).toString();
                for (const QString &table :
                     {QStringLiteral("customization_pages"), QStringLiteral("page_journal")}) {
                    auto del = m_cache.exec(QStringLiteral("DELETE FROM %1 WHERE "
                                                           "customization_id = ? AND page_id = ?")
                                                .arg(table),
                                            {doc.customizationId, pageId});
                    if (!del)
                        return std::unexpected(del.error());
                }
            }
            // Positions after the change point moved by one; rewrite them (slugs stay unique).
            for (qsizetype i = std::max<qsizetype>(0, op.index); i < qsizetype(doc.pages().size());
                 ++i)
                if (auto r = writePage(doc, doc.pages()[size_t(i)]->id); !r)
                    return r;
            break;
        }
        case K::InsertBlock:
        case K::RemoveBlock:
        case K::MoveBlock:
        case K::DuplicateBlock:
        case K::SetProp:
        case K::ReplaceRoot:
            if (auto r = appendJournal(doc, op); !r)
                return r;
            break;
        case K::SetPageMeta:
        case K::ReplacePageData:
            if (auto r = writePage(doc, op.pageId); !r)
                return r;
            break;
        }
        auto rev = m_cache.exec(QStringLiteral("UPDATE customizations SET draft_revision = "
                                               "draft_revision + 1, updated_at = ? WHERE id = ?"),
                                {nowUtc(), doc.customizationId});
        if (!rev)
            return std::unexpected(rev.error());
        return insertOutbox(QStringLiteral("customization"), doc.customizationId, op.toJson());
    });
}

Result<void> SiteStore::appendJournal(const SiteDocument &doc, const Operation &op)
{
    auto ins = m_cache.exec(QStringLiteral("INSERT INTO page_journal (customization_id, page_id, "
                                           "op_json) VALUES (?, ?, ?)"),
                            {doc.customizationId, op.pageId, jsonText(op.toJson())});
    if (!ins)
        return std::unexpected(ins.error());
    // Bound the replay work of a load: a long journal becomes a snapshot now and then.
    auto n = m_cache.exec(QStringLiteral("SELECT COUNT(*) FROM page_journal WHERE "
                                         "customization_id = ? AND page_id = ?"),
                          {doc.customizationId, op.pageId});
    if (!n)
        return std::unexpected(n.error());
    if (n->next() && n->value(0).toInt() >= kMaxJournalRows)
        return writePage(doc, op.pageId);
    return {};
}

Result<void> SiteStore::snapshotPages(const SiteDocument &doc)
{
    if (doc.customizationId.isEmpty())
        return fail(QStringLiteral("the document is not stored in the cache"));
    return m_cache.transaction([&]() -> Result<void> {
        auto q = m_cache.exec(
            QStringLiteral("SELECT DISTINCT page_id FROM page_journal WHERE customization_id = ?"),
            {doc.customizationId});
        if (!q)
            return std::unexpected(q.error());
        QStringList pageIds;
        while (q->next())
            pageIds << q->value(0).toString();
        for (const QString &pageId : pageIds) {
            if (!doc.page(pageId)) {
                auto del = m_cache.exec(QStringLiteral("DELETE FROM page_journal WHERE "
                                                       "customization_id = ? AND page_id = ?"),
                                        {doc.customizationId, pageId});
                if (!del)
                    return std::unexpected(del.error());
                continue;
            }
            if (auto r = writePage(doc, pageId); !r)
                return r;
        }
        return {};
    });
}

Result<void> SiteStore::foldJournal(const QString &customizationId)
{
    return m_cache.transaction([&]() -> Result<void> {
        auto rows = journalRows(customizationId);
        if (!rows)
            return std::unexpected(rows.error());
        if (*rows == 0)
            return {};
        auto doc = loadCustomization(customizationId);
        if (!doc)
            return std::unexpected(doc.error());
        return snapshotPages(**doc);
    });
}

Result<int> SiteStore::journalRows(const QString &customizationId)
{
    auto q =
        m_cache.exec(QStringLiteral("SELECT COUNT(*) FROM page_journal WHERE customization_id = ?"),
                     {customizationId});
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<SiteSummary>> SiteStore::query(const QString &where, const QVariantList &binds)
{
    auto q = m_cache.exec(
        QStringLiteral(
            "SELECT w.id, w.name, w.slug, w.type, w.tier, w.domain, c.template_id, "
            "c.draft_revision, "
            "COALESCE(c.published_revision, -1), w.updated_at, "
            "(SELECT COUNT(*) FROM customization_pages p WHERE p.customization_id = c.id), "
            "(SELECT COUNT(*) FROM outbox o WHERE o.entity_type = 'customization' AND o.entity_id "
            "= c.id), "
            "(SELECT COUNT(*) FROM conflicts k WHERE k.entity_id = c.id AND k.resolved_at IS "
            "NULL), "
            "COALESCE(w.profile_id, ''), COALESCE(c.base_revision, -1), "
            "(SELECT MAX(d.created_at) FROM deployments d WHERE d.workspace_id = w.id AND d.kind = "
            "'publish_log') "
            "FROM workspaces w LEFT JOIN customizations c ON c.workspace_id = w.id AND c.is_active "
            "= 1 ") +
            where,
        binds);
    if (!q)
        return std::unexpected(q.error());
    QList<SiteSummary> out;
    while (q->next()) {
        SiteSummary s;
        s.id = q->value(0).toString();
        s.name = q->value(1).toString();
        s.slug = q->value(2).toString();
        s.type = q->value(3).toString();
        s.tier = q->value(4).toString();
        s.domain = q->value(5).toString();
        s.themeId = q->value(6).toString();
        s.draftRevision = q->value(7).toLongLong();
        s.publishedRevision = q->value(8).toLongLong();
        s.updatedAt = q->value(9).toString();
        s.pages = q->value(10).toInt();
        s.pendingOps = q->value(11).toInt();
        s.conflicts = q->value(12).toInt();
        s.profileId = q->value(13).toString();
        s.serverRevision = q->value(14).toLongLong();
        s.lastPublishAt = q->value(15).toString();
        out << s;
    }
    return out;
}

Result<QList<SiteSummary>> SiteStore::listSites()
{
    return query(QStringLiteral("ORDER BY w.name COLLATE NOCASE"), {});
}

Result<SiteSummary> SiteStore::findSite(const QString &nameOrId)
{
    auto r =
        query(QStringLiteral(
                  "WHERE w.id = ? OR w.name = ? COLLATE NOCASE ORDER BY w.id = ? DESC LIMIT 1"),
              {nameOrId, nameOrId, nameOrId});
    if (!r)
        return std::unexpected(r.error());
    if (r->isEmpty())
        return fail(
            QStringLiteral("no site named \"%1\" (see: sitestudio-cli sites list)").arg(nameOrId));
    return r->first();
}

Result<std::unique_ptr<SiteDocument>> SiteStore::loadSite(const QString &nameOrId)
{
    auto summary = findSite(nameOrId);
    if (!summary)
        return std::unexpected(summary.error());
    auto c = m_cache.exec(
        QStringLiteral("SELECT id FROM customizations WHERE workspace_id = ? AND is_active = 1"),
        {summary->id});
    if (!c)
        return std::unexpected(c.error());
    if (!c->next())
        return fail(
            QStringLiteral("site \"%1\" has no active theme customization").arg(summary->name));
    auto doc = loadCustomization(c->value(0).toString(),
                                 QStringLiteral("cache: site \"%1\"").arg(summary->name));
    if (!doc)
        return doc;
    SiteDocument *raw = doc->get();
    (*doc)->setJournal([this, raw](const Operation &op) { return record(*raw, op); });
    return doc;
}

Result<std::unique_ptr<SiteDocument>> SiteStore::loadCustomization(const QString &customizationId,
                                                                   const QString &where)
{
    const QString place =
        where.isEmpty() ? QStringLiteral("cache: customization %1").arg(customizationId) : where;
    auto c = m_cache.exec(QStringLiteral("SELECT site_json FROM customizations WHERE id = ?"),
                          {customizationId});
    if (!c)
        return std::unexpected(c.error());
    if (!c->next())
        return fail(QStringLiteral("no such customization"), place);
    auto site = json::parse(c->value(0).toString().toUtf8());
    if (!site)
        return fail(site.error().toString(), place);
    auto p = m_cache.exec(QStringLiteral("SELECT page_json FROM customization_pages WHERE "
                                         "customization_id = ? ORDER BY position"),
                          {customizationId});
    if (!p)
        return std::unexpected(p.error());
    QCborArray pages;
    while (p->next()) {
        auto page = json::parse(p->value(0).toString().toUtf8());
        if (!page)
            return fail(page.error().toString(), place + QStringLiteral(" page"));
        pages.append(*page);
    }
    QCborMap full = site->toMap();
    full.insert(QStringLiteral("pages"), pages);
    auto doc = SiteDocument::fromJson(full);
    if (!doc)
        return fail(doc.error().toString(), place);
    (*doc)->customizationId = customizationId;
    // Replay the journal on the snapshots. A row is written in the transaction that applied it
    // to exactly this state, so it applies; the one way it cannot is a page replaced under it
    // by a sync that raced an edit: then the row is skipped with a warning (its outbox row still
    // carries the edit to the server, which rebases it), rather than refusing to open the site.
    auto j = m_cache.exec(QStringLiteral("SELECT seq, op_json FROM page_journal WHERE "
                                         "customization_id = ? ORDER BY seq"),
                          {customizationId});
    if (!j)
        return std::unexpected(j.error());
    while (j->next()) {
        auto json = json::parse(j->value(1).toString().toUtf8());
        auto op =
            json ? Operation::fromJson(*json) : Result<Operation>(std::unexpected(json.error()));
        auto applied = op ? (*doc)->apply(*op) : Result<void>(std::unexpected(op.error()));
        if (!applied)
            qCWarning(lcCache).noquote() << place << "journal row" << j->value(0).toLongLong()
                                         << "skipped:" << applied.error().toString();
    }
    return doc;
}

Result<void> SiteStore::deleteSite(const QString &nameOrId)
{
    auto summary = findSite(nameOrId);
    if (!summary)
        return std::unexpected(summary.error());
    return m_cache.transaction([&]() -> Result<void> {
        auto r = m_cache.exec(QStringLiteral("DELETE FROM workspaces WHERE id = ?"), {summary->id});
        if (!r)
            return std::unexpected(r.error());
        QCborMap op;
        op.insert(QStringLiteral("op"), QStringLiteral("delete-workspace"));
        op.insert(QStringLiteral("id"), summary->id);
        return insertOutbox(QStringLiteral("workspace"), summary->id, op);
    });
}

Result<int> SiteStore::pendingOps(const QString &entityId)
{
    auto q =
        m_cache.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity_id = ?"), {entityId});
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace ss

namespace ss {

QString SiteStore::liveUrl(const QString &siteId)
{
    auto q = m_cache.exec(
        QStringLiteral("SELECT w.domain, p.server_url FROM workspaces w LEFT JOIN profiles p ON "
                       "p.id = w.profile_id WHERE w.id = ?"),
        {siteId});
    if (!q || !q->next() || q->value(0).toString().isEmpty())
        return {};
    const QUrl server(q->value(1).toString());
    QUrl url;
    url.setScheme(server.scheme().isEmpty() ? QStringLiteral("http") : server.scheme());
    url.setHost(q->value(0).toString());
    if (server.port() > 0)
        url.setPort(server.port());
    url.setPath(QStringLiteral("/"));
    return url.toString();
}

} // namespace ss
