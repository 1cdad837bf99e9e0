#pragma once

#include "http/httprequest.h"
#include "result.h"
#include "storage/serverdatabase.h"

#include <QCborMap>
#include <QCborValue>
#include <QString>

#include <expected>

namespace ss::server {

class ServerConfig;

// An error answered as {"error": {"code", "message", "field"}} with an HTTP status.
struct ApiError
{
    int status = 400;
    QString code;
    QString message;
    QString field;
    QCborMap extra; // more members of the error object (e.g. current revision on 412)
};

using ApiResult = std::expected<http::Response, ApiError>;

inline std::unexpected<ApiError> apiError(int status, QString code, QString message,
                                          QString field = {})
{
    return std::unexpected(
        ApiError{status, std::move(code), std::move(message), std::move(field), {}});
}

// 503 for a database failure (the message says which statement failed).
inline ApiError dbError(const Error &e)
{
    return ApiError{503, QStringLiteral("database_error"), e.toString(), {}, {}};
}

// Everything a handler needs for one request.
struct ApiCall
{
    http::Request &request;
    ServerDatabase &db;
    const ServerConfig &config;
    QString accountId; // empty until authenticated
    QString accountTier;

    QString param(int i) const { return request.pathParams.value(i); }
};

// JSON body helpers: the body must be a JSON object (order-preserving parse); unknown members are
// refused so that typos do not pass silently.
Result<QCborMap> parseBody(const http::Request &r);
std::expected<QCborMap, ApiError> jsonObject(const ApiCall &call, const QStringList &allowed);
std::expected<QString, ApiError> requiredString(const QCborMap &m, const QString &field,
                                                int maxLength);

http::Response jsonResponse(int status, const QCborValue &body);
http::Response errorResponse(const ApiError &e);
QString nowUtc();
QString newId();

} // namespace ss::server
