#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QHash>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace ss::sync {

struct HttpReply
{
    int status = 0; // 0: no HTTP answer (network error, timeout, cut-off body)
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lowercase names
    QString networkError;
    bool notSignedIn = false; // not sent: no connection or no login for it (RemoteSession)

    bool ok() const { return status >= 200 && status < 300; }
    bool transient() const { return status == 0 || status == 429 || status >= 500; }
    QCborMap json() const;     // {} when the body is not a JSON object
    QString errorCode() const; // error.code of an error body
    QString errorMessage() const;
    qint64 retryAfterSeconds() const; // Retry-After, -1 if absent
};

// A small blocking client for sitehostd's API, for use on the sync worker thread (it spins a
// local event loop per request). A QNetworkAccessManager can be injected to place faults exactly.
class ApiClient
{
public:
    ApiClient(QUrl server, QString token = {}, QNetworkAccessManager *nam = nullptr);
    ~ApiClient();

    void setToken(const QString &token) { m_token = token; }
    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QHash<QByteArray, QByteArray> &headers = {}, int timeoutMs = 30000);
    HttpReply json(const QByteArray &method, const QString &path, const QCborMap &body,
                   const QHash<QByteArray, QByteArray> &headers = {});

    // Fault injection for tests: called before a request is sent ("refuse": it never reaches the
    // server) and after its answer arrived ("lose": the server did it, the reply is dropped).
    enum class Fault
    {
        None,
        Refuse,
        Lose
    };
    using FaultHook = std::function<Fault(const QByteArray &method, const QString &path)>;
    void setFaultHook(FaultHook hook) { m_fault = std::move(hook); }

    int requestCount() const { return m_requests; }
    qint64 bytesSent() const { return m_bytesSent; }
    const QUrl &server() const { return m_server; }

private:
    QUrl m_server;
    QString m_token;
    QNetworkAccessManager *m_nam;
    bool m_ownsNam;
    FaultHook m_fault;
    int m_requests = 0;
    qint64 m_bytesSent = 0;
};

} // namespace ss::sync
