#include "automationservice.h"

#include "json.h"
#include "logging.h"
#include "scheduler.h"
#include "serveractions.h"
#include "serverconfig.h"
#include "serverevents.h"
#include "storage/serverdatabase.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <deque>
#include <functional>
#include <future>

namespace ss::server {

namespace {

// UTC wall time, optionally shifted (the test hook moves it ahead to reach the next slots).
class OffsetClock : public automation::Clock
{
public:
    qint64 nowSecs() const override { return m_system.nowSecs() + offset.load(); }
    std::atomic<qint64> offset{0};

private:
    automation::SystemClock m_system;
};

} // namespace

struct AutomationService::Worker
{
    Worker(const ServerConfig &c, Options o, std::atomic<int> &depth, std::atomic<qint64> &lag)
        : config(c)
        , options(o)
        , queueDepth(depth)
        , lagMs(lag)
    {
        clock.offset = o.clockOffsetSecs;
    }

    const ServerConfig &config;
    Options options;
    std::atomic<int> &queueDepth; // the service's, for /metrics
    std::atomic<qint64> &lagMs;
    OffsetClock clock;
    QObject context; // lives on the automation thread: the target of queued calls

    // Created on the automation thread (init), destroyed there (cleanup).
    ServerDatabase *db = nullptr;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<automation::SqlRunStore> store;
    std::unique_ptr<ServerActionExecutor> executor;
    std::unique_ptr<automation::Scheduler> scheduler;
    std::unique_ptr<QTimer> timer;

    // Work runs one item at a time: a webhook waits in a nested event loop, and queued calls that
    // arrive meanwhile only join the queue.
    std::deque<std::function<void()>> queue;
    bool processing = false;
    bool stopping = false;
    qint64 rulesSeq = -1;
    qint64 boundaryMs = 0; // the minute boundary the armed timer is for
    int ruleCount = 0;

    void init()
    {
        auto dbr = ServerDatabase::forThisThread(config.database);
        if (!dbr) {
            qCWarning(lcAutomation).noquote() << "automation: no database connection (retrying "
                                                 "in 10 s):"
                                              << dbr.error().toString();
            if (!stopping)
                QTimer::singleShot(10000, &context, [this] { init(); });
            return;
        }
        db = *dbr;
        network = std::make_unique<QNetworkAccessManager>();
        store = std::make_unique<automation::SqlRunStore>(db->sql());
        executor = std::make_unique<ServerActionExecutor>(*db, config, network.get());
        scheduler = std::make_unique<automation::Scheduler>(*store, *executor, clock);
        scheduler->setGate([this](const automation::Rule &rule, const automation::Event &event) {
            return gate(rule, event);
        });
        // Schedule events carry the account's plan (only the host knows it).
        scheduler->setScheduleEventHook(
            [this](const automation::Rule &rule, automation::Event &event) {
                event.payload.insert(QStringLiteral("account_tier"), accountTier(rule));
            });
        reloadRules();
        if (options.scheduler) {
            timer = std::make_unique<QTimer>();
            timer->setSingleShot(true);
            timer->setTimerType(Qt::PreciseTimer);
            QObject::connect(timer.get(), &QTimer::timeout, &context, [this] {
                enqueue([this] {
                    // How late this tick runs after its UTC minute boundary (a busy automation
                    // thread, a slow database): /metrics' scheduler lag.
                    lagMs.store(
                        std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch() - boundaryMs),
                        std::memory_order_relaxed);
                    tick();
                    arm();
                });
            });
            // The first tick at once: slots missed while the server was down (missed_runs).
            enqueue([this] {
                tick();
                arm();
            });
        }
    }

    void cleanup()
    {
        timer.reset();
        scheduler.reset();
        executor.reset();
        store.reset();
        network.reset();
        db = nullptr;
    }

    void arm()
    {
        if (!timer || stopping)
            return;
        // Re-armed every time to the next UTC minute boundary (+ a little, to land after it): a
        // sleeping machine or a clock change only makes the next tick see more or fewer slots.
        const qint64 untilBoundary = scheduler->msUntilNextTick();
        boundaryMs = QDateTime::currentMSecsSinceEpoch() + untilBoundary;
        timer->start(int(qBound<qint64>(qint64(1), untilBoundary + 20, qint64(61000))));
    }

