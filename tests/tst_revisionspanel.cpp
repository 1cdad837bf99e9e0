#include "apiclient.h"
#include "credentialstore.h"
#include "editorwindow.h"
#include "localcache.h"
#include "page.h"
#include "pagediff.h"
#include "previewview.h"
#include "puckcodec.h"
#include "remotesession.h"
#include "revisionspanel.h"
#include "sitedocument.h"
#include "sitestore.h"
#include "syncservice.h"
#include "testutil.h"
#include "themepackage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ss;

namespace {

QString blockOfType(const SiteDocument &doc, const QString &type)
{
    for (const auto &b : doc.pageBySlug("/")->content->children)
        if (b->type == type)
            return b->id;
    return {};
}

QStringList differenceTexts(const ui::RevisionsPanel &panel)
{
    QStringList out;
    for (int i = 0; i < panel.differenceList()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = panel.differenceList()->topLevelItem(i);
        out << item->text(0) + " | " + item->text(1);
    }
    return out;
}

// A data dir with one profile ("default") at `server`, signed in with `token`.
void addProfile(const QString &dataDir, const QString &server, const QString &token)
{
    auto cache = LocalCache::open(LocalCache::pathIn(dataDir));
    if (!cache)
        qFatal("%s", qPrintable(cache.error().toString()));
    if (!(*cache)->exec("INSERT INTO profiles (id, name, server_url, created_at) VALUES ('pid', "
                        "'default', ?, 'now')",
                        {server}))
        qFatal("cannot add the profile");
    sync::CredentialStore creds(dataDir);
    if (!creds.save("pid", token))
        qFatal("cannot store the token");
}

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(1500); // let WebEngine paint the renders (screenshots only, not the test)
    w->grab().save(dir + "/" + name);
}

} // namespace

