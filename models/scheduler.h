#pragma once

// The automation scheduler core (ARCHITECTURE §6), shared by sitehostd and the desktop runner and
// tested on a fake clock: which schedule slots are due (missed-run policy), the daily cap in the
// rule's time zone, modes, the unique (rule, slot) claim, event dispatch with chain depth.
// It never sleeps and owns no timer: the host calls tick() on UTC minute boundaries
// (msUntilNextTick) and dispatch() for events; a sleeping machine or a clock jump just makes the
// next tick see more (or no) slots.
//
// Semantics (docs/automation.md, "Scheduler", says the same for users):
// - Slots. A schedule rule's slots are its cron instants (CronSchedule::nextAfterSecs) after its
//   cursor, the last slot handled (stored per rule in automation_cursors). A rule seen for the
//   first time starts when setRules() first saw it, or at its "updated_at" when that is up to
//   onTimeGraceSecs earlier (a rule saved at 08:59:50 and first seen at 09:00:02 runs at 09:00):
//   a new rule never back-fills. An
//   edited rule (its "updated_at" later than the cursor, or a cron / zone / is_active change seen
//   by setRules) starts at the edit: slots from before the edit never run, of the old schedule or
//   the new one.
// - On time vs missed. The newest due slot is on time when it is at most onTimeGraceSecs old;
//   every other due slot was missed (machine asleep, server down). Missed-run policy:
//   skip: no missed slot runs; one skipped run is recorded for the newest missed slot
//     ("missed (the scheduler was not running); policy: skip");
//   run_once (default): only the newest due slot runs (the on-time one if any, else the newest
//     missed one); older missed slots are dropped silently;
//   run_all: every due slot runs, oldest first, at most maxRunAllSlots (the newest ones); when
//     more were due, one skipped run is recorded for the newest slot that was dropped.
//   The cursor then moves to the newest due slot. It never moves back: after the clock jumps
//   backwards no slot at or before the cursor runs again, and the UNIQUE (rule, slot) claim makes
//   that hold across processes too.
// - Each run, in order: the daily cap (runs counted on the rule's calendar day, Rule::dayKey, in
//   its time zone: "daily cap of N reached for <day> (<zone>)"), the gate (the server's plan
//   limit: its reason), the mode (single: "already running" while a run of the rule is running;
//   queued: one at a time; parallel: up to max_parallel at once; a run that must wait is stored
//   as "queued" and runs when a running one finishes, at the latest on the next tick), then the
//   claim of (rule, slot): when another scheduler already has the slot nothing is recorded and it
//   is not an error. A refused run is stored as "skipped" with the reason. A run that goes ahead
//   is stored as "running" with executed_at (its start), runRule() carries it out, and the record
//   gets the status and the trace (RunTrace::toJson). A run still "running" staleRunSecs after
//   its start was interrupted: each tick marks such runs "failed".
// - Events. dispatch() runs the rules RuleIndex::match() returns, each under the slot
//   "event:<event id>" (an id is made up when the event has none), so one event runs a rule at
//   most once. Rules whose trigger or conditions do not match store nothing (not_matched runs of
//   events would flood the history); skipped and executed runs are stored. Events that actions
//   emit (ActionResult::emitted) are dispatched at depth + 1; runRule() cuts a run deeper than
//   maxChainDepth and the cut is stored as a skipped run.
// - Threads. A Scheduler is used from one thread. Several schedulers (processes, or threads with
//   their own connections) may share one database: the claim is a single
//   INSERT ... ON CONFLICT (rule_id, slot) DO NOTHING, so exactly one of them runs a slot.

#include "automation.h"
#include "sqlconnection.h"

#include <QHash>

#include <functional>
#include <optional>

namespace ss::automation {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowSecs() const = 0; // UTC seconds since the epoch
    virtual qint64 nowMSecs() const { return nowSecs() * 1000; }
};

class SystemClock : public Clock
{
public:
    qint64 nowSecs() const override;
    qint64 nowMSecs() const override;
};

// One stored run (the Run entity: ScheduledTask + its history).
struct RunRecord
{
    QString id;
    QString ruleId;
    QString slot; // unique per rule: "2026-11-23T07:00:00Z" (schedule) or "event:<id>"
    qint64 scheduledAt = 0;
    QString dayKey; // calendar day in the rule's zone (daily cap)
    QString status; // queued, running, succeeded, failed, skipped, not_matched, dry_run
    QString reason;
    qint64 executedAt = 0; // when the run started (running, succeeded, failed, not_matched)
    QCborMap trace; // RunTrace::toJson; a queued run holds {"queued_event": {...}} until it runs
    QString origin; // server | desktop (as stored; SqlRunStore sets its own on claim)

