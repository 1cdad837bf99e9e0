#pragma once

#include "apicall.h"

#include <QList>

#include <functional>
#include <optional>

namespace ss::server {

// The JSON API under /api/v1 and the public sites, as one request handler for http::Server.
class Api
{
public:
    explicit Api(const ServerConfig &config);

    http::Response handle(http::Request &request);

    using Handler = std::function<ApiResult(ApiCall &)>;
    enum Flags
    {
        Public = 0,
        Authenticated = 1,
        Mutation = 2
    };

private:
    struct Route
    {
        QByteArray method;
        QStringList segments; // "{}" matches one path segment
        int flags;
        Handler handler;
    };
    void add(const char *method, const char *pattern, int flags, Handler h);
    http::Response dispatch(http::Request &request, ServerDatabase &db);
    std::optional<http::Response> probe(const http::Request &request);
    ApiResult runMutation(ApiCall &call, const Route &route);

    void registerAccountRoutes();
    void registerWorkspaceRoutes();
    void registerThemeRoutes();
    void registerSyncRoutes();
    void registerAssetRoutes();
    void registerRuleRoutes();

    const ServerConfig &m_config;
    QList<Route> m_routes;
};

// Records a change in the caller's change feed (same transaction as the change; a transaction of
// its own when called outside one). Takes lockAccountChanges first.
Result<void> recordChange(ServerDatabase &db, const QString &accountId, const QString &entityType,
                          const QString &entityId, const QString &action, qint64 revision);

// Serializes the transactions that write an account's change feed until they commit, so that the
// feed's sequence numbers become visible in order (a client's cursor never skips a change). On
// PostgreSQL a transaction-scoped advisory lock per account; on SQLite nothing (BEGIN IMMEDIATE
// already serializes all writers). Call inside a transaction.
Result<void> lockAccountChanges(ServerDatabase &db, const QString &accountId);

} // namespace ss::server
