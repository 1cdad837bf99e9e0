// Keyboard-only operation and accessible names: every window and dialog of the app is opened
// (offline; no server) and checked the way a screen-reader or keyboard user meets it.
#include "assetpicker.h"
#include "automationeditor.h"
#include "automationwidgets.h"
#include "automationwindow.h"
#include "bulkactiondialog.h"
#include "conflictsdialog.h"
#include "deploymentspanel.h"
#include "editorwindow.h"
#include "localcache.h"
#include "mainwindow.h"
#include "newsitewizard.h"
#include "outlinemodel.h"
#include "publishdialog.h"
#include "revisionspanel.h"
#include "signindialog.h"
#include "sitesettingsdialog.h"
#include "sitestore.h"
#include "testutil.h"
#include "theme.h"
#include "themepackage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDialog>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSet>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>
#include <QWebEngineView>

using namespace ss;

namespace {

QString describe(const QWidget *w)
{
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        text += QLatin1Char('#') + w->objectName();
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget())
        if (!p->objectName().isEmpty()) {
            text += QStringLiteral(" in ") + p->objectName();
            break;
        }
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        text += QStringLiteral(" \"%1\"").arg(b->text());
    if (auto *l = qobject_cast<const QLabel *>(w))
        text += QStringLiteral(" \"%1\"").arg(l->text().left(40));
    if (w->window())
        text += QStringLiteral(" (window \"%1\")").arg(w->window()->windowTitle());
    return text;
}

// Inside a web view: the page's own content, named by the page (not a Qt widget to check).
bool inWebView(const QWidget *w)
{
    for (; w; w = w->parentWidget())
        if (qobject_cast<const QWebEngineView *>(w))
            return true;
    return false;
}

// The widgets of `window` a Tab press can reach.
QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> stops;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !(w->focusPolicy() & Qt::TabFocus) || !w->isVisible() ||
            !w->isEnabled() || w->focusProxy())
            continue;
        stops << w;
    }
    return stops;
}

// What a screen reader announces for `w`: its accessible name (which Qt derives from the
// widget's text, a buddy label or QWidget::accessibleName).
QString accessibleName(QWidget *w)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QStringList unnamed(QWidget *window)
{
    QStringList problems;
    for (QWidget *w : tabStops(window))
        if (!inWebView(w) && accessibleName(w).isEmpty())
            problems << describe(w);
    return problems;
}

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Duplicate mnemonics among `texts`: "x: A, B".
QStringList clashes(const QStringList &texts)
{
    QMultiHash<QChar, QString> by;
    for (const QString &t : texts)
        if (const QChar c = mnemonic(t); !c.isNull())
            by.insert(c, t);
    QStringList out;
    for (const QChar c : by.uniqueKeys())
        if (by.count(c) > 1)
            out << QStringLiteral("%1: %2").arg(c).arg(by.values(c).join(QStringLiteral(", ")));
    return out;
}

QStringList menuClashes(QMenu *menu)
{
    QStringList texts, out;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        texts << a->text();
        if (a->menu())
            out << menuClashes(a->menu());
    }
    for (const QString &c : clashes(texts))
        out << menu->title() + QStringLiteral(" ▸ ") + c;
    return out;
}

// Menu bar titles and every menu of `window`.
QStringList menuBarClashes(QWidget *window)
{
    QStringList out;
    for (QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        QStringList titles;
        for (QAction *a : bar->actions()) {
            titles << a->text();
            if (a->menu())
                out << menuClashes(a->menu());
        }
        out << clashes(titles);
    }
    return out;
}

// Mnemonics of the buttons, buddied labels, group boxes and tabs visible together in `window`.
QStringList widgetClashes(QWidget *window)
{
    QStringList texts;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisible())
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            texts << b->text();
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            texts << l->text();
        else if (auto *g = qobject_cast<QGroupBox *>(w); g && g->isCheckable())
            texts << g->title();
        else if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i)
                texts << t->tabText(i);
    }
    return clashes(texts);
}

