// The automation rule engine (models/automation.h): event schemas and sample payloads, every
// condition operator, rule validation with its messages, loop detection, runRule traces, the
// RuleIndex and the run trace JSON.
#include "automation.h"
#include "json.h"
#include "testutil.h"

#include <QCborArray>
#include <QTest>

using namespace ss;
using namespace ss::automation;

namespace {

QCborMap obj(const char *text)
{
    return test::parseOrDie(QByteArray(text)).toMap();
}

QCborValue val(const char *text)
{
    return test::parseOrDie(QByteArray(text));
}

// Records every call; fails the action whose type is in `failing`.
class FakeExecutor : public ActionExecutor
{
public:
    struct Call
    {
        QString type;
        bool dryRun;
        QCborMap params;
    };
    QList<Call> calls;
    QStringList failing;
    QList<Event> emitting;

    ActionResult execute(const Rule &, const Action &action, const Event &, bool dryRun) override
    {
        calls.append({action.type, dryRun, action.params});
        ActionResult r;
        r.ok = !failing.contains(action.type);
        r.message = r.ok ? QStringLiteral("did %1").arg(action.type)
                         : QStringLiteral("%1 broke").arg(action.type);
        r.output.insert(QStringLiteral("n"), calls.size());
        if (r.ok)
            r.emitted = emitting;
        return r;
    }
};

Rule rule(const char *text, bool admin = false)
{
    auto r = Rule::fromJson(obj(text), Rule::ParseOptions{admin});
    if (!r)
        qFatal("bad test rule: %s", qPrintable(r.error().toString()));
    return *r;
}

Event makeEvent(const QString &type, const QString &ws, QCborMap payload = {})
{
    Event e;
    e.type = type;
    e.workspaceId = ws;
    e.payload = payload.isEmpty() ? samplePayload(type, ws) : payload;
    return e;
}

} // namespace

class TestAutomation : public QObject
{
    Q_OBJECT

private slots:
    void everyEventHasASchemaAndASample();
    void actionCatalogue();
    void operators_data();
    void operators();
    void typeMismatchesRefused_data();
    void typeMismatchesRefused();
    void groups();
    void traceInDocumentOrder();
    void regexLimits();
    void depthLimit();
    void badRules_data();
    void badRules();
    void goodRuleNormalized();
    void adminActionAllowedForAdmins();
    void webhookUrls_data();
    void webhookUrls();
    void loops();
    void runRuleTraces();
    void runRuleLimits();
    void dryRun();
    void ruleIndex();
    void accountWideRulesStayInTheirAccount();
    void siteCopiesOfAnAccountEventSkipAccountWideRules();
    void traceRoundTrip();
    void dayKeyInRuleZone();
    void numberAndBooleanFields();
    void indexAgreesWithConditions();
    void bookkeepingKept();
};

void TestAutomation::everyEventHasASchemaAndASample()
{
    const QStringList expected = {"schedule",        "site_created",         "theme_saved",
                                  "theme_published", "deployment_succeeded", "deployment_failed",
                                  "tier_changed",    "sync_conflict",        "asset_uploaded"};
    QStringList names;
    for (const EventType &t : eventTypes())
        names << t.name;
    QCOMPARE(names, expected);
    for (const EventType &t : eventTypes()) {
        QVERIFY2(!t.description.isEmpty(), qPrintable(t.name));
        QVERIFY(t.field("workspace_id") && t.field("occurred_at") && t.field("account_tier"));
        const QCborMap sample = samplePayload(t.name, "ws-1");
        QCOMPARE(sample.size(), t.fields.size());
        const ResolvedPayload p = ResolvedPayload::resolve(t, sample);
        for (qsizetype i = 0; i < t.fields.size(); ++i) {
            QVERIFY2(!t.fields[i].description.isEmpty(), qPrintable(t.fields[i].name));
            QVERIFY2(p.fields[size_t(i)].present,
                     qPrintable(t.name + "." + t.fields[i].name + " missing or mistyped"));
            // Every field can be tested with `exists` on the sample.
            auto c = Condition::compile(QCborMap{{"field", t.fields[i].name}, {"op", "exists"}}, t);
            QVERIFY2(c, SS_WHY(c));
            QVERIFY(c->evaluate(sample));
        }
        QCOMPARE(sample.value("workspace_id").toString(), QString("ws-1"));
        QVERIFY(eventType(t.name) == &t);
    }
    QVERIFY(!eventType("deployment_started"));
    QVERIFY(samplePayload("nope").isEmpty());
}

void TestAutomation::actionCatalogue()
{
    QStringList names;
    for (const ActionType &a : actionTypes())
        names << a.name;
    QCOMPARE(names, QStringList({"publish_theme", "rollback", "sync_workspace", "export_static",
                                 "backup", "webhook", "notify", "set_tier"}));
    QCOMPARE(actionType("publish_theme")->creditCost, 2);
    QVERIFY(actionType("publish_theme")->emits.contains("deployment_failed"));
    QCOMPARE(actionType("export_static")->site, ActionSite::Desktop);
    QCOMPARE(actionType("sync_workspace")->site, ActionSite::Desktop);
    QCOMPARE(actionType("webhook")->site, ActionSite::Server);
    QVERIFY(actionType("set_tier")->adminOnly);
    QVERIFY(!actionType("webhook")->adminOnly);
    // The parameters' metadata (the designer's forms) is what fromJson enforces.
    const ActionType *webhook = actionType("webhook");
    QCOMPARE(webhook->params.size(), 4);
    QCOMPARE(webhook->params[2].name, QString("timeout_ms"));
    QCOMPARE(webhook->params[2].minimum, 100);
    QCOMPARE(webhook->params[2].maximum, 30000);
    QCOMPARE(webhook->params[2].defaultValue.toInteger(), 5000);
    QVERIFY(webhook->params[0].required);
    QCOMPARE(actionType("set_tier")->params[0].choices,
             QStringList({"basic", "pro", "enterprise"}));
    QCOMPARE(actionType("notify")->params[0].maxLength, 500);
    for (const ActionType &a : actionTypes())
        for (const QString &e : a.emits)
            QVERIFY2(eventType(e), qPrintable(a.name + " emits unknown " + e));
}

