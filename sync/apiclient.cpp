#include "apiclient.h"

#include "json.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace ss::sync {

QCborMap HttpReply::json() const
{
    auto v = json::parse(body, {.maxBytes = 128 << 20, .maxDepth = 512});
    return v && v->isMap() ? v->toMap() : QCborMap();
}

QString HttpReply::errorCode() const
{
    return json().value(QStringLiteral("error")).toMap().value(QStringLiteral("code")).toString();
}

QString HttpReply::errorMessage() const
{
    if (status == 0)
        return networkError.isEmpty() ? QStringLiteral("no answer from the server") : networkError;
    const QString m =
        json().value(QStringLiteral("error")).toMap().value(QStringLiteral("message")).toString();
    return m.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : m;
}

qint64 HttpReply::retryAfterSeconds() const
{
    bool ok = false;
    const qint64 v = headers.value("retry-after").toLongLong(&ok);
    return ok ? v : -1;
}

ApiClient::ApiClient(QUrl server, QString token, QNetworkAccessManager *nam)
    : m_server(std::move(server))
    , m_token(std::move(token))
    , m_nam(nam ? nam : new QNetworkAccessManager)
    , m_ownsNam(!nam)
{}

ApiClient::~ApiClient()
{
    if (m_ownsNam)
        delete m_nam;
}

HttpReply ApiClient::request(const QByteArray &method, const QString &path, const QByteArray &body,
                             const QHash<QByteArray, QByteArray> &headers, int timeoutMs)
{
    QUrl url = m_server;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(m_server.path() + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    req.setTransferTimeout(timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        req.setRawHeader(it.key(), it.value());
    const Fault fault = m_fault ? m_fault(method, path) : Fault::None;
    if (fault == Fault::Refuse) {
        ++m_requests;
        HttpReply refused;
        refused.networkError = QStringLiteral("injected: connection refused");
        return refused;
    }
    ++m_requests;
    m_bytesSent += body.size() + method.size() + url.toEncoded().size() + 12; // request line
    for (const QByteArray &h : req.rawHeaderList())
        m_bytesSent += h.size() + req.rawHeader(h).size() + 4;
    QNetworkReply *reply = m_nam->sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto &h : reply->rawHeaderPairs())
        out.headers.insert(h.first.toLower(), h.second);
    const auto err = reply->error();
    // A transport error (cut-off body, reset, timeout) means no trustworthy answer, whatever the
    // status line said. HTTP error statuses come with NetworkError codes too; keep those.
    if (err != QNetworkReply::NoError &&
        (out.status == 0 || err < QNetworkReply::ContentAccessDenied)) {
        out.status = 0;
        out.networkError = reply->errorString();
    }
    reply->deleteLater();
    if (fault == Fault::Lose) {
        HttpReply lost;
        lost.networkError = QStringLiteral("injected: the reply was lost");
        return lost;
    }
    return out;
}

HttpReply ApiClient::json(const QByteArray &method, const QString &path, const QCborMap &body,
                          const QHash<QByteArray, QByteArray> &headers)
{
    return request(method, path, json::write(body), headers);
}

} // namespace ss::sync
