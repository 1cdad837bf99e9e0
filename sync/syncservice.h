#pragma once

#include "syncengine.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace ss::sync {

// Runs syncs of a data dir on a worker thread with its own cache connection and network access,
// so the UI thread never waits on the network or on the cache writes of a sync. One sync at a
// time; a request while one runs is remembered and run afterwards.
class SyncService : public QObject
{
    Q_OBJECT
public:
    explicit SyncService(QString dataDir, QObject *parent = nullptr);
    ~SyncService() override;

    // Returns at once with a ticket; requestFinished(ticket, …) and finished() follow. Without
    // options.readAsset, assets are read from the data dir's asset store (publishing uploads the
    // ones the server lacks).
    int requestSync(const QString &profileName, const SyncEngine::Options &options = {});
    bool isRunning() const { return m_running; }
    const QString &dataDir() const { return m_dataDir; }
    // The thread the last sync ran on (for tests).
    QThread *lastWorkerThread() const { return m_lastThread.load(); }

signals:
    void started(const QString &profileName);
    // The running sync's steps (SyncEngine::Options::progress), queued to this object's thread.
    void progress(const QString &profileName, ss::sync::SyncEngine::Step step,
                  const QString &detail);
    void finished(const QString &profileName, const ss::sync::SyncReport &report,
                  const QString &error);
    // The same, for the request with this ticket (emitted just before finished()).
    void requestFinished(int ticket, const ss::sync::SyncReport &report, const QString &error);

private:
    void startNext();

    QString m_dataDir;
    QThread *m_thread;
    QObject *m_worker;
    bool m_running = false;
    struct Request
    {
        int ticket;
        QString profileName;
        SyncEngine::Options options;
    };
    QList<Request> m_queue;
    int m_nextTicket = 1;
    std::atomic<QThread *> m_lastThread{nullptr};
};

} // namespace ss::sync

Q_DECLARE_METATYPE(ss::sync::SyncReport)
Q_DECLARE_METATYPE(ss::sync::SyncEngine::Step)
