#include "json.h"
#include "renderer.h"
#include "sitedocument.h"
#include "testutil.h"
#include "themepackage.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ss;
using namespace ss::test;

namespace {

std::shared_ptr<const ThemePackage> miniTheme()
{
    auto t = ThemePackage::load(QStringLiteral(SS_SOURCE_DIR "/tests/data/themes/mini"));
    if (!t)
        qFatal("mini theme: %s", qPrintable(t.error().toString()));
    return *t;
}

std::unique_ptr<SiteDocument> site(const QList<QPair<QString, QByteArray>> &pages,
                                   const QByteArray &siteProps = "{}")
{
    auto doc = std::make_unique<SiteDocument>();
    doc->themeId = "mini";
    doc->siteProps = parseOrDie(siteProps).toMap();
    for (const auto &[slug, data] : pages) {
        auto op =
            doc->makeAddPage(slug, slug == "/" ? "Home" : slug.mid(1), parseOrDie(data).toMap());
        if (!op)
            qFatal("page: %s", qPrintable(op.error().toString()));
        if (!doc->apply(*op))
            qFatal("apply");
    }
    return doc;
}

QByteArray treeHash(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &f : files) {
        h.addData(f.toUtf8());
        h.addData(readFile(dir + "/" + f));
    }
    return h.result().toHex();
}

const QString kData = QStringLiteral(SS_SOURCE_DIR "/tests/data/render/");

} // namespace

