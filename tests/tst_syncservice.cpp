#include "apiclient.h"
#include "credentialstore.h"
#include "localcache.h"
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
        {
            ThemeRegistry themes;
            auto cache = LocalCache::open(LocalCache::pathIn(clientData.path()));
            QVERIFY(cache);
            QVERIFY(
                (*cache)->exec(QStringLiteral("INSERT INTO profiles (id, name, server_url, "
                                              "created_at) VALUES ('pid', 'default', ?, 'now')"),
                               {url.toString()}));
            SiteStore store(**cache);
            QVERIFY(store.createSite({QStringLiteral("Threaded"), QStringLiteral("blog"), true},
                                     (*themes.theme(QStringLiteral("studio")))->manifest()));
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
    }
};

QTEST_GUILESS_MAIN(tst_SyncService)
#include "tst_syncservice.moc"
