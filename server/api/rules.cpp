// Automation rules: storage and validation (the scheduler that runs them is a later piece).
#include "api.h"
#include "json.h"
#include "serverconfig.h"
#include "workspaces.h"

#include <QCborArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

namespace ss::server {

namespace {

const QStringList &triggerTypes()
{
    static const QStringList t = {QStringLiteral("schedule"),
                                  QStringLiteral("site_created"),
                                  QStringLiteral("theme_saved"),
                                  QStringLiteral("theme_published"),
                                  QStringLiteral("deployment_succeeded"),
                                  QStringLiteral("deployment_failed"),
                                  QStringLiteral("tier_changed"),
                                  QStringLiteral("sync_conflict"),
                                  QStringLiteral("asset_uploaded")};
    return t;
}

const QStringList &actionTypes()
{
    static const QStringList t = {QStringLiteral("publish_theme"),  QStringLiteral("rollback"),
                                  QStringLiteral("sync_workspace"), QStringLiteral("export_static"),
                                  QStringLiteral("backup"),         QStringLiteral("webhook"),
                                  QStringLiteral("notify"),         QStringLiteral("set_tier")};
    return t;
}

// Checks the rule body; returns the normalized rule JSON.
std::expected<QCborMap, ApiError> validRule(const QCborMap &body)
{
    static const QStringList allowed = {QStringLiteral("name"),
                                        QStringLiteral("trigger"),
                                        QStringLiteral("conditions"),
                                        QStringLiteral("actions"),
                                        QStringLiteral("schedule"),
                                        QStringLiteral("is_active"),
                                        QStringLiteral("max_executions_per_day"),
                                        QStringLiteral("credit_limit_per_execution"),
                                        QStringLiteral("mode"),
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
    const QCborMap trigger = body.value(QStringLiteral("trigger")).toMap();
    const QString type = trigger.value(QStringLiteral("type")).toString();
    if (!triggerTypes().contains(type))
        return apiError(400, QStringLiteral("invalid_value"),
                        QStringLiteral("trigger.type must be one of %1")
                            .arg(triggerTypes().join(QStringLiteral(", "))),
                        QStringLiteral("trigger.type"));
    if (type == QLatin1String("schedule")) {
        const QCborMap schedule = body.value(QStringLiteral("schedule")).toMap();
        const QString cron = schedule.value(QStringLiteral("cron")).toString().simplified();
        static const QRegularExpression cronShape(QStringLiteral(
            "^(@(hourly|daily|weekly|monthly|yearly|annually|midnight)|(\\S+\\s+){4}\\S+)$"));
        if (!cronShape.match(cron).hasMatch())
            return apiError(
                400, QStringLiteral("invalid_value"),
                QStringLiteral("schedule.cron must have 5 fields or be a macro such as @daily"),
                QStringLiteral("schedule.cron"));
        const QString tz = schedule.value(QStringLiteral("timezone")).toString();
        if (tz.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(tz.toUtf8()) ||
            (!tz.contains(QLatin1Char('/')) && tz != QLatin1String("UTC")))
            return apiError(
                400, QStringLiteral("invalid_value"),
                QStringLiteral("schedule.timezone must be an IANA zone such as Europe/Riga"),
                QStringLiteral("schedule.timezone"));
    }
    const QCborValue actions = body.value(QStringLiteral("actions"));
    if (!actions.isArray() || actions.toArray().isEmpty())
        return apiError(400, QStringLiteral("invalid_value"),
                        QStringLiteral("actions must be a non-empty array"),
                        QStringLiteral("actions"));
    const QCborArray list = actions.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = list.at(i).toMap().value(QStringLiteral("type")).toString();
        if (!actionTypes().contains(at))
            return apiError(400, QStringLiteral("invalid_value"),
                            QStringLiteral("action type must be one of %1")
                                .arg(actionTypes().join(QStringLiteral(", "))),
                            QStringLiteral("actions[%1].type").arg(i));
    }
    for (const char *f : {"max_executions_per_day", "credit_limit_per_execution"}) {
        const QCborValue v = body.value(QString::fromLatin1(f));
        if (!v.isUndefined() && (!v.isInteger() || v.toInteger() < 0))
            return apiError(
                400, QStringLiteral("invalid_value"),
                QStringLiteral("%1 must be a non-negative integer").arg(QString::fromLatin1(f)),
                QString::fromLatin1(f));
    }
    QCborMap rule = body;
    rule.remove(QStringLiteral("id"));
    if (!rule.contains(QStringLiteral("is_active")))
        rule.insert(QStringLiteral("is_active"), true);
    return rule;
}

QCborMap ruleJson(const QString &id, const QString &workspace, const QByteArray &rule,
                  qint64 revision, const QString &created, const QString &updated)
{
    auto parsed = json::parse(rule);
    QCborMap m = parsed ? parsed->toMap() : QCborMap();
    m.insert(QStringLiteral("id"), id);
    m.insert(QStringLiteral("workspace_id"), workspace);
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

ApiResult listRules(ApiCall &call)
{
    if (auto own = requireOwnWorkspace(call, call.param(0)); !own)
        return std::unexpected(own.error());
    auto q = call.db.exec(
        QStringLiteral("SELECT id, workspace_id, rule, revision, created_at, updated_at FROM rules "
                       "WHERE workspace_id = ? ORDER BY created_at, id"),
        {call.param(0)});
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

ApiResult createRule(ApiCall &call)
{
    if (auto own = requireOwnWorkspace(call, call.param(0)); !own)
        return std::unexpected(own.error());
    auto body = parseBody(call.request);
    if (!body)
        return apiError(400, QStringLiteral("malformed_json"), body.error().message);
    auto rule = validRule(*body);
    if (!rule)
        return std::unexpected(rule.error());
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
    QString id = newId();
    if (body->contains(QStringLiteral("id"))) {
        const QUuid u(body->value(QStringLiteral("id")).toString());
        if (u.isNull())
            return apiError(400, QStringLiteral("invalid_value"),
                            QStringLiteral("\"id\" must be a UUID"), QStringLiteral("id"));
        id = u.toString(QUuid::WithoutBraces);
        auto exists = call.db.exec(QStringLiteral("SELECT 1 FROM rules WHERE id = ?"), {id});
        if (exists && exists->next())
            return apiError(409, QStringLiteral("id_taken"),
                            QStringLiteral("a rule with this id exists"), QStringLiteral("id"));
    }
    const QString now = nowUtc();
    auto ins = call.db.exec(QStringLiteral("INSERT INTO rules (id, account_id, workspace_id, name, "
                                           "rule, revision, created_at, updated_at) "
                                           "VALUES (?, ?, ?, ?, ?, 1, ?, ?)"),
                            {id, call.accountId, call.param(0),
                             rule->value(QStringLiteral("name")).toString(),
                             QString::fromUtf8(json::write(*rule)), now, now});
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
    auto rule = validRule(*body);
    if (!rule)
        return std::unexpected(rule.error());
    auto up = call.db.exec(QStringLiteral("UPDATE rules SET name = ?, rule = ?, revision = "
                                          "revision + 1, updated_at = ? WHERE id = ?"),
                           {rule->value(QStringLiteral("name")).toString(),
                            QString::fromUtf8(json::write(*rule)), nowUtc(), call.param(0)});
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
    if (auto r = recordChange(call.db, call.accountId, QStringLiteral("rule"), call.param(0),
                              QStringLiteral("delete"), 0);
        !r)
        return std::unexpected(dbError(r.error()));
    http::Response resp;
    resp.status = 204;
    return resp;
}

} // namespace

void Api::registerRuleRoutes()
{
    add("GET", "workspaces/{}/rules", Authenticated, listRules);
    add("POST", "workspaces/{}/rules", Authenticated | Mutation, createRule);
    add("GET", "rules/{}", Authenticated, getRule);
    add("PUT", "rules/{}", Authenticated | Mutation, putRule);
    add("DELETE", "rules/{}", Authenticated | Mutation, deleteRule);
}

} // namespace ss::server
