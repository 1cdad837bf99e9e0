#include "assetstore.h"
#include "localcache.h"
#include "page.h"
#include "prepublishcheck.h"
#include "sitedocument.h"
#include "sitestore.h"
#include "testutil.h"
#include "themepackage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ss;

namespace {

using Kind = PublishFinding::Kind;
using Severity = PublishFinding::Severity;

// A starter site (navbar, hero, footer) of the studio theme in a throw-away cache.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<LocalCache> cache;
    std::unique_ptr<SiteStore> store;
    ThemeRegistry themes;
    std::unique_ptr<SiteDocument> doc;
    const ThemeManifest *theme = nullptr;
    QString home;

    Fixture()
    {
        cache = std::move(*LocalCache::open(LocalCache::pathIn(dir.path())));
        store = std::make_unique<SiteStore>(*cache);
        theme = &(*themes.theme("studio"))->manifest();
        auto site = store->createSite({"Checked", "business", true}, *theme);
        if (!site)
            qFatal("%s", qPrintable(site.error().toString()));
        doc = std::move(*store->loadSite(site->id));
        home = doc->pages().front()->id;
    }
    QString insert(const QString &type, const QString &pageId = {})
    {
        const QString page = pageId.isEmpty() ? home : pageId;
        auto op = doc->makeInsertNew(page, AreaRef{}, doc->page(page)->content->children.size(),
                                     type, *theme);
        if (!op || !doc->apply(*op))
            qFatal("insert %s failed", qPrintable(type));
        return doc->page(page)->content->children.back()->id;
    }
    void set(const QString &blockId, const QString &path, const QCborValue &v,
             const QString &pageId = {})
    {
        auto op = doc->makeSetProp(pageId.isEmpty() ? home : pageId, blockId, path, v);
        if (!op || !doc->apply(*op))
            qFatal("set %s failed: %s", qPrintable(path), SS_WHY(op));
    }
    QString blockOfType(const QString &type) const
    {
        QString id;
        forEachBlock(*doc->page(home), [&](const Block *b) {
            if (b->type == type && id.isEmpty())
                id = b->id;
        });
        return id;
    }
    PrePublishReport check(const QHash<QString, qint64> &sizes = {},
                           const std::optional<PlanLimits> &limits = std::nullopt) const
    {
        return checkBeforePublish(*doc, *theme, sizes, limits);
    }
};

QList<PublishFinding> of(const PrePublishReport &r, Kind kind, const QString &blockId = {})
{
    QList<PublishFinding> out;
    for (const PublishFinding &f : r.findings)
        if (f.kind == kind && (blockId.isEmpty() || f.blockId == blockId))
            out << f;
    return out;
}

QString dump(const PrePublishReport &r)
{
    QStringList lines;
    for (const PublishFinding &f : r.findings)
        lines << QStringLiteral("%1 %2 %3/%4 %5: %6")
                     .arg(f.severity == Severity::Error ? "error" : "warning")
                     .arg(int(f.kind))
                     .arg(f.pageId.left(8), f.blockId, f.propPath, f.message);
    return lines.join('\n');
}

const QString kSha = QString(64, QLatin1Char('a'));

} // namespace

// The check before a publish: what blocks it (errors) and what is only worth a look (warnings).
class tst_PrePublishCheck : public QObject
{
    Q_OBJECT
private slots:
    // The starter content links to pages the site does not have yet (/pricing, /signup…): worth
    // a warning each, nothing else.
    void starterSiteOnlyHasBrokenLinks()
    {
        Fixture f;
        const auto r = f.check();
        QVERIFY2(of(r, Kind::BrokenLink).size() == r.findings.size(), qPrintable(dump(r)));
        QVERIFY(!r.blocksPublish());
        QVERIFY(!r.limitsChecked);
    }

