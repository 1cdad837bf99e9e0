#include "apiclient.h"
#include "credentialstore.h"
#include "deploymentspanel.h"
#include "editorwindow.h"
#include "localcache.h"
#include "page.h"
#include "previewview.h"
#include "remotesession.h"
#include "sitedocument.h"
#include "sitestore.h"
#include "syncservice.h"
#include "testutil.h"
#include "themepackage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ss;

namespace {

const QString kEmail = QStringLiteral("roller@example.com");
const QString kPassword = QStringLiteral("correct horse battery staple");

int freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        qFatal("no free port");
    return s.serverPort();
}

// GET / of a public site by its Host header, as a browser would ask for it.
QByteArray publicPage(int port, const QString &host)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    if (!socket.waitForConnected(10000))
        return "no connection";
    socket.write(QStringLiteral("GET / HTTP/1.1\r\nHost: %1:%2\r\nConnection: close\r\n\r\n")
                     .arg(host)
                     .arg(port)
                     .toUtf8());
    QByteArray reply;
    while (socket.waitForReadyRead(10000))
        reply += socket.readAll();
    return reply;
}

// Sets the home page hero's title in the local cache (an edit as the editor makes it).
bool setHeroTitle(SiteStore &store, const QString &siteId, const QString &title)
{
    auto doc = store.loadSite(siteId);
    if (!doc)
        return false;
    Page *home = (*doc)->pageBySlug(QStringLiteral("/"));
    for (const auto &b : home->content->children)
        if (b->type == QLatin1String("Hero")) {
            auto op =
                (*doc)->makeSetProp(home->id, b->id, QStringLiteral("title"), QCborValue(title));
            return op && (*doc)->perform(*op);
        }
    return false;
}

int rowOfRevision(const ui::DeploymentsPanel &panel, qint64 revision)
{
    const auto history = panel.history();
    for (int i = 0; i < history.size(); ++i)
        if (history.at(i).action == QLatin1String("publish") && history.at(i).revision == revision)
            return i;
    return -1;
}

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SS_PANEL_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(); // pending layout requests
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

