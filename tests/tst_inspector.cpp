#include "arrayeditor.h"
#include "assetpicker.h"
#include "assetstore.h"
#include "inspector.h"
#include "localcache.h"
#include "page.h"
#include "richtexteditor.h"
#include "sitedocument.h"
#include "sitestore.h"
#include "testcache.h"
#include "testutil.h"
#include "themepackage.h"
#include "validator.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QCryptographicHash>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace ss;
using Control = ui::ArrayEditor::Control;

namespace {

// Lets deferred work run: the form is rebuilt after the slot of the button that changed it.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

// A local cache with one site (studio theme) and its document, a block of a chosen type on the
// home page, and an inspector showing it.
struct Fixture : TestCache
{
    std::unique_ptr<AssetStore> assets;
    std::shared_ptr<const ThemePackage> theme;
    ThemeManifest manifest;
    std::unique_ptr<SiteDocument> doc;
    QString pageId;

    Fixture()
    {
        assets = std::make_unique<AssetStore>(*cache, dir.path());
        theme = *themes.theme("studio");
        manifest = theme->manifest();
        auto created = store->createSite({"Inspect", "business", true}, manifest);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        auto loaded = store->loadSite(created->id);
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().toString()));
        doc = std::move(*loaded);
        pageId = doc->pageBySlug("/")->id;
    }
    QString add(const QString &type)
    {
        auto op = doc->makeInsertNew(pageId, AreaRef{}, 0, type, manifest);
        if (!op || !doc->perform(*op))
            qFatal("cannot insert %s", qPrintable(type));
        return doc->page(pageId)->content->children.front()->id;
    }
    QCborMap props(const QString &blockId) const
    {
        return doc->page(pageId)->block(blockId)->props;
    }
    QCborValue prop(const QString &blockId, const QString &path) const
    {
        return PropertyPath::parse(path)->get(QCborValue(props(blockId)));
    }
    std::unique_ptr<ui::Inspector> inspector(const QString &blockId)
    {
        auto insp = std::make_unique<ui::Inspector>(doc.get(), &manifest);
        insp->setAssets(assets.get(), [this](const QString &path) {
            auto file = theme->readFile(path);
            return file ? *file : QByteArray();
        });
        insp->resize(400, 900);
        insp->showBlock(pageId, blockId);
        return insp;
    }
    int undoCount() const { return doc->undoStack()->count(); }
};

} // namespace

