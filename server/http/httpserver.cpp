#include "httpserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <list>

namespace ss::http {

QString Request::host() const
{
    QByteArray h = header("host").trimmed().toLower();
    if (h.startsWith('[')) { // [::1]:8080
        const qsizetype end = h.indexOf(']');
        return QString::fromLatin1(h.left(end + 1));
    }
    const qsizetype colon = h.lastIndexOf(':');
    if (colon >= 0)
        h.truncate(colon);
    return QString::fromLatin1(h);
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QByteArray Response::reason(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

namespace {

QByteArray errorBody(const char *code, const QString &message)
{
    QJsonObject e{{QStringLiteral("code"), QString::fromLatin1(code)},
                  {QStringLiteral("message"), message}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Compact);
}

Response protocolError(int status, const char *code, const QString &message)
{
    Response r;
    r.status = status;
    r.body = errorBody(code, message);
    r.setHeader("Content-Type", "application/json");
    r.closeConnection = true;
    return r;
}

QByteArray httpDate()
{
    static thread_local qint64 cachedSecond = -1;
    static thread_local QByteArray cached;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != cachedSecond) {
        cachedSecond = now;
        cached = QLocale::c()
                     .toString(QDateTime::fromSecsSinceEpoch(now, Qt::UTC),
                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                     .toLatin1();
    }
    return cached;
}

} // namespace

// One client connection, living in a worker thread.
class Connection : public QObject
{
public:
    Connection(qintptr fd, Server::Handler &handler, const Server::Limits &limits,
               std::function<void(const QByteArray &)> *log, std::atomic<int> &active)
        : m_handler(handler)
        , m_limits(limits)
        , m_log(log)
        , m_active(active)
    {
        m_socket = new QTcpSocket(this);
        m_socket->setSocketDescriptor(fd);
        m_peer = m_socket->peerAddress();
        m_idle.setSingleShot(true);
        m_idle.setInterval(limits.idleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, [this] { close(); });
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { finish(); });
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_closeAfterWrite && m_socket->bytesToWrite() == 0)
                close();
        });
        ++m_active;
        m_idle.start();
    }
    ~Connection() override { --m_active; }

    // Graceful stop: finish what is in progress, then close.
    void drain()
    {
        m_draining = true;
        if (m_buffer.isEmpty() && !m_inRequest && m_socket->bytesToWrite() == 0)
            close();
    }
    bool finished() const { return m_finished; }

