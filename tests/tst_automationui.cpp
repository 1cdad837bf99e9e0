// The automation designer: the rule store (cache + outbox), the rule editor form (trigger, cron
// builder, condition builder, actions), the dry run, and the automation window with its history.

#include "automationeditor.h"
#include "automationstore.h"
#include "automationwidgets.h"
#include "automationwindow.h"
#include "json.h"
#include "testcache.h"
#include "testutil.h"
#include "theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace ss;
using namespace ss::ui;

namespace {

int count(TestCache &tc, const QString &table, const QString &where = QString())
{
    auto q = tc.cache->exec(QStringLiteral("SELECT COUNT(*) FROM ") + table +
                            (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    return q && q->next() ? q->value(0).toInt() : -1;
}

// The outbox operations queued for a rule, oldest first.
QList<QCborMap> ops(TestCache &tc, const QString &ruleId)
{
    QList<QCborMap> out;
    auto q = tc.cache->exec(QStringLiteral("SELECT op_json FROM outbox WHERE entity_type = 'rule' "
                                           "AND entity_id = ? ORDER BY seq"),
                            {ruleId});
    while (q && q->next())
        out << json::parse(q->value(0).toString().toUtf8())->toMap();
    return out;
}

QCborMap parse(const char *text)
{
    auto v = json::parse(QByteArray(text));
    if (!v || !v->isMap())
        qFatal("bad JSON in the test: %s", text);
    return v->toMap();
}

QString canonical(const QCborValue &v)
{
    return QString::fromUtf8(
        QJsonDocument(v.toJsonValue().toObject()).toJson(QJsonDocument::Compact));
}

QStringList comboData(QComboBox *c)
{
    QStringList out;
    for (int i = 0; i < c->count(); ++i)
        out << c->itemData(i).toString();
    return out;
}

QStringList treeTexts(QTreeWidget *tree)
{
    QStringList out;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        out << (*it)->text(0);
    return out;
}

void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SS_DESIGNER_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->show();
    QTest::qWait(50);
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// A rule through the form: schedule, "0 9 * * mon" in Riga, account_tier = pro, publish_theme.
void fillScheduleRule(RuleEditor *e, const QString &name)
{
    e->nameEdit()->setText(name);
    e->setTrigger(QStringLiteral("schedule"));
    e->cronBuilder()->setSchedule(QStringLiteral("0 9 * * mon"), QStringLiteral("Europe/Riga"));
    ConditionRow *row = e->conditions()->root()->addCondition();
    row->setField(QStringLiteral("account_tier"));
    row->setOp(QStringLiteral("eq"));
    row->setValue(QStringLiteral("pro"));
    e->actions()->addAction(QStringLiteral("publish_theme"));
}

} // namespace

class tst_AutomationUi : public QObject
{
    Q_OBJECT

private slots:
    void createRuleThroughTheForm()
    {
        TestCache tc;
        const QString site = tc.site(QStringLiteral("Bakery"));
        AutomationWindow w(*tc.cache, site);
        RuleEditor *e = w.newRule();
        QCOMPARE(e->siteId(), site);
        fillScheduleRule(e, QStringLiteral("Publish on Monday"));
        QVERIFY2(e->validate().isEmpty(), qPrintable(e->error()));
        QVERIFY(e->saveButton()->isEnabled());
        const int outboxBefore = tc.outbox();
        QVERIFY2(e->save(), qPrintable(e->error()));
        const QString id = e->ruleId();
        QVERIFY(!id.isEmpty());

        auto q = tc.cache->exec(QStringLiteral("SELECT workspace_id, name, is_active, rule_json "
                                               "FROM automation_rules WHERE id = ?"),
                                {id});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), site);
        QCOMPARE(q->value(1).toString(), QStringLiteral("Publish on Monday"));
        QCOMPARE(q->value(2).toInt(), 1);
        const QCborMap stored = json::parse(q->value(3).toString().toUtf8())->toMap();
        QCOMPARE(stored.value(QStringLiteral("schedule")).toMap().value(QStringLiteral("cron")),
                 QCborValue(QStringLiteral("0 9 * * mon")));
        QCOMPARE(stored.value(QStringLiteral("schedule")).toMap().value(QStringLiteral("timezone")),
                 QCborValue(QStringLiteral("Europe/Riga")));
        QVERIFY2(automation::Rule::fromJson(stored).has_value(), "stored JSON passes the engine");
        QCOMPARE(canonical(stored.value(QStringLiteral("conditions"))),
                 QStringLiteral("{\"all\":[{\"field\":\"account_tier\",\"op\":\"eq\",\"value\":"
                                "\"pro\"}]}"));

        QCOMPARE(tc.outbox(), outboxBefore + 1);
        const QList<QCborMap> queued = ops(tc, id);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued[0].value(QStringLiteral("op")).toString(), QStringLiteral("create-rule"));
        QCOMPARE(queued[0].value(QStringLiteral("workspace")).toString(), site);
        QVERIFY(json::equal(queued[0].value(QStringLiteral("rule")), stored));

