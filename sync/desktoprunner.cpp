#include "desktoprunner.h"

#include "automationstore.h"
#include "dryrunexecutor.h"
#include "json.h"
#include "localcache.h"
#include "logging.h"

#include <QDateTime>
#include <QUuid>

namespace ss::sync {

Q_LOGGING_CATEGORY(lcRunner, "sitestudio.automation.desktop", QtInfoMsg)

using namespace ss::automation;

class DesktopRunner::Executor : public ActionExecutor
{
public:
    explicit Executor(DesktopRunner &runner)
        : m_runner(runner)
    {}

    ActionResult execute(const Rule &rule, const Action &action, const Event &event,
                         bool dryRun) override
    {
        ActionResult r;
        if (dryRun) {
            r.message = DescribingExecutor::describe(action);
            return r;
        }
        const QString &t = action.type;
        const QString site = event.workspaceId.isEmpty() ? rule.workspaceId : event.workspaceId;
        if (t == QLatin1String("export_static")) {
            const QString folder = action.params.value(QStringLiteral("folder")).toString();
            auto done = m_runner.m_hooks.exportSite
                            ? m_runner.m_hooks.exportSite(site, folder)
                            : Result<QString>(fail(QStringLiteral("export is not available")));
            r.ok = bool(done);
            r.message = done ? *done : done.error().toString();
            r.output.insert(QStringLiteral("folder"), folder);
        } else if (t == QLatin1String("sync_workspace")) {
            auto done = m_runner.m_hooks.syncSite
                            ? m_runner.m_hooks.syncSite(site)
                            : Result<QString>(fail(QStringLiteral("sync is not available")));
            r.ok = bool(done);
            r.message = done ? *done : done.error().toString();
        } else if (t == QLatin1String("notify")) {
            const QString message = action.params.value(QStringLiteral("message")).toString();
            emit m_runner.notification(rule.name, message);
            r.message = QStringLiteral("shown: %1").arg(message);
        } else {
            r.message = QStringLiteral("runs on sitehostd");
        }
        return r;
    }

private:
    DesktopRunner &m_runner;
};

DesktopRunner::DesktopRunner(LocalCache &cache, Hooks hooks, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_hooks(std::move(hooks))
    , m_clock(clock ? *clock : m_systemClock)
    , m_executor(std::make_unique<Executor>(*this))
    , m_store(std::make_unique<SqlRunStore>(cache.sql(), QStringLiteral("desktop")))
    , m_scheduler(std::make_unique<Scheduler>(*m_store, *m_executor, m_clock))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        tick();
        m_timer.start(int(m_scheduler->msUntilNextTick()));
    });
}

DesktopRunner::~DesktopRunner() = default;

void DesktopRunner::start()
{
    // A first tick as soon as the event loop runs (it catches up what was missed while the app
    // was closed, per rule policy, without delaying the first window), then on every UTC minute.
    m_timer.start(0);
}

void DesktopRunner::stop()
{
    m_timer.stop();
}

QList<Rule> DesktopRunner::desktopRules() const
{
    QList<Rule> out;
    const AutomationStore store(m_cache);
    auto stored = store.rules(); // every site's and every profile's account-wide rules
    if (!stored) {
        qCWarning(lcRunner) << "cannot read the automation rules:" << stored.error().toString();
        return out;
    }
    for (const StoredRule &s : *stored) {
        if (!s.isActive)
            continue;
        // Owner = the connection profile; saved rules' admin actions were the server's to judge.
        auto rule = store.engineRule(s);
        if (!rule) {
            qCWarning(lcRunner) << "automation rule" << s.id
                                << "is invalid:" << rule.error().toString();
            continue;
        }
        bool desktop = rule->hasDesktopActions();
        for (const Action &a : rule->actions)
            desktop = desktop || a.type == QLatin1String("notify");
        if (desktop)
            out << *rule;
    }
    return out;
}

QList<RunRecord> DesktopRunner::tick()
{
    m_scheduler->setRules(desktopRules());
    return recorded(m_scheduler->tick());
}

QList<RunRecord> DesktopRunner::dispatch(const Event &event)
{
    m_scheduler->setRules(desktopRules());
    // Whose site it is: account-wide rules see the events of their profile's sites.
    Event e = event;
    if (e.accountId.isEmpty() && !e.workspaceId.isEmpty())
        if (auto q = m_cache.exec(QStringLiteral("SELECT COALESCE(profile_id, '') FROM "
                                                 "workspaces WHERE id = ?"),
                                  {e.workspaceId});
            q && q->next())
            e.accountId = q->value(0).toString();
    return recorded(m_scheduler->dispatch(e));
}

// Queues each finished run for the server so the history is shared (the outbox keeps it until
// the server is reachable).
QList<RunRecord> DesktopRunner::recorded(QList<RunRecord> runs)
{
    QStringList rules;
    for (const RunRecord &run : runs) {
        RunRecord desktop = run;
        desktop.origin = QStringLiteral("desktop"); // the only origin the server records
        QCborMap op;
        op.insert(QStringLiteral("op"), QStringLiteral("record-run"));
        op.insert(QStringLiteral("run"), desktop.toJson());
        if (auto e = m_cache.exec(QStringLiteral("INSERT INTO outbox (op_id, entity_type, "
                                                 "entity_id, op_json, created_at) VALUES (?, "
                                                 "'rule', ?, ?, ?)"),
                                  {QUuid::createUuid().toString(QUuid::WithoutBraces), run.ruleId,
                                   QString::fromUtf8(json::write(op)),
                                   QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
            !e)
            qCWarning(lcRunner) << "cannot queue the run for the server:" << e.error().toString();
        if (!rules.contains(run.ruleId))
            rules << run.ruleId;
    }
    if (!rules.isEmpty())
        emit runsRecorded(rules);
    return runs;
}

} // namespace ss::sync
