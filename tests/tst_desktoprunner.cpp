// The desktop side of automation (sync/desktoprunner.h): schedule rules with desktop actions run
// while the app is open, on a fake clock; runs land in the cache and are queued for the server.
#include "desktoprunner.h"
#include "json.h"
#include "testcache.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace ss;
using namespace ss::automation;

namespace {

class FakeClock : public Clock
{
public:
    qint64 now = 0;
    qint64 nowSecs() const override { return now; }
};

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

int count(LocalCache &cache, const QString &sql, const QVariantList &binds = {})
{
    auto q = cache.exec(sql, binds);
    return q && q->next() ? q->value(0).toInt() : -1;
}

} // namespace

class tst_DesktopRunner : public QObject
{
    Q_OBJECT

    QString addRule(TestCache &tc, const QString &site, const QByteArray &json)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // The tests write JSON with single quotes (moc 6.4 mis-parses raw strings).
        const QByteArray text = QByteArray(json).replace('\'', '"');
        auto body = json::parse(text);
        if (!body)
            qFatal("bad test JSON: %s", qPrintable(body.error().toString()));
        auto r = tc.cache->exec(
            QStringLiteral("INSERT INTO automation_rules (id, workspace_id, name, rule_json, "
                           "is_active, updated_at) VALUES (?, ?, ?, ?, 1, '2026-01-01T00:00:00Z')"),
            {id, site.isEmpty() ? QVariant() : QVariant(site),
             body->toMap().value(QStringLiteral("name")).toString(), QString::fromUtf8(text)});
        if (!r)
            qFatal("%s", qPrintable(r.error().toString()));
        return id;
    }

