#include "scheduler.h"

#include "json.h"
#include "logging.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace ss::automation {

namespace {

const QString kRunning = QStringLiteral("running");
const QString kQueued = QStringLiteral("queued");
const QString kSkipped = QStringLiteral("skipped");
const QString kQueuedEvent = QStringLiteral("queued_event");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString isoUtc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

QString slotKey(qint64 secs)
{
    return isoUtc(secs);
}

// The payload of the "schedule" event type (models/automation.cpp): the common fields the
// scheduler knows (account_tier is the host's, see Scheduler::setScheduleEventHook) and the slot.
Event makeScheduleEvent(const Rule &rule, qint64 slot)
{
    Event e;
    e.type = QStringLiteral("schedule");
    e.workspaceId = rule.workspaceId;
    e.accountId = rule.accountId;
    e.slot = slot;
    e.id = slotKey(slot);
    e.payload.insert(QStringLiteral("workspace_id"), text(rule.workspaceId));
    e.payload.insert(QStringLiteral("occurred_at"), isoUtc(slot));
    e.payload.insert(QStringLiteral("slot"), isoUtc(slot));
    if (rule.schedule) {
        e.payload.insert(QStringLiteral("cron"), rule.schedule->expression());
        e.payload.insert(QStringLiteral("timezone"), rule.schedule->timeZoneId());
    }
    return e;
}

int modeLimit(const Rule &rule)
{
    return rule.mode == Mode::Parallel ? std::max(1, rule.maxParallel) : 1;
}

template<typename T>
bool check(const Result<T> &r, const char *what)
{
    if (!r)
        qCWarning(lcAutomation) << what << "failed:" << r.error().toString();
    return bool(r);
}

} // namespace

// ---- Clock --------------------------------------------------------------------------------

qint64 SystemClock::nowSecs() const
{
    return QDateTime::currentSecsSinceEpoch();
}

qint64 SystemClock::nowMSecs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

// ---- SqlRunStore --------------------------------------------------------------------------

QString SqlRunStore::columns()
{
    return QStringLiteral("id, rule_id, slot, scheduled_at, day_key, status, reason, executed_at, "
                          "trace_json, origin");
}

RunRecord SqlRunStore::fromRow(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toString();
    r.ruleId = q.value(1).toString();
    r.slot = q.value(2).toString();
    r.scheduledAt = q.value(3).toLongLong();
    r.dayKey = q.value(4).toString();
    r.status = q.value(5).toString();
    r.reason = q.value(6).toString();
    r.executedAt = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    if (auto t = json::parse(q.value(8).toString().toUtf8()); t && t->isMap())
        r.trace = t->toMap();
    r.origin = q.value(9).toString();
    return r;
}

SqlRunStore::SqlRunStore(SqlConnection &db, QString origin)
    : m_db(db)
    , m_origin(std::move(origin))
{}

QString SqlRunStore::schemaSql()
{
    return QStringLiteral(
        "CREATE TABLE automation_runs ("
        "id TEXT PRIMARY KEY, rule_id TEXT NOT NULL, slot TEXT NOT NULL, "
        "scheduled_at BIGINT NOT NULL, day_key TEXT NOT NULL, status TEXT NOT NULL, "
        "reason TEXT NOT NULL DEFAULT '', executed_at BIGINT, "
        "trace_json TEXT NOT NULL DEFAULT '{}', origin TEXT NOT NULL DEFAULT 'server', "
        "UNIQUE (rule_id, slot));\n"
        "CREATE INDEX automation_runs_day ON automation_runs(rule_id, day_key);\n"
        "CREATE TABLE automation_cursors (rule_id TEXT PRIMARY KEY, slot BIGINT NOT NULL);\n");
}

namespace {

QVariant executedAtValue(qint64 secs)
{
    return secs > 0 ? QVariant(secs) : QVariant(QMetaType::fromType<qlonglong>());
}

QString traceText(const QCborMap &trace)
{
    return QString::fromUtf8(json::write(trace));
}

} // namespace

