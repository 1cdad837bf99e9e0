#include "documentcommand.h"
#include "json.h"
#include "puckcodec.h"
#include "sitedocument.h"
#include "testutil.h"

#include <QCborArray>
#include <QCborMap>
#include <QRandomGenerator>
#include <QTest>
#include <QUndoStack>

using namespace ss;
using namespace ss::test;

namespace {

std::unique_ptr<SiteDocument> siteWith(const QString &fixtureFile)
{
    auto doc = std::make_unique<SiteDocument>();
    doc->id = "site";
    auto op = doc->makeAddPage("/", "Home", parseOrDie(readFile(fixture(fixtureFile))).toMap());
    if (!op || !doc->apply(*op))
        qFatal("cannot build test site");
    return doc;
}

QCborMap snapshot(const SiteDocument &doc)
{
    return doc.toJson();
}

// The index must always match the tree.
bool indexConsistent(const Page &p)
{
    qsizetype n = 0;
    bool ok = true;
    forEachBlock(p, [&](Block *b) {
        ++n;
        ok = ok && p.index.value(b->id) == b;
        ok = ok && b->parent && b->parent->indexOf(b) >= 0;
    });
    return ok && n == p.index.size();
}

QList<Block *> allBlocks(const Page &p)
{
    QList<Block *> out;
    forEachBlock(p, [&](Block *b) { out << b; });
    return out;
}

QList<Area *> allAreas(const Page &p)
{
    QList<Area *> out{p.content.get()};
    for (const auto &a : p.rootAreas)
        out << a.get();
    forEachBlock(p, [&](Block *b) {
        for (const auto &a : b->areas)
            out << a.get();
    });
    return out;
}

AreaRef refOf(const Area *a)
{
    return AreaRef{a->ownerId(), a->name, a->kind == AreaKind::Zone};
}

} // namespace