void TestAutomation::operators_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QString>("condition");
    QTest::addColumn<bool>("expected");
    // Sample payloads: deployment_failed (kind publish, duration_ms 950, error "render failed:
    // ..."), theme_saved (revision 12, changed_pages [index, menu]), schedule (slot
    // 2026-11-23T07:00:00Z).
    const QString df = "deployment_failed", ts = "theme_saved", sc = "schedule";
    QTest::newRow("eq string true")
        << df << R"({"field": "kind", "op": "eq", "value": "publish"})" << true;
    QTest::newRow("eq string false")
        << df << R"({"field": "kind", "op": "eq", "value": "Publish"})" << false;
    QTest::newRow("ne string true")
        << df << R"({"field": "kind", "op": "ne", "value": "rollback"})" << true;
    QTest::newRow("ne string false")
        << df << R"({"field": "kind", "op": "ne", "value": "publish"})" << false;
    QTest::newRow("eq int true") << ts << R"({"field": "revision", "op": "eq", "value": 12})"
                                 << true;
    QTest::newRow("eq int false") << ts << R"({"field": "revision", "op": "eq", "value": 13})"
                                  << false;
    QTest::newRow("gt true") << df << R"({"field": "duration_ms", "op": "gt", "value": 900})"
                             << true;
    QTest::newRow("gt false (equal)")
        << df << R"({"field": "duration_ms", "op": "gt", "value": 950})" << false;
    QTest::newRow("gte true (equal)")
        << df << R"({"field": "duration_ms", "op": "gte", "value": 950})" << true;
    QTest::newRow("gte false") << df << R"({"field": "duration_ms", "op": "gte", "value": 951})"
                               << false;
    QTest::newRow("lt true") << df << R"({"field": "duration_ms", "op": "lt", "value": 1000})"
                             << true;
    QTest::newRow("lt false") << df << R"({"field": "duration_ms", "op": "lt", "value": 950})"
                              << false;
    QTest::newRow("lte true") << df << R"({"field": "duration_ms", "op": "lte", "value": 950})"
                              << true;
    QTest::newRow("lte false") << df << R"({"field": "duration_ms", "op": "lte", "value": 949})"
                               << false;
    QTest::newRow("timestamp gt true")
        << sc << R"({"field": "slot", "op": "gt", "value": "2026-11-23T06:59:00Z"})" << true;
    QTest::newRow("timestamp gt false")
        << sc << R"({"field": "slot", "op": "gt", "value": "2026-11-23T09:00:00+02:00"})" << false;
    QTest::newRow("timestamp eq other offset")
        << sc << R"({"field": "slot", "op": "eq", "value": "2026-11-23T09:00:00+02:00"})" << true;
    QTest::newRow("timestamp lt true")
        << sc << R"({"field": "slot", "op": "lt", "value": "2027-01-01T00:00:00Z"})" << true;
    QTest::newRow("contains substring true")
        << df << R"({"field": "error", "op": "contains", "value": "Carousel"})" << true;
    QTest::newRow("contains substring false")
        << df << R"({"field": "error", "op": "contains", "value": "carousel"})" << false;
    QTest::newRow("contains list true")
        << ts << R"({"field": "changed_pages", "op": "contains", "value": "menu"})" << true;
    QTest::newRow("contains list false (element, not substring)")
        << ts << R"({"field": "changed_pages", "op": "contains", "value": "men"})" << false;
    QTest::newRow("eq list true")
        << ts << R"({"field": "changed_pages", "op": "eq", "value": ["index", "menu"]})" << true;
    QTest::newRow("eq list false")
        << ts << R"({"field": "changed_pages", "op": "eq", "value": ["menu", "index"]})" << false;
    QTest::newRow("in string true")
        << df << R"({"field": "kind", "op": "in", "value": ["rollback", "publish"]})" << true;
    QTest::newRow("in string false")
        << df << R"({"field": "kind", "op": "in", "value": ["rollback"]})" << false;
    QTest::newRow("in int true") << ts << R"({"field": "pages", "op": "in", "value": [1, 6]})"
                                 << true;
    QTest::newRow("in int false") << ts << R"({"field": "pages", "op": "in", "value": [1, 2]})"
                                  << false;
    QTest::newRow("matches true")
        << df
        << R"({"field": "error", "op": "matches", "value": "^render failed: page \"[a-z]+\""})"
        << true;
    QTest::newRow("matches anchored as written")
        << df << R"({"field": "error", "op": "matches", "value": "^failed"})" << false;
    QTest::newRow("matches unanchored")
        << df << R"({"field": "error", "op": "matches", "value": "fail(ed)?"})" << true;
    QTest::newRow("exists true") << df << R"({"field": "error", "op": "exists"})" << true;
    QTest::newRow("exists true explicit")
        << df << R"({"field": "error", "op": "exists", "value": true})" << true;
    QTest::newRow("exists false") << df << R"({"field": "error", "op": "exists", "value": false})"
                                  << false;
}

void TestAutomation::operators()
{
    QFETCH(QString, trigger);
    QFETCH(QString, condition);
    QFETCH(bool, expected);
    const EventType *t = eventType(trigger);
    QVERIFY(t);
    auto c = Condition::compile(val(condition.toUtf8().constData()), *t);
    QVERIFY2(c, SS_WHY(c));
    const QCborMap payload = samplePayload(trigger, "ws-1");
    QCOMPARE(c->evaluate(payload), expected);
    QList<Condition::Step> steps;
    QCOMPARE(c->evaluate(payload, steps), expected);
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps[0].result, expected);
    QCOMPARE(steps[0].path, QString("conditions"));
    QCOMPARE(c->evaluate(ResolvedPayload::resolve(*t, payload)), expected);

    // A payload without the field: only `exists false` holds.
    QCborMap without = payload;
    const QString field = val(condition.toUtf8().constData()).toMap().value("field").toString();
    without.remove(field);
    const bool existsFalse = condition.contains("\"exists\"") && condition.contains("false");
    QCOMPARE(c->evaluate(without), existsFalse);
}

void TestAutomation::typeMismatchesRefused_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    const QString df = "deployment_failed", ts = "theme_saved", sc = "schedule";
    QTest::newRow("string value for integer")
        << df << R"({"field": "duration_ms", "op": "eq", "value": "950"})"
        << "conditions.value"
        << "\"duration_ms\" is an integer field: the value must be an integer";
    QTest::newRow("double value for integer")
        << df << R"({"field": "duration_ms", "op": "gt", "value": 1.5})"
        << "conditions.value"
        << "must be an integer";
    QTest::newRow("integer value for string")
        << df << R"({"field": "kind", "op": "eq", "value": 1})"
        << "conditions.value"
        << "\"kind\" is a string field";
    QTest::newRow("gt on string")
        << df << R"({"field": "kind", "op": "gt", "value": "a"})"
        << "conditions.op"
        << "gt compares integers, numbers and timestamps; \"kind\" is a string field";
    QTest::newRow("gt on list") << ts << R"({"field": "changed_pages", "op": "lte", "value": 1})"
                                << "conditions.op"
                                << "lte compares";
    QTest::newRow("bad timestamp") << sc << R"({"field": "slot", "op": "gt", "value": "tomorrow"})"
                                   << "conditions.value"
                                   << "ISO 8601";
    QTest::newRow("contains on integer")
        << ts << R"({"field": "revision", "op": "contains", "value": "1"})"
        << "conditions.op"
        << "contains works on string and string list fields";
    QTest::newRow("contains with number")
        << df << R"({"field": "error", "op": "contains", "value": 1})"
        << "conditions.value"
        << "contains needs a string";
    QTest::newRow("in without array")
        << df << R"({"field": "kind", "op": "in", "value": "publish"})"
        << "conditions.value"
        << "in needs an array";
    QTest::newRow("in empty array") << df << R"({"field": "kind", "op": "in", "value": []})"
                                    << "conditions.value"
                                    << "in needs an array";
    QTest::newRow("in wrong element")
        << ts << R"({"field": "pages", "op": "in", "value": [1, "2"]})"
        << "conditions.value[1]"
        << "must be an integer";
    QTest::newRow("in on list") << ts << R"({"field": "changed_pages", "op": "in", "value": ["a"]})"
                                << "conditions.op"
                                << "use contains";
    QTest::newRow("matches on integer")
        << ts << R"({"field": "pages", "op": "matches", "value": "1"})"
        << "conditions.op"
        << "matches needs a string field";
    QTest::newRow("exists with value") << df << R"({"field": "kind", "op": "exists", "value": "x"})"
                                       << "conditions.value"
                                       << "exists takes no value";
    QTest::newRow("missing value") << df << R"({"field": "kind", "op": "eq"})"
                                   << "conditions.value"
                                   << "required";
    QTest::newRow("unknown op") << df << R"({"field": "kind", "op": "like", "value": "x"})"
                                << "conditions.op"
                                << "unknown operator \"like\"";
    QTest::newRow("unknown key") << df
                                 << R"({"field": "kind", "op": "eq", "value": "x", "case": "i"})"
                                 << "conditions.case"
                                 << "unknown key \"case\"";
    QTest::newRow("field the event lacks")
        << df
        << R"({"all": [{"field": "kind", "op": "eq", "value": "x"}, {"field": "tier", "op": "eq", "value": "pro"}]})"
        << "conditions.all[1].field"
        << "the deployment_failed event has no field \"tier\"; it has: workspace_id, occurred_at, "
           "account_tier, deployment_id";
    QTest::newRow("not an object") << df << R"(["kind"])"
                                   << "conditions"
                                   << "a condition is an object";
    QTest::newRow("group with extra key") << df << R"({"all": [], "field": "kind"})"
                                          << "conditions.field"
                                          << "a group has exactly one key";
    QTest::newRow("all not an array") << df << R"({"all": {"field": "kind"}})"
                                      << "conditions.all"
                                      << "\"all\" takes an array";
    QTest::newRow("empty any") << df << R"({"any": []})"
                               << "conditions.any"
                               << "\"any\" needs at least one condition";
}