Result<bool> SqlRunStore::claim(RunRecord &run)
{
    if (run.id.isEmpty())
        run.id = newId();
    const QString prefix = m_origin + QLatin1Char(':');
    if (m_origin != QLatin1String("server") && !run.slot.startsWith(prefix))
        run.slot.prepend(prefix);
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO automation_runs (id, rule_id, slot, scheduled_at, day_key, "
                       "status, reason, executed_at, trace_json, origin) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (rule_id, slot) DO NOTHING"),
        {run.id, text(run.ruleId), text(run.slot), run.scheduledAt, text(run.dayKey),
         text(run.status), text(run.reason), executedAtValue(run.executedAt), traceText(run.trace),
         m_origin});
    if (!q)
        return std::unexpected(q.error());
    return q->numRowsAffected() == 1;
}

Result<void> SqlRunStore::update(const RunRecord &run)
{
    auto q = m_db.exec(QStringLiteral("UPDATE automation_runs SET status = ?, reason = ?, "
                                      "executed_at = ?, trace_json = ?, day_key = ? WHERE id = ?"),
                       {text(run.status), text(run.reason), executedAtValue(run.executedAt),
                        traceText(run.trace), text(run.dayKey), run.id});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(QStringLiteral("no run %1").arg(run.id), QStringLiteral("automation_runs"));
    return {};
}

Result<int> SqlRunStore::countForDay(const QString &ruleId, const QString &dayKey)
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM automation_runs WHERE rule_id = ? AND "
                                      "day_key = ? AND origin = ? AND status IN ('queued', "
                                      "'running', 'succeeded', 'failed')"),
                       {ruleId, dayKey, m_origin});
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Result<int> SqlRunStore::countRunning(const QString &ruleId)
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM automation_runs WHERE rule_id = ? AND "
                                      "origin = ? AND status = 'running'"),
                       {ruleId, m_origin});
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Result<std::optional<RunRecord>> SqlRunStore::nextQueued(const QString &ruleId)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM automation_runs WHERE rule_id = ? AND "
                                      "origin = ? AND status = 'queued' ORDER BY scheduled_at, id "
                                      "LIMIT 1")
                           .arg(SqlRunStore::columns()),
                       {ruleId, m_origin});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<RunRecord>();
    return std::optional<RunRecord>(SqlRunStore::fromRow(*q));
}

Result<bool> SqlRunStore::takeQueued(const QString &runId, qint64 startedAt)
{
    auto q = m_db.exec(QStringLiteral("UPDATE automation_runs SET status = 'running', "
                                      "executed_at = ? WHERE id = ? AND status = 'queued'"),
                       {startedAt, runId});
    if (!q)
        return std::unexpected(q.error());
    return q->numRowsAffected() == 1;
}

Result<int> SqlRunStore::failStale(qint64 startedBefore, const QString &reason)
{
    auto q = m_db.exec(QStringLiteral("UPDATE automation_runs SET status = 'failed', reason = ? "
                                      "WHERE status = 'running' AND origin = ? AND "
                                      "executed_at IS NOT NULL AND executed_at < ?"),
                       {text(reason), m_origin, startedBefore});
    if (!q)
        return std::unexpected(q.error());
    return q->numRowsAffected();
}