        // The window lists it with its next run in the rule's zone.
        QCOMPARE(w.shownRuleIds(), QStringList{id});
        QTreeWidgetItem *item = w.ruleList()->topLevelItem(0);
        QCOMPARE(item->text(AutomationWindow::TriggerColumn), QStringLiteral("schedule"));
        QVERIFY2(item->text(AutomationWindow::NextColumn).contains(QStringLiteral("09:00")),
                 qPrintable(item->text(AutomationWindow::NextColumn)));
        QVERIFY(item->text(AutomationWindow::NextColumn).contains(QStringLiteral("Europe/Riga")));

        // Editing it again queues an update-rule with the new JSON.
        RuleEditor *again = w.editRule(id);
        QCOMPARE(again->nameEdit()->text(), QStringLiteral("Publish on Monday"));
        again->nameEdit()->setText(QStringLiteral("Publish on Monday morning"));
        QVERIFY2(again->save(), qPrintable(again->error()));
        QCOMPARE(ops(tc, id).size(), 2);
        QCOMPARE(ops(tc, id)[1].value(QStringLiteral("op")).toString(),
                 QStringLiteral("update-rule"));
        QCOMPARE(count(tc, QStringLiteral("automation_rules")), 1);
    }

    void invalidCronIsRefusedInline()
    {
        TestCache tc;
        const QString site = tc.site(QStringLiteral("Bakery"));
        AutomationWindow w(*tc.cache, site);
        RuleEditor *e = w.newRule();
        fillScheduleRule(e, QStringLiteral("Broken"));
        e->show();
        const int outbox = tc.outbox();
        e->cronBuilder()->expressionEdit()->setText(QString());
        QTest::keyClicks(e->cronBuilder()->expressionEdit(), QStringLiteral("61 9 * * mon"));
        QVERIFY(!e->cronBuilder()->isValid());
        QVERIFY(e->cronBuilder()->errorLabel()->isVisible());
        QVERIFY2(e->cronBuilder()->errorLabel()->text().contains(QStringLiteral("minute"),
                                                                 Qt::CaseInsensitive),
                 qPrintable(e->cronBuilder()->errorLabel()->text()));
        QVERIFY(e->cronBuilder()->nextRuns().isEmpty());
        QVERIFY(e->errorLabel()->isVisible());
        QVERIFY(!e->saveButton()->isEnabled());
        QVERIFY(!e->save());
        QCOMPARE(tc.outbox(), outbox);
        QCOMPARE(count(tc, QStringLiteral("automation_rules")), 0);
        // An abbreviated zone is refused the same way; fixing both enables Save.
        e->cronBuilder()->setSchedule(QStringLiteral("0 9 * * mon"), QStringLiteral("EST"));
        QVERIFY(!e->saveButton()->isEnabled());
        e->cronBuilder()->setTimeZone(QStringLiteral("America/New_York"));
        QVERIFY2(e->saveButton()->isEnabled(), qPrintable(e->error()));
        QVERIFY(!e->errorLabel()->isVisible());
    }

    void closingAsksAboutUnsavedChanges()
    {
        TestCache tc;
        const QString site = tc.site(QStringLiteral("Bakery"));
        AutomationWindow w(*tc.cache, site);
        QPointer<RuleEditor> e = w.newRule();
        QVERIFY(!e->isModified());
        e->nameEdit()->setText(QStringLiteral("Half done"));
        QVERIFY(e->isModified());
        QVERIFY(!e->close());
        QVERIFY(e->isVisible());
        QVERIFY(e->discardBar()->isVisible());
        e->activateWindow();
        QApplication::setActiveWindow(e);
        QVERIFY(QTest::qWaitForWindowActive(e));
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : e.data(),
                        Qt::Key_Escape); // Escape again: keep editing
        QVERIFY(!e->discardBar()->isVisible());
        QVERIFY(e->isVisible());
        e->discardChanges();
        QTRY_VERIFY(!e); // closed and deleted
        QCOMPARE(count(tc, QStringLiteral("automation_rules")), 0);
        // A saved editor closes at once.
        e = w.newRule();
        fillScheduleRule(e, QStringLiteral("Done"));
        QVERIFY2(e->save(), qPrintable(e->error()));
        QTRY_VERIFY(!e);
    }

    void cronBuilderNextTen()
    {
        CronBuilder b;
        b.setReferenceTime(QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC)); // a Sunday
        b.setSchedule(QStringLiteral("0 9 * * mon"), QStringLiteral("Europe/Riga"));
        QVERIFY2(b.isValid(), qPrintable(b.error()));
        QCOMPARE(b.kind(), CronBuilder::Kind::Weekly);
        QVERIFY2(b.description().contains(QStringLiteral("09:00")), qPrintable(b.description()));
        QVERIFY(b.description().endsWith(QStringLiteral(", Europe/Riga")));
        const QList<QDateTime> next = b.nextRuns();
        QCOMPARE(next.size(), 10);
        QCOMPARE(b.nextRunList()->count(), 10);
        QCOMPARE(next[0].date(), QDate(2026, 11, 23));
        QCOMPARE(next[0].time(), QTime(9, 0));
        QCOMPARE(next[0].toUTC(), QDateTime(QDate(2026, 11, 23), QTime(7, 0), Qt::UTC));
        QCOMPARE(next[1].date(), QDate(2026, 11, 30));
        QCOMPARE(next[2].date(), QDate(2026, 12, 7));
        QCOMPARE(next[9].date(), QDate(2027, 1, 25));
        for (const QDateTime &t : next) {
            QCOMPARE(t.date().dayOfWeek(), 1);
            QCOMPARE(t.time(), QTime(9, 0));
        }
        QVERIFY(b.nextRunList()->item(0)->text().contains(QStringLiteral("2026-11-23 09:00")));

        // The friendly pickers write the expression.
        b.setKind(CronBuilder::Kind::Daily);
        QCOMPARE(b.expression(), QStringLiteral("0 9 * * *"));
        b.setKind(CronBuilder::Kind::EveryMinutes);
        QCOMPARE(b.expression(), QStringLiteral("*/15 * * * *"));
        b.setExpression(QStringLiteral("30 6 1 * *"));
        QCOMPARE(b.kind(), CronBuilder::Kind::Monthly);
        b.setExpression(QStringLiteral("0 0 1 1 *"));
        QCOMPARE(b.kind(), CronBuilder::Kind::Custom);
    }

    void conditionFieldsFollowTheTrigger()
    {
        TestCache tc;
        const QString site = tc.site(QStringLiteral("Bakery"));
        AutomationStore store(*tc.cache);
        RuleEditor e(store, QString(), site);
        e.setTrigger(QStringLiteral("schedule"));
        e.cronBuilder()->setTimeZone(QStringLiteral("Europe/Riga"));
        ConditionRow *row = e.conditions()->root()->addCondition();
        QVERIFY(comboData(row->fieldCombo()).contains(QStringLiteral("cron")));
        QVERIFY(!comboData(row->fieldCombo()).contains(QStringLiteral("revision")));
        e.setTrigger(QStringLiteral("theme_saved"));
        QVERIFY(e.conditions()->fieldNames().contains(QStringLiteral("revision")));
        QVERIFY(comboData(row->fieldCombo()).contains(QStringLiteral("revision")));
        QVERIFY(!comboData(row->fieldCombo()).contains(QStringLiteral("cron")));
        QVERIFY(!e.cronBuilder()->isVisibleTo(&e));
        QCOMPARE(e.eventZoneCombo()->currentText(), QStringLiteral("Europe/Riga")); // kept
        QCOMPARE(e.toJson().value(QStringLiteral("timezone")).toString(),
                 QStringLiteral("Europe/Riga"));

        // Operators and value editors follow the field's type.
        row->setField(QStringLiteral("revision"));
        QVERIFY(row->ops().contains(QStringLiteral("gt")));
        QVERIFY(!row->ops().contains(QStringLiteral("matches")));
        QVERIFY(qobject_cast<QSpinBox *>(row->valueEditor()));
        row->setField(QStringLiteral("theme"));
        QVERIFY(row->ops().contains(QStringLiteral("matches")));
        QVERIFY(!row->ops().contains(QStringLiteral("gt")));
        QVERIFY(qobject_cast<QLineEdit *>(row->valueEditor()));
        row->setField(QStringLiteral("occurred_at"));
        QVERIFY(qobject_cast<QDateTimeEdit *>(row->valueEditor()));
        row->setField(QStringLiteral("changed_pages"));
        QCOMPARE(row->ops(), (QStringList{QStringLiteral("contains"), QStringLiteral("exists")}));
        row->setField(QStringLiteral("pages"));
        row->setOp(QStringLiteral("in"));
        auto *list = qobject_cast<ListValueEditor *>(row->valueEditor());
        QVERIFY(list);
        list->setValues(
            {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral(" "), QStringLiteral("3")});
        QCOMPARE(canonical(QCborMap{{QStringLiteral("v"), row->value()}}),
                 QStringLiteral("{\"v\":[1,2,3]}"));
        row->setField(QStringLiteral("theme")); // a string list keeps commas inside values
        QCOMPARE(row->op(), QStringLiteral("in"));
        qobject_cast<ListValueEditor *>(row->valueEditor())
            ->setValues({QStringLiteral("a, b"), QStringLiteral("c")});
        QCOMPARE(canonical(QCborMap{{QStringLiteral("v"), row->value()}}),
                 QStringLiteral("{\"v\":[\"a, b\",\"c\"]}"));
        row->setOp(QStringLiteral("exists"));
        QVERIFY(!row->valueEditor());

        // A field the new trigger lacks stays visible and is refused inline.
        row->setField(QStringLiteral("revision"));
        e.setTrigger(QStringLiteral("asset_uploaded"));
        QCOMPARE(row->field(), QStringLiteral("revision"));
        e.nameEdit()->setText(QStringLiteral("x"));
        e.actions()->addAction(QStringLiteral("notify"));
        qobject_cast<QLineEdit *>(
            e.actions()->cards().first()->paramEditor(QStringLiteral("message")))
            ->setText(QStringLiteral("hi"));
        QVERIFY(!e.validate().isEmpty());
        QVERIFY2(e.error().contains(QStringLiteral("conditions")), qPrintable(e.error()));
        QVERIFY(!e.saveButton()->isEnabled());
    }

    void complexRuleRoundTrips_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("event rule") << QStringLiteral(
            "{\"name\":\"Hook on big saves\",\"trigger\":{\"type\":\"theme_saved\"},"
            "\"timezone\":\"Europe/Riga\",\"conditions\":{\"any\":[{\"all\":[{\"field\":"
            "\"revision\",\"op\":\"gte\",\"value\":3},{\"not\":{\"field\":\"theme\",\"op\":"
            "\"matches\",\"value\":\"^test-\"}}]},{\"field\":\"changed_pages\",\"op\":\"contains\","
            "\"value\":\"index\"},{\"field\":\"account_tier\",\"op\":\"in\",\"value\":[\"pro\","
            "\"enterprise\"]},{\"not\":{\"any\":[{\"field\":\"pages\",\"op\":\"lt\",\"value\":2},"
            "{\"field\":\"occurred_at\",\"op\":\"gt\",\"value\":\"2026-11-22T09:00:00Z\"}]}}]},"
            "\"actions\":[{\"type\":\"webhook\",\"url\":\"https://hooks.example.com/x\","
            "\"secret\":\"s3cret\",\"timeout_ms\":3000,\"retries\":1},{\"type\":\"export_static\","
            "\"folder\":\"/tmp/out\"},{\"type\":\"notify\",\"message\":\"Saved\"}],"
            "\"mode\":\"parallel\",\"max_parallel\":3,\"is_active\":false,"
            "\"max_executions_per_day\":5,\"credit_limit_per_execution\":10}");
        QTest::newRow("schedule rule") << QStringLiteral(
            "{\"name\":\"Nightly backup\",\"trigger\":{\"type\":\"schedule\"},\"schedule\":"
            "{\"cron\":\"*/30 1-3 * * 1-5\",\"timezone\":\"America/New_York\"},\"conditions\":"
            "{\"not\":{\"field\":\"account_tier\",\"op\":\"eq\",\"value\":\"basic\"}},"
            "\"actions\":[{\"type\":\"backup\",\"keep\":7},{\"type\":\"rollback\"}],"
            "\"mode\":\"queued\",\"missed_runs\":\"run_all\"}");
        QTest::newRow("minimal") << QStringLiteral(
            "{\"name\":\"On failure\",\"trigger\":{\"type\":\"deployment_failed\"},"
            "\"actions\":[{\"type\":\"notify\",\"message\":\"Deployment failed\"}]}");
    }

    void complexRuleRoundTrips()
    {
        QFETCH(QString, json);
        const QCborMap rule = parse(json.toUtf8().constData());
        QVERIFY2(automation::Rule::fromJson(rule).has_value(),
                 SS_WHY(automation::Rule::fromJson(rule)));
        TestCache tc;
        const QString site = tc.site(QStringLiteral("Bakery"));
        AutomationStore store(*tc.cache);
        RuleEditor e(store, QString(), site);
        e.load(rule);
        QVERIFY2(e.validate().isEmpty(), qPrintable(e.error()));
        QCOMPARE(canonical(e.toJson()), canonical(rule));
        QVERIFY(json::equal(e.toJson(), rule));
        // A second load of the form's own output is stable.
        const QCborMap once = e.toJson();
        e.load(once);
        QCOMPARE(canonical(e.toJson()), canonical(rule));
        if (QTest::currentDataTag() == QLatin1String("event rule")) {
            e.resize(900, 1000);
            shot(&e, QStringLiteral("editor-conditions"));
            e.tabs()->setCurrentIndex(1);
            shot(&e, QStringLiteral("editor-actions"));
            QCOMPARE(e.actions()->totalCost(), 2);
            QVERIFY(e.actions()->totalLabel()->text().contains(QStringLiteral("10")));
        }
    }

    void duplicateDisableDelete()
    {
        TestCache tc;
        const QString site = tc.site(QStringLiteral("Bakery"));
        const QString other = tc.site(QStringLiteral("Florist"));
        AutomationWindow w(*tc.cache);
        auto a = w.store().save(parse("{\"name\":\"Alert\",\"trigger\":{\"type\":"
                                      "\"deployment_failed\"},\"actions\":[{\"type\":\"notify\","
                                      "\"message\":\"x\"}]}"),
                                site);
        QVERIFY2(a, SS_WHY(a));
        auto b = w.store().save(parse("{\"name\":\"Backup\",\"trigger\":{\"type\":\"schedule\"},"
                                      "\"schedule\":{\"cron\":\"@daily\",\"timezone\":\"UTC\"},"
                                      "\"actions\":[{\"type\":\"backup\"}]}"),
                                other);
        QVERIFY2(b, SS_WHY(b));
        w.reload();
        QCOMPARE(w.shownRuleIds().size(), 2); // all sites
        w.setSiteFilter(site);
        QCOMPARE(w.shownRuleIds(), QStringList{*a});
        w.setSiteFilter(QString());
        w.searchEdit()->setText(QStringLiteral("back"));
        QCOMPARE(w.shownRuleIds(), QStringList{*b});
        w.searchEdit()->clear();

        w.selectRules({*a});
        QVERIFY(w.duplicateButton()->isEnabled());
        QVERIFY2(w.duplicateSelected().isEmpty(), qPrintable(w.message()));
        QCOMPARE(w.shownRuleIds().size(), 3);
        const QStringList copies = w.selectedRuleIds();
        QCOMPARE(copies.size(), 1);
        const QString copy = copies.first();
        QVERIFY(copy != *a);
        auto stored = w.store().rule(copy);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("Alert (copy)"));
        QCOMPARE(stored->workspaceId, site);
        QCOMPARE(ops(tc, copy).size(), 1);
        QCOMPARE(ops(tc, copy)[0].value(QStringLiteral("op")).toString(),
                 QStringLiteral("create-rule"));

        // Several at once (the agency view): disable, enable, delete.
        w.selectRules({*a, *b});
        QCOMPARE(w.selectedRuleIds().size(), 2);
        QVERIFY(!w.duplicateButton()->isEnabled());
        QVERIFY2(w.setSelectedActive(false).isEmpty(), qPrintable(w.message()));
        QCOMPARE(count(tc, QStringLiteral("automation_rules"), QStringLiteral("is_active = 0")), 2);
        for (const QString &id : {*a, *b}) {
            const QCborMap op = ops(tc, id).last();
            QCOMPARE(op.value(QStringLiteral("op")).toString(), QStringLiteral("update-rule"));
            QCOMPARE(op.value(QStringLiteral("rule")).toMap().value(QStringLiteral("is_active")),
                     QCborValue(false));
        }
        QCOMPARE(w.ruleList()->topLevelItem(0)->text(AutomationWindow::ActiveColumn),
                 QStringLiteral("No"));
        const int outbox = tc.outbox();
        QVERIFY(w.setSelectedActive(false).isEmpty()); // already off: nothing queued
        QCOMPARE(tc.outbox(), outbox);
        shot(&w, QStringLiteral("window"));

        w.deleteSelected();
        QCOMPARE(count(tc, QStringLiteral("automation_rules")), 3); // asks first
        QVERIFY2(w.confirmDelete().isEmpty(), qPrintable(w.message()));
        QCOMPARE(count(tc, QStringLiteral("automation_rules")), 1);
        QCOMPARE(w.shownRuleIds(), QStringList{copy});
        for (const QString &id : {*a, *b})
            QCOMPARE(ops(tc, id).last().value(QStringLiteral("op")).toString(),
                     QStringLiteral("delete-rule"));
    }

    void dryRunShowsATraceAndWritesNothing()
    {
        TestCache tc;
        const QString site = tc.site(QStringLiteral("Bakery"));
        AutomationWindow w(*tc.cache, site);
        RuleEditor *e = w.newRule();
        fillScheduleRule(e, QStringLiteral("Publish on Monday"));
        auto *hook = e->actions()->addAction(QStringLiteral("webhook"));
        qobject_cast<QLineEdit *>(hook->paramEditor(QStringLiteral("url")))
            ->setText(QStringLiteral("https://hooks.example.com/in"));
        QVERIFY2(e->validate().isEmpty(), qPrintable(e->error()));
        const int rules = count(tc, QStringLiteral("automation_rules"));
        const int runs = count(tc, QStringLiteral("automation_runs"));
        const int outbox = tc.outbox();

        e->tabs()->setCurrentIndex(2);
        e->loadSample();
        QVERIFY(e->sampleEdit()->toPlainText().contains(QStringLiteral("account_tier")));
        automation::RunTrace trace = e->testRun();
        QCOMPARE(trace.status, automation::RunStatus::DryRun);
        QCOMPARE(trace.actions.size(), 2);
        QCOMPARE(trace.credits, 3);
        const QStringList texts = treeTexts(e->traceTree());
        QVERIFY2(texts.filter(QStringLiteral("✓")).size() >= 3, qPrintable(texts.join('\n')));
        QVERIFY2(!texts.filter(QStringLiteral("hooks.example.com")).isEmpty(),
                 qPrintable(texts.join('\n')));
        QVERIFY(e->testStatusLabel()->text().contains(QStringLiteral("Nothing was changed")));
        e->resize(900, 760);
        shot(e, QStringLiteral("test-run"));

        // Another sample: the condition fails, nothing runs.
        QString sample = e->sampleEdit()->toPlainText();
        sample.replace(QStringLiteral("\"pro\""), QStringLiteral("\"basic\""));
        e->sampleEdit()->setPlainText(sample);
        trace = e->testRun();
        QCOMPARE(trace.status, automation::RunStatus::NotMatched);
        QVERIFY(trace.actions.isEmpty());
        QVERIFY(!treeTexts(e->traceTree()).filter(QStringLiteral("✗")).isEmpty());
        // Broken JSON: said inline.
        e->sampleEdit()->setPlainText(QStringLiteral("{oops"));
        trace = e->testRun();
        QVERIFY(!e->testStatusLabel()->text().isEmpty());

        QCOMPARE(count(tc, QStringLiteral("automation_rules")), rules);
        QCOMPARE(count(tc, QStringLiteral("automation_runs")), runs);
        QCOMPARE(tc.outbox(), outbox);
    }

    void loopIsRefusedInline()
    {
        TestCache tc;
        const QString site = tc.site(QStringLiteral("Bakery"));
        AutomationWindow w(*tc.cache, site);
        // Saved theme → publish; published → sync (which saves the theme): a cycle.
        RuleEditor *first = w.newRule();
        first->nameEdit()->setText(QStringLiteral("Publish on save"));
        first->setTrigger(QStringLiteral("theme_saved"));
        first->actions()->addAction(QStringLiteral("publish_theme"));
        QVERIFY2(first->save(), qPrintable(first->error()));
        const int outbox = tc.outbox();

        RuleEditor *second = w.newRule();
        second->nameEdit()->setText(QStringLiteral("Sync on publish"));
        second->setTrigger(QStringLiteral("theme_published"));
        second->actions()->addAction(QStringLiteral("sync_workspace"));
        QVERIFY2(second->validate().isEmpty(), qPrintable(second->error())); // fine alone
        QVERIFY(!second->save());
        QVERIFY(second->errorLabel()->isVisibleTo(second));
        QVERIFY2(second->error().contains(QStringLiteral("Publish on save")) &&
                     second->error().contains(QStringLiteral("Sync on publish")),
                 qPrintable(second->error()));
        QCOMPARE(count(tc, QStringLiteral("automation_rules")), 1);
        QCOMPARE(tc.outbox(), outbox);

        // A rule that triggers itself.
        RuleEditor *self = w.newRule();
        self->nameEdit()->setText(QStringLiteral("Publish on publish"));
        self->setTrigger(QStringLiteral("theme_published"));
        self->actions()->addAction(QStringLiteral("publish_theme"));
        QVERIFY(!self->save() || !self->error().isEmpty());
        QCOMPARE(count(tc, QStringLiteral("automation_rules")), 1);
        QCOMPARE(tc.outbox(), outbox);

        // An admin action is the server's to allow: saved and queued here.
        RuleEditor *admin = w.newRule();
        admin->nameEdit()->setText(QStringLiteral("Upgrade on launch"));
        admin->setTrigger(QStringLiteral("site_created"));
        admin->actions()->addAction(QStringLiteral("set_tier"));
        QVERIFY2(admin->save(), qPrintable(admin->error()));
        QCOMPARE(count(tc, QStringLiteral("automation_rules")), 2);
        QCOMPARE(tc.outbox(), outbox + 1);
    }

    // Account-wide rules (every site of a connection profile): offered per profile in the site
    // combos, stored with workspace_id NULL + profile_id, queued as create-rule without a
    // workspace, listed as "Every site" and under each site of the profile.
    void accountWideRuleThroughTheForm()
    {
        TestCache tc;
        const QString site = tc.site(QStringLiteral("Bakery"));
        const QString other = tc.site(QStringLiteral("Florist"));
        const QString unsynced = tc.site(QStringLiteral("Local only"));
        {
            AutomationWindow before(*tc.cache, site);
            QVERIFY2(!comboData(before.siteCombo()).contains(accountKey(QStringLiteral("p1"))),
                     "no profile: no account-wide entry");
            RuleEditor *e = before.newRule();
            for (const QString &d : comboData(e->siteCombo()))
                QVERIFY2(!d.startsWith(QStringLiteral("account:")), qPrintable(d));
            e->discardChanges();
        }
        for (const auto &[id, name] : {std::pair{"p1", "Agency"}, std::pair{"p2", "Personal"}})
            QVERIFY(tc.cache->exec(QStringLiteral("INSERT INTO profiles (id, name, server_url, "
                                                  "created_at) VALUES (?, ?, 'http://x', '')"),
                                   {QString::fromLatin1(id), QString::fromLatin1(name)}));
        QVERIFY(tc.cache->exec(
            QStringLiteral("UPDATE workspaces SET profile_id = 'p1' WHERE id IN (?, ?)"),
            {site, other}));

        AutomationWindow w(*tc.cache, site);
        RuleEditor *e = w.newRule();
        const int entry = e->siteCombo()->findData(accountKey(QStringLiteral("p1")));
        QVERIFY2(entry >= 0, qPrintable(comboData(e->siteCombo()).join(QLatin1Char(','))));
        QCOMPARE(e->siteCombo()->itemText(entry),
                 QStringLiteral("Every site (account-wide) — Agency"));
        QVERIFY(w.siteCombo()->findData(accountKey(QStringLiteral("p2"))) >= 0);
        e->siteCombo()->setCurrentIndex(entry);
        e->nameEdit()->setText(QStringLiteral("Tell me about conflicts"));
        e->setTrigger(QStringLiteral("sync_conflict"));
        e->actions()
            ->addAction(QStringLiteral("notify"))
            ->setParam(QStringLiteral("message"), QStringLiteral("A sync conflict"));
        const int outbox = tc.outbox();
        QVERIFY2(e->save(), qPrintable(e->error()));
        const QString id = e->ruleId();
        auto q = tc.cache->exec(QStringLiteral("SELECT workspace_id, profile_id FROM "
                                               "automation_rules WHERE id = ?"),
                                {id});
        QVERIFY(q && q->next());
        QVERIFY(q->value(0).isNull());
        QCOMPARE(q->value(1).toString(), QStringLiteral("p1"));
        QCOMPARE(tc.outbox(), outbox + 1);
        const QCborMap op = ops(tc, id).value(0);
        QCOMPARE(op.value(QStringLiteral("op")).toString(), QStringLiteral("create-rule"));
        QVERIFY2(!op.contains(QStringLiteral("workspace")), qPrintable(canonical(op)));
        QCOMPARE(op.value(QStringLiteral("profile")).toString(), QStringLiteral("p1"));

        // Shown for every site of the profile (it applies to them), not for other sites.
        QVERIFY2(w.shownRuleIds().contains(id), qPrintable(w.shownRuleIds().join(',')));
        QTreeWidgetItem *item = w.ruleList()->topLevelItem(0);
        QCOMPARE(item->text(AutomationWindow::SiteColumn), QStringLiteral("Every site"));
        QVERIFY(!w.ruleList()->isColumnHidden(AutomationWindow::SiteColumn));
        w.setSiteFilter(other);
        QCOMPARE(w.shownRuleIds(), QStringList{id});
        w.setSiteFilter(unsynced);
        QCOMPARE(w.shownRuleIds(), QStringList());
        w.setSiteFilter(accountKey(QStringLiteral("p2")));
        QCOMPARE(w.shownRuleIds(), QStringList());
        w.setSiteFilter(accountKey(QStringLiteral("p1")));
        QCOMPARE(w.shownRuleIds(), QStringList{id});
        w.setSiteFilter(QString());
        QCOMPARE(w.shownRuleIds(), QStringList{id});

        // Editing keeps it account-wide (update-rule); a duplicate is account-wide too.
        RuleEditor *again = w.editRule(id);
        QCOMPARE(again->siteId(), accountKey(QStringLiteral("p1")));
        again->nameEdit()->setText(QStringLiteral("Conflicts anywhere"));
        QVERIFY2(again->save(), qPrintable(again->error()));
        QCOMPARE(ops(tc, id).value(1).value(QStringLiteral("op")).toString(),
                 QStringLiteral("update-rule"));
        AutomationStore store(*tc.cache);
        {
            RuleEditor fresh(store, id, QString());
            QCOMPARE(fresh.siteId(), accountKey(QStringLiteral("p1")));
            QVERIFY(!fresh.siteCombo()->isEnabled()); // a rule stays account-wide
        }
        auto copy = store.duplicate(id, QStringLiteral(" (copy)"));
        QVERIFY2(copy, SS_WHY(copy));
        auto copied = store.rule(*copy);
        QVERIFY(copied && copied->isAccountWide() && copied->profileId == QStringLiteral("p1"));
        QVERIFY(store.remove({*copy}));
        QCOMPARE(ops(tc, *copy).last().value(QStringLiteral("profile")).toString(),
                 QStringLiteral("p1")); // the delete goes to the owner's server only

        // A schedule rule with a site action has no site to act on: refused inline.
        RuleEditor *wide = w.newRule();
        wide->siteCombo()->setCurrentIndex(wide->siteCombo()->findData(accountKey("p1")));
        fillScheduleRule(wide, QStringLiteral("Publish everything"));
        QVERIFY(!wide->validate().isEmpty());
        QVERIFY(wide->errorLabel()->isVisibleTo(wide));
        QVERIFY2(wide->error().contains(QStringLiteral("publish_theme")),
                 qPrintable(wide->error()));
        QVERIFY(!wide->saveButton()->isEnabled());
        shot(wide, QStringLiteral("automation-account-wide-editor"));
        const int before = count(tc, QStringLiteral("automation_rules"));
        QVERIFY(!wide->save());
        QCOMPARE(count(tc, QStringLiteral("automation_rules")), before);
        // The same rule for one site is fine.
        wide->setSiteId(site);
        QVERIFY2(wide->validate().isEmpty(), qPrintable(wide->error()));
        // The store refuses it too (the shared check).
        QCborMap json = parse("{\"name\": \"x\", \"trigger\": {\"type\": \"schedule\"}, "
                              "\"schedule\": {\"cron\": \"0 9 * * *\", \"timezone\": \"UTC\"}, "
                              "\"actions\": [{\"type\": \"backup\"}]}");
        QVERIFY(!store.save(json, accountKey(QStringLiteral("p1"))));
        QVERIFY(store.save(json, site));
        wide->discardChanges();
        shot(&w, QStringLiteral("automation-account-wide"));
    }

    void accountWideLoopsAreCheckedOverTheProfile()
    {
        TestCache tc;
        const QString site = tc.site(QStringLiteral("Bakery"));
        QVERIFY(tc.cache->exec(QStringLiteral("INSERT INTO profiles (id, name, server_url, "
                                              "created_at) VALUES ('p1', 'default', 'x', '')")));
        QVERIFY(tc.cache->exec(QStringLiteral("UPDATE workspaces SET profile_id = 'p1'")));
        AutomationStore store(*tc.cache);
        // Account-wide: published → sync; the site's: saved → publish. Together a cycle.
        auto a = store.save(parse("{\"name\": \"Sync on publish\", \"trigger\": {\"type\": "
                                  "\"theme_published\"}, \"actions\": [{\"type\": "
                                  "\"sync_workspace\"}]}"),
                            accountKey(QStringLiteral("p1")));
        QVERIFY2(a, SS_WHY(a));
        auto b = store.save(parse("{\"name\": \"Publish on save\", \"trigger\": {\"type\": "
                                  "\"theme_saved\"}, \"actions\": [{\"type\": "
                                  "\"publish_theme\"}]}"),
                            site);
        QVERIFY(!b);
        QVERIFY2(b.error().message.contains(QStringLiteral("Sync on publish")),
                 qPrintable(b.error().toString()));
    }

    void runHistoryShowsTraces()
    {
        TestCache tc;
        const QString site = tc.site(QStringLiteral("Bakery"));
        AutomationWindow w(*tc.cache, site);
        auto id = w.store().save(parse("{\"name\":\"Monday\",\"trigger\":{\"type\":\"schedule\"},"
                                       "\"schedule\":{\"cron\":\"0 9 * * mon\",\"timezone\":"
                                       "\"Europe/Riga\"},\"actions\":[{\"type\":\"publish_theme\"}"
                                       "]}"),
                                 site);
        QVERIFY2(id, SS_WHY(id));
        automation::RunTrace t;
        t.ruleId = *id;
        t.ruleName = QStringLiteral("Monday");
        t.event.type = QStringLiteral("schedule");
        t.status = automation::RunStatus::Succeeded;
        t.conditions << automation::Condition::Step{
            QStringLiteral("conditions.all[0]"), QStringLiteral("account_tier eq \"pro\""), true};
        automation::RunTrace::ActionStep step;
        step.type = QStringLiteral("publish_theme");
        step.ok = true;
        step.message = QStringLiteral("published revision 7");
        step.durationMs = 420;
        t.actions << step;
        t.credits = 2;
        const QString trace = QString::fromUtf8(json::write(t.toJson()));
        const qint64 mon1 = QDateTime(QDate(2026, 11, 16), QTime(7, 0), Qt::UTC).toSecsSinceEpoch();
        const qint64 mon2 = mon1 + 7 * 86400;
        for (const auto &[slot, status, reason, at, origin] :
             {std::tuple{mon1, "succeeded", "", mon1 + 3, "server"},
              std::tuple{mon2, "skipped", "max_executions_per_day reached", mon2 + 1, "desktop"}})
            QVERIFY(tc.cache->exec(
                QStringLiteral("INSERT INTO automation_runs (id, rule_id, slot, scheduled_at, "
                               "day_key, status, reason, executed_at, trace_json, origin) VALUES "
                               "(?, ?, ?, ?, '', ?, ?, ?, ?, ?)"),
                {QUuid::createUuid().toString(), *id, QString::number(slot), slot,
                 QString::fromLatin1(status), QString::fromLatin1(reason), at, trace,
                 QString::fromLatin1(origin)}));
        w.reload();
        w.selectRules({*id});
        QCOMPARE(w.runList()->topLevelItemCount(), 2);
        QCOMPARE(w.runList()->topLevelItem(0)->text(1), QStringLiteral("skipped")); // newest first
        QCOMPARE(w.runList()->topLevelItem(0)->text(2),
                 QStringLiteral("max_executions_per_day reached"));
        QCOMPARE(w.runList()->topLevelItem(0)->text(4), QStringLiteral("desktop"));
        QVERIFY(w.ruleList()
                    ->topLevelItem(0)
                    ->text(AutomationWindow::LastRunColumn)
                    .contains(QStringLiteral("skipped")));
        w.runList()->setCurrentItem(w.runList()->topLevelItem(1));
        const QStringList texts = treeTexts(w.traceTree());
        QVERIFY2(!texts.filter(QStringLiteral("published revision 7")).isEmpty(),
                 qPrintable(texts.join('\n')));
        QVERIFY(!texts.filter(QStringLiteral("✓ account_tier")).isEmpty());
        shot(&w, QStringLiteral("history"));
    }

    void screens()
    {
        if (qEnvironmentVariableIsEmpty("SS_DESIGNER_SHOTS"))
            QSKIP("set SS_DESIGNER_SHOTS=DIR to render the screens");
        TestCache tc;
        const QString site = tc.site(QStringLiteral("Bakery"));
        AutomationStore store(*tc.cache);
        RuleEditor e(store, QString(), site);
        fillScheduleRule(&e, QStringLiteral("Publish on Monday"));
        ConditionGroup *g = e.conditions()->root()->addGroup();
        g->setAny(true);
        g->setNegated(true);
        ConditionRow *r = g->addCondition();
        r->setField(QStringLiteral("cron"));
        r->setOp(QStringLiteral("matches"));
        r->setValue(QStringLiteral("^@"));
        g->addGroup()->addCondition()->setField(QStringLiteral("occurred_at"));
        e.resize(900, 1000);
        shot(&e, QStringLiteral("editor-rule"));
        e.cronBuilder()->setExpression(QStringLiteral("0 25 * * mon"));
        shot(&e, QStringLiteral("editor-cron-error"));
        CronBuilder b;
        b.setSchedule(QStringLiteral("0 9 * * mon"), QStringLiteral("Europe/Riga"));
        b.resize(640, 420);
        shot(&b, QStringLiteral("cron-builder"));
        // The same in the dark palette (the last test: it changes the application's palette).
        ui::applyColorScheme(*qApp, ui::ColorScheme::Dark);
        e.tabs()->setCurrentIndex(0);
        shot(&e, QStringLiteral("dark-editor-rule"));
        e.tabs()->setCurrentIndex(2);
        e.testRun();
        shot(&e, QStringLiteral("dark-test-run"));
    }
};

QTEST_MAIN(tst_AutomationUi)
#include "tst_automationui.moc"
