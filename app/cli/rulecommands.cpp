// sitestudio-cli rules add|list|show|run|delete: automation rules in the local cache (synced like
// every edit) and dry runs with the same engine sitehostd uses (models/automation.h).
#include "clicontext.h"

#include "automation.h"
#include "automationstore.h"
#include "dryrunexecutor.h"
#include "json.h"
#include "localcache.h"
#include "sitestore.h"

#include <QCborArray>
#include <QCborMap>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>

namespace ss {

namespace {

using Opt = QCommandLineOption;
using namespace ss::automation;

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
    }
    // Validated (the rule, an account-wide rule's actions, loops with the account's other rules)
    // and stored with its outbox row in one transaction, as the designer does.
    AutomationStore store(*cache);
    QCborMap rule = body->toMap();
    rule.remove(QStringLiteral("id"));
    auto id = store.save(rule, account ? accountKey(profileId) : siteId);
    if (!id)
        return ctx.error(f.fileName() + QStringLiteral(": ") + id.error().toString(), 2);
    ctx.out << *id << '\n';
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
    QString site;
    if (p.isSet(QStringLiteral("site"))) {
        auto found = ctx.sites()->findSite(p.value(QStringLiteral("site")));
        if (!found)
            return ctx.error(found.error());
        site = found->id;
    }
    AutomationStore store(*cache);
    // A site's rules include the account-wide rules of its profile (they apply to it).
    auto stored = store.rules(site);
    if (!stored)
        return ctx.error(stored.error());
    QCborArray out;
    for (const StoredRule &s : *stored) {
        auto rule = store.engineRule(s);
        const QString siteName = s.isAccountWide() ? QStringLiteral("(every site)") : s.siteName;
        QCborMap m;
        m.insert(QStringLiteral("id"), s.id);
        m.insert(QStringLiteral("site"), siteName);
        m.insert(QStringLiteral("account_wide"), s.isAccountWide());
        m.insert(QStringLiteral("name"), s.json.value(QStringLiteral("name")));
        m.insert(QStringLiteral("active"), s.isActive);
        m.insert(QStringLiteral("trigger"), rule ? QCborValue(rule->trigger) : QCborValue());
        m.insert(QStringLiteral("next_run"), rule ? QCborValue(nextRunText(*rule)) : QCborValue());
        if (!rule)
            m.insert(QStringLiteral("error"), rule.error().toString());
        out.append(m);
        if (!ctx.json)
            ctx.out << QStringLiteral("%1  %2  %3  [%4]  next: %5%6\n")
                           .arg(s.id.left(8), siteName,
                                s.json.value(QStringLiteral("name")).toString(),
                                rule ? triggerText(*rule) : QStringLiteral("invalid"),
                                rule ? nextRunText(*rule) : QStringLiteral("-"),
                                s.isActive ? QString() : QStringLiteral("  (off)"));
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
    AutomationStore store(*cache);
    auto stored = store.findRule(p.positionalArguments().first());
    if (!stored)
        return ctx.error(stored.error(), 2);
    auto rule = store.engineRule(*stored);
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
        QCborMap m = stored->json;
        m.insert(QStringLiteral("id"), stored->id);
        m.insert(QStringLiteral("workspace_id"), stored->workspaceId);
        m.insert(QStringLiteral("is_active"), stored->isActive);
        m.insert(QStringLiteral("site"),
                 stored->isAccountWide() ? QStringLiteral("(every site)") : stored->siteName);
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
    o << "Active:    " << (stored->isActive ? "yes" : "no") << '\n';
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
    AutomationStore store(*cache);
    auto stored = store.findRule(p.positionalArguments().first());
    if (!stored)
        return ctx.error(stored.error(), 2);
    auto rule = store.engineRule(*stored);
    if (!rule)
        return ctx.error(QStringLiteral("rule %1: %2").arg(stored->id, rule.error().toString()), 2);
    Event event;
    event.type = rule->trigger;
    event.workspaceId = rule->workspaceId;
    event.accountId = rule->accountId;
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
    AutomationStore store(*cache);
    auto stored = store.findRule(p.positionalArguments().first());
    if (!stored)
        return ctx.error(stored.error(), 2);
    const QString id = stored->id;
    // With its runs and cursor, and queued for the server, as the designer does.
    if (auto removed = store.remove({id}); !removed)
        return ctx.error(removed.error());
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
