#include "componentpalette.h"
#include "credentialstore.h"
#include "editorwindow.h"
#include "inspector.h"
#include "json.h"
#include "localcache.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "page.h"
#include "prepublishcheck.h"
#include "previewview.h"
#include "publishdialog.h"
#include "signindialog.h"
#include "sitedocument.h"
#include "sitelistmodel.h"
#include "sitestore.h"
#include "syncservice.h"
#include "testcache.h"
#include "testserver.h"
#include "testutil.h"
#include "testweb.h"
#include "themepackage.h"
#include "toast.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHostAddress>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace ss;

namespace {

// The value of a block prop as the local cache holds it (a fresh load, not the open document).
QCborValue storedProp(SiteStore &store, const QString &site, const QString &blockId,
                      const QString &prop)
{
    auto doc = store.loadSite(site);
    if (!doc)
        return QCborValue(QStringLiteral("load failed: ") + doc.error().toString());
    for (const auto &page : (*doc)->pages())
        if (const Block *b = page->block(blockId))
            return b->props.value(prop);
    return QCborValue(QCborSimpleType::Undefined);
}

QStringList homeIds(SiteDocument &doc)
{
    QStringList ids;
    for (const auto &b : doc.pageBySlug("/")->content->children)
        ids << b->id;
    return ids;
}

} // namespace

// The editor window: outline + inspector over a site from the local cache; every edit is stored
// at once and undoable.
class tst_EditorWindow : public QObject
{
    Q_OBJECT
private slots:
    void editsAreSavedAtOnceAndUndoable()
    {
        QTemporaryDir dir;
        ui::MainWindow main(dir.path());
        QVERIFY(main.isReady());
        auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
        QVERIFY2(cache, SS_WHY(cache));
        SiteStore store(**cache);
        ThemeRegistry themes;
        auto theme = themes.theme("studio");
        QVERIFY(theme);
        auto created = store.createSite({"Bakery", "store", true}, (*theme)->manifest());
        QVERIFY2(created, SS_WHY(created));
        main.reload();

        // Opened from the site manager, like a double-click.
        main.siteView()->selectRow(0);
        main.openSelected();
        auto editors = main.findChildren<ui::EditorWindow *>();
        QCOMPARE(editors.size(), 1);
        ui::EditorWindow *editor = editors.first();
        QVERIFY(editor->windowTitle().contains("Site Studio"));
        QVERIFY(editor->windowTitle().contains("Bakery"));
        // Never synced: the title says the edits are saved here and wait for the server.
        QVERIFY2(editor->windowTitle().contains("not synced yet"),
                 qPrintable(editor->windowTitle()));
        QCOMPARE(main.openSite(created->id), editor); // a second open raises the same window
        SiteDocument *doc = editor->document();
        const QString pageId = doc->pageBySlug("/")->id;
        QCOMPARE(editor->currentPageId(), pageId);
        QVERIFY(editor->outline()->rowCount() >= 3); // navbar, hero, footer

        // Select the hero: the inspector shows its fields; typing is stored as one undo step.
        QString heroId;
        for (const QString &id : homeIds(*doc))
            if (doc->page(pageId)->block(id)->type == "Hero")
                heroId = id;
        QVERIFY(!heroId.isEmpty());
        editor->selectBlock(heroId);
        QCOMPARE(editor->inspector()->blockId(), heroId);
        auto *title = qobject_cast<QLineEdit *>(editor->inspector()->editorFor("title"));
        QVERIFY(title);
        title->selectAll();
        QTest::keyClicks(title, "Fresh bread");
        QCOMPARE(doc->page(pageId)->block(heroId)->props.value("title").toString(),
                 QString("Fresh bread"));
        QCOMPARE(storedProp(store, created->id, heroId, "title").toString(),
                 QString("Fresh bread"));
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(editor->outline()->indexOfBlock(heroId).data().toString(),
                 QString("Hero \u00b7 Fresh bread"));

        // Undo takes the whole word back, in memory, in the cache and in the form.
        const QString before = doc->undoStack()->command(0)->text();
        doc->undoStack()->undo();
        const QString original = doc->page(pageId)->block(heroId)->props.value("title").toString();
        QVERIFY(original != "Fresh bread");
        QCOMPARE(storedProp(store, created->id, heroId, "title").toString(), original);
        title = qobject_cast<QLineEdit *>(editor->inspector()->editorFor("title"));
        QCOMPARE(title->text(), original);
        QVERIFY(!before.isEmpty());
        doc->undoStack()->redo();
        QCOMPARE(storedProp(store, created->id, heroId, "title").toString(),
                 QString("Fresh bread"));

        // A select field commits the option's value.
        const ThemeManifest &m = (*theme)->manifest();
        const FieldSpec *selectField = nullptr;
        for (const FieldSpec &f : m.component("Hero")->fields)
            if (f.type == FieldSpec::Type::Select && !selectField)
                selectField = &f;
        QVERIFY(selectField);
        auto *combo = qobject_cast<QComboBox *>(editor->inspector()->editorFor(selectField->name));
        QVERIFY(combo);
        const int pick = combo->currentIndex() == 0 ? 1 : 0;
        combo->setCurrentIndex(pick);
        emit combo->activated(pick);
        QCOMPARE(doc->page(pageId)->block(heroId)->props.value(selectField->name),
                 selectField->options.at(pick).toMap().value("value"));
    }

