#include "editorwindow.h"
#include "localcache.h"
#include "outlinemodel.h"
#include "page.h"
#include "previewview.h"
#include "sitedocument.h"
#include "sitestore.h"
#include "testcache.h"
#include "testutil.h"
#include "testweb.h"
#include "themepackage.h"

#include <QApplication>
#include <QCborArray>
#include <QCborMap>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace ss;

namespace {

// A local cache in a temporary folder with one starter site (navbar, hero, footer) open in an
// editor window whose canvas has loaded.
struct Fixture : TestCache
{
    QString siteId;
    std::unique_ptr<ui::EditorWindow> editor;

    Fixture()
    {
        siteId = site(QStringLiteral("Canvas"));
        editor = std::make_unique<ui::EditorWindow>(*store, themes, siteId);
        editor->resize(1400, 900);
        editor->show();
    }
    ui::PreviewView *preview() const { return editor->preview(); }
    SiteDocument *doc() const { return editor->document(); }
    QString pageId() const { return editor->currentPageId(); }
    const Page *page() const { return doc()->page(pageId()); }

    QVariant js(const QString &code) const
    {
        return runJs(preview(), code, QStringLiteral("<no answer>"));
    }
    // The page loaded and its canvas script ready.
    bool ready() const
    {
        return QTest::qWaitFor(
            [&] {
                return preview()->isLoaded() &&
                       js(QStringLiteral("typeof window.ssDropBlock === 'function'")).toBool();
            },
            30000);
    }
    bool barShown() const
    {
        return js(QStringLiteral("document.getElementById('ss-actionbar').style.display")) ==
               QStringLiteral("block");
    }
    QVariant clickBar(const QString &action) const
    {
        return js(QStringLiteral("(function(){var b=document.getElementById('ss-actionbar')"
                                 ".shadowRoot.querySelector('[data-action=%1]');"
                                 "if(!b||b.disabled)return false;b.click();return true})()")
                      .arg(action));
    }
    QStringList topIds() const
    {
        QStringList ids;
        for (const auto &b : page()->content->children)
            ids << b->id;
        return ids;
    }
    QString firstOfType(const QString &type) const
    {
        for (const auto &b : page()->content->children)
            if (b->type == type)
                return b->id;
        return {};
    }
    QString prop(const QString &blockId, const QString &key) const
    {
        const Block *b = page()->block(blockId);
        return b ? b->props.value(key).toString() : QStringLiteral("<no block>");
    }
    // A point (CSS px = view px at zoom 100 %) inside an element, after scrolling it into view;
    // `fy` is the fraction of its height from the top.
    QPoint pointIn(const QString &selector, double fy = 0.5) const
    {
        const QVariantList xy =
            js(QStringLiteral("(function(){var e=document.querySelector(%1);"
                              "e.scrollIntoView({block:'center'});var r=e.getBoundingClientRect();"
                              "return [r.left+r.width/2, r.top+r.height*%2]})()")
                   .arg(QStringLiteral("'") + selector + QStringLiteral("'"))
                   .arg(fy))
                .toList();
        return xy.size() == 2 ? QPoint(int(xy[0].toDouble()), int(xy[1].toDouble())) : QPoint();
    }
    // Inserts a new block (theme defaults) and waits for the canvas to show it.
    QString insert(const QString &type, const AreaRef &area, qsizetype index)
    {
        auto op = doc()->makeInsertNew(pageId(), area, index, type,
                                       (*themes.theme(QStringLiteral("studio")))->manifest());
        if (!op || !doc()->perform(*op))
            return {};
        return op->blockId;
    }
};

QString blockSel(const QString &id)
{
    return QStringLiteral("[data-ss-id=\"%1\"]").arg(id);
}

QMimeData *componentMime(const QString &type)
{
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(ui::OutlineModel::ComponentMimeType), type.toUtf8());
    return mime;
}

} // namespace

