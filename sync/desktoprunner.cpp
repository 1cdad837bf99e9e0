#include "desktoprunner.h"

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
    // The owner (Rule::accountId) is the connection profile: an account-wide rule's own, a site
    // rule's site's.
    auto q = m_cache.exec(QStringLiteral(
        "SELECT r.id, COALESCE(r.workspace_id, ''), r.is_active, r.rule_json, r.updated_at, "
        "COALESCE(r.profile_id, w.profile_id, '') FROM automation_rules r LEFT JOIN workspaces w "
        "ON w.id = r.workspace_id WHERE r.is_active = 1"));
    while (q && q->next()) {
        auto body = json::parse(q->value(3).toString().toUtf8());
        if (!body || !body->isMap())
            continue;
        QCborMap m = body->toMap();
        m.insert(QStringLiteral("id"), q->value(0).toString());
        m.insert(QStringLiteral("workspace_id"), q->value(1).toString());
        m.insert(QStringLiteral("is_active"), q->value(2).toInt() == 1);
        // When it was saved: the scheduler starts a new or edited rule there.
        if (!m.contains(QStringLiteral("updated_at")))
            m.insert(QStringLiteral("updated_at"), q->value(4).toString());
        // Saved rules: admin actions were allowed (or refused) by the server.
        auto rule = Rule::fromJson(m, Rule::ParseOptions{true});
        if (!rule) {
            qCWarning(lcRunner) << "automation rule" << q->value(0).toString()
                                << "is invalid:" << rule.error().toString();
            continue;
        }
        rule->workspaceId = q->value(1).toString();
        rule->accountId = q->value(5).toString();
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
        QCborMap body;
        body.insert(QStringLiteral("id"), run.id);
        body.insert(QStringLiteral("slot"), run.slot);
        body.insert(QStringLiteral("scheduled_at"), run.scheduledAt);
        body.insert(QStringLiteral("day_key"), run.dayKey);
        body.insert(QStringLiteral("status"), run.status);
        body.insert(QStringLiteral("reason"), run.reason);
        body.insert(QStringLiteral("executed_at"), run.executedAt);
        body.insert(QStringLiteral("trace"), run.trace);
        QCborMap op;
        op.insert(QStringLiteral("op"), QStringLiteral("record-run"));
        op.insert(QStringLiteral("run"), body);
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