void TestAutomation::typeMismatchesRefused()
{
    QFETCH(QString, trigger);
    QFETCH(QString, condition);
    QFETCH(QString, where);
    QFETCH(QString, message);
    auto c = Condition::compile(val(condition.toUtf8().constData()), *eventType(trigger));
    QVERIFY(!c);
    QCOMPARE(c.error().where, where);
    QVERIFY2(c.error().message.contains(message), qPrintable(c.error().toString()));
}

void TestAutomation::groups()
{
    const EventType &t = *eventType("deployment_failed");
    const QCborMap p = samplePayload("deployment_failed", "ws");
    auto check = [&](const char *json, bool expected) {
        auto c = Condition::compile(val(json), t);
        QVERIFY2(c, SS_WHY(c));
        QCOMPARE(c->evaluate(p), expected);
        QList<Condition::Step> steps;
        QCOMPARE(c->evaluate(p, steps), expected);
        QCOMPARE(steps.front().result, expected);
    };
    const char *yes = R"({"field": "kind", "op": "eq", "value": "publish"})";
    const char *no = R"({"field": "kind", "op": "eq", "value": "rollback"})";
    Q_UNUSED(yes);
    Q_UNUSED(no);
    check(
        R"({"all": [{"field": "kind", "op": "eq", "value": "publish"}, {"field": "duration_ms", "op": "gt", "value": 100}]})",
        true);
    check(
        R"({"all": [{"field": "kind", "op": "eq", "value": "publish"}, {"field": "duration_ms", "op": "gt", "value": 10000}]})",
        false);
    check(
        R"({"any": [{"field": "kind", "op": "eq", "value": "rollback"}, {"field": "duration_ms", "op": "gt", "value": 100}]})",
        true);
    check(
        R"({"any": [{"field": "kind", "op": "eq", "value": "rollback"}, {"field": "duration_ms", "op": "gt", "value": 10000}]})",
        false);
    check(R"({"not": {"field": "kind", "op": "eq", "value": "rollback"}})", true);
    check(R"({"not": {"field": "kind", "op": "eq", "value": "publish"}})", false);
    check(
        R"({"all": [{"any": [{"field": "kind", "op": "eq", "value": "rollback"}, {"not": {"field": "error", "op": "eq", "value": ""}}]}, {"not": {"not": {"field": "subdomain", "op": "matches", "value": "^riverside-"}}}]})",
        true);
    check(
        R"({"all": [{"any": [{"field": "kind", "op": "eq", "value": "rollback"}, {"not": {"field": "error", "op": "exists"}}]}, {"field": "subdomain", "op": "exists"}]})",
        false);
    check(R"({"all": []})", true);

    // An absent / empty condition is true.
    for (const QCborValue &empty : {QCborValue(), QCborValue(QCborMap()), QCborValue(nullptr)}) {
        auto c = Condition::compile(empty, t);
        QVERIFY(c);
        QVERIFY(c->isEmpty());
        QVERIFY(c->evaluate(p));
    }
}

void TestAutomation::traceInDocumentOrder()
{
    const EventType &t = *eventType("deployment_failed");
    auto c = Condition::compile(val(R"({"all": [{"field": "kind", "op": "eq", "value": "publish"},
                        {"any": [{"field": "duration_ms", "op": "gt", "value": 5000},
                                 {"not": {"field": "subdomain", "op": "matches", "value": "^test-"}}]},
                        {"field": "error", "op": "contains", "value": "nothing"}]})"),
                                t);
    QVERIFY2(c, SS_WHY(c));
    QList<Condition::Step> steps;
    QVERIFY(!c->evaluate(samplePayload("deployment_failed"), steps));
    QStringList got;
    for (const Condition::Step &s : steps)
        got << QString("%1 | %2 | %3").arg(s.path, s.description, s.result ? "true" : "false");
    const QStringList expected = {
        "conditions | all of 3 | false",
        "conditions.all[0] | kind eq \"publish\" | true",
        "conditions.all[1] | any of 2 | true",
        "conditions.all[1].any[0] | duration_ms gt 5000 | false",
        "conditions.all[1].any[1] | not | true",
        "conditions.all[1].any[1].not | subdomain matches \"^test-\" | false",
        "conditions.all[2] | error contains \"nothing\" | false",
    };
    QCOMPARE(got, expected);
}

void TestAutomation::regexLimits()
{
    const EventType &t = *eventType("deployment_failed");
    auto make = [](const QString &pattern) {
        return QCborMap{{"field", "subdomain"}, {"op", "matches"}, {"value", pattern}};
    };
    QVERIFY(Condition::compile(make(QString(200, 'a')), t));
    auto tooLong = Condition::compile(make(QString(201, 'a')), t);
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().where, QString("conditions.value"));
    QCOMPARE(tooLong.error().message,
             QString("the pattern has 201 characters; at most 200 are allowed"));
    auto invalid = Condition::compile(make("^(a|b"), t);
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().where, QString("conditions.value"));
    QVERIFY2(invalid.error().message.startsWith("invalid regular expression: "),
             qPrintable(invalid.error().message));
    QVERIFY(!Condition::compile(make("[z-a]"), t));
    // Catastrophic backtracking is refused; a nested repetition that is not ambiguous is fine.
    for (const char *slow :
         {"(a+)+$", "^(\\w+\\s?)*$", "(a|a)+$", "(x+x+)+y", "^(([a-z])+.)+[A-Z]([a-z])+$"}) {
        auto r = Condition::compile(make(QString::fromLatin1(slow)), t);
        QVERIFY2(!r, slow);
        QVERIFY2(r.error().message.contains("backtracks catastrophically"),
                 qPrintable(r.error().message));
    }
    for (const char *fine : {"^([a-z0-9-]+\\.)+example\\.com$", "^(\\d{1,3}\\.){3}\\d{1,3}$",
                             "^test-", "(prod|staging)$"}) {
        auto r = Condition::compile(make(QString::fromLatin1(fine)), t);
        QVERIFY2(r, SS_WHY(r));
    }
}

void TestAutomation::depthLimit()
{
    const EventType &t = *eventType("tier_changed");
    QCborValue c = QCborMap{{"field", "to_tier"}, {"op", "eq"}, {"value", "pro"}};
    for (int i = 0; i < Condition::maxDepth; ++i)
        c = QCborMap{{"not", c}};
    QVERIFY(Condition::compile(c, t)); // 8 groups
    QVERIFY(Condition::compile(c, t)->evaluate(samplePayload("tier_changed")));
    auto deeper = Condition::compile(QCborMap{{"all", QCborArray{c}}}, t);
    QVERIFY(!deeper);
    QVERIFY2(deeper.error().message.contains("nested deeper than 8"),
             qPrintable(deeper.error().toString()));
}