// Presses Tab from the first stop until focus comes back; the stops it never reached, and the
// widgets that kept the focus (keyboard traps). A web view's page handles Tab itself: the test
// steps over it the way Ctrl+Tab / F6 would.
QStringList tabProblems(QWidget *window)
{
    QStringList problems;
    const QList<QWidget *> stops = tabStops(window);
    if (stops.isEmpty())
        return problems;
    window->activateWindow();
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window))
        return {QStringLiteral("window did not become active")};
    stops.first()->setFocus(Qt::TabFocusReason);
    if (qEnvironmentVariableIsSet("SS_TAB_TRACE"))
        for (QWidget *n = window->nextInFocusChain(); n != window; n = n->nextInFocusChain())
            if (stops.contains(n))
                qInfo("chain: %s policy %d", qPrintable(describe(n)), int(n->focusPolicy()));
    QSet<QWidget *> seen;
    QMetaObject::Connection trace;
    if (qEnvironmentVariableIsSet("SS_TAB_TRACE"))
        trace = QObject::connect(qApp, &QApplication::focusChanged, [](QWidget *a, QWidget *b) {
            qInfo("  focus %s => %s", a ? qPrintable(describe(a)) : "-",
                  b ? qPrintable(describe(b)) : "-");
        });
    QWidget *current = QApplication::focusWidget();
    for (int i = 0; i < stops.size() * 2 + 4 && current; ++i) {
        seen.insert(current);
        if (qEnvironmentVariableIsSet("SS_TAB_TRACE"))
            qInfo("tab %d: %s", i, qPrintable(describe(current)));
        if (inWebView(current)) {
            QWidget *n = current;
            do
                n = n->nextInFocusChain();
            while (n != current && (inWebView(n) || !stops.contains(n)));
            n->setFocus(Qt::TabFocusReason);
        } else {
            QTest::keyClick(current, Qt::Key_Tab);
        }
        QWidget *next = QApplication::focusWidget();
        if (qEnvironmentVariableIsSet("SS_TAB_TRACE") && next)
            qInfo("  -> %s reason", qPrintable(describe(next)));
        if (next == current) {
            problems << QStringLiteral("Tab stays in ") + describe(current);
            QWidget *n = current->nextInFocusChain();
            while (n != current && !stops.contains(n))
                n = n->nextInFocusChain();
            n->setFocus(Qt::TabFocusReason);
            next = QApplication::focusWidget();
        }
        current = next;
    }
    QObject::disconnect(trace);
    if (qEnvironmentVariableIsSet("SS_TAB_TRACE"))
        for (QWidget *w : stops)
            if (!seen.contains(w)) {
                w->setFocus(Qt::OtherFocusReason);
                qInfo("missed %s: proxy of parent %s; setFocus gives %s; prev %s",
                      qPrintable(describe(w)),
                      w->parentWidget()->focusProxy()
                          ? qPrintable(describe(w->parentWidget()->focusProxy()))
                          : "-",
                      QApplication::focusWidget()
                          ? qPrintable(describe(QApplication::focusWidget()))
                          : "-",
                      qPrintable(describe(w->previousInFocusChain())));
            }
    for (QWidget *w : stops) {
        bool reached = seen.contains(w);
        for (QWidget *s : seen) // a composite widget (spin box, combo) takes focus as a whole
            reached = reached || w->isAncestorOf(s) || s->isAncestorOf(w);
        if (!reached && !inWebView(w))
            problems << QStringLiteral("Tab never reaches ") + describe(w);
    }
    return problems;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<ui::MainWindow> main;
    QString siteId;

    Fixture()
    {
        main = std::make_unique<ui::MainWindow>(dir.path());
        if (!main->isReady())
            qFatal("%s", qPrintable(main->startupError()));
        auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
        if (!cache)
            qFatal("%s", qPrintable(cache.error().toString()));
        SiteStore store(**cache);
        ThemeRegistry themes;
        auto created = store.createSite({QStringLiteral("Bakery"), QStringLiteral("store"), true},
                                        (*themes.theme(QStringLiteral("studio")))->manifest());
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        siteId = created->id;
        main->reload();
    }
};

#define CHECK_EMPTY(list, what)                                                                    \
    QVERIFY2((list).isEmpty(),                                                                     \
             qPrintable(QStringLiteral(what ": ") + (list).join(QStringLiteral("; "))))