class tst_Renderer : public QObject
{
    Q_OBJECT
private slots:
    void hostileInputIsInert()
    {
        auto doc = site({{"/", readFile(kData + "hostile-page.json")}},
                        readFile(kData + "hostile-site-props.json"));
        Renderer r(miniTheme());
        const QString html = r.renderPage(*doc, *doc->pages().front());
        const QString lower = html.toLower();
        QVERIFY2(!lower.contains("<script"), qPrintable(html));
        QVERIFY(!lower.contains("javascript:"));
        QVERIFY(!lower.contains("vbscript:"));
        QVERIFY(!lower.contains("data:"));
        QVERIFY(!lower.contains("onclick"));
        QVERIFY(!lower.contains("<img src=x"));
        QVERIFY(!lower.contains("etc/passwd"));
        QVERIFY(!lower.contains("evil.example"));
        QVERIFY(!lower.contains("</style><"));
        // The text is still there, escaped.
        QVERIFY(html.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;"));
        // A select value that is not an option falls back to the default ("2").
        QVERIFY(html.contains("<h2 class=\"h\">"));
        // Links that were refused render as the no-link branch.
        QVERIFY(html.contains("<span>&lt;img src=x onerror=alert(1)&gt;</span>"));
        // Markdown renders, raw HTML is stripped, the id attribute is escaped.
        QVERIFY(html.contains("<strong>b</strong>"));
        QVERIFY(html.contains("data-ss-id=\"h2&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""));
        // The bad colour token is dropped.
        QVERIFY(!html.contains("--ss-color-primary"));
    }

    void structureSlotsZonesUnknown()
    {
        const QByteArray page = readFile(kData + "structure-page.json");
        auto doc = site({{"/", page}, {"/about", readFile(kData + "about-page.json")}});
        Renderer r(miniTheme());
        const QString html = r.renderPage(*doc, *doc->pages().front());
        QVERIFY(
            html.contains("<div class=\"ss-slot\" data-ss-area=\"g1:items\"><div class=\"ss-block "
                          "ss-heading\" data-ss-id=\"in1\"><h2 class=\"h\">Inside</h2>"));
        QVERIFY(html.contains("data-ss-area=\"g1:cells[0].slot\"><div class=\"ss-block "
                              "ss-heading\" data-ss-id=\"c0h\">"));
        QVERIFY(html.contains("data-ss-area=\"L:box.content\"><div class=\"ss-block ss-heading\" "
                              "data-ss-id=\"bx\">"));
        QVERIFY(html.contains(
            "data-ss-area=\"g2:grid\"><div class=\"ss-block ss-heading\" data-ss-id=\"z1\">"));
        QVERIFY(html.contains(
            "data-ss-area=\"g2:items\"></div>")); // an empty slot is still a drop target
        QVERIFY(html.contains("<!-- unknown component: Mystery (m-1) -->"));
        QVERIFY(html.contains("<footer><div class=\"ss-slot\" data-ss-area=\"root:footer\">"));
        QVERIFY(html.contains(
            "<li data-i=\"0\">1. <a href=\"about/\">one</a></li><li data-i=\"1\">2. two.</li>"));
        QVERIFY(html.contains("style=\"--cols: 2\""));
        QVERIFY(html.contains("<style>:root{--ss-color-primary:#123456;}</style>"));
        QVERIFY(html.contains("<link rel=\"stylesheet\" href=\"theme/css/mini.css\">"));
        QVERIFY(html.contains(
            "<a href=\"./\" aria-current=\"page\">Home</a><a href=\"about/\">about</a>"));
        const QString about = r.renderPage(*doc, *doc->pages().back());
        QVERIFY(about.contains("<a href=\"../\">home</a>"));
        QVERIFY(about.contains("<a href=\"../contact/?x=1#top\">c</a>"));
        QVERIFY(about.contains("href=\"../theme/css/mini.css\""));
        // renderBlock gives exactly the block's part of the page (the preview patches with it).
        const QString block =
            r.renderBlock(*doc, *doc->pages().front(), *doc->pages().front()->block("g1"));
        QVERIFY(html.contains(block));
        QVERIFY(block.startsWith("<div class=\"ss-block ss-grid\" data-ss-id=\"g1\">"));
    }

    void deterministicExportAllOrNothing()
    {
        const QByteArray assetPng = "\x89PNG fake image bytes";
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(assetPng, QCryptographicHash::Sha256).toHex());
        const QByteArray page = readFile(kData + "asset-page.json").replace("SHA", sha.toLatin1());
        auto doc = site({{"/", page}, {"/blog/post", readFile(kData + "post-page.json")}});
        Renderer r(miniTheme());
        QTemporaryDir tmp;
        int reads = 0;
        auto assets = [&](const QString &name) -> Result<QByteArray> {
            ++reads;
            if (name != sha + ".png")
                return fail("unknown asset", name);
            return assetPng;
        };
        const QString a = tmp.filePath("a"), b = tmp.filePath("b");
        auto ra = r.exportSite(*doc, a, assets, 2);
        QVERIFY2(ra, SS_WHY(ra));
        QCOMPARE(ra->pages, 2);
        QVERIFY(QFile::exists(a + "/index.html"));
        QVERIFY(QFile::exists(a + "/blog/post/index.html"));
        QVERIFY(QFile::exists(a + "/theme/css/mini.css"));
        QCOMPARE(readFile(a + "/assets/" + sha + ".png"), assetPng);
        QVERIFY(
            readFile(a + "/blog/post/index.html").contains("href=\"../../theme/css/mini.css\""));
        QVERIFY(r.exportSite(*doc, b, assets, 1));
        QCOMPARE(treeHash(a), treeHash(b)); // same input, byte-identical output (threads or not)
        // Re-export over an earlier export works; a foreign non-empty folder is refused.
        QVERIFY(r.exportSite(*doc, a, assets));
        QCOMPARE(treeHash(a), treeHash(b));
        QDir().mkpath(tmp.filePath("foreign"));
        QFile f(tmp.filePath("foreign/keep.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto refused = r.exportSite(*doc, tmp.filePath("foreign"), assets);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains("not empty"));
        QVERIFY(QFile::exists(tmp.filePath("foreign/keep.txt")));
        // A missing asset fails the export and leaves the previous export untouched.
        auto noAssets = [](const QString &name) -> Result<QByteArray> {
            return fail("missing", name);
        };
        QVERIFY(!r.exportSite(*doc, a, noAssets));
        QCOMPARE(treeHash(a), treeHash(b));
        QCOMPARE(QDir(tmp.path())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                     .size(),
                 3);
    }

    void puckFixturesRenderWithEveryTheme()
    {
        // Real Puck data renders with the built-in themes; the Puck demo component names they
        // share (Hero, Heading, Text, Grid, Card...) produce markup, others a placeholder.
        ThemeRegistry registry;
        QVERIFY(registry.entries().size() >= 1);
        for (const auto &entry : registry.entries()) {
            auto theme = registry.theme(entry.id);
            QVERIFY2(theme, SS_WHY(theme));
            for (const char *file : {"demo-home-slots.json", "demo-home-zones-v0.18.3.json",
                                     "performance-1900-nodes.json"}) {
                auto doc = site({{"/", readFile(fixture(QString::fromLatin1(file)))}});
                Renderer r(*theme);
                const QString html = r.renderPage(*doc, *doc->pages().front());
                QVERIFY(html.startsWith("<!DOCTYPE html>"));
                QVERIFY(html.contains("data-ss-id=\"Hero-1687283596554\"") ||
                        !QString::fromLatin1(file).startsWith("demo"));
                QCOMPARE(html, r.renderPage(*doc, *doc->pages().front()));
            }
        }
    }

    void editorMarksOnlyInTheEditor()
    {
        // The canvas's editor marks wrap plain-text props shown in element content, nothing
        // else; without the option (export, sitehostd) the output has none of them, and taking
        // the marks out of the editor's output gives the production HTML byte for byte.
        ThemeRegistry registry;
        const QRegularExpression mark(QStringLiteral(
            "<span data-ss-field=\"[^\"<>]*\"(?: data-ss-multiline)?>([^<]*)</span>"));
        for (const auto &entry : registry.entries()) {
            auto theme = registry.theme(entry.id);
            QVERIFY2(theme, SS_WHY(theme));
            auto doc = site({{"/", readFile(fixture("demo-home-slots.json"))}});
            Renderer production(*theme);
            QVERIFY(!production.editorMarks());
            Renderer editor(*theme);
            editor.setEditorMarks(true);
            const Page &page = *doc->pages().front();
            const QString plain = production.renderPage(*doc, page);
            const QString marked = editor.renderPage(*doc, page);
            QVERIFY(!plain.contains("data-ss-field"));
            QVERIFY2(marked.contains("data-ss-field=\"title\""), qPrintable(entry.id));
            QString stripped = marked;
            stripped.replace(mark, QStringLiteral("\\1"));
            QVERIFY2(!stripped.contains("data-ss-field"), qPrintable(entry.id));
            QCOMPARE(stripped, plain);
            // Never inside a tag or the document title.
            QVERIFY(!marked.contains(QRegularExpression(QStringLiteral("=\"[^\"]*<span"))));
            QVERIFY(!marked.contains(QRegularExpression(QStringLiteral("<title>[^<]*<span"))));
            for (const auto &b : page.content->children) {
                const QString one = editor.renderBlock(*doc, page, *b);
                QVERIFY(marked.contains(one));
                QVERIFY(!production.renderBlock(*doc, page, *b).contains("data-ss-field"));
            }
        }
        // The exported site has no marks either.
        QTemporaryDir out;
        auto theme = registry.theme(registry.entries().front().id);
        auto doc = site({{"/", readFile(fixture("demo-home-slots.json"))}});
        auto report = Renderer(*theme).exportSite(
            *doc, out.path() + "/site",
            [](const QString &) -> Result<QByteArray> { return QByteArray("x"); });
        QVERIFY2(report, SS_WHY(report));
        QVERIFY(!readFile(out.path() + "/site/index.html").contains("data-ss-field"));
    }
};

QTEST_GUILESS_MAIN(tst_Renderer)
#include "tst_renderer.moc"