void TestAutomation::badRules_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    const QString publish = R"("actions": [{"type": "publish_theme"}])";
    auto r = [&](const QString &body) { return "{\"name\": \"R\", " + body + "}"; };
    QTest::newRow("no name")
        << R"({"trigger": {"type": "site_created"}, "actions": [{"type": "backup"}]})"
        << "name"
        << "required";
    QTest::newRow("long name")
        << "{\"name\": \"" + QString(201, 'n') +
               R"(", "trigger": {"type": "site_created"}, "actions": [{"type": "backup"}]})"
        << "name"
        << "at most 200 characters";
    QTest::newRow("unknown field")
        << r(R"("trigger": {"type": "site_created"}, "actions": [{"type": "backup"}], "priority": 1)")
        << "priority"
        << "unknown field \"priority\"";
    QTest::newRow("no trigger") << r(publish) << "trigger"
                                << "required";
    QTest::newRow("wrong trigger")
        << r(R"("trigger": {"type": "deployment_started"}, )" + publish) << "trigger.type"
        << "unknown trigger \"deployment_started\"; use one of schedule, site_created";
    QTest::newRow("missing schedule")
        << r(R"("trigger": {"type": "schedule"}, )" + publish) << "schedule"
        << "a schedule trigger needs";
    QTest::newRow("schedule on event rule")
        << r(R"("trigger": {"type": "site_created"}, "schedule": {"cron": "@daily", "timezone": "UTC"}, )" +
             publish)
        << "schedule"
        << "only schedule rules have a schedule";
    QTest::newRow("bad cron")
        << r(R"("trigger": {"type": "schedule"}, "schedule": {"cron": "0 9 * *", "timezone": "UTC"}, )" +
             publish)
        << "schedule.cron"
        << "expected 5 fields";
    QTest::newRow("cron never")
        << r(R"("trigger": {"type": "schedule"}, "schedule": {"cron": "0 0 31 2 *", "timezone": "UTC"}, )" +
             publish)
        << "schedule.cron"
        << "day-of-month";
    QTest::newRow("EST zone")
        << r(R"("trigger": {"type": "schedule"}, "schedule": {"cron": "0 9 * * mon", "timezone": "EST"}, )" +
             publish)
        << "schedule.timezone"
        << "\"EST\" is not an IANA time zone id";
    QTest::newRow("no zone")
        << r(R"("trigger": {"type": "schedule"}, "schedule": {"cron": "0 9 * * mon"}, )" + publish)
        << "schedule.timezone"
        << "required";
    QTest::newRow("EST event zone")
        << r(R"("trigger": {"type": "site_created"}, "timezone": "EST", )" + publish) << "timezone"
        << "not an IANA time zone id";
    QTest::newRow("condition on a field the event lacks")
        << r(R"("trigger": {"type": "deployment_failed"}, "conditions": {"all": [{"field": "kind", "op": "eq", "value": "publish"}, {"field": "tier", "op": "eq", "value": "pro"}]}, "actions": [{"type": "notify", "message": "x"}])")
        << "conditions.all[1].field"
        << "the deployment_failed event has no field \"tier\"; it has: workspace_id, occurred_at, "
           "account_tier, deployment_id, kind, status, subdomain, error, duration_ms";
    QTest::newRow("no actions") << r(R"("trigger": {"type": "site_created"}, "actions": [])")
                                << "actions"
                                << "required: an array of 1 to 20 actions";
    QTest::newRow("unknown action")
        << r(R"("trigger": {"type": "site_created"}, "actions": [{"type": "email"}])")
        << "actions[0].type"
        << "unknown action \"email\"";
    QTest::newRow("unknown action param")
        << r(R"("trigger": {"type": "site_created"}, "actions": [{"type": "backup"}, {"type": "webhook", "url": "https://x.example", "method": "PUT"}])")
        << "actions[1].method"
        << "unknown parameter \"method\" of webhook; it takes: url, secret, timeout_ms, retries";
    QTest::newRow("param of paramless action")
        << r(R"("trigger": {"type": "site_created"}, "actions": [{"type": "sync_workspace", "force": true}])")
        << "actions[0].force"
        << "sync_workspace takes no parameters";
    QTest::newRow("param wrong type")
        << r(R"("trigger": {"type": "site_created"}, "actions": [{"type": "rollback", "revision": "7"}])")
        << "actions[0].revision"
        << "must be an integer";
    QTest::newRow("missing required param")
        << r(R"("trigger": {"type": "site_created"}, "actions": [{"type": "export_static"}])")
        << "actions[0].folder"
        << "required";
    QTest::newRow("relative folder")
        << r(R"("trigger": {"type": "site_created"}, "actions": [{"type": "export_static", "folder": "out/site"}])")
        << "actions[0].folder"
        << "must be an absolute folder path";
    QTest::newRow("webhook http example.com")
        << r(R"("trigger": {"type": "site_created"}, "actions": [{"type": "webhook", "url": "http://example.com/hook"}])")
        << "actions[0].url"
        << "http is allowed only to this machine";
    QTest::newRow("webhook ftp")
        << r(R"("trigger": {"type": "site_created"}, "actions": [{"type": "webhook", "url": "ftp://example.com/hook"}])")
        << "actions[0].url"
        << "not \"ftp:\"";
    QTest::newRow("webhook userinfo")
        << r(R"("trigger": {"type": "site_created"}, "actions": [{"type": "webhook", "url": "https://user:pw@x.example/"}])")
        << "actions[0].url"
        << "user name or password";
    QTest::newRow("webhook private http")
        << r(R"("trigger": {"type": "site_created"}, "actions": [{"type": "webhook", "url": "http://10.0.0.1/"}])")
        << "actions[0].url"
        << "http is allowed only to this machine";
    QTest::newRow("webhook timeout")
        << r(R"("trigger": {"type": "site_created"}, "actions": [{"type": "webhook", "url": "https://x.example", "timeout_ms": 50}])")
        << "actions[0].timeout_ms"
        << "must be from 100 to 30000, not 50";
    QTest::newRow("webhook retries")
        << r(R"("trigger": {"type": "site_created"}, "actions": [{"type": "webhook", "url": "https://x.example", "retries": 6}])")
        << "actions[0].retries"
        << "must be from 0 to 5";
    QTest::newRow("notify too long")
        << r(R"("trigger": {"type": "site_created"}, "actions": [{"type": "notify", "message": ")" +
             QString(501, 'm') + "\"}]")
        << "actions[0].message"
        << "at most 500 characters";
    QTest::newRow("set_tier bad tier")
        << r(R"("trigger": {"type": "site_created"}, "actions": [{"type": "set_tier", "tier": "gold"}])")
        << "actions[0].type"
        << "set_tier is an administrator's action";
    QTest::newRow("admin action present")
        << r(R"("trigger": {"type": "site_created"}, "actions": [{"type": "set_tier", "tier": "pro"}])")
        << "actions[0].type"
        << "set_tier is an administrator's action: only an administrator can save a rule with it";
    QTest::newRow("negative daily cap")
        << r(R"("trigger": {"type": "site_created"}, "max_executions_per_day": -1, )" + publish)
        << "max_executions_per_day"
        << "cannot be negative";
    QTest::newRow("negative credit limit")
        << r(R"("trigger": {"type": "site_created"}, "credit_limit_per_execution": -5, )" + publish)
        << "credit_limit_per_execution"
        << "cannot be negative";
    QTest::newRow("cap too big")
        << r(R"("trigger": {"type": "site_created"}, "max_executions_per_day": 1000001, )" +
             publish)
        << "max_executions_per_day"
        << "at most 1,000,000";
    QTest::newRow("cap not integer")
        << r(R"("trigger": {"type": "site_created"}, "max_executions_per_day": 1.5, )" + publish)
        << "max_executions_per_day"
        << "must be a whole number";
    QTest::newRow("bad mode") << r(R"("trigger": {"type": "site_created"}, "mode": "restart", )" +
                                   publish)
                              << "mode"
                              << "must be one of single, queued, parallel";
    QTest::newRow("max_parallel range")
        << r(R"("trigger": {"type": "site_created"}, "mode": "parallel", "max_parallel": 17, )" +
             publish)
        << "max_parallel"
        << "from 1 to 16";
    QTest::newRow("max_parallel not parallel")
        << r(R"("trigger": {"type": "site_created"}, "mode": "queued", "max_parallel": 3, )" +
             publish)
        << "max_parallel"
        << "only for mode \"parallel\"";
    QTest::newRow("bad missed_runs")
        << r(R"("trigger": {"type": "schedule"}, "schedule": {"cron": "@daily", "timezone": "UTC"}, "missed_runs": "all", )" +
             publish)
        << "missed_runs"
        << "must be one of skip, run_once, run_all";
    QTest::newRow("is_active string")
        << r(R"("trigger": {"type": "site_created"}, "is_active": "yes", )" + publish)
        << "is_active"
        << "true or false";
}

void TestAutomation::badRules()
{
    QFETCH(QString, json);
    QFETCH(QString, where);
    QFETCH(QString, message);
    auto parsed = json::parse(json.toUtf8());
    QVERIFY2(parsed, SS_WHY(parsed));
    // set_tier "gold": refused as an admin action first; as an admin, for the tier.
    auto r = Rule::fromJson(parsed->toMap());
    QVERIFY2(!r, qPrintable(json));
    QCOMPARE(r.error().where, where);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().toString()));
    if (QByteArray(QTest::currentDataTag()) == "set_tier bad tier") {
        auto admin = Rule::fromJson(parsed->toMap(), {true});
        QVERIFY(!admin);
        QCOMPARE(admin.error().toString(),
                 QString("actions[0].tier: must be one of basic, pro, enterprise, not \"gold\""));
    }
}

void TestAutomation::goodRuleNormalized()
{
    const Rule r = rule(R"({"id": "r1", "workspace_id": "ws-1", "revision": 3,
        "name": "  Publish on Monday morning ",
        "trigger": {"type": "schedule"},
        "schedule": {"cron": "0 9 * * mon", "timezone": "Europe/Riga"},
        "conditions": {"all": [{"field": "account_tier", "op": "eq", "value": "pro"}]},
        "actions": [{"type": "publish_theme"}, {"retries": 1, "url": "https://hooks.example/x", "type": "webhook"}],
        "max_executions_per_day": 2})");
    QCOMPARE(r.id, QString("r1"));
    QCOMPARE(r.workspaceId, QString("ws-1"));
    QCOMPARE(r.name, QString("Publish on Monday morning"));
    QCOMPARE(r.trigger, QString("schedule"));
    QVERIFY(r.schedule);
    QCOMPARE(r.schedule->expression(), QString("0 9 * * mon"));
    QCOMPARE(r.timeZone, QString("Europe/Riga"));
    QCOMPARE(r.actions.size(), 2);
    QCOMPARE(r.actions[1].params.value("timeout_ms").toInteger(), 5000);
    QCOMPARE(r.actions[1].params.value("retries").toInteger(), 1);
    QCOMPARE(r.creditCost(), 3);
    QCOMPARE(r.mode, Mode::Single);
    QCOMPARE(r.missedRuns, MissedRuns::RunOnce);
    QCOMPARE(r.maxExecutionsPerDay, 2);
    QVERIFY(r.isActive);
    QVERIFY(r.hasServerActions());
    QVERIFY(!r.hasDesktopActions());
    QCOMPARE(r.emittedEvents(),
             QStringList({"theme_published", "deployment_succeeded", "deployment_failed"}));
    const QByteArray normalized = json::write(r.toJson());
    QCOMPARE(normalized,
             QByteArray(R"({"id":"r1","workspace_id":"ws-1","name":"Publish on Monday morning",)"
                        R"("trigger":{"type":"schedule"},"schedule":{"cron":"0 9 * * mon",)"
                        R"("timezone":"Europe/Riga"},"conditions":{"all":[{"field":)"
                        R"("account_tier","op":"eq","value":"pro"}]},"actions":[{"type":)"
                        R"("publish_theme"},{"type":"webhook","url":"https://hooks.example/x",)"
                        R"("timeout_ms":5000,"retries":1}],"mode":"single","max_parallel":1,)"
                        R"("missed_runs":"run_once","is_active":true,"max_executions_per_day":2,)"
                        R"("credit_limit_per_execution":0,"revision":3})"));
    // Normalizing is idempotent.
    auto again = Rule::fromJson(r.toJson());
    QVERIFY2(again, SS_WHY(again));
    QCOMPARE(json::write(again->toJson()), normalized);

    const Rule p = rule(R"({"name": "P", "trigger": {"type": "site_created"}, "mode": "parallel",
        "actions": [{"type": "export_static", "folder": "C:\\Sites\\out"}]})");
    QCOMPARE(p.mode, Mode::Parallel);
    QCOMPARE(p.maxParallel, 4);
    QCOMPARE(p.timeZone, QString("UTC"));
    QVERIFY(p.hasDesktopActions());
    QVERIFY(!p.hasServerActions());
    QVERIFY(p.workspaceId.isEmpty());
}

void TestAutomation::adminActionAllowedForAdmins()
{
    const char *text = R"({"name": "Upgrade", "trigger": {"type": "site_created"},
        "actions": [{"type": "set_tier", "tier": "pro"}]})";
    QVERIFY(!Rule::fromJson(obj(text)));
    auto r = Rule::fromJson(obj(text), {true});
    QVERIFY2(r, SS_WHY(r));
    QCOMPARE(r->actions[0].params.value("tier").toString(), QString("pro"));
}

