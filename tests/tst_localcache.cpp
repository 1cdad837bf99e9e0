#include "assetstore.h"
#include "json.h"
#include "localcache.h"
#include "sitedocument.h"
#include "sitestore.h"
#include "testutil.h"
#include "themepackage.h"

#include <QCborArray>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ss;
using namespace ss::test;

namespace {

const ThemeManifest &studio()
{
    static ThemeRegistry registry;
    static auto theme = registry.theme("studio");
    if (!theme)
        qFatal("studio theme: %s", qPrintable(theme.error().toString()));
    return (*theme)->manifest();
}

int count(LocalCache &c, const QString &sql)
{
    auto q = c.exec(sql);
    return q && q->next() ? q->value(0).toInt() : -1;
}

} // namespace

class tst_LocalCache : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(
            "sitestudio.models.sql.warning=false"); // injected failures are expected
    }

    void schemaAndPragmas()
    {
        QTemporaryDir dir;
        const QString path = LocalCache::pathIn(dir.path());
        {
            auto cache = LocalCache::open(path);
            QVERIFY2(cache, SS_WHY(cache));
            QCOMPARE((*cache)->schemaVersion(), LocalCache::kSchemaVersion);
            auto mode = (*cache)->exec("PRAGMA journal_mode");
            QVERIFY(mode && mode->next());
            QCOMPARE(mode->value(0).toString(), QString("wal"));
            auto sync = (*cache)->exec("PRAGMA synchronous");
            QVERIFY(sync && sync->next());
            QCOMPARE(sync->value(0).toInt(), 2); // FULL
            for (const char *table :
                 {"profiles", "workspaces", "customizations", "customization_pages", "revisions",
                  "deployments", "automation_rules", "automation_runs", "outbox", "sync_cursors",
                  "conflicts", "assets", "page_journal", "automation_cursors"})
                QCOMPARE(
                    count(
                        **cache,
                        QString("SELECT COUNT(*) FROM sqlite_master WHERE name = '%1'").arg(table)),
                    1);
            // Account-wide rules belong to a profile (and go with it).
            QCOMPARE(count(**cache, "SELECT COUNT(*) FROM pragma_table_info('automation_rules') "
                                    "WHERE name = 'profile_id'"),
                     1);
            QVERIFY((*cache)->exec("INSERT INTO profiles (id, name, server_url, created_at) "
                                   "VALUES ('p', 'default', 'x', '')"));
            QVERIFY((*cache)->exec("INSERT INTO automation_rules (id, workspace_id, profile_id, "
                                   "name, rule_json, updated_at) VALUES ('r', NULL, 'p', 'R', "
                                   "'{}', '')"));
            QVERIFY((*cache)->exec("DELETE FROM profiles WHERE id = 'p'"));
            QCOMPARE(count(**cache, "SELECT COUNT(*) FROM automation_rules"), 0);
            QVERIFY((*cache)->exec("PRAGMA user_version = 99"));
        }
        auto newer = LocalCache::open(path);
        QVERIFY(!newer);
        QVERIFY2(newer.error().message.contains("newer Site Studio"), SS_WHY(newer));
    }

    void sitesRoundTripThroughTheCache()
    {
        QTemporaryDir dir;
        auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
        QVERIFY(cache);
        SiteStore store(**cache);
        auto created = store.createSite({"Bakery", "store", true}, studio());
        QVERIFY2(created, SS_WHY(created));
        QCOMPARE(created->themeId, QString("studio"));
        QCOMPARE(created->pages, 1);
        QVERIFY(
            !store.createSite({"bakery", "store", true}, studio())); // names are unique, any case
        auto doc = store.loadSite("BAKERY");
        QVERIFY2(doc, SS_WHY(doc));
        QCOMPARE((*doc)->pages().front()->blockCount(), 3);
        const QString pageId = (*doc)->pages().front()->id;
        const QString heroId = (*doc)->pages().front()->content->children.at(1)->id;
        const int outboxBefore = count(**cache, "SELECT COUNT(*) FROM outbox");
        QVERIFY((*doc)->perform(
            *(*doc)->makeSetProp(pageId, heroId, "title", QCborValue("Fresh bread daily"))));
        QVERIFY((*doc)->perform(*(*doc)->makeAddPage(
            "/menu", "Menu", parseOrDie(R"({"root":{"props":{}},"content":[]})").toMap())));
        QVERIFY((*doc)->perform(
            *(*doc)->makeReplaceSiteProps(parseOrDie(R"({"title":"Bakery & Co"})").toMap())));
        (*doc)->undoStack()->undo(); // undo is an edit too: journaled
        QCOMPARE(count(**cache, "SELECT COUNT(*) FROM outbox"), outboxBefore + 4);
        const QCborMap inMemory = (*doc)->toJson();
        doc->reset();
        cache->reset();
        auto reopened = LocalCache::open(LocalCache::pathIn(dir.path()));
        QVERIFY(reopened);
        SiteStore store2(**reopened);
        auto again = store2.loadSite("Bakery");
        QVERIFY(again);
        QVERIFY(json::equal(inMemory, (*again)->toJson(), true));
        QCOMPARE((*again)->pages().back()->slug, QString("/menu"));
        auto summary = store2.findSite("Bakery");
        QCOMPARE(summary->draftRevision, 4);
        QCOMPARE(summary->pages, 2);
    }

    // Block edits are journaled as small rows on the page's snapshot; a load replays them, a
    // snapshot folds them in; whole-page edits and page removals write or drop the snapshot.
    void blockEditsAreJournaledAndFolded()
    {
        QTemporaryDir dir;
        auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
        QVERIFY(cache);
        SiteStore store(**cache);
        auto created = store.createSite({"Journal", "store", true}, studio());
        QVERIFY2(created, SS_WHY(created));
        auto doc = store.loadSite("Journal");
        QVERIFY2(doc, SS_WHY(doc));
        SiteDocument &d = **doc;
        const QString pageId = d.pages().front()->id;
        const QString heroId = d.pages().front()->content->children.at(1)->id;
        const auto snapshot = [&] {
            auto q = (*cache)->exec("SELECT page_json FROM customization_pages WHERE page_id = ?",
                                    {pageId});
            return q && q->next() ? q->value(0).toString() : QString();
        };
        const QString before = snapshot();
        QVERIFY(d.perform(*d.makeSetProp(pageId, heroId, "title", QCborValue("Journaled"))));
        QVERIFY(d.perform(*d.makeDuplicate(pageId, heroId)));
        QVERIFY(d.perform(*d.makeMove(pageId, heroId, AreaRef{}, 0)));
        d.undoStack()->undo();
        QCOMPARE(*store.journalRows(d.customizationId), 4);
        QCOMPARE(snapshot(), before); // the page itself was not rewritten
        const QCborMap inMemory = d.toJson();
        {
            SiteStore other(**cache);
            auto replayed = other.loadSite("Journal");
            QVERIFY2(replayed, SS_WHY(replayed));
            QVERIFY(json::equal(inMemory, (*replayed)->toJson(), true));
        }
        // Folding from the cache alone (what the sync engine does) gives the same page.
        QVERIFY(store.foldJournal(d.customizationId));
        QCOMPARE(*store.journalRows(d.customizationId), 0);
        QVERIFY(snapshot() != before);
        QVERIFY(snapshot().contains("Journaled"));
        {
            auto reloaded = SiteStore(**cache).loadSite("Journal");
            QVERIFY(json::equal(inMemory, (*reloaded)->toJson(), true));
        }
        // The editor's own snapshot from memory.
        QVERIFY(d.perform(*d.makeSetProp(pageId, heroId, "title", QCborValue("Second"))));
        QCOMPARE(*store.journalRows(d.customizationId), 1);
        QVERIFY(store.snapshotPages(d));
        QCOMPARE(*store.journalRows(d.customizationId), 0);
        QVERIFY(snapshot().contains("Second"));
        // A whole-page edit writes the snapshot and drops the page's rows.
        QVERIFY(d.perform(*d.makeSetProp(pageId, heroId, "title", QCborValue("Third"))));
        QVERIFY(d.perform(*d.makeSetPageMeta(
            pageId, QCborMap{{QStringLiteral("title"), QStringLiteral("Start")}})));
        QCOMPARE(*store.journalRows(d.customizationId), 0);
        QVERIFY(snapshot().contains("Third"));
        // A long journal becomes a snapshot by itself.
        for (int i = 0; i < SiteStore::kMaxJournalRows; ++i)
            QVERIFY(d.perform(
                *d.makeSetProp(pageId, heroId, "title", QCborValue(QStringLiteral("t%1").arg(i)))));
        QVERIFY(*store.journalRows(d.customizationId) < SiteStore::kMaxJournalRows);
        auto reloaded = SiteStore(**cache).loadSite("Journal");
        QVERIFY(json::equal(d.toJson(), (*reloaded)->toJson(), true));
        // Removing a page drops its journal.
        QVERIFY(d.perform(*d.makeAddPage(
            "/extra", "Extra", parseOrDie(R"({"root":{"props":{}},"content":[]})").toMap())));
        const QString extra = d.pages().back()->id;
        QVERIFY(d.perform(*d.makeInsertNew(extra, AreaRef{}, 0, "Heading", studio())));
        QVERIFY(d.perform(*d.makeRemovePage(extra)));
        QCOMPARE(
            count(**cache,
                  QString("SELECT COUNT(*) FROM page_journal WHERE page_id = '%1'").arg(extra)),
            0);
    }

    // SQLite fails at the Nth statement: the edit and its outbox row are both there or both not,
    // on disk and in memory.
    void failNthCallIsAllOrNothing()
    {
        QTemporaryDir dir;
        auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
        QVERIFY(cache);
        SiteStore store(**cache);
        QVERIFY(store.createSite({"Shop", "store", true}, studio()));
        int failures = 0, successes = 0;
        for (int kind = 0; kind < 4; ++kind) {
            for (int n = 1; n <= 8; ++n) {
                auto doc = store.loadSite("Shop");
                QVERIFY(doc);
                SiteDocument &d = **doc;
                const QString pageId = d.pages().front()->id;
                const QString heroId = d.pages().front()->content->children.at(1)->id;
                Result<Operation> op = fail("none");
                switch (kind) {
                case 0:
                    op = d.makeSetProp(pageId, heroId, "title", QCborValue(QString("v%1").arg(n)));
                    break;
                case 1:
                    op = d.makeAddPage(QString("/p%1").arg(n), "P",
                                       parseOrDie(R"({"content":[]})").toMap());
                    break;
                case 2:
                    op = d.makeRemove(pageId, heroId);
                    break;
                case 3:
                    op = d.makeReplaceSiteProps(
                        parseOrDie(QString(R"({"title":"t%1"})").arg(n).toUtf8()).toMap());
                    break;
                }
                QVERIFY(op);
                const QCborMap memBefore = d.toJson();
                const int outboxBefore = count(**cache, "SELECT COUNT(*) FROM outbox");
                const qint64 revBefore = store.findSite("Shop")->draftRevision;
                (*cache)->failNthCall(n);
                const auto r = d.perform(*op);
                (*cache)->failNthCall(0);
                auto disk = store.loadSite("Shop");
                QVERIFY(disk);
                const int outboxAfter = count(**cache, "SELECT COUNT(*) FROM outbox");
                if (r) {
                    ++successes;
                    QCOMPARE(outboxAfter, outboxBefore + 1);
                    QCOMPARE(store.findSite("Shop")->draftRevision, revBefore + 1);
                    QVERIFY(json::equal(d.toJson(), (*disk)->toJson(), true));
                    // Put it back for the next round (through the store as well).
                    QVERIFY(d.apply(op->inverse()));
                } else {
                    ++failures;
                    QCOMPARE(outboxAfter, outboxBefore);
                    QCOMPARE(store.findSite("Shop")->draftRevision, revBefore);
                    QVERIFY(json::equal(memBefore, d.toJson(), true));
                    QVERIFY(json::equal(memBefore, (*disk)->toJson(), true));
                    QCOMPARE(d.undoStack()->count(), 0);
                }
            }
        }
        QVERIFY(failures > 8);
        QVERIFY(successes > 4);
        QCOMPARE((*cache)->integrityCheck().value_or("x"), QString("ok"));
    }

    void createSiteIsAllOrNothing()
    {
        QTemporaryDir dir;
        auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
        QVERIFY(cache);
        SiteStore store(**cache);
        for (int n = 1; n <= 12; ++n) {
            (*cache)->failNthCall(n);
            auto r = store.createSite({QString("Site %1").arg(n), "blog", true}, studio());
            (*cache)->failNthCall(0);
            const int sites = count(
                **cache, QString("SELECT COUNT(*) FROM workspaces WHERE name = 'Site %1'").arg(n));
            const int pages =
                count(**cache, "SELECT COUNT(*) FROM customization_pages p JOIN customizations c "
                               "ON c.id = p.customization_id "
                               "JOIN workspaces w ON w.id = c.workspace_id WHERE w.name = 'Site " +
                                   QString::number(n) + "'");
            if (r) {
                QCOMPARE(sites, 1);
                QCOMPARE(pages, 1);
            } else {
                QCOMPARE(sites, 0);
                QCOMPARE(pages, 0);
            }
        }
        QCOMPARE(count(**cache, "SELECT COUNT(*) FROM outbox WHERE entity_type = 'workspace'"),
                 count(**cache, "SELECT COUNT(*) FROM workspaces"));
    }

    void assetsAreContentAddressed()
    {
        QTemporaryDir dir;
        auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
        QVERIFY(cache);
        AssetStore assets(**cache, dir.path());
        auto a = assets.importData("image bytes", "photo.JPEG", {});
        QVERIFY2(a, SS_WHY(a));
        QCOMPARE(a->ext, QString("jpg"));
        QCOMPARE(a->reference(), "assets/" + a->sha256 + ".jpg");
        auto b = assets.importData("image bytes", "other-name.jpg", {});
        QCOMPARE(b->sha256, a->sha256); // stored once
        QCOMPARE(count(**cache, "SELECT COUNT(*) FROM assets"), 1);
        QCOMPARE(*assets.read(a->fileName()), QByteArray("image bytes"));
        for (const char *bad : {"../../etc/passwd", "../cache.sqlite", "/etc/passwd", "x.jpg", ""})
            QVERIFY(!assets.read(QString::fromLatin1(bad)));
        QVERIFY(!assets.importData("#!/bin/sh", "../../etc/passwd", {}));
        QVERIFY(!assets.importData("<html>", "page.html", {}));
        // A damaged blob is detected, not served.
        QFile blob(dir.path() + "/assets/" + a->sha256.left(2) + "/" + a->fileName());
        QVERIFY(blob.open(QIODevice::WriteOnly));
        blob.write("tampered");
        blob.close();
        auto damaged = assets.read(a->fileName());
        QVERIFY(!damaged);
        QVERIFY(damaged.error().message.contains("damaged"));
    }
};

QTEST_GUILESS_MAIN(tst_LocalCache)
#include "tst_localcache.moc"
