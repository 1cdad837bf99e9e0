#include "outlinemodel.h"
#include "page.h"
#include "sitedocument.h"
#include "testutil.h"
#include "themepackage.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ss;
using namespace ss::test;

namespace {

const ThemeManifest &studio()
{
    static auto theme =
        ThemePackage::load(QStringLiteral(SS_SOURCE_DIR "/resources/themes/studio"));
    if (!theme)
        qFatal("%s", qPrintable(theme.error().toString()));
    return (*theme)->manifest();
}

std::unique_ptr<SiteDocument> demoSite()
{
    auto doc = std::make_unique<SiteDocument>();
    doc->id = "site";
    auto op = doc->makeAddPage("/", "Home",
                               parseOrDie(readFile(fixture("demo-home-slots.json"))).toMap());
    if (!op || !doc->apply(*op))
        qFatal("cannot build test site");
    return doc;
}

QStringList contentIds(const SiteDocument &doc)
{
    QStringList ids;
    for (const auto &b : doc.pages().front()->content->children)
        ids << b->id;
    return ids;
}

QStringList rowIds(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QStringList ids;
    for (int r = 0; r < m.rowCount(parent); ++r)
        ids << m.index(r, 0, parent).data(ui::OutlineModel::BlockIdRole).toString();
    return ids;
}

} // namespace

// The editor's outline: a tree model over one page, kept in step with the document, moving
// blocks through the undo stack.
class tst_OutlineModel : public QObject
{
    Q_OBJECT
private slots:
    void mirrorsThePageTree()
    {
        auto doc = demoSite();
        ui::OutlineModel model(doc.get(), &studio());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPage(doc->pages().front()->id);
        const Page &page = *doc->pages().front();
        QCOMPARE(rowIds(model), contentIds(*doc));
        QCOMPARE(model.index(0, 0).data().toString(),
                 QString("Hero \u00b7 This page was built with Puck"));

        // Grid -> its "items" slot -> the cards in it.
        const QString gridId = "Grid-c4cd99ae-8c5e-4cdb-87d2-35a639f5163e";
        const QModelIndex grid = model.indexOfBlock(gridId);
        QVERIFY(grid.isValid());
        QCOMPARE(grid.row(), 6);
        QCOMPARE(model.rowCount(grid), 1);
        const QModelIndex items = model.index(0, 0, grid);
        QVERIFY(items.data(ui::OutlineModel::IsAreaRole).toBool());
        QCOMPARE(items.data().toString(), QString("items"));
        QCOMPARE(items.data(ui::OutlineModel::AreaCompoundRole).toString(), gridId + ":items");
        QStringList cards;
        for (const auto &c : page.block(gridId)->slotArea("items")->children)
            cards << c->id;
        QVERIFY(!cards.isEmpty());
        QCOMPARE(rowIds(model, items), cards);
        QCOMPARE(model.parent(model.index(0, 0, items)), items);
        QVERIFY(!(model.flags(items) & Qt::ItemIsSelectable));
        QVERIFY(model.flags(grid) & Qt::ItemIsDragEnabled);
    }

