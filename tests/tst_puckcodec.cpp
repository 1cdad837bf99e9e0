#include "json.h"
#include "puckcodec.h"
#include "testutil.h"
#include "thememanifest.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

using namespace ss;
using namespace ss::test;

class tst_PuckCodec : public QObject
{
    Q_OBJECT
private slots:
    void fixturesRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("blocks");
        QTest::newRow("slots") << "demo-home-slots.json" << -1;
        QTest::newRow("zones v0.18.3") << "demo-home-zones-v0.18.3.json" << -1;
        QTest::newRow("performance 1900") << "performance-1900-nodes.json" << 1900;
    }
    void fixturesRoundTrip()
    {
        QFETCH(QString, file);
        QFETCH(int, blocks);
        const QByteArray text = readFile(fixture(file));
        const QCborValue input = parseOrDie(text);
        auto page = puck::importData(input);
        QVERIFY2(page, SS_WHY(page));
        if (blocks >= 0)
            QCOMPARE((*page)->blockCount(), blocks);
        QVERIFY((*page)->blockCount() > 10);
        const QCborMap out = puck::exportData(**page);
        // Same keys, values and array order, and object keys in the same order too.
        QVERIFY(json::equal(input, out, /*orderMatters=*/true));
        // The pretty printer writes what Puck's tools wrote, byte for byte, for the indented files.
        if (text.startsWith("{\n  \""))
            QCOMPARE(json::write(out, json::Style::Indented),
                     text.endsWith('\n') ? text : text + '\n');
    }

    void zonesFormBuildsTheTree()
    {
        auto page = puck::importData(parseOrDie(readFile(fixture("demo-home-zones-v0.18.3.json"))));
        QVERIFY(page);
        Block *grid = (*page)->block("Grid-c4cd99ae-8c5e-4cdb-87d2-35a639f5163e");
        QVERIFY(grid);
        Area *zone = grid->area("grid");
        QVERIFY(zone);
        QCOMPARE(zone->kind, AreaKind::Zone);
        QVERIFY(!zone->children.empty());
        QCOMPARE(zone->children.front()->type, QStringLiteral("Card"));
        QCOMPARE((*page)->jsonPath(zone->children.front().get()),
                 QStringLiteral("zones[\"Grid-c4cd99ae-8c5e-4cdb-87d2-35a639f5163e:grid\"][0]"));
    }

    void slotsInsideObjectsAndArrays()
    {
        const QByteArray text =
            R"({"root":{"props":{"title":"t","footer":[{"type":"X","props":{"id":"f1"}}]}},
          "content":[{"type":"Hero","props":{"id":"h1","image":{"url":"u","content":[{"type":"Text","props":{"id":"t1","text":"a"}}]},
            "cols":[{"slot":[{"type":"Text","props":{"id":"t2"}}]},{"slot":[]}], "empty":[]},"readOnly":{"image.content":true},"custom":7}],
          "zones":{}, "meta":{"unknown":[1,null,{"deep":true}]}})";
        const QCborValue input = parseOrDie(text);
        auto page = puck::importData(input);
        QVERIFY2(page, SS_WHY(page));
        Page &p = **page;
        QCOMPARE(p.blockCount(), 4);
        QVERIFY(p.block("h1")->slotArea("image.content"));
        QVERIFY(p.block("h1")->slotArea("cols[0].slot"));
        QCOMPARE(p.jsonPath(p.block("t2")), QStringLiteral("content[0].props.cols[0].slot[0]"));
        QCOMPARE(p.jsonPath(p.block("f1")), QStringLiteral("root.props.footer[0]"));
        QVERIFY(json::equal(input, puck::exportData(p), true));
    }

    void legacyRootIsReadAndKept()
    {
        const QCborValue input =
            parseOrDie(R"({"content":[],"root":{"title":"Old page","count":3}})");
        auto page = puck::importData(input);
        QVERIFY(page);
        QVERIFY((*page)->legacyRoot);
        QCOMPARE((*page)->rootProps.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Old page"));
        QCOMPARE((*page)->title, QStringLiteral("Old page"));
        QVERIFY(json::equal(input, puck::exportData(**page), true));
    }

    void rootDropZones()
    {
        const QCborValue input = parseOrDie(
            R"({"root":{"props":{}},"content":[],"zones":{"root:footer":[{"type":"HeadingBlock","props":{"id":"Heading-999","title":"Footer"},"readOnly":{"title":true}}],"gone-1:zone":[{"type":"T","props":{"id":"o1"}}]}})");
        auto page = puck::importData(input);
        QVERIFY2(page, SS_WHY(page));
        QVERIFY((*page)->rootArea("footer"));
        QVERIFY((*page)->block("o1")); // orphan zone content stays addressable
        QVERIFY(json::equal(input, puck::exportData(**page), true));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QTest::newRow("not an object") << QByteArray("[]") << ""
                                       << "expected a Puck Data object";
        QTest::newRow("content not array") << QByteArray(R"({"content":{}})") << "content"
                                           << "expected an array";
        QTest::newRow("non-object props")
            << QByteArray(R"({"content":[{"type":"A","props":"x"}]})") << "content[0].props"
            << "expected an object, found string";
        QTest::newRow("props array")
            << QByteArray(R"({"content":[{"type":"A","props":[1]}]})") << "content[0].props"
            << "found array";
        QTest::newRow("missing id")
            << QByteArray(R"({"content":[{"type":"A","props":{}}]})") << "content[0].props.id"
            << "missing block id";
        QTest::newRow("missing type")
            << QByteArray(R"({"content":[{"props":{"id":"a"}}]})") << "content[0].type"
            << "missing component type";
        QTest::newRow("item not object") << QByteArray(R"({"content":[5]})") << "content[0]"
                                         << "expected a block object";
        QTest::newRow("duplicate ids")
            << QByteArray(
                   R"({"content":[{"type":"A","props":{"id":"x"}},{"type":"B","props":{"id":"x"}}]})")
            << "content[1].props.id"
            << "duplicate block id \"x\" (also at content[0])";
        QTest::newRow("duplicate id in slot")
            << QByteArray(
                   R"({"content":[{"type":"A","props":{"id":"x","items":[{"type":"B","props":{"id":"y"}},{"type":"B","props":{"id":"y"}}]}}]})")
            << "content[0].props.items[1].props.id"
            << "duplicate block id";
        QTest::newRow("zone contains ancestor")
            << QByteArray(
                   R"({"content":[{"type":"Grid","props":{"id":"A"}}],"zones":{"A:z":[{"type":"Box","props":{"id":"B"}}],"B:z":[{"type":"Grid","props":{"id":"A"}}]}})")
            << "zones[\"B:z\"][0]"
            << "its own ancestor";
        QTest::newRow("slot contains ancestor")
            << QByteArray(
                   R"({"content":[{"type":"G","props":{"id":"A","items":[{"type":"G","props":{"id":"A"}}]}}]})")
            << "content[0].props.items[0]"
            << "its own ancestor";
        QTest::newRow("bad zone key")
            << QByteArray(R"({"content":[],"zones":{"nocolon":[]}})") << "zones[\"nocolon\"]"
            << "zone key";
    }
    void refused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        QFETCH(QString, message);
        auto page = puck::importData(parseOrDie(text));
        QVERIFY(!page);
        QCOMPARE(page.error().where, where);
        QVERIFY2(page.error().message.contains(message), SS_WHY(page));
    }

    void deepBlockNestingIsRefused()
    {
        // 120 nested slots fit the JSON depth limit (4 levels each) but not the block limit:
        // refused with the block limit, by an importer whose recursion is bounded by it.
        // (10,000-deep input is refused earlier by the JSON parser; see tst_json and
        // cli_bad_input.)
        QByteArray text = "{\"content\":[";
        for (int i = 0; i < 120; ++i)
            text +=
                "{\"type\":\"G\",\"props\":{\"id\":\"b" + QByteArray::number(i) + "\",\"items\":[";
        text += "{\"type\":\"G\",\"props\":{\"id\":\"leaf\"}}";
        for (int i = 0; i < 120; ++i)
            text += "]}}";
        text += "]}";
        auto v = json::parse(text);
        QVERIFY2(v, SS_WHY(v));
        auto page = puck::importData(*v);
        QVERIFY(!page);
        QVERIFY2(page.error().message.contains("nested deeper than 100"), SS_WHY(page));
        QVERIFY(page.error().where.startsWith("content[0].props.items[0]"));
    }

    void zonesToSlotsIsExplicitAndComplete()
    {
        auto manifest =
            ThemeManifest::parse(parseOrDie(R"({"id":"t1","layout":"l.html","components":{
            "Grid":{"template":"g.html","fields":{"items":{"type":"slot"}}},
            "Flex":{"template":"f.html","fields":{"items":{"type":"slot"}}},
            "Card":{"template":"c.html"},"Hero":{"template":"h.html"},"Heading":{"template":"h.html"},
            "Text":{"template":"t.html"},"Space":{"template":"s.html"},"Stats":{"template":"s.html"},
            "Button":{"template":"b.html"},"Logos":{"template":"l.html"},"Template":{"template":"t.html"}}})"),
                                 "m");
        QVERIFY2(manifest, SS_WHY(manifest));
        auto page = puck::importData(parseOrDie(readFile(fixture("demo-home-zones-v0.18.3.json"))));
        QVERIFY(page);
        const QCborMap before = puck::exportData(**page);

        // Without a mapping the zones named grid/flex have no slot of that name: nothing changes.
        auto refused = puck::convertZonesToSlots(**page, &*manifest, {});
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains("has no slot \"grid\""));
        QVERIFY(json::equal(before, puck::exportData(**page), true));

        QHash<QString, QHash<QString, QString>> renames;
        renames["Grid"]["grid"] = "items";
        renames["Flex"]["flex"] = "items";
        auto done = puck::convertZonesToSlots(**page, &*manifest, renames);
        QVERIFY2(done, SS_WHY(done));
        QCOMPARE(done->moved.size(), 3);
        const QCborMap after = puck::exportData(**page);
        QVERIFY(after.value(QStringLiteral("zones")).toMap().isEmpty());
        // The result has the same blocks, now in slots, like the 0.19 fixture's structure.
        auto slotsPage = puck::importData(parseOrDie(readFile(fixture("demo-home-slots.json"))));
        QVERIFY(slotsPage);
        QCOMPARE((*page)->blockCount(), (*slotsPage)->blockCount());
        QCOMPARE((*page)->jsonPath((*page)->block("Card-66ab42c9-d1da-4c44-9dba-5d7d72f2178d")),
                 (*slotsPage)
                     ->jsonPath((*slotsPage)->block("Card-66ab42c9-d1da-4c44-9dba-5d7d72f2178d")));
    }
};

QTEST_GUILESS_MAIN(tst_PuckCodec)
#include "tst_puckcodec.moc"
