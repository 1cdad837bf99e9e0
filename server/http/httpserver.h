#pragma once

#include "httprequest.h"

#include <QHostAddress>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QTcpServer;
class QThread;

namespace ss::http {

// A small HTTP/1.1 server on QTcpServer: keep-alive, pipelined requests answered in order,
// Content-Length bodies with a size limit checked before the body is read (413), request/header
// size limits (431), worker threads each with their own event loop, a structured access log, and
// a graceful stop that lets requests in flight finish.
//
// Why not QHttpServer (Qt 6.4): it reads a whole body before the handler can refuse it, has no
// per-request limits or access log hooks, and offers no graceful drain; sitehostd needs all three.
class Server : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<Response(Request &)>;
    // Called once in each worker thread before it serves (open per-thread resources there).
    using ThreadInit = std::function<void()>;

    struct Limits
    {
        qint64 maxBodyBytes = 64 * 1024 * 1024;
        int maxHeaderBytes = 64 * 1024;
        int maxHeaders = 100;
        int idleTimeoutMs = 30000;
    };

    Server(Handler handler, Limits limits, int threads, ThreadInit init = {},
           QObject *parent = nullptr);
    ~Server() override;

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;

    // Stops accepting, lets in-flight requests finish (up to timeoutMs), closes idle connections.
    void stop(int timeoutMs = 10000);

    // The access log: one JSON object per line.
    void setAccessLog(std::function<void(const QByteArray &line)> log);

    int activeConnections() const { return m_activeConnections.load(); }

private:
    class Worker;
    void onNewConnection();

    Handler m_handler;
    Limits m_limits;
    QTcpServer *m_listener;
    std::vector<std::unique_ptr<Worker>> m_workers;
    size_t m_next = 0;
    std::function<void(const QByteArray &)> m_log;
    std::atomic<int> m_activeConnections{0};
    std::atomic<bool> m_stopping{false};
};

} // namespace ss::http
