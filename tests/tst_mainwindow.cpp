#include "automation.h"
#include "automationwindow.h"
#include "bulkactiondialog.h"
#include "credentialstore.h"
#include "desktoprunner.h"
#include "editorwindow.h"
#include "json.h"
#include "localcache.h"
#include "mainwindow.h"
#include "newsitewizard.h"
#include "signindialog.h"
#include "sitedocument.h"
#include "sitelistmodel.h"
#include "sitestore.h"
#include "testserver.h"
#include "testutil.h"
#include "themepackage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCborArray>
#include <QCborMap>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ss;

// The site manager and the new-site wizard, offscreen.
class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void siteManagerListsSearchesFilters()
    {
        QTemporaryDir dir;
        {
            auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
            QVERIFY(cache);
            SiteStore store(**cache);
            ThemeRegistry themes;
            for (const char *name : {"Acme Co", "Bolt Bikes", "Saltmarsh Kitchen"})
                QVERIFY(store.createSite({QString::fromLatin1(name), "business", true},
                                         (*themes.theme("studio"))->manifest()));
            // As a sync would leave it: Bolt Bikes is on the pro plan and published up to date;
            // Acme's live revision is behind its draft.
            QVERIFY((*cache)->exec("UPDATE workspaces SET tier = 'pro' WHERE name = 'Bolt Bikes'"));
            QVERIFY((*cache)->exec(
                "UPDATE customizations SET base_revision = 4, published_revision = 4 WHERE "
                "workspace_id = (SELECT id FROM workspaces WHERE name = 'Bolt Bikes')"));
            QVERIFY((*cache)->exec(
                "UPDATE customizations SET base_revision = 5, published_revision = 3 WHERE "
                "workspace_id = (SELECT id FROM workspaces WHERE name = 'Acme Co')"));
            // Both synced: nothing queued for them any more.
            QVERIFY((*cache)->exec(
                "DELETE FROM outbox WHERE entity_id IN (SELECT id FROM workspaces WHERE name <> "
                "'Saltmarsh Kitchen' UNION SELECT c.id FROM customizations c JOIN workspaces w ON "
                "w.id = c.workspace_id WHERE w.name <> 'Saltmarsh Kitchen')"));
        }
        ui::MainWindow window(dir.path());
        QVERIFY(window.isReady());
        QVERIFY(window.windowTitle().contains("Site Studio"));
        QAbstractItemModelTester tester(window.siteModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(window.filterModel()->rowCount(), 3);
        window.searchEdit()->setText("bike");
        QCOMPARE(window.filterModel()->rowCount(), 1);
        QCOMPARE(window.filterModel()->index(0, 0).data().toString(), QString("Bolt Bikes"));
        window.searchEdit()->clear();
        window.filterCombo()->setCurrentIndex(1); // with unsynced edits: Saltmarsh (never synced)
        QCOMPARE(window.filterModel()->rowCount(), 1);
        window.filterCombo()->setCurrentIndex(2); // with conflicts
        QCOMPARE(window.filterModel()->rowCount(), 0);
        window.filterCombo()->setCurrentIndex(3); // with unpublished changes: Acme (behind) and
        QCOMPARE(window.filterModel()->rowCount(), 2); // Saltmarsh (never published)
        window.filterCombo()->setCurrentIndex(0);
        window.tierCombo()->setCurrentIndex(window.tierCombo()->findData("pro"));
        QCOMPARE(window.filterModel()->rowCount(), 1);
        QCOMPARE(window.filterModel()->index(0, ui::SiteListModel::Tier).data().toString(),
                 QString("pro"));
        QCOMPARE(window.filterModel()->index(0, ui::SiteListModel::Published).data().toString(),
                 QString("up to date (r4)"));
        window.tierCombo()->setCurrentIndex(0);
        window.searchEdit()->setText("acme");
        QCOMPARE(window.filterModel()->index(0, ui::SiteListModel::Published).data().toString(),
                 QString("r3 live, draft r5"));
        window.searchEdit()->clear();
        window.filterCombo()->setCurrentIndex(0);
        // Sorting by name, descending.
        window.siteView()->sortByColumn(ui::SiteListModel::Name, Qt::DescendingOrder);
        QCOMPARE(window.filterModel()->index(0, 0).data().toString(), QString("Saltmarsh Kitchen"));

        // Bulk export of a selection: one folder per site.
        QTemporaryDir out;
        QStringList ids{
            window.filterModel()->index(0, 0).data(ui::SiteListModel::SiteIdRole).toString(),
            window.filterModel()->index(1, 0).data(ui::SiteListModel::SiteIdRole).toString()};
        const QString summary = window.exportSites(ids, out.path());
        QVERIFY2(summary.startsWith("Exported 2 of 2"), qPrintable(summary));
        QVERIFY(QFile::exists(out.path() + "/saltmarsh-kitchen/index.html"));
        QVERIFY(QFile::exists(out.path() + "/bolt-bikes/index.html"));
    }

    void wizardCreatesASite()
    {
        QTemporaryDir dir;
        ui::MainWindow window(dir.path());
        QVERIFY(window.isReady());
        ui::NewSiteWizard *wizard = window.makeWizard();
        wizard->show();
        QPushButton *next = qobject_cast<QPushButton *>(wizard->button(QWizard::NextButton));
        QVERIFY(!next->isEnabled()); // no type chosen yet
        wizard->typeList()->setCurrentRow(SiteWizardController::siteTypes().indexOf("restaurant"));
        QVERIFY(next->isEnabled());
        wizard->next();
        QVERIFY(!next->isEnabled()); // no name yet
        QTest::keyClicks(wizard->nameEdit(), "Trattoria Sole");
        QVERIFY(next->isEnabled());
        wizard->next();
        QVERIFY(!next->isEnabled());
        wizard->objectiveBoxes()
            .at(SiteWizardController::objectives().indexOf("book"))
            ->setChecked(true);
        QVERIFY(next->isEnabled());
        wizard->next();
        wizard->themeCombo()->setCurrentIndex(wizard->themeCombo()->findData("harbor"));
        wizard->paletteCombo()->setCurrentIndex(wizard->paletteCombo()->findData("forest"));
        wizard->next();
        QVERIFY(wizard->reviewLabel()->text().contains("/menu"));
        QVERIFY(wizard->reviewLabel()->text().contains("trattoria-sole"));
        const QString error = window.createSiteFrom(*wizard);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(window.filterModel()->rowCount(), 1);
        const auto selected = window.siteView()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data().toString(), QString("Trattoria Sole"));
        QCOMPARE(window.filterModel()->index(0, ui::SiteListModel::Pages).data().toInt(), 3);
        // A second site with the same name is refused with a clear message.
        QVERIFY(window.createSiteFrom(*wizard).contains("exists"));
    }

    // Bulk sync and publish against the real sitehostd: a row per site, one failure (a site with
    // validation errors, then the server gone) never stops the others; the connections list and
    // the offline indicator follow.
    void bulkActionsReportPerSite()
    {
        TestServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        const QString loginError = server.login(dir.path(), "agency@example.com");
        QVERIFY2(loginError.isEmpty(), qPrintable(loginError));
        QStringList ids;
        {
            auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
            SiteStore store(**cache);
            ThemeRegistry themes;
            for (const char *name : {"Alpha Shop", "Broken Blog", "Cedar Studio"}) {
                auto site = store.createSite({QString::fromLatin1(name), "business", true},
                                             (*themes.theme("studio"))->manifest());
                QVERIFY2(site, SS_WHY(site));
                ids << site->id;
            }
            auto broken = store.loadSite(ids.at(1));
            SiteDocument &doc = **broken;
            const Page &page = *doc.pages().front();
            const QString blockId = page.content->children.at(1)->id;
            auto bad = doc.makeSetProp(page.id, blockId, "padding", QCborValue("huge"));
            QVERIFY(bad && doc.perform(*bad));
        }
        ui::MainWindow window(dir.path());
        QVERIFY(window.isReady());
        const auto profileRows = [&] {
            QStringList rows;
            for (int i = 0; i < window.profileTree()->topLevelItemCount(); ++i)
                rows << window.profileTree()->topLevelItem(i)->text(0);
            return rows;
        };
        // Not synced yet: all three are on this computer only.
        QCOMPARE(profileRows().size(), 3);
        QVERIFY2(profileRows().last().contains("(3)"), qPrintable(profileRows().join('|')));

        ui::BulkActionDialog *sync = window.syncSites({ids.at(0), ids.at(2)});
        QVERIFY(QTest::qWaitFor([&] { return sync->isFinished(); }, 60000));
        QCOMPARE(sync->succeeded(), 2);
        QVERIFY2(sync->statusOf(ids.at(0)).startsWith("Synced"),
                 qPrintable(sync->statusOf(ids.at(0))));
        QCOMPARE(window.connectionState(), QString("online"));
        sync->close();

        ui::BulkActionDialog *publish = window.publishSites(ids);
        QVERIFY(QTest::qWaitFor([&] { return publish->isFinished(); }, 90000));
        QCOMPARE(publish->succeeded(), 2);
        QCOMPARE(publish->failed(), 1);
        QVERIFY2(publish->statusOf(ids.at(1)).contains("validation"),
                 qPrintable(publish->statusOf(ids.at(1))));
        QVERIFY2(publish->statusOf(ids.at(2)).startsWith("Live at"),
                 qPrintable(publish->statusOf(ids.at(2))));
        QVERIFY2(publish->summary().contains("Broken Blog"), qPrintable(publish->summary()));
        {
            auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
            SiteStore store(**cache);
            QCOMPARE(*store.publishPending(ids.at(0)), false);
            QVERIFY(store.findSite(ids.at(2))->publishedRevision > 0);
        }
        publish->close();
        // The synced sites now belong to the server's profile; choosing it filters the list.
        window.reload();
        QTreeWidgetItem *profileItem = window.profileTree()->topLevelItem(1);
        QVERIFY2(profileItem->text(0).contains("(3)"), qPrintable(profileRows().join('|')));
        window.profileTree()->setCurrentItem(profileItem);
        QCOMPARE(window.filterModel()->rowCount(), 3);
        window.profileTree()->setCurrentItem(window.profileTree()->topLevelItem(0));

        // The wizard asks the server whether the address is free (Alpha Shop's is taken now).
        {
            ui::NewSiteWizard *wizard = window.makeWizard();
            wizard->show();
            const auto review = [&](const QString &name) {
                wizard->restart();
                wizard->typeList()->setCurrentRow(0);
                wizard->next();
                wizard->nameEdit()->setText(name);
                wizard->next();
                wizard->objectiveBoxes().first()->setChecked(true);
                wizard->next();
                wizard->next(); // review: asks the server
            };
            review("Alpha Shop");
            QTRY_VERIFY2(wizard->onlineAvailability().contains("taken"),
                         qPrintable(wizard->onlineAvailability()));
            QVERIFY2(wizard->reviewLabel()->text().contains("alpha-shop.localhost is taken"),
                     qPrintable(wizard->reviewLabel()->text()));
            review("Zebra Shop");
            QTRY_VERIFY2(wizard->onlineAvailability().contains("zebra-shop.localhost is available"),
                         qPrintable(wizard->onlineAvailability()));
            delete wizard;
        }

        // The server goes away: each site fails with a reason, the indicator says offline.
        server.stop();
        ui::BulkActionDialog *offline = window.syncSites({ids.at(0), ids.at(2)});
        QVERIFY(QTest::qWaitFor([&] { return offline->isFinished(); }, 120000));
        QCOMPARE(offline->failed(), 2);
        QCOMPARE(window.connectionState(), QString("offline"));
        {
            ui::NewSiteWizard *wizard = window.makeWizard();
            wizard->show();
            wizard->typeList()->setCurrentRow(0);
            wizard->next();
            wizard->nameEdit()->setText("Offline Shop");
            wizard->next();
            wizard->objectiveBoxes().first()->setChecked(true);
            wizard->next();
            wizard->next();
            QTRY_VERIFY_WITH_TIMEOUT(wizard->onlineAvailability().contains("not checked"), 60000);
            delete wizard;
        }
        QVERIFY2(offline->summary().contains("Alpha Shop") &&
                     offline->summary().contains("Cedar Studio"),
                 qPrintable(offline->summary()));

        // Export with progress works offline.
        QTemporaryDir out;
        ui::BulkActionDialog *exported = window.exportSitesWithProgress(ids, out.path());
        QVERIFY(QTest::qWaitFor([&] { return exported->isFinished(); }, 60000));
        QCOMPARE(exported->succeeded(), 3);
        QVERIFY(QFile::exists(out.path() + "/cedar-studio/index.html"));
        if (const QString shots = qEnvironmentVariable("SS_SCREENSHOTS"); !shots.isEmpty()) {
            window.grab().save(shots + "/site-manager-bulk.png");
            offline->grab().save(shots + "/bulk-offline.png");
        }
    }

    // About: the project's version (the same one `--version` prints), reachable from the toolbar.
    void aboutShowsTheVersion()
    {
        QTemporaryDir dir;
        ui::MainWindow window(dir.path());
        QMessageBox *about = window.showAbout();
        QVERIFY(about);
        QVERIFY(about->isVisible());
        QVERIFY2(about->text().contains(QStringLiteral("Site Studio " SS_VERSION)),
                 qPrintable(about->text()));
        QVERIFY(about->informativeText().contains(QString::fromLatin1(qVersion())));
        QVERIFY2(about->informativeText().contains("user-guide.md"),
                 qPrintable(about->informativeText()));
        QCOMPARE(window.showAbout(), about); // one box
        about->close();
    }

    // An empty list says why and what to do: no sites yet (New site…, Sign in…), or nothing
    // matching the search; a fresh cache is "not signed in", not "offline".
    void emptyListSaysWhatToDo()
    {
        QTemporaryDir dir;
        ui::MainWindow window(dir.path());
        QVERIFY(window.isReady());
        window.show();
        QLabel *empty = window.emptyStateLabel();
        QVERIFY(empty->isVisibleTo(&window));
        QVERIFY2(empty->text().contains("New site") && empty->text().contains("Sign in"),
                 qPrintable(empty->text()));
        bool notSignedIn = false;
        for (QLabel *l : window.statusBar()->findChildren<QLabel *>())
            notSignedIn = notSignedIn || l->text().contains("Not signed in");
        QVERIFY(notSignedIn);
        window.setSuggestedServer("https://sites.example.test"); // sitestudio --server
        emit empty->linkActivated("signin");
        QVERIFY(window.findChild<ui::SignInDialog *>() &&
                window.findChild<ui::SignInDialog *>()->isVisible());
        QCOMPARE(window.findChild<ui::SignInDialog *>()->serverEdit()->text(),
                 QString("https://sites.example.test"));
        window.findChild<ui::SignInDialog *>()->reject();

        {
            auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
            SiteStore store(**cache);
            ThemeRegistry themes;
            QVERIFY(store.createSite({QStringLiteral("Only Site"), "business", true},
                                     (*themes.theme("studio"))->manifest()));
        }
        window.reload();
        QVERIFY(!empty->isVisibleTo(&window));
        window.searchEdit()->setText("no such thing");
        QVERIFY(empty->isVisibleTo(&window));
        QVERIFY2(empty->text().contains("No site matches"), qPrintable(empty->text()));
        window.searchEdit()->clear();
        QVERIFY(!empty->isVisibleTo(&window));
    }

    // Signing in from the site manager against the real sitehostd: the form refuses bad input
    // before any request, a wrong password shows the server's message and saves nothing, creating
    // an account signs in, stores the connection and its login, and syncs the local sites.
    void signInFromTheSiteManager()
    {
        qputenv("SITESTUDIO_NO_KEYCHAIN", "1"); // the token goes to a 0600 file
        TestServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        QString siteId;
        {
            auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
            SiteStore store(**cache);
            ThemeRegistry themes;
            auto site = store.createSite({QStringLiteral("Signed Shop"), "business", true},
                                         (*themes.theme("studio"))->manifest());
            QVERIFY2(site, SS_WHY(site));
            siteId = site->id;
        }
        ui::MainWindow window(dir.path());
        QVERIFY(window.isReady());
        window.syncNow(); // nobody signed in: the dialog opens
        ui::SignInDialog *dialog = window.findChild<ui::SignInDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(window.showSignIn(), dialog); // one dialog
        const auto profileCount = [&] {
            auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
            auto q = (*cache)->exec("SELECT count(*) FROM profiles");
            return q && q->next() ? q->value(0).toInt() : -1;
        };

        // Bad input: said in the dialog, nothing sent.
        dialog->serverEdit()->setText("ftp://example.com");
        dialog->emailEdit()->setText("owner@example.com");
        dialog->passwordEdit()->setText("correct horse battery staple");
        dialog->signIn();
        QVERIFY(!dialog->isBusy());
        QVERIFY2(dialog->messageLabel()->text().contains("ftp://example.com"),
                 qPrintable(dialog->messageLabel()->text()));
        dialog->serverEdit()->setText(server.url);
        dialog->emailEdit()->setText("no-at-sign");
        dialog->signIn();
        QVERIFY(!dialog->isBusy());
        QVERIFY(dialog->messageLabel()->text().contains("e-mail"));

        // No such account: the server's message, no connection saved.
        dialog->emailEdit()->setText("owner@example.com");
        dialog->signIn();
        QVERIFY(dialog->isBusy());
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 30000));
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->messageLabel()->text().contains("login:"),
                 qPrintable(dialog->messageLabel()->text()));
        QCOMPARE(profileCount(), 0);

        // Create the account: signed in, connection stored, the local site synced to it.
        dialog->createAccountBox()->setChecked(true);
        dialog->passwordEdit()->setText("correct horse battery staple");
        dialog->signIn();
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isVisible(); }, 30000));
        QVERIFY(dialog->passwordEdit()->text().isEmpty());
        {
            auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
            auto q = (*cache)->exec("SELECT name, server_url, account_email FROM profiles");
            QVERIFY(q && q->next());
            QCOMPARE(q->value(0).toString(), QString("default"));
            QCOMPARE(q->value(1).toString(), server.url);
            QCOMPARE(q->value(2).toString(), QString("owner@example.com"));
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
                auto q = (*cache)->exec("SELECT profile_id FROM workspaces WHERE id = ?", {siteId});
                return q && q->next() && !q->value(0).toString().isEmpty();
            },
            60000));
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionState(), QString("online"), 30000);
        // The same login works for the CLI: it sees the connection and syncs with it.
        QProcess cli;
        cli.start(qEnvironmentVariable("SS_CLI"), {"--data-dir", dir.path(), "status"});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(cli.readAllStandardOutput().contains(server.url.toUtf8()), "status lacks server");

        // The connection's menu signs out: the server revokes the login, this computer forgets
        // it, the sites stay; signing in again starts from the connection.
        QString profileId;
        {
            auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
            auto q = (*cache)->exec("SELECT id FROM profiles");
            QVERIFY(q && q->next());
            profileId = q->value(0).toString();
        }
        QTreeWidgetItem *connection = nullptr;
        for (int i = 0; i < window.profileTree()->topLevelItemCount(); ++i)
            if (window.profileTree()->topLevelItem(i)->data(0, Qt::UserRole) == profileId)
                connection = window.profileTree()->topLevelItem(i);
        QVERIFY(connection);
        window.profileTree()->setCurrentItem(connection);
        emit window.profileTree()->customContextMenuRequested(
            window.profileTree()->visualItemRect(connection).center());
        QMenu *menu = window.findChild<QMenu *>();
        QVERIFY(menu);
        QStringList entries;
        for (QAction *a : menu->actions())
            entries << a->text();
        QCOMPARE(entries, (QStringList{"Sign &In Again…", "Sign &Out"}));
        window.grab().save(QDir::temp().filePath("site-manager-signed-in.png"));
        menu->grab().save(QDir::temp().filePath("connection-menu.png"));
        menu->close();
        const QString token = *sync::CredentialStore(dir.path()).load(profileId);
        QSignalSpy out(&window, &ui::MainWindow::signedOut);
        window.signOut(profileId);
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 30000);
        QVERIFY2(out.last().at(1).toBool() && out.last().at(2).toString().contains("revoked"),
                 qPrintable(out.last().at(2).toString()));
        QVERIFY(!sync::CredentialStore(dir.path()).load(profileId));
        QCOMPARE(window.connectionState(), QString("signed-out"));
        // The old token is revoked on the server.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(server.port));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /api/v1/account HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                     token.toUtf8() + "\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        while (socket.waitForReadyRead(5000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 401") && answer.contains("token_revoked"),
                 answer.left(200).constData());
        window.siteModel()->reload();
        QCOMPARE(window.siteModel()->rowCount(), 1); // the sites stay
        window.signOut(profileId);                   // nothing left to sign out of: said so
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 2, 30000);
        QVERIFY(!out.last().at(1).toBool());
        QVERIFY2(out.last().at(2).toString().contains("not signed in"),
                 qPrintable(out.last().at(2).toString()));
        ui::SignInDialog *again = window.showSignIn(profileId);
        QCOMPARE(again->serverEdit()->text(), server.url);
        QCOMPARE(again->emailEdit()->text(), QString("owner@example.com"));
        QVERIFY(again->passwordEdit()->text().isEmpty());
        QVERIFY(!again->createAccountBox()->isChecked());
        again->reject();
    }

    // The site manager runs the desktop side of automation rules: an event rule exports the site
    // to its folder through the same export as the toolbar's, and shows its notification.
    void automationRunsDesktopActions()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("auto-export"));
        QString siteId;
        {
            auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
            QVERIFY2(cache, SS_WHY(cache));
            SiteStore store(**cache);
            ThemeRegistry themes;
            auto site =
                store.createSite({QStringLiteral("Auto Export"), QStringLiteral("business"), true},
                                 (*themes.theme(QStringLiteral("studio")))->manifest());
            QVERIFY2(site, SS_WHY(site));
            siteId = site->id;
            QCborMap rule;
            rule.insert(QStringLiteral("name"), QStringLiteral("Export on conflict"));
            rule.insert(QStringLiteral("trigger"),
                        QCborMap{{QStringLiteral("type"), QStringLiteral("sync_conflict")}});
            rule.insert(
                QStringLiteral("actions"),
                QCborArray{QCborMap{{QStringLiteral("type"), QStringLiteral("export_static")},
                                    {QStringLiteral("folder"), folder}},
                           QCborMap{{QStringLiteral("type"), QStringLiteral("notify")},
                                    {QStringLiteral("message"), QStringLiteral("Exported")}}});
            QVERIFY((*cache)->exec(
                QStringLiteral(
                    "INSERT INTO automation_rules (id, workspace_id, name, rule_json, "
                    "is_active, updated_at) VALUES ('r1', ?, 'Export on conflict', ?, 1, "
                    "'2026-01-01T00:00:00Z')"),
                {siteId, QString::fromUtf8(json::write(rule))}));
        }
        ui::MainWindow window(dir.path());
        QVERIFY(window.isReady());
        QVERIFY(window.automationRunner());
        QCOMPARE(window.automationRunner()->desktopRules().size(), 1);
        ui::AutomationWindow *rules = window.showAutomation();
        QVERIFY(rules);
        QCOMPARE(rules->ruleList()->topLevelItemCount(), 1);
        QCOMPARE(rules->ruleList()->topLevelItem(0)->text(ui::AutomationWindow::LastRunColumn),
                 QStringLiteral("never"));
        automation::Event event;
        event.type = QStringLiteral("sync_conflict");
        event.workspaceId = siteId;
        event.payload = automation::samplePayload(event.type, siteId);
        const auto runs = window.automationRunner()->dispatch(event);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().status, QStringLiteral("succeeded"));
        QVERIFY(QFile::exists(folder + QStringLiteral("/index.html")));
        QCOMPARE(window.lastNotification(), QStringLiteral("Export on conflict: Exported"));
        // The open automation window shows the run at once.
        QVERIFY2(rules->ruleList()
                     ->topLevelItem(0)
                     ->text(ui::AutomationWindow::LastRunColumn)
                     .endsWith(QStringLiteral("succeeded")),
                 qPrintable(rules->ruleList()->topLevelItem(0)->text(
                     ui::AutomationWindow::LastRunColumn)));

        // A publish that fails in an editor is a deployment_failed event for the rules.
        QCborMap failed;
        failed.insert(QStringLiteral("name"), QStringLiteral("Failed publish"));
        failed.insert(QStringLiteral("trigger"),
                      QCborMap{{QStringLiteral("type"), QStringLiteral("deployment_failed")}});
        failed.insert(
            QStringLiteral("conditions"),
            QCborMap{{QStringLiteral("all"),
                      QCborArray{QCborMap{{QStringLiteral("field"), QStringLiteral("kind")},
                                          {QStringLiteral("op"), QStringLiteral("eq")},
                                          {QStringLiteral("value"), QStringLiteral("publish")}}}}});
        failed.insert(QStringLiteral("actions"),
                      QCborArray{QCborMap{{QStringLiteral("type"), QStringLiteral("notify")},
                                          {QStringLiteral("message"), QStringLiteral("Look")}}});
        QVERIFY(window.automationRunner());
        auto *editor = window.openSite(siteId);
        QVERIFY(editor);
        {
            auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
            QVERIFY2(cache, SS_WHY(cache));
            QVERIFY((*cache)->exec(
                QStringLiteral("INSERT INTO automation_rules (id, workspace_id, name, rule_json, "
                               "is_active, updated_at) VALUES ('r2', ?, 'Failed publish', ?, 1, "
                               "'2026-01-01T00:00:00Z')"),
                {siteId, QString::fromUtf8(json::write(failed))}));
        }
        emit editor->publishFailed(QStringLiteral("the server is down"));
        QCOMPARE(window.lastNotification(), QStringLiteral("Failed publish: Look"));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