class tst_Inspector : public QObject
{
    Q_OBJECT
private slots:
    void arrayAddRemoveMoveAreOneUndoStepEach()
    {
        Fixture f;
        const QString hero = f.add("Hero");
        auto insp = f.inspector(hero);
        ui::ArrayEditor *buttons = insp->arrayEditor("buttons");
        QVERIFY(buttons);
        const QCborArray before = f.prop(hero, "buttons").toArray();
        QCOMPARE(buttons->count(), before.size());
        QCOMPARE(buttons->summary(0), before.at(0).toMap().value("label").toString());

        // Add: the field's defaultItemProps at the end, one undo step.
        const int steps = f.undoCount();
        buttons->addButton()->click();
        settle();
        QCborArray now = f.prop(hero, "buttons").toArray();
        QCOMPARE(now.size(), before.size() + 1);
        QCOMPARE(now.last().toMap(),
                 f.manifest.component("Hero")->field("buttons")->defaultItemProps);
        QCOMPARE(f.undoCount(), steps + 1);
        buttons = insp->arrayEditor("buttons"); // the form was rebuilt
        QCOMPARE(buttons->count(), before.size() + 1);
        QVERIFY(buttons->isExpanded(int(before.size()))); // the new item opens
        f.doc->undoStack()->undo();
        settle();
        QCOMPARE(f.prop(hero, "buttons").toArray(), before);
        QCOMPARE(insp->arrayEditor("buttons")->count(), before.size());

        // Max 4: the add and duplicate buttons are disabled and say why.
        while (insp->arrayEditor("buttons")->count() < 4) {
            insp->arrayEditor("buttons")->addButton()->click();
            settle();
        }
        buttons = insp->arrayEditor("buttons");
        QVERIFY(!buttons->addButton()->isEnabled());
        QVERIFY(buttons->addButton()->toolTip().contains("4"));
        QVERIFY(!buttons->control(0, Control::Duplicate)->isEnabled());
        QVERIFY(!buttons->addItem());
        QCOMPARE(f.prop(hero, "buttons").toArray().size(), 4);

        // Remove the first: one step.
        const QCborArray four = f.prop(hero, "buttons").toArray();
        buttons->control(0, Control::Remove)->click();
        settle();
        QCOMPARE(f.prop(hero, "buttons").toArray(), QCborArray({four[1], four[2], four[3]}));
        QVERIFY(insp->arrayEditor("buttons")->addButton()->isEnabled());

        // Move the first down, then undo.
        const QCborArray three = f.prop(hero, "buttons").toArray();
        const int beforeMove = f.undoCount();
        QVERIFY(!insp->arrayEditor("buttons")->control(0, Control::Up)->isEnabled());
        insp->arrayEditor("buttons")->control(0, Control::Down)->click();
        settle();
        QCOMPARE(f.prop(hero, "buttons").toArray(), QCborArray({three[1], three[0], three[2]}));
        QCOMPARE(f.undoCount(), beforeMove + 1);
        f.doc->undoStack()->undo();
        settle();
        QCOMPARE(f.prop(hero, "buttons").toArray(), three);

        // Duplicate the second: the copy follows it.
        insp->arrayEditor("buttons")->control(1, Control::Duplicate)->click();
        settle();
        QCOMPARE(f.prop(hero, "buttons").toArray(),
                 QCborArray({three[0], three[1], three[1], three[2]}));
    }

    void arrayReorderByKeyboardAndDrop()
    {
        Fixture f;
        const QString logos = f.add("Logos");
        auto insp = f.inspector(logos);
        insp->show();
        settle();
        const QCborArray start = f.prop(logos, "logos").toArray();
        QVERIFY(start.size() >= 3);
        // Alt+Down on an item's row moves it, one step.
        const int steps = f.undoCount();
        QTest::keyClick(insp->arrayEditor("logos")->control(0, Control::Expand), Qt::Key_Down,
                        Qt::AltModifier);
        settle();
        QCborArray now = f.prop(logos, "logos").toArray();
        QCOMPARE(now.at(0), start.at(1));
        QCOMPARE(now.at(1), start.at(0));
        QCOMPARE(f.undoCount(), steps + 1);
        // The moved item keeps the focus, so Alt+Down again moves it further.
        QCOMPARE(QApplication::focusWidget(),
                 insp->arrayEditor("logos")->control(1, Control::Expand));
        f.doc->undoStack()->undo();
        settle();

        // Drop slots: above the first row's middle is 0, below the last is the end.
        ui::ArrayEditor *a = insp->arrayEditor("logos");
        QWidget *first = a->control(0, Control::Expand);
        QCOMPARE(a->dropSlotAt(first->mapTo(a, QPoint(2, 1))), 0);
        QWidget *second = a->control(1, Control::Expand);
        QCOMPARE(a->dropSlotAt(second->mapTo(a, QPoint(2, second->height() - 1))), 2);
        QCOMPARE(a->dropSlotAt(QPoint(2, a->height())), a->count());
        // Dropping the first item at the end.
        QVERIFY(!a->dropItem(0, 1)); // its own place: nothing to do
        QVERIFY(a->dropItem(0, a->count()));
        settle();
        now = f.prop(logos, "logos").toArray();
        QCOMPARE(now.last(), start.first());
        QCOMPARE(now.first(), start.at(1));
    }

