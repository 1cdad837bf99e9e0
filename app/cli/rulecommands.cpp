// sitestudio-cli rules add|list|show|run|delete: automation rules in the local cache (synced like
// every edit) and dry runs with the same engine sitehostd uses (models/automation.h).
#include "clicontext.h"

#include "automation.h"
#include "dryrunexecutor.h"
#include "json.h"
#include "localcache.h"
#include "sitestore.h"

#include <QCborArray>
#include <QCborMap>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QUuid>

namespace ss {

namespace {

using Opt = QCommandLineOption;
using namespace ss::automation;

// Admin-only actions (set_tier) are the server's to allow or refuse (403 admin_only parks the
// outbox row with that message): here they are read like any other, and take part in the loop
// check.
const Rule::ParseOptions kStoredRule{true};

struct StoredRule
{
    QString id, workspaceId, siteName, profileId;
    bool active = true;
    QCborMap json;
};

// The rule JSON as the engine reads it: the stored body plus id, workspace and activity.
QCborMap engineJson(const StoredRule &r)
{
    QCborMap m = r.json;
    m.insert(QStringLiteral("id"), r.id);
    m.insert(QStringLiteral("workspace_id"), r.workspaceId);
    m.insert(QStringLiteral("is_active"), r.active);
    return m;
}

QList<StoredRule> storedRules(LocalCache &cache, const QString &where, const QVariantList &binds)
{
    QList<StoredRule> out;
    // Account-wide rules (workspace_id NULL) belong to their profile; they list as "(every site)".
    auto q = cache.exec(
        QStringLiteral("SELECT r.id, COALESCE(r.workspace_id, ''), COALESCE(w.name, '(every "
                       "site)'), COALESCE(r.profile_id, w.profile_id, ''), r.is_active, "
                       "r.rule_json FROM automation_rules r LEFT JOIN workspaces w ON w.id = "
                       "r.workspace_id WHERE ") +
            where + QStringLiteral(" ORDER BY w.name, r.name, r.id"),
        binds);
    while (q && q->next()) {
        StoredRule r;
        r.id = q->value(0).toString();
        r.workspaceId = q->value(1).toString();
        r.siteName = q->value(2).toString();
        r.profileId = q->value(3).toString();
        r.active = q->value(4).toInt() == 1;
        auto parsed = json::parse(q->value(5).toString().toUtf8());
        r.json = parsed ? parsed->toMap() : QCborMap();
        out << r;
    }
    return out;
}

// One rule by id or unique id prefix.
Result<StoredRule> findRule(LocalCache &cache, const QString &idOrPrefix)
{
    if (idOrPrefix.size() < 4)
        return fail(QStringLiteral("give at least 4 characters of the rule id"));
    const QList<StoredRule> found =
        storedRules(cache, QStringLiteral("r.id LIKE ?"), {idOrPrefix + QLatin1Char('%')});
    if (found.isEmpty())
        return fail(
            QStringLiteral("no rule \"%1\" (see sitestudio-cli rules list)").arg(idOrPrefix));
    if (found.size() > 1)
        return fail(QStringLiteral("\"%1\" matches %2 rules; give more of the id")
                        .arg(idOrPrefix)
                        .arg(found.size()));
    return found.first();
}

QString triggerText(const Rule &rule)
{
    if (rule.schedule)
        return QStringLiteral("%1, %2").arg(rule.schedule->describe(), rule.timeZone);
    return QStringLiteral("on %1").arg(rule.trigger);
}

QString nextRunText(const Rule &rule)
{
    if (!rule.schedule || !rule.isActive)
        return QStringLiteral("-");
    const auto next = rule.schedule->nextAfter(QDateTime::currentDateTimeUtc());
    return next ? next->toString(QStringLiteral("yyyy-MM-dd HH:mm t")) : QStringLiteral("never");
}

int rulesAdd(CliContext &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(
            p, QStringLiteral("rules add"),
            {Opt(QStringLiteral("site"), QStringLiteral("Site."), QStringLiteral("NAME")),
             Opt(QStringLiteral("account"),
                 QStringLiteral("An account-wide rule: every site of the profile's account.")),
             Opt(QStringLiteral("profile"),
                 QStringLiteral("With --account: the connection profile (default: default)."),
                 QStringLiteral("NAME"), QStringLiteral("default")),
             Opt(QStringLiteral("file"), QStringLiteral("Rule JSON (docs/automation.md)."),
                 QStringLiteral("FILE"))},
            {QStringLiteral("file")}))
        return 2;
    const bool account = p.isSet(QStringLiteral("account"));
    if (account == p.isSet(QStringLiteral("site")))
        return ctx.error(QStringLiteral("rules add: give either --site NAME or --account"), 2);
    if (p.isSet(QStringLiteral("profile")) && !account)
        return ctx.error(QStringLiteral("rules add: --profile goes with --account (a site rule "
                                        "belongs to its site's profile)"),
                         2);
    QFile f(p.value(QStringLiteral("file")));
    if (!f.open(QIODevice::ReadOnly))
        return ctx.error(f.fileName() + QStringLiteral(": ") + f.errorString());
    auto body = json::parse(f.readAll());
    if (!body || !body->isMap())
        return ctx.error(
            f.fileName() + QStringLiteral(": ") +
            (body ? QStringLiteral("expected a JSON object") : body.error().toString()));
    SiteStore *sites = ctx.sites();
    if (!sites)
        return 1;
    LocalCache *cache = ctx.cache();
    QString siteId, profileId; // an account-wide rule: no site, the profile owns it
    if (account) {
        const QString name = p.value(QStringLiteral("profile"));
        auto q = cache->exec(QStringLiteral("SELECT id FROM profiles WHERE name = ?"), {name});
        if (!q)
            return ctx.error(q.error());
        if (!q->next())
            return ctx.error(QStringLiteral("rules add --account: no profile \"%1\"; an "
                                            "account-wide rule belongs to a connection profile "
                                            "(log in first: sitestudio-cli login --server URL "
                                            "--email E%2)")
                                 .arg(name, name == QLatin1String("default")
                                                ? QString()
                                                : QStringLiteral(" --profile ") + name),
                             2);
        profileId = q->value(0).toString();
    } else {
        auto site = sites->findSite(p.value(QStringLiteral("site")));
        if (!site)
            return ctx.error(site.error());
        siteId = site->id;
        auto q = cache->exec(
            QStringLiteral("SELECT COALESCE(profile_id, '') FROM workspaces WHERE id = ?"),
            {siteId});
        if (q && q->next())
            profileId = q->value(0).toString();
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCborMap withId = body->toMap();
    withId.insert(QStringLiteral("id"), id);
    withId.insert(QStringLiteral("workspace_id"), siteId);
    auto rule = Rule::fromJson(withId, kStoredRule);
    if (!rule)
        return ctx.error(f.fileName() + QStringLiteral(": ") + rule.error().toString(), 2);
    rule->workspaceId = siteId;
    rule->accountId = profileId;
    if (auto wide = checkAccountWide(*rule); !wide)
        return ctx.error(f.fileName() + QStringLiteral(": ") + wide.error().toString(), 2);
    // Loops are checked against the other rules of the same account (profile): its sites' rules
    // and its account-wide rules.
    QList<Rule> all{*rule};
    for (const StoredRule &other : storedRules(
             *cache, QStringLiteral("COALESCE(r.profile_id, w.profile_id, '') = ?"), {profileId}))
        if (auto r = Rule::fromJson(engineJson(other), kStoredRule)) {
            r->accountId = profileId;
            all << *r;
        }
    if (auto loops = checkLoops(all); !loops)
        return ctx.error(f.fileName() + QStringLiteral(": ") + loops.error().toString(), 2);

    QCborMap stored = body->toMap();
    stored.remove(QStringLiteral("id"));
    QCborMap op;
    op.insert(QStringLiteral("op"), QStringLiteral("create-rule"));
    if (account)
        op.insert(QStringLiteral("profile"), profileId); // POST /api/v1/rules
    else
        op.insert(QStringLiteral("workspace"), siteId);
    op.insert(QStringLiteral("rule"), stored);
    auto tx = cache->transaction([&]() -> Result<void> {
        auto a = cache->exec(
            QStringLiteral("INSERT INTO automation_rules (id, workspace_id, profile_id, name, "
                           "rule_json, is_active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {id, account ? QVariant() : QVariant(siteId),
             profileId.isEmpty() ? QVariant() : QVariant(profileId), rule->name,
             QString::fromUtf8(json::write(stored)), rule->isActive ? 1 : 0, SiteStore::nowUtc()});
        if (!a)
            return std::unexpected(a.error());
        auto b = cache->exec(QStringLiteral("INSERT INTO outbox (op_id, entity_type, entity_id, "
                                            "op_json, created_at) VALUES (?, 'rule', ?, ?, ?)"),
                             {QUuid::createUuid().toString(QUuid::WithoutBraces), id,
                              QString::fromUtf8(json::write(op)), SiteStore::nowUtc()});
        if (!b)
            return std::unexpected(b.error());
        return {};
    });
    if (!tx)
        return ctx.error(tx.error());
    ctx.out << id << '\n';
    ctx.out.flush();
    return 0;
}

int rulesList(CliContext &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p, QStringLiteral("rules list"),
                   {Opt(QStringLiteral("site"), QStringLiteral("Only this site's rules."),
                        QStringLiteral("NAME"))}))
        return 2;
    LocalCache *cache = ctx.cache();
    if (!cache)
        return 1;
    QString ws = QStringLiteral(""); // not null: bound as NULL it would match nothing
    if (p.isSet(QStringLiteral("site"))) {
        auto site = ctx.sites()->findSite(p.value(QStringLiteral("site")));
        if (!site)
            return ctx.error(site.error());
        ws = site->id;
    }
    QCborArray out;
    // A site's rules include the account-wide rules of its profile (they apply to it).
    for (const StoredRule &s : storedRules(
             *cache,
             QStringLiteral("? = '' OR r.workspace_id = ? OR (r.workspace_id IS NULL AND "
                            "r.profile_id = (SELECT profile_id FROM workspaces WHERE id = ?))"),
             {ws, ws, ws})) {
        auto rule = Rule::fromJson(engineJson(s), kStoredRule);
        QCborMap m;
        m.insert(QStringLiteral("id"), s.id);
        m.insert(QStringLiteral("site"), s.siteName);
        m.insert(QStringLiteral("account_wide"), s.workspaceId.isEmpty());
        m.insert(QStringLiteral("name"), s.json.value(QStringLiteral("name")));
        m.insert(QStringLiteral("active"), s.active);
        m.insert(QStringLiteral("trigger"), rule ? QCborValue(rule->trigger) : QCborValue());
        m.insert(QStringLiteral("next_run"), rule ? QCborValue(nextRunText(*rule)) : QCborValue());
        if (!rule)
            m.insert(QStringLiteral("error"), rule.error().toString());
        out.append(m);
        if (!ctx.json)
            ctx.out << QStringLiteral("%1  %2  %3  [%4]  next: %5%6\n")
                           .arg(s.id.left(8), s.siteName,
                                s.json.value(QStringLiteral("name")).toString(),
                                rule ? triggerText(*rule) : QStringLiteral("invalid"),
                                rule ? nextRunText(*rule) : QStringLiteral("-"),
                                s.active ? QString() : QStringLiteral("  (off)"));
    }
    if (ctx.json)
        ctx.printJson(out);
    ctx.out.flush();
    return 0;
}

