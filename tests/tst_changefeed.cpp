// The change feed under concurrent writers (several sitehostd instances or worker threads on one
// database): an account's changes become visible in sequence order, so a client's cursor (the last
// seq it saw) never skips a change that commits later with a lower seq. Runs on SQLite here and on
// PostgreSQL as tst_changefeed_postgresql (with_postgres.py sets SS_TEST_DATABASE).
#include "api/api.h"
#include "storage/serverdatabase.h"
#include "testutil.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace ss;
using namespace ss::server;

class TestChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commitsBecomeVisibleInSeqOrder();

private:
    QTemporaryDir m_dir;
    ServerDatabase::Config m_config;
};

void TestChangeFeed::initTestCase()
{
    const QString url = qEnvironmentVariable("SS_TEST_DATABASE");
    auto c = ServerDatabase::parseUrl(url.isEmpty() ? m_dir.filePath(QStringLiteral("feed.sqlite"))
                                                    : url);
    QVERIFY2(c, SS_WHY(c));
    m_config = *c;
    auto m = ServerDatabase::migrate(m_config);
    QVERIFY2(m, SS_WHY(m));
}

// Writer 1 records a change and keeps its transaction open; writer 2 (another connection, as
// another instance would) records one for the same account meanwhile. While writer 1 is open, a
// reader must not see writer 2's change (its seq is higher: a cursor past it would skip writer
// 1's). After both commit, the feed lists them in commit order.
void TestChangeFeed::commitsBecomeVisibleInSeqOrder()
{
    const QString account = QStringLiteral("feed-account");
    auto reader = ServerDatabase::forThisThread(m_config);
    QVERIFY2(reader, SS_WHY(reader));
    auto visible = [&]() {
        QStringList ids;
        auto q = (*reader)->exec(
            QStringLiteral("SELECT entity_id FROM changes WHERE account_id = ? ORDER BY seq"),
            {account});
        while (q && q->next())
            ids << q->value(0).toString();
        return ids;
    };
    QSemaphore firstInserted, releaseFirst, secondDone;
    Result<void> r1 = {}, r2 = {};
    std::thread first([&] {
        auto db = ServerDatabase::forThisThread(m_config);
        if (!db) {
            r1 = std::unexpected(db.error());
            firstInserted.release();
            return;
        }
        r1 = (*db)->transaction([&]() -> Result<void> {
            auto r = recordChange(**db, account, QStringLiteral("customization"),
                                  QStringLiteral("first"), QStringLiteral("upsert"), 1);
            firstInserted.release();
            releaseFirst.tryAcquire(1, 30000);
            return r;
        });
    });
    QVERIFY(firstInserted.tryAcquire(1, 30000));
    QVERIFY2(r1, SS_WHY(r1));
    std::thread second([&] {
        auto db = ServerDatabase::forThisThread(m_config);
        if (db)
            r2 = (*db)->transaction([&]() -> Result<void> {
                return recordChange(**db, account, QStringLiteral("customization"),
                                    QStringLiteral("second"), QStringLiteral("upsert"), 1);
            });
        else
            r2 = std::unexpected(db.error());
        secondDone.release();
    });
    // Give the second writer time to commit if nothing holds it back (without the lock it does at
    // once; with it, it waits for the first). The check below holds however long this takes.
    const bool secondFinishedEarly = secondDone.tryAcquire(1, 1500);
    const QStringList whileOpen = visible();
    releaseFirst.release();
    first.join();
    if (!secondFinishedEarly)
        QVERIFY(secondDone.tryAcquire(1, 30000));
    second.join();
    QVERIFY2(r1, SS_WHY(r1));
    QVERIFY2(r2, SS_WHY(r2));
    QVERIFY2(whileOpen.isEmpty(),
             qPrintable(QStringLiteral("visible while a lower seq was uncommitted: ") +
                        whileOpen.join(QLatin1Char(','))));
    QCOMPARE(visible(), (QStringList{QStringLiteral("first"), QStringLiteral("second")}));

    // Outside a transaction recordChange opens its own (the lock needs one to last until commit).
    QVERIFY(!(*reader)->inTransaction());
    auto r3 = recordChange(**reader, account, QStringLiteral("customization"),
                           QStringLiteral("third"), QStringLiteral("upsert"), 2);
    QVERIFY2(r3, SS_WHY(r3));
    QCOMPARE(visible().size(), 3);
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
