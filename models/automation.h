#pragma once

// The automation rule engine (ARCHITECTURE §2 AutomationRule/Run, §6): rule model and validation,
// event payload schemas, conditions, the action catalogue with credit costs, loop detection, and
// the evaluation of an event against many rules with a per-run trace. Shared by sitehostd (which
// runs schedule and server-event rules), the desktop app (desktop-only actions, the designer, dry
// runs) and sitestudio-cli (`rules show`, `rules run --dry-run`). No I/O here: actions are carried
// out by an ActionExecutor the caller supplies; the scheduler is models/scheduler.h.
//
// Rule JSON (what the API stores and the cache syncs), docs/automation.md has the reference:
// {
//   "name": "Publish on Monday morning",
//   "trigger": {"type": "schedule"},              // or {"type": "deployment_failed"} ...
//   "schedule": {"cron": "0 9 * * mon", "timezone": "Europe/Riga"},   // schedule trigger only
//   "timezone": "Europe/Riga",                    // event rules: the zone of the daily cap (UTC)
//   "conditions": {"all": [{"field": "account_tier", "op": "eq", "value": "pro"},
//                          {"not": {"field": "cron", "op": "matches", "value": "^@"}}]},
//   "actions": [{"type": "publish_theme"}, {"type": "webhook", "url": "https://...",
//                "secret": "...", "timeout_ms": 5000, "retries": 2}],
//   "mode": "single" | "queued" | "parallel",  "max_parallel": 4,      // default single
//   "missed_runs": "skip" | "run_once" | "run_all",                    // default run_once
//   "is_active": true, "max_executions_per_day": 0, "credit_limit_per_execution": 0  // 0 = none
// }

#include "cron.h"
#include "result.h"

#include <QCborMap>
#include <QCborValue>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace ss::automation {

// ---- Event payload schemas ----------------------------------------------------------------

enum class FieldType
{
    String,
    Integer,
    Number,
    Boolean,
    Timestamp, // ISO 8601 UTC string ("2026-11-22T09:00:00Z"); compares as time
    StringList
};
QString fieldTypeName(FieldType t);

struct EventField
{
    QString name;
    FieldType type;
    QString description;
};

struct EventType
{
    QString name; // "schedule", "site_created", ...
    QString description;
    QList<EventField> fields; // every event of this type carries all of them
    const EventField *field(const QString &name) const;
};

// All trigger types: "schedule" first, then the events, in the order of the issue.
const QList<EventType> &eventTypes();
const EventType *eventType(const QString &name);

// ---- Actions ------------------------------------------------------------------------------

enum class ActionSite
{
    Server, // run by sitehostd (publish_theme, rollback, backup, webhook, notify, set_tier)
    Desktop // run by the desktop app while it is open (export_static, sync_workspace: the
            // desktop's local cache is what gets synced)
};

struct ActionParam
{
    QString name;
    FieldType type = FieldType::String;
    bool required = false;
    QString description;
    // For the designer's forms (and enforced by Rule::fromJson):
    qint64 minimum = 0, maximum = 0; // Integer: the allowed range (both 0: any)
    QCborValue defaultValue;         // filled in when absent (undefined: no default)
    int maxLength = 0;               // String: at most this many characters (0: any)
    QStringList choices;             // String: the allowed values (empty: any)
};

struct ActionType
{
    QString name;
    QString description;
    int creditCost = 1;     // credits one execution of the action costs
    ActionSite site;        // notify: Server (server log); the desktop also shows it (see .cpp)
    bool adminOnly = false; // set_tier
    QStringList emits;      // events the action can cause (loop detection)
    QList<ActionParam> params;
};
const QList<ActionType> &actionTypes();
const ActionType *actionType(const QString &name);

// ---- Conditions ---------------------------------------------------------------------------

// An event payload with its fields converted once (by the EventType's field order), so that
// many conditions can be evaluated against one event without map lookups or conversions
// (RuleIndex::match). A field the payload lacks, or carries with the wrong JSON type, is absent.
struct ResolvedPayload
{
    struct Field
    {
        bool present = false;
        qint64 i = 0;     // Integer; Timestamp (ms since the epoch); Boolean (0/1)
        double d = 0;     // Number (and Integer, as a double)
        QString s;        // String (and Timestamp, as written)
        QStringList list; // StringList
    };
    const EventType *event = nullptr;
    std::vector<Field> fields; // event->fields order

    static ResolvedPayload resolve(const EventType &event, const QCborMap &payload);
};

