// The conflicts dialog against a real conflict: two devices (sitestudio-cli caches) edit the same
// prop and sync through a real sitehostd; the second one opens its editor and resolves.
#include "conflictsdialog.h"
#include "editorwindow.h"
#include "json.h"
#include "localcache.h"
#include "page.h"
#include "previewview.h"
#include "puckcodec.h"
#include "sitedocument.h"
#include "sitestore.h"
#include "testutil.h"
#include "themepackage.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUuid>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace ss;

namespace {

// Runs sitestudio-cli on one cache; its stdout, or a failure.
QString cli(const QString &dataDir, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("SITESTUDIO_NO_KEYCHAIN", "1");
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SS_CLI"), QStringList{"--data-dir", dataDir} + args);
    if (!p.waitForStarted())
        return "FAILED to start";
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return "FAILED " + args.join(' ') + ": " + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

QCborMap heroOf(const QString &dataDir)
{
    auto page =
        json::parse(cli(dataDir, {"export-puck", "--site", "Shop", "--page", "/"}).toUtf8());
    if (!page)
        return {};
    for (const QCborValue &item : page->toMap().value("content").toArray())
        if (item.toMap().value("type").toString() == "Hero")
            return item.toMap().value("props").toMap();
    return {};
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SS_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(dir + "/" + name + ".png");
}

// Waits until both side-by-side views finished loading what the dialog shows now.
bool waitForViews(QSignalSpy &mine, QSignalSpy &theirs)
{
    return QTest::qWaitFor([&] { return !mine.isEmpty() && !theirs.isEmpty(); }, 30000);
}

QString pageText(QWebEngineView *view)
{
    QString text;
    bool done = false;
    view->page()->toPlainText([&](const QString &t) {
        text = t;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QString();
    return text;
}

} // namespace

class tst_ConflictsDialog : public QObject
{
    Q_OBJECT
private slots:
    void resolveARealConflict()
    {
        // Two devices of one account and a real server.
        QTemporaryDir hostDir, dirA, dirB;
        QProcess hostd;
        hostd.start(qEnvironmentVariable("SS_SITEHOSTD"), {"--data-dir", hostDir.path(), "--listen",
                                                           "127.0.0.1:0", "--access-log", "off"});
        QVERIFY(hostd.waitForStarted());
        const auto stop = qScopeGuard([&] {
            hostd.terminate();
            hostd.waitForFinished(15000);
        });
        QVERIFY(QTest::qWaitFor([&] { return hostd.canReadLine(); }, 20000));
        const QString banner = QString::fromUtf8(hostd.readLine());
        const QRegularExpressionMatch m =
            QRegularExpression("listening on (http://127\\.0\\.0\\.1:\\d+)").match(banner);
        QVERIFY2(m.hasMatch(), qPrintable(banner));
        const QString server = m.captured(1);
        const QByteArray password = "correct horse battery staple\n";
        auto ok = [](const QString &out) { return !out.startsWith("FAILED"); };
        QString out = cli(dirA.path(),
                          {"login", "--server", server, "--email", "team@example.com",
                           "--password-stdin", "--register"},
                          password);
        QVERIFY2(ok(out), qPrintable(out));
        out = cli(dirB.path(),
                  {"login", "--server", server, "--email", "team@example.com", "--password-stdin"},
                  password);
        QVERIFY2(ok(out), qPrintable(out));
        out = cli(dirA.path(), {"sites", "create", "Shop", "--theme", "studio"});
        QVERIFY2(ok(out), qPrintable(out));
        QVERIFY(ok(cli(dirA.path(), {"sync"})));
        QVERIFY(ok(cli(dirB.path(), {"sync"})));
        const QString hero = heroOf(dirB.path()).value("id").toString();
        QVERIFY(!hero.isEmpty());

        // Both change the hero's title and text; A syncs first, so B gets two conflicts.
        const auto set = [&](const QString &dir, const QString &prop, const QString &value) {
            return cli(dir,
                       {"block", "set", "--site", "Shop", "--page", "/", "--id", hero, "--prop",
                        prop, "--value", QString::fromUtf8(json::write(QCborValue(value)))});
        };
        QVERIFY(ok(set(dirA.path(), "title", "Theirs Title")));
        QVERIFY(ok(set(dirA.path(), "description", "Theirs words")));
        QVERIFY(ok(set(dirB.path(), "title", "Mine Title")));
        QVERIFY(ok(set(dirB.path(), "description", "Mine words")));
        QVERIFY(ok(cli(dirA.path(), {"sync"})));
        out = cli(dirB.path(), {"--json", "sync"});
        QVERIFY2(ok(out) && json::parse(out.toUtf8())->toMap().value("conflicts").toInteger() == 2,
                 qPrintable(out));

        // B's editor.
        auto cache = LocalCache::open(LocalCache::pathIn(dirB.path()));
        QVERIFY2(cache, SS_WHY(cache));
        SiteStore store(**cache);
        ThemeRegistry themes;
        auto summary = store.findSite("Shop");
        QVERIFY2(summary, SS_WHY(summary));
        ui::EditorWindow editor(store, themes, summary->id);
        QVERIFY(editor.isReady());
        SiteDocument *doc = editor.document();
        const QString pageId = doc->pageBySlug("/")->id;
        const auto heroProp = [&](const QString &p) {
            return doc->page(pageId)->block(hero)->props.value(p).toString();
        };
        QCOMPARE(heroProp("title"), QString("Theirs Title"));

        // A document the server sent that could not be read, recorded as the engine does.
        QVERIFY((*cache)->exec("INSERT INTO conflicts (id, entity_type, entity_id, path, "
                               "remote_json, created_at) VALUES (?, 'customization', ?, "
                               "'quarantine', ?, ?)",
                               {QUuid::createUuid().toString(QUuid::WithoutBraces),
                                doc->customizationId, "\"duplicate block id Hero-1\"",
                                SiteStore::nowUtc()}));

        ui::ConflictsDialog *dialog = editor.showConflicts();
        QVERIFY(dialog);
        QVERIFY(!dialog->isModal());
        QVERIFY(dialog->windowTitle().contains("Shop"));
        QCOMPARE(dialog->count(), 3);
        QCOMPARE(dialog->list()->topLevelItemCount(), 3);
        const auto rowOf = [&](const QString &path) {
            for (int i = 0; i < dialog->count(); ++i)
                if (dialog->conflicts()[i].path == path)
                    return i;
            return -1;
        };
        // Rows say where and why.
        QTreeWidgetItem *titleRow = dialog->list()->topLevelItem(rowOf("title"));
        QVERIFY2(titleRow->text(1).startsWith("Hero"), qPrintable(titleRow->text(1)));
        QCOMPARE(titleRow->text(2), QString("title"));
        QVERIFY(!titleRow->text(3).isEmpty());

        // Mine and theirs, rendered side by side.
        QSignalSpy mineLoaded(dialog->view(true), &QWebEngineView::loadFinished);
        QSignalSpy theirsLoaded(dialog->view(false), &QWebEngineView::loadFinished);
        dialog->selectRow(rowOf("title"));
        QVERIFY(dialog->renderedHtml(true).contains("Mine Title"));
        QVERIFY(!dialog->renderedHtml(true).contains("Theirs Title"));
        QVERIFY(dialog->renderedHtml(false).contains("Theirs Title"));
        QVERIFY(dialog->renderedHtml(true).contains("data-ss-id=\"" + hero + "\""));
        QVERIFY(dialog->renderedHtml(true).contains("--ss-color-primary")); // the site's tokens
        // Self-contained: the theme's CSS and images are inlined.
        QVERIFY(!dialog->renderedHtml(true).contains("href=\"theme/"));
        QVERIFY(!dialog->renderedHtml(true).contains("src=\"theme/"));
        QVERIFY(dialog->renderedHtml(true).contains("src=\"data:image/svg+xml;base64,"));
        QVERIFY(waitForViews(mineLoaded, theirsLoaded));
        QTRY_VERIFY_WITH_TIMEOUT(pageText(dialog->view(true)).contains("Mine Title"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(pageText(dialog->view(false)).contains("Theirs Title"), 10000);
        dialog->resize(1000, 720);
        screenshot(dialog, "conflicts");

        // Keep mine: my value is in the document as an undoable, journaled edit (it syncs).
        const auto outbox = [&] {
            auto q = (*cache)->exec("SELECT COUNT(*) FROM outbox WHERE entity_id = ?",
                                    {doc->customizationId});
            return q && q->next() ? q->value(0).toInt() : -1;
        };
        const int queued = outbox();
        const int steps = doc->undoStack()->count();
        QVERIFY(dialog->keepMineButton()->isEnabled());
        QVERIFY2(dialog->keepMine(), qPrintable(dialog->message()));
        QCOMPARE(heroProp("title"), QString("Mine Title"));
        QCOMPARE(outbox(), queued + 1);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(dialog->count(), 2);
        auto left = conflicts::list(**cache, summary->id);
        QVERIFY(left && left->size() == 2);

        // Keep theirs: the value stays, nothing is queued, the row goes.
        dialog->selectRow(rowOf("description"));
        QVERIFY(dialog->keepTheirs());
        QCOMPARE(heroProp("description"), QString("Theirs words"));
        QCOMPARE(outbox(), queued + 1);
        QCOMPARE(dialog->count(), 1);

        // The quarantined document: its reason, and only "dismiss".
        dialog->selectRow(0);
        QCOMPARE(dialog->conflicts()[0].kind, Conflict::Kind::Quarantine);
        QVERIFY(dialog->list()->topLevelItem(0)->text(3).contains("duplicate block id"));
        QVERIFY(!dialog->keepMineButton()->isEnabled());
        QVERIFY(dialog->keepTheirsButton()->text().contains("Dismiss"));
        QVERIFY(!dialog->keepMine());
        QTRY_VERIFY_WITH_TIMEOUT(pageText(dialog->view(false)).contains("could not be read"),
                                 10000);
        screenshot(dialog, "conflicts-quarantine");
        QVERIFY(dialog->keepTheirs());
        QCOMPARE(dialog->count(), 0);
        QVERIFY(!dialog->keepTheirsButton()->isEnabled());
        auto none = conflicts::list(**cache, summary->id);
        QVERIFY(none && none->isEmpty());

        // Kept mine is an edit like any other: B sends it, A receives it.
        out = cli(dirB.path(), {"--json", "sync"});
        QVERIFY2(ok(out), qPrintable(out));
        QVERIFY(ok(cli(dirA.path(), {"sync"})));
        QCOMPARE(heroOf(dirA.path()).value("title").toString(), QString("Mine Title"));
        QCOMPARE(heroOf(dirA.path()).value("description").toString(), QString("Theirs words"));
    }

    // models/conflicts: the kind of each row shape the sync engine writes, and what "keep mine"
    // does for each.
    void conflictKindsAndKeepMine()
    {
        QTemporaryDir dir;
        auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
        QVERIFY(cache);
        SiteStore store(**cache);
        ThemeRegistry themes;
        auto created =
            store.createSite({"Kinds", "business", true}, (*themes.theme("studio"))->manifest());
        QVERIFY2(created, SS_WHY(created));
        auto loaded = store.loadSite(created->id);
        QVERIFY(loaded);
        SiteDocument &doc = **loaded;
        const Page *home = doc.pageBySlug("/");
        const QString hero = [&] {
            for (const auto &b : home->content->children)
                if (b->type == "Hero")
                    return b->id;
            return QString();
        }();
        const auto insert = [&](const QVariant &page, const QVariant &block, const QVariant &path,
                                const QVariant &local, const QVariant &remote) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            auto r = (*cache)->exec(
                "INSERT INTO conflicts (id, entity_type, entity_id, page_id, block_id, path, "
                "local_json, remote_json, created_at) VALUES (?, 'customization', ?, ?, ?, ?, ?, "
                "?, ?)",
                {id, doc.customizationId, page, block, path, local, remote, SiteStore::nowUtc()});
            return r ? id : QString();
        };
        const QVariant none;
        QCborMap siteProps = doc.siteProps;
        siteProps.insert(QStringLiteral("primaryColor"), QStringLiteral("#101010"));
        const QString heroJson =
            QString::fromUtf8(json::write(puck::exportItem(*home->block(hero))));
        insert(home->id, hero, "title", "\"Mine\"", "\"Theirs\"");
        insert(home->id, hero, none, none, heroJson);                       // deleted here
        insert(home->id, hero, none, none, none);                           // a move
        insert(none, none, none, QString::fromUtf8(json::write(siteProps)), // site props
               QString::fromUtf8(json::write(doc.siteProps)));
        insert(home->id, none, none, "{\"slug\":\"/x\"}", none); // page meta that failed
        auto list = conflicts::list(**cache, created->id);
        QVERIFY2(list, SS_WHY(list));
        QCOMPARE(list->size(), 5);
        using K = Conflict::Kind;
        QCOMPARE((*list)[0].kind, K::Prop);
        QCOMPARE((*list)[1].kind, K::Block);
        QCOMPARE((*list)[2].kind, K::Block);
        QCOMPARE((*list)[3].kind, K::SiteProps);
        QCOMPARE((*list)[4].kind, K::Other);
        QCOMPARE((*list)[0].siteName, QString("Kinds"));
        const QList<bool> canKeep = {true, true, false, true, false};
        for (int i = 0; i < 5; ++i)
            QCOMPARE((*list)[i].canKeepMine(), canKeep[i]);
        QVERIFY(!conflicts::resolve(**cache, &doc, (*list)[4], conflicts::Resolution::Mine));
        // Keep mine for the site props, then for "deleted here": the block goes.
        QVERIFY(conflicts::resolve(**cache, &doc, (*list)[3], conflicts::Resolution::Mine));
        QCOMPARE(doc.siteProps.value("primaryColor").toString(), QString("#101010"));
        QVERIFY(conflicts::resolve(**cache, &doc, (*list)[1], conflicts::Resolution::Mine));
        QVERIFY(!doc.pageBySlug("/")->block(hero));
        auto stored = store.loadSite(created->id);
        QVERIFY(!(*stored)->pageBySlug("/")->block(hero)); // journaled
        QCOMPARE(conflicts::list(**cache, created->id)->size(), 3);
        QCOMPARE(conflicts::list(**cache)->size(), 3); // every site
    }

    // Opened from the site manager: no editor, the dialog loads the site itself.
    void constructibleWithoutAnEditor()
    {
        QTemporaryDir dir;
        auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
        QVERIFY(cache);
        SiteStore store(**cache);
        ThemeRegistry themes;
        auto created =
            store.createSite({"Manager", "business", true}, (*themes.theme("studio"))->manifest());
        QVERIFY2(created, SS_WHY(created));
        auto doc = store.loadSite(created->id);
        QVERIFY(doc);
        const Page *home = (*doc)->pageBySlug("/");
        QString hero;
        for (const auto &b : home->content->children)
            if (b->type == "Hero")
                hero = b->id;
        // A prop conflict as the sync engine writes it (sync/syncengine.cpp recordConflicts).
        QVERIFY((*cache)->exec(
            "INSERT INTO conflicts (id, entity_type, entity_id, page_id, block_id, path, "
            "local_json, remote_json, created_at) VALUES (?, 'customization', ?, ?, ?, 'title', "
            "?, ?, ?)",
            {QUuid::createUuid().toString(QUuid::WithoutBraces), (*doc)->customizationId, home->id,
             hero, "\"Mine from the manager\"", "\"Server title\"", SiteStore::nowUtc()}));
        ui::ConflictsDialog dialog(store, themes, nullptr, created->id);
        QVERIFY2(dialog.isReady(), qPrintable(dialog.error()));
        QCOMPARE(dialog.count(), 1);
        dialog.selectRow(0);
        QVERIFY(dialog.renderedHtml(true).contains("Mine from the manager"));
        QVERIFY(dialog.keepMine());
        QCOMPARE(dialog.count(), 0);
        auto reloaded = store.loadSite(created->id);
        QCOMPARE((*reloaded)->page(home->id)->block(hero)->props.value("title").toString(),
                 QString("Mine from the manager"));
    }
};

int main(int argc, char **argv)
{
    ui::PreviewView::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_ConflictsDialog t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_conflictsdialog.moc"
