// Automation rules: storage and validation (the engine's, models/automation.h), their runs (the
// server's and the desktop app's), dry runs, and the test hook that ticks the scheduler.
#include "api.h"
#include "automation.h"
#include "automation/automationservice.h"
#include "automation/serveractions.h"
#include "automation/serverevents.h"
#include "json.h"
#include "serverconfig.h"
#include "workspaces.h"

#include <QCborArray>
#include <QDateTime>
#include <QTimeZone>
#include <QUuid>

namespace ss::server {

namespace {

// The rule's stored JSON as an engine rule (id, workspace and account from the row; an
// account-wide rule's workspace is "").
Result<automation::Rule> engineRule(const QString &id, const QString &workspaceId,
                                    const QByteArray &stored, const QString &accountId)
{
    auto parsed = json::parse(stored);
    if (!parsed || !parsed->isMap())
        return fail(QStringLiteral("the stored rule is not a JSON object"));
    // Stored rules were validated when saved (admin actions by an admin).
    auto rule = automation::Rule::fromJson(parsed->toMap(), {.allowAdminActions = true});
    if (!rule)
        return rule;
    rule->id = id;
    rule->workspaceId = workspaceId;
    rule->accountId = accountId;
    return rule;
}

// The id a client chose ("id": a UUID, so an outbox retry finds its rule or run), or a new one.
std::expected<QString, ApiError> clientId(const QCborMap &body)
{
    if (!body.contains(QStringLiteral("id")))
        return newId();
    const QUuid u(body.value(QStringLiteral("id")).toString());
    if (u.isNull())
        return apiError(400, QStringLiteral("invalid_value"),
                        QStringLiteral("\"id\" must be a UUID"), QStringLiteral("id"));
    return u.toString(QUuid::WithoutBraces);
}

// Checks a rule body with the engine (automation::Rule::fromJson: trigger, cron and zone,
// conditions against the event's payload schema, action parameters, webhook URLs, caps), then the
// server's own rules: set_tier only for admin accounts, no site actions in an account-wide schedule
// rule, no loops with the account's other rules. `id` is the rule's id (new or edited),
// `workspaceId` "" for an account-wide rule. Returns the rule with its normalized JSON.
std::expected<automation::Rule, ApiError> validRule(ApiCall &call, const QCborMap &body,
                                                    const QString &id, const QString &workspaceId)
{
    static const QStringList allowed = {QStringLiteral("name"),
                                        QStringLiteral("trigger"),
                                        QStringLiteral("conditions"),
                                        QStringLiteral("actions"),
                                        QStringLiteral("schedule"),
                                        QStringLiteral("timezone"),
                                        QStringLiteral("is_active"),
                                        QStringLiteral("max_executions_per_day"),
                                        QStringLiteral("credit_limit_per_execution"),
                                        QStringLiteral("mode"),
                                        QStringLiteral("max_parallel"),
                                        QStringLiteral("missed_runs"),
                                        QStringLiteral("id")};
    for (auto it = body.cbegin(); it != body.cend(); ++it)
        if (!allowed.contains(it.key().toString()))
            return apiError(400, QStringLiteral("unknown_field"),
                            QStringLiteral("unknown field \"%1\"").arg(it.key().toString()),
                            it.key().toString());
    auto name = requiredString(body, QStringLiteral("name"), 200);
    if (!name)
        return std::unexpected(name.error());
    QCborMap input = body;
    input.remove(QStringLiteral("id"));
    // Admin-only actions (set_tier): 403 for other accounts, before the engine's own refusal.
    const bool admin = isAdminAccount(call.db, call.config, call.accountId);
    const QCborArray actions = input.value(QStringLiteral("actions")).toArray();
    for (qsizetype i = 0; i < actions.size() && !admin; ++i) {
        const QString type = actions.at(i).toMap().value(QStringLiteral("type")).toString();
        const automation::ActionType *spec = automation::actionType(type);
        if (spec && spec->adminOnly)
            return apiError(403, QStringLiteral("admin_only"),
                            QStringLiteral("\"%1\" is for admin accounts (sitehostd "
                                           "--admin-email)")
                                .arg(type),
                            QStringLiteral("actions[%1].type").arg(i));
    }
    auto rule = automation::Rule::fromJson(input, {.allowAdminActions = admin});
    if (!rule)
        return apiError(400, QStringLiteral("invalid_value"), rule.error().message,
                        rule.error().where);
    rule->id = id;
    rule->workspaceId = workspaceId;
    rule->accountId = call.accountId;
    if (auto wide = automation::checkAccountWide(*rule); !wide)
        return apiError(400, QStringLiteral("invalid_value"), wide.error().message,
                        wide.error().where);
    // Loops: this rule with the other rules that can trigger it or be triggered by it, as they
    // would be after the save: for a site rule the same site's and the account-wide ones; for an
    // account-wide rule all the account's rules (it sees every site's events).
    auto q = workspaceId.isEmpty()
                 ? call.db.exec(QStringLiteral("SELECT id, workspace_id, rule FROM rules WHERE "
                                               "account_id = ? AND id <> ?"),
                                {call.accountId, id})
                 : call.db.exec(QStringLiteral("SELECT id, workspace_id, rule FROM rules WHERE "
                                               "account_id = ? AND id <> ? AND (workspace_id = ? "
                                               "OR workspace_id IS NULL OR workspace_id = '')"),
                                {call.accountId, id, workspaceId});
    if (!q)
        return std::unexpected(dbError(q.error()));
    QList<automation::Rule> all;
    while (q->next()) {
        auto other = engineRule(q->value(0).toString(), q->value(1).toString(),
                                q->value(2).toString().toUtf8(), call.accountId);
        if (other) // a stored rule the engine cannot read cannot run either
            all.append(std::move(*other));
    }
    all.append(*rule);
    if (auto loops = automation::checkLoops(all); !loops) {
        ApiError e{422,
                   QStringLiteral("rule_loop"),
                   loops.error().message,
                   loops.error().where.isEmpty() ? QStringLiteral("actions") : loops.error().where,
                   {}};
        e.extra.insert(QStringLiteral("cycle"), loops.error().message);
        return std::unexpected(e);
    }
    return *rule;
}

// The stored form of a validated rule.
QCborMap storedRule(const automation::Rule &rule)
{
    QCborMap m = rule.toJson();
    m.remove(QStringLiteral("id"));
    m.remove(QStringLiteral("workspace_id"));
    m.remove(QStringLiteral("account_id"));
    m.remove(QStringLiteral("created_at"));
    m.remove(QStringLiteral("updated_at"));
    return m;
}

QCborMap ruleJson(const QString &id, const QString &workspace, const QByteArray &rule,
                  qint64 revision, const QString &created, const QString &updated)
{
    auto parsed = json::parse(rule);
    QCborMap m = parsed ? parsed->toMap() : QCborMap();
    m.insert(QStringLiteral("id"), id);
    // An account-wide rule: null (clients treat "" alike).
    m.insert(QStringLiteral("workspace_id"),
             workspace.isEmpty() ? QCborValue(nullptr) : QCborValue(workspace));
    m.insert(QStringLiteral("revision"), revision);
    m.insert(QStringLiteral("created_at"), created);
    m.insert(QStringLiteral("updated_at"), updated);
    return m;
}

std::expected<QCborMap, ApiError> ownRule(ApiCall &call, const QString &id)
{
    auto q = call.db.exec(QStringLiteral("SELECT id, workspace_id, rule, revision, created_at, "
                                         "updated_at FROM rules WHERE id = ? AND account_id = ?"),
                          {id, call.accountId});
    if (!q)
        return std::unexpected(dbError(q.error()));
    if (!q->next())
        return apiError(404, QStringLiteral("not_found"),
                        QStringLiteral("no rule \"%1\"").arg(id.left(64)));
    return ruleJson(q->value(0).toString(), q->value(1).toString(), q->value(2).toString().toUtf8(),
                    q->value(3).toLongLong(), q->value(4).toString(), q->value(5).toString());
}

ApiResult respondRules(Result<QSqlQuery> q)
{
    if (!q)
        return std::unexpected(dbError(q.error()));
    QCborArray out;
    while (q->next())
        out.append(ruleJson(q->value(0).toString(), q->value(1).toString(),
                            q->value(2).toString().toUtf8(), q->value(3).toLongLong(),
                            q->value(4).toString(), q->value(5).toString()));
    QCborMap body;
    body.insert(QStringLiteral("rules"), out);
    return jsonResponse(200, body);
}

ApiResult listRules(ApiCall &call)
{
    if (auto own = requireOwnWorkspace(call, call.param(0)); !own)
        return std::unexpected(own.error());
    return respondRules(
        call.db.exec(QStringLiteral("SELECT id, workspace_id, rule, revision, created_at, "
                                    "updated_at FROM rules WHERE workspace_id = ? ORDER BY "
                                    "created_at, id"),
                     {call.param(0)}));
}

// GET /rules: the account's account-wide rules; ?all=1 every rule of the account (site rules too).
ApiResult listAccountRules(ApiCall &call)
{
    const QString all = call.request.query.queryItemValue(QStringLiteral("all"));
    const bool every = all == QLatin1String("1") || all == QLatin1String("true");
    return respondRules(
        call.db.exec(QStringLiteral("SELECT id, workspace_id, rule, revision, created_at, "
                                    "updated_at FROM rules WHERE account_id = ? %1 ORDER BY "
                                    "created_at, id")
                         .arg(every ? QString()
                                    : QStringLiteral("AND (workspace_id IS NULL OR "
                                                     "workspace_id = '')")),
                     {call.accountId}));
}

// Creates a rule of the site `workspaceId`, or an account-wide one ("").
ApiResult createRuleIn(ApiCall &call, const QString &workspaceId)
{
    auto body = parseBody(call.request);
    if (!body)
        return apiError(400, QStringLiteral("malformed_json"), body.error().message);
    const PlanLimits *plan = PlanLimits::forTier(call.accountTier);
    auto count = call.db.exec(QStringLiteral("SELECT COUNT(*) FROM rules WHERE account_id = ?"),
                              {call.accountId});
    if (count && count->next() && count->value(0).toInt() >= plan->maxRules) {
        ApiError e{403,
                   QStringLiteral("plan_limit"),
                   QStringLiteral("the %1 plan allows %2 automation rules")
                       .arg(call.accountTier)
                       .arg(plan->maxRules),
                   {},
                   {}};
        e.extra.insert(QStringLiteral("limit"), QStringLiteral("max_rules"));
        return std::unexpected(e);
    }
    auto given = clientId(*body);
    if (!given)
        return std::unexpected(given.error());
    const QString id = *given;
    if (body->contains(QStringLiteral("id"))) {
        auto exists = call.db.exec(QStringLiteral("SELECT 1 FROM rules WHERE id = ?"), {id});
        if (exists && exists->next())
            return apiError(409, QStringLiteral("id_taken"),
                            QStringLiteral("a rule with this id exists"), QStringLiteral("id"));
    }
    auto valid = validRule(call, *body, id, workspaceId);
    if (!valid)
        return std::unexpected(valid.error());
    const QCborMap rule = storedRule(*valid);
    const QString now = nowUtc();
    auto ins = call.db.exec(
        QStringLiteral("INSERT INTO rules (id, account_id, workspace_id, name, "
                       "rule, revision, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, 1, ?, ?)"),
        {id, call.accountId,
         workspaceId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(workspaceId),
         valid->name, QString::fromUtf8(json::write(rule)), now, now});
    if (!ins)
        return std::unexpected(dbError(ins.error()));
    if (auto r = recordChange(call.db, call.accountId, QStringLiteral("rule"), id,
                              QStringLiteral("upsert"), 1);
        !r)
        return std::unexpected(dbError(r.error()));
    auto out = ownRule(call, id);
    if (!out)
        return std::unexpected(out.error());
    return jsonResponse(201, *out);
}

ApiResult createRule(ApiCall &call)
{
    if (auto own = requireOwnWorkspace(call, call.param(0)); !own)
        return std::unexpected(own.error());
    return createRuleIn(call, call.param(0));
}

ApiResult createAccountRule(ApiCall &call)
{
    return createRuleIn(call, QString());
}

ApiResult getRule(ApiCall &call)
{
    auto rule = ownRule(call, call.param(0));
    if (!rule)
        return std::unexpected(rule.error());
    http::Response r = jsonResponse(200, *rule);
    r.setHeader("ETag",
                "\"" + QByteArray::number(rule->value(QStringLiteral("revision")).toInteger()) +
                    "\"");
    return r;
}

ApiResult putRule(ApiCall &call)
{
    auto current = ownRule(call, call.param(0));
    if (!current)
        return std::unexpected(current.error());
    const qint64 revision = current->value(QStringLiteral("revision")).toInteger();
    if (call.request.hasHeader("if-match") &&
        call.request.header("if-match").replace('"', "").trimmed() !=
            QByteArray::number(revision)) {
        ApiError e{412,
                   QStringLiteral("revision_mismatch"),
                   QStringLiteral("the rule is at revision %1").arg(revision),
                   {},
                   {}};
        e.extra.insert(QStringLiteral("current_revision"), revision);
        return std::unexpected(e);
    }
    auto body = parseBody(call.request);
    if (!body)
        return apiError(400, QStringLiteral("malformed_json"), body.error().message);
    auto valid = validRule(call, *body, call.param(0),
                           current->value(QStringLiteral("workspace_id")).toString());
    if (!valid)
        return std::unexpected(valid.error());
    const QCborMap rule = storedRule(*valid);
    auto up =
        call.db.exec(QStringLiteral("UPDATE rules SET name = ?, rule = ?, revision = "
                                    "revision + 1, updated_at = ? WHERE id = ?"),
                     {valid->name, QString::fromUtf8(json::write(rule)), nowUtc(), call.param(0)});
    if (!up)
        return std::unexpected(dbError(up.error()));
    if (auto r = recordChange(call.db, call.accountId, QStringLiteral("rule"), call.param(0),
                              QStringLiteral("upsert"), revision + 1);
        !r)
        return std::unexpected(dbError(r.error()));
    return getRule(call);
}

ApiResult deleteRule(ApiCall &call)
{
    auto current = ownRule(call, call.param(0));
    if (!current)
        return std::unexpected(current.error());
    if (auto r = call.db.exec(QStringLiteral("DELETE FROM rules WHERE id = ?"), {call.param(0)});
        !r)
        return std::unexpected(dbError(r.error()));
    // Its runs and schedule cursor go with it.
    for (const char *table : {"automation_runs", "automation_cursors"})
        if (auto r = call.db.exec(
                QStringLiteral("DELETE FROM %1 WHERE rule_id = ?").arg(QString::fromLatin1(table)),
                {call.param(0)});
            !r)
            return std::unexpected(dbError(r.error()));
    if (auto r = recordChange(call.db, call.accountId, QStringLiteral("rule"), call.param(0),
                              QStringLiteral("delete"), 0);
        !r)
        return std::unexpected(dbError(r.error()));
    http::Response resp;
    resp.status = 204;
    return resp;
}

// A timestamp member: an ISO 8601 string or UTC seconds. nullopt if absent, error if malformed.
std::expected<std::optional<qint64>, ApiError> timestampField(const QCborMap &body,
                                                              const QString &field)
{
    const QCborValue v = body.value(field);
    if (v.isUndefined() || v.isNull())
        return std::optional<qint64>();
    if (const auto secs = automation::timestampSecs(v); secs && *secs >= 0)
        return secs;
    return apiError(400, QStringLiteral("invalid_value"),
                    QStringLiteral("\"%1\" must be an ISO 8601 time or UTC seconds").arg(field),
                    field);
}

QCborMap storedRunJson(const QSqlQuery &q)
{
    return automation::SqlRunStore::fromRow(q).toJson();
}

ApiResult listRuns(ApiCall &call)
{
    auto rule = ownRule(call, call.param(0));
    if (!rule)
        return std::unexpected(rule.error());
    int limit = 50;
    const QString l = call.request.query.queryItemValue(QStringLiteral("limit"));
    if (!l.isEmpty()) {
        bool ok = false;
        limit = l.toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return apiError(400, QStringLiteral("invalid_value"),
                            QStringLiteral("limit must be 1 to 1000"), QStringLiteral("limit"));
    }
    auto q = call.db.exec(QStringLiteral("SELECT %1 FROM automation_runs WHERE rule_id = ? ORDER "
                                         "BY scheduled_at DESC, executed_at DESC, id LIMIT ?")
                              .arg(automation::SqlRunStore::columns()),
                          {call.param(0), limit});
    if (!q)
        return std::unexpected(dbError(q.error()));
    QCborArray out;
    while (q->next())
        out.append(storedRunJson(*q));
    QCborMap body;
    body.insert(QStringLiteral("runs"), out);
    return jsonResponse(200, body);
}

// The desktop app records a run of a desktop action (export_static, a notification): idempotent by
// (rule, slot); its slots are "desktop:..." so they never collide with the server's.
ApiResult recordDesktopRun(ApiCall &call)
{
    auto rule = ownRule(call, call.param(0));
    if (!rule)
        return std::unexpected(rule.error());
    auto body = jsonObject(call, {QStringLiteral("id"), QStringLiteral("slot"),
                                  QStringLiteral("scheduled_at"), QStringLiteral("day_key"),
                                  QStringLiteral("status"), QStringLiteral("reason"),
                                  QStringLiteral("executed_at"), QStringLiteral("trace"),
                                  QStringLiteral("origin"), QStringLiteral("rule_id")});
    if (!body)
        return std::unexpected(body.error());
    auto slot = requiredString(*body, QStringLiteral("slot"), 200);
    if (!slot)
        return std::unexpected(slot.error());
    QString fullSlot = *slot;
    if (!fullSlot.startsWith(QLatin1String("desktop:")))
        fullSlot.prepend(QStringLiteral("desktop:"));
    auto status = requiredString(*body, QStringLiteral("status"), 32);
    if (!status)
        return std::unexpected(status.error());
    static const QStringList statuses = {QStringLiteral("queued"),    QStringLiteral("running"),
                                         QStringLiteral("succeeded"), QStringLiteral("failed"),
                                         QStringLiteral("skipped"),   QStringLiteral("not_matched"),
                                         QStringLiteral("dry_run")};
    if (!statuses.contains(*status))
        return apiError(
            400, QStringLiteral("invalid_value"),
            QStringLiteral("status must be one of %1").arg(statuses.join(QStringLiteral(", "))),
            QStringLiteral("status"));
    const QCborValue origin = body->value(QStringLiteral("origin"));
    if (!origin.isUndefined() && origin.toString() != QLatin1String("desktop"))
        return apiError(400, QStringLiteral("invalid_value"),
                        QStringLiteral("only desktop runs can be recorded"),
                        QStringLiteral("origin"));
    auto scheduled = timestampField(*body, QStringLiteral("scheduled_at"));
    if (!scheduled)
        return std::unexpected(scheduled.error());
    auto executed = timestampField(*body, QStringLiteral("executed_at"));
    if (!executed)
        return std::unexpected(executed.error());
    const qint64 scheduledAt = scheduled->value_or(QDateTime::currentSecsSinceEpoch());
    const QCborValue trace = body->value(QStringLiteral("trace"));
    if (!trace.isUndefined() && !trace.isMap())
        return apiError(400, QStringLiteral("wrong_type"),
                        QStringLiteral("\"trace\" must be an object"), QStringLiteral("trace"));
    const QString reason =
        QStringLiteral("") + body->value(QStringLiteral("reason")).toString().left(2000);
    QString dayKey = body->value(QStringLiteral("day_key")).toString().left(10);
    if (dayKey.isEmpty()) {
        auto engine =
            engineRule(call.param(0), rule->value(QStringLiteral("workspace_id")).toString(),
                       json::write(*rule), call.accountId);
        dayKey = engine ? engine->dayKey(scheduledAt)
                        : QDateTime::fromSecsSinceEpoch(scheduledAt, Qt::UTC)
                              .toString(QStringLiteral("yyyy-MM-dd"));
    }
    auto given = clientId(*body);
    if (!given)
        return std::unexpected(given.error());
    const QString id = *given;
    auto ins = call.db.exec(
        QStringLiteral("INSERT INTO automation_runs (id, rule_id, slot, scheduled_at, day_key, "
                       "status, reason, executed_at, trace_json, origin) VALUES (?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, 'desktop') ON CONFLICT DO NOTHING"),
        {id, call.param(0), fullSlot, scheduledAt, dayKey, *status, reason,
         executed->has_value() ? QVariant(**executed) : QVariant(QMetaType::fromType<qlonglong>()),
         QString::fromUtf8(json::write(trace.isMap() ? trace : QCborValue(QCborMap())))});
    if (!ins)
        return std::unexpected(dbError(ins.error()));
    const bool inserted = ins->numRowsAffected() == 1;
    if (!inserted && *status != QLatin1String("queued") && *status != QLatin1String("running")) {
        // A run recorded while it waited or ran gets its outcome (a finished run never changes).
        auto up = call.db.exec(
            QStringLiteral("UPDATE automation_runs SET status = ?, reason = ?, executed_at = ?, "
                           "trace_json = ? WHERE rule_id = ? AND slot = ? AND origin = 'desktop' "
                           "AND status IN ('queued', 'running')"),
            {*status, reason,
             executed->has_value() ? QVariant(**executed)
                                   : QVariant(QMetaType::fromType<qlonglong>()),
             QString::fromUtf8(json::write(trace.isMap() ? trace : QCborValue(QCborMap()))),
             call.param(0), fullSlot});
        if (!up)
            return std::unexpected(dbError(up.error()));
    }
    auto q =
        call.db.exec(QStringLiteral("SELECT %1 FROM automation_runs WHERE rule_id = ? AND slot = ?")
                         .arg(automation::SqlRunStore::columns()),
                     {call.param(0), fullSlot});
    if (!q)
        return std::unexpected(dbError(q.error()));
    if (!q->next())
        return apiError(409, QStringLiteral("id_taken"),
                        QStringLiteral("a run with this id exists"), QStringLiteral("id"));
    return jsonResponse(inserted ? 201 : 200, storedRunJson(*q));
}

// A dry run: the trace of what the rule would do for an event (the sample event of its trigger,
// or the given payload over it). Nothing is stored, nothing changes.
ApiResult testRule(ApiCall &call)
{
    auto stored = ownRule(call, call.param(0));
    if (!stored)
        return std::unexpected(stored.error());
    QCborMap body;
    if (!call.request.body.isEmpty()) {
        auto b = jsonObject(call, {QStringLiteral("event")});
        if (!b)
            return std::unexpected(b.error());
        body = *b;
    }
    const QString ruleWorkspace = stored->value(QStringLiteral("workspace_id")).toString();
    auto rule = engineRule(call.param(0), ruleWorkspace, json::write(*stored), call.accountId);
    if (!rule)
        return apiError(422, QStringLiteral("invalid_rule"), rule.error().message,
                        rule.error().where);
    const QCborValue given = body.value(QStringLiteral("event"));
    if (!given.isUndefined() && !given.isMap())
        return apiError(400, QStringLiteral("wrong_type"),
                        QStringLiteral("\"event\" must be an object (the event payload)"),
                        QStringLiteral("event"));
    // An account-wide rule acts on its event's site: the given event's workspace_id (one of the
    // caller's sites), else none (site actions then say so). Schedule events have no site.
    QString workspaceId = ruleWorkspace;
    if (workspaceId.isEmpty() && rule->trigger != QLatin1String("schedule")) {
        const QString site = given.toMap().value(QStringLiteral("workspace_id")).toString();
        if (!site.isEmpty()) {
            if (auto own = requireOwnWorkspace(call, site); !own) {
                ApiError e = own.error();
                e.field = QStringLiteral("event.workspace_id");
                return std::unexpected(e);
            }
            workspaceId = site;
        }
    }
    automation::Event event;
    event.type = rule->trigger;
    event.workspaceId = workspaceId;
    event.accountId = call.accountId;
    event.payload = automation::samplePayload(rule->trigger, workspaceId);
    // The site's own values where the sample has the field.
    const QCborMap site = workspacePayload(call.db, workspaceId);
    for (auto it = site.cbegin(); it != site.cend(); ++it)
        if (event.payload.contains(it.key()))
            event.payload.insert(it.key(), it.value());
    if (!given.isUndefined()) {
        const QCborMap m = given.toMap();
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            event.payload.insert(it.key(), it.value());
    }
    if (rule->trigger == QLatin1String("schedule")) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        event.slot = rule->schedule ? rule->schedule->nextAfterSecs(now).value_or(now) : now;
    }
    ServerActionExecutor executor(call.db, call.config, nullptr);
    const automation::RunTrace trace = automation::runRule(*rule, event, executor, true);
    return jsonResponse(200, trace.toJson());
}

// Test hook (sitehostd --automation-test-hooks): move the scheduler's clock ahead and tick now.
ApiResult tickScheduler(ApiCall &call)
{
    if (!call.config.automationTestHooks || !call.config.automation)
        return apiError(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
    qint64 advance = 0;
    if (!call.request.body.isEmpty()) {
        auto b = jsonObject(call, {QStringLiteral("advance_secs")});
        if (!b)
            return std::unexpected(b.error());
        advance = b->value(QStringLiteral("advance_secs")).toInteger();
    }
    QCborMap out;
    out.insert(QStringLiteral("runs"), call.config.automation->tickNow(advance));
    return jsonResponse(200, out);
}

} // namespace

void Api::registerRuleRoutes()
{
    add("GET", "workspaces/{}/rules", Authenticated, listRules);
    add("POST", "workspaces/{}/rules", Authenticated | Mutation, createRule);
    add("GET", "rules", Authenticated, listAccountRules);
    add("POST", "rules", Authenticated | Mutation, createAccountRule);
    add("GET", "rules/{}", Authenticated, getRule);
    add("PUT", "rules/{}", Authenticated | Mutation, putRule);
    add("DELETE", "rules/{}", Authenticated | Mutation, deleteRule);
    add("GET", "rules/{}/runs", Authenticated, listRuns);
    add("POST", "rules/{}/runs", Authenticated | Mutation, recordDesktopRun);
    add("POST", "rules/{}/test", Authenticated, testRule);
    add("POST", "automation/tick", Authenticated, tickScheduler);
}

Result<void> deleteRuleRunsOfWorkspace(ServerDatabase &db, const QString &workspaceId)
{
    for (const char *table : {"automation_runs", "automation_cursors"})
        if (auto r = db.exec(QStringLiteral("DELETE FROM %1 WHERE rule_id IN (SELECT id FROM "
                                            "rules WHERE workspace_id = ?)")
                                 .arg(QString::fromLatin1(table)),
                             {workspaceId});
            !r)
            return std::unexpected(r.error());
    return {};
}

} // namespace ss::server