Result<std::optional<qint64>> SqlRunStore::cursor(const QString &ruleId)
{
    auto q = m_db.exec(QStringLiteral("SELECT slot FROM automation_cursors WHERE rule_id = ?"),
                       {ruleId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<void> SqlRunStore::setCursor(const QString &ruleId, qint64 slot)
{
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO automation_cursors (rule_id, slot) VALUES (?, ?) "
                                 "ON CONFLICT (rule_id) DO UPDATE SET slot = excluded.slot "
                                 "WHERE excluded.slot > automation_cursors.slot"),
                  {ruleId, slot});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<void> SqlRunStore::setCursors(const QList<std::pair<QString, qint64>> &cursors)
{
    return m_db.transaction([&]() -> Result<void> {
        for (const auto &[ruleId, slot] : cursors) {
            if (auto r = setCursor(ruleId, slot); !r)
                return r;
        }
        return {};
    });
}

Result<QList<RunRecord>> SqlRunStore::runs(const QString &ruleId, int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM automation_runs WHERE rule_id = ? "
                                      "ORDER BY scheduled_at DESC, executed_at DESC, id LIMIT ?")
                           .arg(SqlRunStore::columns()),
                       {ruleId, limit});
    if (!q)
        return std::unexpected(q.error());
    QList<RunRecord> out;
    while (q->next())
        out.append(SqlRunStore::fromRow(*q));
    return out;
}

// ---- Scheduler ----------------------------------------------------------------------------

Scheduler::Scheduler(RunStore &store, ActionExecutor &executor, const Clock &clock)
    : m_store(store)
    , m_executor(executor)
    , m_clock(clock)
{}

Scheduler::Spec Scheduler::specOf(const Rule &rule)
{
    Spec s;
    if (rule.schedule) {
        s.cron = rule.schedule->expression();
        s.zone = rule.schedule->timeZoneId();
    }
    s.active = rule.isActive;
    return s;
}

void Scheduler::setRules(QList<Rule> rules)
{
    const qint64 now = m_clock.nowSecs();
    QHash<QString, Spec> specs;
    for (const Rule &r : rules) {
        const Spec spec = specOf(r);
        specs.insert(r.id, spec);
        const auto old = m_specs.constFind(r.id);
        // A rule saved at 08:59:50 and first seen by the 09:00:02 tick must still run at 09:00:
        // when the rule says when it was saved, it starts there, but never earlier than the
        // on-time grace before now (a rule saved long ago and seen only now does not back-fill).
        const std::optional<qint64> updated = updatedAtOf(r);
        const qint64 since = updated ? std::clamp(*updated, now - onTimeGraceSecs, now) : now;
        if (old == m_specs.cend()) {
            if (!m_seenAt.contains(r.id))
                m_seenAt.insert(r.id, since);
            else
                m_editedAt.insert(r.id, now); // removed and back: nothing from the time between
        } else if (!(*old == spec)) {
            // A new schedule (or a re-enabled rule) starts at the edit: nothing from before it.
            m_editedAt.insert(r.id, std::max(since, m_editedAt.value(r.id, since)));
        }
    }
    m_specs = std::move(specs);
    m_index.setRules(std::move(rules));
}

// The rule's own "updated_at" (ISO 8601 from the server or the cache, or UTC seconds).
std::optional<qint64> Scheduler::updatedAtOf(const Rule &rule)
{
    const QCborValue updated = rule.json.value(QStringLiteral("updated_at"));
    if (updated.isString()) {
        const QDateTime t = QDateTime::fromString(updated.toString(), Qt::ISODateWithMs);
        if (t.isValid())
            return t.toSecsSinceEpoch();
    } else if (updated.isInteger()) {
        return qint64(updated.toInteger());
    }
    return std::nullopt;
}

qint64 Scheduler::floorFor(const Rule &rule, qint64 cursor) const
{
    qint64 floor = cursor;
    if (const auto updated = updatedAtOf(rule))
        floor = std::max(floor, *updated);
    if (auto it = m_editedAt.constFind(rule.id); it != m_editedAt.cend())
        floor = std::max(floor, *it);
    return floor;
}

Event Scheduler::scheduleEvent(const Rule &rule, qint64 slot) const
{
    Event e = makeScheduleEvent(rule, slot);
    if (m_scheduleEventHook)
        m_scheduleEventHook(rule, e);
    return e;
}