    void validationErrorsBlockAndPointAtTheField()
    {
        Fixture f;
        const QString hero = f.blockOfType("Hero");
        f.set(hero, "padding", QCborValue("huge"));
        const auto r = f.check();
        const auto found = of(r, Kind::Validation, hero);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().severity, Severity::Error);
        QCOMPARE(found.first().pageId, f.home);
        QCOMPARE(found.first().propPath, QString("padding"));
        QVERIFY(r.blocksPublish());
        QCOMPARE(r.errorCount(), 1);
    }

    void brokenInternalLinks()
    {
        Fixture f;
        auto page = f.doc->makeAddPage("/about", "About", {});
        QVERIFY2(page && f.doc->apply(*page), SS_WHY(page));
        const QString ok1 = f.insert("Button");
        f.set(ok1, "href", QCborValue("/about/#team"));
        const QString ok2 = f.insert("Button");
        f.set(ok2, "href", QCborValue("https://example.com/nowhere"));
        const QString ok3 = f.insert("Button");
        f.set(ok3, "href", QCborValue("#contact"));
        const QString ok4 = f.insert("Button");
        f.set(ok4, "href", QCborValue("/files/menu.pdf"));
        const QString bad = f.insert("Button");
        f.set(bad, "href", QCborValue("/prices?plan=pro"));
        const QString text = f.insert("RichText");
        f.set(text, "body",
              QCborValue("See [home](/), [about](</about> \"About\") and [gone](/gone).\n"));

        const auto r = f.check();
        QList<PublishFinding> links;
        for (const PublishFinding &l : of(r, Kind::BrokenLink))
            if (l.blockId == bad || l.blockId == text || l.blockId == ok1 || l.blockId == ok2 ||
                l.blockId == ok3 || l.blockId == ok4)
                links << l;
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.at(0).blockId, bad);
        QCOMPARE(links.at(0).propPath, QString("href"));
        QCOMPARE(links.at(0).severity, Severity::Warning);
        QVERIFY2(links.at(0).message.contains("/prices"), qPrintable(links.at(0).message));
        QCOMPARE(links.at(1).blockId, text);
        QCOMPARE(links.at(1).propPath, QString("body"));
        QVERIFY2(links.at(1).message.contains("/gone"), qPrintable(links.at(1).message));
        QVERIFY(!r.blocksPublish()); // warnings never block
    }

    void imagesWithoutAltText()
    {
        Fixture f;
        const QString hero = f.blockOfType("Hero");
        f.set(hero, "image.alt", QCborValue(""));
        const QString image = f.insert("Image");
        f.set(image, "src", QCborValue("https://example.com/a.png"));
        f.set(image, "alt", QCborValue("  "));
        const QString described = f.insert("Image");
        f.set(described, "src", QCborValue("https://example.com/b.png"));
        f.set(described, "alt", QCborValue("A bowl of soup"));
        const QString noImage = f.insert("Image");
        f.set(noImage, "src", QCborValue(""));
        f.set(noImage, "alt", QCborValue(""));
        const QString text = f.insert("RichText");
        f.set(text, "body",
              QCborValue("![](https://example.com/c.png) ![Chart](https://e.com/d.png)"));

        const auto r = f.check();
        const auto alts = of(r, Kind::MissingAlt);
        QCOMPARE(alts.size(), 3);
        QCOMPARE(alts.at(0).blockId, hero);
        QCOMPARE(alts.at(0).propPath, QString("image.alt"));
        QCOMPARE(alts.at(1).blockId, image);
        QCOMPARE(alts.at(1).propPath, QString("alt"));
        QCOMPARE(alts.at(2).blockId, text);
        QCOMPARE(alts.at(2).propPath, QString("body"));
        QVERIFY(alts.at(2).message.contains("c.png"));
        QVERIFY(!r.blocksPublish());
    }

    void emptyPages()
    {
        Fixture f;
        auto page = f.doc->makeAddPage("/blank", "Blank", {});
        QVERIFY2(page && f.doc->apply(*page), SS_WHY(page));
        const auto r = f.check();
        const auto empty = of(r, Kind::EmptyPage);
        QCOMPARE(empty.size(), 1);
        QCOMPARE(empty.first().pageId, f.doc->pageBySlug("/blank")->id);
        QVERIFY(empty.first().blockId.isEmpty());
        QCOMPARE(empty.first().severity, Severity::Warning);
        QVERIFY(!r.blocksPublish());
    }

    void planLimits()
    {
        Fixture f;
        const QString image = f.insert("Image");
        f.set(image, "src", QCborValue("assets/" + kSha + ".png"));
        f.set(image, "alt", QCborValue("Logo"));
        const QString name = kSha + ".png";

        // Without limits: only the server's per-file limit, and the check says so.
        auto r = f.check({{name, 20 << 20}});
        QVERIFY2(of(r, Kind::PlanLimit).isEmpty(), qPrintable(dump(r)));
        QVERIFY(!r.limitsChecked);
        QCOMPARE(r.assetBytes, qint64(20 << 20));
        QCOMPARE(r.assetCount, 1);

        r = f.check({{name, PlanLimits::kServerMaxFileBytes + 1}});
        auto found = of(r, Kind::PlanLimit);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().severity, Severity::Error);
        QCOMPARE(found.first().blockId, image);
        QCOMPARE(found.first().propPath, QString("src"));
        QVERIFY(r.blocksPublish());

        // The account's limits, as GET /account reports them.
        const auto account = PlanLimits::fromAccount(
            QCborMap{{"tier", "basic"},
                     {"limits", QCborMap{{"storage_bytes", qint64(100) << 20}}},
                     {"usage", QCborMap{{"storage_bytes", qint64(90) << 20}}}});
        QVERIFY(account);
        QCOMPARE(account->storageBytes, qint64(100) << 20);
        QCOMPARE(account->storageUsed, qint64(90) << 20);
        QVERIFY(!PlanLimits::fromAccount(QCborMap{{"tier", "basic"}}));

        r = f.check({{name, 5 << 20}}, account);
        QVERIFY(r.limitsChecked);
        QVERIFY2(of(r, Kind::PlanLimit).isEmpty(), qPrintable(dump(r)));

        r = f.check({{name, 20 << 20}}, account); // 90 + 20 > 100: may not fit
        found = of(r, Kind::PlanLimit);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().severity, Severity::Warning);
        QVERIFY2(found.first().message.contains("basic"), qPrintable(found.first().message));
        QVERIFY(!r.blocksPublish());

        r = f.check({{name, 120 << 20}}, account); // more than the whole plan: cannot fit
        found = of(r, Kind::PlanLimit);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.last().severity, Severity::Error);
        QVERIFY(found.last().pageId.isEmpty());
        QVERIFY(r.blocksPublish());
    }

    void errorsComeFirstAndWarningsNeverBlock()
    {
        Fixture f;
        auto page = f.doc->makeAddPage("/blank", "Blank", {});
        QVERIFY(page && f.doc->apply(*page));
        const QString button = f.insert("Button");
        f.set(button, "href", QCborValue("/nowhere"));
        auto r = f.check();
        QVERIFY(r.warningCount() >= 2);
        QCOMPARE(r.errorCount(), 0);
        QVERIFY(!r.blocksPublish());

        f.set(f.blockOfType("Hero"), "padding", QCborValue("huge"));
        r = f.check();
        QCOMPARE(r.errorCount(), 1);
        QCOMPARE(r.findings.first().severity, Severity::Error);
        QVERIFY(r.blocksPublish());
    }

    void assetSizesComeFromTheLocalCache()
    {
        Fixture f;
        AssetStore assets(*f.cache, f.dir.path());
        const QByteArray data(3000, 'x');
        auto a = assets.importData(data, "photo.png", f.doc->id);
        QVERIFY2(a, SS_WHY(a));
        const QString image = f.insert("Image");
        f.set(image, "src", QCborValue(a->reference()));
        const auto sizes = assetSizes(*f.cache, *f.doc);
        QCOMPARE(sizes.size(), 1);
        QCOMPARE(sizes.value(a->fileName()), qint64(3000));
    }
};

QTEST_GUILESS_MAIN(tst_PrePublishCheck)
#include "tst_prepublishcheck.moc"