void checkWindow(QWidget *window)
{
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // SS_A11Y_SHOTS=DIR saves each window checked (to look at them, e.g. with SS_A11Y_DARK=1).
    if (const QString dir = qEnvironmentVariable("SS_A11Y_SHOTS"); !dir.isEmpty()) {
        static int n = 0;
        window->grab().save(QStringLiteral("%1/%2-%3.png")
                                .arg(dir)
                                .arg(++n, 2, 10, QLatin1Char('0'))
                                .arg(QString::fromLatin1(window->metaObject()->className())
                                         .section(QLatin1String("::"), -1)));
    }
    CHECK_EMPTY(unnamed(window), "focusable widgets without an accessible name");
    CHECK_EMPTY(menuBarClashes(window), "menu mnemonics used twice");
    CHECK_EMPTY(widgetClashes(window), "mnemonics used twice");
    CHECK_EMPTY(tabProblems(window), "tab order");
}

// Escape closes a non-modal panel.
void checkEscapeCloses(QWidget *window)
{
    window->show();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClick(target, Qt::Key_Escape);
    QTRY_VERIFY2(!window->isVisible(), qPrintable(describe(window) + " stays open on Escape"));
}

class QAbstractButtonStub : public QAbstractButton
{
public:
    using QAbstractButton::QAbstractButton;
    void paintEvent(QPaintEvent *) override {}
    QSize sizeHint() const override { return {20, 20}; }
};

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT
    QTranslator m_translator, m_qtTranslator;