QList<RunRecord> Scheduler::tick()
{
    const qint64 now = m_clock.nowSecs();
    QList<RunRecord> out;
    if (auto stale = m_store.failStale(now - staleRunSecs,
                                       QStringLiteral("interrupted: still running %1 minutes "
                                                      "after it started (its scheduler stopped)")
                                           .arg(staleRunSecs / 60));
        check(stale, "failing interrupted runs") && *stale > 0)
        qCWarning(lcAutomation) << *stale << "interrupted runs marked failed";
    // Runs that waited for a running one that has finished since (in another process, or one
    // that crashed and was cleaned up).
    for (const Rule &rule : m_index.rules()) {
        if (rule.isActive && rule.mode != Mode::Single)
            drainQueue(rule, out);
    }
    QList<std::pair<QString, qint64>> newCursors;
    for (const Rule *rule : m_index.scheduled())
        handleSchedule(*rule, now, out, newCursors);
    if (!newCursors.isEmpty() && !check(m_store.setCursors(newCursors), "storing new cursors")) {
        for (const auto &c : std::as_const(newCursors))
            m_cursors.remove(c.first); // read (or started) again next tick
    }
    return out;
}

void Scheduler::handleSchedule(const Rule &rule, qint64 now, QList<RunRecord> &out,
                               QList<std::pair<QString, qint64>> &newCursors)
{
    if (!rule.schedule || !rule.isActive)
        return;
    const CronSchedule &cron = *rule.schedule;
    auto known = m_cursors.find(rule.id);
    if (known == m_cursors.end()) {
        auto stored = m_store.cursor(rule.id);
        if (!check(stored, "reading the cursor"))
            return;
        if (!*stored) {
            // First sight: start when setRules first saw the rule (no back-fill).
            const qint64 start = std::min(m_seenAt.value(rule.id, now), now);
            newCursors.append({rule.id, start});
            known = m_cursors.insert(rule.id, start);
        } else {
            known = m_cursors.insert(rule.id, **stored);
        }
    }
    qint64 floor = floorFor(rule, *known);
    const std::optional<qint64> newest = cron.previousBeforeSecs(now + 1);
    if (!newest || *newest <= floor)
        return;
    // Something is due: another scheduler on the same database may have handled it already.
    {
        auto stored = m_store.cursor(rule.id);
        if (!check(stored, "reading the cursor"))
            return;
        if (*stored && **stored > *known) {
            *known = **stored;
            floor = floorFor(rule, *known);
            if (*newest <= floor)
                return;
        }
    }

    const bool onTime = now - *newest <= onTimeGraceSecs;
    QList<qint64> toRun;
    std::optional<qint64> skippedSlot;
    QString skipReason;
    switch (rule.missedRuns) {
    case MissedRuns::Skip: {
        std::optional<qint64> newestMissed = newest;
        if (onTime) {
            toRun.append(*newest);
            newestMissed = cron.previousBeforeSecs(*newest);
        }
        if (newestMissed && *newestMissed > floor) {
            skippedSlot = newestMissed;
            skipReason = QStringLiteral("missed (the scheduler was not running); policy: skip");
        }
        break;
    }
    case MissedRuns::RunOnce:
        toRun.append(*newest);
        break;
    case MissedRuns::RunAll: {
        std::optional<qint64> s = newest;
        while (s && *s > floor && toRun.size() < maxRunAllSlots) {
            toRun.prepend(*s);
            s = cron.previousBeforeSecs(*s);
        }
        if (s && *s > floor) {
            skippedSlot = s;
            skipReason = QStringLiteral("missed (the scheduler was not running); policy: "
                                        "run_all catches up at most %1 slots, this one and "
                                        "older ones were not run")
                             .arg(maxRunAllSlots);
        }
        break;
    }
    }

    // A store error leaves the slot undecided: the cursor stays before it, the next tick retries.
    if (skippedSlot && !recordSkipped(rule, scheduleEvent(rule, *skippedSlot),
                                      slotKey(*skippedSlot), *skippedSlot, skipReason, out)) {
        return;
    }
    for (qint64 slot : std::as_const(toRun)) {
        if (!runSlot(rule, scheduleEvent(rule, slot), slotKey(slot), slot, out))
            return;
        // The cursor follows each slot, so a crash in a long catch-up loses no slot.
        if (slot > *known && check(m_store.setCursor(rule.id, slot), "storing the cursor"))
            *known = slot;
    }
    if (*newest > *known && check(m_store.setCursor(rule.id, *newest), "storing the cursor"))
        *known = *newest;
}