class tst_Operations : public QObject
{
    Q_OBJECT
private slots:
    void randomOpsHaveExactInverses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("slots") << "demo-home-slots.json";
        QTest::newRow("zones") << "demo-home-zones-v0.18.3.json";
        QTest::newRow("performance") << "performance-1900-nodes.json";
    }
    void randomOpsHaveExactInverses()
    {
        QFETCH(QString, file);
        auto doc = siteWith(file);
        const QString pageId = doc->pages().front()->id;
        QRandomGenerator rng(42);
        int applied = 0;
        for (int step = 0; step < 400; ++step) {
            Page &page = *doc->page(pageId);
            const QList<Block *> blocks = allBlocks(page);
            Result<Operation> op = fail("none");
            switch (rng.bounded(5)) {
            case 0: { // insert a new block with a nested slot child
                const QList<Area *> areas = allAreas(page);
                Area *a = areas.at(rng.bounded(areas.size()));
                QCborMap item =
                    parseOrDie(
                        R"({"type":"Box","props":{"id":"","title":"t","items":[{"type":"Text","props":{"id":"","text":"x"}}]},"readOnly":{"title":true}})")
                        .toMap();
                QCborMap props = item.value("props").toMap();
                props.insert(QStringLiteral("id"), "new-" + QString::number(step));
                QCborArray kids = props.value("items").toArray();
                QCborMap kid = kids.at(0).toMap();
                QCborMap kidProps = kid.value("props").toMap();
                kidProps.insert(QStringLiteral("id"), "kid-" + QString::number(step));
                kid.insert(QStringLiteral("props"), kidProps);
                kids[0] = kid;
                props.insert(QStringLiteral("items"), kids);
                item.insert(QStringLiteral("props"), props);
                op = doc->makeInsert(pageId, refOf(a),
                                     rng.bounded(qsizetype(a->children.size()) + 1), item);
                break;
            }
            case 1:
                if (blocks.size() > 5)
                    op = doc->makeRemove(pageId, blocks.at(rng.bounded(blocks.size()))->id);
                break;
            case 2: { // move somewhere that is not inside itself
                Block *b = blocks.at(rng.bounded(blocks.size()));
                const QList<Area *> areas = allAreas(page);
                Area *to = areas.at(rng.bounded(areas.size()));
                const qsizetype size = qsizetype(to->children.size()) - (to == b->parent ? 1 : 0);
                op = doc->makeMove(pageId, b->id, refOf(to), rng.bounded(size + 1));
                break;
            }
            case 3:
                op = doc->makeDuplicate(pageId, blocks.at(rng.bounded(blocks.size()))->id);
                break;
            case 4: {
                Block *b = blocks.at(rng.bounded(blocks.size()));
                const QStringList paths{"title", "layout.padding", "text", "extra.deep.value",
                                        "list[0]"};
                const QString path = paths.at(rng.bounded(paths.size()));
                op = doc->makeSetProp(pageId, b->id, path,
                                      QCborValue(QString::number(rng.generate())));
                break;
            }
            }
            if (!op)
                continue;
            // Round-trip the op through its JSON form, as the outbox and the sync engine do.
            auto wire = Operation::fromJson(parseOrDie(json::write(op->toJson())));
            QVERIFY2(wire, SS_WHY(wire));
            const QCborMap before = snapshot(*doc);
            auto r = doc->apply(*wire);
            if (!r) {
                // Refused ops (e.g. a move into its own subtree) change nothing.
                QVERIFY(json::equal(before, snapshot(*doc), true));
                continue;
            }
            ++applied;
            QVERIFY(indexConsistent(*doc->page(pageId)));
            const QCborMap after = snapshot(*doc);
            auto undo = doc->apply(wire->inverse());
            QVERIFY2(undo, SS_WHY(undo));
            QVERIFY2(json::equal(before, snapshot(*doc), true),
                     qPrintable(Operation::kindName(wire->kind) + " inverse is not exact"));
            QVERIFY(doc->apply(*wire));
            QVERIFY(json::equal(after, snapshot(*doc), true));
        }
        QVERIFY(applied > 200);
    }

    void undoStackRestoresEverything()
    {
        auto doc = siteWith("demo-home-slots.json");
        const QString pageId = doc->pages().front()->id;
        const QCborMap original = snapshot(*doc);
        Page &page = *doc->page(pageId);
        const QString gridId = "Grid-c4cd99ae-8c5e-4cdb-87d2-35a639f5163e";
        QVERIFY(doc->perform(
            *doc->makeSetProp(pageId, "Hero-1687283596554", "title", QCborValue("New title"))));
        QVERIFY(doc->perform(*doc->makeDuplicate(pageId, gridId)));
        QVERIFY(doc->perform(
            *doc->makeMove(pageId, "Hero-1687283596554", AreaRef{gridId, "items"}, 1)));
        QVERIFY(doc->perform(*doc->makeRemove(pageId, "Stats-1687297239724")));
        QVERIFY(page.block("Hero-1687283596554")->parent->owner->id == gridId);
        const QCborMap edited = snapshot(*doc);
        QCOMPARE(doc->undoStack()->count(), 4);
        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        QVERIFY(json::equal(original, snapshot(*doc), true));
        while (doc->undoStack()->canRedo())
            doc->undoStack()->redo();
        QVERIFY(json::equal(edited, snapshot(*doc), true));
    }

    void typingMergesIntoOneStep()
    {
        auto doc = siteWith("demo-home-slots.json");
        const QString pageId = doc->pages().front()->id;
        const QString hero = "Hero-1687283596554";
        for (const char *text : {"T", "Ty", "Typ", "Typed"})
            QVERIFY(doc->perform(
                *doc->makeSetProp(pageId, hero, "title", QCborValue(QString::fromLatin1(text))),
                /*mergeId=*/7));
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QCOMPARE(doc->page(pageId)->block(hero)->props.value("title").toString(),
                 QString("This page was built with Puck"));
        doc->undoStack()->redo();
        QCOMPARE(doc->page(pageId)->block(hero)->props.value("title").toString(), QString("Typed"));
    }

    void duplicateGivesFreshIdsToTheWholeSubtree()
    {
        for (const char *file : {"demo-home-slots.json", "demo-home-zones-v0.18.3.json"}) {
            auto doc = siteWith(file);
            const QString pageId = doc->pages().front()->id;
            Page &page = *doc->page(pageId);
            const QString gridId = "Grid-c4cd99ae-8c5e-4cdb-87d2-35a639f5163e";
            const qsizetype before = page.blockCount();
            int gridSize = 0;
            forEachBlock(*page.block(gridId)->areas.front(), [&](Block *) { ++gridSize; });
            auto op = doc->makeDuplicate(pageId, gridId);
            QVERIFY(op);
            QVERIFY(doc->apply(*op));
            QCOMPARE(page.blockCount(), before + gridSize + 1);
            Block *copy = page.block(op->blockId);
            QVERIFY(copy && copy != page.block(gridId));
            QCOMPARE(copy->parent->indexOf(copy), page.content->indexOf(page.block(gridId)) + 1);
            QVERIFY(copy->id.startsWith("Grid-"));
            QCOMPARE(copy->areas.size(), size_t(1));
            QCOMPARE(qsizetype(copy->areas.front()->children.size()), qsizetype(gridSize));
            QVERIFY(indexConsistent(page));
        }
    }

    void refusedOpsChangeNothing()
    {
        auto doc = siteWith("demo-home-slots.json");
        const QString pageId = doc->pages().front()->id;
        const QString gridId = "Grid-c4cd99ae-8c5e-4cdb-87d2-35a639f5163e";
        const QString cardId = "Card-66ab42c9-d1da-4c44-9dba-5d7d72f2178d";
        const QCborMap before = snapshot(*doc);
        auto intoItself = doc->makeMove(pageId, gridId, AreaRef{cardId, "items"}, 0);
        QVERIFY(intoItself);
        auto r1 = doc->apply(*intoItself);
        QVERIFY(!r1);
        QVERIFY(r1.error().message.contains("into itself"));
        auto setId = doc->apply(*doc->makeSetProp(pageId, cardId, "id", QCborValue("x")));
        QVERIFY(!setId);
        auto setSlot =
            doc->apply(*doc->makeSetProp(pageId, gridId, "items", QCborValue(QCborArray())));
        QVERIFY(!setSlot);
        QVERIFY(setSlot.error().message.contains("is a slot"));
        auto setInsideSlot =
            doc->apply(*doc->makeSetProp(pageId, gridId, "items[0].props.title", QCborValue("x")));
        QVERIFY(!setInsideSlot);
        auto dup = doc->makeInsert(
            pageId, AreaRef{}, 0,
            parseOrDie(R"({"type":"X","props":{"id":"Hero-1687283596554"}})").toMap());
        QVERIFY(!dup);
        QVERIFY(dup.error().message.contains("already used"));
        auto pastEnd = doc->makeMove(pageId, cardId, AreaRef{}, 9999);
        QVERIFY(!doc->apply(*pastEnd));
        auto notASlot = doc->makeMove(pageId, cardId, AreaRef{"Hero-1687283596554", "title"}, 0);
        auto r2 = doc->apply(*notASlot);
        QVERIFY(!r2);
        QVERIFY(r2.error().message.contains("not a slot"));
        QVERIFY(json::equal(before, snapshot(*doc), true));
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    void insertIntoEmptySlotAndUndoLeavesDataAsItWas()
    {
        auto doc = siteWith("demo-home-slots.json");
        const QString pageId = doc->pages().front()->id;
        const QCborMap before = snapshot(*doc);
        // "Space" has no slot key at all: inserting creates one; undo removes it again.
        auto op = doc->makeInsert(
            pageId, AreaRef{"Space-1687298109536", "children"}, 0,
            parseOrDie(R"({"type":"Text","props":{"id":"t-new","text":"hi"}})").toMap());
        QVERIFY(op);
        QVERIFY(doc->perform(*op));
        QCOMPARE(doc->page(pageId)->jsonPath(doc->page(pageId)->block("t-new")),
                 QString("content[1].props.children[0]"));
        doc->undoStack()->undo();
        QVERIFY(json::equal(before, snapshot(*doc), true));
    }

    void setPropPathsAndRootProps()
    {
        auto doc = siteWith("demo-home-slots.json");
        const QString pageId = doc->pages().front()->id;
        const QString hero = "Hero-1687283596554";
        QVERIFY(
            doc->perform(*doc->makeSetProp(pageId, hero, "buttons[1].label", QCborValue("Docs"))));
        QCOMPARE(doc->page(pageId)
                     ->block(hero)
                     ->props.value("buttons")
                     .toArray()
                     .at(1)
                     .toMap()
                     .value("label")
                     .toString(),
                 QString("Docs"));
        QVERIFY(
            doc->perform(*doc->makeSetProp(pageId, hero, "image.mode", QCborValue("background"))));
        QCOMPARE(
            doc->page(pageId)->block(hero)->props.value("image").toMap().value("mode").toString(),
            QString("background"));
        // image.content is a slot inside an object: it survives the edit of its sibling.
        QVERIFY(doc->page(pageId)->block(hero)->slotArea("image.content") == nullptr ||
                doc->page(pageId)->block(hero)->props.value("image").toMap().contains(
                    QStringLiteral("content")));
        QVERIFY(doc->perform(*doc->makeSetProp(pageId, "root", "title", QCborValue("Renamed"))));
        QCOMPARE(doc->page(pageId)->rootProps.value("title").toString(), QString("Renamed"));
        auto outOfRange =
            doc->apply(*doc->makeSetProp(pageId, hero, "buttons[5].label", QCborValue("x")));
        QVERIFY(!outOfRange);
        QVERIFY(outOfRange.error().message.contains("out of range"));
        auto replace =
            doc->makeReplaceRoot(pageId, parseOrDie(R"({"title":"R","extra":[1,2]})").toMap());
        QVERIFY(doc->perform(*replace));
        QCOMPARE(doc->page(pageId)->rootProps.value("extra").toArray().size(), 2);
        doc->undoStack()->undo();
        QCOMPARE(doc->page(pageId)->rootProps.value("title").toString(), QString("Renamed"));
    }

    void journalFailureRevertsTheEdit()
    {
        auto doc = siteWith("demo-home-slots.json");
        const QString pageId = doc->pages().front()->id;
        const QCborMap before = snapshot(*doc);
        int changes = 0;
        connect(doc.get(), &SiteDocument::changed, this, [&] { ++changes; });
        doc->setJournal([](const Operation &) -> Result<void> { return fail("disk full"); });
        auto r = doc->perform(*doc->makeRemove(pageId, "Hero-1687283596554"));
        QVERIFY(!r);
        QCOMPARE(r.error().message, QString("disk full"));
        QVERIFY(json::equal(before, snapshot(*doc), true));
        QCOMPARE(changes, 0); // nothing was shown
        QCOMPARE(doc->undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Operations)
#include "tst_operations.moc"