private:
    void close()
    {
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->disconnectFromHost();
        finish();
    }
    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_idle.stop();
        deleteLater();
    }

    void onReadyRead()
    {
        if (m_closeAfterWrite)
            return; // a refusal is on its way out; ignore the rest
        m_buffer += m_socket->readAll();
        m_idle.start();
        processBuffer();
    }

    void processBuffer()
    {
        while (!m_closeAfterWrite && !m_finished) {
            if (!m_headersDone) {
                const qsizetype end = m_buffer.indexOf("\r\n\r\n");
                if (end < 0) {
                    if (m_buffer.size() > m_limits.maxHeaderBytes)
                        return refuse(
                            protocolError(431, "headers_too_large",
                                          QStringLiteral("request headers are larger than %1 bytes")
                                              .arg(m_limits.maxHeaderBytes)));
                    if (!m_buffer.isEmpty())
                        m_inRequest = true;
                    return;
                }
                if (end > m_limits.maxHeaderBytes)
                    return refuse(
                        protocolError(431, "headers_too_large",
                                      QStringLiteral("request headers are larger than %1 bytes")
                                          .arg(m_limits.maxHeaderBytes)));
                m_inRequest = true;
                m_timer.start();
                if (!parseHead(m_buffer.left(end)))
                    return;
                m_buffer.remove(0, end + 4);
                m_headersDone = true;
                if (m_bodyLength > m_limits.maxBodyBytes)
                    return refuse(protocolError(
                        413, "body_too_large",
                        QStringLiteral("the request body is %1 bytes; the limit is %2")
                            .arg(m_bodyLength)
                            .arg(m_limits.maxBodyBytes)));
                if (m_request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0 &&
                    m_buffer.size() < m_bodyLength)
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            if (m_buffer.size() < m_bodyLength)
                return;
            m_request.body = m_buffer.left(m_bodyLength);
            m_buffer.remove(0, m_bodyLength);
            Response response = m_handler(m_request);
            send(response);
            m_headersDone = false;
            m_inRequest = false;
            m_request = Request();
            if (m_draining && !m_closeAfterWrite) {
                m_closeAfterWrite = true;
                if (m_socket->bytesToWrite() == 0)
                    close();
            }
        }
    }

    bool parseHead(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        QByteArray requestLine = lines.first();
        if (requestLine.endsWith('\r'))
            requestLine.chop(1);
        const QList<QByteArray> parts = requestLine.split(' ');
        m_request = Request();
        m_request.peer = m_peer;
        if (parts.size() != 3 || parts[0].isEmpty() || !parts[1].startsWith('/')) {
            refuse(protocolError(400, "bad_request", QStringLiteral("malformed request line")));
            return false;
        }
        if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") {
            refuse(protocolError(505, "http_version",
                                 QStringLiteral("only HTTP/1.1 and HTTP/1.0 are supported")));
            return false;
        }
        m_http10 = parts[2] == "HTTP/1.0";
        m_request.method = parts[0];
        m_request.target = parts[1];
        const qsizetype q = m_request.target.indexOf('?');
        const QByteArray rawPath = q < 0 ? m_request.target : m_request.target.left(q);
        m_request.path = QUrl::fromPercentEncoding(rawPath);
        if (q >= 0)
            m_request.query = QUrlQuery(QString::fromUtf8(m_request.target.mid(q + 1)));
        if (lines.size() - 1 > m_limits.maxHeaders) {
            refuse(protocolError(431, "headers_too_large",
                                 QStringLiteral("more than %1 headers").arg(m_limits.maxHeaders)));
            return false;
        }
        m_bodyLength = 0;
        bool haveLength = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QByteArray line = lines[i];
            if (line.endsWith('\r'))
                line.chop(1);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t')) {
                refuse(protocolError(400, "bad_request", QStringLiteral("malformed header line")));
                return false;
            }
            QByteArray name = line.left(colon).trimmed().toLower();
            QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                const qint64 n = value.toLongLong(&ok);
                if (!ok || n < 0 || (haveLength && n != m_bodyLength)) {
                    refuse(protocolError(400, "bad_request",
                                         QStringLiteral("invalid Content-Length")));
                    return false;
                }
                m_bodyLength = n;
                haveLength = true;
            } else if (name == "transfer-encoding") {
                refuse(protocolError(
                    411, "length_required",
                    QStringLiteral(
                        "send the body with Content-Length (chunked uploads are not accepted)")));
                return false;
            }
            m_request.headers.append({std::move(name), std::move(value)});
        }
        QByteArray rid = m_request.header("x-request-id");
        if (rid.isEmpty() || rid.size() > 64)
            rid = QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        m_request.requestId = QString::fromLatin1(rid);
        return true;
    }

    void refuse(Response r)
    {
        m_request.peer = m_peer;
        send(r);
        m_closeAfterWrite = true;
        m_buffer.clear();
        if (m_socket->bytesToWrite() == 0)
            close();
    }

    void send(Response &r)
    {
        const bool wantsClose = m_http10 ? m_request.header("connection").toLower() != "keep-alive"
                                         : m_request.header("connection").toLower() == "close";
        if (wantsClose || r.closeConnection)
            m_closeAfterWrite = true;
        QByteArray out;
        out.reserve(256 + r.body.size());
        out += m_http10 ? "HTTP/1.0 " : "HTTP/1.1 ";
        out += QByteArray::number(r.status) + ' ' + Response::reason(r.status) + "\r\n";
        out += "Date: " + httpDate() + "\r\nServer: sitehostd\r\n";
        for (const auto &h : r.headers)
            out += h.first + ": " + h.second + "\r\n";
        if (!m_request.requestId.isEmpty())
            out += "X-Request-Id: " + m_request.requestId.toLatin1() + "\r\n";
        if (r.status != 204 && r.status != 304)
            out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        out += m_closeAfterWrite ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
        if (m_request.method != "HEAD" && r.status != 204 && r.status != 304)
            out += r.body;
        m_socket->write(out);
        if (m_log && *m_log) {
            const double ms = m_timer.isValid() ? double(m_timer.nsecsElapsed()) / 1e6 : 0;
            QJsonObject entry{{QStringLiteral("time"),
                               QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                              {QStringLiteral("remote"), m_peer.toString()},
                              {QStringLiteral("method"), QString::fromLatin1(m_request.method)},
                              {QStringLiteral("path"), m_request.path},
                              {QStringLiteral("host"), m_request.host()},
                              {QStringLiteral("status"), r.status},
                              {QStringLiteral("bytes"), qint64(r.body.size())},
                              {QStringLiteral("ms"), qRound(ms * 1000) / 1000.0},
                              {QStringLiteral("request_id"), m_request.requestId}};
            (*m_log)(QJsonDocument(entry).toJson(QJsonDocument::Compact));
        }
    }

    Server::Handler &m_handler;
    const Server::Limits &m_limits;
    std::function<void(const QByteArray &)> *m_log;
    std::atomic<int> &m_active;
    QTcpSocket *m_socket = nullptr;
    QHostAddress m_peer;
    QTimer m_idle;
    QElapsedTimer m_timer;
    QByteArray m_buffer;
    Request m_request;
    qint64 m_bodyLength = 0;
    bool m_headersDone = false;
    bool m_inRequest = false;
    bool m_http10 = false;
    bool m_closeAfterWrite = false;
    bool m_draining = false;
    bool m_finished = false;
};