    void enqueue(std::function<void()> item)
    {
        queue.push_back(std::move(item));
        queueDepth.store(int(queue.size()), std::memory_order_relaxed);
        process();
    }

    void process()
    {
        if (processing)
            return;
        processing = true;
        while (!queue.empty() && !stopping) {
            auto item = std::move(queue.front());
            queue.pop_front();
            queueDepth.store(int(queue.size()), std::memory_order_relaxed);
            if (scheduler)
                item();
        }
        processing = false;
        if (stopping)
            finish();
    }

    void finish()
    {
        queue.clear();
        cleanup();
        QThread::currentThread()->quit();
    }

    // Rules are reloaded when the change feed has recorded a rule or workspace change since the
    // last load: one indexed MAX() per tick / event instead of re-reading every rule.
    void reloadRules()
    {
        auto q = db->exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes WHERE "
                                         "entity_type IN ('rule', 'workspace')"));
        const qint64 seq = q && q->next() ? q->value(0).toLongLong() : -2;
        if (seq == rulesSeq && seq >= 0)
            return;
        QElapsedTimer t;
        t.start();
        auto r = db->exec(QStringLiteral(
            "SELECT id, workspace_id, rule, updated_at, account_id, created_at FROM rules "
            "ORDER BY id"));
        if (!r) {
            qCWarning(lcAutomation).noquote()
                << "automation: cannot read rules:" << r.error().toString();
            return;
        }
        QList<automation::Rule> rules;
        while (r->next()) {
            auto parsed = json::parse(r->value(2).toString().toUtf8());
            QCborMap json = parsed && parsed->isMap() ? parsed->toMap() : QCborMap();
            // With its bookkeeping: the scheduler starts an edited rule's slots at updated_at.
            json.insert(QStringLiteral("id"), r->value(0).toString());
            json.insert(QStringLiteral("workspace_id"), r->value(1).toString());
            json.insert(QStringLiteral("updated_at"), r->value(3).toString());
            // Events that happened before the rule existed do not reach it (Scheduler::dispatch).
            json.insert(QStringLiteral("created_at"), r->value(5).toString());
            // Every rule has its account (site rules too): one scheduler holds all accounts'
            // rules, and account-wide ones match only their account's events.
            json.insert(QStringLiteral("account_id"), r->value(4).toString());
            // Validated when saved (admin-only actions by an admin; set_tier re-checks).
            auto rule = parsed && parsed->isMap()
                            ? automation::Rule::fromJson(json, {.allowAdminActions = true})
                            : Result<automation::Rule>(fail(QStringLiteral("not a JSON object")));
            if (!rule) {
                qCWarning(lcAutomation).noquote() << "automation: rule" << r->value(0).toString()
                                                  << "is not runnable:" << rule.error().toString();
                continue;
            }
            rule->id = r->value(0).toString();
            rule->workspaceId = r->value(1).toString();
            rule->accountId = r->value(4).toString();
            rules.append(std::move(*rule));
        }
        ruleCount = int(rules.size());
        scheduler->setRules(std::move(rules));
        rulesSeq = seq;
        qCDebug(lcAutomation) << "automation: loaded" << ruleCount << "rules in" << t.elapsed()
                              << "ms";
    }

    // The plan of the rule's account (schedule events' account_tier).
    QString accountTier(const automation::Rule &rule)
    {
        QString accountId = rule.accountId;
        if (accountId.isEmpty())
            accountId = workspaceAccount(*db, rule.workspaceId);
        auto q = db->exec(QStringLiteral("SELECT tier FROM accounts WHERE id = ?"), {accountId});
        return q && q->next() ? q->value(0).toString() : QString();
    }

    QList<automation::RunRecord> tick()
    {
        reloadRules();
        // Events raised outside a request (sitehostd set-tier in another process).
        for (PendingEvent &e : drainStoredEvents(*db))
            dispatch(e.accountId, std::move(e.event));
        QList<automation::RunRecord> runs = scheduler->tick();
        if (!runs.isEmpty())
            qCInfo(lcAutomation) << "automation: tick recorded" << runs.size() << "run(s)";
        return runs;
    }

    void dispatch(const QString &accountId, automation::Event event)
    {
        reloadRules();
        if (event.accountId.isEmpty())
            event.accountId = accountId; // never without one: account-wide rules go by it
        const QList<automation::RunRecord> runs = scheduler->dispatch(event);
        if (!runs.isEmpty())
            qCInfo(lcAutomation).noquote() << "automation:" << event.type << "of account"
                                           << accountId << "->" << runs.size() << "run(s)";
    }

    // The plan's daily executions (ARCHITECTURE §1.6), counted per UTC day over all the account's
    // rules (the rule's own max_executions_per_day uses its time zone; the plan's is simpler).
    // The account is the rule's (account-wide schedule runs have no site to look it up by).
    QString gate(const automation::Rule &rule, const automation::Event &)
    {
        QString accountId = rule.accountId;
        if (!rule.workspaceId.isEmpty()) {
            auto w = db->exec(QStringLiteral("SELECT account_id FROM workspaces WHERE id = ?"),
                              {rule.workspaceId});
            if (!w || !w->next())
                return QStringLiteral("the rule's site no longer exists");
            accountId = w->value(0).toString();
        }
        auto q = db->exec(QStringLiteral("SELECT tier FROM accounts WHERE id = ?"), {accountId});
        if (!q || !q->next())
            return QStringLiteral("the rule's account no longer exists");
        const QString tier = q->value(0).toString();
        const PlanLimits *plan = PlanLimits::forTier(tier);
        if (!plan)
            return {};
        if (accountExecutionsOnUtcDay(*db, accountId, clock.nowSecs()) >= plan->dailyExecutions)
            return QStringLiteral("plan limit: the %1 plan allows %2 rule executions per day (UTC)")
                .arg(tier)
                .arg(plan->dailyExecutions);
        return {};
    }
};