bool Scheduler::recordSkipped(const Rule &rule, const Event &event, const QString &slot,
                              qint64 scheduledAt, const QString &reason, QList<RunRecord> &out)
{
    const RunTrace trace = skipRun(rule, event, reason);
    RunRecord run;
    run.id = newId();
    run.ruleId = rule.id;
    run.slot = slot;
    run.scheduledAt = scheduledAt;
    run.dayKey = rule.dayKey(scheduledAt);
    run.status = kSkipped;
    run.reason = reason;
    run.trace = trace.toJson();
    auto claimed = m_store.claim(run);
    if (!check(claimed, "recording a skipped run"))
        return false;
    if (*claimed)
        out.append(run);
    return true;
}

bool Scheduler::runSlot(const Rule &rule, const Event &event, const QString &slot,
                        qint64 scheduledAt, QList<RunRecord> &out)
{
    const QString day = rule.dayKey(scheduledAt);
    QString skip;
    if (rule.maxExecutionsPerDay > 0) {
        auto count = m_store.countForDay(rule.id, day);
        if (!check(count, "counting the day's runs"))
            return false;
        if (*count >= rule.maxExecutionsPerDay)
            skip = QStringLiteral("daily cap of %1 reached for %2 (%3)")
                       .arg(rule.maxExecutionsPerDay)
                       .arg(day, rule.timeZone);
    }
    if (skip.isEmpty() && m_gate)
        skip = m_gate(rule, event);
    bool queue = false;
    if (skip.isEmpty()) {
        if (rule.mode == Mode::Single) {
            auto running = m_store.countRunning(rule.id);
            if (!check(running, "counting running runs"))
                return false;
            if (*running > 0)
                skip = QStringLiteral("already running");
        } else {
            drainQueue(rule, out); // older waiting runs go first
            auto running = m_store.countRunning(rule.id);
            auto waiting = m_store.nextQueued(rule.id);
            if (!check(running, "counting running runs") || !check(waiting, "reading the queue"))
                return false;
            queue = *running >= modeLimit(rule) || waiting->has_value();
        }
    }
    if (!skip.isEmpty()) {
        return recordSkipped(rule, event, slot, scheduledAt, skip, out);
    }

    RunRecord run;
    run.id = newId();
    run.ruleId = rule.id;
    run.slot = slot;
    run.scheduledAt = scheduledAt;
    run.dayKey = day;
    if (queue) {
        run.status = kQueued;
        run.trace.insert(kQueuedEvent, event.toJson());
        auto claimed = m_store.claim(run);
        if (!check(claimed, "queueing a run"))
            return false;
        if (*claimed)
            out.append(run);
        return true;
    }
    run.status = kRunning;
    run.executedAt = m_clock.nowSecs(); // started
    auto claimed = m_store.claim(run);
    if (!check(claimed, "claiming a slot"))
        return false;
    if (!*claimed)
        return true; // another scheduler has this slot
    execute(rule, event, run, out);
    if (rule.mode != Mode::Single)
        drainQueue(rule, out);
    return true;
}

void Scheduler::execute(const Rule &rule, const Event &event, RunRecord &run, QList<RunRecord> &out)
{
    m_executor.setCurrentRunId(run.id);
    const RunTrace trace = runRule(rule, event, m_executor, false);
    m_executor.setCurrentRunId(QString());
    run.status = runStatusName(trace.status);
    run.reason = trace.reason;
    run.trace = trace.toJson();
    check(m_store.update(run), "recording a run");
    out.append(run);
    for (Event emitted : trace.emitted) {
        emitted.depth = event.depth + 1;
        if (emitted.causedByRunId.isEmpty())
            emitted.causedByRunId = run.id;
        if (emitted.id.isEmpty())
            emitted.id = newId();
        if (emitted.accountId.isEmpty())
            emitted.accountId = event.accountId; // an action acts within its rule's account
        if (emitted.atMSecs == 0)
            emitted.atMSecs = m_clock.nowMSecs();
        dispatchInto(emitted, out);
    }
}

