// Pages without widgets: page templates, moving a page (one undo step), the search and sharing
// fields (format, edits, <head>), and taking over the server's version of a site (adopt).
#include "operation.h"
#include "page.h"
#include "pagetemplates.h"
#include "puckcodec.h"
#include "renderer.h"
#include "sitedocument.h"
#include "sitewizard.h"
#include "startersite.h"
#include "testutil.h"
#include "themepackage.h"
#include "validator.h"

#include <QCborArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace ss;

namespace {

std::shared_ptr<const ThemePackage> themePackage(const QString &id)
{
    static ThemeRegistry registry;
    static QHash<QString, std::shared_ptr<const ThemePackage>> loaded;
    if (!loaded.contains(id))
        loaded.insert(id, *registry.theme(id));
    return loaded.value(id);
}

const ThemeManifest &theme(const QString &id)
{
    return themePackage(id)->manifest();
}

QStringList types(const QCborMap &data)
{
    QStringList out;
    for (const QCborValue &item : data.value(QStringLiteral("content")).toArray())
        out << item.toMap().value(QStringLiteral("type")).toString();
    return out;
}

QCborMap itemOf(const QCborMap &data, const QString &type)
{
    for (const QCborValue &item : data.value(QStringLiteral("content")).toArray())
        if (item.toMap().value(QStringLiteral("type")).toString() == type)
            return item.toMap();
    return {};
}

std::unique_ptr<SiteDocument> site(const QStringList &slugs)
{
    auto doc =
        makeStarterSite(QStringLiteral("Trattoria Sole"), theme(QStringLiteral("studio")), true);
    for (const QString &slug : slugs) {
        auto op = doc->makeAddPage(slug, slug.mid(1).toUpper(), QCborMap());
        if (!op || !doc->apply(*op))
            qFatal("cannot add %s", qPrintable(slug));
    }
    return doc;
}

QStringList slugs(const SiteDocument &doc)
{
    QStringList out;
    for (const auto &p : doc.pages())
        out << p->slug;
    return out;
}

} // namespace

class tst_PageTemplates : public QObject
{
    Q_OBJECT
private slots:
    void everyTemplateBuildsAValidPage_data()
    {
        QTest::addColumn<QString>("themeId");
        QTest::addColumn<QString>("templateId");
        for (const QString &themeId : {QStringLiteral("studio"), QStringLiteral("harbor")})
            for (const PageTemplate &t : pageTemplates())
                QTest::addRow("%s/%s", qPrintable(themeId), qPrintable(t.id)) << themeId << t.id;
    }
    void everyTemplateBuildsAValidPage()
    {
        QFETCH(QString, themeId);
        QFETCH(QString, templateId);
        const ThemeManifest &manifest = theme(themeId);
        auto doc = makeStarterSite(QStringLiteral("Trattoria Sole"), manifest, true);
        const PageTemplate *t = pageTemplate(templateId);
        QVERIFY(t);
        auto data = buildTemplatePage(*t, t->title, *doc, manifest, SiteBlueprint{});
        QVERIFY2(data, SS_WHY(data));
        QCOMPARE(types(*data), pageTemplateBlocks(*t, manifest));
        // Added as one page, valid for the theme.
        auto op = doc->makeAddPage(doc->proposeSlug(t->title), t->title, *data);
        QVERIFY2(op, SS_WHY(op));
        QVERIFY(doc->apply(*op));
        const Page *page = doc->page(op->pageId);
        for (const ValidationIssue &i : validatePage(*page, manifest, QString()))
            QVERIFY2(i.severity != ValidationIssue::Severity::Error, qPrintable(i.message));
    }

