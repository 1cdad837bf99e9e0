#pragma once

#include "scheduler.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace ss {
class LocalCache;
}

namespace ss::sync {

// Runs the desktop side of automation rules while the app is open (ARCHITECTURE §6): export to a
// local folder, sync the site, desktop notifications. Schedule rules tick on UTC minute
// boundaries like sitehostd's scheduler; events the app itself sees (a sync conflict, a publish
// from this app) are dispatched by the app. Server actions in the same rule are left to sitehostd
// (the trace says so). Runs go to the cache's automation_runs (slots "desktop:…", so they never
// collide with the server's) and are queued for the server ("record-run") so every device shows
// the same history.
class DesktopRunner : public QObject
{
    Q_OBJECT
public:
    struct Hooks
    {
        // Writes the site as static HTML to folder; returns a summary or an error.
        std::function<Result<QString>(const QString &workspaceId, const QString &folder)>
            exportSite;
        // Starts a sync of the site's profile; returns a summary or an error.
        std::function<Result<QString>(const QString &workspaceId)> syncSite;
    };

    DesktopRunner(LocalCache &cache, Hooks hooks, const automation::Clock *clock = nullptr,
                  QObject *parent = nullptr);
    ~DesktopRunner() override;

    // Ticks once the event loop runs, then on every UTC minute (the timer is re-armed to the next
    // minute boundary after each tick).
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    // One scheduler tick over the active rules with desktop actions (public for tests).
    QList<automation::RunRecord> tick();
    // Rules triggered by an event the app observed.
    QList<automation::RunRecord> dispatch(const automation::Event &event);

    // The rules the runner considers: active, valid, with a desktop action or a notification.
    QList<automation::Rule> desktopRules() const;

signals:
    void notification(const QString &ruleName, const QString &message);
    void runsRecorded(const QStringList &ruleIds);

private:
    class Executor;
    QList<automation::RunRecord> recorded(QList<automation::RunRecord> runs);

    LocalCache &m_cache;
    Hooks m_hooks;
    automation::SystemClock m_systemClock;
    const automation::Clock &m_clock;
    std::unique_ptr<Executor> m_executor;
    std::unique_ptr<automation::SqlRunStore> m_store;
    std::unique_ptr<automation::Scheduler> m_scheduler;
    QTimer m_timer;
};

} // namespace ss::sync
