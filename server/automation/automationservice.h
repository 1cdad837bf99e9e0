#pragma once

// sitehostd's automation runtime (issue 6, "Where rules run"): one dedicated thread with its own
// database connection runs schedule rules (ticking on UTC minute boundaries: a single-shot timer
// re-armed to Scheduler::msUntilNextTick(), never one long timer) and the rules server events
// trigger. Events are queued to the thread; the API never runs a rule inside a request.

#include "automation.h"
#include "scheduler.h"

#include <QCborArray>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace ss::server {

struct ServerConfig;

class AutomationService
{
public:
    struct Options
    {
        bool scheduler = true;      // --no-scheduler: no ticks (events still run)
        qint64 clockOffsetSecs = 0; // test hook: the scheduler's clock runs this far ahead
    };

    AutomationService(const ServerConfig &config, Options options);
    ~AutomationService(); // stops the thread

    void start();
    void stop();

    // Thread-safe: queues an event of the account for the automation thread.
    void post(const QString &accountId, automation::Event event);

    // Test hook (--automation-test-hooks): moves the scheduler's clock `advanceSecs` ahead, runs a
    // tick on the automation thread and waits for it (and for the events queued before it);
    // returns the runs the tick recorded, as the runs API shows them.
    QCborArray tickNow(qint64 advanceSecs);

    // For /metrics: events and ticks waiting on the automation thread, and how late the last
    // tick ran after its UTC minute boundary (seconds).
    int queueDepth() const { return m_queueDepth.load(std::memory_order_relaxed); }
    double schedulerLagSeconds() const
    {
        return double(m_lagMs.load(std::memory_order_relaxed)) / 1000.0;
    }

    struct Worker; // lives on the automation thread (automationservice.cpp)

private:
    const ServerConfig &m_config;
    Options m_options;
    QThread *m_thread = nullptr;
    std::atomic<int> m_queueDepth{0};
    std::atomic<qint64> m_lagMs{0};
    std::unique_ptr<Worker> m_worker;
};

} // namespace ss::server
