#include "json.h"
#include "localcache.h"
#include "page.h"
#include "puckcodec.h"
#include "sitedocument.h"
#include "sitestore.h"
#include "sitewizard.h"
#include "testutil.h"
#include "themepackage.h"
#include "validator.h"

#include <QCborArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ss;

namespace {

const ThemeManifest &theme(const QString &id)
{
    static ThemeRegistry registry;
    static QHash<QString, std::shared_ptr<const ThemePackage>> loaded;
    if (!loaded.contains(id))
        loaded.insert(id, *registry.theme(id));
    return loaded.value(id)->manifest();
}

// Ids are random; everything else must be the same for the same answers.
QCborValue withoutIds(const QCborValue &v)
{
    if (v.isMap()) {
        QCborMap m;
        const QCborMap in = v.toMap();
        for (auto it = in.cbegin(); it != in.cend(); ++it)
            if (it.key().toString() != QLatin1String("id"))
                m.insert(it.key(), withoutIds(it.value()));
        return m;
    }
    if (v.isArray()) {
        QCborArray a;
        for (const QCborValue &e : v.toArray())
            a.append(withoutIds(e));
        return a;
    }
    return v;
}

void fill(SiteWizardController &w)
{
    w.blueprint().type = QStringLiteral("restaurant");
    w.blueprint().name = QStringLiteral("Trattoria Sole");
    w.blueprint().description = QStringLiteral("Fresh pasta by the river. Open every evening.");
    w.blueprint().audience = QStringLiteral("families and food lovers");
    w.blueprint().tone = QStringLiteral("friendly");
    w.blueprint().objectives = {QStringLiteral("book"), QStringLiteral("showcase")};
    w.blueprint().themeId = QStringLiteral("harbor");
    w.blueprint().palette = QStringLiteral("sunset");
    w.blueprint().fontPairing = QStringLiteral("classic");
}

} // namespace

class tst_SiteWizard : public QObject
{
    Q_OBJECT
private slots:
    void stepsValidate()
    {
        SiteWizardController w;
        QCOMPARE(w.step(), SiteWizardController::Step::Type);
        QVERIFY(!w.next());
        QVERIFY(w.problems(SiteWizardController::Step::Type).first().contains("kind of site"));
        w.blueprint().type = QStringLiteral("store");
        QVERIFY(w.next());
        QVERIFY(!w.next()); // no name yet
        w.blueprint().name = QStringLiteral("Bolt Bikes");
        QVERIFY(w.next());
        QCOMPARE(w.step(), SiteWizardController::Step::Objectives);
        QVERIFY(!w.next());
        w.blueprint().objectives = {QStringLiteral("sell")};
        QVERIFY(w.next());
        w.blueprint().palette = QStringLiteral("plaid");
        QVERIFY(!w.next());
        w.blueprint().palette = QStringLiteral("forest");
        QVERIFY(w.next());
        QCOMPARE(w.step(), SiteWizardController::Step::Review);
        w.back();
        QCOMPARE(w.step(), SiteWizardController::Step::Style);
    }

    void planFollowsTypeAndObjectives()
    {
        SiteWizardController w;
        fill(w);
        w.plan(theme("harbor"));
        const auto &pages = w.blueprint().pages;
        QCOMPARE(pages.size(), 3);
        QCOMPARE(pages[0].slug, QString("/"));
        QCOMPARE(pages[1].slug, QString("/menu"));
        QCOMPARE(pages[2].slug, QString("/visit"));
        QCOMPARE(pages[0].blocks, (QStringList{"Navbar", "Hero", "Gallery", "Testimonials", "FAQ",
                                               "Contact", "Footer"}));
        w.blueprint().type = QStringLiteral("landing");
        w.blueprint().objectives = {QStringLiteral("leads")};
        w.plan(theme("harbor"));
        QCOMPARE(w.blueprint().pages.size(), 1);
        QVERIFY(w.blueprint().pages[0].blocks.contains("Contact"));
    }

    void buildsAValidSiteFromTheBrief()
    {
        for (const char *themeId : {"studio", "harbor"}) {
            SiteWizardController w;
            fill(w);
            w.blueprint().themeId = QString::fromLatin1(themeId);
            w.plan(theme(themeId));
            auto doc = w.build(theme(themeId));
            QVERIFY2(doc, SS_WHY(doc));
            QCOMPARE((*doc)->pages().size(), size_t(3));
            const auto issues = validateSite(**doc, theme(themeId));
            for (const ValidationIssue &i : issues)
                QVERIFY2(i.severity != ValidationIssue::Severity::Error, qPrintable(i.toString()));
            const Page &home = *(*doc)->pageBySlug("/");
            const Block *nav = home.content->children.front().get();
            QCOMPARE(nav->props.value("brand").toString(), QString("Trattoria Sole"));
            QCOMPARE(nav->props.value("links").toArray().size(), 2);
            QCOMPARE(nav->props.value("links").toArray().at(0).toMap().value("href").toString(),
                     QString("/menu"));
            const Block *hero = home.content->children.at(1).get();
            QCOMPARE(hero->props.value("title").toString(), QString("Trattoria Sole"));
            QCOMPARE(hero->props.value("buttons").toArray().at(0).toMap().value("label").toString(),
                     QString("Book now"));
            QCOMPARE((*doc)->siteProps.value("primaryColor").toString(), QString("#c2410c"));
            QCOMPARE((*doc)->siteProps.value("fontPairing").toString(), QString("classic"));
            // Deterministic: the same answers build the same site (ids aside).
            auto again = w.build(theme(themeId));
            QVERIFY(
                json::equal(withoutIds((*doc)->toJson()), withoutIds((*again)->toJson()), true));
        }
        SiteWizardController empty;
        QVERIFY(!empty.build(theme("studio")));
    }

    void slugProposal()
    {
        SiteWizardController w;
        w.blueprint().name = QStringLiteral("Café Bella & Bar!");
        QCOMPARE(w.proposeSlug(), QString("cafe-bella-bar"));
        QCOMPARE(w.proposeSlug([](const QString &s) {
            return s == "cafe-bella-bar" || s == "cafe-bella-bar-2";
        }),
                 QString("cafe-bella-bar-3"));
    }

    void storedWithItsBlueprint()
    {
        QTemporaryDir dir;
        auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
        QVERIFY(cache);
        SiteStore store(**cache);
        SiteWizardController w;
        fill(w);
        w.plan(theme("harbor"));
        auto doc = w.build(theme("harbor"));
        QVERIFY(doc);
        auto site =
            store.createSiteFromDocument({w.blueprint().name, w.blueprint().type, false},
                                         std::move(*doc), theme("harbor"), w.blueprint().toJson());
        QVERIFY2(site, SS_WHY(site));
        QCOMPARE(site->pages, 3);
        auto q = (*cache)->exec("SELECT blueprint_json FROM workspaces WHERE id = ?", {site->id});
        QVERIFY(q && q->next());
        const SiteBlueprint back =
            SiteBlueprint::fromJson(test::parseOrDie(q->value(0).toString().toUtf8()).toMap());
        QCOMPARE(back.name, w.blueprint().name);
        QCOMPARE(back.objectives, w.blueprint().objectives);
        QCOMPARE(back.pages.size(), 3);
        QCOMPARE(back.pages[1].blocks, w.blueprint().pages[1].blocks);
    }
};

QTEST_GUILESS_MAIN(tst_SiteWizard)
#include "tst_sitewizard.moc"