class Server::Worker
{
public:
    Worker(Server &server, ThreadInit init)
        : m_server(server)
    {
        m_thread.setObjectName(QStringLiteral("http-worker"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
        if (init)
            QMetaObject::invokeMethod(m_context, init, Qt::BlockingQueuedConnection);
    }
    ~Worker()
    {
        m_thread.quit();
        m_thread.wait();
    }

    void add(qintptr fd)
    {
        QMetaObject::invokeMethod(m_context, [this, fd] {
            auto *c = new Connection(fd, m_server.m_handler, m_server.m_limits, &m_server.m_log,
                                     m_server.m_activeConnections);
            c->setParent(m_context);
            m_connections.remove_if([](const QPointer<Connection> &p) { return p.isNull(); });
            m_connections.push_back(c);
            if (m_server.m_stopping)
                c->drain();
        });
    }

    void drain()
    {
        QMetaObject::invokeMethod(m_context, [this] {
            for (const QPointer<Connection> &c : m_connections)
                if (c)
                    c->drain();
        });
    }

private:
    Server &m_server;
    QThread m_thread;
    QObject *m_context;
    std::list<QPointer<Connection>> m_connections;
};

namespace {
class Listener : public QTcpServer
{
public:
    std::function<void(qintptr)> onIncoming;

protected:
    void incomingConnection(qintptr fd) override { onIncoming(fd); }
};
} // namespace

Server::Server(Handler handler, Limits limits, int threads, ThreadInit init, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_limits(limits)
{
    auto *listener = new Listener;
    listener->setParent(this);
    listener->onIncoming = [this](qintptr fd) {
        if (m_stopping) {
            QTcpSocket s;
            s.setSocketDescriptor(fd);
            s.abort();
            return;
        }
        m_workers[m_next++ % m_workers.size()]->add(fd);
    };
    m_listener = listener;
    for (int i = 0; i < std::max(1, threads); ++i)
        m_workers.push_back(std::make_unique<Worker>(*this, init));
}

Server::~Server()
{
    m_workers.clear();
}

bool Server::listen(const QHostAddress &address, quint16 port)
{
    return m_listener->listen(address, port);
}

quint16 Server::port() const
{
    return m_listener->serverPort();
}

QString Server::errorString() const
{
    return m_listener->errorString();
}

void Server::setAccessLog(std::function<void(const QByteArray &)> log)
{
    m_log = std::move(log);
}

void Server::stop(int timeoutMs)
{
    m_stopping = true;
    m_listener->close();
    for (auto &w : m_workers)
        w->drain();
    QElapsedTimer t;
    t.start();
    while (m_activeConnections.load() > 0 && t.elapsed() < timeoutMs)
        QThread::msleep(10);
}

} // namespace ss::http