    void summaries()
    {
        Fixture f;
        const FieldSpec *buttons = f.manifest.component("Hero")->field("buttons");
        QCOMPARE(ui::ArrayEditor::summaryOf(*buttons, QCborMap{{"label", "Go"}}, 0), QString("Go"));
        QCOMPARE(ui::ArrayEditor::summaryOf(*buttons, QCborMap{{"label", ""}}, 1),
                 QString("Item 2"));
        FieldSpec plain = *buttons;
        plain.itemSummary.clear(); // no template: the first text field with a value
        QCOMPARE(ui::ArrayEditor::summaryOf(plain, QCborMap{{"label", "Hi"}, {"href", "/x"}}, 0),
                 QString("Hi"));
        QCOMPARE(ui::ArrayEditor::summaryOf(plain, QCborMap{}, 2), QString("Item 3"));
    }

    void arrayMinDisablesRemove()
    {
        Fixture f;
        const QString block = f.add("Testimonials"); // min 1
        auto insp = f.inspector(block);
        while (insp->arrayEditor("items")->count() > 1) {
            insp->arrayEditor("items")->control(0, Control::Remove)->click();
            settle();
        }
        QCOMPARE(f.prop(block, "items").toArray().size(), 1);
        QAbstractButton *remove = insp->arrayEditor("items")->control(0, Control::Remove);
        QVERIFY(!remove->isEnabled());
        QVERIFY(remove->toolTip().contains("1"));
        QVERIFY(!insp->arrayEditor("items")->removeItem(0));
    }

    void itemFieldEditsSetTheirPathAndMergeTyping()
    {
        Fixture f;
        const QString hero = f.add("Hero");
        auto insp = f.inspector(hero);
        QVERIFY(!insp->editorFor("buttons[1].label")); // collapsed
        insp->setItemExpanded("buttons[1]", true);
        auto *label = qobject_cast<QLineEdit *>(insp->editorFor("buttons[1].label"));
        QVERIFY(label);
        const QString old = f.prop(hero, "buttons[1].label").toString();
        const QCborValue otherItem = f.prop(hero, "buttons[0]");
        const int steps = f.undoCount();
        QTest::keyClick(label, Qt::Key_End);
        QTest::keyClicks(label, "xyz");
        QCOMPARE(f.prop(hero, "buttons[1].label").toString(), old + "xyz");
        QCOMPARE(f.prop(hero, "buttons[0]"), otherItem);
        QCOMPARE(f.undoCount(), steps + 1); // one typing gesture, one step
        QCOMPARE(insp->arrayEditor("buttons")->summary(1), old + "xyz"); // the row follows
        QCOMPARE(f.doc->undoStack()->command(steps)->text().isEmpty(), false);

        // Links suggest the site's pages.
        auto *href = qobject_cast<QLineEdit *>(insp->editorFor("buttons[1].href"));
        QVERIFY(href && href->completer());
        QStringList suggested;
        for (int i = 0; i < href->completer()->model()->rowCount(); ++i)
            suggested << href->completer()->model()->index(i, 0).data().toString();
        QVERIFY(suggested.contains("/"));

        // A select inside the item.
        auto *variant = qobject_cast<QComboBox *>(insp->editorFor("buttons[1].variant"));
        QVERIFY(variant);
        const int other = variant->currentIndex() == 0 ? 1 : 0;
        variant->setCurrentIndex(other);
        emit variant->activated(other);
        QCOMPARE(f.undoCount(), steps + 2);
        f.doc->undoStack()->undo();
        f.doc->undoStack()->undo();
        settle();
        QCOMPARE(f.prop(hero, "buttons[1].label").toString(), old);
        // The expanded item stays open across the rebuild.
        QVERIFY(insp->editorFor("buttons[1].label"));
    }

    void nestedArrayInsideAnItem()
    {
        Fixture f;
        const QString footer = f.add("Footer");
        auto insp = f.inspector(footer);
        QVERIFY(f.prop(footer, "columns").toArray().size() >= 1);
        insp->setItemExpanded("columns[0]", true);
        ui::ArrayEditor *links = insp->arrayEditor("columns[0].links");
        QVERIFY(links);
        const qsizetype n = f.prop(footer, "columns[0].links").toArray().size();
        const QCborValue column1 = f.prop(footer, "columns[1]");
        links->addButton()->click();
        settle();
        QCOMPARE(f.prop(footer, "columns[0].links").toArray().size(), n + 1);
        QCOMPARE(f.prop(footer, "columns[1]"), column1);
        // Both the column and the new link stay open.
        QVERIFY(insp->editorFor(QString("columns[0].links[%1].label").arg(n)));
    }