void Scheduler::drainQueue(const Rule &rule, QList<RunRecord> &out)
{
    const int limit = modeLimit(rule);
    // Bounded: each pass either runs a queued run or stops.
    for (int guard = 0; guard < 100000; ++guard) {
        auto running = m_store.countRunning(rule.id);
        if (!check(running, "counting running runs") || *running >= limit)
            return;
        auto next = m_store.nextQueued(rule.id);
        if (!check(next, "reading the queue") || !next->has_value())
            return;
        RunRecord run = **next;
        const qint64 started = m_clock.nowSecs();
        auto taken = m_store.takeQueued(run.id, started);
        if (!check(taken, "taking a queued run"))
            return;
        if (!*taken)
            continue; // another scheduler took it
        run.status = kRunning;
        run.executedAt = started;
        const QCborValue stored = run.trace.value(kQueuedEvent);
        const Event event =
            stored.isMap() ? Event::fromJson(stored.toMap()) : scheduleEvent(rule, run.scheduledAt);
        execute(rule, event, run, out);
    }
}

QList<RunRecord> Scheduler::dispatch(const Event &event)
{
    QList<RunRecord> out;
    Event e = event;
    if (e.id.isEmpty())
        e.id = newId();
    dispatchInto(e, out);
    return out;
}

void Scheduler::dispatchInto(const Event &event, QList<RunRecord> &out)
{
    const qint64 now = m_clock.nowSecs();
    const QString slot = QStringLiteral("event:") + event.id;
    // match() checks trigger, workspace and conditions: rules that do not match store nothing.
    const QList<const Rule *> rules = m_index.match(event);
    for (const Rule *rule : rules) {
        // A rule made after the event happened does not see it (the event may have waited in a
        // queue while the rule was saved).
        if (event.atMSecs > 0) {
            const QDateTime created = QDateTime::fromString(
                rule->json.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
            if (created.isValid() && created.toMSecsSinceEpoch() > event.atMSecs)
                continue;
        }
        runSlot(*rule, event, slot, now, out);
    }
}

RunTrace Scheduler::dryRun(const Rule &rule, const Event &event)
{
    return runRule(rule, event, m_executor, true);
}

qint64 Scheduler::msUntilNextTick() const
{
    const qint64 ms = m_clock.nowMSecs();
    const qint64 intoMinute = ((ms % 60000) + 60000) % 60000;
    return 60000 - intoMinute;
}

QCborMap RunRecord::toJson() const
{
    QCborMap m;
    m.insert(QStringLiteral("id"), id);
    m.insert(QStringLiteral("rule_id"), ruleId);
    m.insert(QStringLiteral("slot"), slot);
    m.insert(QStringLiteral("scheduled_at"), isoUtc(scheduledAt));
    m.insert(QStringLiteral("day_key"), dayKey);
    m.insert(QStringLiteral("status"), status);
    m.insert(QStringLiteral("reason"), reason);
    m.insert(QStringLiteral("executed_at"),
             executedAt > 0 ? QCborValue(isoUtc(executedAt)) : QCborValue(nullptr));
    m.insert(QStringLiteral("trace"), trace);
    m.insert(QStringLiteral("origin"), origin);
    return m;
}

std::optional<qint64> timestampSecs(const QCborValue &value)
{
    if (value.isInteger())
        return value.toInteger();
    if (value.isString()) {
        const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (t.isValid())
            return t.toSecsSinceEpoch();
    }
    return std::nullopt;
}

} // namespace ss::automation