private slots:
    void scheduledExportRunsOnceAtItsTime()
    {
        TestCache tc;
        const QString site = tc.site(QStringLiteral("Runner Site"));
        const QString folder = tc.dir.filePath(QStringLiteral("out"));
        const QString exportRule =
            addRule(tc, site,
                    QStringLiteral("{'name': 'Nightly export', 'trigger': {'type': 'schedule'}, "
                                   "'schedule': {'cron': '0 9 * * *', 'timezone': 'Europe/Riga'}, "
                                   "'actions': [{'type': 'export_static', 'folder': '%1'}, "
                                   "{'type': 'publish_theme'}]} ")
                        .arg(folder)
                        .toUtf8());
        // Server-only rules are sitehostd's business: the desktop never runs them.
        const QString serverRule =
            addRule(tc, site,
                    "{'name': 'Publish', 'trigger': {'type': 'schedule'}, "
                    "'schedule': {'cron': '0 9 * * *', 'timezone': 'Europe/Riga'}, "
                    "'actions': [{'type': 'publish_theme'}]} ");

        FakeClock clock;
        clock.now = utc("2026-11-23T06:59:00Z"); // 08:59 in Riga
        QStringList exported;
        sync::DesktopRunner::Hooks hooks;
        hooks.exportSite = [&](const QString &ws, const QString &dir) -> Result<QString> {
            exported << ws + QLatin1Char('|') + dir;
            return QStringLiteral("exported 3 pages");
        };
        sync::DesktopRunner runner(*tc.cache, hooks, &clock);
        QCOMPARE(runner.desktopRules().size(), 1);
        QCOMPARE(runner.desktopRules().first().id, exportRule);

        QVERIFY(runner.tick().isEmpty()); // first sight: nothing back-filled
        clock.now = utc("2026-11-23T07:00:20Z");
        const QList<RunRecord> runs = runner.tick();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(exported, QStringList{site + QLatin1Char('|') + folder});
        QCOMPARE(runs.first().status, QStringLiteral("succeeded"));
        QVERIFY2(runs.first().slot.startsWith(QLatin1String("desktop:")),
                 qPrintable(runs.first().slot));
        QCOMPARE(
            count(*tc.cache,
                  "SELECT COUNT(*) FROM automation_runs WHERE rule_id = ? AND origin = 'desktop'",
                  {exportRule}),
            1);
        QCOMPARE(count(*tc.cache, "SELECT COUNT(*) FROM automation_runs WHERE rule_id = ?",
                       {serverRule}),
                 0);
        // The trace says what ran here and what was left to the server.
        const RunTrace trace = RunTrace::fromJson(runs.first().trace);
        QCOMPARE(trace.actions.size(), 2);
        QCOMPARE(trace.actions.at(0).message, QStringLiteral("exported 3 pages"));
        QCOMPARE(trace.actions.at(1).message, QStringLiteral("runs on sitehostd"));
        // Queued for the server so every device shows the same history.
        auto q = tc.cache->exec("SELECT op_json FROM outbox WHERE entity_id = ?", {exportRule});
        QVERIFY(q && q->next());
        const QCborMap op = json::parse(q->value(0).toString().toUtf8())->toMap();
        QCOMPARE(op.value(QStringLiteral("op")).toString(), QStringLiteral("record-run"));
        QCOMPARE(op.value(QStringLiteral("run")).toMap().value(QStringLiteral("slot")).toString(),
                 runs.first().slot);

        // The same minute again (a second tick, or a second app instance): no second run.
        QVERIFY(runner.tick().isEmpty());
        sync::DesktopRunner other(*tc.cache, hooks, &clock);
        QVERIFY(other.tick().isEmpty());
        QCOMPARE(exported.size(), 1);
    }

    // A rule saved just before its time and first seen by the tick after it still runs.
    void ruleSavedJustBeforeItsSlotRuns()
    {
        TestCache tc;
        const QString site = tc.site(QStringLiteral("Just in time"));
        const QString rule = addRule(tc, site,
                                     "{'name': 'Nine', 'trigger': {'type': 'schedule'}, "
                                     "'schedule': {'cron': '0 9 * * *', 'timezone': 'UTC'}, "
                                     "'actions': [{'type': 'notify', 'message': 'nine'}]} ");
        QVERIFY(tc.cache->exec("UPDATE automation_rules SET updated_at = '2026-11-23T08:59:50Z'"));
        FakeClock clock;
        clock.now = utc("2026-11-23T09:00:02Z");
        sync::DesktopRunner runner(*tc.cache, {}, &clock);
        QSignalSpy notes(&runner, &sync::DesktopRunner::notification);
        const QList<RunRecord> runs = runner.tick();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().ruleId, rule);
        QCOMPARE(notes.size(), 1);
        // Saved after 09:00: the 09:00 slot is not back-filled.
        TestCache later;
        const QString site2 = later.site(QStringLiteral("Too late"));
        addRule(later, site2,
                "{'name': 'Nine', 'trigger': {'type': 'schedule'}, "
                "'schedule': {'cron': '0 9 * * *', 'timezone': 'UTC'}, "
                "'actions': [{'type': 'notify', 'message': 'nine'}]} ");
        QVERIFY(
            later.cache->exec("UPDATE automation_rules SET updated_at = '2026-11-23T09:00:01Z'"));
        sync::DesktopRunner runner2(*later.cache, {}, &clock);
        QVERIFY(runner2.tick().isEmpty());
    }

    // start(): a first tick once the event loop runs, then the timer stays armed for the next
    // minute.
    void startTicksOnceTheEventLoopRuns()
    {
        TestCache tc;
        const QString site = tc.site(QStringLiteral("Started"));
        addRule(tc, site,
                "{'name': 'Nine', 'trigger': {'type': 'schedule'}, "
                "'schedule': {'cron': '0 9 * * *', 'timezone': 'UTC'}, "
                "'actions': [{'type': 'notify', 'message': 'nine'}]} ");
        QVERIFY(tc.cache->exec("UPDATE automation_rules SET updated_at = '2026-11-23T08:59:50Z'"));
        FakeClock clock;
        clock.now = utc("2026-11-23T09:00:30Z");
        sync::DesktopRunner runner(*tc.cache, {}, &clock);
        QSignalSpy notes(&runner, &sync::DesktopRunner::notification);
        runner.start();
        QCOMPARE(notes.size(), 0); // not inside start(): the window comes first
        QTRY_COMPARE(notes.size(), 1);
        QVERIFY(runner.isRunning());
        runner.stop();
        QVERIFY(!runner.isRunning());
    }

    void failedExportIsRecordedWithTheReason()
    {
        TestCache tc;
        const QString site = tc.site(QStringLiteral("Failing"));
        const QString rule =
            addRule(tc, site,
                    "{'name': 'Export', 'trigger': {'type': 'schedule'}, "
                    "'schedule': {'cron': '*/5 * * * *', 'timezone': 'UTC'}, "
                    "'actions': [{'type': 'export_static', 'folder': '/nonexistent/x'}, "
                    "{'type': 'notify', 'message': 'exported'}]} ");
        FakeClock clock;
        clock.now = utc("2026-11-23T10:04:00Z");
        sync::DesktopRunner::Hooks hooks;
        hooks.exportSite = [](const QString &, const QString &dir) -> Result<QString> {
            return fail(QStringLiteral("cannot create the folder"), dir);
        };
        sync::DesktopRunner runner(*tc.cache, hooks, &clock);
        QSignalSpy notes(&runner, &sync::DesktopRunner::notification);
        runner.tick();
        clock.now = utc("2026-11-23T10:05:03Z");
        const QList<RunRecord> runs = runner.tick();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().ruleId, rule);
        QCOMPARE(runs.first().status, QStringLiteral("failed"));
        const RunTrace trace = RunTrace::fromJson(runs.first().trace);
        QCOMPARE(trace.actions.size(), 1); // stops at the failure: no notification
        QVERIFY2(trace.actions.first().message.contains("cannot create the folder"),
                 qPrintable(trace.actions.first().message));
        QCOMPARE(notes.size(), 0);
    }

    void notificationRuleOnAnEvent()
    {
        TestCache tc;
        const QString site = tc.site(QStringLiteral("Notified"));
        addRule(tc, site,
                "{'name': 'Tell me', 'trigger': {'type': 'sync_conflict'}, "
                "'conditions': {'all': [{'field': 'conflicts', 'op': 'gte', 'value': 2}]}, "
                "'actions': [{'type': 'notify', 'message': 'Conflicts need you'}]} ");
        FakeClock clock;
        clock.now = utc("2026-11-23T10:00:00Z");
        sync::DesktopRunner runner(*tc.cache, {}, &clock);
        QSignalSpy notes(&runner, &sync::DesktopRunner::notification);
        Event event;
        event.type = QStringLiteral("sync_conflict");
        event.workspaceId = site;
        event.payload = samplePayload(event.type, site);
        event.payload.insert(QStringLiteral("conflicts"), 1);
        runner.dispatch(event);
        QCOMPARE(notes.size(), 0); // condition false
        event.payload.insert(QStringLiteral("conflicts"), 3);
        runner.dispatch(event);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().at(0).toString(), QStringLiteral("Tell me"));
        QCOMPARE(notes.first().at(1).toString(), QStringLiteral("Conflicts need you"));
    }

    // An account-wide rule (workspace_id NULL, profile_id) sees the events of every site of its
    // profile, and of no other site.
    void accountWideNotifyRuleOnAnEvent()
    {
        TestCache tc;
        const QString mine = tc.site(QStringLiteral("Mine"));
        const QString theirs = tc.site(QStringLiteral("Theirs"));
        const QString local = tc.site(QStringLiteral("Never synced"));
        for (const char *id : {"p1", "p2"})
            QVERIFY(tc.cache->exec(QStringLiteral("INSERT INTO profiles (id, name, server_url, "
                                                  "created_at) VALUES (?, ?, 'x', '')"),
                                   {QString::fromLatin1(id), QString::fromLatin1(id)}));
        QVERIFY(tc.cache->exec(
            QStringLiteral("UPDATE workspaces SET profile_id = 'p1' WHERE id = ?"), {mine}));
        QVERIFY(tc.cache->exec(
            QStringLiteral("UPDATE workspaces SET profile_id = 'p2' WHERE id = ?"), {theirs}));
        const QString rule = addRule(tc, QString(),
                                     "{'name': 'Every conflict', 'trigger': {'type': "
                                     "'sync_conflict'}, 'actions': [{'type': 'notify', "
                                     "'message': 'A conflict somewhere'}]} ");
        QVERIFY(tc.cache->exec(QStringLiteral("UPDATE automation_rules SET workspace_id = NULL, "
                                              "profile_id = 'p1' WHERE id = ?"),
                               {rule}));
        FakeClock clock;
        clock.now = utc("2026-11-23T10:00:00Z");
        sync::DesktopRunner runner(*tc.cache, {}, &clock);
        const QList<Rule> rules = runner.desktopRules();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().accountId, QStringLiteral("p1"));
        QVERIFY(rules.first().workspaceId.isEmpty());

        QSignalSpy notes(&runner, &sync::DesktopRunner::notification);
        auto conflictOn = [&](const QString &site) {
            Event event;
            event.type = QStringLiteral("sync_conflict");
            event.workspaceId = site; // the account is looked up from the site
            event.payload = samplePayload(event.type, site);
            return runner.dispatch(event);
        };
        QCOMPARE(conflictOn(theirs).size(), 0);
        QCOMPARE(conflictOn(local).size(), 0);
        QCOMPARE(notes.size(), 0);
        const QList<RunRecord> runs = conflictOn(mine);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().ruleId, rule);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().at(1).toString(), QStringLiteral("A conflict somewhere"));
    }
};

QTEST_GUILESS_MAIN(tst_DesktopRunner)
#include "tst_desktoprunner.moc"
