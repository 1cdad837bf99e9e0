// Automation runs across the app and the real sitehostd: a rule saved in the designer syncs to the
// server, the server's scheduler runs its server actions, the desktop runner runs the desktop
// action of the same slot and sends its run with the next sync, and the automation window shows
// both runs (fetched from the server) in the rule's history.
#include "apiclient.h"
#include "automationeditor.h"
#include "automationstore.h"
#include "automationwidgets.h"
#include "automationwindow.h"
#include "credentialstore.h"
#include "desktoprunner.h"
#include "json.h"
#include "localcache.h"
#include "sitestore.h"
#include "syncservice.h"
#include "testserver.h"
#include "testutil.h"
#include "themepackage.h"

#include <QCborArray>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ss;

namespace {

class FixedClock : public automation::Clock
{
public:
    qint64 now = 0;
    qint64 nowSecs() const override { return now; }
};

} // namespace

class tst_AutomationSync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("SITESTUDIO_NO_KEYCHAIN", "1"); }

    void serverAndDesktopRunsShareOneHistory()
    {
        QTemporaryDir clientData;
        TestServer server;
        QVERIFY(server.start({"--automation-test-hooks"}));
        const QUrl url(server.url);
        sync::ApiClient anon(url);
        QCborMap cred{{QStringLiteral("email"), QStringLiteral("rules@example.com")},
                      {QStringLiteral("password"), QStringLiteral("correct horse battery staple")}};
        QVERIFY(anon.json("POST", "/api/v1/auth/register", cred).ok());
        const QString token =
            anon.json("POST", "/api/v1/auth/login", cred).json().value("token").toString();
        QVERIFY(!token.isEmpty());

        auto cache = LocalCache::open(LocalCache::pathIn(clientData.path()));
        QVERIFY2(cache, SS_WHY(cache));
        QVERIFY((*cache)->exec("INSERT INTO profiles (id, name, server_url, created_at) VALUES "
                               "('pid', 'default', ?, 'now')",
                               {url.toString()}));
        QVERIFY(sync::CredentialStore(clientData.path()).save("pid", token));
        SiteStore store(**cache);
        ThemeRegistry themes;
        auto site = store.createSite({"Rules Cafe", "business", true},
                                     (*themes.theme("studio"))->manifest());
        QVERIFY2(site, SS_WHY(site));

        // Every minute: a notification (server log + desktop) and an export (desktop only).
        const QString folder = clientData.filePath("export");
        QCborMap rule{
            {QStringLiteral("name"), QStringLiteral("Every minute")},
            {QStringLiteral("trigger"),
             QCborMap{{QStringLiteral("type"), QStringLiteral("schedule")}}},
            {QStringLiteral("schedule"),
             QCborMap{{QStringLiteral("cron"), QStringLiteral("* * * * *")},
                      {QStringLiteral("timezone"), QStringLiteral("UTC")}}},
            {QStringLiteral("actions"),
             QCborArray{QCborMap{{QStringLiteral("type"), QStringLiteral("notify")},
                                 {QStringLiteral("message"), QStringLiteral("tick")}},
                        QCborMap{{QStringLiteral("type"), QStringLiteral("export_static")},
                                 {QStringLiteral("folder"), folder}}}}};
        AutomationStore rules(**cache);
        auto ruleId = rules.save(rule, site->id);
        QVERIFY2(ruleId, SS_WHY(ruleId));

        sync::SyncService service(clientData.path());
        QSignalSpy finished(&service, &sync::SyncService::finished);
        auto syncNow = [&]() -> QString {
            const int before = finished.count();
            service.requestSync("default");
            if (!QTest::qWaitFor([&] { return finished.count() > before; }, 60000))
                return "the sync did not finish";
            if (!finished.last().at(2).toString().isEmpty())
                return finished.last().at(2).toString();
            const auto report = finished.last().at(1).value<sync::SyncReport>();
            return report.complete && report.parked == 0
                       ? QString()
                       : report.messages.join("; ") + " (incomplete)";
        };
        QString synced = syncNow();
        QVERIFY2(synced.isEmpty(), qPrintable(synced));

        // The server's scheduler, two minutes on: it runs the slot (run_once) with its actions.
        sync::ApiClient api(url, token);
        auto first = api.json("POST", "/api/v1/automation/tick", QCborMap{});
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        auto tick = api.json("POST", "/api/v1/automation/tick",
                             QCborMap{{QStringLiteral("advance_secs"), 120}});
        QVERIFY2(tick.ok(), qPrintable(tick.errorMessage()));
        auto serverRuns = api.request("GET", QStringLiteral("/api/v1/rules/%1/runs").arg(*ruleId));
        QVERIFY2(serverRuns.ok(), qPrintable(serverRuns.errorMessage()));
        const QCborArray before = serverRuns.json().value("runs").toArray();
        QVERIFY2(!before.isEmpty(), qPrintable(QString::fromUtf8(json::write(serverRuns.json()))));
        QCOMPARE(before.first().toMap().value("origin").toString(), QStringLiteral("server"));
        QCOMPARE(before.first().toMap().value("status").toString(), QStringLiteral("succeeded"));

        // The desktop side of the rule, on its own clock: first sight, then a slot.
        FixedClock clock;
        clock.now = QDateTime::currentSecsSinceEpoch();
        sync::DesktopRunner::Hooks hooks;
        int exports = 0;
        hooks.exportSite = [&](const QString &, const QString &) -> Result<QString> {
            ++exports;
            return QStringLiteral("exported");
        };
        sync::DesktopRunner runner(**cache, hooks, &clock);
        runner.tick();
        clock.now += 60;
        const auto desktopRuns = runner.tick();
        QCOMPARE(desktopRuns.size(), 1);
        QCOMPARE(exports, 1);
        synced = syncNow(); // sends the desktop run (record-run)
        QVERIFY2(synced.isEmpty(), qPrintable(synced));
        serverRuns = api.request("GET", QStringLiteral("/api/v1/rules/%1/runs").arg(*ruleId));
        QStringList origins;
        for (const QCborValue &r : serverRuns.json().value("runs").toArray())
            origins << r.toMap().value("origin").toString();
        QVERIFY2(origins.contains("desktop") && origins.contains("server"),
                 qPrintable(origins.join(',')));

        // The window shows what the server has: both origins in the rule's history.
        QVERIFY((*cache)->exec("DELETE FROM automation_runs")); // only what the fetch brings
        ui::AutomationWindow window(**cache, site->id);
        window.selectRules({*ruleId});
        QVERIFY(window.remoteSession());
        QVERIFY(window.remoteSession()->waitIdle());
        QTRY_VERIFY(window.runList()->topLevelItemCount() >= 2);
        QStringList shown;
        for (int i = 0; i < window.runList()->topLevelItemCount(); ++i)
            shown << window.runList()->topLevelItem(i)->text(4);
        QVERIFY2(shown.contains("desktop") && shown.contains("server"),
                 qPrintable(shown.join(',')));
    }

    // An account-wide rule saved in the designer (every site of the profile) goes to
    // POST /api/v1/rules and comes back to another computer as account-wide, owned by the profile
    // that syncs it. The server side lands separately: without it (404/405) the test skips.
    void accountWideRuleSyncsToTheServer()
    {
        QTemporaryDir clientData, otherData;
        TestServer server;
        QVERIFY(server.start());
        const QUrl url(server.url);
        sync::ApiClient anon(url);
        QCborMap cred{{QStringLiteral("email"), QStringLiteral("wide@example.com")},
                      {QStringLiteral("password"), QStringLiteral("correct horse battery staple")}};
        QVERIFY(anon.json("POST", "/api/v1/auth/register", cred).ok());
        const QString token =
            anon.json("POST", "/api/v1/auth/login", cred).json().value("token").toString();
        QVERIFY(!token.isEmpty());
        sync::ApiClient api(url, token);
        const auto probe = api.request("GET", QStringLiteral("/api/v1/rules"));
        if (probe.status == 404 || probe.status == 405)
            QSKIP("this sitehostd has no account-wide rules (GET /api/v1/rules answers 404/405)");

        auto cache = LocalCache::open(LocalCache::pathIn(clientData.path()));
        QVERIFY2(cache, SS_WHY(cache));
        QVERIFY((*cache)->exec("INSERT INTO profiles (id, name, server_url, created_at) VALUES "
                               "('pid', 'default', ?, 'now')",
                               {url.toString()}));
        QVERIFY(sync::CredentialStore(clientData.path()).save("pid", token));
        SiteStore store(**cache);
        ThemeRegistry themes;
        auto site = store.createSite({"Wide Cafe", "business", true},
                                     (*themes.theme("studio"))->manifest());
        QVERIFY2(site, SS_WHY(site));

        auto syncIn = [&](sync::SyncService &service) -> QString {
            QSignalSpy finished(&service, &sync::SyncService::finished);
            service.requestSync("default");
            if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 60000))
                return "the sync did not finish";
            if (!finished.last().at(2).toString().isEmpty())
                return finished.last().at(2).toString();
            const auto report = finished.last().at(1).value<sync::SyncReport>();
            return report.complete && report.parked == 0
                       ? QString()
                       : report.messages.join("; ") + " (incomplete)";
        };

        // Through the designer's form: "Every site (account-wide)".
        ui::AutomationWindow window(**cache, site->id);
        ui::RuleEditor *editor = window.newRule();
        const int entry = editor->siteCombo()->findData(accountKey("pid"));
        QVERIFY(entry >= 0);
        editor->siteCombo()->setCurrentIndex(entry);
        editor->nameEdit()->setText("Conflicts anywhere");
        editor->setTrigger("sync_conflict");
        editor->actions()->addAction("notify")->setParam("message", QStringLiteral("Conflict"));
        QVERIFY2(editor->save(), qPrintable(editor->error()));
        const QString ruleId = editor->ruleId();

        {
            sync::SyncService service(clientData.path());
            const QString synced = syncIn(service);
            QVERIFY2(synced.isEmpty(), qPrintable(synced));
        }
        auto onServer = api.request("GET", QStringLiteral("/api/v1/rules/") + ruleId);
        QVERIFY2(onServer.ok(), qPrintable(onServer.errorMessage()));
        const QCborValue ws = onServer.json().value("workspace_id");
        QVERIFY2(ws.isNull() || ws.isUndefined() || ws.toString().isEmpty(),
                 qPrintable(QString::fromUtf8(json::write(onServer.json()))));
        QCOMPARE(onServer.json().value("name").toString(), QStringLiteral("Conflicts anywhere"));
        auto listed = api.request("GET", QStringLiteral("/api/v1/rules"));
        QVERIFY2(listed.ok(), qPrintable(listed.errorMessage()));
        QVERIFY2(json::write(listed.json()).contains(ruleId.toUtf8()),
                 json::write(listed.json()).constData());

        // Another computer with its own profile id pulls it as account-wide, owned by that profile.
        auto other = LocalCache::open(LocalCache::pathIn(otherData.path()));
        QVERIFY2(other, SS_WHY(other));
        QVERIFY((*other)->exec("INSERT INTO profiles (id, name, server_url, created_at) VALUES "
                               "('other-pid', 'default', ?, 'now')",
                               {url.toString()}));
        QVERIFY(sync::CredentialStore(otherData.path()).save("other-pid", token));
        other->reset(); // the service opens the cache itself
        {
            sync::SyncService service(otherData.path());
            const QString synced = syncIn(service);
            QVERIFY2(synced.isEmpty(), qPrintable(synced));
        }
        other = LocalCache::open(LocalCache::pathIn(otherData.path()));
        QVERIFY2(other, SS_WHY(other));
        auto q = (*other)->exec("SELECT workspace_id, profile_id, name FROM automation_rules "
                                "WHERE id = ?",
                                {ruleId});
        QVERIFY(q && q->next());
        QVERIFY(q->value(0).isNull());
        QCOMPARE(q->value(1).toString(), QStringLiteral("other-pid"));
        QCOMPARE(q->value(2).toString(), QStringLiteral("Conflicts anywhere"));

        // Deleting works as for site rules.
        AutomationStore rules(**cache);
        QVERIFY(rules.remove({ruleId}));
        {
            sync::SyncService service(clientData.path());
            const QString synced = syncIn(service);
            QVERIFY2(synced.isEmpty(), qPrintable(synced));
        }
        QCOMPARE(api.request("GET", QStringLiteral("/api/v1/rules/") + ruleId).status, 404);
    }
};

QTEST_MAIN(tst_AutomationSync)
#include "tst_automationsync.moc"
