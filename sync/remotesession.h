#pragma once

#include "apiclient.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QThread;

namespace ss::sync {

// Interactive API calls of the desktop app (revisions, deployments, domains, rollback): requests
// for the profile a site belongs to, run one after another on a worker thread with their own
// network access, answered on the thread that owns the session. The UI never waits on the
// network and never spins a nested event loop.
//
// The profile is the site's (workspaces.profile_id), or the first profile when the site has not
// been synced yet. Without a profile or a login, requests answer status 0 with networkError
// saying so.
class RemoteSession : public QObject
{
    Q_OBJECT
public:
    RemoteSession(QString dataDir, QString workspaceId, QObject *parent = nullptr);
    ~RemoteSession() override;

    using Callback = std::function<void(const HttpReply &reply)>;
    // `done` runs on this object's thread, unless `context` (when given) was destroyed first.
    // A body is sent as JSON when it is not empty or the method is not GET/DELETE.
    void request(const QByteArray &method, const QString &path, const QCborMap &body, Callback done,
                 QObject *context = nullptr);
    void get(const QString &path, Callback done, QObject *context = nullptr)
    {
        request("GET", path, {}, std::move(done), context);
    }

    int inFlight() const { return m_inFlight; }
    // Blocks with a local event loop until every request answered or `timeoutMs` passed (tests).
    bool waitIdle(int timeoutMs = 30000);

signals:
    void idle();

private:
    QString m_dataDir;
    QString m_workspaceId;
    QThread *m_thread;
    QObject *m_worker;
    int m_inFlight = 0;
};

} // namespace ss::sync