void TestAutomation::webhookUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https") << "https://hooks.example.com/a?b=c" << true;
    QTest::newRow("https ip") << "https://10.0.0.1:8443/hook" << true;
    QTest::newRow("http localhost") << "http://localhost:8080/hook" << true;
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST/hook" << true;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:9000/" << true;
    QTest::newRow("http 127.5.6.7") << "http://127.5.6.7/" << true;
    QTest::newRow("http ::1") << "http://[::1]:9000/" << true;
    QTest::newRow("http example.com") << "http://example.com" << false;
    QTest::newRow("http 10.0.0.1") << "http://10.0.0.1/" << false;
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1/" << false;
    QTest::newRow("http 127 prefix host") << "http://127.0.0.1.evil.example/" << false;
    QTest::newRow("http localhost.evil") << "http://localhost.evil.example/" << false;
    QTest::newRow("http ::2") << "http://[::2]/" << false;
    QTest::newRow("ftp") << "ftp://example.com/x" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("userinfo") << "https://user:pw@x.example/" << false;
    QTest::newRow("user only") << "https://user@x.example/" << false;
    QTest::newRow("no host") << "https:///path" << false;
    QTest::newRow("relative") << "/hook" << false;
    QTest::newRow("space") << "https://x.example/a b" << false;
    QTest::newRow("empty") << "" << false;
}

void TestAutomation::webhookUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    auto r = checkWebhookUrl(url);
    QVERIFY2(bool(r) == ok, r ? "accepted" : qPrintable(r.error().message));
}

void TestAutomation::loops()
{
    // Trigger deployment_failed + rollback (which emits deployment_failed): a self-loop.
    const Rule self = rule(R"({"id": "a", "workspace_id": "ws-1", "name": "Roll back on failure",
        "trigger": {"type": "deployment_failed"}, "actions": [{"type": "rollback"}]})");
    auto r = checkLoops({self});
    QVERIFY(!r);
    QCOMPARE(r.error().message,
             QString("rule \"Roll back on failure\" can trigger itself: rule \"Roll back on "
                     "failure\" → rule \"Roll back on failure\" (its rollback action emits "
                     "deployment_failed, its own trigger)"));
    // Conservative: a condition that would avoid the loop in practice does not make it pass.
    const Rule selfWithCondition = rule(R"({"name": "C", "trigger": {"type": "deployment_failed"},
        "conditions": {"field": "kind", "op": "ne", "value": "rollback"},
        "actions": [{"type": "rollback"}]})");
    QVERIFY(!checkLoops({selfWithCondition}));

    // Two rules: A (theme_saved → publish_theme → theme_published), B (theme_published →
    // sync_workspace → theme_saved).
    const char *a = R"({"name": "A", "workspace_id": "%1", "trigger": {"type": "theme_saved"},
        "actions": [{"type": "notify", "message": "saved"}, {"type": "publish_theme"}]})";
    const char *b = R"({"name": "B", "workspace_id": "%1", "trigger": {"type": "theme_published"},
        "actions": [{"type": "sync_workspace"}]})";
    auto in = [](const char *text, const char *ws) {
        return rule(QString::fromLatin1(text).arg(QLatin1String(ws)).toUtf8().constData());
    };
    const Rule unrelated = rule(R"({"name": "U", "trigger": {"type": "site_created"},
        "actions": [{"type": "backup"}]})");
    QVERIFY(checkLoops({in(a, "ws-1")}));
    QVERIFY(checkLoops({in(b, "ws-1")}));
    auto cycle = checkLoops({unrelated, in(a, "ws-1"), in(b, "ws-1")});
    QVERIFY(!cycle);
    QCOMPARE(cycle.error().where, QString("actions"));
    QVERIFY2(cycle.error().message.startsWith(
                 "these rules trigger each other in a loop: rule \"A\" → rule \"B\" → rule \"A\" "
                 "(\"A\"'s publish_theme action emits theme_published; \"B\"'s sync_workspace "
                 "action emits theme_saved)"),
             qPrintable(cycle.error().message));
    // A rule that leads into the cycle is not part of it.
    const Rule into = rule(R"({"name": "X", "trigger": {"type": "site_created"},
        "actions": [{"type": "publish_theme"}]})");
    cycle = checkLoops({into, in(a, "ws-1"), in(b, "ws-1")});
    QVERIFY(!cycle);
    QVERIFY2(cycle.error().message.startsWith("these rules trigger each other in a loop: rule "
                                              "\"B\" → rule \"A\" → rule \"B\" ("),
             qPrintable(cycle.error().message));
    // The same rules in different workspaces cannot trigger each other.
    QVERIFY(checkLoops({in(a, "ws-1"), in(b, "ws-2")}));
    // An account-wide rule reaches every workspace.
    QVERIFY(!checkLoops({in(a, "ws-1"), in(b, "")}));
    // A longer cycle A → B → C → A with rules in between that are not part of it.
    const Rule c1 = rule(R"({"name": "C1", "trigger": {"type": "tier_changed"},
        "actions": [{"type": "publish_theme"}]})");
    const Rule c2 = rule(R"({"name": "C2", "trigger": {"type": "theme_published"},
        "actions": [{"type": "sync_workspace"}]})");
    const Rule c3 = rule(R"({"name": "C3", "trigger": {"type": "sync_conflict"},
        "actions": [{"type": "set_tier", "tier": "pro"}]})",
                         true);
    auto three = checkLoops({c1, unrelated, c2, c3});
    QVERIFY(!three);
    QVERIFY2(
        three.error().message.contains("rule \"C1\" → rule \"C2\" → rule \"C3\" → rule \"C1\""),
        qPrintable(three.error().message));
    QVERIFY(checkLoops({c1, c2}));
    QVERIFY(checkLoops({}));
}

