#include "api.h"

#include "accounts.h"
#include "automation/automationservice.h"
#include "automation/serverevents.h"
#include "json.h"
#include "publicsite.h"
#include "serverconfig.h"

#include <QCryptographicHash>
#include <QSqlError>

namespace ss::server {

Api::Api(const ServerConfig &config)
    : m_config(config)
{
    registerAccountRoutes();
    registerWorkspaceRoutes();
    registerThemeRoutes();
    registerSyncRoutes();
    registerAssetRoutes();
    registerRuleRoutes();
}

void Api::add(const char *method, const char *pattern, int flags, Handler h)
{
    QStringList segments = QString::fromLatin1(pattern).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    m_routes.append(Route{QByteArray(method), segments, flags, std::move(h)});
}

// Why: the feed's seq comes from a sequence when the row is inserted, but PostgreSQL transactions
// commit in any order. Two of them writing one account's feed at once (two sitehostd instances, or
// two worker threads) could make seq 11 visible before seq 10; a client reading then gets cursor
// 11 and never sees 10. Holding this lock from before the insert until the commit makes an
// account's seq order its commit order. Hash collisions only serialize two accounts' writes.
Result<void> lockAccountChanges(ServerDatabase &db, const QString &accountId)
{
    if (db.dialect() != ServerDatabase::Dialect::PostgreSQL || accountId.isEmpty())
        return {};
    // 0x73734348 ("ssCH"): this lock's key space; the second key is the account.
    auto r = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(1936933704, hashtext(?))"),
                     {accountId});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<void> recordChange(ServerDatabase &db, const QString &accountId, const QString &entityType,
                          const QString &entityId, const QString &action, qint64 revision)
{
    auto insert = [&]() -> Result<void> {
        if (auto l = lockAccountChanges(db, accountId); !l)
            return l;
        auto r = db.exec(QStringLiteral("INSERT INTO changes (account_id, entity_type, entity_id, "
                                        "action, revision, created_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"),
                         {accountId, entityType, entityId, action, revision, nowUtc()});
        if (!r)
            return std::unexpected(r.error());
        return {};
    };
    // Outside a transaction the lock would end with its own statement: give it one.
    return db.inTransaction() ? insert() : db.transaction(insert);
}

namespace {

http::Response probeResponse(int status, const QCborMap &body)
{
    http::Response r = jsonResponse(status, body);
    r.setHeader("Cache-Control", "no-store");
    return r;
}

} // namespace

// Probes for service managers and load balancers, on any Host (docs/api.md "Running"):
// /healthz — the process serves requests (liveness; no database); /readyz — it can also serve
// the API: its database answers and has this build's schema (readiness). Nothing else is said.
std::optional<http::Response> Api::probe(const http::Request &request)
{
    if (request.path != QLatin1String("/healthz") && request.path != QLatin1String("/readyz"))
        return std::nullopt;
    if (request.method != "GET" && request.method != "HEAD")
        return errorResponse(ApiError{405,
                                      QStringLiteral("method_not_allowed"),
                                      QStringLiteral("probes answer GET and HEAD"),
                                      {},
                                      {}});
    QCborMap body;
    if (request.path == QLatin1String("/healthz")) {
        body.insert(QStringLiteral("status"), QStringLiteral("ok"));
        return probeResponse(200, body);
    }
    QString problem;
    auto db = ServerDatabase::forThisThread(m_config.database);
    if (!db) {
        problem = QStringLiteral("the database is unavailable: ") + db.error().toString();
    } else {
        auto q = (*db)->exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
        const int version = q && q->next() ? q->value(0).toInt() : -1;
        if (!q)
            problem = QStringLiteral("the database does not answer: ") + q.error().toString();
        else if (version != ServerDatabase::kSchemaVersion)
            problem = QStringLiteral("the database schema is %1, this build needs %2")
                          .arg(version)
                          .arg(ServerDatabase::kSchemaVersion);
    }
    body.insert(QStringLiteral("status"),
                problem.isEmpty() ? QStringLiteral("ready") : QStringLiteral("not_ready"));
    if (!problem.isEmpty())
        body.insert(QStringLiteral("reason"), problem);
    return probeResponse(problem.isEmpty() ? 200 : 503, body);
}

http::Response Api::handle(http::Request &request)
{
    if (auto answer = probe(request))
        return *answer;
    auto db = ServerDatabase::forThisThread(m_config.database);
    if (!db)
        return errorResponse(
            ApiError{503, QStringLiteral("database_unavailable"), db.error().toString(), {}, {}});
    // Public sites: any Host that is a site's subdomain or a verified custom domain.
    if (!request.path.startsWith(QLatin1String("/api/"))) {
        if (auto site = servePublicSite(request, **db, m_config))
            return *site;
    }
    return dispatch(request, **db);
}

http::Response Api::dispatch(http::Request &request, ServerDatabase &db)
{
    if (!request.path.startsWith(QLatin1String("/api/v1/")))
        return errorResponse(ApiError{
            404, QStringLiteral("not_found"), QStringLiteral("no such page or endpoint"), {}, {}});
    const QStringList parts = request.path.mid(8).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const Route *match = nullptr;
    bool pathMatched = false;
    for (const Route &r : m_routes) {
        if (r.segments.size() != parts.size())
            continue;
        QStringList params;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            if (r.segments[i] == QLatin1String("{}"))
                params << parts[i];
            else
                ok = r.segments[i] == parts[i];
        }
        if (!ok)
            continue;
        pathMatched = true;
        if (r.method == request.method || (request.method == "HEAD" && r.method == "GET")) {
            match = &r;
            request.pathParams = params;
            break;
        }
    }
    if (!match) {
        if (pathMatched)
            return errorResponse(ApiError{
                405,
                QStringLiteral("method_not_allowed"),
                QStringLiteral("%1 is not supported here").arg(QString::fromLatin1(request.method)),
                {},
                {}});
        return errorResponse(
            ApiError{404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"), {}, {}});
    }
    ApiCall call{request, db, m_config, {}, {}};
    if (match->flags & Authenticated) {
        auto who = authenticate(call);
        if (!who)
            return errorResponse(who.error());
    }
    ApiResult result = (match->flags & Mutation) ? runMutation(call, *match) : match->handler(call);
    return result ? *result : errorResponse(result.error());
}

// Mutations run in one transaction. With an Idempotency-Key the response is stored in the same
// transaction as the effect; a repeat gets the stored response, a different request with the same
// key gets 422.
ApiResult Api::runMutation(ApiCall &call, const Route &route)
{
    const QByteArray key = call.request.header("idempotency-key");
    if (key.size() > 200)
        return apiError(400, QStringLiteral("invalid_idempotency_key"),
                        QStringLiteral("Idempotency-Key is longer than 200 characters"));
    const QString scope = call.accountId.isEmpty()
                              ? QStringLiteral("anonymous:") + call.request.peer.toString()
                              : call.accountId;
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(call.request.method);
    h.addData(" ");
    h.addData(call.request.path.toUtf8());
    h.addData("\n");
    h.addData(call.request.body);
    const QString requestHash = QString::fromLatin1(h.result().toHex());

    auto stored = [&]() -> std::optional<ApiResult> {
        auto q = call.db.exec(QStringLiteral("SELECT request_hash, status, response FROM "
                                             "idempotency WHERE account_id = ? AND key = ?"),
                              {scope, QString::fromUtf8(key)});
        if (!q || !q->next())
            return std::nullopt;
        if (q->value(0).toString() != requestHash)
            return std::optional<ApiResult>(
                apiError(422, QStringLiteral("idempotency_key_reused"),
                         QStringLiteral("this Idempotency-Key was used for a different request")));
        http::Response r;
        r.status = q->value(1).toInt();
        r.body = q->value(2).toString().toUtf8();
        r.setHeader("Content-Type", "application/json");
        r.setHeader("Idempotent-Replayed", "true");
        return std::optional<ApiResult>(r);
    };
    if (!key.isEmpty())
        if (auto previous = stored())
            return *previous;

    ApiResult result = apiError(500, QStringLiteral("internal"), QStringLiteral("no result"));
    EventCollector events; // automation events of this request, sent once it is decided
    auto tx = call.db.transaction([&]() -> Result<void> {
        // The account's feed lock first, before any row lock the handler takes: recordChange takes
        // it again later, and the same order everywhere cannot deadlock.
        if (auto l = lockAccountChanges(call.db, call.accountId); !l) {
            result = std::unexpected(dbError(l.error()));
            return l;
        }
        result = route.handler(call);
        if (!result)
            return fail(QStringLiteral("rolled back")); // no effect without success
        if (!key.isEmpty() && result->status < 300) {
            auto ins = call.db.exec(
                QStringLiteral("INSERT INTO idempotency (account_id, key, "
                               "request_hash, status, response, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {scope, QString::fromUtf8(key), requestHash, result->status,
                 result->body.isEmpty() ? QStringLiteral("") : QString::fromUtf8(result->body),
                 nowUtc()});
            if (!ins)
                return std::unexpected(ins.error());
        }
        return {};
    });
    if (tx)
        m_config.siteCache->invalidateHosts(); // committed: hosts may now show something else
    // Automation events go to the automation thread only now: after the commit (or, for refusals
    // such as sync_conflict, whatever happened). Rules never run inside the request.
    if (m_config.automation)
        for (PendingEvent &e : events.take(bool(tx)))
            m_config.automation->post(e.accountId, std::move(e.event));
    if (!tx && result) {
        // The effect could not be committed (e.g. a concurrent request with the same key won).
        if (!key.isEmpty())
            if (auto previous = stored())
                return *previous;
        return apiError(503, QStringLiteral("database_error"), tx.error().toString());
    }
    return result;
}

} // namespace ss::server