// A compiled condition tree: {"all": [...]}, {"any": [...]}, {"not": C} or a leaf
// {"field": F, "op": OP, "value": V}. Operators: eq ne gt gte lt lte contains in matches exists.
// An absent/empty condition is true.
class Condition
{
public:
    static constexpr int maxPatternLength = 200; // "matches": longer patterns are refused
    static constexpr int maxDepth = 8;           // nesting of groups

    // Checks fields and value types against the trigger's payload schema. Errors carry the JSON
    // path ("conditions.all[1].value").
    static Result<Condition> compile(const QCborValue &json, const EventType &event,
                                     const QString &path = QStringLiteral("conditions"));

    bool isEmpty() const;
    bool evaluate(const QCborMap &payload) const;

    // One line per leaf/group with its result, in document order (for the run trace).
    struct Step
    {
        QString path;        // "conditions.all[0]"
        QString description; // "tier eq \"pro\""
        bool result;
    };
    bool evaluate(const QCborMap &payload, QList<Step> &trace) const;
    // The fast path: PAYLOAD must be resolved for the event type the condition was compiled for.
    bool evaluate(const ResolvedPayload &payload) const;

    QCborValue toJson() const;

    struct Node; // defined in the .cpp

private:
    friend class RuleIndex; // evaluates copies of the compiled nodes laid out contiguously
    std::shared_ptr<const Node> m_root; // null = true
    QCborValue m_json;
    const EventType *m_event = nullptr;
};

// ---- Rules --------------------------------------------------------------------------------

enum class Mode
{
    Single,  // a run while another is running is skipped ("already running")
    Queued,  // runs one after another
    Parallel // up to maxParallel at once, the rest wait
};
enum class MissedRuns
{
    Skip,
    RunOnce,
    RunAll
};

struct Action
{
    QString type;
    QCborMap params; // the action object without "type"
    const ActionType *spec = nullptr;
};

struct Rule
{
    QString id;
    QString workspaceId; // empty: account-wide
    // The owner (sitehostd: the account; the desktop: the connection profile). An account-wide
    // rule matches only events of its own account; "" matches events without an account.
    QString accountId;
    QString name;
    QString trigger; // EventType name
    std::optional<CronSchedule> schedule;
    QString timeZone = QStringLiteral("UTC"); // schedule's zone, or "timezone" for event rules
    Condition conditions;
    QList<Action> actions;
    bool isActive = true;
    int maxExecutionsPerDay = 0;     // 0: no cap
    int creditLimitPerExecution = 0; // 0: no limit
    Mode mode = Mode::Single;
    int maxParallel = 1;
    MissedRuns missedRuns = MissedRuns::RunOnce;
    QCborMap json; // the normalized JSON (what toJson returns)

    // Parses and validates a rule body (everything the issue lists: trigger, cron + IANA zone,
    // condition fields against the payload schema, action params, https/loopback webhook URLs,
    // non-negative caps). The error's `where` is the JSON path.
    //
    // Admin-only actions (set_tier) are refused unless options.allowAdminActions: the server sets
    // it when an administrator saves the rule, and code that loads rules that were already
    // validated at save time (the scheduler, the cache, the CLI) sets it too.
    struct ParseOptions
    {
        bool allowAdminActions = false;
    };
    static Result<Rule> fromJson(const QCborMap &json);
    static Result<Rule> fromJson(const QCborMap &json, const ParseOptions &options);
    QCborMap toJson() const { return json; }

    int creditCost() const; // the sum of its actions' costs
    // Events this rule's actions can cause.
    QStringList emittedEvents() const;
    bool hasDesktopActions() const;
    bool hasServerActions() const;
    // The calendar day (yyyy-MM-dd) of UTC instant `secs` in the rule's time zone: the key of
    // max_executions_per_day.
    QString dayKey(qint64 secs) const;
};

// The webhook URL rule: https anywhere, http only to loopback (127.0.0.0/8, ::1, localhost).
Result<void> checkWebhookUrl(const QString &url);

// Account-wide rules (workspaceId empty) with a schedule trigger have no site to act on: they
// cannot have site actions (publish_theme, rollback, backup, sync_workspace, export_static). The
// server refuses them (400); the designer and the CLI check before saving. Other rules: ok.
Result<void> checkAccountWide(const Rule &rule);

// Refuses a rule set in which some rule's actions can trigger itself or a cycle of rules (only
// rules of the same workspace, or account-wide ones, can trigger each other). The error names the
// cycle ("rule \"A\" → rule \"B\" → rule \"A\"").
Result<void> checkLoops(const QList<Rule> &rules);

// ---- Events, runs and traces --------------------------------------------------------------