    void templatesUseTheBriefAndTheSitesNavigation()
    {
        const ThemeManifest &manifest = theme(QStringLiteral("studio"));
        auto doc = makeStarterSite(QStringLiteral("Trattoria Sole"), manifest, true);
        QVERIFY(pageTemplates().size() >= 8);
        for (const char *id :
             {"blank", "about", "contact", "services", "pricing", "faq", "blog-post", "menu"})
            QVERIFY2(pageTemplate(QString::fromLatin1(id)), id);
        QVERIFY(pageTemplateBlocks(*pageTemplate(QStringLiteral("blank")), manifest).isEmpty());

        // The home page's navbar has a brand the user chose: a new page gets that navbar.
        Page *home = doc->pageBySlug(QStringLiteral("/"));
        QString navbarId;
        forEachBlock(*home, [&](const Block *b) {
            if (b->type == QLatin1String("Navbar"))
                navbarId = b->id;
        });
        QVERIFY(!navbarId.isEmpty());
        auto set = doc->makeSetProp(home->id, navbarId, QStringLiteral("brand"),
                                    QStringLiteral("Sole & Co"));
        QVERIFY(set && doc->apply(*set));

        SiteBlueprint brief;
        brief.name = QStringLiteral("Trattoria Sole");
        brief.description = QStringLiteral("Fresh pasta by the river.");
        brief.objectives = {QStringLiteral("book")};
        auto about = buildTemplatePage(*pageTemplate(QStringLiteral("about")),
                                       QStringLiteral("Our story"), *doc, manifest, brief);
        QVERIFY2(about, SS_WHY(about));
        QCOMPARE(itemOf(*about, QStringLiteral("Heading"))
                     .value("props")
                     .toMap()
                     .value("text")
                     .toString(),
                 QStringLiteral("Our story"));
        QCOMPARE(itemOf(*about, QStringLiteral("RichText"))
                     .value("props")
                     .toMap()
                     .value("body")
                     .toString(),
                 QStringLiteral("Fresh pasta by the river."));
        const QCborMap navbar = itemOf(*about, QStringLiteral("Navbar")).value("props").toMap();
        QCOMPARE(navbar.value("brand").toString(), QStringLiteral("Sole & Co"));
        QVERIFY(navbar.value("id").toString() != navbarId); // its own block id
        QCOMPARE(about->value("root").toMap().value("props").toMap().value("title").toString(),
                 QStringLiteral("Our story"));
    }

    void movePageIsOneUndoStep()
    {
        auto doc = site({QStringLiteral("/a"), QStringLiteral("/b"), QStringLiteral("/c")});
        QList<Operation> journal;
        doc->setJournal([&](const Operation &op) -> Result<void> {
            journal << op;
            return {};
        });
        const Page *c = doc->pageBySlug(QStringLiteral("/c"));
        const QString cId = c->id;
        const QCborMap before = SiteDocument::pageToJson(*c);
        int finished = 0;
        connect(doc.get(), &SiteDocument::batchFinished, this, [&] { ++finished; });
        QCOMPARE(slugs(*doc), QStringList({"/", "/a", "/b", "/c"}));

        QVERIFY(doc->movePage(cId, 1));
        QCOMPARE(slugs(*doc), QStringList({"/", "/c", "/a", "/b"}));
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(finished, 1);
        QCOMPARE(SiteDocument::pageToJson(*doc->page(cId)), before); // id, slug, content kept
        QCOMPARE(journal.size(), 2); // what the cache and the server see: remove + add
        QCOMPARE(journal[0].kind, Operation::Kind::RemovePage);
        QCOMPARE(journal[1].kind, Operation::Kind::AddPage);
        QCOMPARE(journal[1].index, 1);

        doc->undoStack()->undo();
        QCOMPARE(slugs(*doc), QStringList({"/", "/a", "/b", "/c"}));
        QCOMPARE(finished, 2);
        doc->undoStack()->redo();
        QCOMPARE(slugs(*doc), QStringList({"/", "/c", "/a", "/b"}));

        // The home page may move too: it is home by its address.
        QVERIFY(doc->movePage(doc->pageBySlug(QStringLiteral("/"))->id, 3));
        QCOMPARE(slugs(*doc), QStringList({"/c", "/a", "/b", "/"}));
        QVERIFY(!doc->movePage(cId, 9));
        QCOMPARE(doc->undoStack()->count(), 2);

        // A journal failure takes back the whole move.
        bool full = true; // the add fails once; taking back the remove is recorded again
        doc->setJournal([&](const Operation &op) -> Result<void> {
            if (op.kind == Operation::Kind::AddPage && std::exchange(full, false))
                return fail(QStringLiteral("disk full"));
            return {};
        });
        QVERIFY(!doc->movePage(cId, 2));
        QCOMPARE(slugs(*doc), QStringList({"/c", "/a", "/b", "/"}));
        QCOMPARE(doc->undoStack()->count(), 2);
    }

