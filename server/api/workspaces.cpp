// The workspace module (sites) and the hosting endpoints. The workspace module tells hosting about
// creation, tier changes and deletion through hosting::on*() in the same transaction, and never
// calls the theme module.
#include "workspaces.h"

#include "api.h"
#include "api/domainverifier.h"
#include "api/publicsite.h"
#include "automation/serverevents.h"
#include "dnslabel.h"
#include "hosting.h"
#include "json.h"
#include "serverconfig.h"

#include <QCborArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace ss::server {

namespace {

Result<QCborMap> workspaceJson(ServerDatabase &db, const ServerConfig &config, const QString &id)
{
    auto q = db.exec(
        QStringLiteral(
            "SELECT w.id, w.name, w.slug, w.type, w.revision, w.created_at, w.updated_at, "
            "d.environment, d.status "
            "FROM workspaces w LEFT JOIN deployed_sites d ON d.workspace_id = w.id WHERE w.id = ?"),
        {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QStringLiteral("no workspace"));
    QCborMap m;
    m.insert(QStringLiteral("id"), q->value(0).toString());
    m.insert(QStringLiteral("name"), q->value(1).toString());
    m.insert(QStringLiteral("slug"), q->value(2).toString());
    m.insert(QStringLiteral("type"), q->value(3).toString());
    m.insert(QStringLiteral("domain"), config.domainFor(q->value(2).toString()));
    m.insert(QStringLiteral("url"), config.urlFor(config.domainFor(q->value(2).toString())));
    m.insert(QStringLiteral("revision"), q->value(4).toLongLong());
    m.insert(QStringLiteral("created_at"), q->value(5).toString());
    m.insert(QStringLiteral("updated_at"), q->value(6).toString());
    m.insert(QStringLiteral("environment"), q->value(7).toString());
    m.insert(QStringLiteral("hosting_status"), q->value(8).toString());
    return m;
}

ApiResult respondWorkspace(ApiCall &call, const QString &id, int status)
{
    auto ws = workspaceJson(call.db, call.config, id);
    if (!ws)
        return std::unexpected(dbError(ws.error()));
    http::Response r = jsonResponse(status, *ws);
    r.setHeader("ETag", "\"" +
                            QByteArray::number(ws->value(QStringLiteral("revision")).toInteger()) +
                            "\"");
    return r;
}

const QStringList &siteTypes()
{
    static const QStringList types = {
        QStringLiteral("store"),    QStringLiteral("blog"),      QStringLiteral("portfolio"),
        QStringLiteral("business"), QStringLiteral("landing"),   QStringLiteral("restaurant"),
        QStringLiteral("event"),    QStringLiteral("nonprofit"), QStringLiteral("personal")};
    return types;
}

// Whether the address a name would get is free (the new-site wizard asks before creating).
// Slugs are global: every account's sites share the base domain.
bool slugReserved(const QString &slug)
{
    return slug == QLatin1String("www") || slug == QLatin1String("api");
}

ApiResult checkSlug(ApiCall &call)
{
    const QString name =
        call.request.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    if (name.trimmed().isEmpty())
        return apiError(400, QStringLiteral("invalid_value"),
                        QStringLiteral("name the site: ?name=…"), QStringLiteral("name"));
    const QString slug = dnsLabelFrom(name, 50);
    auto taken = call.db.exec(QStringLiteral("SELECT 1 FROM workspaces WHERE slug = ?"), {slug});
    if (!taken)
        return std::unexpected(dbError(taken.error()));
    const bool available = !taken->next() && !slugReserved(slug);
    QCborMap m;
    m.insert(QStringLiteral("slug"), slug);
    m.insert(QStringLiteral("available"), available);
    m.insert(QStringLiteral("domain"), call.config.domainFor(slug));
    return jsonResponse(200, m);
}

ApiResult createWorkspace(ApiCall &call)
{
    auto body =
        jsonObject(call, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type")});
    if (!body)
        return std::unexpected(body.error());
    auto name = requiredString(*body, QStringLiteral("name"), 200);
    if (!name)
        return std::unexpected(name.error());
    QString type = QStringLiteral("business");
    if (body->contains(QStringLiteral("type"))) {
        auto t = requiredString(*body, QStringLiteral("type"), 32);
        if (!t)
            return std::unexpected(t.error());
        if (!siteTypes().contains(*t))
            return apiError(400, QStringLiteral("invalid_value"),
                            QStringLiteral("\"type\" must be one of %1")
                                .arg(siteTypes().join(QStringLiteral(", "))),
                            QStringLiteral("type"));
        type = *t;
    }
    QString id = newId();
    if (body->contains(QStringLiteral("id"))) {
        auto given = requiredString(*body, QStringLiteral("id"), 36);
        if (!given)
            return std::unexpected(given.error());
        const QUuid u(*given);
        if (u.isNull() || u.toString(QUuid::WithoutBraces) != given->toLower())
            return apiError(400, QStringLiteral("invalid_value"),
                            QStringLiteral("\"id\" must be a UUID"), QStringLiteral("id"));
        id = given->toLower();
        auto exists =
            call.db.exec(QStringLiteral("SELECT account_id FROM workspaces WHERE id = ?"), {id});
        if (!exists)
            return std::unexpected(dbError(exists.error()));
        if (exists->next())
            return apiError(409, QStringLiteral("id_taken"),
                            QStringLiteral("a workspace with this id exists"),
                            QStringLiteral("id"));
    }
    const PlanLimits *plan = PlanLimits::forTier(call.accountTier);
    auto count = call.db.exec(
        QStringLiteral("SELECT COUNT(*) FROM workspaces WHERE account_id = ?"), {call.accountId});
    if (!count || !count->next())
        return std::unexpected(dbError(count ? Error{QStringLiteral("count"), {}} : count.error()));
    if (count->value(0).toInt() >= plan->maxSites) {
        ApiError e{403,
                   QStringLiteral("plan_limit"),
                   QStringLiteral("the %1 plan allows %2 sites; upgrade to add more")
                       .arg(call.accountTier)
                       .arg(plan->maxSites),
                   {},
                   {}};
        e.extra.insert(QStringLiteral("limit"), QStringLiteral("max_sites"));
        e.extra.insert(QStringLiteral("max"), plan->maxSites);
        return std::unexpected(e);
    }
    // A unique slug: from the name, with a random suffix while it is taken.
    const QString base = dnsLabelFrom(*name, 50);
    QString slug = base;
    for (int attempt = 0;; ++attempt) {
        auto taken =
            call.db.exec(QStringLiteral("SELECT 1 FROM workspaces WHERE slug = ?"), {slug});
        if (!taken)
            return std::unexpected(dbError(taken.error()));
        if (!taken->next() && !slugReserved(slug))
            break;
        if (attempt > 20)
            return apiError(503, QStringLiteral("slug_exhausted"),
                            QStringLiteral("could not find a free address; try another name"));
        slug = base + QLatin1Char('-') +
               QString::number(QRandomGenerator::global()->bounded(36 * 36 * 36 * 36), 36)
                   .rightJustified(4, QLatin1Char('0'));
    }
    const QString now = nowUtc();
    auto ins = call.db.exec(QStringLiteral("INSERT INTO workspaces (id, account_id, name, slug, "
                                           "type, revision, created_at, updated_at) "
                                           "VALUES (?, ?, ?, ?, ?, 1, ?, ?)"),
                            {id, call.accountId, *name, slug, type, now, now});
    if (!ins)
        return std::unexpected(dbError(ins.error()));
    {
        QCborMap payload;
        payload.insert(QStringLiteral("created_at"), now);
        emitEvent(call.db, call.accountId, QStringLiteral("site_created"), id, payload);
    }
    // Workspace -> hosting: created. Provisioning happens here, once.
    if (auto r = hosting::onWorkspaceCreated(call.db, {id, call.accountId, slug, call.accountTier});
        !r)
        return std::unexpected(dbError(r.error()));
    if (auto r = recordChange(call.db, call.accountId, QStringLiteral("workspace"), id,
                              QStringLiteral("upsert"), 1);
        !r)
        return std::unexpected(dbError(r.error()));
    return respondWorkspace(call, id, 201);
}

ApiResult listWorkspaces(ApiCall &call)
{
    auto q = call.db.exec(
        QStringLiteral("SELECT id FROM workspaces WHERE account_id = ? ORDER BY name, id"),
        {call.accountId});
    if (!q)
        return std::unexpected(dbError(q.error()));
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    QCborArray out;
    for (const QString &id : ids) {
        auto ws = workspaceJson(call.db, call.config, id);
        if (!ws)
            return std::unexpected(dbError(ws.error()));
        out.append(*ws);
    }
    QCborMap body;
    body.insert(QStringLiteral("workspaces"), out);
    return jsonResponse(200, body);
}

ApiResult getWorkspace(ApiCall &call)
{
    if (auto own = requireOwnWorkspace(call, call.param(0)); !own)
        return std::unexpected(own.error());
    return respondWorkspace(call, call.param(0), 200);
}

ApiResult patchWorkspace(ApiCall &call)
{
    if (auto own = requireOwnWorkspace(call, call.param(0)); !own)
        return std::unexpected(own.error());
    auto body = jsonObject(call, {QStringLiteral("name")});
    if (!body)
        return std::unexpected(body.error());
    auto name = requiredString(*body, QStringLiteral("name"), 200);
    if (!name)
        return std::unexpected(name.error());
    // The slug (and so the address) stays: renaming a site never moves it.
    auto r = call.db.exec(
        QStringLiteral(
            "UPDATE workspaces SET name = ?, revision = revision + 1, updated_at = ? WHERE id = ?"),
        {*name, nowUtc(), call.param(0)});
    if (!r)
        return std::unexpected(dbError(r.error()));
    auto ws = workspaceJson(call.db, call.config, call.param(0));
    if (!ws)
        return std::unexpected(dbError(ws.error()));
    if (auto c = recordChange(call.db, call.accountId, QStringLiteral("workspace"), call.param(0),
                              QStringLiteral("upsert"),
                              ws->value(QStringLiteral("revision")).toInteger());
        !c)
        return std::unexpected(dbError(c.error()));
    return respondWorkspace(call, call.param(0), 200);
}

ApiResult deleteWorkspace(ApiCall &call)
{
    if (auto own = requireOwnWorkspace(call, call.param(0)); !own)
        return std::unexpected(own.error());
    auto slug =
        call.db.exec(QStringLiteral("SELECT slug FROM workspaces WHERE id = ?"), {call.param(0)});
    const QString s = slug && slug->next() ? slug->value(0).toString() : QString();
    // Everything that belongs to the workspace (hosting rows, customizations and their revisions,
    // rules, asset links) goes by ON DELETE CASCADE: this module touches no other module's tables.
    // Automation runs are kept by rule id (the scheduler's store has no foreign keys): they go too.
    if (auto r = deleteRuleRunsOfWorkspace(call.db, call.param(0)); !r)
        return std::unexpected(dbError(r.error()));
    if (auto r =
            call.db.exec(QStringLiteral("DELETE FROM workspaces WHERE id = ?"), {call.param(0)});
        !r)
        return std::unexpected(dbError(r.error()));
    if (auto r = hosting::onWorkspaceDeleted(call.db,
                                             {call.param(0), call.accountId, s, call.accountTier});
        !r)
        return std::unexpected(dbError(r.error()));
    if (auto r = recordChange(call.db, call.accountId, QStringLiteral("workspace"), call.param(0),
                              QStringLiteral("delete"), 0);
        !r)
        return std::unexpected(dbError(r.error()));
    http::Response resp;
    resp.status = 204;
    return resp;
}

ApiResult getHosting(ApiCall &call)
{
    if (auto own = requireOwnWorkspace(call, call.param(0)); !own)
        return std::unexpected(own.error());
    auto h = hosting::hostingJson(call.db, call.config, call.param(0));
    if (!h)
        return std::unexpected(dbError(h.error()));
    return jsonResponse(200, *h);
}

ApiResult getDeployments(ApiCall &call)
{
    if (auto own = requireOwnWorkspace(call, call.param(0)); !own)
        return std::unexpected(own.error());
    auto d = hosting::deploymentsJson(call.db, call.param(0));
    if (!d)
        return std::unexpected(dbError(d.error()));
    QCborMap body;
    body.insert(QStringLiteral("deployments"), *d);
    return jsonResponse(200, body);
}

// A custom domain: ASCII hostnames (IDNs in their xn-- form). A label whose decoded form mixes
// scripts (Latin "a" and Cyrillic "а" in "аpple") is refused as a homograph.
std::expected<QString, ApiError> validDomain(const QString &input)
{
    const QString domain = input.trimmed().toLower();
    auto invalid = [&](const QString &why) {
        return apiError(400, QStringLiteral("invalid_domain"),
                        QStringLiteral("\"%1\": %2").arg(input.left(80), why),
                        QStringLiteral("domain"));
    };
    for (QChar c : domain)
        if (c.unicode() > 127)
            return invalid(
                QStringLiteral("use the ASCII (xn--) form of international domain names"));
    static const QRegularExpression re(QStringLiteral(
        "^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$"));
    if (!re.match(domain).hasMatch())
        return invalid(QStringLiteral("not a valid host name"));
    for (const QString &label : domain.split(QLatin1Char('.'))) {
        if (!label.startsWith(QLatin1String("xn--")))
            continue;
        const QString decoded = QUrl::fromAce(label.toLatin1());
        if (decoded == label || decoded.isEmpty())
            return invalid(QStringLiteral("invalid punycode label"));
        QChar::Script script = QChar::Script_Unknown;
        for (QChar c : decoded) {
            const QChar::Script s = c.script();
            if (s == QChar::Script_Common || s == QChar::Script_Inherited)
                continue;
            if (script != QChar::Script_Unknown && s != script)
                return invalid(
                    QStringLiteral("mixes scripts (%1), which is how look-alike domains are made")
                        .arg(decoded));
            script = s;
        }
    }
    return domain;
}

ApiResult addDomain(ApiCall &call)
{
    if (auto own = requireOwnWorkspace(call, call.param(0)); !own)
        return std::unexpected(own.error());
    auto body = jsonObject(call, {QStringLiteral("domain")});
    if (!body)
        return std::unexpected(body.error());
    auto raw = requiredString(*body, QStringLiteral("domain"), 253);
    if (!raw)
        return std::unexpected(raw.error());
    auto domain = validDomain(*raw);
    if (!domain)
        return std::unexpected(domain.error());
    const PlanLimits *plan = PlanLimits::forTier(call.accountTier);
    if (!plan->customDomains) {
        ApiError e{403,
                   QStringLiteral("plan_limit"),
                   QStringLiteral("custom domains need the pro or enterprise plan"),
                   QStringLiteral("domain"),
                   {}};
        e.extra.insert(QStringLiteral("limit"), QStringLiteral("custom_domains"));
        return std::unexpected(e);
    }
    if (domain->endsWith(QLatin1Char('.') + call.config.baseDomain) ||
        *domain == call.config.baseDomain)
        return apiError(400, QStringLiteral("invalid_domain"),
                        QStringLiteral("that is one of this server's own addresses"),
                        QStringLiteral("domain"));
    auto taken =
        call.db.exec(QStringLiteral("SELECT 1 FROM custom_domains WHERE domain = ?"), {*domain});
    if (!taken)
        return std::unexpected(dbError(taken.error()));
    if (taken->next())
        return apiError(409, QStringLiteral("domain_taken"),
                        QStringLiteral("this domain is already attached to a site"),
                        QStringLiteral("domain"));
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    auto ins = call.db.exec(QStringLiteral("INSERT INTO custom_domains (domain, workspace_id, "
                                           "token, created_at) VALUES (?, ?, ?, ?)"),
                            {*domain, call.param(0), token, nowUtc()});
    if (!ins)
        return std::unexpected(dbError(ins.error()));
    QCborMap details;
    details.insert(QStringLiteral("domain"), *domain);
    if (auto r =
            hosting::logDeployment(call.db, call.param(0), call.accountId, QStringLiteral("domain"),
                                   QStringLiteral("queued"), details);
        !r)
        return std::unexpected(dbError(r.error()));
    QCborMap out;
    out.insert(QStringLiteral("domain"), *domain);
    out.insert(QStringLiteral("verified"), false);
    out.insert(QStringLiteral("verification_token"), token);
    out.insert(QStringLiteral("verification_url"),
               QStringLiteral("http://%1/.well-known/sitestudio-verify/%2").arg(*domain, token));
    out.insert(QStringLiteral("instructions"),
               QStringLiteral(
                   "Point %1 at this server (CNAME to %2), then call POST .../domains/%1/verify")
                   .arg(*domain, call.config.baseDomain));
    return jsonResponse(201, out);
}

ApiResult verifyDomain(ApiCall &call)
{
    if (auto own = requireOwnWorkspace(call, call.param(0)); !own)
        return std::unexpected(own.error());
    const QString domain = call.param(1).toLower();
    auto q = call.db.exec(
        QStringLiteral(
            "SELECT token, verified_at FROM custom_domains WHERE domain = ? AND workspace_id = ?"),
        {domain, call.param(0)});
    if (!q)
        return std::unexpected(dbError(q.error()));
    if (!q->next())
        return apiError(
            404, QStringLiteral("not_found"),
            QStringLiteral("domain \"%1\" is not attached to this site").arg(domain.left(253)));
    const QString token = q->value(0).toString();
    QCborMap details;
    details.insert(QStringLiteral("domain"), domain);
    auto checked =
        call.config.domainVerifier
            ? call.config.domainVerifier->verify(domain, token)
            : Result<void>(fail(QStringLiteral("domain verification is not configured")));
    if (!checked) {
        details.insert(QStringLiteral("error"), checked.error().toString());
        // The failed attempt is logged even though the request fails (its own statement, no
        // rollback needed).
        ApiError e{409,
                   QStringLiteral("verification_failed"),
                   checked.error().toString(),
                   QStringLiteral("domain"),
                   {}};
        return std::unexpected(e);
    }
    auto up =
        call.db.exec(QStringLiteral("UPDATE custom_domains SET verified_at = ? WHERE domain = ?"),
                     {nowUtc(), domain});
    if (!up)
        return std::unexpected(dbError(up.error()));
    call.config.siteCache->invalidateHosts(); // the domain now serves the site
    if (auto r =
            hosting::logDeployment(call.db, call.param(0), call.accountId, QStringLiteral("domain"),
                                   QStringLiteral("succeeded"), details);
        !r)
        return std::unexpected(dbError(r.error()));
    QCborMap out;
    out.insert(QStringLiteral("domain"), domain);
    out.insert(QStringLiteral("verified"), true);
    out.insert(QStringLiteral("url"), call.config.urlFor(domain));
    return jsonResponse(200, out);
}

ApiResult removeDomain(ApiCall &call)
{
    if (auto own = requireOwnWorkspace(call, call.param(0)); !own)
        return std::unexpected(own.error());
    auto r = call.db.exec(
        QStringLiteral("DELETE FROM custom_domains WHERE domain = ? AND workspace_id = ?"),
        {call.param(1).toLower(), call.param(0)});
    if (!r)
        return std::unexpected(dbError(r.error()));
    if (r->numRowsAffected() < 1)
        return apiError(404, QStringLiteral("not_found"),
                        QStringLiteral("domain is not attached to this site"));
    QCborMap details;
    details.insert(QStringLiteral("domain"), call.param(1).toLower());
    details.insert(QStringLiteral("removed"), true);
    if (auto l =
            hosting::logDeployment(call.db, call.param(0), call.accountId, QStringLiteral("domain"),
                                   QStringLiteral("succeeded"), details);
        !l)
        return std::unexpected(dbError(l.error()));
    http::Response resp;
    resp.status = 204;
    return resp;
}

} // namespace

std::expected<void, ApiError> requireOwnWorkspace(ApiCall &call, const QString &workspaceId)
{
    auto q =
        call.db.exec(QStringLiteral("SELECT 1 FROM workspaces WHERE id = ? AND account_id = ?"),
                     {workspaceId, call.accountId});
    if (!q)
        return std::unexpected(dbError(q.error()));
    if (!q->next())
        return apiError(404, QStringLiteral("not_found"),
                        QStringLiteral("no workspace \"%1\"").arg(workspaceId.left(64)));
    return {};
}

void Api::registerWorkspaceRoutes()
{
    add("GET", "workspaces", Authenticated, listWorkspaces);
    add("GET", "slugs", Authenticated, checkSlug);
    add("POST", "workspaces", Authenticated | Mutation, createWorkspace);
    add("GET", "workspaces/{}", Authenticated, getWorkspace);
    add("PATCH", "workspaces/{}", Authenticated | Mutation, patchWorkspace);
    add("DELETE", "workspaces/{}", Authenticated | Mutation, deleteWorkspace);
    add("GET", "workspaces/{}/hosting", Authenticated, getHosting);
    add("GET", "workspaces/{}/deployments", Authenticated, getDeployments);
    add("POST", "workspaces/{}/domains", Authenticated | Mutation, addDomain);
    // Not one transaction: the check makes a network request (possibly to this very server).
    add("POST", "workspaces/{}/domains/{}/verify", Authenticated, verifyDomain);
    add("DELETE", "workspaces/{}/domains/{}", Authenticated | Mutation, removeDomain);
}

} // namespace ss::server