void TestAutomation::runRuleTraces()
{
    Rule r = rule(R"({"id": "r1", "name": "On failure", "workspace_id": "ws-1",
        "trigger": {"type": "deployment_failed"},
        "conditions": {"all": [{"field": "kind", "op": "eq", "value": "publish"},
                               {"field": "duration_ms", "op": "lt", "value": 5000}]},
        "actions": [{"type": "notify", "message": "deploy failed"},
                    {"type": "webhook", "url": "https://hooks.example/x"},
                    {"type": "backup", "keep": 3}]})");
    Event e = makeEvent("deployment_failed", "ws-1");
    e.depth = 1;
    FakeExecutor ex;
    Event caused = makeEvent("theme_published", "ws-1");
    ex.emitting = {caused};
    RunTrace t = runRule(r, e, ex, false);
    QCOMPARE(t.status, RunStatus::Succeeded);
    QCOMPARE(t.ruleId, QString("r1"));
    QCOMPARE(t.ruleName, QString("On failure"));
    QCOMPARE(t.event.type, QString("deployment_failed"));
    QCOMPARE(t.conditions.size(), 3);
    QVERIFY(t.conditions[0].result && t.conditions[1].result && t.conditions[2].result);
    QCOMPARE(t.actions.size(), 3);
    QCOMPARE(ex.calls.size(), 3);
    QCOMPARE(ex.calls[2].params.value("keep").toInteger(), 3);
    for (const auto &s : t.actions) {
        QVERIFY(s.ok);
        QVERIFY(s.durationMs >= 0);
    }
    QCOMPARE(t.actions[1].type, QString("webhook"));
    QCOMPARE(t.actions[1].message, QString("did webhook"));
    QCOMPARE(t.actions[1].output.value("n").toInteger(), 2);
    QCOMPARE(t.credits, 0 + 1 + 2);
    QCOMPARE(t.emitted.size(), 3);
    QCOMPARE(t.emitted[0].depth, 2);
    QCOMPARE(t.emitted[0].type, QString("theme_published"));

    // Stops at the first failure.
    ex.calls.clear();
    ex.failing = {"webhook"};
    t = runRule(r, e, ex, false);
    QCOMPARE(t.status, RunStatus::Failed);
    QCOMPARE(t.actions.size(), 2);
    QVERIFY(t.actions[0].ok);
    QVERIFY(!t.actions[1].ok);
    QCOMPARE(ex.calls.size(), 2);
    QCOMPARE(t.reason, QString("action 2 (webhook) failed: webhook broke"));
    QCOMPARE(t.credits, 1);

    // Conditions false: nothing runs, the steps say why.
    ex.calls.clear();
    ex.failing.clear();
    QCborMap slow = e.payload;
    slow.insert(QString("duration_ms"), 60000);
    Event slowEvent = e;
    slowEvent.payload = slow;
    t = runRule(r, slowEvent, ex, false);
    QCOMPARE(t.status, RunStatus::NotMatched);
    QVERIFY(ex.calls.isEmpty());
    QCOMPARE(t.conditions.size(), 3);
    QVERIFY(!t.conditions[0].result);
    QVERIFY(t.conditions[1].result);
    QVERIFY(!t.conditions[2].result);
    QCOMPARE(t.conditions[2].description, QString("duration_ms lt 5000"));
    QVERIFY(t.actions.isEmpty());
    QCOMPARE(t.credits, 0);
}

void TestAutomation::runRuleLimits()
{
    FakeExecutor ex;
    Rule r = rule(R"({"name": "Costly", "trigger": {"type": "theme_saved"},
        "credit_limit_per_execution": 3,
        "actions": [{"type": "publish_theme"}, {"type": "backup"}]})");
    RunTrace t = runRule(r, makeEvent("theme_saved", "ws"), ex, false);
    QCOMPARE(t.status, RunStatus::Skipped);
    QCOMPARE(t.reason, QString("needs 4 credits, the limit is 3"));
    QVERIFY(ex.calls.isEmpty());
    QVERIFY(t.conditions.isEmpty());
    r.creditLimitPerExecution = 4;
    QCOMPARE(runRule(r, makeEvent("theme_saved", "ws"), ex, false).status, RunStatus::Succeeded);
    r.creditLimitPerExecution = 0; // no limit
    QCOMPARE(runRule(r, makeEvent("theme_saved", "ws"), ex, false).status, RunStatus::Succeeded);

    // Chain depth: runs up to maxChainDepth, deeper is cut.
    ex.calls.clear();
    Event e = makeEvent("theme_saved", "ws");
    e.depth = maxChainDepth;
    QCOMPARE(runRule(r, e, ex, false).status, RunStatus::Succeeded);
    QCOMPARE(ex.calls.size(), 2);
    ex.calls.clear();
    e.depth = maxChainDepth + 1;
    t = runRule(r, e, ex, false);
    QCOMPARE(t.status, RunStatus::Skipped);
    QCOMPARE(t.reason, QString("chain deeper than 3 rules: cut"));
    QVERIFY(ex.calls.isEmpty());

    RunTrace s = skipRun(r, e, "already running");
    QCOMPARE(s.status, RunStatus::Skipped);
    QCOMPARE(s.reason, QString("already running"));
}

void TestAutomation::dryRun()
{
    FakeExecutor ex;
    Rule r = rule(R"({"name": "Dry", "trigger": {"type": "asset_uploaded"},
        "conditions": {"field": "mime", "op": "matches", "value": "^image/"},
        "actions": [{"type": "backup"}, {"type": "notify", "message": "new image"}]})");
    RunTrace t = runRule(r, makeEvent("asset_uploaded", "ws"), ex, true);
    QCOMPARE(t.status, RunStatus::DryRun);
    QCOMPARE(ex.calls.size(), 2);
    for (const auto &c : ex.calls)
        QVERIFY(c.dryRun);
    QCOMPARE(t.actions.size(), 2);
    QCOMPARE(t.credits, 2);
    // A real run calls with dryRun=false.
    ex.calls.clear();
    QCOMPARE(runRule(r, makeEvent("asset_uploaded", "ws"), ex, false).status, RunStatus::Succeeded);
    QVERIFY(!ex.calls[0].dryRun);
    QCOMPARE(runStatusName(RunStatus::DryRun), QString("dry_run"));
    QCOMPARE(runStatusName(RunStatus::NotMatched), QString("not_matched"));
}

