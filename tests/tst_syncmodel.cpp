// A randomised model test of sync: three clients of one account edit one site at random, go
// offline, come back, and sync through faults (requests that never arrive, replies lost after the
// server acted); in the end everyone syncs and all copies must be equal to the server's, and
// every client's last write to a prop is in the final state, or in that client's conflict table,
// or superseded by a later write. Runs against the real sitehostd, SS_MODEL_SEEDS seeds (200).
#include "apiclient.h"
#include "json.h"
#include "localcache.h"
#include "page.h"
#include "puckcodec.h"
#include "sitedocument.h"
#include "sitestore.h"
#include "syncengine.h"
#include "testutil.h"
#include "themepackage.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ss;

namespace {

struct Write
{
    int client;
    QString block, path;
    QCborValue value;
    qint64 order;
};

struct Client
{
    QTemporaryDir dir;
    std::unique_ptr<LocalCache> cache;
    std::unique_ptr<SiteStore> store;
    std::unique_ptr<sync::ApiClient> api;
    std::unique_ptr<sync::SyncEngine> engine;
    QString profile = QStringLiteral("p");
};

} // namespace

class tst_SyncModel : public QObject
{
    Q_OBJECT
    QProcess m_server;
    QUrl m_url;

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("sitestudio.*=false"));
        m_server.setProgram(QStringLiteral(SS_SITEHOSTD));
        static QTemporaryDir data;
        m_server.setArguments({QStringLiteral("--data-dir"), data.path(),
                               QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--access-log"), QStringLiteral("off")});
        m_server.start();
        QVERIFY(m_server.waitForReadyRead(10000));
        const QString banner = QString::fromUtf8(m_server.readLine());
        const auto m = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)")).match(banner);
        QVERIFY2(m.hasMatch(), qPrintable(banner));
        m_url = QUrl(QStringLiteral("http://127.0.0.1:") + m.captured(1));
    }
    void cleanupTestCase()
    {
        m_server.terminate();
        m_server.waitForFinished(10000);
    }

    void threeClientsConverge()
    {
        const int seeds = qEnvironmentVariableIntValue("SS_MODEL_SEEDS") > 0
                              ? qEnvironmentVariableIntValue("SS_MODEL_SEEDS")
                              : 200;
        ThemeRegistry themes;
        auto theme = themes.theme(QStringLiteral("studio"));
        QVERIFY(theme);
        QElapsedTimer timer;
        timer.start();
        int totalWrites = 0, totalConflicts = 0, totalFaults = 0;
        for (int seed = 1; seed <= seeds; ++seed) {
            QRandomGenerator rng{quint32(seed)};
            bool faultsOn = false;
            // One account per seed.
            sync::ApiClient anon(m_url);
            QCborMap cred;
            cred.insert(QStringLiteral("email"), QStringLiteral("model%1@example.com").arg(seed));
            cred.insert(QStringLiteral("password"), QStringLiteral("correct horse battery staple"));
            QVERIFY(anon.json("POST", QStringLiteral("/api/v1/auth/register"), cred).ok());
            const QString token = anon.json("POST", QStringLiteral("/api/v1/auth/login"), cred)
                                      .json()
                                      .value(QStringLiteral("token"))
                                      .toString();
            QVERIFY(!token.isEmpty());
            Client clients[3];
            for (Client &c : clients) {
                auto cache = LocalCache::open(LocalCache::pathIn(c.dir.path()));
                QVERIFY(cache);
                c.cache = std::move(*cache);
                QVERIFY(c.cache->exec(QStringLiteral("INSERT INTO profiles (id, name, server_url, "
                                                     "created_at) VALUES ('p', 'p', ?, 'now')"),
                                      {m_url.toString()}));
                c.store = std::make_unique<SiteStore>(*c.cache);
                c.api = std::make_unique<sync::ApiClient>(m_url, token);
                c.engine = std::make_unique<sync::SyncEngine>(*c.cache, *c.api, c.profile);
                sync::SyncEngine::Options o;
                o.sleep = [](int) {};
                o.maxAttempts = 3;
                c.engine->setOptions(o);
                // Faults: some requests never arrive, some replies are lost after the server acted.
                c.api->setFaultHook(
                    [&rng, &faultsOn, &totalFaults](const QByteArray &, const QString &) {
                        if (!faultsOn)
                            return sync::ApiClient::Fault::None;
                        const quint32 roll = rng.bounded(100u);
                        const auto f = roll < 5    ? sync::ApiClient::Fault::Refuse
                                       : roll < 12 ? sync::ApiClient::Fault::Lose
                                                   : sync::ApiClient::Fault::None;
                        totalFaults += f != sync::ApiClient::Fault::None;
                        return f;
                    });
            }
            auto created = clients[0].store->createSite(
                {QStringLiteral("Model"), QStringLiteral("business"), true}, (*theme)->manifest());
            QVERIFY2(created, SS_WHY(created));
            auto syncOk = [&](Client &c) {
                auto r = c.engine->sync();
                return r && r->complete && r->parked == 0;
            };
            QVERIFY(syncOk(clients[0]));
            QVERIFY(syncOk(clients[1]));
            QVERIFY(syncOk(clients[2]));

            QList<Write> writes;
            qint64 order = 0;
            const QStringList paths{QStringLiteral("title"), QStringLiteral("brand"),
                                    QStringLiteral("copyright"), QStringLiteral("padding")};
            const int rounds = 6 + int(rng.bounded(6));
            for (int round = 0; round < rounds; ++round) {
                for (int k = 0; k < 3; ++k) {
                    Client &c = clients[k];
                    const int action = int(rng.bounded(10));
                    if (action < 3) {
                        faultsOn = true;
                        auto r = c.engine->sync(); // may stop early under faults; nothing is lost
                        faultsOn = false;
                        QVERIFY2(r, SS_WHY(r));
                        QCOMPARE(r->parked, 0);
                        continue;
                    }
                    if (action == 9)
                        continue; // offline this round
                    auto doc = c.store->loadSite(QStringLiteral("Model"));
                    QVERIFY2(doc, SS_WHY(doc));
                    Page &page = *(*doc)->pages().front();
                    QList<Block *> blocks;
                    forEachBlock(page, [&](Block *b) { blocks << b; });
                    if (action < 8) {
                        Block *b = blocks.at(
                            rng.bounded(qsizetype(std::min<qsizetype>(3, blocks.size()))));
                        const QString path = paths.at(rng.bounded(paths.size()));
                        const QCborValue value(
                            QStringLiteral("c%1-r%2-%3").arg(k).arg(round).arg(rng.bounded(1000)));
                        auto op = (*doc)->makeSetProp(page.id, b->id, path, value);
                        QVERIFY(op);
                        QVERIFY((*doc)->apply(*op));
                        writes.append({k, b->id, path, value, order++});
                    } else {
                        // Move one of the three starter blocks to another position.
                        const Block *b =
                            page.content->children
                                .at(rng.bounded(qsizetype(page.content->children.size())))
                                .get();
                        auto op =
                            (*doc)->makeMove(page.id, b->id, AreaRef{},
                                             rng.bounded(qsizetype(page.content->children.size())));
                        QVERIFY(op);
                        QVERIFY((*doc)->apply(*op));
                    }
                }
            }
            // Everyone syncs until quiet.
            for (int pass = 0; pass < 2; ++pass)
                for (Client &c : clients)
                    QVERIFY2(syncOk(c),
                             qPrintable(QStringLiteral("seed %1: final sync").arg(seed)));
            // Converged: every copy equals the server's document.
            QCborMap serverDoc;
            {
                auto ws = clients[0].api->request("GET", QStringLiteral("/api/v1/workspaces/") +
                                                             created->id +
                                                             QStringLiteral("/customizations"));
                const QString cid = ws.json()
                                        .value(QStringLiteral("customizations"))
                                        .toArray()
                                        .at(0)
                                        .toMap()
                                        .value(QStringLiteral("id"))
                                        .toString();
                serverDoc =
                    clients[0]
                        .api->request("GET", QStringLiteral("/api/v1/customizations/") + cid)
                        .json()
                        .value(QStringLiteral("document"))
                        .toMap();
            }
            auto server = SiteDocument::fromJson(serverDoc);
            QVERIFY(server);
            for (int k = 0; k < 3; ++k) {
                auto doc = clients[k].store->loadSite(QStringLiteral("Model"));
                QVERIFY(doc);
                QVERIFY2(json::equal(puck::exportData(*(*doc)->pages().front()),
                                     puck::exportData(*(*server)->pages().front()), true),
                         qPrintable(QStringLiteral("seed %1: client %2 differs from the server")
                                        .arg(seed)
                                        .arg(k)));
            }
            // No write lost: the last write to each prop is final or a recorded conflict; earlier
            // ones are superseded by it.
            const Page &final = *(*server)->pages().front();
            QHash<QString, const Write *> last;
            for (const Write &w : writes)
                last.insert(w.block + QLatin1Char('/') + w.path, &w);
            for (const Write &w : writes) {
                const QCborValue now =
                    PropertyPath::parse(w.path)->get(final.block(w.block)->props);
                if (json::equal(now, w.value, true))
                    continue;
                const Write *newest = last.value(w.block + QLatin1Char('/') + w.path);
                if (newest->order > w.order)
                    continue; // superseded
                auto q = clients[w.client].cache->exec(
                    QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE block_id = ? AND path = ? "
                                   "AND local_json = ?"),
                    {w.block, w.path, QString::fromUtf8(json::write(w.value))});
                QVERIFY(q && q->next());
                QVERIFY2(q->value(0).toInt() > 0,
                         qPrintable(
                             QStringLiteral(
                                 "seed %1: client %2's write %3=%4 is neither final nor a conflict")
                                 .arg(seed)
                                 .arg(w.client)
                                 .arg(w.path, w.value.toString())));
                ++totalConflicts;
            }
            totalWrites += int(writes.size());
        }
        qInfo("%d seeds, %d writes, %d conflicts kept, %d injected faults, %lld ms", seeds,
              totalWrites, totalConflicts, totalFaults, timer.elapsed());
        QVERIFY(totalFaults > seeds); // the faults really happened
    }
};

QTEST_GUILESS_MAIN(tst_SyncModel)
#include "tst_syncmodel.moc"
