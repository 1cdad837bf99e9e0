// The rule engine: compiling 10,000 rules (Rule::fromJson), loop detection over them, and
// evaluating one event against them with RuleIndex::match (target <= 10 ms).
//   typical: 10,000 rules over 1,000 workspaces and all nine triggers (1% account-wide); the
//            event's workspace and trigger select ~10 rules plus the account-wide ones.
//   worst:   10,000 account-wide rules on the event's trigger: every rule's conditions run.
// Conditions have four leaves including a regex (and a timestamp comparison).
// Usage: bench_rules [RULES]; SS_BENCH_ROUNDS=N repeats the worst case N times (for a profiler).
#include "automation.h"
#include "benchutil.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <QTimeZone>

using namespace ss;
using namespace ss::automation;

namespace {

// DISTINCT: every leaf's value differs from every other rule's (no two rules share a leaf, so
// RuleIndex's memo of identical leaves cannot help); otherwise the rules vary over a few values,
// as rules made from templates do.
QCborMap ruleJson(int i, const QString &workspace, const QString &trigger, bool distinct = false)
{
    QCborMap r;
    r.insert(QStringLiteral("id"), QStringLiteral("rule-%1").arg(i));
    r.insert(QStringLiteral("workspace_id"), workspace);
    r.insert(QStringLiteral("name"), QStringLiteral("Rule number %1").arg(i));
    r.insert(QStringLiteral("trigger"), QCborMap{{QStringLiteral("type"), trigger}});
    if (trigger == QLatin1String("schedule"))
        r.insert(QStringLiteral("schedule"),
                 QCborMap{{QStringLiteral("cron"), QStringLiteral("0 9 * * mon")},
                          {QStringLiteral("timezone"), QStringLiteral("Europe/Riga")}});
    auto leaf = [](const char *field, const char *op, const QCborValue &value) {
        return QCborMap{{QStringLiteral("field"), QString::fromLatin1(field)},
                        {QStringLiteral("op"), QString::fromLatin1(op)},
                        {QStringLiteral("value"), value}};
    };
    // Fields every event has, so one shape fits all triggers; i varies the values so that some
    // rules match and some do not.
    const QString tag = distinct ? QString::number(i) : QString::number(i % 10);
    QCborArray tiers = i % 3 ? QCborArray{QStringLiteral("pro"), QStringLiteral("enterprise")}
                             : QCborArray{QStringLiteral("basic")};
    if (distinct)
        tiers.append(QStringLiteral("t-") + tag);
    QCborArray all = {
        leaf("account_tier", "in", tiers),
        leaf("workspace_id", "matches",
             distinct ? QStringLiteral("^ws-[0-9]+$|^r-%1$").arg(tag)
                      : QStringLiteral("^ws-[0-9]+$")),
        QCborMap{{QStringLiteral("not"), leaf("occurred_at", "lt",
                                              QDateTime::fromSecsSinceEpoch(
                                                  1767225600 - (distinct ? i : 0), QTimeZone::utc())
                                                  .toString(Qt::ISODate))}},
    };
    all.append(QCborMap{
        {QStringLiteral("any"), QCborArray{leaf("account_tier", "eq",
                                                distinct ? QStringLiteral("enterprise-") + tag
                                                         : QStringLiteral("enterprise")),
                                           leaf("workspace_id", "contains", tag)}}});
    r.insert(QStringLiteral("conditions"), QCborMap{{QStringLiteral("all"), all}});
    r.insert(QStringLiteral("actions"),
             QCborArray{QCborMap{{QStringLiteral("type"), QStringLiteral("notify")},
                                 {QStringLiteral("message"), QStringLiteral("hello")}},
                        QCborMap{{QStringLiteral("type"), QStringLiteral("webhook")},
                                 {QStringLiteral("url"), QStringLiteral("https://h.example/x")}}});
    return r;
}

// The median of ROUNDS matches; BEST gets the fastest (on a loaded machine the median moves).
double timeMatch(const RuleIndex &index, const Event &event, int rounds, qsizetype &matched,
                 double &best)
{
    std::vector<double> times;
    for (int k = 0; k < rounds; ++k) {
        const double t0 = bench::nowMs();
        matched = index.match(event).size();
        times.push_back(bench::nowMs() - t0);
    }
    best = *std::min_element(times.begin(), times.end());
    return bench::median(times);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const QList<EventType> &types = eventTypes();

    // Typical: spread over 1,000 workspaces and all triggers, 1% account-wide.
    QList<QCborMap> typicalJson;
    for (int i = 0; i < n; ++i)
        typicalJson.append(
            ruleJson(i, i % 100 == 0 ? QString() : QStringLiteral("ws-%1").arg(i % 1000),
                     types[i % types.size()].name));
    QList<Rule> typical;
    double t0 = bench::nowMs();
    for (const QCborMap &j : typicalJson) {
        auto r = Rule::fromJson(j);
        if (!r) {
            out << "bad rule: " << r.error().toString() << Qt::endl;
            return 1;
        }
        typical.append(std::move(*r));
    }
    const double compileMs = bench::nowMs() - t0;
    out << QStringLiteral("compile: %1 rules in %2 ms (%3 us per rule)\n")
               .arg(n)
               .arg(compileMs, 0, 'f', 1)
               .arg(compileMs * 1000 / n, 0, 'f', 1);

    t0 = bench::nowMs();
    auto loops = checkLoops(typical);
    out << QStringLiteral("checkLoops over %1 rules: %2 ms (%3)\n")
               .arg(n)
               .arg(bench::nowMs() - t0, 0, 'f', 1)
               .arg(loops ? QStringLiteral("no loop") : loops.error().message.left(60));

    RuleIndex index;
    t0 = bench::nowMs();
    index.setRules(typical);
    out << QStringLiteral("RuleIndex::setRules: %1 ms\n").arg(bench::nowMs() - t0, 0, 'f', 2);

    Event event;
    event.type = QStringLiteral("deployment_failed");
    event.workspaceId = QStringLiteral("ws-5");
    event.payload = samplePayload(event.type, event.workspaceId);
    qsizetype matched = 0;
    double best = 0;
    const double typicalMs = timeMatch(index, event, 2000, matched, best);
    out << QStringLiteral("typical: match one event against %1 rules (1,000 workspaces, 9 "
                          "triggers): %2 ms median (fastest %4), %3 rules matched\n")
               .arg(n)
               .arg(typicalMs, 0, 'f', 4)
               .arg(matched)
               .arg(best, 0, 'f', 4);

    // Worst case: every rule is account-wide on the event's trigger.
    QList<Rule> worst;
    for (int i = 0; i < n; ++i) {
        auto r = Rule::fromJson(ruleJson(i, QString(), event.type));
        worst.append(std::move(*r));
    }
    index.setRules(worst);
    double worstMs = timeMatch(index, event,
                               qEnvironmentVariableIntValue("SS_BENCH_ROUNDS")
                                   ? qEnvironmentVariableIntValue("SS_BENCH_ROUNDS")
                                   : 51,
                               matched, best);
    out << QStringLiteral("worst: match one event against %1 account-wide rules on its trigger: "
                          "%2 ms median (fastest %4), %3 rules matched\n")
               .arg(n)
               .arg(worstMs, 0, 'f', 3)
               .arg(matched)
               .arg(best, 0, 'f', 3);
    // The same with no leaf shared between rules.
    QList<Rule> distinct;
    for (int i = 0; i < n; ++i) {
        auto r = Rule::fromJson(ruleJson(i, QString(), event.type, true));
        if (!r) {
            out << "bad rule: " << r.error().toString() << Qt::endl;
            return 1;
        }
        distinct.append(std::move(*r));
    }
    index.setRules(distinct);
    const double distinctMs = timeMatch(index, event, 51, matched, best);
    out << QStringLiteral("worst, no two rules alike: match one event against %1 account-wide "
                          "rules, no leaf shared: %2 ms median (fastest %4), %3 rules "
                          "matched\n")
               .arg(n)
               .arg(distinctMs, 0, 'f', 3)
               .arg(matched)
               .arg(best, 0, 'f', 3);
    worstMs = std::max(worstMs, distinctMs);
    // The target is for the typical case; the worst case is reported against it too (it
    // depends on the machine's load: a shared 2-core builder can be 2-3x slower than idle).
    auto verdict = [](double ms) {
        return ms <= 10 ? QStringLiteral("OK") : QStringLiteral("OVER TARGET");
    };
    out << QStringLiteral("target <= 10 ms: typical %1 ms %2; worst case %3 ms %4\n")
               .arg(typicalMs, 0, 'f', 4)
               .arg(verdict(typicalMs))
               .arg(worstMs, 0, 'f', 3)
               .arg(verdict(worstMs));
    return 0;
}
