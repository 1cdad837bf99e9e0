// Sync support: the change feed.
#include "api.h"
#include "serverconfig.h"

#include <QCborArray>

namespace ss::server {

namespace {

QString currentEpoch(ServerDatabase &db)
{
    auto q = db.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'epoch'"));
    return q && q->next() ? q->value(0).toString() : QString();
}

// Cursors are opaque to clients: base64url("<epoch>:<seq>").
QString makeCursor(const QString &epoch, qint64 seq)
{
    return QString::fromLatin1(
        (epoch + QLatin1Char(':') + QString::number(seq))
            .toUtf8()
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

ApiResult changes(ApiCall &call)
{
    const QString epoch = currentEpoch(call.db);
    qint64 since = 0;
    const QString cursor = call.request.query.queryItemValue(QStringLiteral("since"));
    if (!cursor.isEmpty()) {
        const QString decoded = QString::fromUtf8(
            QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding));
        const qsizetype colon = decoded.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        since = colon > 0 ? decoded.mid(colon + 1).toLongLong(&ok) : 0;
        if (!ok || since < 0)
            return apiError(400, QStringLiteral("invalid_cursor"),
                            QStringLiteral("\"since\" is not a cursor from this API"),
                            QStringLiteral("since"));
        if (decoded.left(colon) != epoch) {
            ApiError e{410,
                       QStringLiteral("cursor_expired"),
                       QStringLiteral("the server's data was replaced (restore or new server); "
                                      "resync from the start"),
                       QStringLiteral("since"),
                       {}};
            e.extra.insert(QStringLiteral("epoch"), epoch);
            return std::unexpected(e);
        }
    }
    int limit = 500;
    if (call.request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = call.request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 5000)
            return apiError(400, QStringLiteral("invalid_value"),
                            QStringLiteral("\"limit\" must be 1 to 5000"), QStringLiteral("limit"));
    }
    auto q = call.db.exec(
        QStringLiteral(
            "SELECT seq, entity_type, entity_id, action, revision, created_at FROM changes "
            "WHERE account_id = ? AND seq > ? ORDER BY seq LIMIT ?"),
        {call.accountId, since, limit + 1});
    if (!q)
        return std::unexpected(dbError(q.error()));
    QCborArray out;
    qint64 last = since;
    bool more = false;
    while (q->next()) {
        if (out.size() == limit) {
            more = true;
            break;
        }
        QCborMap m;
        last = q->value(0).toLongLong();
        m.insert(QStringLiteral("entity_type"), q->value(1).toString());
        m.insert(QStringLiteral("entity_id"), q->value(2).toString());
        m.insert(QStringLiteral("action"), q->value(3).toString());
        m.insert(QStringLiteral("revision"), q->value(4).toLongLong());
        m.insert(QStringLiteral("at"), q->value(5).toString());
        out.append(m);
    }
    QCborMap body;
    body.insert(QStringLiteral("changes"), out);
    body.insert(QStringLiteral("next_cursor"), makeCursor(epoch, last));
    body.insert(QStringLiteral("has_more"), more);
    body.insert(QStringLiteral("epoch"), epoch);
    return jsonResponse(200, body);
}

} // namespace

void Api::registerSyncRoutes()
{
    add("GET", "changes", Authenticated, changes);
}

} // namespace ss::server
