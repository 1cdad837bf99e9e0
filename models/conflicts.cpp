#include "conflicts.h"

#include "json.h"
#include "localcache.h"
#include "page.h"
#include "sitedocument.h"
#include "sitestore.h"

#include <QCborMap>

namespace ss {

namespace {

Conflict::Kind classify(const Conflict &c)
{
    using K = Conflict::Kind;
    if (c.path == QLatin1String("quarantine"))
        return K::Quarantine;
    if (!c.blockId.isEmpty())
        return c.path.isEmpty() ? K::Block : K::Prop;
    if (!c.path.isEmpty())
        return K::Other;
    // Whole-value conflicts carry both sides (rebase.cpp); an op that failed outright (page meta,
    // pages, page data) has no server value and is only shown.
    if (!c.mine.isMap() || !c.theirs.isMap())
        return K::Other;
    if (c.pageId.isEmpty())
        return K::SiteProps;
    if (!c.mine.toMap().contains(QStringLiteral("content")))
        return K::PageRoot; // page data ({root, content, zones}) stays "other"
    return K::Other;
}

QCborValue parseColumn(const QVariant &v)
{
    if (v.isNull())
        return QCborValue(QCborSimpleType::Undefined);
    auto parsed = json::parse(v.toString().toUtf8(), {.maxBytes = 128 << 20, .maxDepth = 512});
    return parsed ? *parsed : QCborValue(QCborSimpleType::Undefined);
}

} // namespace

QString Conflict::reason() const
{
    switch (kind) {
    case Kind::Prop:
        return theirs.isUndefined()
                   ? QStringLiteral("could not be applied to the server's version (the block or "
                                    "page was deleted there)")
                   : QStringLiteral("changed here and on the server; the server's value is kept");
    case Kind::Block:
        return mine.isUndefined() && theirs.isMap()
                   ? QStringLiteral("deleted here but edited on the server; the block is kept")
                   : QStringLiteral("a move or insert that no longer applies to the server's "
                                    "version");
    case Kind::PageRoot:
    case Kind::SiteProps:
        return QStringLiteral("changed here and on the server; the server's version is kept");
    case Kind::Quarantine:
        return QStringLiteral("the server's copy could not be read: %1").arg(theirs.toString());
    case Kind::Other:
        break;
    }
    return QStringLiteral("could not be applied to the server's version");
}

bool Conflict::canKeepMine() const
{
    switch (kind) {
    case Kind::Prop:
        return !mine.isUndefined();
    case Kind::Block:
        return mine.isUndefined() && theirs.isMap(); // keep mine = delete the block after all
    case Kind::PageRoot:
    case Kind::SiteProps:
        return mine.isMap();
    case Kind::Quarantine:
    case Kind::Other:
        break;
    }
    return false;
}

namespace conflicts {

Result<QList<Conflict>> list(LocalCache &cache, const QString &siteId)
{
    auto q = cache.exec(
        QStringLiteral(
            "SELECT k.id, k.entity_type, k.entity_id, COALESCE(c.workspace_id, "
            "CASE WHEN k.entity_type = 'workspace' THEN k.entity_id END), "
            "COALESCE(w.name, w2.name), k.page_id, k.block_id, k.path, k.local_json, "
            "k.remote_json, k.created_at FROM conflicts k "
            "LEFT JOIN customizations c ON c.id = k.entity_id "
            "LEFT JOIN workspaces w ON w.id = c.workspace_id "
            "LEFT JOIN workspaces w2 ON w2.id = k.entity_id "
            "WHERE k.resolved_at IS NULL AND (COALESCE(?, '') = '' OR c.workspace_id = ? OR "
            "k.entity_id = ?) ORDER BY k.created_at, k.rowid"),
        {QVariant(siteId.isNull() ? QStringLiteral("") : siteId), siteId, siteId});
    if (!q)
        return std::unexpected(q.error());
    QList<Conflict> out;
    while (q->next()) {
        Conflict c;
        c.id = q->value(0).toString();
        c.entityType = q->value(1).toString();
        c.entityId = q->value(2).toString();
        c.siteId = q->value(3).toString();
        c.siteName = q->value(4).toString();
        c.pageId = q->value(5).toString();
        c.blockId = q->value(6).toString();
        c.path = q->value(7).toString();
        c.mine = parseColumn(q->value(8));
        c.theirs = parseColumn(q->value(9));
        c.createdAt = q->value(10).toString();
        c.kind = classify(c);
        out.append(c);
    }
    return out;
}

Result<void> applyMine(SiteDocument &doc, const Conflict &c, bool undoable)
{
    if (!c.canKeepMine())
        return fail(QStringLiteral("this conflict has no value of ours to keep"));
    Result<Operation> op = fail(QStringLiteral("nothing to apply"));
    switch (c.kind) {
    case Conflict::Kind::Prop:
        op = doc.makeSetProp(c.pageId, c.blockId, c.path, c.mine);
        break;
    case Conflict::Kind::Block: {
        const Page *page = doc.page(c.pageId);
        if (!page || !page->block(c.blockId))
            return {}; // already gone: our delete holds
        op = doc.makeRemove(c.pageId, c.blockId);
        break;
    }
    case Conflict::Kind::PageRoot:
        op = doc.makeReplaceRoot(c.pageId, c.mine.toMap());
        break;
    case Conflict::Kind::SiteProps:
        op = doc.makeReplaceSiteProps(c.mine.toMap());
        break;
    case Conflict::Kind::Quarantine:
    case Conflict::Kind::Other:
        break;
    }
    if (!op)
        return std::unexpected(op.error());
    return undoable ? doc.perform(*op) : doc.apply(*op);
}

Result<void> resolve(LocalCache &cache, SiteDocument *doc, const Conflict &c, Resolution resolution,
                     bool undoable)
{
    if (resolution == Resolution::Mine) {
        if (!doc)
            return fail(QStringLiteral("keeping my value needs the site's document"));
        if (!c.siteId.isEmpty() && !doc->id.isEmpty() && doc->id != c.siteId)
            return fail(QStringLiteral("the conflict belongs to another site"));
        if (auto r = applyMine(*doc, c, undoable); !r)
            return r;
    }
    auto r = cache.exec(QStringLiteral("UPDATE conflicts SET resolved_at = ? WHERE id = ? AND "
                                       "resolved_at IS NULL"),
                        {SiteStore::nowUtc(), c.id});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

} // namespace conflicts

} // namespace ss
