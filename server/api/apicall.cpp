#include "apicall.h"

#include "json.h"

#include <QCborArray>
#include <QDateTime>
#include <QUuid>

namespace ss::server {

Result<QCborMap> parseBody(const http::Request &r)
{
    if (r.body.isEmpty())
        return fail(QStringLiteral("expected a JSON object body"));
    auto v = json::parse(r.body, {.maxBytes = 32 * 1024 * 1024, .maxDepth = 512});
    if (!v)
        return fail(QStringLiteral("malformed JSON: ") + v.error().toString());
    if (!v->isMap())
        return fail(QStringLiteral("expected a JSON object, found %1").arg(json::typeName(*v)));
    return v->toMap();
}

std::expected<QCborMap, ApiError> jsonObject(const ApiCall &call, const QStringList &allowed)
{
    const QByteArray type = call.request.header("content-type");
    if (!call.request.body.isEmpty() && !type.isEmpty() && !type.startsWith("application/json"))
        return apiError(415, QStringLiteral("unsupported_media_type"),
                        QStringLiteral("send application/json"));
    auto m = parseBody(call.request);
    if (!m)
        return apiError(400, QStringLiteral("malformed_json"), m.error().message);
    for (auto it = m->cbegin(); it != m->cend(); ++it) {
        const QString key = it.key().toString();
        if (!allowed.contains(key))
            return apiError(400, QStringLiteral("unknown_field"),
                            QStringLiteral("unknown field \"%1\" (allowed: %2)")
                                .arg(key, allowed.join(QStringLiteral(", "))),
                            key);
    }
    return *m;
}

std::expected<QString, ApiError> requiredString(const QCborMap &m, const QString &field,
                                                int maxLength)
{
    const QCborValue v = m.value(field);
    if (v.isUndefined())
        return apiError(400, QStringLiteral("missing_field"),
                        QStringLiteral("\"%1\" is required").arg(field), field);
    if (!v.isString())
        return apiError(
            400, QStringLiteral("wrong_type"),
            QStringLiteral("\"%1\" must be a string, not %2").arg(field, json::typeName(v)), field);
    const QString s = v.toString();
    if (s.trimmed().isEmpty())
        return apiError(400, QStringLiteral("invalid_value"),
                        QStringLiteral("\"%1\" must not be empty").arg(field), field);
    if (s.size() > maxLength)
        return apiError(
            400, QStringLiteral("invalid_value"),
            QStringLiteral("\"%1\" is longer than %2 characters").arg(field).arg(maxLength), field);
    for (QChar c : s)
        if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            return apiError(400, QStringLiteral("invalid_value"),
                            QStringLiteral("\"%1\" contains control characters").arg(field), field);
    return s;
}

http::Response jsonResponse(int status, const QCborValue &body)
{
    http::Response r;
    r.status = status;
    r.body = json::write(body);
    r.setHeader("Content-Type", "application/json");
    r.setHeader("Cache-Control", "no-store");
    return r;
}

http::Response errorResponse(const ApiError &e)
{
    QCborMap err;
    err.insert(QStringLiteral("code"), e.code);
    err.insert(QStringLiteral("message"), e.message);
    if (!e.field.isEmpty())
        err.insert(QStringLiteral("field"), e.field);
    for (auto it = e.extra.cbegin(); it != e.extra.cend(); ++it)
        err.insert(it.key(), it.value());
    QCborMap body;
    body.insert(QStringLiteral("error"), err);
    http::Response r = jsonResponse(e.status, body);
    if (e.status == 401)
        r.setHeader("WWW-Authenticate", "Bearer");
    if (e.extra.contains(QStringLiteral("retry_after")))
        r.setHeader("Retry-After",
                    QByteArray::number(e.extra.value(QStringLiteral("retry_after")).toInteger()));
    return r;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace ss::server