    void keyboardActionsMoveDuplicateDelete()
    {
        TestCache c;
        const QString siteId = c.site("Bolt");
        SiteStore &store = *c.store;
        ThemeRegistry &themes = c.themes;
        ui::EditorWindow editor(store, themes, siteId);
        QVERIFY2(editor.isReady(), qPrintable(editor.startupError()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        SiteDocument *doc = editor.document();
        const QStringList start = homeIds(*doc);
        QVERIFY(start.size() >= 3);

        // Alt+Down with the focus in the outline: the first block moves down by one.
        editor.selectBlock(start[0]);
        editor.outlineView()->setFocus();
        QTest::keyClick(editor.outlineView(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(homeIds(*doc).mid(0, 2), (QStringList{start[1], start[0]}));
        QCOMPARE(editor.selectedBlockIds(), QStringList{start[0]}); // selection follows the block

        // Ctrl+D duplicates right after it and selects the copy.
        QTest::keyClick(editor.outlineView(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(homeIds(*doc).size(), start.size() + 1);
        const QString copy = homeIds(*doc).at(2);
        QCOMPARE(editor.selectedBlockIds(), QStringList{copy});
        QCOMPARE(doc->page(doc->pageBySlug("/")->id)->block(copy)->type,
                 doc->page(doc->pageBySlug("/")->id)->block(start[0])->type);

        // Delete removes the selection; the cache has it too.
        QTest::keyClick(editor.outlineView(), Qt::Key_Delete);
        QCOMPARE(homeIds(*doc).size(), start.size());
        auto reloaded = store.loadSite(siteId);
        QVERIFY(reloaded);
        QCOMPARE(homeIds(**reloaded), homeIds(*doc));

        // Every shortcut is listed in the shortcuts dialog's table.
        const auto shortcuts = editor.shortcuts();
        const auto has = [&](const QString &name, const QKeySequence &keys) {
            return shortcuts.contains({name, keys.toString(QKeySequence::NativeText)});
        };
        QVERIFY(has("Duplicate", QKeySequence(Qt::CTRL | Qt::Key_D)));
        QVERIFY(has("Copy blocks", QKeySequence::Copy));
        QVERIFY(has("Paste blocks", QKeySequence::Paste));
        QVERIFY(has("Move up", QKeySequence(Qt::ALT | Qt::Key_Up)));
        QVERIFY(has("Add page", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)));
        QVERIFY(has("Keyboard shortcuts", QKeySequence(Qt::CTRL | Qt::Key_Slash)));

        // Three undo steps back to the start, also in the cache.
        QCOMPARE(doc->undoStack()->count(), 3);
        for (int i = 0; i < 3; ++i)
            doc->undoStack()->undo();
        QCOMPARE(homeIds(*doc), start);
        reloaded = store.loadSite(siteId);
        QCOMPARE(homeIds(**reloaded), start);
    }

    // The canvas: the page rendered in QtWebEngine; a prop edit patches that block's element
    // (no reload); a click on a block selects it in the outline.
    void previewPatchesAndSelects()
    {
        TestCache c;
        const QString siteId = c.site("Canvas");
        SiteStore &store = *c.store;
        ThemeRegistry &themes = c.themes;
        ui::EditorWindow editor(store, themes, siteId);
        QVERIFY(editor.isReady());
        editor.show();
        ui::PreviewView *preview = editor.preview();
        QTRY_VERIFY_WITH_TIMEOUT(preview->isLoaded(), 30000);
        const auto js = [&](const QString &code) { return runJs(preview, code); };
        SiteDocument *doc = editor.document();
        const QString pageId = editor.currentPageId();
        QString heroId;
        for (const QString &id : homeIds(*doc))
            if (doc->page(pageId)->block(id)->type == "Hero")
                heroId = id;
        // The theme's stylesheet came through the preview scheme.
        QVERIFY(
            js("document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 10")
                .toBool());
        QTRY_VERIFY_WITH_TIMEOUT(js("typeof window.ssPatch === 'function'").toBool(), 10000);
        const QString find = QString("ssFind('%1').textContent").arg(heroId);
        const QString heroText = js(find).toString();
        QVERIFY2(!heroText.isEmpty() && !heroText.contains("Baked at dawn"), qPrintable(heroText));

        // Mark the document: a reload would lose the mark.
        js("document.documentElement.dataset.mark = 'kept'");
        const int loads = preview->fullLoads();
        auto op = doc->makeSetProp(pageId, heroId, "title", QCborValue("Baked at dawn"));
        QVERIFY(op && doc->perform(*op));
        QTRY_COMPARE_WITH_TIMEOUT(preview->patches(), 1, 10000);
        QVERIFY(js(find).toString().contains("Baked at dawn"));
        QCOMPARE(js("document.documentElement.dataset.mark").toString(), QString("kept"));
        QCOMPARE(preview->fullLoads(), loads);

        // A structural edit renders the page again.
        auto remove = doc->makeRemove(pageId, heroId);
        QVERIFY(remove && doc->perform(*remove));
        QTRY_COMPARE_WITH_TIMEOUT(preview->fullLoads(), loads + 1, 30000);
        QVERIFY(js(QString("ssFind('%1') === null").arg(heroId)).toBool());
        doc->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(preview->fullLoads(), loads + 2, 30000);

        // A click on the hero's text: the intent comes back and the outline selects the hero.
        editor.outlineView()->clearSelection();
        QTRY_VERIFY_WITH_TIMEOUT(js("typeof window.ssFind === 'function'").toBool(), 10000);
        js(QString("ssFind('%1').querySelector('h1, h2, p').click()").arg(heroId));
        QTRY_COMPARE_WITH_TIMEOUT(editor.selectedBlockIds(), QStringList{heroId}, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            js(QString("ssFind('%1').classList.contains('ss-selected')").arg(heroId)).toBool(),
            10000);

        // Viewports.
        preview->setViewportWidth(360);
        QCOMPARE(preview->view()->maximumWidth(), 360);
        preview->setViewportWidth(0);
        QVERIFY(preview->view()->maximumWidth() > 10000);
    }

    void copyCutPasteThroughTheClipboard()
    {
        TestCache c;
        SiteStore &store = *c.store;
        ThemeRegistry &themes = c.themes;
        ui::EditorWindow from(store, themes, c.site("Copy From"));
        ui::EditorWindow into(store, themes, c.site("Paste Into"));
        QVERIFY(from.isReady() && into.isReady());
        from.show();
        QVERIFY(QTest::qWaitForWindowExposed(&from));
        const QStringList start = homeIds(*from.document());
        const QString pageA = from.currentPageId();
        QString heroId;
        for (const QString &id : start)
            if (from.document()->page(pageA)->block(id)->type == "Hero")
                heroId = id;

        // Ctrl+C in the outline puts Puck Data on the clipboard.
        from.selectBlock(heroId);
        from.outlineView()->setFocus();
        QTest::keyClick(from.outlineView(), Qt::Key_C, Qt::ControlModifier);
        auto data = json::parse(QGuiApplication::clipboard()->text().toUtf8());
        QVERIFY2(data, SS_WHY(data));
        QCOMPARE(data->toMap().value("content").toArray().size(), 1);
        QCOMPARE(data->toMap().value("content").toArray().at(0).toMap().value("type").toString(),
                 QString("Hero"));

        // Ctrl+V in the same page: a copy right after the hero, with a fresh id, selected.
        QTest::keyClick(from.outlineView(), Qt::Key_V, Qt::ControlModifier);
        QStringList now = homeIds(*from.document());
        QCOMPARE(now.size(), start.size() + 1);
        const int heroRow = int(now.indexOf(heroId));
        const QString copy = now.at(heroRow + 1);
        QVERIFY(copy != heroId);
        QCOMPARE(from.document()->page(pageA)->block(copy)->type, QString("Hero"));
        QCOMPARE(from.selectedBlockIds(), QStringList{copy});

        // Into another site (nothing selected there: at the end of its home page); one undo step.
        into.paste();
        const QStringList intoIds = homeIds(*into.document());
        QCOMPARE(into.document()->page(into.currentPageId())->block(intoIds.last())->type,
                 QString("Hero"));
        QCOMPARE(into.document()->undoStack()->count(), 1);

        // Ctrl+X: copied and removed.
        from.selectBlock(copy);
        QTest::keyClick(from.outlineView(), Qt::Key_X, Qt::ControlModifier);
        QCOMPARE(homeIds(*from.document()), start);
        QVERIFY(QGuiApplication::clipboard()->text().contains("\"Hero\""));

        // Text that is not Puck data: refused with a message, nothing changes.
        QGuiApplication::clipboard()->setText("hello");
        from.paste();
        QCOMPARE(homeIds(*from.document()), start);
    }

    void paletteSearchesAndInserts()
    {
        TestCache c;
        const QString siteId = c.site("Palette");
        SiteStore &store = *c.store;
        ThemeRegistry &themes = c.themes;
        ui::EditorWindow editor(store, themes, siteId);
        QVERIFY(editor.isReady());
        ui::ComponentPalette *palette = editor.palette();
        const QStringList all = palette->visibleTypes();
        QCOMPARE(all.size(), int((*themes.theme("studio"))->manifest().components.size()));
        QTest::keyClicks(palette->searchEdit(), "heading");
        const QStringList found = palette->visibleTypes();
        QVERIFY(found.size() < all.size());
        QCOMPARE(found.first(), QString("Heading"));

        // Enter inserts the first match after the selected block.
        const QStringList start = homeIds(*editor.document());
        editor.selectBlock(start[0]);
        QTest::keyClick(palette->searchEdit(), Qt::Key_Return);
        const QStringList now = homeIds(*editor.document());
        QCOMPARE(now.size(), start.size() + 1);
        QCOMPARE(editor.document()->page(editor.currentPageId())->block(now[1])->type,
                 QString("Heading"));
        QCOMPARE(editor.selectedBlockIds(), QStringList{now[1]});
        auto reloaded = store.loadSite(siteId);
        QCOMPARE(homeIds(**reloaded), now); // stored at once
        palette->searchEdit()->clear();
        QCOMPARE(palette->visibleTypes(), all);
    }

    void pagesAddRenameDeleteWithUndo()
    {
        TestCache c;
        const QString siteId = c.site("Pages");
        SiteStore &store = *c.store;
        ThemeRegistry &themes = c.themes;
        ui::EditorWindow editor(store, themes, siteId);
        QVERIFY(editor.isReady());
        SiteDocument *doc = editor.document();
        const int pages = int(doc->pages().size());

        // Added after the current page, with an address from its name, and shown.
        const QString menu = editor.addPage(QString::fromUtf8("Our Menü!"));
        QVERIFY(!menu.isEmpty());
        QCOMPARE(editor.pageList()->count(), pages + 1);
        QCOMPARE(editor.currentPageId(), menu);
        QCOMPARE(doc->page(menu)->slug, QString("/our-menu"));
        QCOMPARE(doc->pageIndex(menu), 1);
        const QString second = editor.addPage("Our Menu");
        QVERIFY(doc->pageBySlug("/our-menu-2")); // unique
        QCOMPARE(doc->pageBySlug("/our-menu-2")->id, second);

        // Page settings in the inspector (nothing selected): the address and search description.
        editor.pageList()->setCurrentRow(1);
        auto *slug = qobject_cast<QLineEdit *>(editor.inspector()->editorFor("page:slug"));
        QVERIFY(slug);
        slug->setText("/menu");
        emit slug->editingFinished();
        QCOMPARE(doc->page(menu)->slug, QString("/menu"));
        QVERIFY(editor.pageList()->item(1)->text().contains("/menu"));
        slug->setText("/Bad Address!");
        emit slug->editingFinished();
        QCOMPARE(doc->page(menu)->slug, QString("/menu"));
        QCOMPARE(slug->text(), QString("/menu"));
        auto *seo = qobject_cast<QLineEdit *>(editor.inspector()->editorFor("page:description"));
        seo->setText("Pasta and pizza, made fresh.");
        emit seo->editingFinished();
        auto stored = store.loadSite(siteId);
        QVERIFY(stored);
        QCOMPARE((*stored)->pageBySlug("/menu")->description,
                 QString("Pasta and pizza, made fresh."));

        // Undo the description: the form shows the old value again.
        doc->undoStack()->undo();
        seo = qobject_cast<QLineEdit *>(editor.inspector()->editorFor("page:description"));
        QCOMPARE(seo->text(), QString());

        // Delete the page; undo brings it back (in the cache too).
        editor.pageList()->setCurrentRow(1);
        editor.deleteCurrentPage();
        QVERIFY(!doc->page(menu));
        QCOMPARE(editor.pageList()->count(), pages + 1);
        QVERIFY(!editor.currentPageId().isEmpty());
        doc->undoStack()->undo();
        QVERIFY(doc->page(menu));
        stored = store.loadSite(siteId);
        QVERIFY((*stored)->page(menu));
    }

    // The Publish dialog's check: findings grouped by severity, "Go to block" selects the block,
    // errors disable Publish, warnings do not; fixing the error in the editor updates the list.
    void publishDialogChecksAndGoesToBlocks()
    {
        TestCache c;
        const QString siteId = c.site("Checked Bakery");
        ui::EditorWindow editor(*c.store, c.themes, siteId);
        QVERIFY2(editor.isReady(), qPrintable(editor.startupError()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        SiteDocument *doc = editor.document();
        const QString pageId = editor.currentPageId();
        QString heroId, navId;
        for (const QString &id : homeIds(*doc)) {
            if (doc->page(pageId)->block(id)->type == "Hero")
                heroId = id;
            if (doc->page(pageId)->block(id)->type == "Navbar")
                navId = id;
        }

        ui::PublishDialog *dialog = editor.openPublishDialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->isModal());
        const auto brokenLinks = [&] {
            int n = 0;
            for (const PublishFinding &f : dialog->report().findings)
                n += f.kind == PublishFinding::Kind::BrokenLink;
            return n;
        };
        // A new site's starter content links only to what exists.
        QCOMPARE(brokenLinks(), 0);
        // A menu link to a page the site lacks: a warning, Publish stays enabled.
        auto link = doc->makeSetProp(pageId, navId, "links[0].href", QCborValue("/nowhere"));
        QVERIFY2(link, SS_WHY(link));
        QVERIFY(doc->perform(*link));
        dialog->runCheck();
        QCOMPARE(brokenLinks(), 1);
        QVERIFY(dialog->report().warningCount() > 0);
        QCOMPARE(dialog->report().errorCount(), 0);
        QVERIFY(dialog->publishButton()->isEnabled());
        QVERIFY(dialog->findingsView()->topLevelItemCount() > dialog->report().warningCount());

        // Go to block on a warning selects that block in the editor.
        int navLink = -1;
        for (int i = 0; i < dialog->report().findings.size(); ++i)
            if (dialog->report().findings.at(i).blockId == navId)
                navLink = i;
        QVERIFY(navLink >= 0);
        QSignalSpy goTo(dialog, &ui::PublishDialog::goToRequested);
        dialog->goToFinding(navLink);
        QCOMPARE(goTo.size(), 1);
        QCOMPARE(editor.selectedBlockIds(), QStringList{navId});

        // An invalid value: an error that blocks, listed first; Go to block finds it.
        auto bad = doc->makeSetProp(pageId, heroId, "padding", QCborValue("huge"));
        QVERIFY(bad && doc->perform(*bad));
        dialog->runCheck();
        QCOMPARE(dialog->report().errorCount(), 1);
        QVERIFY(!dialog->publishButton()->isEnabled());
        const PublishFinding first = dialog->report().findings.first();
        QCOMPARE(first.severity, PublishFinding::Severity::Error);
        QCOMPARE(first.blockId, heroId);
        QCOMPARE(first.propPath, QString("padding"));
        // The first finding row (after the group header) is the error; double-click goes there.
        QTreeWidgetItem *row = dialog->findingsView()->topLevelItem(1);
        QVERIFY(row);
        emit dialog->findingsView()->itemActivated(row, 0);
        QCOMPARE(editor.selectedBlockIds(), QStringList{heroId});
        QTRY_COMPARE(editor.inspector()->blockId(), heroId);
        QWidget *padding = editor.inspector()->editorFor("padding");
        QVERIFY(padding);
        QTRY_VERIFY(padding->hasFocus() || padding->isAncestorOf(QApplication::focusWidget()));
        QSignalSpy failed(&editor, &ui::EditorWindow::publishFailed);
        QVERIFY(!editor.publish());
        QCOMPARE(failed.size(), 1);
        QVERIFY(dialog->resultLabel()->isVisible());
        QVERIFY2(dialog->resultLabel()->text().contains("Fix the errors"),
                 qPrintable(dialog->resultLabel()->text()));
        dialog->grab().save(QDir::temp().filePath("publish-dialog-blocked.png"));

        // Undo in the editor: the list follows (debounced) and Publish is enabled again.
        doc->undoStack()->undo();
        QTRY_VERIFY(dialog->publishButton()->isEnabled());
        QCOMPARE(dialog->report().errorCount(), 0);
        // Without a sync service (no site manager) the publish says so.
        QVERIFY(!editor.publish());
        QVERIFY2(failed.last().first().toString().contains("sync service"),
                 qPrintable(failed.last().first().toString()));
        dialog->grab().save(QDir::temp().filePath("publish-dialog-check.png"));

        // The toast: shows, then fades out by itself.
        editor.toast()->showMessage("Published", 50);
        QVERIFY(editor.toast()->isShowing());
        QTRY_VERIFY_WITH_TIMEOUT(!editor.toast()->isVisible(), 5000);
    }

    // A publish that cannot go out says why and what to do: not signed in, then offline.
    void publishErrorsSayWhatToDo()
    {
        qputenv("SITESTUDIO_NO_KEYCHAIN", "1");
        TestCache c;
        const QString siteId = c.site("Offline Bakery");
        // A profile whose server does not answer (port 9 is closed), without a login yet.
        QVERIFY(c.cache->exec("INSERT INTO profiles (id, name, server_url, created_at) VALUES "
                              "('pid', 'default', 'http://127.0.0.1:9', 'now')"));
        sync::SyncService service(c.dir.path());
        ui::EditorWindow editor(*c.store, c.themes, siteId);
        QVERIFY(editor.isReady());
        editor.setSyncService(&service);
        editor.show();
        QSignalSpy failed(&editor, &ui::EditorWindow::publishFailed);
        QVERIFY(editor.publish());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        ui::PublishDialog *dialog = editor.publishDialog();
        QVERIFY2(failed.last().first().toString().contains("not signed in"),
                 qPrintable(failed.last().first().toString()));
        QVERIFY2(dialog->resultLabel()->text().contains("Sign in"),
                 qPrintable(dialog->resultLabel()->text()));
        QCOMPARE(dialog->stepState(ui::PublishDialog::Step::SyncingEdits),
                 ui::PublishDialog::StepState::Failed);
        QVERIFY(dialog->publishButton()->isEnabled()); // try again after signing in
        QVERIFY(dialog->signInButton()->isVisible());

        QVERIFY(sync::CredentialStore(c.dir.path()).save("pid", "a-token"));
        QVERIFY(editor.publish());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 60000);
        QVERIFY2(failed.last().first().toString().contains("offline"),
                 qPrintable(failed.last().first().toString()));
        QVERIFY2(dialog->resultLabel()->text().contains("queued and goes out when the connection "
                                                        "is back"),
                 qPrintable(dialog->resultLabel()->text()));
        auto pending = c.store->publishPending(siteId);
        QVERIFY(pending && *pending); // still queued, once
        auto rows = c.cache->exec("SELECT COUNT(*) FROM outbox WHERE op_json LIKE '%\"publish\"%'");
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->value(0).toInt(), 1);
        QVERIFY2(editor.windowTitle().contains("offline"), qPrintable(editor.windowTitle()));
        QVERIFY(!dialog->signInButton()->isVisible()); // signed in: offline is another matter
        dialog->grab().save(QDir::temp().filePath("publish-dialog-offline.png"));
    }

    // Publishing a site nobody has signed in for: the Publish dialog offers Sign In…, creating
    // the account there signs in, and the publish goes on by itself to the live address.
    void publishSignsInAndGoesOn()
    {
        qputenv("SITESTUDIO_NO_KEYCHAIN", "1");
        TestServer server;
        QVERIFY(server.start());
        TestCache c;
        const QString siteId = c.site("Fresh Start");
        sync::SyncService service(c.dir.path());
        ui::EditorWindow editor(*c.store, c.themes, siteId);
        QVERIFY(editor.isReady());
        editor.setSyncService(&service);
        editor.show();
        QSignalSpy failed(&editor, &ui::EditorWindow::publishFailed);
        QSignalSpy published(&editor, &ui::EditorWindow::published);
        QVERIFY(!editor.publish()); // no connection at all: refused at once, with a way out
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        ui::PublishDialog *dialog = editor.publishDialog();
        QVERIFY(dialog->signInButton()->isVisible());
        dialog->grab().save(QDir::temp().filePath("publish-dialog-sign-in.png"));
        dialog->signInButton()->click();
        ui::SignInDialog *signIn = dialog->findChild<ui::SignInDialog *>();
        QVERIFY(signIn);
        QVERIFY(signIn->isVisible());
        signIn->serverEdit()->setText(server.url);
        signIn->emailEdit()->setText("fresh@example.com");
        signIn->passwordEdit()->setText("correct horse battery staple");
        signIn->createAccountBox()->setChecked(true);
        signIn->signIn();
        QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 60000);
        const QString url = published.last().first().toString();
        QCOMPARE(url, QString("http://fresh-start.localhost:%1/").arg(server.port));
        QVERIFY(!signIn->isVisible());
        QVERIFY(!dialog->signInButton()->isVisible());
        QCOMPARE(dialog->stepState(ui::PublishDialog::Step::Live),
                 ui::PublishDialog::StepState::Done);
        // The page is served at that address.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(server.port));
        QVERIFY(socket.waitForConnected(5000));
        socket.write(QStringLiteral("GET / HTTP/1.1\r\nHost: fresh-start.localhost:%1\r\n"
                                    "Connection: close\r\n\r\n")
                         .arg(server.port)
                         .toUtf8());
        QByteArray answer;
        while (socket.waitForReadyRead(5000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200") && answer.contains("Fresh Start"),
                 answer.left(300).constData());
    }

    // One-click publish against the real sitehostd: validation errors block it; otherwise the
    // edits and the publish go out and the page is live at the site's address.
    void publishAgainstARealServer()
    {
        qputenv("SITESTUDIO_NO_KEYCHAIN", "1"); // the token goes to a 0600 file
        QTemporaryDir dir;
        QTemporaryDir hostDir;
        QProcess hostd;
        hostd.start(qEnvironmentVariable("SS_SITEHOSTD"), {"--data-dir", hostDir.path(), "--listen",
                                                           "127.0.0.1:0", "--access-log", "off"});
        QVERIFY(hostd.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return hostd.canReadLine(); }, 20000));
        const QString banner = QString::fromUtf8(hostd.readLine());
        const QRegularExpressionMatch m =
            QRegularExpression("listening on (http://127\\.0\\.0\\.1:(\\d+))").match(banner);
        QVERIFY2(m.hasMatch(), qPrintable(banner));
        const QString server = m.captured(1);
        const int port = m.captured(2).toInt();
        QProcess login;
        login.start(qEnvironmentVariable("SS_CLI"),
                    {"--data-dir", dir.path(), "login", "--server", server, "--email",
                     "publisher@example.com", "--password-stdin", "--register"});
        login.write("correct horse battery staple\n");
        login.closeWriteChannel();
        QVERIFY(login.waitForFinished(60000));
        QVERIFY2(login.exitCode() == 0, login.readAllStandardError().constData());

        ui::MainWindow main(dir.path());
        QVERIFY(main.isReady());
        QString siteId;
        {
            auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
            SiteStore store(**cache);
            ThemeRegistry themes;
            auto created = store.createSite({"Live Bakery", "store", true},
                                            (*themes.theme("studio"))->manifest());
            QVERIFY2(created, SS_WHY(created));
            siteId = created->id;
        }
        main.reload();
        ui::EditorWindow *editor = main.openSite(siteId);
        QVERIFY(editor);
        SiteDocument *doc = editor->document();
        const QString pageId = editor->currentPageId();
        QString heroId;
        for (const QString &id : homeIds(*doc))
            if (doc->page(pageId)->block(id)->type == "Hero")
                heroId = id;
        QSignalSpy published(editor, &ui::EditorWindow::published);
        QSignalSpy failed(editor, &ui::EditorWindow::publishFailed);

        // A validation error blocks the publish and says so.
        auto bad = doc->makeSetProp(pageId, heroId, "padding", QCborValue("huge"));
        QVERIFY(bad && doc->perform(*bad));
        QVERIFY(!editor->publish());
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains("validation"),
                 qPrintable(failed.first().first().toString()));
        doc->undoStack()->undo();

        // The dialog showed the error and kept Publish disabled.
        ui::PublishDialog *dialog = editor->publishDialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->publishButton()->isEnabled());
        QTRY_VERIFY(dialog->publishButton()->isEnabled()); // after the undo

        auto op = doc->makeSetProp(pageId, heroId, "title", QCborValue("Live in seconds"));
        QVERIFY(op && doc->perform(*op));
        using Step = ui::PublishDialog::Step;
        using State = ui::PublishDialog::StepState;
        QVERIFY(editor->publish());
        QCOMPARE(dialog->stepState(Step::Saved), State::Done);
        QCOMPARE(dialog->stepState(Step::SyncingEdits), State::Running);
        QVERIFY(!dialog->publishButton()->isEnabled()); // not twice at once
        QVERIFY(QTest::qWaitFor([&] { return !published.isEmpty() || failed.size() > 1; }, 60000));
        QVERIFY2(!published.isEmpty(),
                 failed.size() > 1 ? qPrintable(failed.last().first().toString()) : "");
        const QUrl url(published.first().first().toString());
        QCOMPARE(url.port(), port);
        QTRY_VERIFY2(editor->windowTitle().contains("synced"), qPrintable(editor->windowTitle()));
        QVERIFY2(!editor->windowTitle().contains("not synced"), qPrintable(editor->windowTitle()));
        QVERIFY(url.host().endsWith(".localhost"));
        for (int s = 0; s <= int(Step::Live); ++s)
            QCOMPARE(dialog->stepState(Step(s)), State::Done);
        QCOMPARE(dialog->progressBar()->value(), 100);
        // The sync's steps came through: the asset step ran (nothing to upload) before publishing.
        QVERIFY2(dialog->stepText(Step::UploadingAssets).contains("nothing new"),
                 qPrintable(dialog->stepText(Step::UploadingAssets)));
        QVERIFY2(dialog->stepText(Step::Live).contains(url.host()),
                 qPrintable(dialog->stepText(Step::Live)));
        QCOMPARE(dialog->liveUrl(), url.toString());
        QVERIFY(dialog->resultLabel()->isVisible());
        QVERIFY2(dialog->resultLabel()->text().contains(QString("href=\"%1\"").arg(url.toString())),
                 qPrintable(dialog->resultLabel()->text()));
        QVERIFY(editor->liveUrl() == url.toString());
        QVERIFY(editor->toast()->isShowing());
        QVERIFY(editor->toast()->text().contains(url.host()));
        dialog->grab().save(QDir::temp().filePath("publish-dialog-live.png"));

        // The live page, asked for by its address.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(port));
        QVERIFY(socket.waitForConnected(10000));
        socket.write(QStringLiteral("GET / HTTP/1.1\r\nHost: %1:%2\r\nConnection: close\r\n\r\n")
                         .arg(url.host())
                         .arg(port)
                         .toUtf8());
        QByteArray reply;
        while (socket.waitForReadyRead(10000))
            reply += socket.readAll();
        QVERIFY2(reply.startsWith("HTTP/1.1 200"), reply.left(200).constData());
        QVERIFY(reply.contains("Live in seconds"));
        hostd.terminate();
        hostd.waitForFinished(15000);
    }