AutomationService::AutomationService(const ServerConfig &config, Options options)
    : m_config(config)
    , m_options(options)
    , m_worker(std::make_unique<Worker>(config, options, m_queueDepth, m_lagMs))
{}

AutomationService::~AutomationService()
{
    stop();
}

void AutomationService::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("automation"));
    m_worker->context.moveToThread(m_thread);
    m_thread->start();
    Worker *w = m_worker.get();
    QMetaObject::invokeMethod(
        &w->context, [w] { w->init(); }, Qt::QueuedConnection);
}

void AutomationService::stop()
{
    if (!m_thread)
        return;
    Worker *w = m_worker.get();
    QMetaObject::invokeMethod(
        &w->context,
        [w] {
            w->stopping = true;
            if (w->timer)
                w->timer->stop();
            if (w->executor)
                w->executor->cancel(); // a webhook waiting in a nested loop gives up
            if (!w->processing)
                w->finish();
            // else: process() finishes when the current item returns
        },
        Qt::QueuedConnection);
    if (!m_thread->wait(30000)) {
        // Still in an action (a database lock?): leave the thread to the process's exit rather
        // than destroy it running.
        qCWarning(lcAutomation) << "automation: the thread did not stop in 30 s";
        m_thread = nullptr;
        return;
    }
    delete m_thread;
    m_thread = nullptr;
}

void AutomationService::post(const QString &accountId, automation::Event event)
{
    if (!m_thread)
        return;
    Worker *w = m_worker.get();
    QMetaObject::invokeMethod(
        &w->context,
        [w, accountId, event = std::move(event)] {
            w->enqueue([w, accountId, event] { w->dispatch(accountId, event); });
        },
        Qt::QueuedConnection);
}

QCborArray AutomationService::tickNow(qint64 advanceSecs)
{
    if (!m_thread)
        return {};
    Worker *w = m_worker.get();
    auto promise = std::make_shared<std::promise<QCborArray>>();
    std::future<QCborArray> result = promise->get_future();
    QMetaObject::invokeMethod(
        &w->context,
        [w, promise, advanceSecs] {
            w->enqueue([w, promise, advanceSecs] {
                w->clock.offset += advanceSecs;
                QCborArray out;
                for (automation::RunRecord r : w->tick()) {
                    r.origin = QStringLiteral("server");
                    out.append(r.toJson());
                }
                promise->set_value(out);
            });
        },
        Qt::QueuedConnection);
    if (result.wait_for(std::chrono::seconds(120)) != std::future_status::ready)
        return {};
    try {
        return result.get();
    } catch (const std::future_error &) { // stopped before the tick ran
        return {};
    }
}

} // namespace ss::server