    void objectSubField()
    {
        Fixture f;
        const QString hero = f.add("Hero");
        auto insp = f.inspector(hero);
        auto *alt = qobject_cast<QLineEdit *>(insp->editorFor("image.alt"));
        QVERIFY(alt);
        const QCborMap image = f.prop(hero, "image").toMap();
        alt->selectAll();
        QTest::keyClicks(alt, "A photo");
        QCOMPARE(f.prop(hero, "image.alt").toString(), QString("A photo"));
        QCOMPARE(f.prop(hero, "image.url"), image.value("url"));
        QCOMPARE(f.prop(hero, "image.mode"), image.value("mode"));
        QVERIFY(qobject_cast<ui::ImageField *>(insp->editorFor("image.url")));
    }

    void imageImportAndPicker()
    {
        Fixture f;
        const QString hero = f.add("Hero");
        auto insp = f.inspector(hero);
        QTemporaryDir tmp;
        QImage png(16, 12, QImage::Format_RGB32);
        png.fill(Qt::red);
        const QString file = tmp.filePath("photo.png");
        QVERIFY(png.save(file));
        const QByteArray bytes = test::readFile(file);
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

        const int steps = f.undoCount();
        auto ref = insp->importImage("image.url", file);
        QVERIFY2(ref, SS_WHY(ref));
        QCOMPARE(*ref, "assets/" + sha + ".png");
        QCOMPARE(f.prop(hero, "image.url").toString(), *ref);
        QCOMPARE(f.undoCount(), steps + 1);
        auto stored = f.assets->read(sha + ".png");
        QVERIFY2(stored, SS_WHY(stored));
        QCOMPARE(*stored, bytes);
        auto *field = qobject_cast<ui::ImageField *>(insp->editorFor("image.url"));
        QVERIFY(field);
        QCOMPARE(field->value(), *ref);
        QVERIFY(!field->thumbnail()->pixmap().isNull());
        QCOMPARE(field->thumbnail()->pixmap().toImage().pixelColor(36, 27), QColor(Qt::red));

        // The picker lists the site's assets; choosing one sets the field (one step).
        const QString testimonials = f.add("Testimonials");
        insp->showBlock(f.pageId, testimonials);
        ui::AssetPicker *picker = insp->openAssetPicker("items[0].avatar");
        QVERIFY(picker);
        QVERIFY(!picker->isModal());
        QCOMPARE(picker->references(), QStringList{*ref});
        QVERIFY(!picker->list()->item(0)->icon().isNull());
        const int before = f.undoCount();
        picker->choose(*ref);
        settle();
        QCOMPARE(f.prop(testimonials, "items[0].avatar").toString(), *ref);
        QCOMPARE(f.undoCount(), before + 1);

        // A file type the store refuses is reported, nothing changes.
        const QString bad = tmp.filePath("notes.txt");
        QFile t(bad);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("hello");
        t.close();
        QSignalSpy failed(insp.get(), &ui::Inspector::editFailed);
        QVERIFY(!insp->importImage("items[0].avatar", bad));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(f.undoCount(), before + 1);
    }

    void numberHonoursMinMaxStep()
    {
        Fixture f;
        const QString flex = f.add("Flex"); // gap: 0..96 step 4
        auto insp = f.inspector(flex);
        auto *gap = qobject_cast<QDoubleSpinBox *>(insp->editorFor("gap"));
        QVERIFY(gap);
        QCOMPARE(gap->minimum(), 0.0);
        QCOMPARE(gap->maximum(), 96.0);
        QCOMPARE(gap->singleStep(), 4.0);
        gap->setValue(200);
        QCOMPARE(f.prop(flex, "gap"), QCborValue(96));
        gap->setValue(7); // snaps to the step
        QCOMPARE(f.prop(flex, "gap"), QCborValue(8));
        QCOMPARE(gap->value(), 8.0);
        gap->setValue(-5);
        QCOMPARE(f.prop(flex, "gap"), QCborValue(0));
    }

