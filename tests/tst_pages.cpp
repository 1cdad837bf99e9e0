// The editor's pages: add from a template, reorder (drag and drop, Alt+Up/Down, one undo step),
// rename in place, the address checked at its field, search and sharing fields in the page's
// <head>, and taking over what a sync pulled from the server while the editor is open.
#include "editorwindow.h"
#include "inspector.h"
#include "json.h"
#include "localcache.h"
#include "outlinemodel.h"
#include "page.h"
#include "pagesettings.h"
#include "pagetemplatechooser.h"
#include "previewview.h"
#include "renderer.h"
#include "sitedocument.h"
#include "sitestore.h"
#include "syncservice.h"
#include "testcache.h"
#include "testserver.h"
#include "testutil.h"
#include "themepackage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace ss;

namespace {

QStringList slugs(const SiteDocument &doc)
{
    QStringList out;
    for (const auto &p : doc.pages())
        out << p->slug;
    return out;
}

QStringList listIds(QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->data(Qt::UserRole).toString();
    return out;
}

QStringList docIds(const SiteDocument &doc)
{
    QStringList out;
    for (const auto &p : doc.pages())
        out << p->id;
    return out;
}

QStringList contentTypes(const Page &page)
{
    QStringList out;
    for (const auto &b : page.content->children)
        out << b->type;
    return out;
}

void screenshot(QWidget *w, const QString &name)
{
    QString dir = qEnvironmentVariable("SS_SCREENSHOTS");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("wt-pages"));
    QDir().mkpath(dir);
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QString cli(const QString &dataDir, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SITESTUDIO_NO_KEYCHAIN"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SS_CLI"),
            QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    if (!p.waitForStarted())
        return QStringLiteral("FAILED to start");
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return QStringLiteral("FAILED ") + args.join(QLatin1Char(' ')) + QStringLiteral(": ") +
               QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool ok(const QString &out)
{
    return !out.startsWith(QLatin1String("FAILED"));
}

} // namespace

class tst_Pages : public QObject
{
    Q_OBJECT
private slots:
    void addPageFromATemplate()
    {
        TestCache c;
        const QString siteId = c.site(QStringLiteral("Trattoria"));
        ui::EditorWindow editor(*c.store, c.themes, siteId);
        QVERIFY(editor.isReady());
        SiteDocument *doc = editor.document();
        const int pages = int(doc->pages().size());
        const int queued = c.outbox();

        ui::PageTemplateChooser *chooser = editor.showPageTemplates();
        QVERIFY(chooser);
        QVERIFY(!chooser->isModal());
        QCOMPARE(editor.showPageTemplates(), chooser); // one per window
        QVERIFY(chooser->templateList()->count() >= 8);
        chooser->selectTemplate(QStringLiteral("menu"));
        QCOMPARE(chooser->nameEdit()->text(), QStringLiteral("Menu"));
        QCOMPARE(chooser->slugEdit()->text(), QStringLiteral("/menu"));
        screenshot(chooser, QStringLiteral("page-template-chooser"));

        // The name proposes the address until the address is edited.
        chooser->nameEdit()->clear();
        QTest::keyClicks(chooser->nameEdit(), QStringLiteral("Our Menu"));
        QCOMPARE(chooser->slugEdit()->text(), QStringLiteral("/our-menu"));
        // A taken or malformed address is explained at the field and blocks Add.
        chooser->slugEdit()->clear();
        QTest::keyClicks(chooser->slugEdit(), QStringLiteral("/"));
        QVERIFY2(chooser->problem().contains(QStringLiteral("already has the address")),
                 qPrintable(chooser->problem()));
        QVERIFY(!chooser->addButton()->isEnabled());
        QVERIFY(chooser->add().isEmpty());
        QTest::keyClicks(chooser->slugEdit(), QStringLiteral("Bad Menu"));
        QVERIFY(chooser->problem().contains(QStringLiteral("not a valid address")));
        chooser->slugEdit()->clear();
        QTest::keyClicks(chooser->slugEdit(), QStringLiteral("/dinner"));
        QVERIFY(chooser->problem().isEmpty());

        const QString id = chooser->add();
        QVERIFY(!id.isEmpty());
        const Page *page = doc->page(id);
        QCOMPARE(page->title, QStringLiteral("Our Menu"));
        QCOMPARE(page->slug, QStringLiteral("/dinner"));
        QCOMPARE(doc->pageIndex(id), 1); // after the current (home) page
        QCOMPARE(editor.currentPageId(), id);
        QCOMPARE(contentTypes(*page),
                 QStringList({QStringLiteral("Navbar"), QStringLiteral("Heading"),
                              QStringLiteral("PricingTable"), QStringLiteral("Gallery"),
                              QStringLiteral("Footer")}));
        QCOMPARE(doc->undoStack()->count(), 1); // one step
        QCOMPARE(c.outbox(), queued + 1);
        auto stored = c.store->loadSite(siteId);
        QVERIFY(stored && (*stored)->page(id));
        doc->undoStack()->undo();
        QVERIFY(!doc->page(id));
        QCOMPARE(int(doc->pages().size()), pages);
        QCOMPARE(editor.pageList()->count(), pages);

        // Without a name: the template's.
        const QString faq = editor.addPageFromTemplate(QStringLiteral("faq"));
        QVERIFY(!faq.isEmpty());
        QCOMPARE(doc->page(faq)->title, QStringLiteral("FAQ"));
        QString problem;
        QVERIFY(
            editor.addPageFromTemplate(QStringLiteral("faq"), {}, QStringLiteral("/faq"), &problem)
                .isEmpty());
        QVERIFY2(problem.contains(QStringLiteral("already has")), qPrintable(problem));
    }