int rulesShow(CliContext &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(
            p, QStringLiteral("rules show"),
            {Opt(QStringLiteral("runs"), QStringLiteral("How many recent runs (default 10)."),
                 QStringLiteral("N"), QStringLiteral("10"))},
            {}, 1, 1))
        return 2;
    LocalCache *cache = ctx.cache();
    if (!cache)
        return 1;
    auto stored = findRule(*cache, p.positionalArguments().first());
    if (!stored)
        return ctx.error(stored.error(), 2);
    auto rule = Rule::fromJson(engineJson(*stored), kStoredRule);
    QCborArray runs;
    auto q = cache->exec(QStringLiteral("SELECT slot, scheduled_at, status, reason, executed_at, "
                                        "origin, trace_json FROM automation_runs WHERE rule_id = ? "
                                        "ORDER BY scheduled_at DESC, id LIMIT ?"),
                         {stored->id, qBound(1, p.value(QStringLiteral("runs")).toInt(), 1000)});
    while (q && q->next()) {
        QCborMap r;
        r.insert(QStringLiteral("slot"), q->value(0).toString());
        r.insert(QStringLiteral("scheduled_at"),
                 QDateTime::fromSecsSinceEpoch(q->value(1).toLongLong(), QTimeZone::utc())
                     .toString(Qt::ISODate));
        r.insert(QStringLiteral("status"), q->value(2).toString());
        r.insert(QStringLiteral("reason"), q->value(3).toString());
        r.insert(QStringLiteral("origin"), q->value(5).toString());
        runs.append(r);
    }
    if (ctx.json) {
        QCborMap m = engineJson(*stored);
        m.insert(QStringLiteral("site"), stored->siteName);
        if (rule) {
            m.insert(QStringLiteral("credits"), rule->creditCost());
            QCborArray next;
            if (rule->schedule) {
                QDateTime t = QDateTime::currentDateTimeUtc();
                for (int i = 0; i < 10; ++i) {
                    auto n = rule->schedule->nextAfter(t);
                    if (!n)
                        break;
                    next.append(n->toOffsetFromUtc(n->offsetFromUtc()).toString(Qt::ISODate));
                    t = *n;
                }
            }
            m.insert(QStringLiteral("next_runs"), next);
        } else {
            m.insert(QStringLiteral("error"), rule.error().toString());
        }
        m.insert(QStringLiteral("runs"), runs);
        ctx.printJson(m);
        return 0;
    }
    QTextStream &o = ctx.out;
    o << stored->json.value(QStringLiteral("name")).toString() << "  (" << stored->id << ")\n";
    o << "Site:      " << stored->siteName << '\n';
    o << "Active:    " << (stored->active ? "yes" : "no") << '\n';
    if (!rule) {
        o << "Invalid:   " << rule.error().toString() << '\n';
        o.flush();
        return 1;
    }
    o << "Trigger:   " << triggerText(*rule) << '\n';
    if (rule->schedule) {
        o << "Next runs:";
        QDateTime t = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 5; ++i) {
            auto n = rule->schedule->nextAfter(t);
            if (!n)
                break;
            o << (i ? "           " : " ") << n->toString(QStringLiteral("ddd yyyy-MM-dd HH:mm t"))
              << '\n';
            t = *n;
        }
    }
    const QCborValue conditions = stored->json.value(QStringLiteral("conditions"));
    o << "Conditions: "
      << (rule->conditions.isEmpty() ? QStringLiteral("none")
                                     : QString::fromUtf8(json::write(conditions)))
      << '\n';
    o << "Actions (" << rule->creditCost() << " credits):\n";
    for (const Action &a : rule->actions)
        o << "  - " << a.type << ": " << DescribingExecutor::describe(a).mid(6) << '\n';
    o << "Mode:      "
      << stored->json.value(QStringLiteral("mode")).toString(QStringLiteral("single"))
      << ";  missed runs: "
      << stored->json.value(QStringLiteral("missed_runs")).toString(QStringLiteral("run_once"))
      << '\n';
    o << "Limits:    "
      << (rule->maxExecutionsPerDay ? QString::number(rule->maxExecutionsPerDay)
                                    : QStringLiteral("no"))
      << " executions per day (" << rule->timeZone << "), credit limit "
      << (rule->creditLimitPerExecution ? QString::number(rule->creditLimitPerExecution)
                                        : QStringLiteral("none"))
      << '\n';
    o << "Runs:      " << (runs.isEmpty() ? QStringLiteral("none synced yet") : QString()) << '\n';
    for (const QCborValue &v : runs) {
        const QCborMap r = v.toMap();
        o << "  " << r.value(QStringLiteral("scheduled_at")).toString() << "  "
          << r.value(QStringLiteral("status")).toString() << "  "
          << r.value(QStringLiteral("origin")).toString()
          << (r.value(QStringLiteral("reason")).toString().isEmpty()
                  ? QString()
                  : QStringLiteral("  ") + r.value(QStringLiteral("reason")).toString())
          << '\n';
    }
    o.flush();
    return 0;
}