    void readOnlyFieldsAreDisabled()
    {
        Fixture f;
        for (ComponentSpec &c : f.manifest.components)
            if (c.name == "Hero")
                for (FieldSpec &field : c.fields)
                    if (field.name == "title" || field.name == "buttons")
                        field.readOnly = true;
        const QString hero = f.add("Hero");
        auto insp = f.inspector(hero);
        QVERIFY(!insp->editorFor("title")->isEnabled());
        QVERIFY(insp->editorFor("description")->isEnabled());
        ui::ArrayEditor *buttons = insp->arrayEditor("buttons");
        QVERIFY(!buttons->addButton()->isEnabled());
        QVERIFY(!buttons->control(0, Control::Remove)->isEnabled());
        QVERIFY(!buttons->control(0, Control::Down)->isEnabled());
        insp->setItemExpanded("buttons[0]", true); // still readable
        QVERIFY(insp->editorFor("buttons[0].label"));
        QVERIFY(!insp->editorFor("buttons[0].label")->isEnabled());

        // Puck's per-block readOnly map.
        QCborMap item{{"type", "Heading"},
                      {"props", QCborMap{{"id", "Heading-ro"}, {"text", "Fixed"}}},
                      {"readOnly", QCborMap{{"text", true}}}};
        auto op = f.doc->makeInsert(f.pageId, AreaRef{}, 0, item);
        QVERIFY2(op, SS_WHY(op));
        QVERIFY(f.doc->perform(*op));
        insp->showBlock(f.pageId, "Heading-ro");
        QVERIFY(insp->editorFor("text"));
        QVERIFY(!insp->editorFor("text")->isEnabled());
        QVERIFY(insp->editorFor("level")->isEnabled());
    }

