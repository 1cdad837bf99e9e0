// The German translation: the .qm built from resources/translations/sitestudio_de.ts loads, the
// main screens come out in German (plural forms included) and the German menus keep their
// mnemonics unique.
#include "editorwindow.h"
#include "localcache.h"
#include "mainwindow.h"
#include "newsitewizard.h"
#include "publishdialog.h"
#include "sitestore.h"
#include "themepackage.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

using namespace ss;

namespace {

QStringList actionTexts(QWidget *w)
{
    QStringList texts;
    for (QToolBar *bar : w->findChildren<QToolBar *>())
        for (QAction *a : bar->actions())
            if (!a->isSeparator())
                texts << a->text();
    return texts;
}

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        if (text.at(i) == QLatin1Char('&'))
            ++i;
    }
    return {};
}

// "menu: text, text" for each mnemonic used twice in one menu (or in the menu bar).
QStringList clashes(const QString &where, const QList<QAction *> &actions)
{
    QMultiHash<QChar, QString> by;
    QStringList out;
    for (QAction *a : actions) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        if (const QChar c = mnemonic(a->text()); !c.isNull())
            by.insert(c, a->text());
        if (a->menu())
            out << clashes(a->text(), a->menu()->actions());
    }
    for (const QChar c : by.uniqueKeys())
        if (by.count(c) > 1)
            out << where + QStringLiteral(": ") + by.values(c).join(QStringLiteral(", "));
    return out;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
    QTranslator m_translator;

private slots:
    void initTestCase()
    {
        // The same lookup as the app's main(), on the file lrelease built.
        QVERIFY(m_translator.load(QLocale(QLocale::German, QLocale::Germany),
                                  QStringLiteral("sitestudio"), QStringLiteral("_"),
                                  QStringLiteral(SS_QM_DIR)));
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
    }

    void stringsComeOutGerman()
    {
        QCOMPARE(QCoreApplication::translate("ss::ui::MainWindow", "&New site…"),
                 QStringLiteral("&Neue Website…"));
        QCOMPARE(QCoreApplication::translate("ss::ui::EditorWindow", "&Undo"),
                 QStringLiteral("&Rückgängig"));
        QCOMPARE(QCoreApplication::translate("ss::ui::PublishDialog", "Ready to publish."),
                 QStringLiteral("Bereit zum Veröffentlichen."));
        // Plural forms (numerus).
        QCOMPARE(
            QCoreApplication::translate("ss::ui::EditorWindow", "Delete %n block(s)", nullptr, 1),
            QStringLiteral("1 Block löschen"));
        QCOMPARE(
            QCoreApplication::translate("ss::ui::EditorWindow", "Delete %n block(s)", nullptr, 3),
            QStringLiteral("3 Blöcke löschen"));
        QCOMPARE(
            QCoreApplication::translate("ss::ui::MainWindow", "Publish %n site(s)", nullptr, 2),
            QStringLiteral("2 Websites veröffentlichen"));
    }

    // English has its own plural forms ("1 block", "2 blocks"), not "block(s)".
    void englishPlurals()
    {
        QTranslator english;
        QVERIFY(english.load(QStringLiteral("sitestudio_en"), QStringLiteral(SS_QM_DIR)));
        QCOMPARE(english.translate("ss::ui::EditorWindow", "Delete %n block(s)", nullptr, 1),
                 QStringLiteral("Delete %n block"));
        QCOMPARE(english.translate("ss::ui::EditorWindow", "Delete %n block(s)", nullptr, 2),
                 QStringLiteral("Delete %n blocks"));
        QCOMPARE(english.translate("ss::ui::PublishDialog",
                                   "%n warning(s) below never block publishing.", nullptr, 1),
                 QStringLiteral("%n warning below never blocks publishing."));
        QCOMPARE(english.translate("ss::ui::EditorWindow", "&Undo"), QString()); // no change
    }

    void siteManagerAndEditorInGerman()
    {
        QTemporaryDir dir;
        ui::MainWindow main(dir.path());
        QVERIFY(main.isReady());
        const QStringList toolbar = actionTexts(&main);
        QVERIFY2(toolbar.contains(QStringLiteral("&Neue Website…")), qPrintable(toolbar.join(',')));
        QVERIFY2(toolbar.contains(QStringLiteral("&Synchronisieren")),
                 qPrintable(toolbar.join(',')));

        auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
        QVERIFY(cache);
        SiteStore store(**cache);
        ThemeRegistry themes;
        auto created = store.createSite({QStringLiteral("Bäckerei"), QStringLiteral("store"), true},
                                        (*themes.theme(QStringLiteral("studio")))->manifest());
        QVERIFY(created);
        main.reload();
        ui::EditorWindow *editor = main.openSite(created->id);
        QVERIFY(editor);
        QStringList menus;
        for (QAction *a : editor->menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("&Bearbeiten")), qPrintable(menus.join(',')));
        const QStringList clash = clashes(QStringLiteral("menu bar"), editor->menuBar()->actions());
        QVERIFY2(clash.isEmpty(), qPrintable(clash.join(QStringLiteral("; "))));
        ui::PublishDialog *publish = editor->openPublishDialog();
        QVERIFY(publish);
        QVERIFY2(publish->windowTitle().contains(QStringLiteral("veröffentlichen")),
                 qPrintable(publish->windowTitle()));
    }

    void wizardInGerman()
    {
        QTemporaryDir dir;
        ui::MainWindow main(dir.path());
        ui::NewSiteWizard *wizard = main.makeWizard();
        QCOMPARE(wizard->windowTitle(), QStringLiteral("Neue Website"));
        delete wizard;
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