// What the rule would do for an event (a sample of its trigger's, or --event FILE): conditions
// and actions, nothing changed. The same engine and trace as the designer's "Test run".
int rulesRun(CliContext &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p, QStringLiteral("rules run"),
                   {Opt(QStringLiteral("dry-run"),
                        QStringLiteral("Show what would happen; change nothing (required).")),
                    Opt(QStringLiteral("event"),
                        QStringLiteral("The event payload as a JSON object (default: a sample "
                                       "event of the rule's trigger)."),
                        QStringLiteral("FILE"))},
                   {}, 1, 1))
        return 2;
    if (!p.isSet(QStringLiteral("dry-run")))
        return ctx.error(QStringLiteral("rules run: only --dry-run is supported here; rules run "
                                        "for real on sitehostd (schedule and server events) and "
                                        "in the desktop app (desktop actions)"),
                         2);
    LocalCache *cache = ctx.cache();
    if (!cache)
        return 1;
    auto stored = findRule(*cache, p.positionalArguments().first());
    if (!stored)
        return ctx.error(stored.error(), 2);
    auto rule = Rule::fromJson(engineJson(*stored), kStoredRule);
    if (!rule)
        return ctx.error(QStringLiteral("rule %1: %2").arg(stored->id, rule.error().toString()), 2);
    Event event;
    event.type = rule->trigger;
    event.workspaceId = rule->workspaceId;
    event.accountId = rule->accountId = stored->profileId;
    event.payload = samplePayload(rule->trigger, rule->workspaceId);
    if (p.isSet(QStringLiteral("event"))) {
        QFile f(p.value(QStringLiteral("event")));
        if (!f.open(QIODevice::ReadOnly))
            return ctx.error(f.fileName() + QStringLiteral(": ") + f.errorString(), 2);
        auto payload = json::parse(f.readAll());
        if (!payload || !payload->isMap())
            return ctx.error(f.fileName() + QStringLiteral(": ") +
                                 (payload ? QStringLiteral("expected a JSON object")
                                          : payload.error().toString()),
                             2);
        // Given fields replace the sample's; the rest stay so every schema field is present.
        const QCborMap given = payload->toMap();
        for (auto it = given.cbegin(); it != given.cend(); ++it)
            event.payload.insert(it.key(), it.value());
    }
    DescribingExecutor executor;
    const RunTrace trace = runRule(*rule, event, executor, true);
    if (ctx.json) {
        ctx.printJson(trace.toJson());
        return 0;
    }
    QTextStream &o = ctx.out;
    o << "Dry run of \"" << rule->name << "\" on a " << event.type << " event (nothing changes)\n";
    for (const Condition::Step &s : trace.conditions)
        o << "  " << (s.result ? "[yes] " : "[no]  ") << s.description << '\n';
    if (trace.conditions.isEmpty())
        o << "  no conditions\n";
    for (const RunTrace::ActionStep &a : trace.actions)
        o << "  " << a.type << ": " << a.message << '\n';
    o << "Result: " << runStatusName(trace.status)
      << (trace.reason.isEmpty() ? QString()
                                 : QStringLiteral(" (") + trace.reason + QLatin1Char(')'))
      << "; " << trace.credits << " credits\n";
    o.flush();
    return 0;
}