struct Event
{
    QString type;        // an EventType name
    QString workspaceId; // the site it concerns ("" for account-level events)
    QString accountId;   // whose site: account-wide rules of this account see it (Rule::accountId)
    QCborMap payload;
    int depth = 0;         // 0: from outside; n: caused by a rule run at depth n-1
    QString causedByRunId; // the run whose action caused it
    qint64 slot = 0;       // schedule events: the slot (UTC secs)
    QString id;            // unique per event (the run's slot "event:<id>"); made up when empty
    // When it happened (ms since the epoch; 0: unknown). Rules created later do not see it: an
    // event waiting in a queue never reaches a rule made after it (Scheduler::dispatch).
    qint64 atMSecs = 0;
    // A site's copy of an account-level change (tier_changed): only that site's rules see it; the
    // account-wide rules see the account-level copy (workspaceId "") once, not once per site.
    bool siteRulesOnly = false;

    // As stored in a run's trace ("event") and with a queued run.
    QCborMap toJson() const;
    static Event fromJson(const QCborMap &json);
};

// Max rule-chain depth; a run at a deeper level is cut and recorded.
constexpr int maxChainDepth = 3;

struct ActionResult
{
    bool ok = true;
    QString message;      // what happened / why it failed
    QCborMap output;      // e.g. {"revision": 7}
    QList<Event> emitted; // events the action caused (the runner re-dispatches them, depth + 1)
};

class ActionExecutor
{
public:
    virtual ~ActionExecutor() = default;
    // Carries out the action; with dryRun only describes what it would do and changes nothing.
    virtual ActionResult execute(const Rule &rule, const Action &action, const Event &event,
                                 bool dryRun) = 0;

    // The stored run whose actions execute() is carrying out ("" in a dry run or outside a
    // scheduler); the scheduler sets it around runRule (a webhook sends it as run_id).
    QString currentRunId() const { return m_runId; }
    void setCurrentRunId(const QString &runId) { m_runId = runId; }

private:
    QString m_runId;
};

enum class RunStatus
{
    Succeeded,
    Failed,     // an action failed (later actions do not run)
    Skipped,    // refused: reason says why (cap, credits, chain depth, already running, ...)
    NotMatched, // conditions false
    DryRun      // a dry run (nothing changed)
};
QString runStatusName(RunStatus s);

struct RunTrace
{
    QString ruleId;
    QString ruleName;
    Event event;
    RunStatus status = RunStatus::NotMatched;
    QString reason; // for Skipped / Failed
    QList<Condition::Step> conditions;
    struct ActionStep
    {
        QString type;
        bool ok = false;
        QString message;
        qint64 durationMs = 0;
        QCborMap output;
    };
    QList<ActionStep> actions;
    int credits = 0; // credits of the actions that ran (dry run: that would run)
    // Events the actions caused (depth = event.depth + 1); the caller re-dispatches them and sets
    // causedByRunId.
    QList<Event> emitted;

    QCborMap toJson() const; // the trace_json stored with a run
    static RunTrace fromJson(const QCborMap &json);
};

// Runs one rule for one event: chain depth, credit limit, conditions, then the actions in order
// (stops at the first failure). The daily cap and modes need the run store, so callers check
// them before (Scheduler / the server's runner) and pass a skip reason instead.
RunTrace runRule(const Rule &rule, const Event &event, ActionExecutor &executor, bool dryRun);
// The trace of a run the caller refused before running it (daily cap, mode, plan limit): status
// Skipped with REASON, no conditions or actions.
RunTrace skipRun(const Rule &rule, const Event &event, const QString &reason);

// The rules of an account indexed by trigger and workspace, for evaluating one event against
// thousands of rules (target: 10,000 rules in ≤ 10 ms, bench/bench_rules).
class RuleIndex
{
public:
    void setRules(QList<Rule> rules);
    const QList<Rule> &rules() const { return m_rules; }
    const Rule *rule(const QString &id) const;

    // Active rules triggered by the event (same workspace or account-wide) whose conditions hold.
    QList<const Rule *> match(const Event &event) const;
    // The active schedule rules.
    QList<const Rule *> scheduled() const;

private:
    QList<Rule> m_rules;
    // trigger -> workspace -> rule indexes (account-wide rules under "\x01" + their account)
    QHash<QString, QHash<QString, std::vector<int>>> m_byTrigger;
    QHash<QString, int> m_byId;
    // The active rules' compiled conditions copied into one array (see the .cpp).
    struct Arena;
    std::shared_ptr<const Arena> m_arena;
};

// Sample payloads for the designer's and the CLI's dry run.
QCborMap samplePayload(const QString &eventType, const QString &workspaceId = {});

} // namespace ss::automation
