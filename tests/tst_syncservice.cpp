#include "apiclient.h"
#include "assetstore.h"
#include "credentialstore.h"
#include "localcache.h"
#include "page.h"
#include "remotesession.h"
#include "sitedocument.h"
#include "sitestore.h"
#include "syncservice.h"
#include "testutil.h"
#include "themepackage.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ss;

// The desktop app's way to sync: on a worker thread; requestSync() returns before the sync is done.
class tst_SyncService : public QObject
{
    Q_OBJECT
private slots:
    void syncsOnAWorkerThread()
    {
        qputenv("SITESTUDIO_NO_KEYCHAIN", "1");
        QTemporaryDir serverData, clientData;
        QProcess server;
        server.start(QStringLiteral(SS_SITEHOSTD),
                     {QStringLiteral("--data-dir"), serverData.path(), QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--access-log"),
                      QStringLiteral("off")});
        auto stopServer = qScopeGuard([&] {
            server.terminate();
            server.waitForFinished();
        });
        QVERIFY(server.waitForReadyRead(10000));
        const auto m = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)"))
                           .match(QString::fromUtf8(server.readLine()));
        QVERIFY(m.hasMatch());
        const QUrl url(QStringLiteral("http://127.0.0.1:") + m.captured(1));
        sync::ApiClient anon(url);
        QCborMap cred{{QStringLiteral("email"), QStringLiteral("svc@example.com")},
                      {QStringLiteral("password"), QStringLiteral("correct horse battery staple")}};
        QVERIFY(anon.json("POST", QStringLiteral("/api/v1/auth/register"), cred).ok());
        const QString token = anon.json("POST", QStringLiteral("/api/v1/auth/login"), cred)
                                  .json()
                                  .value(QStringLiteral("token"))
                                  .toString();
        QString siteId;
        {
            ThemeRegistry themes;
            auto cache = LocalCache::open(LocalCache::pathIn(clientData.path()));
            QVERIFY(cache);
            QVERIFY(
                (*cache)->exec(QStringLiteral("INSERT INTO profiles (id, name, server_url, "
                                              "created_at) VALUES ('pid', 'default', ?, 'now')"),
                               {url.toString()}));
            SiteStore store(**cache);
            auto site = store.createSite({QStringLiteral("Threaded"), QStringLiteral("blog"), true},
                                         (*themes.theme(QStringLiteral("studio")))->manifest());
            QVERIFY(site);
            siteId = site->id;
            sync::CredentialStore creds(clientData.path());
            QVERIFY(creds.save(QStringLiteral("pid"), token));
        }
        sync::SyncService service(clientData.path());
        QSignalSpy finished(&service, &sync::SyncService::finished);
        service.requestSync(QStringLiteral("default"));
        // Back at once: the sync has not been reported yet (that needs this thread's event loop).
        QVERIFY(service.isRunning());
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(30000));
        QVERIFY(!service.isRunning());
        const auto report = finished.first().at(1).value<sync::SyncReport>();
        QCOMPARE(finished.first().at(2).toString(), QString());
        QVERIFY(report.complete);
        QCOMPARE(report.pushed, 2); // the workspace and its customization (starter content inside)
        QVERIFY(service.lastWorkerThread() &&
                service.lastWorkerThread() != QThread::currentThread());
        // The server has the site.
        sync::ApiClient api(url, token);
        QCOMPARE(api.request("GET", QStringLiteral("/api/v1/workspaces"))
                     .json()
                     .value(QStringLiteral("workspaces"))
                     .toArray()
                     .size(),
                 1);
        // Two requests in a row run one after the other.
        service.requestSync(QStringLiteral("default"));
        service.requestSync(QStringLiteral("default"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30000);

        // Interactive calls for one site: answered on this thread, in order, without blocking it.
        sync::RemoteSession session(clientData.path(), siteId);
        QStringList answers;
        QThread *answeredOn = nullptr;
        session.get(QStringLiteral("/api/v1/workspaces/%1/hosting").arg(siteId),
                    [&](const sync::HttpReply &r) {
                        answeredOn = QThread::currentThread();
                        answers << r.json().value(QStringLiteral("subdomain")).toString();
                    });
        session.get(QStringLiteral("/api/v1/workspaces/nope/hosting"),
                    [&](const sync::HttpReply &r) { answers << QString::number(r.status); });
        QCOMPARE(session.inFlight(), 2);
        QVERIFY(answers.isEmpty());
        QVERIFY(session.waitIdle());
        QCOMPARE(answers.size(), 2);
        QVERIFY2(answers.at(0).startsWith(QStringLiteral("threaded")), qPrintable(answers.at(0)));
        QCOMPARE(answers.at(1), QStringLiteral("404"));
        QCOMPARE(answeredOn, QThread::currentThread());
        // A context object that is gone by the time the answer comes: the callback is skipped.
        bool called = false;
        {
            QObject context;
            session.get(
                QStringLiteral("/api/v1/account"), [&](const sync::HttpReply &) { called = true; },
                &context);
        }
        QVERIFY(session.waitIdle());
        QVERIFY(!called);

        // A data dir without a profile: the answer says what to do, no request is made.
        QTemporaryDir lonely;
        sync::RemoteSession offline(lonely.path(), siteId);
        sync::HttpReply none;
        none.status = -1;
        offline.get(QStringLiteral("/api/v1/account"), [&](const sync::HttpReply &r) { none = r; });
        QVERIFY(offline.waitIdle());
        QCOMPARE(none.status, 0);
        QVERIFY2(none.networkError.contains(QStringLiteral("sign in")),
                 qPrintable(none.networkError));

        // A publish reports its steps: edits, asset uploads (n of m), publishing, then the pull.
        // The asset is read from the data dir's asset store (no readAsset given).
        QString assetSha;
        {
            auto cache = LocalCache::open(LocalCache::pathIn(clientData.path()));
            QVERIFY(cache);
            AssetStore assets(**cache, clientData.path());
            auto asset = assets.importData(QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/"
                                                             "2000/svg\"/>"),
                                           QStringLiteral("logo.svg"), siteId);
            QVERIFY2(asset, SS_WHY(asset));
            assetSha = asset->sha256;
            SiteStore store(**cache);
            auto doc = store.loadSite(siteId);
            QVERIFY2(doc, SS_WHY(doc));
            const Page &home = *(*doc)->pages().front();
            QString hero;
            forEachBlock(home, [&](const Block *b) {
                if (b->type == QLatin1String("Hero"))
                    hero = b->id;
            });
            QVERIFY(!hero.isEmpty());
            auto op =
                (*doc)->makeSetProp(home.id, hero, QStringLiteral("image.url"), asset->reference());
            QVERIFY2(op, SS_WHY(op));
            QVERIFY((*doc)->perform(*op));
            QVERIFY(store.queuePublish(siteId));
        }
        QList<QPair<sync::SyncEngine::Step, QString>> steps;
        connect(&service, &sync::SyncService::progress, this,
                [&](const QString &profile, sync::SyncEngine::Step step, const QString &detail) {
                    QCOMPARE(profile, QStringLiteral("default"));
                    steps.append({step, detail});
                });
        service.requestSync(QStringLiteral("default"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 30000);
        QCOMPARE(finished.last().at(2).toString(), QString());
        QVERIFY(finished.last().at(1).value<sync::SyncReport>().messages.isEmpty());
        using S = sync::SyncEngine::Step;
        QStringList seen;
        for (const auto &[step, detail] : steps)
            seen << QString::number(int(step)) + QLatin1Char(':') +
                        (step == S::UploadingAssets ? detail : QString());
        QCOMPARE(seen.mid(0, 5), (QStringList{QString::number(int(S::PushingEdits)) + ":",
                                              QString::number(int(S::UploadingAssets)) + ":",
                                              QString::number(int(S::UploadingAssets)) + ":1/1",
                                              QString::number(int(S::Publishing)) + ":",
                                              QString::number(int(S::Pulling)) + ":"}));
        // The server has the asset now.
        QCOMPARE(api.request("GET", QStringLiteral("/api/v1/assets/") + assetSha).status, 200);

        // The panels' RemoteSession follows a new login: after a sign-out and a sign-in with
        // another token, one request answers 401 with the dead token and the next one reads the
        // credential store again (instead of 401 until the panel is reopened).
        sync::RemoteSession panel(clientData.path(), siteId);
        int status = -1;
        auto get = [&] {
            status = -1;
            panel.get(QStringLiteral("/api/v1/account"),
                      [&](const sync::HttpReply &r) { status = r.status; });
            QVERIFY(panel.waitIdle());
        };
        get();
        QCOMPARE(status, 200);
        sync::ApiClient owner(url, token);
        QCOMPARE(owner.request("POST", QStringLiteral("/api/v1/auth/logout")).status, 204);
        const QString fresh = anon.json("POST", QStringLiteral("/api/v1/auth/login"), cred)
                                  .json()
                                  .value(QStringLiteral("token"))
                                  .toString();
        QVERIFY(sync::CredentialStore(clientData.path()).save(QStringLiteral("pid"), fresh));
        get();
        QCOMPARE(status, 401);
        get();
        QCOMPARE(status, 200);
        // Signed out here: "not signed in", said without asking the server.
        QVERIFY(sync::CredentialStore(clientData.path()).remove(QStringLiteral("pid")));
        sync::RemoteSession signedOut(clientData.path(), siteId);
        bool notSignedIn = false;
        signedOut.get(QStringLiteral("/api/v1/account"), [&](const sync::HttpReply &r) {
            notSignedIn = r.notSignedIn && r.status == 0;
        });
        QVERIFY(signedOut.waitIdle());
        QVERIFY(notSignedIn);
    }
};

QTEST_GUILESS_MAIN(tst_SyncService)
#include "tst_syncservice.moc"