int rulesDelete(CliContext &ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p, QStringLiteral("rules delete"), {}, {}, 1, 1))
        return 2;
    LocalCache *cache = ctx.cache();
    if (!cache)
        return 1;
    auto stored = findRule(*cache, p.positionalArguments().first());
    if (!stored)
        return ctx.error(stored.error(), 2);
    const QString id = stored->id;
    QCborMap op;
    op.insert(QStringLiteral("op"), QStringLiteral("delete-rule"));
    if (stored->workspaceId.isEmpty() && !stored->profileId.isEmpty())
        op.insert(QStringLiteral("profile"), stored->profileId); // its own profile's server
    auto tx = cache->transaction([&]() -> Result<void> {
        for (const char *sql : {"DELETE FROM automation_runs WHERE rule_id = ?",
                                "DELETE FROM automation_cursors WHERE rule_id = ?",
                                "DELETE FROM automation_rules WHERE id = ?"})
            if (auto a = cache->exec(QString::fromLatin1(sql), {id}); !a)
                return std::unexpected(a.error());
        if (auto b =
                cache->exec(QStringLiteral("INSERT INTO outbox (op_id, entity_type, entity_id, "
                                           "op_json, created_at) VALUES (?, 'rule', ?, ?, ?)"),
                            {QUuid::createUuid().toString(QUuid::WithoutBraces), id,
                             QString::fromUtf8(json::write(op)), SiteStore::nowUtc()});
            !b)
            return std::unexpected(b.error());
        return {};
    });
    if (!tx)
        return ctx.error(tx.error());
    ctx.out << "Deleted rule " << id << " (sync to send it)\n";
    ctx.out.flush();
    return 0;
}

} // namespace