private slots:
    // SS_A11Y_LANG=de runs every check on the translated screens (mnemonics must stay unique
    // in each language).
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("SS_A11Y_DARK"))
            ui::applyColorScheme(*qApp, ui::ColorScheme::Dark);
        const QString lang = qEnvironmentVariable("SS_A11Y_LANG");
        if (lang.isEmpty())
            return;
        QVERIFY(m_translator.load(QLocale(lang), QStringLiteral("sitestudio"), QStringLiteral("_"),
                                  QStringLiteral(SS_QM_DIR)));
        QCoreApplication::installTranslator(&m_translator);
        // Qt's own strings (wizard and dialog buttons), as main() loads them.
        if (m_qtTranslator.load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qtTranslator);
    }

    void siteManager()
    {
        Fixture f;
        checkWindow(f.main.get());
    }

    void newSiteWizard()
    {
        Fixture f;
        ui::NewSiteWizard *wizard = f.main->makeWizard();
        checkWindow(wizard);
        wizard->nameEdit()->setText(QStringLiteral("Trattoria Sole"));
        for (int step = 0; step < 4; ++step) {
            wizard->next();
            checkWindow(wizard);
        }
        wizard->close();
    }

    void editor()
    {
        Fixture f;
        ui::EditorWindow *editor = f.main->openSite(f.siteId);
        QVERIFY(editor);
        checkWindow(editor); // nothing selected: the page's settings in the inspector
        // Each block's inspector (text, rich text, arrays, images, links...).
        QStringList ids;
        for (int r = 0; r < editor->outline()->rowCount(); ++r)
            ids << editor->outline()->index(r, 0).data(ui::OutlineModel::BlockIdRole).toString();
        QVERIFY(ids.size() >= 3);
        for (const QString &id : ids) {
            editor->selectBlock(id);
            checkWindow(editor);
        }
    }

    void editorDialogs()
    {
        Fixture f;
        ui::EditorWindow *editor = f.main->openSite(f.siteId);
        QVERIFY(editor);
        editor->show();
        checkWindow(editor->openPublishDialog());
        editor->publishDialog()->close();
        checkWindow(editor->showSiteSettings());
        checkEscapeCloses(editor->showSiteSettings());
        checkWindow(editor->showConflicts());
        checkEscapeCloses(editor->showConflicts());
        checkWindow(editor->showRevisions());
        checkEscapeCloses(editor->showRevisions());
        checkWindow(editor->showDeployments());
        checkEscapeCloses(editor->showDeployments());
        QDialog *shortcuts = editor->makeShortcutsDialog();
        checkWindow(shortcuts);
        delete shortcuts;
    }

    // The automation window (all sites, and one site from the editor) and the rule editor's tabs.
    void automation()
    {
        Fixture f;
        ui::AutomationWindow *window = f.main->showAutomation();
        QVERIFY(window);
        checkWindow(window);
        ui::RuleEditor *rule = window->newRule();
        rule->conditions()->root()->addCondition();
        rule->conditions()->root()->addGroup()->addCondition();
        rule->actions()->addAction(QStringLiteral("webhook"));
        rule->actions()->addAction(QStringLiteral("export_static"));
        for (int tab = 0; tab < rule->tabs()->count(); ++tab) {
            rule->tabs()->setCurrentIndex(tab);
            checkWindow(rule);
        }
        rule->discardChanges();
        checkEscapeCloses(window->newRule()); // unchanged: Escape closes at once
        checkEscapeCloses(window);
        ui::EditorWindow *editor = f.main->openSite(f.siteId);
        QVERIFY(editor);
        ui::AutomationWindow *site = editor->showAutomation();
        QCOMPARE(site->siteFilter(), f.siteId);
        checkWindow(site);
        checkEscapeCloses(site);
    }

    void assetPicker()
    {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        ui::AssetPicker picker({{QStringLiteral("assets/a.png"), QStringLiteral("PNG, 1 KB"), png},
                                {QStringLiteral("assets/b.svg"), QStringLiteral("SVG"), {}}},
                               QStringLiteral("assets/a.png"));
        checkWindow(&picker);
        checkEscapeCloses(&picker);
    }

    void signInDialog()
    {
        Fixture f;
        f.main->show();
        ui::SignInDialog *dialog = f.main->showSignIn();
        QVERIFY(dialog);
        checkWindow(dialog);
        checkEscapeCloses(dialog);
    }

    void publishDialogEscape()
    {
        Fixture f;
        ui::EditorWindow *editor = f.main->openSite(f.siteId);
        QVERIFY(editor);
        editor->show();
        checkEscapeCloses(editor->openPublishDialog());
    }

    void bulkActionDialog()
    {
        Fixture f;
        f.main->show();
        QTemporaryDir out;
        ui::BulkActionDialog *dialog = f.main->exportSitesWithProgress({f.siteId}, out.path());
        QVERIFY(dialog);
        checkWindow(dialog);
        checkEscapeCloses(dialog);
    }

    // The checks themselves: an unnamed control and a clash are found.
    void checksFindProblems()
    {
        QWidget w;
        auto *unnamedButton = new QAbstractButtonStub(&w);
        Q_UNUSED(unnamedButton)
        auto *edit = new QTextEdit(&w);
        edit->move(0, 40);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!unnamed(&w).isEmpty());
        QCOMPARE(clashes({QStringLiteral("&Open"), QStringLiteral("&Options")}).size(), 1);
        QVERIFY(clashes({QStringLiteral("&Open"), QStringLiteral("O&ptions")}).isEmpty());
        QVERIFY(!tabProblems(&w).isEmpty()); // a QTextEdit keeps Tab
    }

    // GNOME's dark preference, which Qt 6.4's platform palette does not follow.
    void desktopDarkPreference()
    {
        QVERIFY(ui::gtkPrefersDark(QStringLiteral("Adwaita:dark"), {}, {}));
        QVERIFY(
            !ui::gtkPrefersDark(QStringLiteral("Adwaita"), QStringLiteral("'prefer-dark'"), {}));
        QVERIFY(ui::gtkPrefersDark({}, QStringLiteral("'prefer-dark'"), {}));
        QVERIFY(!ui::gtkPrefersDark({}, QStringLiteral("'default'"), QStringLiteral("'Adwaita'")));
        QVERIFY(ui::gtkPrefersDark({}, QStringLiteral("'default'"), QStringLiteral("'Yaru-dark'")));
        QCOMPARE(ui::parseColorScheme(QStringLiteral(" Dark ")), ui::ColorScheme::Dark);
        QCOMPARE(ui::parseColorScheme(QStringLiteral("light")), ui::ColorScheme::Light);
        QCOMPARE(ui::parseColorScheme(QStringLiteral("auto")), ui::ColorScheme::System);
    }

    // The dark palette: status colours differ from the light ones and stay readable.
    void darkPalette()
    {
        const QPalette dark = ui::darkPalette();
        QVERIFY(ui::isDark(dark));
        QVERIFY(!ui::isDark(ui::lightPalette()));
        const QColor err = ui::statusColor(ui::StatusColor::Error, dark);
        QVERIFY(err != ui::statusColor(ui::StatusColor::Error, ui::lightPalette()));
        QVERIFY(err.lightnessF() > dark.color(QPalette::Window).lightnessF() + 0.3);
    }
};

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
