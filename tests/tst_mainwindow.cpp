#include "localcache.h"
#include "mainwindow.h"
#include "newsitewizard.h"
#include "sitelistmodel.h"
#include "sitestore.h"
#include "testutil.h"
#include "themepackage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ss;

// The site manager and the new-site wizard, offscreen.
class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void siteManagerListsSearchesFilters()
    {
        QTemporaryDir dir;
        {
            auto cache = LocalCache::open(LocalCache::pathIn(dir.path()));
            QVERIFY(cache);
            SiteStore store(**cache);
            ThemeRegistry themes;
            for (const char *name : {"Acme Co", "Bolt Bikes", "Saltmarsh Kitchen"})
                QVERIFY(store.createSite({QString::fromLatin1(name), "business", true},
                                         (*themes.theme("studio"))->manifest()));
            // As a sync would leave it: Bolt Bikes is on the pro plan and published up to date;
            // Acme's live revision is behind its draft.
            QVERIFY((*cache)->exec("UPDATE workspaces SET tier = 'pro' WHERE name = 'Bolt Bikes'"));
            QVERIFY((*cache)->exec(
                "UPDATE customizations SET draft_revision = 4, published_revision = 4 WHERE "
                "workspace_id = (SELECT id FROM workspaces WHERE name = 'Bolt Bikes')"));
            QVERIFY((*cache)->exec(
                "UPDATE customizations SET draft_revision = 5, published_revision = 3 WHERE "
                "workspace_id = (SELECT id FROM workspaces WHERE name = 'Acme Co')"));
        }
        ui::MainWindow window(dir.path());
        QVERIFY(window.isReady());
        QVERIFY(window.windowTitle().contains("Site Studio"));
        QAbstractItemModelTester tester(window.siteModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(window.filterModel()->rowCount(), 3);
        window.searchEdit()->setText("bike");
        QCOMPARE(window.filterModel()->rowCount(), 1);
        QCOMPARE(window.filterModel()->index(0, 0).data().toString(), QString("Bolt Bikes"));
        window.searchEdit()->clear();
        window.filterCombo()->setCurrentIndex(1); // with unsynced edits: all three (never synced)
        QCOMPARE(window.filterModel()->rowCount(), 3);
        window.filterCombo()->setCurrentIndex(2); // with conflicts
        QCOMPARE(window.filterModel()->rowCount(), 0);
        window.filterCombo()->setCurrentIndex(3); // with unpublished changes: Acme (behind) and
        QCOMPARE(window.filterModel()->rowCount(), 2); // Saltmarsh (never published)
        window.filterCombo()->setCurrentIndex(0);
        window.tierCombo()->setCurrentIndex(window.tierCombo()->findData("pro"));
        QCOMPARE(window.filterModel()->rowCount(), 1);
        QCOMPARE(window.filterModel()->index(0, ui::SiteListModel::Tier).data().toString(),
                 QString("pro"));
        QCOMPARE(window.filterModel()->index(0, ui::SiteListModel::Published).data().toString(),
                 QString("up to date (r4)"));
        window.tierCombo()->setCurrentIndex(0);
        window.searchEdit()->setText("acme");
        QCOMPARE(window.filterModel()->index(0, ui::SiteListModel::Published).data().toString(),
                 QString("r3 live, draft r5"));
        window.searchEdit()->clear();
        window.filterCombo()->setCurrentIndex(0);
        // Sorting by name, descending.
        window.siteView()->sortByColumn(ui::SiteListModel::Name, Qt::DescendingOrder);
        QCOMPARE(window.filterModel()->index(0, 0).data().toString(), QString("Saltmarsh Kitchen"));

        // Bulk export of a selection: one folder per site.
        QTemporaryDir out;
        QStringList ids{
            window.filterModel()->index(0, 0).data(ui::SiteListModel::SiteIdRole).toString(),
            window.filterModel()->index(1, 0).data(ui::SiteListModel::SiteIdRole).toString()};
        const QString summary = window.exportSites(ids, out.path());
        QVERIFY2(summary.startsWith("Exported 2 of 2"), qPrintable(summary));
        QVERIFY(QFile::exists(out.path() + "/saltmarsh-kitchen/index.html"));
        QVERIFY(QFile::exists(out.path() + "/bolt-bikes/index.html"));
    }

    void wizardCreatesASite()
    {
        QTemporaryDir dir;
        ui::MainWindow window(dir.path());
        QVERIFY(window.isReady());
        ui::NewSiteWizard *wizard = window.makeWizard();
        wizard->show();
        QPushButton *next = qobject_cast<QPushButton *>(wizard->button(QWizard::NextButton));
        QVERIFY(!next->isEnabled()); // no type chosen yet
        wizard->typeList()->setCurrentRow(SiteWizardController::siteTypes().indexOf("restaurant"));
        QVERIFY(next->isEnabled());
        wizard->next();
        QVERIFY(!next->isEnabled()); // no name yet
        QTest::keyClicks(wizard->nameEdit(), "Trattoria Sole");
        QVERIFY(next->isEnabled());
        wizard->next();
        QVERIFY(!next->isEnabled());
        wizard->objectiveBoxes()
            .at(SiteWizardController::objectives().indexOf("book"))
            ->setChecked(true);
        QVERIFY(next->isEnabled());
        wizard->next();
        wizard->themeCombo()->setCurrentIndex(wizard->themeCombo()->findData("harbor"));
        wizard->paletteCombo()->setCurrentIndex(wizard->paletteCombo()->findData("forest"));
        wizard->next();
        QVERIFY(wizard->reviewLabel()->text().contains("/menu"));
        QVERIFY(wizard->reviewLabel()->text().contains("trattoria-sole"));
        const QString error = window.createSiteFrom(*wizard);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(window.filterModel()->rowCount(), 1);
        const auto selected = window.siteView()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data().toString(), QString("Trattoria Sole"));
        QCOMPARE(window.filterModel()->index(0, ui::SiteListModel::Pages).data().toInt(), 3);
        // A second site with the same name is refused with a clear message.
        QVERIFY(window.createSiteFrom(*wizard).contains("exists"));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
