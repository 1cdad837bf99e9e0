#include "remotesession.h"

#include "credentialstore.h"
#include "localcache.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <memory>

namespace ss::sync {

// Lives on the worker thread: the cache connection and the client are made on first use and
// kept for the session's lifetime.
class RemoteWorker : public QObject
{
public:
    // ApiClient waits in a local event loop, which would start the next queued request inside
    // the current one (answers out of order); jobs arriving meanwhile wait their turn here.
    void enqueue(std::function<void()> job)
    {
        m_jobs.append(std::move(job));
        if (m_busy)
            return;
        m_busy = true;
        while (!m_jobs.isEmpty())
            m_jobs.takeFirst()();
        m_busy = false;
    }

    HttpReply run(const QString &dataDir, const QString &workspaceId, const QByteArray &method,
                  const QString &path, const QCborMap &body)
    {
        if (!m_api) {
            if (auto why = connectApi(dataDir, workspaceId); !why.isEmpty()) {
                HttpReply r;
                r.networkError = why;
                r.notSignedIn = m_notSignedIn;
                return r;
            }
        }
        const bool noBody = body.isEmpty() && (method == "GET" || method == "DELETE");
        HttpReply reply = noBody ? m_api->request(method, path) : m_api->json(method, path, body);
        // The login was revoked or replaced (signed out, signed in again): the next request reads
        // the credential store again instead of repeating a dead token.
        if (reply.status == 401)
            m_api.reset();
        return reply;
    }

private:
    QString connectApi(const QString &dataDir, const QString &workspaceId)
    {
        m_notSignedIn = false;
        auto cache = LocalCache::open(LocalCache::pathIn(dataDir));
        if (!cache)
            return cache.error().toString();
        auto q = (*cache)->exec(
            QStringLiteral("SELECT p.id, p.server_url, p.name FROM profiles p "
                           "LEFT JOIN workspaces w ON w.profile_id = p.id AND w.id = ? "
                           "ORDER BY w.id IS NULL, p.name LIMIT 1"),
            {workspaceId});
        if (!q || !q->next()) {
            m_notSignedIn = true;
            return RemoteSession::tr("This site is not connected to a server: sign in first.");
        }
        CredentialStore creds(dataDir);
        auto token = creds.load(q->value(0).toString());
        if (!token || token->isEmpty()) {
            m_notSignedIn = true;
            return RemoteSession::tr("Not signed in to %1.").arg(q->value(2).toString());
        }
        m_api = std::make_unique<ApiClient>(QUrl(q->value(1).toString()), *token);
        return {};
    }

    std::unique_ptr<ApiClient> m_api;
    bool m_notSignedIn = false; // why the last connectApi failed
    QList<std::function<void()>> m_jobs;
    bool m_busy = false;
};

RemoteSession::RemoteSession(QString dataDir, QString workspaceId, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_workspaceId(std::move(workspaceId))
    , m_thread(new QThread(this))
    , m_worker(new RemoteWorker)
{
    m_thread->setObjectName(QStringLiteral("remote-session"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

RemoteSession::~RemoteSession()
{
    // The request running now finishes; queued ones are dropped, and answers posted to this
    // object are discarded with it.
    m_thread->quit();
    m_thread->wait();
}

void RemoteSession::request(const QByteArray &method, const QString &path, const QCborMap &body,
                            Callback done, QObject *context)
{
    ++m_inFlight;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto *worker = static_cast<RemoteWorker *>(m_worker);
    std::function<void()> job = [this, worker, dataDir = m_dataDir, workspaceId = m_workspaceId,
                                 method, path, body, guard, hasContext, done = std::move(done)] {
        HttpReply reply = worker->run(dataDir, workspaceId, method, path, body);
        QMetaObject::invokeMethod(this, [this, reply, guard, hasContext, done] {
            --m_inFlight;
            if (!hasContext || guard)
                done(reply);
            if (m_inFlight == 0)
                emit idle();
        });
    };
    QMetaObject::invokeMethod(worker, [worker, job] { worker->enqueue(job); });
}

bool RemoteSession::waitIdle(int timeoutMs)
{
    if (m_inFlight == 0)
        return true;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connect(this, &RemoteSession::idle, &loop, &QEventLoop::quit);
    loop.exec();
    return m_inFlight == 0;
}

} // namespace ss::sync
