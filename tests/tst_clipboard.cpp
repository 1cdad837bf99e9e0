#include "clipboard.h"
#include "page.h"
#include "sitedocument.h"
#include "testutil.h"

#include <QSet>
#include <QTest>
#include <QUndoStack>

using namespace ss;
using namespace ss::test;

namespace {

std::unique_ptr<SiteDocument> siteWith(const QCborMap &data)
{
    auto doc = std::make_unique<SiteDocument>();
    doc->id = "site";
    auto op = doc->makeAddPage("/", "Home", data);
    if (!op || !doc->apply(*op))
        qFatal("cannot build test site");
    return doc;
}

QSet<QString> idsOf(const Page &p)
{
    QSet<QString> ids;
    forEachBlock(p, [&](Block *b) { ids.insert(b->id); });
    return ids;
}

int subtreeSize(const Block &b)
{
    int n = 1;
    for (const auto &a : b.areas)
        for (const auto &c : a->children)
            n += subtreeSize(*c);
    return n;
}

} // namespace

// Copy/paste of blocks as Puck Data: between sites, within a page (fresh ids), with slots and
// legacy zones; bad clipboard JSON is refused with the place that is wrong.
class tst_Clipboard : public QObject
{
    Q_OBJECT
private slots:
    void copyPastesIntoAnotherSiteWithSlots()
    {
        auto from = siteWith(parseOrDie(readFile(fixture("demo-home-slots.json"))).toMap());
        const Page &src = *from->pages().front();
        const QString grid = "Grid-c4cd99ae-8c5e-4cdb-87d2-35a639f5163e";
        const QString heading = "Heading-1687297593514";
        // The grid's first card is inside the grid: copied once, with the grid.
        const QString card = src.block(grid)->slotArea("items")->children.front()->id;
        const QCborMap data = clipboard::copy(src, {grid, heading, card});
        QCOMPARE(data.value("content").toArray().size(), 2); // document order: heading, grid
        QCOMPARE(data.value("content").toArray().at(0).toMap().value("type").toString(),
                 QString("Heading"));
        QVERIFY(data.value("root").isMap()); // Puck Data shape

        auto to = siteWith(QCborMap());
        const QString pageId = to->pages().front()->id;
        auto payloads = clipboard::parse(data);
        QVERIFY2(payloads, SS_WHY(payloads));
        QCOMPARE(payloads->size(), 2);
        for (qsizetype i = 0; i < payloads->size(); ++i) {
            auto op = to->makePaste(pageId, AreaRef{}, i, payloads->at(i));
            QVERIFY2(op, SS_WHY(op));
            QVERIFY(to->perform(*op));
        }
        const Page &dst = *to->pages().front();
        QCOMPARE(int(dst.blockCount()), 1 + subtreeSize(*src.block(grid)));
        QVERIFY(!idsOf(dst).intersects(idsOf(src))); // fresh ids
        const Block *pastedGrid = dst.content->children.at(1).get();
        QCOMPARE(pastedGrid->type, QString("Grid"));
        QCOMPARE(pastedGrid->slotArea("items")->children.size(),
                 src.block(grid)->slotArea("items")->children.size());
    }

    void pasteIntoTheSamePageWithZonesAndUndo()
    {
        auto doc = siteWith(parseOrDie(readFile(fixture("demo-home-zones-v0.18.3.json"))).toMap());
        const QString pageId = doc->pages().front()->id;
        const Page &page = *doc->pages().front();
        const QString grid = "Grid-c4cd99ae-8c5e-4cdb-87d2-35a639f5163e";
        const QCborMap data = clipboard::copy(page, {grid});
        QVERIFY(data.value("zones").toMap().contains(grid + ":grid"));
        const QCborMap before = doc->toJson();
        const qsizetype count = page.blockCount();
        const int size = subtreeSize(*page.block(grid));
        QVERIFY(size > 1);

        auto payloads = clipboard::parse(data);
        QVERIFY2(payloads, SS_WHY(payloads));
        QCOMPARE(payloads->size(), 1);
        auto op = doc->makePaste(pageId, AreaRef{}, 0, payloads->first());
        QVERIFY2(op, SS_WHY(op));
        QVERIFY(doc->perform(*op));
        QCOMPARE(page.blockCount(), count + size);
        const Block *copy = page.content->children.front().get();
        QVERIFY(copy->id != grid);
        QCOMPARE(subtreeSize(*copy), size); // the zone's blocks came along, under the copy
        doc->undoStack()->undo();
        QCOMPARE(doc->toJson(), before);
    }

    void aWholePuckPageAndSingleItemsPaste()
    {
        auto page = clipboard::parse(parseOrDie(readFile(fixture("demo-home-slots.json"))));
        QVERIFY2(page, SS_WHY(page));
        QCOMPARE(page->size(), 27);
        auto one =
            clipboard::parse(parseOrDie(R"({"type":"Heading","props":{"id":"h","text":"Hi"}})"));
        QVERIFY2(one, SS_WHY(one));
        QCOMPARE(one->size(), 1);
    }

    void badClipboardJsonSaysWhere_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not puck") << R"({"hello":1})"
                                  << "expected Puck data";
        QTest::newRow("no type") << R"({"content":[{"type":"Text","props":{}},{"props":{}}]})"
                                 << "content[1]";
        QTest::newRow("empty") << R"({"content":[]})"
                               << "no blocks";
        QTest::newRow("zones") << R"({"content":[{"type":"Text","props":{}}],"zones":[]})"
                               << "zones";
    }
    void badClipboardJsonSaysWhere()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        auto r = clipboard::parse(parseOrDie(json.toUtf8()));
        QVERIFY(!r);
        QVERIFY2(r.error().toString().contains(expected), qPrintable(r.error().toString()));
    }
};

QTEST_MAIN(tst_Clipboard)
#include "tst_clipboard.moc"
