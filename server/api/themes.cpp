// The theme module: the template library, customizations (a workspace's copies of a theme with
// their revisions), publish = pointer swap. It never touches hosting tables.
#include "themes.h"
#include "api.h"
#include "automation/serverevents.h"
#include "json.h"
#include "operation.h"
#include "ops/metrics.h"
#include "page.h"
#include "publicsite.h"
#include "puckcodec.h"
#include "serverconfig.h"
#include "sitedocument.h"
#include "startersite.h"
#include "themepackage.h"
#include "validator.h"
#include "workspaces.h"

#include <QCborArray>

namespace ss::server {

namespace {

struct Customization
{
    QString id, workspaceId, templateId, templateVersion, name;
    bool active = false;
    qint64 revision = 0;
    qint64 publishedRevision = -1;
    QString createdAt, updatedAt;
};

std::expected<Customization, ApiError> ownCustomization(ApiCall &call, const QString &id)
{
    auto q = call.db.exec(QStringLiteral("SELECT id, workspace_id, template_id, template_version, "
                                         "name, is_active, current_revision, "
                                         "published_revision, created_at, updated_at FROM "
                                         "customizations WHERE id = ? AND account_id = ?"),
                          {id, call.accountId});
    if (!q)
        return std::unexpected(dbError(q.error()));
    if (!q->next())
        return apiError(404, QStringLiteral("not_found"),
                        QStringLiteral("no customization \"%1\"").arg(id.left(64)));
    Customization c;
    c.id = q->value(0).toString();
    c.workspaceId = q->value(1).toString();
    c.templateId = q->value(2).toString();
    c.templateVersion = q->value(3).toString();
    c.name = q->value(4).toString();
    c.active = q->value(5).toInt() == 1;
    c.revision = q->value(6).toLongLong();
    c.publishedRevision = q->value(7).isNull() ? -1 : q->value(7).toLongLong();
    c.createdAt = q->value(8).toString();
    c.updatedAt = q->value(9).toString();
    return c;
}

QCborMap customizationJson(const Customization &c)
{
    QCborMap m;
    m.insert(QStringLiteral("id"), c.id);
    m.insert(QStringLiteral("workspace_id"), c.workspaceId);
    m.insert(QStringLiteral("template_id"), c.templateId);
    m.insert(QStringLiteral("template_version"), c.templateVersion);
    m.insert(QStringLiteral("name"), c.name);
    m.insert(QStringLiteral("is_active"), c.active);
    m.insert(QStringLiteral("revision"), c.revision);
    m.insert(QStringLiteral("published_revision"),
             c.publishedRevision >= 0 ? QCborValue(c.publishedRevision) : QCborValue(nullptr));
    m.insert(QStringLiteral("created_at"), c.createdAt);
    m.insert(QStringLiteral("updated_at"), c.updatedAt);
    return m;
}

Result<QByteArray> revisionDocument(ServerDatabase &db, const QString &customizationId,
                                    qint64 revision)
{
    auto q =
        db.exec(QStringLiteral(
                    "SELECT document FROM revisions WHERE customization_id = ? AND revision = ?"),
                {customizationId, revision});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QStringLiteral("no revision %1").arg(revision));
    return q->value(0).toString().toUtf8();
}

// A site document from a request: parsed, complete and for the customization's theme.
std::expected<QCborValue, ApiError> checkedDocument(const QCborValue &v, const QString &themeId)
{
    auto doc = SiteDocument::fromJson(v);
    if (!doc) {
        ApiError e{422,
                   QStringLiteral("invalid_document"),
                   doc.error().message,
                   QStringLiteral("document"),
                   {}};
        e.extra.insert(QStringLiteral("path"), doc.error().where);
        return std::unexpected(e);
    }
    if ((*doc)->themeId != themeId)
        return apiError(
            422, QStringLiteral("invalid_document"),
            QStringLiteral("the document uses theme \"%1\" but this customization is of \"%2\"")
                .arg((*doc)->themeId, themeId),
            QStringLiteral("document.theme"));
    return v;
}

ApiResult listTemplates(ApiCall &call)
{
    QCborArray out;
    for (const auto &entry : call.config.themes->entries()) {
        auto t = call.config.themes->theme(entry.id);
        if (!t)
            continue;
        const ThemeManifest &m = (*t)->manifest();
        QCborMap item;
        item.insert(QStringLiteral("id"), m.id);
        item.insert(QStringLiteral("name"), m.name);
        item.insert(QStringLiteral("version"), m.version);
        item.insert(QStringLiteral("description"), m.description);
        item.insert(QStringLiteral("components"), qint64(m.components.size()));
        out.append(item);
    }
    QCborMap body;
    body.insert(QStringLiteral("templates"), out);
    return jsonResponse(200, body);
}

ApiResult cloneTemplate(ApiCall &call)
{
    if (auto own = requireOwnWorkspace(call, call.param(0)); !own)
        return std::unexpected(own.error());
    auto body = jsonObject(call, {QStringLiteral("template_id"), QStringLiteral("name"),
                                  QStringLiteral("id"), QStringLiteral("document")});
    if (!body)
        return std::unexpected(body.error());
    auto templateId = requiredString(*body, QStringLiteral("template_id"), 40);
    if (!templateId)
        return std::unexpected(templateId.error());
    auto theme = call.config.themes->theme(*templateId);
    if (!theme)
        return apiError(404, QStringLiteral("unknown_template"),
                        QStringLiteral("no template \"%1\"").arg(templateId->left(40)),
                        QStringLiteral("template_id"));
    QString name = (*theme)->manifest().name;
    if (body->contains(QStringLiteral("name"))) {
        auto n = requiredString(*body, QStringLiteral("name"), 200);
        if (!n)
            return std::unexpected(n.error());
        name = *n;
    }
    QString id = newId();
    if (body->contains(QStringLiteral("id"))) {
        auto given = requiredString(*body, QStringLiteral("id"), 36);
        if (!given)
            return std::unexpected(given.error());
        if (QUuid(*given).isNull())
            return apiError(400, QStringLiteral("invalid_value"),
                            QStringLiteral("\"id\" must be a UUID"), QStringLiteral("id"));
        id = given->toLower();
        auto exists =
            call.db.exec(QStringLiteral("SELECT 1 FROM customizations WHERE id = ?"), {id});
        if (exists && exists->next())
            return apiError(409, QStringLiteral("id_taken"),
                            QStringLiteral("a customization with this id exists"),
                            QStringLiteral("id"));
    }
    QByteArray document;
    if (body->contains(QStringLiteral("document"))) {
        auto checked = checkedDocument(body->value(QStringLiteral("document")), *templateId);
        if (!checked)
            return std::unexpected(checked.error());
        document = json::write(*checked);
    } else {
        auto ws = call.db.exec(QStringLiteral("SELECT name FROM workspaces WHERE id = ?"),
                               {call.param(0)});
        const QString siteName = ws && ws->next() ? ws->value(0).toString() : name;
        auto starter = makeStarterSite(siteName, (*theme)->manifest(), true);
        if (!starter)
            return apiError(500, QStringLiteral("template_broken"),
                            QStringLiteral("the template could not build a site"));
        starter->id = call.param(0);
        document = json::write(starter->toJson());
    }
    const QString now = nowUtc();
    auto ins = call.db.exec(QStringLiteral("INSERT INTO customizations (id, workspace_id, "
                                           "account_id, template_id, template_version, name, "
                                           "is_active, current_revision, created_at, updated_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, 0, 1, ?, ?)"),
                            {id, call.param(0), call.accountId, *templateId,
                             (*theme)->manifest().version, name, now, now});
    if (!ins)
        return std::unexpected(dbError(ins.error()));
    auto rev = call.db.exec(QStringLiteral("INSERT INTO revisions (customization_id, revision, "
                                           "document, created_at) VALUES (?, 1, ?, ?)"),
                            {id, QString::fromUtf8(document), now});
    if (!rev)
        return std::unexpected(dbError(rev.error()));
    if (auto r = recordChange(call.db, call.accountId, QStringLiteral("customization"), id,
                              QStringLiteral("upsert"), 1);
        !r)
        return std::unexpected(dbError(r.error()));
    auto c = ownCustomization(call, id);
    if (!c)
        return std::unexpected(c.error());
    QCborMap out = customizationJson(*c);
    out.insert(QStringLiteral("document"), *json::parse(document));
    http::Response r = jsonResponse(201, out);
    r.setHeader("ETag", "\"1\"");
    return r;
}

ApiResult listCustomizations(ApiCall &call)
{
    if (auto own = requireOwnWorkspace(call, call.param(0)); !own)
        return std::unexpected(own.error());
    auto q = call.db.exec(
        QStringLiteral(
            "SELECT id FROM customizations WHERE workspace_id = ? ORDER BY created_at, id"),
        {call.param(0)});
    if (!q)
        return std::unexpected(dbError(q.error()));
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    QCborArray out;
    for (const QString &id : ids) {
        auto c = ownCustomization(call, id);
        if (!c)
            return std::unexpected(c.error());
        out.append(customizationJson(*c));
    }
    QCborMap body;
    body.insert(QStringLiteral("customizations"), out);
    return jsonResponse(200, body);
}

ApiResult getCustomization(ApiCall &call)
{
    auto c = ownCustomization(call, call.param(0));
    if (!c)
        return std::unexpected(c.error());
    auto doc = revisionDocument(call.db, c->id, c->revision);
    if (!doc)
        return std::unexpected(dbError(doc.error()));
    QCborMap out = customizationJson(*c);
    auto parsed = json::parse(*doc, {.maxBytes = 64 << 20, .maxDepth = 512});
    out.insert(QStringLiteral("document"), parsed ? *parsed : QCborValue(nullptr));
    http::Response r = jsonResponse(200, out);
    r.setHeader("ETag", "\"" + QByteArray::number(c->revision) + "\"");
    return r;
}

std::optional<qint64> ifMatchRevision(const http::Request &r)
{
    QByteArray v = r.header("if-match").trimmed();
    if (v.startsWith("W/"))
        v = v.mid(2);
    if (v.startsWith('"') && v.endsWith('"') && v.size() >= 2)
        v = v.mid(1, v.size() - 2);
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

// A 412 on a customization: the automation event (emitted although the request fails).
void emitSyncConflict(const ApiCall &call, const Customization &c)
{
    QCborMap payload;
    payload.insert(QStringLiteral("customization_id"), c.id);
    payload.insert(QStringLiteral("entity_type"), QStringLiteral("customization"));
    payload.insert(QStringLiteral("entity_id"), c.id);
    payload.insert(QStringLiteral("conflicts"), 1);
    payload.insert(QStringLiteral("revision"), c.revision);
    emitEvent(call.db, call.accountId, QStringLiteral("sync_conflict"), c.workspaceId, payload,
              true);
}

// If-Match must name the current revision: 428 without it, 412 (with the current revision) when
// the client edited an older one.
std::expected<void, ApiError> requireCurrentRevision(const ApiCall &call, const Customization &c)
{
    if (!call.request.hasHeader("if-match"))
        return apiError(
            428, QStringLiteral("if_match_required"),
            QStringLiteral(
                "send If-Match: \"<revision>\" with the revision you edited (current: %1)")
                .arg(c.revision));
    const auto expected = ifMatchRevision(call.request);
    if (!expected || *expected != c.revision) {
        ApiError e{412,
                   QStringLiteral("revision_mismatch"),
                   QStringLiteral("the customization changed since revision %1; it is now at %2")
                       .arg(expected.value_or(-1))
                       .arg(c.revision),
                   {},
                   {}};
        e.extra.insert(QStringLiteral("current_revision"), c.revision);
        emitSyncConflict(call, c);
        return std::unexpected(e);
    }
    return {};
}

// Stores `document` as the next revision (one transaction with the caller's).
ApiResult storeRevision(ApiCall &call, Customization &c, const QByteArray &document,
                        const QString &name, qint64 pages)
{
    const qint64 next = c.revision + 1;
    const QString now = nowUtc();
    // The WHERE on the revision makes a concurrent save lose cleanly instead of forking history.
    auto up =
        call.db.exec(QStringLiteral("UPDATE customizations SET current_revision = ?, name = ?, "
                                    "updated_at = ? WHERE id = ? AND current_revision = ?"),
                     {next, name, now, c.id, c.revision});
    if (!up)
        return std::unexpected(dbError(up.error()));
    if (up->numRowsAffected() != 1) {
        emitSyncConflict(call, c);
        return apiError(412, QStringLiteral("revision_mismatch"),
                        QStringLiteral("the customization changed meanwhile; fetch it again"));
    }
    auto rev = call.db.exec(QStringLiteral("INSERT INTO revisions (customization_id, revision, "
                                           "document, created_at) VALUES (?, ?, ?, ?)"),
                            {c.id, next, QString::fromUtf8(document), now});
    if (!rev)
        return std::unexpected(dbError(rev.error()));
    if (auto r = recordChange(call.db, call.accountId, QStringLiteral("customization"), c.id,
                              QStringLiteral("upsert"), next);
        !r)
        return std::unexpected(dbError(r.error()));
    c.revision = next;
    c.name = name;
    c.updatedAt = now;
    QCborMap payload;
    payload.insert(QStringLiteral("customization_id"), c.id);
    payload.insert(QStringLiteral("revision"), next);
    payload.insert(QStringLiteral("theme"), c.templateId);
    payload.insert(QStringLiteral("pages"), pages);
    emitEvent(call.db, call.accountId, QStringLiteral("theme_saved"), c.workspaceId, payload);
    http::Response r = jsonResponse(200, customizationJson(c));
    r.setHeader("ETag", "\"" + QByteArray::number(next) + "\"");
    return r;
}

ApiResult saveDraft(ApiCall &call)
{
    auto c = ownCustomization(call, call.param(0));
    if (!c)
        return std::unexpected(c.error());
    if (auto current = requireCurrentRevision(call, *c); !current)
        return std::unexpected(current.error());
    auto body = jsonObject(call, {QStringLiteral("document"), QStringLiteral("name")});
    if (!body)
        return std::unexpected(body.error());
    if (!body->contains(QStringLiteral("document")))
        return apiError(400, QStringLiteral("missing_field"),
                        QStringLiteral("\"document\" is required"), QStringLiteral("document"));
    auto checked = checkedDocument(body->value(QStringLiteral("document")), c->templateId);
    if (!checked)
        return std::unexpected(checked.error());
    QString name = c->name;
    if (body->contains(QStringLiteral("name"))) {
        auto n = requiredString(*body, QStringLiteral("name"), 200);
        if (!n)
            return std::unexpected(n.error());
        name = *n;
    }
    return storeRevision(call, *c, json::write(*checked), name,
                         checked->toMap().value(QStringLiteral("pages")).toArray().size());
}

// Edits as operations (the unit the desktop app's outbox holds): a one-field edit costs bytes in
// proportion to the field, not to the page. All ops apply or none; the result is a new revision.
ApiResult applyOps(ApiCall &call)
{
    auto c = ownCustomization(call, call.param(0));
    if (!c)
        return std::unexpected(c.error());
    if (auto current = requireCurrentRevision(call, *c); !current)
        return std::unexpected(current.error());
    auto body = jsonObject(call, {QStringLiteral("ops")});
    if (!body)
        return std::unexpected(body.error());
    const QCborValue opsValue = body->value(QStringLiteral("ops"));
    if (!opsValue.isArray() || opsValue.toArray().isEmpty() || opsValue.toArray().size() > 10000)
        return apiError(400, QStringLiteral("invalid_value"),
                        QStringLiteral("\"ops\" must be an array of 1 to 10,000 operations"),
                        QStringLiteral("ops"));
    auto text = revisionDocument(call.db, c->id, c->revision);
    if (!text)
        return std::unexpected(dbError(text.error()));
    auto parsed = json::parse(*text, {.maxBytes = 64 << 20, .maxDepth = 512});
    auto doc = parsed ? SiteDocument::fromJson(*parsed)
                      : Result<std::unique_ptr<SiteDocument>>(fail(QStringLiteral("unreadable")));
    if (!doc)
        return apiError(500, QStringLiteral("stored_document_broken"),
                        QStringLiteral("the stored revision cannot be read"));
    const QCborArray ops = opsValue.toArray();
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const QString field = QStringLiteral("ops[%1]").arg(i);
        auto op = Operation::fromJson(ops.at(i));
        if (!op) {
            ApiError e{422, QStringLiteral("invalid_operation"), op.error().toString(), field, {}};
            return std::unexpected(e);
        }
        if (op->kind == Operation::Kind::ReplaceSiteProps && !op->newValue.isMap())
            return apiError(422, QStringLiteral("invalid_operation"),
                            QStringLiteral("site props must be an object"), field);
        if (auto r = (*doc)->apply(*op); !r)
            return apiError(422, QStringLiteral("invalid_operation"), r.error().toString(), field);
    }
    return storeRevision(call, *c, json::write((*doc)->toJson()), c->name,
                         qint64((*doc)->pages().size()));
}

ApiResult listRevisions(ApiCall &call)
{
    auto c = ownCustomization(call, call.param(0));
    if (!c)
        return std::unexpected(c.error());
    auto q =
        call.db.exec(QStringLiteral("SELECT revision, created_at, LENGTH(document) FROM revisions "
                                    "WHERE customization_id = ? ORDER BY revision DESC"),
                     {c->id});
    if (!q)
        return std::unexpected(dbError(q.error()));
    QCborArray out;
    while (q->next()) {
        QCborMap m;
        m.insert(QStringLiteral("revision"), q->value(0).toLongLong());
        m.insert(QStringLiteral("created_at"), q->value(1).toString());
        m.insert(QStringLiteral("size"), q->value(2).toLongLong());
        m.insert(QStringLiteral("published"),
                 q->value(0).toLongLong() == c->publishedRevision && c->active);
        out.append(m);
    }
    QCborMap body;
    body.insert(QStringLiteral("revisions"), out);
    return jsonResponse(200, body);
}

// The publish history is the theme module's own record (hosting reads it to show what went live
// and who put it there); written in the same transaction as the pointer swap.
Result<void> recordPublish(ServerDatabase &db, const QString &accountId, const QString &workspaceId,
                           const QString &customizationId, const QString &action,
                           const QVariant &revision, const QString &at, const QString &id = newId())
{
    auto r = db.exec(QStringLiteral("INSERT INTO publishes (id, workspace_id, "
                                    "customization_id, account_id, action, revision, "
                                    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {id, workspaceId, customizationId, accountId, action, revision, at});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

// One old revision with its document (the form GET /customizations/{id} returns), so a client
// can render it, diff it against its working copy and restore from it.
ApiResult getRevision(ApiCall &call)
{
    auto c = ownCustomization(call, call.param(0));
    if (!c)
        return std::unexpected(c.error());
    bool ok = false;
    const qint64 n = call.param(1).toLongLong(&ok);
    if (!ok || call.param(1).startsWith(QLatin1Char('+')))
        return apiError(400, QStringLiteral("invalid_value"),
                        QStringLiteral("the revision must be a number"),
                        QStringLiteral("revision"));
    auto q = call.db.exec(QStringLiteral("SELECT document, created_at FROM revisions WHERE "
                                         "customization_id = ? AND revision = ?"),
                          {c->id, n});
    if (!q)
        return std::unexpected(dbError(q.error()));
    if (!q->next())
        return apiError(404, QStringLiteral("not_found"),
                        QStringLiteral("customization has no revision %1").arg(n),
                        QStringLiteral("revision"));
    const QByteArray text = q->value(0).toString().toUtf8();
    QCborMap out;
    out.insert(QStringLiteral("revision"), n);
    out.insert(QStringLiteral("created_at"), q->value(1).toString());
    out.insert(QStringLiteral("published"), n == c->publishedRevision && c->active);
    auto parsed = json::parse(text, {.maxBytes = 64 << 20, .maxDepth = 512});
    out.insert(QStringLiteral("document"), parsed ? *parsed : QCborValue(nullptr));
    http::Response r = jsonResponse(200, out);
    // A revision never changes once written.
    r.setHeader("ETag", "\"" + QByteArray::number(n) + "\"");
    return r;
}

} // namespace

std::expected<PublishOutcome, ApiError>
publishCustomization(ServerDatabase &db, const ServerConfig &config, const QString &accountId,
                     const QString &customizationId, std::optional<qint64> requested,
                     const QString &kind)
{
    const QString publishId = newId();
    auto q = db.exec(QStringLiteral("SELECT workspace_id, template_id, current_revision, "
                                    "published_revision, is_active FROM customizations "
                                    "WHERE id = ? AND account_id = ?"),
                     {customizationId, accountId});
    if (!q)
        return std::unexpected(dbError(q.error()));
    if (!q->next())
        return apiError(404, QStringLiteral("not_found"),
                        QStringLiteral("no customization \"%1\"").arg(customizationId.left(64)));
    struct
    {
        QString id, workspaceId, templateId;
        qint64 revision;
    } c{customizationId, q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong()};
    const qint64 revision = requested.value_or(c.revision);
    PublishOutcome outcome;
    outcome.customizationId = c.id;
    outcome.workspaceId = c.workspaceId;
    outcome.revision = revision;
    // What was live before (for the event and for rollback).
    if (auto live = db.exec(QStringLiteral("SELECT id, published_revision FROM customizations "
                                           "WHERE workspace_id = ? AND is_active = 1"),
                            {c.workspaceId});
        live && live->next()) {
        outcome.previousCustomizationId = live->value(0).toString();
        outcome.previousRevision = live->value(1).isNull() ? -1 : live->value(1).toLongLong();
    }
    auto doc = revisionDocument(db, c.id, revision);
    if (!doc)
        return apiError(404, QStringLiteral("not_found"),
                        QStringLiteral("customization has no revision %1").arg(revision),
                        QStringLiteral("revision"));
    // Publishing refuses a document with validation errors (it loads and edits fine).
    auto parsed = json::parse(*doc, {.maxBytes = 64 << 20, .maxDepth = 512});
    auto site = parsed ? SiteDocument::fromJson(*parsed)
                       : Result<std::unique_ptr<SiteDocument>>(fail(QStringLiteral("unreadable")));
    auto theme = config.themes->theme(c.templateId);
    if (!site || !theme)
        return apiError(422, QStringLiteral("invalid_document"),
                        QStringLiteral("revision %1 cannot be rendered").arg(revision));
    QCborArray errors;
    for (const ValidationIssue &i : validateSite(**site, (*theme)->manifest()))
        if (i.severity == ValidationIssue::Severity::Error) {
            QCborMap m;
            m.insert(QStringLiteral("path"), i.path);
            m.insert(QStringLiteral("message"), i.message);
            errors.append(m);
        }
    if (!errors.isEmpty()) {
        ApiError e{
            422,
            QStringLiteral("invalid_document"),
            QStringLiteral("revision %1 has %2 validation error(s); fix them before publishing")
                .arg(revision)
                .arg(errors.size()),
            {},
            {}};
        e.extra.insert(QStringLiteral("issues"), errors);
        return std::unexpected(e);
    }
    // The pointer swap. Lock the workspace (PostgreSQL; SQLite's BEGIN IMMEDIATE already
    // serializes writers), clear the active flag, set it here: one active customization, always.
    if (db.dialect() == ServerDatabase::Dialect::PostgreSQL) {
        if (auto l = db.exec(QStringLiteral("SELECT id FROM workspaces WHERE id = ? FOR UPDATE"),
                             {c.workspaceId});
            !l)
            return std::unexpected(dbError(l.error()));
    }
    const QString now = nowUtc();
    auto off =
        db.exec(QStringLiteral("UPDATE customizations SET is_active = 0, updated_at = ? WHERE "
                               "workspace_id = ? AND is_active = 1 AND id <> ?"),
                {now, c.workspaceId, c.id});
    if (!off)
        return std::unexpected(dbError(off.error()));
    auto on = db.exec(QStringLiteral("UPDATE customizations SET is_active = 1, "
                                     "published_revision = ?, updated_at = ? WHERE id = ?"),
                      {revision, now, c.id});
    if (!on)
        return std::unexpected(dbError(on.error()));
    if (auto h = recordPublish(db, accountId, c.workspaceId, c.id, QStringLiteral("publish"),
                               revision, now, publishId);
        !h)
        return std::unexpected(dbError(h.error()));
    if (auto r = recordChange(db, accountId, QStringLiteral("customization"), c.id,
                              QStringLiteral("upsert"), c.revision);
        !r)
        return std::unexpected(dbError(r.error()));
    QCborMap payload;
    payload.insert(QStringLiteral("customization_id"), c.id);
    payload.insert(QStringLiteral("revision"), revision);
    payload.insert(QStringLiteral("theme"), c.templateId);
    const QString subdomain =
        workspacePayload(db, c.workspaceId).value(QStringLiteral("slug")).toString();
    if (!subdomain.isEmpty())
        payload.insert(QStringLiteral("url"), config.urlFor(config.domainFor(subdomain)));
    emitEvent(db, accountId, QStringLiteral("theme_published"), c.workspaceId, payload);
    // Publishing is a deployment too (the publish log hosting shows): rules on
    // deployment_succeeded see it.
    QCborMap deployment;
    deployment.insert(QStringLiteral("deployment_id"), publishId);
    deployment.insert(QStringLiteral("kind"), kind);
    deployment.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
    deployment.insert(QStringLiteral("error"), QString());
    deployment.insert(QStringLiteral("duration_ms"), 0);
    deployment.insert(QStringLiteral("customization_id"), c.id);
    deployment.insert(QStringLiteral("revision"), revision);
    emitEvent(db, accountId, QStringLiteral("deployment_succeeded"), c.workspaceId, deployment);
    if (config.metrics)
        config.metrics->recordPublish();
    return outcome;
}

namespace {

ApiResult publish(ApiCall &call)
{
    auto c = ownCustomization(call, call.param(0));
    if (!c)
        return std::unexpected(c.error());
    std::optional<qint64> revision;
    if (!call.request.body.isEmpty()) {
        auto body = jsonObject(call, {QStringLiteral("revision")});
        if (!body)
            return std::unexpected(body.error());
        const QCborValue r = body->value(QStringLiteral("revision"));
        if (!r.isUndefined() && !r.isNull()) {
            if (!r.isInteger() || r.toInteger() < 1)
                return apiError(400, QStringLiteral("wrong_type"),
                                QStringLiteral("\"revision\" must be a positive integer"),
                                QStringLiteral("revision"));
            revision = r.toInteger();
        }
    }
    auto done = publishCustomization(call.db, call.config, call.accountId, c->id, revision);
    if (!done)
        return std::unexpected(done.error());
    auto after = ownCustomization(call, c->id);
    if (!after)
        return std::unexpected(after.error());
    return jsonResponse(200, customizationJson(*after));
}

ApiResult unpublish(ApiCall &call)
{
    auto c = ownCustomization(call, call.param(0));
    if (!c)
        return std::unexpected(c.error());
    const QString now = nowUtc();
    auto off = call.db.exec(
        QStringLiteral("UPDATE customizations SET is_active = 0, updated_at = ? WHERE id = ?"),
        {now, c->id});
    if (!off)
        return std::unexpected(dbError(off.error()));
    if (c->active) {
        if (auto h = recordPublish(call.db, call.accountId, c->workspaceId, c->id,
                                   QStringLiteral("unpublish"),
                                   QVariant(QMetaType::fromType<qlonglong>()), now);
            !h)
            return std::unexpected(dbError(h.error()));
    }
    if (auto r = recordChange(call.db, call.accountId, QStringLiteral("customization"), c->id,
                              QStringLiteral("upsert"), c->revision);
        !r)
        return std::unexpected(dbError(r.error()));
    c->active = false;
    c->updatedAt = now;
    return jsonResponse(200, customizationJson(*c));
}

ApiResult publicPuckData(ApiCall &call)
{
    const QString host =
        QString::fromLatin1(call.request.header("x-store-hostname")).trimmed().toLower();
    if (host.isEmpty())
        return apiError(400, QStringLiteral("missing_header"),
                        QStringLiteral("send X-Store-Hostname: <site host>"));
    auto live = liveSiteFor(call.db, call.config, host);
    if (!live)
        return apiError(404, QStringLiteral("not_found"),
                        QStringLiteral("no published site at \"%1\"").arg(host.left(253)));
    const QString slug = SiteDocument::normalizeSlug(
        call.request.query.queryItemValue(QStringLiteral("page"), QUrl::FullyDecoded).isEmpty()
            ? QStringLiteral("/")
            : call.request.query.queryItemValue(QStringLiteral("page"), QUrl::FullyDecoded));
    const Page *page = live->document->pageBySlug(slug);
    if (!page)
        return apiError(404, QStringLiteral("not_found"),
                        QStringLiteral("no published page \"%1\"").arg(slug.left(200)),
                        QStringLiteral("page"));
    QCborMap out;
    out.insert(QStringLiteral("page"), slug);
    out.insert(QStringLiteral("title"), page->title);
    out.insert(QStringLiteral("revision"), live->revision);
    out.insert(QStringLiteral("data"), puck::exportData(*page));
    http::Response r = jsonResponse(200, out);
    r.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
    r.setHeader("ETag", "\"" + live->customizationId.left(8).toLatin1() + "-" +
                            QByteArray::number(live->revision) + "\"");
    return r;
}

} // namespace

void Api::registerThemeRoutes()
{
    add("GET", "templates", Public, listTemplates);
    add("GET", "workspaces/{}/customizations", Authenticated, listCustomizations);
    add("POST", "workspaces/{}/customizations", Authenticated | Mutation, cloneTemplate);
    add("GET", "customizations/{}", Authenticated, getCustomization);
    add("PUT", "customizations/{}", Authenticated | Mutation, saveDraft);
    add("POST", "customizations/{}/ops", Authenticated | Mutation, applyOps);
    add("GET", "customizations/{}/revisions", Authenticated, listRevisions);
    add("GET", "customizations/{}/revisions/{}", Authenticated, getRevision);
    add("POST", "customizations/{}/publish", Authenticated | Mutation, publish);
    add("POST", "customizations/{}/unpublish", Authenticated | Mutation, unpublish);
    add("GET", "public/puck-data", Public, publicPuckData);
}

} // namespace ss::server
