#include "puckcodec.h"
#include "sitedocument.h"
#include "testutil.h"
#include "themepackage.h"
#include "validator.h"

#include <QTest>

using namespace ss;
using namespace ss::test;

namespace {

const ThemeManifest &mini()
{
    static auto theme = ThemePackage::load(QStringLiteral(SS_SOURCE_DIR "/tests/data/themes/mini"));
    if (!theme)
        qFatal("%s", qPrintable(theme.error().toString()));
    return (*theme)->manifest();
}

QString issuesText(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &i : issues)
        lines << i.toString();
    return lines.join('\n');
}

} // namespace

class tst_Validator : public QObject
{
    Q_OBJECT
private slots:
    void everyProblemIsNamedWithItsPath_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong root prop type")
            << "error: root.props.title: expected a string, found number";
        QTest::newRow("wrong prop type")
            << "error: content[0].props.text: expected a string, found number";
        QTest::newRow("select option")
            << "error: content[0].props.level: \"7\" is not one of the options";
        QTest::newRow("unknown type")
            << "error: content[1].type: unknown component type \"Mystery\"";
        QTest::newRow("number max") << "error: content[2].props.columns: 9 is above the maximum 6";
        QTest::newRow("slot disallow")
            << "error: content[2].props.items[0]: Grid is not allowed in slot \"items\" of Grid";
        QTest::newRow("array max")
            << "error: content[2].props.cells: allows at most 2 items, has 3";
        QTest::newRow("array min")
            << "error: content[3].props.items: needs at least 1 items, has 0";
        QTest::newRow("object type")
            << "error: content[3].props.box: expected an object, found string";
        QTest::newRow("unsafe link")
            << "error: content[4].props.href: unsafe or invalid link \"javascript:alert(1)\"";
        QTest::newRow("image scheme")
            << "error: content[4].props.image: \"ftp://x/y.png\" is not an allowed image";
        QTest::newRow("video provider")
            << "error: content[4].props.video: only YouTube and Vimeo videos can be embedded";
        QTest::newRow("orphan zone")
            << "warning: zones[\"gone:zone\"]: zone of block \"gone\", which is not on the page";
    }
    void everyProblemIsNamedWithItsPath()
    {
        QFETCH(QString, expected);
        auto page = puck::importData(
            parseOrDie(readFile(SS_SOURCE_DIR "/tests/data/validate/invalid-page.json")));
        QVERIFY2(page, SS_WHY(page));
        const QString text = issuesText(validatePage(**page, mini(), QString()));
        QVERIFY2(text.contains(expected), qPrintable(text));
    }

    // Real Puck demo pages use Puck's whole spacing scale (8px to 160px); the built-in themes
    // accept it. What remains are the demo's three PascalCase "Feather" icons, reported by path.
    void builtInThemesAcceptPuckDemoPages_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("studio") << "studio";
        QTest::newRow("harbor") << "harbor";
    }
    void builtInThemesAcceptPuckDemoPages()
    {
        QFETCH(QString, theme);
        auto package =
            ThemePackage::load(QStringLiteral(SS_SOURCE_DIR "/resources/themes/") + theme);
        QVERIFY2(package, SS_WHY(package));
        auto page = puck::importData(parseOrDie(readFile(fixture("demo-home-slots.json"))));
        QVERIFY2(page, SS_WHY(page));
        QStringList errors;
        for (const ValidationIssue &i : validatePage(**page, (*package)->manifest(), QString()))
            if (i.toString().startsWith(QLatin1String("error:")))
                errors << i.toString();
        QCOMPARE(errors.size(), 3);
        for (const QString &e : errors)
            QVERIFY2(
                e.contains(QLatin1String(".props.icon: \"Feather\" is not one of the options")),
                qPrintable(e));
    }

    void zonesWithoutASlotAreReported()
    {
        auto page = puck::importData(
            parseOrDie(readFile(SS_SOURCE_DIR "/tests/data/validate/invalid-page.json")));
        QVERIFY(page);
        // The mini Grid has slots "items" and "cells", no "grid": the DropZone needs converting.
        const QString text = issuesText(validatePage(**page, mini(), "pages[0].data."));
        QVERIFY2(
            text.contains("warning: pages[0].data.zones[\"g3:grid\"]: legacy DropZone \"grid\""),
            qPrintable(text));
    }

    void aValidPageHasNoIssues()
    {
        auto page = puck::importData(
            parseOrDie(readFile(SS_SOURCE_DIR "/tests/data/validate/valid-page.json")));
        QVERIFY2(page, SS_WHY(page));
        const auto issues = validatePage(**page, mini(), QString());
        QVERIFY2(issues.isEmpty(), qPrintable(issuesText(issues)));
    }

    void duplicateIdsAndCyclesFromAMerge()
    {
        // Import refuses duplicates; a document put together by other means (a merge) can still
        // have them, and validation must say where.
        auto page = puck::importData(
            parseOrDie(readFile(SS_SOURCE_DIR "/tests/data/validate/valid-page.json")));
        QVERIFY(page);
        Block *link = (*page)->block("k");
        link->id = "g1"; // the same id as its parent grid
        Block *list = (*page)->block("l1");
        list->id = "h1";
        const QString text = issuesText(validatePage(**page, mini(), QString()));
        QVERIFY2(
            text.contains(
                "error: content[1].props.items[0].props.id: block \"g1\" contains itself (cycle)"),
            qPrintable(text));
        QVERIFY2(text.contains(
                     "error: content[2].props.id: duplicate block id \"h1\" (also at content[0])"),
                 qPrintable(text));
    }

    void siteFieldsAndTokens()
    {
        SiteDocument doc;
        doc.themeId = "mini";
        doc.siteProps = parseOrDie(R"({"title": ["x"], "primaryColor": "blue"})").toMap();
        const QString text = issuesText(validateSite(doc, mini()));
        QVERIFY2(text.contains("error: props.title: expected a string, found array"),
                 qPrintable(text));
        QVERIFY2(text.contains("error: props.primaryColor: \"blue\" is not a colour"),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(tst_Validator)
#include "tst_validator.moc"