void TestAutomation::ruleIndex()
{
    QList<Rule> rules;
    auto add = [&](const QString &id, const QString &ws, const QString &trigger, bool active,
                   const QString &conditions = "null") {
        const QString text =
            QString(R"({"id": "%1", "workspace_id": "%2", "name": "%1", "trigger": {"type": "%3"},
                       "is_active": %4, "conditions": %5, "actions": [{"type": "backup"}]%6})")
                .arg(id, ws, trigger, active ? "true" : "false", conditions,
                     trigger == "schedule"
                         ? R"(, "schedule": {"cron": "@daily", "timezone": "UTC"})"
                         : "");
        rules.append(rule(text.toUtf8().constData()));
    };
    add("same", "ws-1", "deployment_failed", true);
    add("other-ws", "ws-2", "deployment_failed", true);
    add("wide", "", "deployment_failed", true);
    add("inactive", "ws-1", "deployment_failed", false);
    add("other-trigger", "ws-1", "deployment_succeeded", true);
    add("cond-false", "ws-1", "deployment_failed", true,
        R"({"field": "kind", "op": "eq", "value": "rollback"})");
    add("cond-true", "ws-1", "deployment_failed", true,
        R"({"all": [{"field": "subdomain", "op": "matches", "value": "^river"}, {"field": "duration_ms", "op": "gte", "value": 1}]})");
    add("sched", "ws-1", "schedule", true);
    add("sched-off", "ws-1", "schedule", false);
    add("sched-wide", "", "schedule", true);
    RuleIndex index;
    index.setRules(rules);
    auto ids = [](const QList<const Rule *> &list) {
        QStringList out;
        for (const Rule *r : list)
            out << r->id;
        return out;
    };
    QCOMPARE(ids(index.match(makeEvent("deployment_failed", "ws-1"))),
             QStringList({"same", "wide", "cond-true"}));
    QCOMPARE(ids(index.match(makeEvent("deployment_failed", "ws-2"))),
             QStringList({"other-ws", "wide"}));
    QCOMPARE(ids(index.match(makeEvent("deployment_failed", "ws-3"))), QStringList({"wide"}));
    QCOMPARE(ids(index.match(makeEvent("deployment_failed", ""))), QStringList({"wide"}));
    QCOMPARE(ids(index.match(makeEvent("tier_changed", "ws-1"))), QStringList());
    QCOMPARE(ids(index.scheduled()), QStringList({"sched", "sched-wide"}));
    QVERIFY(index.rule("inactive"));
    QCOMPARE(index.rule("cond-true")->name, QString("cond-true"));
    QVERIFY(!index.rule("nope"));
    QCOMPARE(index.rules().size(), rules.size());
}

// sitehostd keeps every account's rules in one index: an account-wide rule sees only its own
// account's events, and rules of two accounts never form a loop.
// tier_changed is raised once per site (for the site's rules) and once for the account: the
// account-wide rules see only the account-level copy, so they run once per change.
void TestAutomation::siteCopiesOfAnAccountEventSkipAccountWideRules()
{
    QList<Rule> rules;
    for (const auto &[id, ws] : {std::pair{"site-1", "ws-1"}, std::pair{"wide", ""}}) {
        QCborMap m = obj(R"({"name": "Plan", "trigger": {"type": "tier_changed"},
            "actions": [{"type": "notify", "message": "plan changed"}]})");
        m.insert(QStringLiteral("id"), QString::fromLatin1(id));
        m.insert(QStringLiteral("workspace_id"), QString::fromLatin1(ws));
        m.insert(QStringLiteral("account_id"), QStringLiteral("acc"));
        auto r = Rule::fromJson(m);
        QVERIFY2(r, SS_WHY(r));
        rules << *r;
    }
    RuleIndex index;
    index.setRules(rules);
    auto ids = [&](const QString &ws, bool siteOnly) {
        Event e = makeEvent("tier_changed", ws);
        e.accountId = QStringLiteral("acc");
        e.siteRulesOnly = siteOnly;
        // The flag survives a queued run's JSON.
        const Event back = Event::fromJson(e.toJson());
        QStringList out;
        for (const Rule *r : index.match(back))
            out << r->id;
        return out;
    };
    QCOMPARE(ids("ws-1", true), QStringList{"site-1"});            // the site's copy
    QCOMPARE(ids("ws-2", true), QStringList());                    // another site's copy
    QCOMPARE(ids("", false), QStringList{"wide"});                 // the account-level copy
    QCOMPARE(ids("ws-1", false), (QStringList{"site-1", "wide"})); // other events reach both
}

void TestAutomation::accountWideRulesStayInTheirAccount()
{
    QList<Rule> rules;
    for (const char *account : {"acc-a", "acc-b", ""}) {
        QCborMap m = obj(R"({"name": "New site", "trigger": {"type": "site_created"},
            "actions": [{"type": "notify", "message": "hi"}]})");
        m.insert(QStringLiteral("id"), QStringLiteral("wide-") + QString::fromLatin1(account));
        m.insert(QStringLiteral("workspace_id"), QString());
        m.insert(QStringLiteral("account_id"), QString::fromLatin1(account));
        auto r = Rule::fromJson(m);
        QVERIFY2(r, SS_WHY(r));
        QCOMPARE(r->accountId, QString::fromLatin1(account));
        QCOMPARE(r->toJson().value("account_id").toString(), QString::fromLatin1(account));
        rules << *r;
    }
    RuleIndex index;
    index.setRules(rules);
    auto ids = [&](const QString &account) {
        Event e = makeEvent("site_created", "ws-new");
        e.accountId = account;
        QStringList out;
        for (const Rule *r : index.match(e))
            out << r->id;
        return out;
    };
    QCOMPARE(ids("acc-a"), QStringList{"wide-acc-a"});
    QCOMPARE(ids("acc-b"), QStringList{"wide-acc-b"});
    QCOMPARE(ids(""), QStringList{"wide-"});
    QCOMPARE(ids("acc-c"), QStringList());

    // "A publishes on save" in one account, "B saves on publish" in another: no loop.
    QList<Rule> pair;
    for (const auto &[account, trigger, action] :
         {std::tuple{"acc-a", "theme_saved", "publish_theme"},
          std::tuple{"acc-b", "theme_published", "sync_workspace"}}) {
        QCborMap m;
        m.insert(QStringLiteral("name"), QString::fromLatin1(account));
        m.insert(QStringLiteral("trigger"),
                 QCborMap{{QStringLiteral("type"), QString::fromLatin1(trigger)}});
        m.insert(QStringLiteral("actions"),
                 QCborArray{QCborMap{{QStringLiteral("type"), QString::fromLatin1(action)}}});
        m.insert(QStringLiteral("account_id"), QString::fromLatin1(account));
        auto r = Rule::fromJson(m);
        QVERIFY2(r, SS_WHY(r));
        pair << *r;
    }
    QVERIFY(checkLoops(pair));
    pair[1].accountId = QStringLiteral("acc-a");
    QVERIFY(!checkLoops(pair));
}

void TestAutomation::traceRoundTrip()
{
    FakeExecutor ex;
    ex.failing = {"webhook"};
    ex.emitting = {makeEvent("theme_published", "ws-1")};
    Rule r = rule(R"({"id": "r9", "name": "Round", "trigger": {"type": "theme_saved"},
        "conditions": {"any": [{"field": "pages", "op": "gt", "value": 1}]},
        "actions": [{"type": "publish_theme"}, {"type": "webhook", "url": "https://h.example"}]})");
    Event e = makeEvent("theme_saved", "ws-1");
    e.depth = 2;
    e.causedByRunId = "run-1";
    e.id = "ev-42";
    e.slot = 1790000000;
    const RunTrace t = runRule(r, e, ex, false);
    QCOMPARE(t.status, RunStatus::Failed);
    const QCborMap j = t.toJson();
    QCOMPARE(j.value("status").toString(), QString("failed"));
    QCOMPARE(j.value("actions").toArray().size(), 2);
    const RunTrace back = RunTrace::fromJson(j);
    QCOMPARE(json::write(back.toJson()), json::write(j));
    QCOMPARE(back.ruleId, QString("r9"));
    QCOMPARE(back.status, RunStatus::Failed);
    QCOMPARE(back.reason, t.reason);
    QCOMPARE(back.event.depth, 2);
    QCOMPARE(back.event.causedByRunId, QString("run-1"));
    QCOMPARE(back.event.id, QString("ev-42"));
    QCOMPARE(back.event.slot, qint64(1790000000));
    QCOMPARE(back.event.payload, e.payload);
    QCOMPARE(back.conditions.size(), 2);
    QCOMPARE(back.actions[1].message, QString("webhook broke"));
    QCOMPARE(back.emitted.size(), 1);
    QCOMPARE(back.emitted[0].depth, 3);
    // Through JSON text too (what is stored in trace_json).
    auto parsed = json::parse(json::write(j));
    QVERIFY(parsed);
    QCOMPARE(json::write(RunTrace::fromJson(parsed->toMap()).toJson()), json::write(j));
}

