#include "json.h"
#include "page.h"
#include "pagediff.h"
#include "puckcodec.h"
#include "sitedocument.h"
#include "testutil.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>
#include <QUndoStack>

using namespace ss;
using namespace ss::test;

namespace {

const char *const kData =
    "{\"root\": {\"props\": {\"title\": \"Home\"}}, \"content\": ["
    " {\"type\": \"Hero\", \"props\": {\"id\": \"h1\", \"title\": \"Old title\","
    "   \"buttons\": [{\"label\": \"A\"}, {\"label\": \"B\"}]}},"
    " {\"type\": \"Text\", \"props\": {\"id\": \"t1\", \"text\": \"removed later\"}},"
    " {\"type\": \"Columns\", \"props\": {\"id\": \"c1\", \"left\": ["
    "   {\"type\": \"Text\", \"props\": {\"id\": \"t2\", \"text\": \"in the slot\"}}]}},"
    " {\"type\": \"Text\", \"props\": {\"id\": \"t3\", \"text\": \"last\"}}"
    "], \"zones\": {}}";

std::unique_ptr<SiteDocument> makeSite()
{
    auto doc = std::make_unique<SiteDocument>();
    doc->id = QStringLiteral("site");
    auto op = doc->makeAddPage(QStringLiteral("/"), QStringLiteral("Home"),
                               parseOrDie(QByteArray(kData)).toMap());
    if (!op || !doc->apply(*op))
        qFatal("cannot build test site");
    return doc;
}

std::unique_ptr<SiteDocument> copyOf(const SiteDocument &doc)
{
    auto copy = SiteDocument::fromJson(doc.toJson());
    if (!copy)
        qFatal("cannot copy the site");
    return std::move(*copy);
}

QCborMap textItem(const QString &id, const QString &text)
{
    QCborMap props;
    props.insert(QStringLiteral("id"), id);
    props.insert(QStringLiteral("text"), text);
    QCborMap item;
    item.insert(QStringLiteral("type"), QStringLiteral("Text"));
    item.insert(QStringLiteral("props"), props);
    return item;
}

void must(const Result<Operation> &op, SiteDocument &doc)
{
    QVERIFY2(op, SS_WHY(op));
    auto r = doc.perform(*op);
    QVERIFY2(r, SS_WHY(r));
}

QStringList ids(const Area &a)
{
    QStringList out;
    for (const auto &c : a.children)
        out << c->id;
    return out;
}

} // namespace

class tst_PageDiff : public QObject
{
    Q_OBJECT
private slots:
    void identicalPagesHaveNoDifferences()
    {
        auto doc = makeSite();
        auto old = copyOf(*doc);
        const Page &page = *doc->pages().front();
        const Page *oldPage = pagediff::matchingPage(*old, page);
        QVERIFY(oldPage);
        QVERIFY(pagediff::diff(*oldPage, page).isEmpty());
    }

    void matchesPagesByIdThenSlug()
    {
        auto doc = makeSite();
        auto old = copyOf(*doc);
        Page &page = *doc->pages().front();
        QCOMPARE(pagediff::matchingPage(*old, page), old->pages().front().get());
        // A page deleted and re-created at the same address: no id in common, same slug.
        page.id = QStringLiteral("another-id");
        QCOMPARE(pagediff::matchingPage(*old, page), old->pages().front().get());
        page.slug = QStringLiteral("/elsewhere");
        QCOMPARE(pagediff::matchingPage(*old, page), nullptr);
    }

    void changedPathsAreLeavesAndSkipIdAndSlots()
    {
        const QCborValue a = parseOrDie(QByteArray(
            "{\"id\": \"x\", \"title\": \"A\", \"items\": [{\"l\": 1}, {\"l\": 2}], \"tags\": "
            "[1], \"slot\": [], \"same\": {\"k\": true}, \"gone\": 1}"));
        const QCborValue b = parseOrDie(QByteArray(
            "{\"id\": \"y\", \"title\": \"B\", \"items\": [{\"l\": 1}, {\"l\": 3}], \"tags\": [1, "
            "2], \"slot\": [{\"type\": \"T\", \"props\": {\"id\": \"z\"}}], \"same\": {\"k\": "
            "true}, \"new\": {\"deep\": 1}}"));
        const QStringList paths = pagediff::changedPaths(
            a, b, [](const PropertyPath &p) { return p.toString() == QLatin1String("slot"); });
        QCOMPARE(paths, (QStringList{"title", "items[1].l", "tags", "gone", "new"}));
    }