    void propEditsRefreshOneRowWithoutAReset()
    {
        auto doc = demoSite();
        ui::OutlineModel model(doc.get(), &studio());
        const QString pageId = doc->pages().front()->id;
        model.setPage(pageId);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        auto op = doc->makeSetProp(pageId, "Heading-1687297593514", "text", QCborValue("Our menu"));
        QVERIFY2(op, SS_WHY(op));
        QVERIFY(doc->perform(*op));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().first().value<QModelIndex>().row(), 2);
        QCOMPARE(model.index(2, 0).data().toString(), QString("Heading \u00b7 Our menu"));
    }

    void structuralEditsAreFollowed()
    {
        auto doc = demoSite();
        ui::OutlineModel model(doc.get(), &studio());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString pageId = doc->pages().front()->id;
        model.setPage(pageId);
        auto op = doc->makeRemove(pageId, "Hero-1687283596554");
        QVERIFY(op && doc->perform(*op));
        QCOMPARE(rowIds(model), contentIds(*doc));
        QVERIFY(!model.indexOfBlock("Hero-1687283596554").isValid());
        doc->undoStack()->undo();
        QCOMPARE(model.indexOfBlock("Hero-1687283596554").row(), 0);
        // Another page's edits leave this outline alone.
        auto add = doc->makeAddPage("/about", "About", QCborMap());
        QVERIFY(add && doc->perform(*add));
        QCOMPARE(rowIds(model), contentIds(*doc));
    }

    void moveReordersAndUndoesInOneStep()
    {
        auto doc = demoSite();
        ui::OutlineModel model(doc.get(), &studio());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPage(doc->pages().front()->id);
        const QStringList before = contentIds(*doc);

        // Hero and the first Heading, dropped before row 5: they land at 3 and 4, in order.
        QString error = model.moveBlocks({before[0], before[2]}, {}, 5);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList expected = before;
        expected.removeAt(2);
        expected.removeAt(0);
        expected.insert(3, before[0]);
        expected.insert(4, before[2]);
        QCOMPARE(contentIds(*doc), expected);
        QCOMPARE(rowIds(model), expected);
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QCOMPARE(contentIds(*doc), before);
        QCOMPARE(rowIds(model), before);

        // Down the list by one: drop before row 2 (Qt's drop rows count before the removal).
        QVERIFY(model.moveBlocks({before[0]}, {}, 2).isEmpty());
        QCOMPARE(contentIds(*doc).mid(0, 2), (QStringList{before[1], before[0]}));
    }

    void dragAndDropIntoSlotsFollowsAllowLists()
    {
        auto doc = demoSite();
        ui::OutlineModel model(doc.get(), &studio());
        const QString pageId = doc->pages().front()->id;
        model.setPage(pageId);
        const QString gridId = "Grid-c4cd99ae-8c5e-4cdb-87d2-35a639f5163e";
        const QModelIndex items = model.index(0, 0, model.indexOfBlock(gridId));

        // A Heading may go into the Grid; the drag carries block ids in document order.
        std::unique_ptr<QMimeData> heading(
            model.mimeData({model.indexOfBlock("Heading-1687297593514"),
                            model.indexOfBlock("Text-1687297621556")}));
        QCOMPARE(QString::fromUtf8(heading->data(ui::OutlineModel::MimeType)),
                 QString("Heading-1687297593514\nText-1687297621556"));
        std::unique_ptr<QMimeData> reversed(
            model.mimeData({model.indexOfBlock("Text-1687297621556"),
                            model.indexOfBlock("Heading-1687297593514")}));
        QCOMPARE(reversed->data(ui::OutlineModel::MimeType),
                 heading->data(ui::OutlineModel::MimeType));
        QVERIFY(model.canDropMimeData(heading.get(), Qt::MoveAction, 0, 0, items));
        QVERIFY(!model.canDropMimeData(heading.get(), Qt::CopyAction, 0, 0, items));

        // The Grid's items slot disallows Hero; a Grid cannot go into itself.
        std::unique_ptr<QMimeData> hero(model.mimeData({model.indexOfBlock("Hero-1687283596554")}));
        QVERIFY(!model.canDropMimeData(hero.get(), Qt::MoveAction, 0, 0, items));
        std::unique_ptr<QMimeData> grid(model.mimeData({model.indexOfBlock(gridId)}));
        QVERIFY(!model.canDropMimeData(grid.get(), Qt::MoveAction, 0, 0, items));
        QVERIFY(model.canDropMimeData(grid.get(), Qt::MoveAction, 0, 0, {}));

        // Dropping does the move in the document.
        const qsizetype cards =
            doc->page(pageId)->block(gridId)->slotArea("items")->children.size();
        QVERIFY(model.dropMimeData(heading.get(), Qt::MoveAction, 1, 0, items));
        const Area *area = doc->page(pageId)->block(gridId)->slotArea("items");
        QCOMPARE(qsizetype(area->children.size()), cards + 2);
        QCOMPARE(area->children[1]->id, QString("Heading-1687297593514"));
        QCOMPARE(area->children[2]->id, QString("Text-1687297621556"));
        const QModelIndex movedRow = model.indexOfBlock("Heading-1687297593514");
        QCOMPARE(movedRow.parent().data(ui::OutlineModel::AreaCompoundRole).toString(),
                 gridId + ":items");
        // Dropped onto the Grid row itself: into its first slot, at the end.
        std::unique_ptr<QMimeData> space(
            model.mimeData({model.indexOfBlock("Space-1687284122744")}));
        QVERIFY(model.dropMimeData(space.get(), Qt::MoveAction, -1, 0, model.indexOfBlock(gridId)));
        QCOMPARE(area->children.back()->id, QString("Space-1687284122744"));
    }

    void componentsDropFromThePalette()
    {
        auto doc = demoSite();
        ui::OutlineModel model(doc.get(), &studio());
        const QString pageId = doc->pages().front()->id;
        model.setPage(pageId);
        const QString gridId = "Grid-c4cd99ae-8c5e-4cdb-87d2-35a639f5163e";
        const QModelIndex items = model.index(0, 0, model.indexOfBlock(gridId));
        QMimeData heading;
        heading.setData(ui::OutlineModel::ComponentMimeType, "Heading");
        QMimeData hero;
        hero.setData(ui::OutlineModel::ComponentMimeType, "Hero");
        QMimeData unknown;
        unknown.setData(ui::OutlineModel::ComponentMimeType, "Mystery");
        QVERIFY(model.canDropMimeData(&heading, Qt::CopyAction, 0, 0, items));
        QVERIFY(!model.canDropMimeData(&hero, Qt::CopyAction, 0, 0, items)); // Grid disallows Hero
        QVERIFY(model.canDropMimeData(&hero, Qt::CopyAction, 0, 0, {}));
        QVERIFY(!model.canDropMimeData(&unknown, Qt::CopyAction, 0, 0, {}));

        const qsizetype before = doc->page(pageId)->blockCount();
        QVERIFY(model.dropMimeData(&heading, Qt::CopyAction, 1, 0, items));
        const Block *inserted =
            doc->page(pageId)->block(gridId)->slotArea("items")->children[1].get();
        QCOMPARE(inserted->type, QString("Heading"));
        QCOMPARE(doc->page(pageId)->blockCount(), before + 1);
        // The theme's default props came with it.
        QCOMPARE(inserted->props.value("text"),
                 studio().component("Heading")->defaultProps.value("text"));
        QCOMPARE(model.indexOfBlock(inserted->id)
                     .parent()
                     .data(ui::OutlineModel::AreaCompoundRole)
                     .toString(),
                 gridId + ":items");
        // (The insert reset the model: indexes from before it are stale.)
        auto refused =
            model.insertComponent("Hero", model.index(0, 0, model.indexOfBlock(gridId)), 0);
        QVERIFY(!refused);
        QVERIFY(refused.error().toString().contains("not allowed"));
        doc->undoStack()->undo();
        QCOMPARE(doc->page(pageId)->blockCount(), before);
    }

    void aFailedMoveLeavesNothingHalfDone()
    {
        auto doc = demoSite();
        ui::OutlineModel model(doc.get(), &studio());
        model.setPage(doc->pages().front()->id);
        const QStringList before = contentIds(*doc);
        QVERIFY(!model.moveBlocks({before[0], "no-such-block"}, {}, 5).isEmpty());
        QCOMPARE(contentIds(*doc), before);
        QVERIFY(!doc->undoStack()->canUndo());
        // A Grid into its own slot fails in the document; the blocks moved before it come back.
        const QString gridId = "Grid-c4cd99ae-8c5e-4cdb-87d2-35a639f5163e";
        const QModelIndex items = model.index(0, 0, model.indexOfBlock(gridId));
        QVERIFY(!model.moveBlocks({before[1], gridId}, items, 0).isEmpty());
        QCOMPARE(contentIds(*doc), before);
    }
};

QTEST_MAIN(tst_OutlineModel)
#include "tst_outlinemodel.moc"