// Revision history against the real sitehostd: the list, an old revision rendered next to the
// working copy with the differences outlined and listed, restore of a block or a page as
// undoable (journaled, synced) edits; offline, the cached list and a clear note.
class tst_RevisionsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("SITESTUDIO_NO_KEYCHAIN", "1"); }

    void browseCompareAndRestore()
    {
        QTemporaryDir serverData, clientData;
        QProcess server;
        server.start(SS_SITEHOSTD, {"--data-dir", serverData.path(), "--listen", "127.0.0.1:0",
                                    "--access-log", "off"});
        auto stopServer = qScopeGuard([&] {
            server.terminate();
            server.waitForFinished();
        });
        QVERIFY(server.waitForReadyRead(10000));
        const auto m = QRegularExpression("127\\.0\\.0\\.1:(\\d+)")
                           .match(QString::fromUtf8(server.readLine()));
        QVERIFY(m.hasMatch());
        const QUrl url("http://127.0.0.1:" + m.captured(1));
        sync::ApiClient anon(url);
        QCborMap cred{{QStringLiteral("email"), QStringLiteral("history@example.com")},
                      {QStringLiteral("password"), QStringLiteral("correct horse battery staple")}};
        QVERIFY(anon.json("POST", "/api/v1/auth/register", cred).ok());
        const QString token =
            anon.json("POST", "/api/v1/auth/login", cred).json().value("token").toString();
        addProfile(clientData.path(), url.toString(), token);

        auto cache = LocalCache::open(LocalCache::pathIn(clientData.path()));
        QVERIFY2(cache, SS_WHY(cache));
        SiteStore store(**cache);
        ThemeRegistry themes;
        auto site = store.createSite({"History Cafe", "business", true},
                                     (*themes.theme("studio"))->manifest());
        QVERIFY2(site, SS_WHY(site));
        sync::SyncService service(clientData.path());
        QSignalSpy finished(&service, &sync::SyncService::finished);
        // "" when a sync ran to the end, else why not.
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
        QString synced = syncNow(); // revision 1: the starter site
        QVERIFY2(synced.isEmpty(), qPrintable(synced));

        // Revision 2+: the hero's title changed, the footer deleted.
        QString customizationId, heroId, footerId, oldTitle;
        {
            auto doc = store.loadSite(site->id);
            QVERIFY2(doc, SS_WHY(doc));
            customizationId = (*doc)->customizationId;
            heroId = blockOfType(**doc, "Hero");
            footerId = blockOfType(**doc, "Footer");
            QVERIFY(!heroId.isEmpty() && !footerId.isEmpty());
            const QString pid = (*doc)->pageBySlug("/")->id;
            oldTitle = (*doc)->page(pid)->block(heroId)->props.value("title").toString();
            auto set = (*doc)->makeSetProp(pid, heroId, "title", QCborValue("Now with brunch"));
            QVERIFY(set && (*doc)->perform(*set));
            auto remove = (*doc)->makeRemove(pid, footerId);
            QVERIFY(remove && (*doc)->perform(*remove));
        }
        synced = syncNow();
        QVERIFY2(synced.isEmpty(), qPrintable(synced));

        // The panel, from the editor: the server's list.
        ui::EditorWindow editor(store, themes, site->id);
        QVERIFY2(editor.isReady(), qPrintable(editor.startupError()));
        bool listed = false;
        for (const auto &[name, keys] : editor.shortcuts())
            listed =
                listed || (name.startsWith("Revision History") &&
                           keys == QKeySequence("Ctrl+Shift+H").toString(QKeySequence::NativeText));
        QVERIFY(listed);
        editor.show();
        ui::RevisionsPanel *panel = editor.showRevisions();
        QVERIFY(panel);
        QVERIFY(panel->isWindow() && panel->isVisible());
        QVERIFY(panel->windowTitle().contains("Revision history"));
        QVERIFY(panel->windowTitle().contains("History Cafe"));
        QCOMPARE(editor.showRevisions(), panel); // one window per editor
        QVERIFY(panel->session()->waitIdle());
        QVERIFY2(panel->isOnline(), qPrintable(panel->message()));
        const QList<qint64> revs = panel->revisions();
        QVERIFY2(revs.size() >= 2, qPrintable(QString::number(revs.size())));
        QCOMPARE(revs.last(), 1);
        QVERIFY(revs.first() > 1);
        QCOMPARE(panel->revisionList()->topLevelItem(0)->text(2).isEmpty(), false); // size

        // Revision 1 next to the working copy: the changed hero and the removed footer.
        QSignalSpy shown(panel, &ui::RevisionsPanel::revisionShown);
        QVERIFY(panel->selectRevision(1));
        QVERIFY(panel->session()->waitIdle());
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(panel->shownRevision(), 1);
        SiteDocument *doc = editor.document();
        const QString pageId = doc->pageBySlug("/")->id;
        QCOMPARE(panel->shownPageId(), pageId);
        const PageDiff &diff = panel->pageDiff();
        QVERIFY(diff.find(heroId) && diff.find(heroId)->changedProps.contains("title"));
        QVERIFY(diff.find(footerId) && diff.find(footerId)->removed);
        const QString texts = differenceTexts(*panel).join("\n");
        QVERIFY2(texts.contains("Hero") && texts.contains("title"), qPrintable(texts));
        QVERIFY2(texts.contains("Footer") && texts.contains("Removed since revision 1"),
                 qPrintable(texts));
        // Both renders load and outline what differs (hero + footer old, hero now).
        QTRY_VERIFY_WITH_TIMEOUT(panel->outlinedInOld() == 2 && panel->outlinedInCurrent() == 1,
                                 30000);

        // Restore block: the old title, one undo step, journaled in the cache.
        QVERIFY(panel->selectDifference(heroId));
        shoot(panel, "revisions-panel.png");
        const int steps = doc->undoStack()->count();
        QVERIFY2(panel->restoreSelectedBlock(), qPrintable(panel->statusText()));
        QCOMPARE(doc->page(pageId)->block(heroId)->props.value("title").toString(), oldTitle);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QVERIFY(!panel->pageDiff().find(heroId));
        {
            auto stored = store.loadSite(site->id);
            QVERIFY(stored);
            QCOMPARE((*stored)->page(pageId)->block(heroId)->props.value("title").toString(),
                     oldTitle);
        }
        doc->undoStack()->undo();
        QCOMPARE(doc->page(pageId)->block(heroId)->props.value("title").toString(),
                 QString("Now with brunch"));
        QTRY_VERIFY(panel->pageDiff().find(heroId)); // the list follows the working copy

        // A removed block comes back where it was (before nothing: it was last); undo removes it.
        QVERIFY2(panel->restoreBlock(footerId), qPrintable(panel->statusText()));
        QVERIFY(doc->page(pageId)->block(footerId));
        QCOMPARE(doc->pageBySlug("/")->content->children.back()->id, footerId);
        doc->undoStack()->undo();
        QVERIFY(!doc->page(pageId)->block(footerId));

        // Restore page: the page's data equals the revision's; it is an edit that syncs.
        QVERIFY2(panel->restorePage(), qPrintable(panel->statusText()));
        auto old = sync::ApiClient(url, token)
                       .request("GET", "/api/v1/customizations/" + customizationId + "/revisions/1")
                       .json()
                       .value("document");
        auto oldDoc = SiteDocument::fromJson(old);
        QVERIFY2(oldDoc, SS_WHY(oldDoc));
        QCOMPARE(puck::exportData(*doc->page(pageId)),
                 puck::exportData(*pagediff::matchingPage(**oldDoc, *doc->page(pageId))));
        QTRY_VERIFY(panel->pageDiff().blocks.isEmpty());
        shoot(panel, "revisions-restored.png");
        QVERIFY(*store.pendingOps(customizationId) > 0);
        synced = syncNow();
        QVERIFY2(synced.isEmpty(), qPrintable(synced));
        auto current = sync::ApiClient(url, token)
                           .request("GET", "/api/v1/customizations/" + customizationId)
                           .json()
                           .value("document");
        auto serverDoc = SiteDocument::fromJson(current);
        QVERIFY2(serverDoc, SS_WHY(serverDoc));
        QCOMPARE(serverDoc->get()->page(pageId)->block(heroId)->props.value("title").toString(),
                 oldTitle);
        QVERIFY(serverDoc->get()->page(pageId)->block(footerId));
        // The list knows the new revision after a refresh; undo takes the page back.
        panel->refresh();
        QVERIFY(panel->session()->waitIdle());
        QVERIFY(panel->revisions().first() > revs.first());
        doc->undoStack()->undo();
        QVERIFY(!doc->page(pageId)->block(footerId));
    }

    void offlineShowsCachedRevisions()
    {
        // A profile at a port nobody listens on.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString server = QString("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        QTemporaryDir clientData;
        addProfile(clientData.path(), server, "ss_token-from-an-earlier-login");
        auto cache = LocalCache::open(LocalCache::pathIn(clientData.path()));
        QVERIFY(cache);
        SiteStore store(**cache);
        ThemeRegistry themes;
        auto site = store.createSite({"Offline Bakery", "store", true},
                                     (*themes.theme("studio"))->manifest());
        QVERIFY2(site, SS_WHY(site));
        QString customizationId;
        {
            auto doc = store.loadSite(site->id);
            QVERIFY(doc);
            customizationId = (*doc)->customizationId;
        }
        // What the last sync stored (sync/syncengine.cpp storeRevisions).
        for (int n : {1, 2})
            QVERIFY((*cache)->exec("INSERT INTO revisions (customization_id, revision, created_at, "
                                   "message, document_json) VALUES (?, ?, ?, ?, '')",
                                   {customizationId, n, QString("2026-11-2%1T10:00:00Z").arg(n),
                                    n == 1 ? "published" : ""}));

        ui::EditorWindow editor(store, themes, site->id);
        QVERIFY(editor.isReady());
        ui::RevisionsPanel *panel = editor.showRevisions();
        QVERIFY(panel->session()->waitIdle());
        QTRY_COMPARE(panel->revisions(), (QList<qint64>{2, 1}));
        QVERIFY(!panel->isOnline());
        QVERIFY2(panel->message().contains("Offline"), qPrintable(panel->message()));
        QVERIFY2(panel->message().contains("needs a connection"), qPrintable(panel->message()));
        QCOMPARE(panel->revisionList()->topLevelItem(1)->text(3), QString("Live"));
        QCOMPARE(panel->revisionList()->topLevelItem(0)->text(3), QString("Latest"));
        QVERIFY(panel->selectRevision(1));
        QVERIFY(panel->session()->waitIdle());
        QCOMPARE(panel->shownRevision(), -1);
        QVERIFY2(panel->statusText().contains("offline"), qPrintable(panel->statusText()));
        shoot(panel, "revisions-offline.png");
    }
};

int main(int argc, char **argv)
{
    ui::PreviewView::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_RevisionsPanel t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_revisionspanel.moc"