    // A run on the wire (the runs API, the desktop's record-run op): times in ISO 8601 UTC,
    // executed_at null before it ran.
    QCborMap toJson() const;
};

// A time on the wire: UTC seconds or ISO 8601; nullopt when it is neither.
std::optional<qint64> timestampSecs(const QCborValue &value);

// Where runs are kept. claim() is the (rule, slot) uniqueness: it must be atomic across processes
// (two schedulers on one database race for a slot; exactly one wins).
class RunStore
{
public:
    virtual ~RunStore() = default;
    // Inserts the run with its status; false (no error) when (rule, slot) already exists.
    virtual Result<bool> claim(RunRecord &run) = 0;
    virtual Result<void> update(const RunRecord &run) = 0;
    // Runs of the rule on that day that count against max_executions_per_day (queued, running,
    // succeeded, failed; not skipped / not_matched / dry_run).
    virtual Result<int> countForDay(const QString &ruleId, const QString &dayKey) = 0;
    virtual Result<int> countRunning(const QString &ruleId) = 0;
    // The oldest queued run of the rule, if any.
    virtual Result<std::optional<RunRecord>> nextQueued(const QString &ruleId) = 0;
    // Moves a queued run to running, started at STARTEDAT; false (no error) when it is no longer
    // queued (another scheduler took it).
    virtual Result<bool> takeQueued(const QString &runId, qint64 startedAt) = 0;
    // Marks this store's runs that started before STARTEDBEFORE and are still "running" as failed
    // with REASON (their scheduler stopped while they ran); returns how many.
    virtual Result<int> failStale(qint64 startedBefore, const QString &reason) = 0;
    // The last schedule slot the scheduler has handled for the rule (UTC secs) and the rule
    // revision it was computed for; nullopt for a new rule.
    virtual Result<std::optional<qint64>> cursor(const QString &ruleId) = 0;
    virtual Result<void> setCursor(const QString &ruleId, qint64 slot) = 0;
    // Many at once (one transaction: the first tick over thousands of new rules).
    virtual Result<void> setCursors(const QList<std::pair<QString, qint64>> &cursors) = 0;
    virtual Result<QList<RunRecord>> runs(const QString &ruleId, int limit) = 0;
};

// RunStore on SQL tables automation_runs and automation_cursors (SQLite or PostgreSQL: claim is
// INSERT ... ON CONFLICT DO NOTHING on UNIQUE (rule_id, slot)). Callers create the tables with
// schemaSql() in their own migrations (the cache's and sitehostd's). The schema:
//   CREATE TABLE automation_runs (
//     id TEXT PRIMARY KEY, rule_id TEXT NOT NULL, slot TEXT NOT NULL,
//     scheduled_at BIGINT NOT NULL, day_key TEXT NOT NULL, status TEXT NOT NULL,
//     reason TEXT NOT NULL DEFAULT '', executed_at BIGINT, trace_json TEXT NOT NULL DEFAULT '{}',
//     origin TEXT NOT NULL DEFAULT 'server',            -- server | desktop
//     UNIQUE (rule_id, slot));
//   CREATE INDEX automation_runs_day ON automation_runs(rule_id, day_key);
//   CREATE TABLE automation_cursors (rule_id TEXT PRIMARY KEY, slot BIGINT NOT NULL);
// The desktop runner's slots are prefixed "desktop:" so they never collide with the server's:
// claim() prefixes the slot with "<origin>:" for every origin other than "server".
// The counts the scheduler decides by (countForDay, countRunning, nextQueued, failStale) see only
// the store's own origin: the cache also holds server runs fetched for the history, which neither
// block nor count against the desktop runner's runs. runs() lists every origin.
// setCursor() never moves a cursor back (an upsert that keeps the larger value).
class SqlRunStore : public RunStore
{
public:
    explicit SqlRunStore(SqlConnection &db, QString origin = QStringLiteral("server"));
    static QString schemaSql(); // CREATE TABLE statements, ';'-separated, portable SQL
    // The columns fromRow() reads, in its order, for "SELECT <columns> FROM automation_runs".
    static QString columns();
    static RunRecord fromRow(const QSqlQuery &q);

    Result<bool> claim(RunRecord &run) override;
    Result<void> update(const RunRecord &run) override;
    Result<int> countForDay(const QString &ruleId, const QString &dayKey) override;
    Result<int> countRunning(const QString &ruleId) override;
    Result<std::optional<RunRecord>> nextQueued(const QString &ruleId) override;
    Result<bool> takeQueued(const QString &runId, qint64 startedAt) override;
    Result<int> failStale(qint64 startedBefore, const QString &reason) override;
    Result<std::optional<qint64>> cursor(const QString &ruleId) override;
    Result<void> setCursor(const QString &ruleId, qint64 slot) override;
    Result<void> setCursors(const QList<std::pair<QString, qint64>> &cursors) override;
    Result<QList<RunRecord>> runs(const QString &ruleId, int limit) override;

private:
    SqlConnection &m_db;
    QString m_origin;
};