void TestAutomation::dayKeyInRuleZone()
{
    const Rule riga = rule(R"({"name": "Z", "trigger": {"type": "schedule"},
        "schedule": {"cron": "@daily", "timezone": "Europe/Riga"}, "actions": [{"type": "backup"}]})");
    const qint64 t = QDateTime::fromString("2026-11-22T22:30:00Z", Qt::ISODate).toSecsSinceEpoch();
    QCOMPARE(riga.dayKey(t), QString("2026-11-23"));
    const Rule ny = rule(R"({"name": "Z", "trigger": {"type": "site_created"},
        "timezone": "America/New_York", "actions": [{"type": "backup"}]})");
    QCOMPARE(ny.dayKey(t), QString("2026-11-22"));
}

void TestAutomation::numberAndBooleanFields()
{
    // No built-in event has number or boolean fields yet: a schema made for the test.
    static const EventType custom{"custom_test",
                                  "test",
                                  {{"ratio", FieldType::Number, "a number"},
                                   {"flag", FieldType::Boolean, "a boolean"},
                                   {"count", FieldType::Integer, "an integer"}}};
    const QCborMap p{{"ratio", 0.75}, {"flag", true}, {"count", 3}};
    auto check = [&](const QCborMap &c, bool expected) {
        auto compiled = Condition::compile(c, custom);
        QVERIFY2(compiled, SS_WHY(compiled));
        QCOMPARE(compiled->evaluate(p), expected);
    };
    check({{"field", "ratio"}, {"op", "gt"}, {"value", 0.5}}, true);
    check({{"field", "ratio"}, {"op", "gt"}, {"value", 1}}, false); // an integer is a number
    check({{"field", "ratio"}, {"op", "lte"}, {"value", 0.75}}, true);
    check({{"field", "ratio"}, {"op", "in"}, {"value", QCborArray{0.5, 0.75}}}, true);
    check({{"field", "flag"}, {"op", "eq"}, {"value", true}}, true);
    check({{"field", "flag"}, {"op", "ne"}, {"value", true}}, false);
    check({{"field", "flag"}, {"op", "in"}, {"value", QCborArray{false}}}, false);
    // A whole double in the payload of an integer field is that integer.
    auto c = Condition::compile(QCborMap{{"field", "count"}, {"op", "eq"}, {"value", 3}}, custom);
    QVERIFY(c);
    QVERIFY(c->evaluate(QCborMap{{"count", 3.0}}));
    QVERIFY(!c->evaluate(QCborMap{{"count", 3.5}}));
    QVERIFY(!c->evaluate(QCborMap{{"count", "3"}})); // wrong JSON type: absent
    auto bad =
        Condition::compile(QCborMap{{"field", "flag"}, {"op", "gt"}, {"value", true}}, custom);
    QVERIFY(!bad);
    QCOMPARE(bad.error().where, QString("conditions.op"));
    bad = Condition::compile(QCborMap{{"field", "flag"}, {"op", "eq"}, {"value", 1}}, custom);
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains("must be a boolean"), qPrintable(bad.error().message));
    bad = Condition::compile(QCborMap{{"field", "ratio"}, {"op", "eq"}, {"value", "0.5"}}, custom);
    QVERIFY(!bad);
    // Resolved for another event type: false, never a wrong field.
    const ResolvedPayload other =
        ResolvedPayload::resolve(*eventType("tier_changed"), samplePayload("tier_changed"));
    QVERIFY(!Condition::compile(QCborMap{{"field", "flag"}, {"op", "exists"}}, custom)
                 ->evaluate(other));
}

void TestAutomation::indexAgreesWithConditions()
{
    // RuleIndex evaluates copies of the compiled conditions: the same answers as
    // Condition::evaluate on many rules and payloads.
    QList<Rule> rules;
    const char *conditions[] = {
        R"({"field": "kind", "op": "in", "value": ["publish", "rollback"]})",
        R"({"all": [{"field": "duration_ms", "op": "gte", "value": 500}, {"not": {"field": "subdomain", "op": "matches", "value": "^test-"}}]})",
        R"({"any": [{"field": "error", "op": "contains", "value": "timeout"}, {"field": "account_tier", "op": "eq", "value": "enterprise"}]})",
        R"({"not": {"any": [{"field": "occurred_at", "op": "lt", "value": "2026-06-01T00:00:00Z"}, {"field": "status", "op": "ne", "value": "failed"}]}})",
        "null",
    };
    for (int i = 0; i < 200; ++i) {
        const QString text =
            QString(R"({"id": "r%1", "workspace_id": "%2", "name": "r%1", "is_active": %3,
                        "trigger": {"type": "deployment_failed"}, "conditions": %4,
                        "actions": [{"type": "notify", "message": "x"}]})")
                .arg(i)
                .arg(i % 7 == 0 ? QString() : QString("ws-%1").arg(i % 3))
                .arg(i % 11 == 5 ? "false" : "true")
                .arg(conditions[i % 5]);
        rules.append(rule(text.toUtf8().constData()));
    }
    RuleIndex index;
    index.setRules(rules);
    const char *kinds[] = {"publish", "rollback", "domain"};
    const char *subs[] = {"test-a", "riverside", ""};
    const char *errors[] = {"", "timeout after 5000 ms", "render failed"};
    const char *tiers[] = {"basic", "enterprise"};
    const char *times[] = {"2026-01-01T00:00:00Z", "2026-11-23T07:00:00Z"};
    int seen = 0;
    for (int k = 0; k < 3 * 3 * 3 * 2 * 2 * 3; ++k) {
        QCborMap p = samplePayload("deployment_failed");
        p.insert(QString("kind"), kinds[k % 3]);
        p.insert(QString("subdomain"), subs[(k / 3) % 3]);
        p.insert(QString("error"), errors[(k / 9) % 3]);
        p.insert(QString("account_tier"), tiers[(k / 27) % 2]);
        p.insert(QString("occurred_at"), times[(k / 54) % 2]);
        p.insert(QString("duration_ms"), (k / 108) * 400);
        const QString ws = QString("ws-%1").arg(k % 4);
        Event e = makeEvent("deployment_failed", ws, p);
        QStringList expected;
        for (const Rule &r : rules) {
            // The traced evaluation (document order, every node) agrees with the fast one
            // (cheap leaves first, short-circuit).
            QList<Condition::Step> steps;
            const bool traced = r.conditions.evaluate(p, steps);
            QCOMPARE(r.conditions.evaluate(p), traced);
            if (r.isActive && (r.workspaceId.isEmpty() || r.workspaceId == ws) && traced)
                expected << r.id;
        }
        QStringList got;
        for (const Rule *r : index.match(e))
            got << r->id;
        QCOMPARE(got, expected);
        seen += got.size();
    }
    QVERIFY(seen > 100);
}

void TestAutomation::bookkeepingKept()
{
    const Rule r = rule(R"({"name": "K", "trigger": {"type": "site_created"}, "id": "x",
        "workspace_id": null, "created_at": "2026-11-01T10:00:00Z", "updated_at": "2026-11-02T10:00:00Z",
        "revision": 7, "conditions": {}, "actions": [{"type": "backup"}]})");
    QVERIFY(r.workspaceId.isEmpty());
    QCOMPARE(r.json.value("created_at").toString(), QString("2026-11-01T10:00:00Z"));
    QCOMPARE(r.json.value("updated_at").toString(), QString("2026-11-02T10:00:00Z"));
    QCOMPARE(r.json.value("revision").toInteger(), 7);
    QVERIFY(r.conditions.isEmpty());
    QCOMPARE(r.json.value("conditions"), QCborValue(QCborMap()));
    QVERIFY(!Rule::fromJson(obj(R"({"name": "K", "trigger": {"type": "site_created"}, "id": 5,
        "actions": [{"type": "backup"}]})")));
    QVERIFY(!Rule::fromJson(obj(R"({"name": "K", "trigger": {"type": "site_created", "x": 1},
        "actions": [{"type": "backup"}]})")));
}

QTEST_GUILESS_MAIN(TestAutomation)
#include "tst_automation.moc"