// The "Publishing & hosting" window against the real sitehostd: publish history with who and
// which revision, roll back through the panel (the public site follows), custom domains within
// the plan's limits, and the cached log offline.
class tst_DeploymentsPanel : public QObject
{
    Q_OBJECT
private slots:
    void rollBackDomainsAndOffline()
    {
        qputenv("SITESTUDIO_NO_KEYCHAIN", "1");
        QTemporaryDir hostDir, clientDir;
        const int port = freePort();
        const QString customDomain = QStringLiteral("www.rollback-bakery.test");
        QProcess hostd;
        hostd.start(QStringLiteral(SS_SITEHOSTD),
                    {"--data-dir", hostDir.path(), "--listen",
                     QStringLiteral("127.0.0.1:%1").arg(port), "--access-log", "off", "--resolve",
                     QStringLiteral("%1:127.0.0.1:%2").arg(customDomain).arg(port)});
        auto stop = qScopeGuard([&] {
            hostd.terminate();
            hostd.waitForFinished(15000);
        });
        QVERIFY(hostd.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return hostd.canReadLine(); }, 20000));
        const QString banner = QString::fromUtf8(hostd.readLine());
        QVERIFY2(banner.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(banner));
        const QUrl server(QStringLiteral("http://127.0.0.1:%1").arg(port));

        sync::ApiClient anon(server);
        const QCborMap cred{{QStringLiteral("email"), kEmail},
                            {QStringLiteral("password"), kPassword}};
        QVERIFY(anon.json("POST", QStringLiteral("/api/v1/auth/register"), cred).ok());
        const QString token = anon.json("POST", QStringLiteral("/api/v1/auth/login"), cred)
                                  .json()
                                  .value(QStringLiteral("token"))
                                  .toString();
        QVERIFY(!token.isEmpty());

        auto cache = LocalCache::open(LocalCache::pathIn(clientDir.path()));
        QVERIFY2(cache, SS_WHY(cache));
        QVERIFY((*cache)->exec(QStringLiteral("INSERT INTO profiles (id, name, server_url, "
                                              "account_email, created_at) VALUES ('pid', "
                                              "'default', ?, ?, 'now')"),
                               {server.toString(), kEmail}));
        QVERIFY(sync::CredentialStore(clientDir.path()).save(QStringLiteral("pid"), token));
        SiteStore store(**cache);
        ThemeRegistry themes;
        auto site =
            store.createSite({QStringLiteral("Rollback Bakery"), QStringLiteral("store"), true},
                             (*themes.theme(QStringLiteral("studio")))->manifest());
        QVERIFY2(site, SS_WHY(site));
        const QString siteId = site->id;

        sync::SyncService service(clientDir.path());
        QSignalSpy finished(&service, &sync::SyncService::finished);
        const auto syncAndPublish = [&]() -> QString {
            if (auto q = store.queuePublish(siteId); !q)
                return q.error().toString();
            const qsizetype before = finished.size();
            service.requestSync(QStringLiteral("default"));
            if (!QTest::qWaitFor([&] { return finished.size() > before; }, 60000))
                return QStringLiteral("sync timed out");
            if (!finished.last().at(2).toString().isEmpty())
                return finished.last().at(2).toString();
            auto pending = store.publishPending(siteId);
            return pending && !*pending ? QString() : QStringLiteral("publish still queued");
        };

        // Revision A, then revision B, both published.
        QVERIFY(setHeroTitle(store, siteId, QStringLiteral("Alpha loaves since 1921")));
        QString err = syncAndPublish();
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(setHeroTitle(store, siteId, QStringLiteral("Beta croissants, fresh today")));
        err = syncAndPublish();
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QString host;
        {
            // (Scoped: an unfinished SELECT would pin this connection's snapshot.)
            auto q = (*cache)->exec(QStringLiteral("SELECT domain FROM workspaces WHERE id = ?"),
                                    {siteId});
            QVERIFY(q && q->next());
            host = q->value(0).toString();
        }
        QVERIFY2(host.endsWith(QStringLiteral(".localhost")), qPrintable(host));
        QByteArray page = publicPage(port, host);
        QVERIFY2(page.contains("Beta croissants"), page.left(300).constData());

        // The panel: two publishes, newest (B) live, each with who published it.
        ui::DeploymentsPanel panel(clientDir.path(), siteId);
        QSignalSpy refreshed(&panel, &ui::DeploymentsPanel::refreshed);
        QSignalSpy actions(&panel, &ui::DeploymentsPanel::actionFinished);
        panel.show();
        QVERIFY(panel.windowTitle().contains(QStringLiteral("Rollback Bakery")));
        QVERIFY(refreshed.wait(30000));
        QVERIFY2(panel.isOnline(), qPrintable(panel.bannerText()));
        QVERIFY(!panel.bannerShown());
        auto history = panel.history();
        QCOMPARE(history.size(), 2);
        const qint64 revB = history.at(0).revision;
        const qint64 revA = history.at(1).revision;
        QVERIFY2(revA > 0 && revB > revA, qPrintable(QStringLiteral("%1 %2").arg(revA).arg(revB)));
        QVERIFY(history.at(0).live && !history.at(1).live);
        QCOMPARE(history.at(0).who, kEmail);
        QCOMPARE(history.at(1).who, kEmail);
        QVERIFY(history.at(1).at.isValid());
        QCOMPARE(panel.liveRevision(), revB);
        QCOMPARE(panel.historyTable()->rowCount(), 2);
        QVERIFY(panel.historyTable()->item(0, 3)->text().contains(QStringLiteral("Live")));
        QVERIFY(panel.historyTable()->item(1, 2)->text() == kEmail);
        QCOMPARE(panel.tier(), QStringLiteral("basic"));
        QCOMPARE(panel.environment(), QStringLiteral("pool"));
        QCOMPARE(panel.infrastructureStatus(), QStringLiteral("active"));
        QVERIFY2(panel.liveUrl().contains(host), qPrintable(panel.liveUrl()));
        QVERIFY(panel.deploymentCount() >= 3); // provision + two publishes
        // The live revision cannot be "rolled back" to.
        panel.historyTable()->selectRow(0);
        QVERIFY(!panel.rollBackButton()->isEnabled());
        shoot(&panel, QStringLiteral("deployments-history"));

        // Roll back to A with the buttons: select, "Roll back to this…", confirm.
        const int rowA = rowOfRevision(panel, revA);
        QCOMPARE(rowA, 1);
        panel.historyTable()->selectRow(rowA);
        QVERIFY(panel.rollBackButton()->isEnabled());
        QTest::mouseClick(panel.rollBackButton(), Qt::LeftButton);
        QVERIFY(panel.confirmRollBackButton()->isVisible());
        QVERIFY(panel.confirmRollBackButton()->text().contains(QString::number(revA)));
        shoot(&panel, QStringLiteral("deployments-confirm"));
        // Nothing happened yet: it only asked.
        QVERIFY(publicPage(port, host).contains("Beta croissants"));
        QTest::mouseClick(panel.confirmRollBackButton(), Qt::LeftButton);
        QVERIFY(actions.wait(30000));
        QVERIFY2(actions.last().at(0).toBool(), qPrintable(actions.last().at(1).toString()));
        QVERIFY(panel.session()->waitIdle());
        QVERIFY(!panel.isLoading());
        page = publicPage(port, host);
        QVERIFY2(page.contains("Alpha loaves") && !page.contains("Beta croissants"),
                 page.left(300).constData());
        QCOMPARE(panel.liveRevision(), revA);
        history = panel.history();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).revision, revA);
        QVERIFY(history.at(0).live);
        QCOMPARE(history.at(0).who, kEmail);
        QVERIFY(panel.message().contains(QString::number(revA)));
        // An older entry of the revision that is live now: nothing to roll back to.
        panel.historyTable()->selectRow(2);
        QCOMPARE(panel.history().at(2).revision, revA);
        QVERIFY(!panel.rollBackButton()->isEnabled());
        panel.historyTable()->selectRow(1);
        QVERIFY(panel.rollBackButton()->isEnabled());
        shoot(&panel, QStringLiteral("deployments-rolledback"));

        // A revision the server refuses (validation errors): the panel says what to do.
        {
            auto doc = store.loadSite(siteId);
            QVERIFY(doc);
            Page *home = (*doc)->pageBySlug(QStringLiteral("/"));
            QString heroId;
            for (const auto &b : home->content->children)
                if (b->type == QLatin1String("Hero"))
                    heroId = b->id;
            auto bad = (*doc)->makeSetProp(home->id, heroId, QStringLiteral("padding"),
                                           QCborValue(QStringLiteral("huge")));
            QVERIFY(bad && (*doc)->perform(*bad));
        }
        const qsizetype before = finished.size();
        service.requestSync(QStringLiteral("default"));
        QVERIFY(QTest::qWaitFor([&] { return finished.size() > before; }, 60000));
        QString customizationId;
        qint64 badRevision = -1;
        {
            auto q = (*cache)->exec(QStringLiteral("SELECT id, base_revision FROM customizations "
                                                   "WHERE workspace_id = ?"),
                                    {siteId});
            QVERIFY(q && q->next());
            customizationId = q->value(0).toString();
            badRevision = q->value(1).toLongLong();
        }
        QVERIFY(badRevision > revB);
        panel.rollBack(customizationId, badRevision);
        QVERIFY(actions.wait(30000));
        QVERIFY(!actions.last().at(0).toBool());
        const QString refusal = actions.last().at(1).toString();
        QVERIFY2(refusal.contains(QStringLiteral("validation")) &&
                     refusal.contains(QStringLiteral("Fix them in the editor")),
                 qPrintable(refusal));
        QVERIFY(panel.lastActionFailed());
        QVERIFY(panel.session()->waitIdle());
        QCOMPARE(panel.liveRevision(), revA);
        QVERIFY(publicPage(port, host).contains("Alpha loaves"));

        // Custom domains: the basic plan has none; the server's message is shown.
        panel.tabs()->setCurrentIndex(1);
        panel.domainEdit()->setText(customDomain);
        QVERIFY(panel.addDomainButton()->isEnabled());
        QTest::mouseClick(panel.addDomainButton(), Qt::LeftButton);
        QVERIFY(actions.wait(30000));
        QVERIFY(!actions.last().at(0).toBool());
        QVERIFY2(panel.message().contains(QStringLiteral("pro or enterprise plan")),
                 qPrintable(panel.message()));
        QVERIFY(panel.domains().isEmpty());
        QCOMPARE(panel.domainEdit()->text(), customDomain); // kept, to try again
        shoot(&panel, QStringLiteral("deployments-plan-limit"));

        // After an upgrade to pro: added, listed with its verification steps, verified, removed.
        QProcess setTier;
        setTier.start(QStringLiteral(SS_SITEHOSTD), {"set-tier", "--data-dir", hostDir.path(),
                                                     "--email", kEmail, "--tier", "pro"});
        QVERIFY(setTier.waitForFinished(30000));
        QVERIFY2(setTier.exitCode() == 0, setTier.readAllStandardError().constData());
        panel.refresh();
        QVERIFY(panel.session()->waitIdle());
        QCOMPARE(panel.tier(), QStringLiteral("pro"));
        QCOMPARE(panel.environment(), QStringLiteral("bridge"));
        QTest::mouseClick(panel.addDomainButton(), Qt::LeftButton);
        QVERIFY(actions.wait(30000));
        QVERIFY2(actions.last().at(0).toBool(), qPrintable(actions.last().at(1).toString()));
        QVERIFY(panel.session()->waitIdle());
        QCOMPARE(panel.domains().size(), 1);
        const auto added = panel.domains().first();
        QCOMPARE(added.domain, customDomain);
        QVERIFY(!added.verified);
        QVERIFY(!added.verificationToken.isEmpty());
        QCOMPARE(panel.domainList()->topLevelItemCount(), 1);
        QCOMPARE(panel.domainList()->currentItem()->text(0), customDomain);
        const QString steps = panel.domainInstructions()->text();
        QVERIFY2(steps.contains(added.verificationToken) &&
                     steps.contains(QStringLiteral("/.well-known/sitestudio-verify/")) &&
                     steps.contains(QStringLiteral("Verify")),
                 qPrintable(steps));
        QVERIFY(panel.domainEdit()->text().isEmpty());
        shoot(&panel, QStringLiteral("deployments-hosting"));
        panel.verifyDomain(customDomain);
        QVERIFY(actions.wait(30000));
        QVERIFY2(actions.last().at(0).toBool(), qPrintable(actions.last().at(1).toString()));
        QVERIFY(panel.session()->waitIdle());
        QVERIFY(panel.domains().first().verified);
        QVERIFY(publicPage(port, customDomain).contains("Alpha loaves"));
        panel.removeDomain(customDomain);
        QVERIFY(actions.wait(30000));
        QVERIFY2(actions.last().at(0).toBool(), qPrintable(actions.last().at(1).toString()));
        QVERIFY(panel.session()->waitIdle());
        QVERIFY(panel.domains().isEmpty());
        QCOMPARE(panel.domainList()->topLevelItemCount(), 0);
        panel.tabs()->setCurrentIndex(2);
        shoot(&panel, QStringLiteral("deployments-log"));
        const int onlineLog = panel.deploymentCount();
        QVERIFY(onlineLog >= 7); // provision, 3 publishes, tier migration, domain add/verify/remove

        // Offline (the profile points at a closed port): the cached log, read-only, and a banner.
        QVERIFY((*cache)->exec(QStringLiteral("UPDATE profiles SET server_url = ?"),
                               {QStringLiteral("http://127.0.0.1:%1").arg(freePort())}));
        ui::DeploymentsPanel offline(clientDir.path(), siteId);
        QSignalSpy offlineRefreshed(&offline, &ui::DeploymentsPanel::refreshed);
        offline.show();
        QCOMPARE(offline.deploymentCount(), onlineLog); // shown at once, before any answer
        QVERIFY(offlineRefreshed.wait(30000));
        QVERIFY(!offline.isOnline());
        QVERIFY(offline.bannerShown());
        QVERIFY2(offline.bannerText().contains(QStringLiteral("need a connection")),
                 qPrintable(offline.bannerText()));
        QCOMPARE(offline.deploymentCount(), onlineLog);
        QCOMPARE(offline.liveRevision(), revA);
        QCOMPARE(offline.history().size(), 3);
        offline.historyTable()->selectRow(rowOfRevision(offline, revB));
        QVERIFY(!offline.rollBackButton()->isEnabled());
        QVERIFY(!offline.addDomainButton()->isEnabled());
        shoot(&offline, QStringLiteral("deployments-offline"));
        // Asked anyway (a script, a stale button): it says what happened and what to do.
        QSignalSpy offlineActions(&offline, &ui::DeploymentsPanel::actionFinished);
        offline.rollBack(customizationId, revB);
        QVERIFY(offlineActions.wait(30000));
        QVERIFY(!offlineActions.last().at(0).toBool());
        QVERIFY2(offline.message().contains(QStringLiteral("cannot be reached")) &&
                     offline.message().contains(QStringLiteral("try again")),
                 qPrintable(offline.message()));
        QVERIFY(offline.bannerShown());

        // The editor opens the same window from its Site menu (one per editor).
        ui::EditorWindow editor(store, themes, siteId);
        QVERIFY(editor.isReady());
        QAction *open = nullptr;
        for (QAction *a : editor.findChildren<QAction *>())
            if (a->text().contains(QStringLiteral("Hosting")))
                open = a;
        QVERIFY(open);
        open->trigger();
        auto *fromEditor = editor.findChild<ui::DeploymentsPanel *>();
        QVERIFY(fromEditor && fromEditor->isVisible());
        QCOMPARE(editor.showDeployments(), fromEditor);
        QVERIFY(fromEditor->session()->waitIdle());
    }
};

int main(int argc, char **argv)
{
    ui::PreviewView::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_DeploymentsPanel t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_deploymentspanel.moc"