    // Site ▸ Export Static Site: the whole site as static HTML, all or nothing.
    void exportWritesTheStaticSite()
    {
        TestCache c;
        ui::EditorWindow editor(*c.store, c.themes, c.site("Export Bakery"));
        QVERIFY(editor.isReady());
        QTemporaryDir out;
        const QString target = out.path() + "/site";
        QCOMPARE(editor.exportSite(target), QString());
        QVERIFY(QFile::exists(target + "/index.html"));
        QVERIFY(ss::test::readFile(target + "/index.html").contains("Export Bakery"));
        // A folder with other files in it is refused and left alone.
        const QString foreign = out.path() + "/mine";
        QVERIFY(QDir().mkpath(foreign));
        QFile keep(foreign + "/notes.txt");
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("mine");
        keep.close();
        const QString error = editor.exportSite(foreign);
        QVERIFY2(error.startsWith("Not exported"), qPrintable(error));
        QCOMPARE(QDir(foreign).entryList(QDir::Files), QStringList{"notes.txt"});
    }

    void pagesSwitchTheOutline()
    {
        TestCache c;
        SiteStore &store = *c.store;
        ThemeRegistry &themes = c.themes;
        const QString siteId = c.site("Harbor Cafe", "restaurant", "harbor");
        auto doc = store.loadSite(siteId);
        QVERIFY(doc);
        auto add = (*doc)->makeAddPage("/menu", "Menu", QCborMap());
        QVERIFY(add && (*doc)->perform(*add));
        doc->reset();

        ui::EditorWindow editor(store, themes, siteId);
        QVERIFY(editor.isReady());
        QCOMPARE(editor.pageList()->count(), 2);
        QVERIFY(editor.outline()->rowCount() > 0);
        editor.pageList()->setCurrentRow(1);
        QCOMPARE(editor.currentPageId(), editor.document()->pageBySlug("/menu")->id);
        QCOMPARE(editor.outline()->rowCount(),
                 editor.document()->pageBySlug("/menu")->content
                     ? int(editor.document()->pageBySlug("/menu")->content->children.size())
                     : 0);
        // Nothing selected: the inspector edits the page's root props.
        QCOMPARE(editor.inspector()->blockId(), QString("root"));
        QVERIFY(editor.inspector()->editorFor("title"));
    }
};

int main(int argc, char **argv)
{
    ui::PreviewView::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_EditorWindow t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_editorwindow.moc"