    void diffNamesAddedRemovedChangedAndMovedBlocks()
    {
        auto doc = makeSite();
        auto old = copyOf(*doc);
        const QString pid = doc->pages().front()->id;
        must(doc->makeSetProp(pid, "h1", "buttons[1].label", QStringLiteral("Book now")), *doc);
        must(doc->makeSetProp(pid, "root", "title", QStringLiteral("Welcome")), *doc);
        must(doc->makeRemove(pid, "t1"), *doc);
        must(doc->makeMove(pid, "t3", AreaRef{}, 0), *doc); // t3 h1 c1
        must(doc->makeMove(pid, "t2", AreaRef{}, 3), *doc); // t3 h1 c1 t2 (out of the slot)
        must(doc->makeInsert(pid, AreaRef{}, 3, textItem("n1", "new")), *doc);
        doc->pages().front()->title = QStringLiteral("Start");

        const Page &page = *doc->pages().front();
        const PageDiff d = pagediff::diff(*pagediff::matchingPage(*old, page), page);
        QCOMPARE(d.changedMeta, QStringList{"title"});
        QStringList order;
        for (const BlockDiff &b : d.blocks)
            order << b.blockId;
        // Root first, then the current page in document order, then removed blocks.
        QCOMPARE(order, (QStringList{"root", "t3", "h1", "n1", "t2", "t1"}));
        QCOMPARE(d.find("root")->changedProps, QStringList{"title"});
        QCOMPARE(d.find("h1")->changedProps, QStringList{"buttons[1].label"});
        QVERIFY(!d.find("h1")->moved);
        QVERIFY(d.find("t3")->moved && !d.find("t3")->propsChanged());
        QVERIFY(d.find("t2")->moved);
        QCOMPARE(d.find("t2")->oldArea.compound(), QStringLiteral("c1:left"));
        QCOMPARE(d.find("t2")->newArea.compound(), QStringLiteral("root:default-zone"));
        QVERIFY(d.find("n1")->added);
        QVERIFY(d.find("t1")->removed);
        QCOMPARE(d.find("t1")->oldIndex, 1);
        QCOMPARE(d.find("t1")->label, QStringLiteral("Text \u00b7 removed later"));
        // One block moved down reads as one move: h1 and c1 kept their order.
        QVERIFY(!d.find("c1"));
    }

    void changedBlockIsListedWithItsPaths()
    {
        auto doc = makeSite();
        auto old = copyOf(*doc);
        const QString pid = doc->pages().front()->id;
        must(doc->makeSetProp(pid, "h1", "buttons[1].label", QStringLiteral("Book now")), *doc);
        must(doc->makeSetProp(pid, "h1", "title", QStringLiteral("New title")), *doc);
        const Page &page = *doc->pages().front();
        const PageDiff d = pagediff::diff(*old->pages().front(), page);
        QCOMPARE(d.blocks.size(), 1);
        QCOMPARE(d.blocks.front().blockId, QStringLiteral("h1"));
        QCOMPARE(d.blocks.front().changedProps, (QStringList{"title", "buttons[1].label"}));
        QVERIFY(!d.blocks.front().moved);
        QCOMPARE(d.blocks.front().label, QStringLiteral("Hero \u00b7 New title"));
    }

    void restoreChangedBlockIsOneUndoStep()
    {
        auto doc = makeSite();
        auto old = copyOf(*doc);
        const QString pid = doc->pages().front()->id;
        must(doc->makeSetProp(pid, "h1", "buttons[1].label", QStringLiteral("Book now")), *doc);
        must(doc->makeSetProp(pid, "h1", "title", QStringLiteral("New title")), *doc);
        must(doc->makeSetProp(pid, "h1", "subtitle", QStringLiteral("added prop")), *doc);
        int journaled = 0;
        doc->setJournal([&](const Operation &) -> Result<void> {
            ++journaled;
            return {};
        });
        const int steps = doc->undoStack()->count();
        auto r = pagediff::restoreBlock(*doc, pid, *old->pages().front(), "h1", "Restore Hero");
        QVERIFY2(r, SS_WHY(r));
        QCOMPARE(journaled, 3); // each op is an ordinary, journaled edit
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Restore Hero"));
        const Block *h1 = doc->pages().front()->block("h1");
        QCOMPARE(h1->props, old->pages().front()->block("h1")->props);
        QVERIFY(pagediff::diff(*old->pages().front(), *doc->pages().front()).isEmpty());
        doc->undoStack()->undo();
        QCOMPARE(h1->props.value("title").toString(), QStringLiteral("New title"));
        QCOMPARE(h1->props.value("subtitle").toString(), QStringLiteral("added prop"));
    }

    void restoreRemovedBlockGoesBackAfterItsOldNeighbour()
    {
        auto doc = makeSite();
        auto old = copyOf(*doc);
        const QString pid = doc->pages().front()->id;
        must(doc->makeRemove(pid, "t1"), *doc);
        must(doc->makeInsert(pid, AreaRef{}, 0, textItem("n1", "new first")), *doc);
        auto r = pagediff::restoreBlock(*doc, pid, *old->pages().front(), "t1", "Restore");
        QVERIFY2(r, SS_WHY(r));
        const Page &page = *doc->pages().front();
        // After h1, which preceded it in the old revision (not at its old index 1).
        QCOMPARE(ids(*page.content), (QStringList{"n1", "h1", "t1", "c1", "t3"}));
        QCOMPARE(page.block("t1")->props, old->pages().front()->block("t1")->props);
        doc->undoStack()->undo();
        QVERIFY(!doc->pages().front()->block("t1"));
    }