    void richTextPreviewAndTyping()
    {
        Fixture f;
        const QString hero = f.add("Hero");
        auto insp = f.inspector(hero);
        auto *rich = qobject_cast<ui::RichTextEditor *>(insp->editorFor("description"));
        QVERIFY(rich);
        const int steps = f.undoCount();
        rich->editor()->selectAll();
        QTest::keyClicks(rich->editor(), "**bold** text");
        QCOMPARE(f.prop(hero, "description").toString(), QString("**bold** text"));
        QCOMPARE(f.undoCount(), steps + 1);

        QVERIFY(!rich->preview()->isVisibleTo(rich));
        rich->setPreviewVisible(true);
        QVERIFY(rich->preview()->isVisibleTo(rich));
        QCOMPARE(rich->preview()->toPlainText().trimmed(), QString("bold text"));
        QTextCursor c(rich->preview()->document());
        c.setPosition(2);
        QVERIFY(c.charFormat().fontWeight() >= QFont::Bold);
        c.setPosition(7);
        QVERIFY(c.charFormat().fontWeight() < QFont::Bold);
        // Live: typing updates the preview.
        QTest::keyClicks(rich->editor(), " *more*");
        QVERIFY(rich->preview()->toPlainText().contains("more"));
        QCOMPARE(f.undoCount(), steps + 1); // still the same gesture

        // Ctrl+B wraps the selection (or a placeholder) in ** **.
        insp->show();
        insp->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(insp.get()));
        rich->editor()->setFocus();
        rich->editor()->moveCursor(QTextCursor::End);
        QTest::keyClick(rich->editor(), Qt::Key_B, Qt::ControlModifier);
        QVERIFY2(f.prop(hero, "description").toString().endsWith("**bold**"),
                 qPrintable(f.prop(hero, "description").toString()));
    }

    void nestedValidationIssuesAtTheirField()
    {
        Fixture f;
        const QString hero = f.add("Hero");
        auto op = f.doc->makeSetProp(f.pageId, hero, "buttons[1].variant", QCborValue("bogus"));
        QVERIFY2(op, SS_WHY(op));
        QVERIFY(f.doc->perform(*op));
        auto insp = f.inspector(hero);
        ui::ArrayEditor *buttons = insp->arrayEditor("buttons");
        // The collapsed row carries a warning.
        QList<QAbstractButton *> warnings;
        for (auto *b : buttons->findChildren<QAbstractButton *>())
            if (b->isVisibleTo(buttons) && b->toolTip().contains("not one of the options"))
                warnings << b;
        QCOMPARE(warnings.size(), 1);
        insp->setItemExpanded("buttons[1]", true);
        QLabel *issue = nullptr;
        for (QLabel *l : buttons->itemBody(1)->findChildren<QLabel *>("fieldIssue"))
            issue = l;
        QVERIFY(issue);
        QVERIFY(issue->text().contains("not one of the options"));
    }

    void issuesOfSlotChildrenStayOnTheChild()
    {
        Fixture f;
        const QString flex = f.add("Flex");
        QCborMap item{{"type", "Heading"},
                      {"props", QCborMap{{"id", "Heading-in"}, {"text", "x"}, {"level", "h9"}}}};
        auto op = f.doc->makeInsert(f.pageId, AreaRef{flex, "items"}, 0, item);
        QVERIFY2(op, SS_WHY(op));
        QVERIFY(f.doc->perform(*op));
        auto insp = f.inspector(flex);
        QVERIFY(insp->findChildren<QLabel *>("fieldIssue").isEmpty());
        insp->showBlock(f.pageId, "Heading-in");
        const auto issues = insp->findChildren<QLabel *>("fieldIssue");
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first()->text().contains("not one of the options"));
    }

    void rootPropsWhenNothingSelected()
    {
        Fixture f;
        auto insp = f.inspector(QString());
        QCOMPARE(insp->blockId(), QString("root"));
        QVERIFY(insp->editorFor("page:title"));
        for (const FieldSpec &field : f.manifest.root.fields)
            QVERIFY2(insp->editorFor(field.name), qPrintable(field.name));
    }

    // Renders the inspector to PNGs for a look (SS_INSPECTOR_SHOTS=<folder>).
    void screenshot()
    {
        const QString out = qEnvironmentVariable("SS_INSPECTOR_SHOTS");
        if (out.isEmpty())
            QSKIP("set SS_INSPECTOR_SHOTS to a folder to render the inspector");
        Fixture f;
        const QString hero = f.add("Hero");
        auto insp = f.inspector(hero);
        insp->resize(380, 1300);
        insp->setItemExpanded("buttons[0]", true);
        qobject_cast<ui::RichTextEditor *>(insp->editorFor("description"))->setPreviewVisible(true);
        insp->show();
        settle();
        {
            insp->grab().save(out + "/hero.png");
            const QString logos = f.add("Logos");
            insp->showBlock(f.pageId, logos);
            insp->setItemExpanded("logos[1]", true);
            settle();
            insp->grab().save(out + "/logos.png");
            QTemporaryDir tmp;
            QImage png(64, 48, QImage::Format_RGB32);
            png.fill(QColor(40, 120, 200));
            png.save(tmp.filePath("a.png"));
            insp->importImage("logos[1].src", tmp.filePath("a.png"));
            ui::AssetPicker *picker = insp->openAssetPicker("logos[0].src");
            settle();
            picker->grab().save(out + "/picker.png");
            settle();
            insp->grab().save(out + "/logos2.png");
            insp->showBlock(f.pageId, f.add("Footer"));
            insp->setItemExpanded("columns[0]", true);
            insp->setItemExpanded("columns[0].links[0]", true);
            settle();
            insp->grab().save(out + "/footer.png");
            const QString card = f.add("Card");
            insp->showBlock(f.pageId, card);
            settle();
            insp->grab().save(out + "/card.png");
            auto fresh = f.inspector(card);
            fresh->resize(380, 900);
            fresh->show();
            settle();
            fresh->grab().save(out + "/card2.png");
        }
    }
};

QTEST_MAIN(tst_Inspector)
#include "tst_inspector.moc"