// The canvas: action bar, inline text editing and drag and drop, with the real WebEngine page.
class tst_Canvas : public QObject
{
    Q_OBJECT
private slots:
    void actionBar()
    {
        Fixture f;
        QVERIFY(f.editor->isReady());
        QVERIFY(f.ready());
        const QString heroId = f.firstOfType("Hero");
        QVERIFY(!heroId.isEmpty());
        QUndoStack *undo = f.doc()->undoStack();

        // Nothing selected (the page's settings): no bar.
        QVERIFY(!f.barShown());
        f.editor->selectBlock(heroId);
        QTRY_VERIFY_WITH_TIMEOUT(f.barShown(), 10000);
        QCOMPARE(f.js("document.getElementById('ss-actionbar').shadowRoot"
                      ".querySelector('.label').textContent")
                     .toString(),
                 QString("Hero"));
        // A top-level block has no parent to select.
        QCOMPARE(f.clickBar("selectParent"), QVariant(false));

        // Move up: one undo step.
        const QStringList before = f.topIds();
        const qsizetype at = before.indexOf(heroId);
        QVERIFY(at > 0);
        QVERIFY(f.clickBar("moveUp").toBool());
        QTRY_COMPARE_WITH_TIMEOUT(f.topIds().indexOf(heroId), at - 1, 10000);
        undo->undo();
        QCOMPARE(f.topIds(), before);

        // Move down.
        QVERIFY(f.ready());
        f.editor->selectBlock(heroId);
        QTRY_VERIFY_WITH_TIMEOUT(f.barShown(), 10000);
        QVERIFY(f.clickBar("moveDown").toBool());
        QTRY_COMPARE_WITH_TIMEOUT(f.topIds().indexOf(heroId), at + 1, 10000);
        undo->undo();
        QCOMPARE(f.topIds(), before);

        // Duplicate: the copy follows and is selected.
        QVERIFY(f.ready());
        f.editor->selectBlock(heroId);
        QTRY_VERIFY_WITH_TIMEOUT(f.barShown(), 10000);
        QVERIFY(f.clickBar("duplicate").toBool());
        QTRY_COMPARE_WITH_TIMEOUT(f.topIds().size(), before.size() + 1, 10000);
        QCOMPARE(f.page()->block(f.topIds().at(at + 1))->type, QString("Hero"));
        QCOMPARE(f.editor->selectedBlockIds(), QStringList{f.topIds().at(at + 1)});
        undo->undo();
        QCOMPARE(f.topIds(), before);

        // Delete.
        QVERIFY(f.ready());
        f.editor->selectBlock(heroId);
        QTRY_VERIFY_WITH_TIMEOUT(f.barShown(), 10000);
        QVERIFY(f.clickBar("remove").toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!f.page()->block(heroId), 10000);
        undo->undo();
        QCOMPARE(f.topIds(), before);

        // Select parent: a heading inside a grid selects the grid.
        const QString gridId = f.insert("Grid", AreaRef{}, 1);
        QVERIFY(!gridId.isEmpty());
        const QString headingId = f.insert("Heading", AreaRef{gridId, "items"}, 0);
        QVERIFY(!headingId.isEmpty());
        QVERIFY(f.ready());
        QTRY_VERIFY_WITH_TIMEOUT(f.js(QString("!!ssFind('%1')").arg(headingId)).toBool(), 10000);
        f.editor->selectBlock(headingId);
        QTRY_VERIFY_WITH_TIMEOUT(f.barShown(), 10000);
        QCOMPARE(f.editor->selectedBlockIds(), QStringList{headingId});
        QVERIFY(f.clickBar("selectParent").toBool());
        QTRY_COMPARE_WITH_TIMEOUT(f.editor->selectedBlockIds(), QStringList{gridId}, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(f.js("document.getElementById('ss-actionbar').shadowRoot"
                                       ".querySelector('.label').textContent")
                                      .toString(),
                                  QString("Grid"), 10000);

        // Back to the page's settings: the bar goes.
        f.editor->outlineView()->clearSelection();
        QTRY_VERIFY_WITH_TIMEOUT(!f.barShown(), 10000);
    }

    void inlineTextEditing()
    {
        Fixture f;
        QVERIFY(f.ready());
        const QString heroId = f.firstOfType("Hero");
        const QString original = f.prop(heroId, "title");
        QVERIFY(!original.isEmpty());
        const QString field =
            QString("ssFind('%1').querySelector('[data-ss-field=\"title\"]')").arg(heroId);
        QVERIFY2(f.js(field + ".textContent").toString() == original,
                 qPrintable(f.js(field + " && " + field + ".outerHTML").toString()));
        // Rich text (Markdown) is not editable in place: no marks inside it.
        QVERIFY(f.js(QString("ssFind('%1').querySelector('.st-hero__desc [data-ss-field]')"
                             " === null")
                         .arg(heroId))
                    .toBool());

        QUndoStack *undo = f.doc()->undoStack();
        const int steps = undo->count();
        const int loads = f.preview()->fullLoads();
        const int patches = f.preview()->patches();
        f.js(field + ".dispatchEvent(new MouseEvent('dblclick', {bubbles: true}))");
        QCOMPARE(f.js("ssEditing()").toString(), heroId + " title");
        QCOMPARE(f.js(field + ".getAttribute('contenteditable')").toString(),
                 QString("plaintext-only"));
        QCOMPARE(f.preview()->editingBlock(), QString()); // nothing typed yet
        QTRY_COMPARE_WITH_TIMEOUT(f.preview()->inlineEditingBlock(), heroId, 10000);
        // The editor's window-wide keys go to the text being edited (Ctrl+Z undoes typing).
        {
            QWidget *render = f.preview()->view()->focusProxy();
            QVERIFY(render);
            QKeyEvent override(QEvent::ShortcutOverride, Qt::Key_D, Qt::ControlModifier);
            override.ignore();
            QApplication::sendEvent(render, &override);
            QVERIFY(override.isAccepted());
        }

        // Typing: sent after a pause, one undo step for the whole session.
        f.js(field + ".textContent = 'Fresh loaves'; " + field +
             ".dispatchEvent(new InputEvent('input', {bubbles: true}))");
        QTRY_COMPARE_WITH_TIMEOUT(f.prop(heroId, "title"), QString("Fresh loaves"), 10000);
        f.js(field + ".textContent = 'Fresh loaves daily'; " + field +
             ".dispatchEvent(new InputEvent('input', {bubbles: true}))");
        QTRY_COMPARE_WITH_TIMEOUT(f.prop(heroId, "title"), QString("Fresh loaves daily"), 10000);
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(f.preview()->editingBlock(), heroId);
        // The edited element was not replaced under the caret.
        QCOMPARE(f.js(field + ".classList.contains('ss-editing')").toBool(), true);
        QCOMPARE(f.preview()->patches(), patches);

        // Enter ends a single-line edit; the block is patched, the page not reloaded.
        f.js(field + ".dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}))");
        QCOMPARE(f.js("ssEditing()").toString(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(f.preview()->patches() > patches, 10000);
        QCOMPARE(f.preview()->fullLoads(), loads);
        QCOMPARE(f.preview()->editingBlock(), QString());
        QCOMPARE(f.preview()->inlineEditingBlock(), QString());
        QCOMPARE(f.js(field + ".textContent").toString(), QString("Fresh loaves daily"));
        QVERIFY(f.js(field + ".getAttribute('contenteditable') === null").toBool());
        QCOMPARE(undo->count(), steps + 1);
        // Stored at once.
        {
            auto stored = f.store->loadSite(f.siteId);
            QVERIFY2(stored, SS_WHY(stored));
            QCOMPARE((*stored)->pageBySlug("/")->block(heroId)->props.value("title").toString(),
                     QString("Fresh loaves daily"));
        }

        // Escape restores the value from before the session and leaves no undo step.
        f.js(field + ".dispatchEvent(new MouseEvent('dblclick', {bubbles: true}))");
        QCOMPARE(f.js("ssEditing()").toString(), heroId + " title");
        f.js(field + ".textContent = 'Oops'; " + field +
             ".dispatchEvent(new InputEvent('input', {bubbles: true}))");
        QTRY_COMPARE_WITH_TIMEOUT(f.prop(heroId, "title"), QString("Oops"), 10000);
        QCOMPARE(undo->count(), steps + 2);
        f.js(field +
             ".dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}))");
        QCOMPARE(f.js("ssEditing()").toString(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(f.prop(heroId, "title"), QString("Fresh loaves daily"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(f.js(field + ".textContent").toString(),
                                  QString("Fresh loaves daily"), 10000);
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(f.preview()->fullLoads(), loads);

        // One undo takes the whole typing session back.
        undo->undo();
        QCOMPARE(f.prop(heroId, "title"), original);
        QTRY_COMPARE_WITH_TIMEOUT(f.js(field + ".textContent").toString(), original, 10000);

        // A text inside an array item (the first button's label).
        const QString label =
            QString("ssFind('%1').querySelector('[data-ss-field=\"buttons[0].label\"]')")
                .arg(heroId);
        QVERIFY(f.js(label + " !== null").toBool());
        f.js(label + ".dispatchEvent(new MouseEvent('dblclick', {bubbles: true}))");
        f.js(label + ".textContent = 'Order now'; " + label +
             ".dispatchEvent(new InputEvent('input', {bubbles: true}))");
        f.js("ssEndEdit(false)");
        QTRY_COMPARE_WITH_TIMEOUT(f.page()
                                      ->block(heroId)
                                      ->props.value("buttons")
                                      .toArray()
                                      .at(0)
                                      .toMap()
                                      .value(QString("label"))
                                      .toString(),
                                  QString("Order now"), 10000);
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(f.preview()->fullLoads(), loads);
    }

    void paletteDrop()
    {
        Fixture f;
        QVERIFY(f.ready());
        const QString heroId = f.firstOfType("Hero");
        const QString gridId = f.insert("Grid", AreaRef{}, f.topIds().indexOf(heroId) + 1);
        QVERIFY(!gridId.isEmpty());
        QVERIFY(!f.page()->findArea(gridId, "items") ||
                f.page()->findArea(gridId, "items")->children.empty());
        QVERIFY(f.ready());
        QSignalSpy targets(f.preview(), &ui::PreviewView::dropTargetChanged);
        const QString slotSel = blockSel(gridId) + " [data-ss-area]";

        // Empty slots open up while something is dragged over the page.
        std::unique_ptr<QMimeData> hero(componentMime("Hero"));
        QCOMPARE(f.js(QString("document.querySelector('%1').getBoundingClientRect().height")
                          .arg(slotSel))
                     .toInt(),
                 0);
        QVERIFY(f.preview()->dragOver(hero.get(), QPoint(10, 10)));
        QTRY_VERIFY_WITH_TIMEOUT(targets.size() >= 1, 10000);
        QVERIFY(f.js(QString("document.querySelector('%1').getBoundingClientRect().height")
                         .arg(slotSel))
                    .toInt() >= 40);
        targets.clear();

        // A Hero over the grid's slot: the slot disallows it, no line, no drop.
        QPoint p = f.pointIn(slotSel);
        QVERIFY(f.preview()->dragOver(hero.get(), p));
        QTRY_VERIFY_WITH_TIMEOUT(targets.size() >= 1, 10000);
        QCOMPARE(f.preview()->dropArea(), gridId + ":items");
        QVERIFY(!f.preview()->dropAccepted());
        QVERIFY(!f.js("ssDropShown()").toBool());
        const int steps = f.doc()->undoStack()->count();
        targets.clear();
        QVERIFY(f.preview()->drop(hero.get(), p));
        QTRY_VERIFY_WITH_TIMEOUT(targets.size() >= 1, 10000);
        QVERIFY(!targets.last().at(2).toBool());
        QCOMPARE(f.doc()->undoStack()->count(), steps);

        // A Heading there: accepted, the indicator shows, the drop inserts it into the slot.
        std::unique_ptr<QMimeData> heading(componentMime("Heading"));
        targets.clear();
        QVERIFY(f.preview()->dragOver(heading.get(), p));
        QTRY_VERIFY_WITH_TIMEOUT(targets.size() >= 1, 10000);
        QVERIFY(f.preview()->dropAccepted());
        QTRY_VERIFY_WITH_TIMEOUT(f.js("ssDropShown()").toBool(), 10000);
        QVERIFY(f.preview()->drop(heading.get(), p));
        QTRY_VERIFY_WITH_TIMEOUT(f.page()->findArea(gridId, "items") &&
                                     f.page()->findArea(gridId, "items")->children.size() == 1,
                                 10000);
        const QString inGrid = f.page()->findArea(gridId, "items")->children.front()->id;
        QCOMPARE(f.page()->block(inGrid)->type, QString("Heading"));
        QCOMPARE(f.editor->selectedBlockIds(), QStringList{inGrid});
        QCOMPARE(f.doc()->undoStack()->count(), steps + 1);
        QVERIFY(!f.js("ssDropShown()").toBool());

        // Between blocks: the upper part of the hero means "before the hero".
        QVERIFY(f.ready());
        const QStringList before = f.topIds();
        const qsizetype heroAt = before.indexOf(heroId);
        p = f.pointIn(blockSel(heroId), 0.1);
        QVERIFY(f.preview()->drop(heading.get(), p));
        QTRY_COMPARE_WITH_TIMEOUT(f.topIds().size(), before.size() + 1, 10000);
        QCOMPARE(f.page()->block(f.topIds().at(heroAt))->type, QString("Heading"));
        QCOMPARE(f.topIds().at(heroAt + 1), heroId);
        // One undo step.
        f.doc()->undoStack()->undo();
        QCOMPARE(f.topIds(), before);

        // The same through the view's own drag events (what a real drag delivers): they are
        // taken before Chromium sees them.
        QVERIFY(f.ready());
        QWidget *render = f.preview()->view()->focusProxy();
        if (!render && !f.preview()->view()->findChildren<QWidget *>().isEmpty())
            render = f.preview()->view()->findChildren<QWidget *>().first();
        QVERIFY(render);
        p = f.pointIn(blockSel(heroId), 0.1);
        const QPoint rp = render->mapFrom(f.preview()->view(), p);
        QDragEnterEvent enter(rp, Qt::CopyAction, heading.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(render, &enter);
        QVERIFY(enter.isAccepted());
        targets.clear();
        QTRY_VERIFY_WITH_TIMEOUT(targets.size() >= 1, 10000);
        QVERIFY(f.preview()->dropAccepted());
        QDragMoveEvent move(rp, Qt::CopyAction, heading.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(render, &move);
        QVERIFY(move.isAccepted());
        QDropEvent dropped(QPointF(rp), Qt::CopyAction, heading.get(), Qt::LeftButton,
                           Qt::NoModifier);
        QApplication::sendEvent(render, &dropped);
        QVERIFY(dropped.isAccepted());
        QTRY_COMPARE_WITH_TIMEOUT(f.topIds().size(), before.size() + 1, 10000);
        QCOMPARE(f.page()->block(f.topIds().at(heroAt))->type, QString("Heading"));
        f.doc()->undoStack()->undo();
        QCOMPARE(f.topIds(), before);

        // Other payloads are left to the page.
        QMimeData text;
        text.setText("hello");
        QVERIFY(!f.preview()->dragOver(&text, p));
        QVERIFY(!f.preview()->drop(&text, p));
    }

    void canvasMove()
    {
        Fixture f;
        QVERIFY(f.ready());
        const QStringList before = f.topIds();
        const QString heroId = f.firstOfType("Hero");
        const QString navId = before.first();
        QVERIFY(heroId != navId);
        const QString gridId = f.insert("Grid", AreaRef{}, before.size());
        QVERIFY(f.ready());
        QVERIFY(f.js(QString("!!ssFind('%1')").arg(gridId)).toBool());

        // The hero dropped on the grid's slot: refused (the slot disallows Hero). Empty slots
        // open up while a block is dragged.
        f.js("document.documentElement.classList.add('ss-drag-active')");
        QPoint p = f.pointIn(blockSel(gridId) + " [data-ss-area]");
        const int steps = f.doc()->undoStack()->count();
        f.js("window.ssLastDrop = undefined");
        const QVariantMap refused =
            f.js(QString("ssDropBlock('%1', %2, %3)").arg(heroId).arg(p.x()).arg(p.y())).toMap();
        QCOMPARE(refused.value("area").toString(), gridId + ":items");
        QTRY_VERIFY_WITH_TIMEOUT(f.js("window.ssLastDrop === false").toBool(), 10000);
        QCOMPARE(f.doc()->undoStack()->count(), steps);
        QVERIFY(f.page()->block(heroId)->parent == f.page()->content.get());

        // Dropped on the top of the first block: moved to the front, one undo step.
        p = f.pointIn(blockSel(navId), 0.1);
        const QVariantMap target =
            f.js(QString("ssDropBlock('%1', %2, %3)").arg(heroId).arg(p.x()).arg(p.y())).toMap();
        QCOMPARE(target.value("area").toString(), QString("root:default-zone"));
        QCOMPARE(target.value("index").toInt(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(f.topIds().first(), heroId, 10000);
        QCOMPARE(f.doc()->undoStack()->count(), steps + 1);
        QCOMPARE(f.editor->selectedBlockIds(), QStringList{heroId});
        f.doc()->undoStack()->undo();
        QCOMPARE(f.topIds().mid(0, before.size()), before);

        // The same with the HTML5 drag events the action bar's grip starts (synthetic here).
        QVERIFY(f.ready());
        f.editor->selectBlock(heroId);
        QTRY_VERIFY_WITH_TIMEOUT(f.barShown(), 10000);
        p = f.pointIn(blockSel(navId), 0.1);
        const QString start =
            "window.ssTestDt = new DataTransfer();"
            "document.getElementById('ss-actionbar').shadowRoot.querySelector('.grip')"
            ".dispatchEvent(new DragEvent('dragstart', {bubbles: true, cancelable: true,"
            " dataTransfer: ssTestDt})); true";
        QVERIFY(f.js(start).toBool());
        QVERIFY(
            f.js(QString("ssFind('%1').classList.contains('ss-dragging')").arg(heroId)).toBool());
        const QString over = QString("!document.elementFromPoint(%1, %2).dispatchEvent("
                                     "new DragEvent('dragover', {bubbles: true, cancelable: true,"
                                     " clientX: %1, clientY: %2, dataTransfer: ssTestDt}))")
                                 .arg(p.x())
                                 .arg(p.y());
        // The first dragover asks C++ about the slot; once answered the drop is allowed there.
        QTRY_VERIFY_WITH_TIMEOUT(f.js(over).toBool(), 10000);
        QVERIFY(f.js("ssDropShown()").toBool());
        f.js(QString("document.elementFromPoint(%1, %2).dispatchEvent(new DragEvent('drop',"
                     " {bubbles: true, cancelable: true, clientX: %1, clientY: %2,"
                     " dataTransfer: ssTestDt}))")
                 .arg(p.x())
                 .arg(p.y()));
        QTRY_COMPARE_WITH_TIMEOUT(f.topIds().first(), heroId, 10000);
        QCOMPARE(f.doc()->undoStack()->count(), steps + 1);
        f.doc()->undoStack()->undo();
        QCOMPARE(f.topIds().mid(0, before.size()), before);

        // A block may not move into itself.
        QVERIFY(f.ready());
        const QString headingId = f.insert("Heading", AreaRef{gridId, "items"}, 0);
        QVERIFY(f.ready());
        QVERIFY(f.js(QString("!!ssFind('%1')").arg(headingId)).toBool());
        p = f.pointIn(blockSel(headingId));
        f.js("window.ssLastDrop = undefined");
        f.js(QString("ssDropBlock('%1', %2, %3)").arg(gridId).arg(p.x()).arg(p.y()));
        QTRY_VERIFY_WITH_TIMEOUT(f.js("window.ssLastDrop !== undefined").toBool(), 10000);
        QCOMPARE(f.page()->block(gridId)->parent, f.page()->content.get());
    }

    void readOnlyPreview()
    {
        // A preview that is not the editor's canvas (revision history) shows production HTML
        // and edits nothing: no marks, no action bar, no drops.
        Fixture f;
        QVERIFY(f.ready());
        ui::PreviewView view(f.doc(), *f.themes.theme("studio"), {});
        QVERIFY(!view.isEditable());
        view.resize(1000, 700);
        view.show();
        view.setPage(f.pageId());
        QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded(), 30000);
        const auto js = [&](const QString &code) { return runJs(&view, code); };
        QTRY_VERIFY_WITH_TIMEOUT(js("typeof window.ssDropBlock === 'function'").toBool(), 10000);
        const QString heroId = f.firstOfType("Hero");
        QVERIFY(js(QString("!!ssFind('%1')").arg(heroId)).toBool());
        QVERIFY(js("document.querySelector('[data-ss-field]') === null").toBool());
        view.setSelectedBlock(heroId);
        QTRY_VERIFY_WITH_TIMEOUT(
            js(QString("ssFind('%1').classList.contains('ss-selected')").arg(heroId)).toBool(),
            10000);
        QVERIFY(js("document.getElementById('ss-actionbar').style.display") != QString("block"));
        std::unique_ptr<QMimeData> heading(componentMime("Heading"));
        QVERIFY(!view.dragOver(heading.get(), QPoint(100, 100)));
        QVERIFY(!view.drop(heading.get(), QPoint(100, 100)));
        // The editor's own canvas is editable and marked.
        QVERIFY(f.preview()->isEditable());
        QVERIFY(f.js("document.querySelector('[data-ss-field]') !== null").toBool());
    }

    // Not a check: pictures of the canvas for a look (SS_SHOTS=<dir>).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SS_SHOTS");
        if (dir.isEmpty())
            QSKIP("SS_SHOTS not set");
        Fixture f;
        QVERIFY(f.ready());
        const QString heroId = f.firstOfType("Hero");
        const QString gridId = f.insert("Grid", AreaRef{}, f.topIds().indexOf(heroId) + 1);
        QVERIFY(f.ready());
        f.editor->selectBlock(heroId);
        QTRY_VERIFY_WITH_TIMEOUT(f.barShown(), 10000);
        const QString field =
            QString("ssFind('%1').querySelector('[data-ss-field=\"title\"]')").arg(heroId);
        f.js(field + ".dispatchEvent(new MouseEvent('dblclick', {bubbles: true}))");
        f.js("window.scrollTo(0, 0)");
        QTest::qWait(800);
        f.editor->grab().save(dir + "/canvas-editing.png");
        f.js(field +
             ".dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}))");
        std::unique_ptr<QMimeData> heading(componentMime("Heading"));
        f.preview()->dragOver(heading.get(), f.pointIn(blockSel(gridId) + " [data-ss-area]"));
        QTRY_VERIFY_WITH_TIMEOUT(f.js("ssDropShown()").toBool(), 10000);
        QTest::qWait(500);
        f.editor->grab().save(dir + "/canvas-drop.png");
        f.preview()->dragLeave();
        f.preview()->dragOver(heading.get(), f.pointIn(blockSel(heroId), 0.97));
        QTRY_VERIFY_WITH_TIMEOUT(f.js("ssDropShown()").toBool(), 10000);
        QTest::qWait(300);
        f.editor->grab().save(dir + "/canvas-drop-line.png");
        f.preview()->dragLeave();
        const QString navId = f.topIds().first();
        f.editor->selectBlock(navId);
        f.js("window.scrollTo(0, 0)");
        QTest::qWait(500);
        f.editor->grab().save(dir + "/canvas-first-block.png");
    }
};

int main(int argc, char **argv)
{
    ui::PreviewView::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_Canvas t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_canvas.moc"
