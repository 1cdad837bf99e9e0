// The site settings panel: theme tokens and site props generated from the manifest's `site`
// fields; each change is one undoable edit, stored at once, and shows in the preview.
#include "editorwindow.h"
#include "json.h"
#include "localcache.h"
#include "previewview.h"
#include "renderer.h"
#include "sitedocument.h"
#include "sitesettingsdialog.h"
#include "sitestore.h"
#include "testcache.h"
#include "testutil.h"
#include "testweb.h"
#include "thememanifest.h"
#include "themepackage.h"

#include <QApplication>
#include <QColorDialog>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace ss;

namespace {

// Saves a screenshot when SS_SCREENSHOTS names a folder (for looking at the panel by eye).
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SS_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(dir + "/" + name + ".png");
}

} // namespace

class tst_SiteSettings : public QObject
{
    Q_OBJECT
private slots:
    void fieldsAreGroupedFromTheManifest()
    {
        TestCache c;
        ui::EditorWindow editor(*c.store, c.themes, c.site("Groups", "business", "harbor"));
        QVERIFY(editor.isReady());
        ui::SiteSettingsDialog *dialog = editor.showSiteSettings();
        QVERIFY(dialog);
        QVERIFY(!dialog->isModal());
        QVERIFY(dialog->windowTitle().contains("Groups"));
        QCOMPARE(editor.showSiteSettings(), dialog); // one per window
        using G = ui::SiteSettingsDialog::Group;
        QCOMPARE(dialog->fieldsOf(G::General), (QStringList{"title", "description", "language"}));
        QCOMPARE(dialog->fieldsOf(G::Colours),
                 (QStringList{"primaryColor", "accentColor", "backgroundColor", "textColor"}));
        QCOMPARE(dialog->fieldsOf(G::Typography), QStringList{"fontPairing"});
        QCOMPARE(dialog->fieldsOf(G::Spacing), QStringList{"radius"});
        // Proper editors: colour = swatch + hex field, font = the manifest's options.
        QVERIFY(dialog->swatchFor("primaryColor"));
        QCOMPARE(qobject_cast<QLineEdit *>(dialog->editorFor("primaryColor"))->text(),
                 QString("#0f766e"));
        auto *fonts = qobject_cast<QComboBox *>(dialog->editorFor("fontPairing"));
        QVERIFY(fonts);
        QCOMPARE(fonts->count(), 3);
        QVERIFY(fonts->currentText().startsWith("Modern"));
        for (const QString &f : dialog->fieldsOf(G::Colours))
            QVERIFY(!dialog->editorFor(f)->accessibleName().isEmpty());
        // The sample shows the palette and the font pairing.
        QCOMPARE(dialog->sample()->swatches().size(), 4);
        QVERIFY(dialog->sample()->fontLabel().startsWith("Modern"));
        // Listed among the shortcuts (Ctrl+,).
        bool listed = false;
        for (const auto &[name, keys] : editor.shortcuts())
            listed =
                listed ||
                (name.startsWith("Site Settings") &&
                 keys == QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText));
        QVERIFY(listed);
        dialog->resize(780, 600);
        screenshot(dialog, "site-settings");
    }

    // Groups come from format, name and token; css-length is validated.
    void groupsAndLengthsFromAnyManifest()
    {
        const QByteArray manifestJson =
            "{\"id\": \"custom\", \"name\": \"Custom\", \"version\": \"1.0.0\","
            " \"layout\": \"templates/layout.html\","
            " \"components\": {\"Text\": {\"template\": \"templates/text.html\","
            "   \"fields\": {\"text\": {\"type\": \"text\"}}}},"
            " \"site\": {\"fields\": {"
            "   \"tagline\": {\"type\": \"text\", \"label\": \"Tagline\"},"
            "   \"brand\": {\"type\": \"text\", \"label\": \"Brand\","
            "              \"token\": \"--ss-color-brand\"},"
            "   \"headingFont\": {\"type\": \"select\", \"label\": \"Headings\", \"options\":"
            "     [{\"label\": \"Serif\", \"value\": \"serif\"},"
            "      {\"label\": \"Sans\", \"value\": \"sans\"}]},"
            "   \"gap\": {\"type\": \"text\", \"format\": \"css-length\", \"label\": \"Gap\","
            "            \"token\": \"--ss-space-gap\"},"
            "   \"maxWidth\": {\"type\": \"number\", \"label\": \"Content width\", \"min\": 320,"
            "                 \"max\": 2000, \"step\": 10}},"
            "  \"defaultProps\": {\"gap\": \"16px\", \"headingFont\": \"serif\","
            "                   \"maxWidth\": 1200}}}";
        auto manifest = ThemeManifest::parse(test::parseOrDie(manifestJson), "custom");
        QVERIFY2(manifest, SS_WHY(manifest));
        SiteDocument doc;
        doc.name = "Custom";
        ui::SiteSettingsDialog dialog(&doc, *manifest);
        using G = ui::SiteSettingsDialog::Group;
        QCOMPARE(dialog.fieldsOf(G::General), QStringList{"tagline"});
        QCOMPARE(dialog.fieldsOf(G::Colours), QStringList{"brand"});
        QCOMPARE(dialog.fieldsOf(G::Typography), QStringList{"headingFont"});
        QCOMPARE(dialog.fieldsOf(G::Spacing), (QStringList{"gap", "maxWidth"}));
        // Grouped by its token, but without format "color" the renderer does not treat it as a
        // colour, so neither does the editor.
        QVERIFY(!dialog.swatchFor("brand"));
        QCOMPARE(qobject_cast<QLineEdit *>(dialog.editorFor("gap"))->text(), QString("16px"));
        QVERIFY(!dialog.setFieldText("gap", "1px; background:url(x)"));
        QVERIFY(dialog.fieldError("gap").contains("CSS length"));
        QVERIFY(doc.siteProps.value("gap").isUndefined());
        QVERIFY(dialog.setFieldText("gap", "2.5rem"));
        QCOMPARE(doc.siteProps.value("gap").toString(), QString("2.5rem"));
        QVERIFY(dialog.fieldError("gap").isEmpty());
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(dialog.resetToDefaults());
        QCOMPARE(doc.siteProps.value("gap").toString(), QString("16px"));
    }

    // A spacing token (css-length) typed in the panel becomes the CSS variable the renderer writes.
    void lengthTokenReachesTheRenderedPage()
    {
        QTemporaryDir dir;
        const QString src = SS_SOURCE_DIR "/tests/data/themes/mini";
        for (const QString sub : {"", "/css", "/templates"}) {
            QDir().mkpath(dir.path() + sub);
            for (const QString &f : QDir(src + sub).entryList(QDir::Files))
                QVERIFY(QFile::copy(src + sub + "/" + f, dir.path() + sub + "/" + f));
        }
        QCborMap manifest = test::parseOrDie(test::readFile(src + "/manifest.json")).toMap();
        QCborMap site = manifest.value("site").toMap();
        QCborMap fields = site.value("fields").toMap();
        fields.insert(QStringLiteral("gap"),
                      QCborMap{{QStringLiteral("type"), QStringLiteral("text")},
                               {QStringLiteral("format"), QStringLiteral("css-length")},
                               {QStringLiteral("label"), QStringLiteral("Gap")},
                               {QStringLiteral("token"), QStringLiteral("--ss-space-gap")}});
        site.insert(QStringLiteral("fields"), fields);
        manifest.insert(QStringLiteral("site"), site);
        QFile out(dir.path() + "/manifest.json");
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(json::write(manifest));
        out.close();
        auto theme = ThemePackage::load(dir.path());
        QVERIFY2(theme, SS_WHY(theme));

        SiteDocument doc;
        doc.name = "Lengths";
        auto add = doc.makeAddPage("/", "Home", QCborMap());
        QVERIFY2(add && doc.apply(*add), SS_WHY(add));
        ui::SiteSettingsDialog dialog(&doc, (*theme)->manifest());
        QCOMPARE(dialog.fieldsOf(ui::SiteSettingsDialog::Group::Spacing), QStringList{"gap"});
        QVERIFY(dialog.setFieldText("gap", "2.5rem"));
        Renderer renderer(*theme);
        const QString html = renderer.renderPage(doc, *doc.pages().front());
        QVERIFY2(html.contains("--ss-space-gap:2.5rem;"), qPrintable(html.left(600)));
    }

    // Typing a colour and leaving the field: one undo step, stored, undone in one go.
    void colourEditIsOneUndoableStep()
    {
        TestCache c;
        const QString site = c.site("Colours");
        ui::EditorWindow editor(*c.store, c.themes, site);
        SiteDocument *doc = editor.document();
        ui::SiteSettingsDialog *dialog = editor.showSiteSettings();
        auto *hex = qobject_cast<QLineEdit *>(dialog->editorFor("primaryColor"));
        QVERIFY(hex);
        const QCborValue before = doc->siteProps.value("primaryColor");
        const int steps = doc->undoStack()->count();
        hex->setFocus();
        hex->selectAll();
        QTest::keyClicks(hex, "#12AB56");
        QCOMPARE(doc->undoStack()->count(), steps); // nothing until the field is left
        QTest::keyClick(hex, Qt::Key_Return);
        QCOMPARE(doc->siteProps.value("primaryColor").toString(), QString("#12ab56"));
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(c.storedSiteProp(site, "primaryColor").toString(), QString("#12ab56"));
        QVERIFY(dialog->fieldError("primaryColor").isEmpty());

        doc->undoStack()->undo();
        QCOMPARE(doc->siteProps.value("primaryColor"), before);
        QCOMPARE(hex->text(), before.toString()); // the panel follows undo
        QCOMPARE(c.storedSiteProp(site, "primaryColor"), before);
        doc->undoStack()->redo();
        QCOMPARE(hex->text(), QString("#12ab56"));

        // The colour dialog (non-modal): accepting it is one edit too.
        QColorDialog *picker = dialog->openColorDialog("accentColor");
        QVERIFY(picker);
        QVERIFY(!picker->isModal());
        QVERIFY(picker->isVisible());
        picker->setCurrentColor(QColor("#aa2200"));
        picker->accept();
        QCOMPARE(doc->siteProps.value("accentColor").toString(), QString("#aa2200"));
        QCOMPARE(doc->undoStack()->count(), steps + 2);
        QVERIFY(dialog->swatchFor("accentColor")->styleSheet().contains("#aa2200"));

        // A font pairing from the combo.
        auto *fonts = qobject_cast<QComboBox *>(dialog->editorFor("fontPairing"));
        const int classic = fonts->findData(QVariant(QString("classic")));
        QVERIFY(classic >= 0);
        fonts->setCurrentIndex(classic);
        emit fonts->activated(classic);
        QCOMPARE(doc->siteProps.value("fontPairing").toString(), QString("classic"));
        QCOMPARE(doc->undoStack()->count(), steps + 3);
    }

    void invalidColourIsRefusedAtTheField()
    {
        TestCache c;
        ui::EditorWindow editor(*c.store, c.themes, c.site("Refuse"));
        SiteDocument *doc = editor.document();
        ui::SiteSettingsDialog *dialog = editor.showSiteSettings();
        const QCborValue before = doc->siteProps.value("primaryColor");
        const int steps = doc->undoStack()->count();
        QVERIFY(!dialog->setFieldText("primaryColor", "red; background:url(x)"));
        QCOMPARE(doc->siteProps.value("primaryColor"), before);
        QCOMPARE(doc->undoStack()->count(), steps);
        QVERIFY2(dialog->fieldError("primaryColor").contains("not a colour"),
                 qPrintable(dialog->fieldError("primaryColor")));
        dialog->resize(780, 600);
        screenshot(dialog, "site-settings-error");
        // A good value clears the message; "abc" without '#' is accepted as #abc.
        QVERIFY(dialog->setFieldText("primaryColor", "abc"));
        QCOMPARE(doc->siteProps.value("primaryColor").toString(), QString("#abc"));
        QVERIFY(dialog->fieldError("primaryColor").isEmpty());
    }

    void resetRestoresTheThemeDefaults()
    {
        TestCache c;
        const QString site = c.site("Reset");
        ui::EditorWindow editor(*c.store, c.themes, site);
        SiteDocument *doc = editor.document();
        ui::SiteSettingsDialog *dialog = editor.showSiteSettings();
        QVERIFY(dialog->setFieldText("title", "Reset Bakery"));
        QVERIFY(dialog->setFieldText("primaryColor", "#000000"));
        QVERIFY(dialog->setFieldText("textColor", "#333"));
        const int steps = doc->undoStack()->count();
        QVERIFY(dialog->resetToDefaults());
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        const ThemeManifest &m = (*c.themes.theme("studio"))->manifest();
        QCOMPARE(doc->siteProps.value("primaryColor"), m.site.defaultProps.value("primaryColor"));
        QCOMPARE(doc->siteProps.value("textColor"), m.site.defaultProps.value("textColor"));
        QCOMPARE(doc->siteProps.value("title").toString(), QString("Reset Bakery")); // kept
        QCOMPARE(c.storedSiteProp(site, "primaryColor"), m.site.defaultProps.value("primaryColor"));
        QVERIFY(!dialog->resetToDefaults()); // already at the defaults: no empty undo step
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        doc->undoStack()->undo();
        QCOMPARE(doc->siteProps.value("primaryColor").toString(), QString("#000000"));
    }

    // Applied live: the preview renders again and the token's CSS variable has the new value.
    void previewShowsTheNewToken()
    {
        TestCache c;
        ui::EditorWindow editor(*c.store, c.themes, c.site("Live"));
        editor.show();
        ui::PreviewView *preview = editor.preview();
        QTRY_VERIFY_WITH_TIMEOUT(preview->isLoaded(), 30000);
        const auto js = [&](const QString &code) { return runJs(preview, code); };
        const QString token = "getComputedStyle(document.documentElement)"
                              ".getPropertyValue('--ss-color-primary').trim()";
        QCOMPARE(js(token).toString(), QString("#4f46e5"));
        ui::SiteSettingsDialog *dialog = editor.showSiteSettings();
        const int loads = preview->fullLoads();
        QVERIFY(dialog->setFieldText("primaryColor", "#c0ffee"));
        QTRY_VERIFY_WITH_TIMEOUT(preview->fullLoads() > loads && preview->isLoaded(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(js(token).toString(), QString("#c0ffee"), 10000);
        QVERIFY(js("document.documentElement.outerHTML.includes('--ss-color-primary:#c0ffee')")
                    .toBool());
        // Undo shows the old colour again.
        const int loads2 = preview->fullLoads();
        editor.document()->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(preview->fullLoads() > loads2 && preview->isLoaded(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(js(token).toString(), QString("#4f46e5"), 10000);
    }
};

int main(int argc, char **argv)
{
    ui::PreviewView::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_SiteSettings t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_sitesettings.moc"