class Scheduler
{
public:
    static constexpr int maxRunAllSlots = 1000;    // run_all catches up at most this many slots
    static constexpr qint64 onTimeGraceSecs = 120; // a slot this late is still "on time"
    // A run still "running" this long after it started was interrupted (its scheduler stopped):
    // each tick marks such runs failed, so they no longer block single / queued rules.
    static constexpr qint64 staleRunSecs = 3600;

    Scheduler(RunStore &store, ActionExecutor &executor, const Clock &clock);

    // The rules to schedule (an edit between runs: the next tick uses the new rule; a changed
    // schedule never back-fills slots from before the edit).
    void setRules(QList<Rule> rules);
    const RuleIndex &index() const { return m_index; }

    // Optional extra check before a run (the server's plan limit on daily executions): returns a
    // skip reason or an empty string.
    using Gate = std::function<QString(const Rule &, const Event &)>;
    void setGate(Gate gate) { m_gate = std::move(gate); }

    // Optional: completes a schedule event before its run (the payload's account_tier, which only
    // the host knows). The scheduler fills workspace_id, occurred_at, slot, cron and timezone.
    using ScheduleEventHook = std::function<void(const Rule &, Event &)>;
    void setScheduleEventHook(ScheduleEventHook hook) { m_scheduleEventHook = std::move(hook); }

    // Handles every due slot of every active schedule rule up to now: claims (rule, slot), applies
    // the missed-run policy, the daily cap and the mode, runs the actions through the executor and
    // records the trace. Returns the runs it recorded.
    QList<RunRecord> tick();
    // Runs the rules an event triggers (and, depth + 1, the events their actions emit; deeper than
    // maxChainDepth is cut and recorded as skipped).
    QList<RunRecord> dispatch(const Event &event);
    // A dry run of one rule for an event: the trace, nothing stored, nothing changed.
    RunTrace dryRun(const Rule &rule, const Event &event);

    // Milliseconds from now to the next UTC minute boundary (the host's next tick).
    qint64 msUntilNextTick() const;

private:
    // NEWCURSORS collects the cursors of rules seen for the first time (stored in one go).
    void handleSchedule(const Rule &rule, qint64 now, QList<RunRecord> &out,
                        QList<std::pair<QString, qint64>> &newCursors);
    Event scheduleEvent(const Rule &rule, qint64 slot) const;
    // Cap, gate, mode, claim, run; the emitted events are dispatched at depth + 1. False when the
    // store failed (the slot was not decided: the cursor stays before it, the next tick retries).
    bool runSlot(const Rule &rule, const Event &event, const QString &slot, qint64 scheduledAt,
                 QList<RunRecord> &out);
    // Runs a claimed record (status running): runRule, update, emitted events.
    void execute(const Rule &rule, const Event &event, RunRecord &run, QList<RunRecord> &out);
    // Runs queued runs of the rule while its mode leaves room.
    void drainQueue(const Rule &rule, QList<RunRecord> &out);
    void dispatchInto(const Event &event, QList<RunRecord> &out);
    // Records a skipped run (nothing when another scheduler has the slot); false on a store error.
    bool recordSkipped(const Rule &rule, const Event &event, const QString &slot,
                       qint64 scheduledAt, const QString &reason, QList<RunRecord> &out);
    // Slots at or before this instant never run for the rule (cursor, first sight, edits).
    qint64 floorFor(const Rule &rule, qint64 cursor) const;
    static std::optional<qint64> updatedAtOf(const Rule &rule);

    struct Spec
    {
        QString cron;
        QString zone;
        bool active = true;
        bool operator==(const Spec &) const = default;
    };
    static Spec specOf(const Rule &rule);

    RunStore &m_store;
    ActionExecutor &m_executor;
    const Clock &m_clock;
    RuleIndex m_index;
    Gate m_gate;
    ScheduleEventHook m_scheduleEventHook;
    QHash<QString, Spec> m_specs;      // rule id -> the schedule setRules last saw
    QHash<QString, qint64> m_seenAt;   // rule id -> when setRules first saw it
    QHash<QString, qint64> m_editedAt; // rule id -> when setRules saw its schedule change
    QHash<QString, qint64> m_cursors;  // rule id -> the cursor as last read or written
};

} // namespace ss::automation