    void seoFieldsAreStoredAndEdited()
    {
        auto doc = site({QStringLiteral("/about")});
        Page *about = doc->pageBySlug(QStringLiteral("/about"));
        // An older page keeps its JSON exactly (no new keys while unset).
        const QCborMap plain = SiteDocument::pageToJson(*about);
        QVERIFY(!plain.contains(QStringLiteral("ogTitle")));
        QVERIFY(!plain.contains(QStringLiteral("noindex")));

        auto op = doc->makeSetPageMeta(
            about->id,
            {{QStringLiteral("ogTitle"), QStringLiteral("About the <Sole>")},
             {QStringLiteral("ogImage"), QStringLiteral("https://cdn.example/x.png")},
             {QStringLiteral("canonical"), QStringLiteral("https://sole.example/about/")},
             {QStringLiteral("noindex"), true}});
        QVERIFY2(op, SS_WHY(op));
        QVERIFY(doc->perform(*op));
        QCOMPARE(about->ogTitle, QStringLiteral("About the <Sole>"));
        QVERIFY(about->noindex);
        doc->undoStack()->undo();
        QCOMPARE(about->ogTitle, QString());
        QVERIFY(!about->noindex);
        doc->undoStack()->redo();

        // Wrong values are refused with a reason.
        auto bad = doc->makeSetPageMeta(about->id,
                                        {{QStringLiteral("canonical"), QStringLiteral("/about")}});
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains("canonical"), qPrintable(bad.error().message));
        QVERIFY(!doc->makeSetPageMeta(
            about->id, {{QStringLiteral("ogImage"), QStringLiteral("javascript:alert(1)")}}));
        QVERIFY(
            !doc->makeSetPageMeta(about->id, {{QStringLiteral("noindex"), QStringLiteral("x")}}));
        QVERIFY(
            !doc->makeSetPageMeta(about->id, {{QStringLiteral("robots"), QStringLiteral("x")}}));
        QVERIFY(doc->makeSetPageMeta(
            about->id,
            {{QStringLiteral("ogImage"),
              QStringLiteral(
                  "assets/"
                  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.png")}}));

        // Slug problems say what is wrong.
        QVERIFY(doc->slugProblem(QStringLiteral("/About Us")).contains("not a valid address"));
        QVERIFY(doc->slugProblem(QStringLiteral("/about")).contains("already has the address"));
        QVERIFY(doc->slugProblem(QStringLiteral("/about"), about->id).isEmpty());
        QVERIFY(doc->slugProblem(QStringLiteral("/team")).isEmpty());

        // Round trip, with a key this version does not know kept.
        QCborMap json = SiteDocument::pageToJson(*about);
        QCOMPARE(json.value("canonical").toString(), QStringLiteral("https://sole.example/about/"));
        QCOMPARE(json.value("noindex").toBool(), true);
        json.insert(QStringLiteral("futureKey"), QCborMap{{QStringLiteral("x"), 1}});
        auto back = SiteDocument::pageFromJson(json, QStringLiteral("page"));
        QVERIFY2(back, SS_WHY(back));
        const QCborMap again = SiteDocument::pageToJson(**back);
        QCOMPARE(again.size(), json.size());
        for (auto it = json.cbegin(); it != json.cend(); ++it)
            QCOMPARE(again.value(it.key()), it.value());

        // An op recorded before these keys existed leaves them alone.
        Operation old;
        old.kind = Operation::Kind::SetPageMeta;
        old.pageId = about->id;
        old.oldValue = QCborMap{{QStringLiteral("slug"), QStringLiteral("/about")},
                                {QStringLiteral("title"), about->title},
                                {QStringLiteral("description"), QString()}};
        old.newValue = QCborMap{{QStringLiteral("slug"), QStringLiteral("/about")},
                                {QStringLiteral("title"), QStringLiteral("About")},
                                {QStringLiteral("description"), QStringLiteral("d")}};
        QVERIFY(doc->apply(old));
        QCOMPARE(about->ogTitle, QStringLiteral("About the <Sole>"));
        QVERIFY(about->noindex);
    }

    void seoFieldsAreInTheHead()
    {
        auto doc = site({QStringLiteral("/about")});
        Page *about = doc->pageBySlug(QStringLiteral("/about"));
        auto op = doc->makeSetPageMeta(
            about->id,
            {{QStringLiteral("description"), QStringLiteral("Pasta \"fresca\" & more")},
             {QStringLiteral("ogTitle"), QStringLiteral("About the <Sole>")},
             {QStringLiteral("ogImage"),
              QStringLiteral(
                  "assets/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.png")},
             {QStringLiteral("canonical"), QStringLiteral("https://sole.example/about/")},
             {QStringLiteral("noindex"), true}});
        QVERIFY2(op, SS_WHY(op));
        QVERIFY(doc->apply(*op));
        Renderer renderer(themePackage(QStringLiteral("studio")));
        const QString html = renderer.renderPage(*doc, *about);
        const QString head = html.section(QStringLiteral("</head>"), 0, 0);
        QVERIFY2(head.contains("<meta name=\"robots\" content=\"noindex\">"), qPrintable(head));
        QVERIFY(head.contains("<link rel=\"canonical\" href=\"https://sole.example/about/\">"));
        QVERIFY(head.contains("<meta property=\"og:title\" content=\"About the &lt;Sole&gt;\">"));
        QVERIFY(head.contains(
            "<meta property=\"og:description\" content=\"Pasta &quot;fresca&quot; &amp; more\">"));
        // The asset, absolute against the canonical URL.
        QVERIFY2(head.contains(
                     "<meta property=\"og:image\" "
                     "content=\"https://sole.example/assets/"
                     "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.png\">"),
                 qPrintable(head));
        QVERIFY(head.contains("<meta property=\"og:site_name\" content=\"Trattoria Sole\">"));

        // Without them: no robots, canonical or image lines.
        const Page *home = doc->pageBySlug(QStringLiteral("/"));
        const QString plain = renderer.renderPage(*doc, *home);
        QVERIFY(!plain.contains("robots"));
        QVERIFY(!plain.contains("canonical"));
        QVERIFY(!plain.contains("og:image"));

        // Valid HTML5 (html5lib in strict mode, as the html5_validity test does).
        if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
            QSKIP("no /usr/bin/python3");
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, html5lib\n"
                                 "html5lib.HTMLParser(strict=True).parse(sys.stdin.buffer.read())\n"
                                 "print('ok')")});
        QVERIFY(py.waitForStarted());
        py.write(html.toUtf8());
        py.closeWriteChannel();
        QVERIFY(py.waitForFinished(30000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
    }

    void adoptTakesTheServersVersionInPlace()
    {
        auto mine = site({QStringLiteral("/a"), QStringLiteral("/b"), QStringLiteral("/c"),
                          QStringLiteral("/d")});
        auto server = SiteDocument::fromJson(mine->toJson());
        QVERIFY2(server, SS_WHY(server));
        SiteDocument &theirs = **server;
        // The server: /a and /b swapped addresses, /c moved first, /d removed, /e added, a text
        // changed on the home page, and new site props.
        const auto id = [](const SiteDocument &d, const char *slug) {
            return d.pageBySlug(QString::fromLatin1(slug))->id;
        };
        const QString a = id(theirs, "/a"), b = id(theirs, "/b");
        QVERIFY(theirs.apply(*theirs.makeSetPageMeta(a, {{QStringLiteral("slug"), "/tmp"}})));
        QVERIFY(theirs.apply(*theirs.makeSetPageMeta(b, {{QStringLiteral("slug"), "/a"}})));
        QVERIFY(theirs.apply(*theirs.makeSetPageMeta(a, {{QStringLiteral("slug"), "/b"}})));
        QVERIFY(theirs.movePage(id(theirs, "/c"), 0));
        QVERIFY(theirs.apply(*theirs.makeRemovePage(id(theirs, "/d"))));
        QVERIFY(theirs.apply(*theirs.makeAddPage(QStringLiteral("/e"), QStringLiteral("E"), {})));
        const Page *home = theirs.pageBySlug(QStringLiteral("/"));
        QString heroId;
        forEachBlock(*home, [&](const Block *blk) {
            if (blk->type == QLatin1String("Hero"))
                heroId = blk->id;
        });
        QVERIFY(!heroId.isEmpty());
        QVERIFY(theirs.apply(
            *theirs.makeSetProp(home->id, heroId, QStringLiteral("title"), QStringLiteral("B!"))));
        QCborMap props = theirs.siteProps;
        props.insert(QStringLiteral("title"), QStringLiteral("Sole"));
        QVERIFY(theirs.apply(*theirs.makeReplaceSiteProps(props)));

        int journaled = 0;
        mine->setJournal([&](const Operation &) -> Result<void> {
            ++journaled;
            return {};
        });
        Page *myHome = mine->pageBySlug(QStringLiteral("/"));
        int changes = 0, finished = 0;
        connect(mine.get(), &SiteDocument::changed, this, [&] { ++changes; });
        connect(mine.get(), &SiteDocument::batchFinished, this, [&] { ++finished; });
        auto r = mine->adopt(theirs);
        QVERIFY2(r, SS_WHY(r));
        QVERIFY(*r > 0);
        QCOMPARE(mine->toJson(), theirs.toJson());
        QCOMPARE(journaled, 0); // from the server: nothing to record or send
        QCOMPARE(mine->undoStack()->count(), 0);
        QVERIFY(changes > 0);
        QCOMPARE(finished, 1);
        QCOMPARE(mine->pageBySlug(QStringLiteral("/")), myHome); // updated in place
        QCOMPARE(myHome->block(heroId)->props.value("title").toString(), QStringLiteral("B!"));

        // The same content again: nothing to do.
        auto again = mine->adopt(theirs);
        QVERIFY(again && *again == 0);
    }
};

QTEST_GUILESS_MAIN(tst_PageTemplates)
#include "tst_pagetemplates.moc"