    void reorderPagesWithUndo()
    {
        TestCache c;
        const QString siteId = c.site(QStringLiteral("Order"));
        ui::EditorWindow editor(*c.store, c.themes, siteId);
        QVERIFY(editor.isReady());
        SiteDocument *doc = editor.document();
        const QString a = editor.addPage(QStringLiteral("A"));
        const QString b = editor.addPage(QStringLiteral("B"));
        const QString d = editor.addPage(QStringLiteral("D"));
        QCOMPARE(slugs(*doc), QStringList({"/", "/a", "/b", "/d"}));
        doc->undoStack()->clear();
        const int queued = c.outbox();

        // Pages ▸ Move page up: the current page, one undo step, still current.
        editor.showBlock(d, QString());
        QVERIFY(editor.moveCurrentPage(-1));
        QCOMPARE(slugs(*doc), QStringList({"/", "/a", "/d", "/b"}));
        QCOMPARE(listIds(editor.pageList()), docIds(*doc));
        QCOMPARE(editor.currentPageId(), d);
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(c.outbox(), queued + 2); // remove + add: what the server understands
        auto stored = c.store->loadSite(siteId);
        QVERIFY(stored);
        QCOMPARE(slugs(**stored), slugs(*doc)); // the cache has the new order
        doc->undoStack()->undo();
        QCOMPARE(slugs(*doc), QStringList({"/", "/a", "/b", "/d"}));
        QCOMPARE(listIds(editor.pageList()), docIds(*doc));
        QCOMPARE(editor.currentPageId(), d);
        doc->undoStack()->redo();
        QCOMPARE(slugs(*doc), QStringList({"/", "/a", "/d", "/b"}));
        QVERIFY(!editor.moveCurrentPage(+5));

        // Alt+Down in the pages list moves the page, not the selected block.
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.showBlock(a, QString());
        editor.activateWindow();
        editor.pageList()->setFocus();
        QTRY_VERIFY(editor.pageList()->hasFocus());
        QTest::keyClick(editor.pageList(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(slugs(*doc), QStringList({"/", "/d", "/a", "/b"}));
        QCOMPARE(editor.currentPageId(), a);
        QTest::keyClick(editor.pageList(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(slugs(*doc), QStringList({"/", "/a", "/d", "/b"}));
        // In the outline the same keys move blocks, not pages.
        const QString homeId = doc->pageBySlug("/")->id;
        const QString hero = doc->page(homeId)->content->children[1]->id;
        editor.showBlock(homeId, hero);
        editor.outlineView()->setFocus();
        QTRY_VERIFY(editor.outlineView()->hasFocus());
        QTest::keyClick(editor.outlineView(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(slugs(*doc), QStringList({"/", "/a", "/d", "/b"}));
        QCOMPARE(doc->page(homeId)->content->children[2]->id, hero);
        doc->undoStack()->undo();
        QCOMPARE(doc->page(homeId)->content->children[1]->id, hero);

        // Drag and drop: the list's row moves, the document follows (one undo step).
        const int steps = doc->undoStack()->index();
        QVERIFY(editor.pageList()->model()->moveRow(QModelIndex(), 3, QModelIndex(), 1));
        QTRY_COMPARE(slugs(*doc), QStringList({"/", "/b", "/a", "/d"}));
        QCOMPARE(listIds(editor.pageList()), docIds(*doc));
        QCOMPARE(doc->undoStack()->index(), steps + 1);
        // The home page may move too: it is home by its address.
        QVERIFY(editor.movePageTo(doc->pageBySlug(QStringLiteral("/"))->id, 3));
        QCOMPARE(slugs(*doc), QStringList({"/b", "/a", "/d", "/"}));
        QCOMPARE(editor.currentPageId(), doc->pageBySlug("/")->id);
        QCOMPARE(editor.pageList()->currentRow(), 3);
        QTest::qWait(50); // the inspector shows its new form's rows on the next turn
        screenshot(&editor, QStringLiteral("pages-reordered"));
    }

    void renameInPlaceAndCheckTheAddress()
    {
        TestCache c;
        const QString siteId = c.site(QStringLiteral("Names"));
        ui::EditorWindow editor(*c.store, c.themes, siteId);
        QVERIFY(editor.isReady());
        SiteDocument *doc = editor.document();
        const QString about = editor.addPage(QStringLiteral("About"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        // F2 edits the name (not "Name  /address").
        QListWidget *list = editor.pageList();
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QCOMPARE(editor.currentPageId(), about);
        QTest::keyClick(list, Qt::Key_F2);
        QLineEdit *inline_ = nullptr;
        QTRY_VERIFY((inline_ = list->findChild<QLineEdit *>()) && inline_->isVisible());
        QCOMPARE(inline_->text(), QStringLiteral("About"));
        inline_->setText(QStringLiteral("About us"));
        QTest::keyClick(inline_, Qt::Key_Return);
        QTRY_COMPARE(doc->page(about)->title, QStringLiteral("About us"));
        QCOMPARE(doc->page(about)->slug, QStringLiteral("/about")); // the address stays
        QTRY_VERIFY(list->currentItem()->text().startsWith(QStringLiteral("About us")));
        QCOMPARE(editor.currentPageId(), about);
        doc->undoStack()->undo();
        QCOMPARE(doc->page(about)->title, QStringLiteral("About"));

        // The address, in the page settings: checked while typing, explained at the field.
        ui::PageSettings *settings = editor.inspector()->pageSettings();
        QVERIFY(settings);
        auto *slug = qobject_cast<QLineEdit *>(editor.inspector()->editorFor("page:slug"));
        QVERIFY(slug);
        slug->clear();
        QTest::keyClicks(slug, QStringLiteral("/"));
        QVERIFY2(settings->problem(QStringLiteral("slug")).contains("already has the address"),
                 qPrintable(settings->problem(QStringLiteral("slug"))));
        QTest::keyClicks(slug, QStringLiteral("Über"));
        QVERIFY(settings->problem(QStringLiteral("slug")).contains("not a valid address"));
        emit slug->editingFinished();
        QCOMPARE(doc->page(about)->slug, QStringLiteral("/about"));
        editor.inspector()->resize(380, 620);
        QTest::qWait(50);
        screenshot(editor.inspector(), QStringLiteral("page-settings-address-problem"));
        QVERIFY(settings->problem(QStringLiteral("slug")).contains("not a valid address"));
        slug->clear();
        QTest::keyClicks(slug, QStringLiteral("/team"));
        QVERIFY(settings->problem(QStringLiteral("slug")).isEmpty());
        emit slug->editingFinished();
        QCOMPARE(doc->page(about)->slug, QStringLiteral("/team"));
    }

    void seoFieldsGoToTheHead()
    {
        TestCache c;
        const QString siteId = c.site(QStringLiteral("Sole"));
        ui::EditorWindow editor(*c.store, c.themes, siteId);
        QVERIFY(editor.isReady());
        SiteDocument *doc = editor.document();
        const QString home = editor.currentPageId();
        ui::Inspector *insp = editor.inspector();
        const auto line = [&](const char *key) {
            return qobject_cast<QLineEdit *>(insp->editorFor(QString::fromLatin1(key)));
        };
        for (const char *key : {"page:title", "page:slug", "page:description", "page:ogTitle",
                                "page:ogImage", "page:canonical"})
            QVERIFY2(line(key), key);
        auto *noindex = qobject_cast<QCheckBox *>(insp->editorFor(QStringLiteral("page:noindex")));
        QVERIFY(noindex);

        const auto set = [&](const char *key, const QString &value) {
            QLineEdit *e = line(key);
            e->setText(value);
            emit e->editingFinished();
        };
        set("page:description", QStringLiteral("Fresh \"pasta\" & more"));
        set("page:ogTitle", QStringLiteral("Sole <Trattoria>"));
        set("page:canonical", QStringLiteral("https://sole.example/"));
        set("page:ogImage", QStringLiteral("https://cdn.example/sole.jpg"));
        noindex = qobject_cast<QCheckBox *>(insp->editorFor(QStringLiteral("page:noindex")));
        noindex->click();
        QCOMPARE(doc->undoStack()->count(), 5); // one step each
        const Page *page = doc->page(home);
        QVERIFY(page->noindex);
        // A wrong canonical URL is refused at its field.
        set("page:canonical", QStringLiteral("sole.example"));
        QCOMPARE(page->canonical, QStringLiteral("https://sole.example/"));
        QVERIFY(insp->pageSettings()->problem(QStringLiteral("canonical")).contains("http"));
        QCOMPARE(doc->undoStack()->count(), 5);

        Renderer renderer(*c.themes.theme(QStringLiteral("studio")));
        const QString head =
            renderer.renderPage(*doc, *page).section(QStringLiteral("</head>"), 0, 0);
        QVERIFY2(head.contains("<meta name=\"description\" content=\"Fresh &quot;pasta&quot; "
                               "&amp; more\">"),
                 qPrintable(head));
        QVERIFY(head.contains("<meta property=\"og:title\" content=\"Sole &lt;Trattoria&gt;\">"));
        QVERIFY(
            head.contains("<meta property=\"og:image\" content=\"https://cdn.example/sole.jpg\">"));
        QVERIFY(head.contains("<link rel=\"canonical\" href=\"https://sole.example/\">"));
        QVERIFY(head.contains("<meta name=\"robots\" content=\"noindex\">"));
        // Stored: a reopened site has them.
        auto stored = c.store->loadSite(siteId);
        QVERIFY(stored);
        QCOMPARE((*stored)->page(home)->ogTitle, QStringLiteral("Sole <Trattoria>"));
        QVERIFY((*stored)->page(home)->noindex);

        // Undo: the form follows.
        doc->undoStack()->undo();
        QVERIFY(!page->noindex);
        QVERIFY(!qobject_cast<QCheckBox *>(insp->editorFor(QStringLiteral("page:noindex")))
                     ->isChecked());
        insp->resize(380, 820);
        screenshot(insp, QStringLiteral("page-settings"));
    }

    // Two devices and a real sitehostd: B edits and syncs; A's open editor takes the change over
    // after A's sync, without queueing anything.
    void reloadsWhenASyncPullsChanges()
    {
        qputenv("SITESTUDIO_NO_KEYCHAIN", "1");
        TestServer server;
        QVERIFY(server.start());
        QTemporaryDir dirA, dirB;
        const QByteArray password = "correct horse battery staple\n";
        QString out = cli(dirA.path(),
                          {"login", "--server", server.url, "--email", "team@example.com",
                           "--password-stdin", "--register"},
                          password);
        QVERIFY2(ok(out), qPrintable(out));
        out = cli(
            dirB.path(),
            {"login", "--server", server.url, "--email", "team@example.com", "--password-stdin"},
            password);
        QVERIFY2(ok(out), qPrintable(out));
        QVERIFY(ok(cli(dirA.path(), {"sites", "create", "Shop", "--theme", "studio"})));
        QVERIFY(ok(cli(dirA.path(), {"sync"})));
        QVERIFY(ok(cli(dirB.path(), {"sync"})));

        // A's editor, with the app's sync service.
        auto cache = LocalCache::open(LocalCache::pathIn(dirA.path()));
        QVERIFY2(cache, SS_WHY(cache));
        SiteStore store(**cache);
        ThemeRegistry themes;
        auto summary = store.findSite("Shop");
        QVERIFY2(summary, SS_WHY(summary));
        sync::SyncService service(dirA.path());
        ui::EditorWindow editor(store, themes, summary->id);
        QVERIFY(editor.isReady());
        editor.setSyncService(&service);
        SiteDocument *doc = editor.document();
        const QString home = doc->pageBySlug("/")->id;
        QString hero;
        forEachBlock(*doc->page(home), [&](const Block *b) {
            if (b->type == QLatin1String("Hero"))
                hero = b->id;
        });
        QVERIFY(!hero.isEmpty());
        editor.selectBlock(hero);
        QCOMPARE(editor.selectedBlockIds(), QStringList{hero});
        // An edit of A, synced: the undo history has it until the reload.
        auto op = doc->makeSetProp(home, hero, "description", QStringLiteral("A's words"));
        QVERIFY(op && doc->perform(*op));
        QSignalSpy finished(&service, &sync::SyncService::finished);
        service.requestSync("default");
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto outbox = [&] {
            auto q = (*cache)->exec("SELECT COUNT(*) FROM outbox");
            return q && q->next() ? q->value(0).toInt() : -1;
        };
        QCOMPARE(outbox(), 0);
        QCOMPARE(doc->undoStack()->count(), 1); // only its own edit came back: nothing reloaded

        // B changes the hero's title and adds a page.
        QVERIFY(ok(cli(dirB.path(), {"sync"})));
        QVERIFY(ok(cli(dirB.path(), {"block", "set", "--site", "Shop", "--page", "/", "--id", hero,
                                     "--prop", "title", "--value", "\"From B\""})));
        QVERIFY(ok(cli(dirB.path(), {"sync"})));
        QCOMPARE(doc->page(home)->block(hero)->props.value("title").toString() == "From B", false);

        service.requestSync("default");
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QTRY_COMPARE(doc->page(home)->block(hero)->props.value("title").toString(),
                     QStringLiteral("From B"));
        QCOMPARE(doc->page(home)->block(hero)->props.value("description").toString(),
                 QStringLiteral("A's words"));
        QCOMPARE(outbox(), 0); // the reload queued nothing
        QCOMPARE(doc->undoStack()->count(), 0);
        QCOMPARE(editor.currentPageId(), home);
        QCOMPARE(editor.selectedBlockIds(), QStringList{hero}); // the selection stays
        QVERIFY2(
            editor.statusBar()->currentMessage().startsWith("Updated from the server (revision"),
            qPrintable(editor.statusBar()->currentMessage()));
        // Nothing new: no reload.
        QVERIFY(!editor.reloadFromServer());

        // Unsynced edits of A are never replaced: the cache changes behind the editor (another
        // process on this data dir), but A has queued edits, so the editor keeps its document.
        auto mine = doc->makeSetProp(home, hero, "description", QStringLiteral("Mine, unsynced"));
        QVERIFY(mine && doc->perform(*mine));
        QVERIFY(ok(cli(dirA.path(), {"block", "set", "--site", "Shop", "--page", "/", "--id", hero,
                                     "--prop", "title", "--value", "\"Elsewhere\""})));
        QVERIFY(!editor.reloadFromServer());
        QCOMPARE(doc->page(home)->block(hero)->props.value("title").toString(),
                 QStringLiteral("From B"));
        QCOMPARE(doc->page(home)->block(hero)->props.value("description").toString(),
                 QStringLiteral("Mine, unsynced"));
        QCOMPARE(doc->undoStack()->count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(editor.preview()->isLoaded(), 30000); // not torn down mid-load
    }
};

int main(int argc, char **argv)
{
    ui::PreviewView::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_Pages t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_pages.moc"