    void restoreRemovedBlockWithoutItsAreaGoesToTheEnd()
    {
        auto doc = makeSite();
        auto old = copyOf(*doc);
        const QString pid = doc->pages().front()->id;
        must(doc->makeRemove(pid, "c1"), *doc); // t2 lived in c1's slot
        const Page &oldPage = *old->pages().front();
        auto r = pagediff::restoreBlock(*doc, pid, oldPage, "t2", "Restore");
        QVERIFY2(r, SS_WHY(r));
        QCOMPARE(ids(*doc->pages().front()->content), (QStringList{"h1", "t1", "t3", "t2"}));
        // Restoring the columns block now brings it back (with t2 in its slot) only if t2's id
        // is free again: it is not, so it fails and changes nothing.
        const QCborMap before = doc->toJson();
        auto again = pagediff::restoreBlock(*doc, pid, oldPage, "c1", "Restore");
        QVERIFY(!again);
        QVERIFY(again.error().message.contains("restore the page"));
        QCOMPARE(doc->toJson(), before);
        doc->undoStack()->undo();
        auto c1 = pagediff::restoreBlock(*doc, pid, oldPage, "c1", "Restore");
        QVERIFY2(c1, SS_WHY(c1));
        QCOMPARE(ids(*doc->pages().front()->content), (QStringList{"h1", "t1", "c1", "t3"}));
        QCOMPARE(doc->pages().front()->block("t2")->parent->compound(), QStringLiteral("c1:left"));
    }

    void restoreMovedAndAddedBlocks()
    {
        auto doc = makeSite();
        auto old = copyOf(*doc);
        const QString pid = doc->pages().front()->id;
        must(doc->makeMove(pid, "t3", AreaRef{}, 0), *doc);
        must(doc->makeMove(pid, "t2", AreaRef{}, 0), *doc);
        must(doc->makeInsert(pid, AreaRef{}, 1, textItem("n1", "new")), *doc);
        const Page &oldPage = *old->pages().front();
        QVERIFY(pagediff::restoreBlock(*doc, pid, oldPage, "t3", "Restore"));
        QVERIFY(pagediff::restoreBlock(*doc, pid, oldPage, "t2", "Restore"));
        QVERIFY(pagediff::restoreBlock(*doc, pid, oldPage, "n1", "Restore")); // added: removed
        QCOMPARE(puck::exportData(*doc->pages().front()), puck::exportData(oldPage));
        QVERIFY(!pagediff::restoreBlock(*doc, pid, oldPage, "h1", "Restore")); // nothing to do
    }

    void restoreRootPropsAsABlock()
    {
        auto doc = makeSite();
        auto old = copyOf(*doc);
        const QString pid = doc->pages().front()->id;
        must(doc->makeSetProp(pid, "root", "title", QStringLiteral("Welcome")), *doc);
        must(doc->makeSetProp(pid, "root", "seo", QStringLiteral("added")), *doc);
        const PageDiff d = pagediff::diff(*old->pages().front(), *doc->pages().front());
        QCOMPARE(d.blocks.size(), 1);
        QCOMPARE(d.blocks.front().changedProps, (QStringList{"title", "seo"}));
        auto r = pagediff::restoreBlock(*doc, pid, *old->pages().front(), "root",
                                        "Restore page "
                                        "settings");
        QVERIFY2(r, SS_WHY(r));
        QCOMPARE(doc->pages().front()->rootProps, old->pages().front()->rootProps);
        doc->undoStack()->undo();
        QCOMPARE(doc->pages().front()->rootProps.value("seo").toString(), QStringLiteral("added"));
    }

    void restorePageReplacesItsDataInOneStep()
    {
        auto doc = makeSite();
        auto old = copyOf(*doc);
        const QString pid = doc->pages().front()->id;
        must(doc->makeSetProp(pid, "h1", "title", QStringLiteral("Changed")), *doc);
        must(doc->makeRemove(pid, "c1"), *doc);
        must(doc->makeSetProp(pid, "root", "title", QStringLiteral("Welcome")), *doc);
        const QCborMap edited = puck::exportData(*doc->pages().front());
        const int steps = doc->undoStack()->count();
        auto r = pagediff::restorePage(*doc, pid, *old->pages().front());
        QVERIFY2(r, SS_WHY(r));
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(puck::exportData(*doc->pages().front()), puck::exportData(*old->pages().front()));
        doc->undoStack()->undo();
        QCOMPARE(puck::exportData(*doc->pages().front()), edited);
    }

    void fixturePagesDiffCleanly()
    {
        // Real Puck data (slots and legacy zones) against itself after a round trip.
        for (const char *file : {"demo-home-slots.json", "demo-home-zones-v0.18.3.json"}) {
            auto page = puck::importData(parseOrDie(readFile(fixture(file))));
            QVERIFY2(page, SS_WHY(page));
            auto again = puck::importData(puck::exportData(**page));
            QVERIFY2(again, SS_WHY(again));
            QVERIFY2(pagediff::diff(**page, **again).isEmpty(), file);
        }
    }
};

QTEST_GUILESS_MAIN(tst_PageDiff)
#include "tst_pagediff.moc"
