// sitestudio: the Site Studio desktop app.
#include "automationeditor.h"
#include "automationwindow.h"
#include "deploymentspanel.h"
#include "editorwindow.h"
#include "mainwindow.h"
#include "newsitewizard.h"
#include "outlinemodel.h"
#include "previewview.h"
#include "publishdialog.h"
#include "revisionspanel.h"
#include "signindialog.h"
#include "sitedocument.h"
#include "sitelistmodel.h"
#include "sitesettingsdialog.h"
#include "theme.h"
#include "toast.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace ss;

namespace {

// Runs the event loop until `done` or the timeout (screenshots wait for WebEngine to paint).
void waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

// `--screenshots DIR`: renders the main screens to PNG files (docs/screenshots) and exits.
// With a dark palette (--dark) the files are named *-dark.png and the publish is left out.
int takeScreenshots(ui::MainWindow &window, const QString &dir)
{
    QDir().mkpath(dir);
    const bool dark = ui::isDark(QApplication::palette());
    const auto file = [&dir, dark](const QString &name) {
        return dir + QLatin1Char('/') + name +
               (dark ? QStringLiteral("-dark.png") : QStringLiteral(".png"));
    };
    window.show();
    QApplication::processEvents();
    window.grab().save(file(QStringLiteral("site-manager")));
    if (QMessageBox *about = window.showAbout()) {
        waitFor([] { return false; }, 200);
        about->grab().save(file(QStringLiteral("about")));
        about->close();
    }
    if (ui::SignInDialog *signIn = window.showSignIn()) {
        signIn->passwordEdit()->setText(QStringLiteral("••••••••••••"));
        waitFor([] { return false; }, 200);
        signIn->grab().save(file(QStringLiteral("sign-in")));
        signIn->passwordEdit()->clear();
        signIn->reject();
    }
    // The automation rules of every site, the first one's run history, and its editor.
    if (ui::AutomationWindow *automation = window.showAutomation()) {
        automation->resize(1100, 640);
        if (!automation->shownRuleIds().isEmpty())
            automation->selectRules({automation->shownRuleIds().first()});
        waitFor([] { return false; }, 300);
        automation->grab().save(file(QStringLiteral("automation")));
        const QStringList ids = automation->shownRuleIds();
        if (ids.size() > 1) {
            if (ui::RuleEditor *editor = automation->editRule(ids.at(1))) {
                editor->resize(900, 1000);
                waitFor([] { return false; }, 300);
                editor->grab().save(file(QStringLiteral("automation-rule")));
                editor->close();
            }
        }
        automation->close();
    }
    ui::NewSiteWizard *wizard = window.makeWizard();
    wizard->resize(720, 560);
    wizard->show();
    wizard->typeList()->setCurrentRow(5);
    QApplication::processEvents();
    wizard->grab().save(file(QStringLiteral("wizard-1-type")));
    wizard->next();
    wizard->nameEdit()->setText(QStringLiteral("Trattoria Sole"));
    QApplication::processEvents();
    wizard->grab().save(file(QStringLiteral("wizard-2-brief")));
    wizard->next();
    wizard->objectiveBoxes().at(3)->setChecked(true);
    wizard->objectiveBoxes().at(4)->setChecked(true);
    QApplication::processEvents();
    wizard->grab().save(file(QStringLiteral("wizard-3-objectives")));
    wizard->next();
    wizard->paletteCombo()->setCurrentIndex(3);
    QApplication::processEvents();
    wizard->grab().save(file(QStringLiteral("wizard-4-style")));
    wizard->next();
    // The server's answer on the address (when a server is configured), then lay out.
    waitFor([wizard] { return !wizard->onlineAvailability().endsWith(QChar(0x2026)); }, 5000);
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    wizard->grab().save(file(QStringLiteral("wizard-5-review")));
    wizard->close();
    // The editor on the first site, with its hero selected.
    if (window.filterModel()->rowCount() > 0) {
        const QString siteId =
            window.filterModel()->index(0, 0).data(ui::SiteListModel::SiteIdRole).toString();
        if (ui::EditorWindow *editor = window.openSite(siteId)) {
            for (int r = 0; r < editor->outline()->rowCount(); ++r) {
                const QModelIndex i = editor->outline()->index(r, 0);
                if (i.data(ui::OutlineModel::BlockTypeRole).toString() == QLatin1String("Hero")) {
                    editor->selectBlock(i.data(ui::OutlineModel::BlockIdRole).toString());
                    break;
                }
            }
            editor->resize(1440, 860);
            waitFor([editor] { return editor->preview()->isLoaded(); }, 20000);
            const std::pair<int, const char *> viewports[] = {
                {0, "editor"}, {360, "editor-phone"}, {768, "editor-tablet"}};
            for (const auto &[width, name] : viewports) {
                editor->preview()->setViewportWidth(width);
                waitFor([] { return false; }, 1500); // let the page lay out and paint
                editor->grab().save(file(QLatin1String(name)));
            }
            QDialog *shortcuts = editor->makeShortcutsDialog();
            shortcuts->show();
            waitFor([] { return false; }, 300);
            shortcuts->grab().save(file(QStringLiteral("editor-shortcuts")));
            delete shortcuts;
            ui::SiteSettingsDialog *settings = editor->showSiteSettings();
            settings->resize(780, 600);
            waitFor([] { return false; }, 300);
            settings->grab().save(file(QStringLiteral("site-settings")));
            settings->close();
            if (dark) {
                // No second publish: the pre-publish check, and a toast over the editor.
                ui::PublishDialog *dialog = editor->openPublishDialog();
                dialog->resize(860, 640);
                waitFor([] { return false; }, 1500);
                dialog->grab().save(file(QStringLiteral("publish-dialog")));
                dialog->close();
                editor->toast()->showMessage(
                    QCoreApplication::translate("ss::ui::EditorWindow", "✓  Published — live at %1")
                        .arg(editor->liveUrl()));
                waitFor([] { return false; }, 300);
                editor->grab().save(file(QStringLiteral("publish-toast")));
                return 0;
            }
            // The Publish dialog after a real publish (scripts/screenshots.sh runs a sitehostd
            // and signs in); without a server it shows what went wrong.
            bool done = false;
            QObject::connect(editor, &ui::EditorWindow::published, editor, [&] { done = true; });
            QObject::connect(editor, &ui::EditorWindow::publishFailed, editor,
                             [&] { done = true; });
            editor->publish();
            waitFor([&done] { return done; }, 30000);
            ui::PublishDialog *dialog = editor->publishDialog();
            waitFor([] { return false; }, 1500); // the plan limits' answer, then lay out
            dialog->grab().save(file(QStringLiteral("publish-dialog")));
            editor->grab().save(file(QStringLiteral("publish-toast")));
            QObject::disconnect(editor, nullptr, editor, nullptr);
            dialog->close();

            // Publishing & hosting after that publish.
            ui::DeploymentsPanel *deployments = editor->showDeployments();
            deployments->resize(960, 600);
            waitFor([] { return false; }, 2500);
            deployments->grab().save(file(QStringLiteral("deployments")));
            deployments->close();

            // An edit, synced: the revision history compares the published revision with it.
            SiteDocument *doc = editor->document();
            const QString pageId = editor->currentPageId();
            const QStringList selected = editor->selectedBlockIds();
            if (!selected.isEmpty()) {
                if (auto op = doc->makeSetProp(
                        pageId, selected.first(), QStringLiteral("title"),
                        QCborValue(QStringLiteral("Fresh bread and pastries, every morning")));
                    op && doc->perform(*op)) {
                    window.syncNow();
                    waitFor([] { return false; }, 4000);
                }
            }
            ui::RevisionsPanel *revisions = editor->showRevisions();
            revisions->resize(1360, 820);
            waitFor([revisions] { return revisions->revisions().size() >= 2; }, 10000);
            if (!revisions->revisions().isEmpty())
                revisions->selectRevision(revisions->revisions().last());
            waitFor([] { return false; }, 3000);
            if (!selected.isEmpty())
                revisions->selectDifference(selected.first());
            waitFor([] { return false; }, 1000);
            revisions->grab().save(file(QStringLiteral("revisions")));
            revisions->close();
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    ui::PreviewView::registerScheme(); // before the application object, as WebEngine requires
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SiteStudio"));
    QApplication::setApplicationName(QStringLiteral("sitestudio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Site Studio"));
    QApplication::setApplicationVersion(QStringLiteral(SS_VERSION));
    // The installed desktop entry and hicolor icon (packaging/); no icon when run from the build.
    QGuiApplication::setDesktopFileName(QStringLiteral("example.sitestudio.SiteStudio"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("sitestudio")));

    // The user's language (LANGUAGE / LC_ALL / LANG): Qt's own strings and ours
    // (resources/translations, embedded). English is installed first, as the fallback: it holds
    // the plural forms of the "%n …" strings; the user's language, installed last, wins.
    QTranslator qtTranslator, englishTranslator, appTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    if (englishTranslator.load(QStringLiteral("sitestudio_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&englishTranslator);
    if (QLocale().language() != QLocale::English &&
        appTranslator.load(QLocale(), QStringLiteral("sitestudio"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&appTranslator);

    // Command-line help in the user's language too (context "sitestudio").
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "sitestudio", "Site Studio: build, edit offline and publish block-built websites."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({QStringLiteral("data-dir"),
                 QCoreApplication::translate("sitestudio", "Use another local cache folder."),
                 QStringLiteral("DIR"),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)});
    p.addOption({QStringLiteral("server"),
                 QCoreApplication::translate("sitestudio",
                                             "A sitehostd address the Sign in dialog suggests when "
                                             "this cache has no connection yet."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("screenshots"),
                 QCoreApplication::translate(
                     "sitestudio", "Save screenshots of the main screens to DIR and exit."),
                 QStringLiteral("DIR")});
    p.addOption(
        {QStringLiteral("dark"),
         QCoreApplication::translate(
             "sitestudio", "Use a dark palette (Fusion style), same as --color-scheme dark.")});
    p.addOption({QStringLiteral("color-scheme"),
                 QCoreApplication::translate(
                     "sitestudio",
                     "light, dark or system (default; also read from SITESTUDIO_COLOR_SCHEME). "
                     "\"system\" follows the platform palette (dark when its window "
                     "colour is darker than its text: KDE, QT_QPA_PLATFORMTHEME) or GNOME's "
                     "dark preference (color-scheme, GTK_THEME). light and dark use the "
                     "Fusion style."),
                 QStringLiteral("SCHEME")});
    p.addOption({QStringLiteral("exit-when-ready"),
                 QCoreApplication::translate(
                     "sitestudio", "Quit as soon as the site manager has painted (for start-up "
                                   "benchmarks).")});
    p.process(app);

    ui::ColorScheme scheme = ui::parseColorScheme(qEnvironmentVariable("SITESTUDIO_COLOR_SCHEME"));
    if (p.isSet(QStringLiteral("color-scheme")))
        scheme = ui::parseColorScheme(p.value(QStringLiteral("color-scheme")));
    if (p.isSet(QStringLiteral("dark")))
        scheme = ui::ColorScheme::Dark;
    ui::applyColorScheme(app, scheme);

    ui::MainWindow window(p.value(QStringLiteral("data-dir")));
    if (p.isSet(QStringLiteral("server")))
        window.setSuggestedServer(p.value(QStringLiteral("server")));
    if (!window.isReady()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("sitestudio", "Site Studio"),
                              window.startupError());
        return 1;
    }
    if (p.isSet(QStringLiteral("screenshots")))
        return takeScreenshots(window, p.value(QStringLiteral("screenshots")));
    window.show();
    if (p.isSet(QStringLiteral("exit-when-ready"))) {
        // Queued behind the first paint of the window: the moment it can take input.
        QTimer::singleShot(0, &app, [&app, &window] {
            window.repaint();
            std::printf("ready: %d sites listed\n", window.siteModel()->rowCount());
            app.quit();
        });
    }
    return app.exec();
}