void registerRuleCommands(QList<CliCommand> &commands)
{
    auto add = [&](QStringList words, QString synopsis, QString summary,
                   std::function<int(CliContext &)> run) {
        commands << CliCommand{std::move(words), std::move(synopsis), std::move(summary),
                               std::move(run)};
    };
    add({QStringLiteral("rules"), QStringLiteral("add")},
        QStringLiteral("rules add (--site NAME | --account [--profile NAME]) --file RULE.json"),
        QStringLiteral("Add an automation rule to a site, or with --account to every site of "
                       "the profile's account: validated (schedule, conditions, actions, loops), "
                       "then synced like every edit."),
        rulesAdd);
    add({QStringLiteral("rules"), QStringLiteral("list")},
        QStringLiteral("rules list [--site NAME] [--json]"),
        QStringLiteral("List automation rules with their trigger and next run."), rulesList);
    add({QStringLiteral("rules"), QStringLiteral("show")},
        QStringLiteral("rules show ID [--runs N] [--json]"),
        QStringLiteral("A rule: trigger, next runs, conditions, actions and credits, limits, "
                       "recent runs."),
        rulesShow);
    add({QStringLiteral("rules"), QStringLiteral("run")},
        QStringLiteral("rules run ID --dry-run [--event PAYLOAD.json] [--json]"),
        QStringLiteral("What the rule would do for an event (conditions, actions, credits); "
                       "changes nothing."),
        rulesRun);
    add({QStringLiteral("rules"), QStringLiteral("delete")}, QStringLiteral("rules delete ID"),
        QStringLiteral("Delete an automation rule (and its run history here)."), rulesDelete);
}

} // namespace ss
