#include "mainwindow.h"

#include "assetstore.h"
#include "editorwindow.h"
#include "localcache.h"
#include "newsitewizard.h"
#include "renderer.h"
#include "sitedocument.h"
#include "sitelistmodel.h"
#include "sitestore.h"
#include "syncservice.h"
#include "themepackage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ss::ui {

MainWindow::MainWindow(const QString &dataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_dataDir(dataDir)
{
    setWindowTitle(tr("Site Studio"));
    resize(1100, 680);
    auto cache = LocalCache::open(LocalCache::pathIn(dataDir));
    if (!cache) {
        m_error = cache.error().toString();
        setCentralWidget(new QLabel(tr("The local cache cannot be opened: %1").arg(m_error)));
        return;
    }
    m_cache = std::move(*cache);
    m_store = std::make_unique<SiteStore>(*m_cache);
    m_assets = std::make_unique<AssetStore>(*m_cache, dataDir);
    m_themes = std::make_unique<ThemeRegistry>(QStringList{dataDir + QStringLiteral("/themes")});
    m_sync = new sync::SyncService(dataDir, this);

    m_model = new SiteListModel(*m_store, this);
    m_filter = new SiteFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::UserRole);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *toolbar = addToolBar(tr("Sites"));
    toolbar->setObjectName(QStringLiteral("sitesToolbar"));
    toolbar->setMovable(false);
    auto *newAction = toolbar->addAction(tr("&New site…"), this, &MainWindow::newSite);
    newAction->setShortcut(QKeySequence::New);
    auto *openAction = toolbar->addAction(tr("&Open"), this, &MainWindow::openSelected);
    openAction->setShortcut(QKeySequence::Open);
    auto *syncAction = toolbar->addAction(tr("&Sync"), this, &MainWindow::syncNow);
    syncAction->setShortcut(QKeySequence::Refresh);
    auto *exportAction = toolbar->addAction(tr("&Export…"), this, &MainWindow::exportSelected);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    toolbar->addSeparator();
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search sites (name, address, theme)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search sites"));
    m_search->setMaximumWidth(320);
    toolbar->addWidget(m_search);
    m_filterCombo = new QComboBox;
    m_filterCombo->setAccessibleName(tr("Filter sites"));
    m_filterCombo->addItem(tr("All sites"), int(SiteFilterModel::Filter::All));
    m_filterCombo->addItem(tr("With unsynced edits"), int(SiteFilterModel::Filter::Unsynced));
    m_filterCombo->addItem(tr("With conflicts"), int(SiteFilterModel::Filter::Conflicts));
    m_filterCombo->addItem(tr("With unpublished changes"),
                           int(SiteFilterModel::Filter::Unpublished));
    toolbar->addWidget(m_filterCombo);
    m_tierCombo = new QComboBox;
    m_tierCombo->setAccessibleName(tr("Filter by plan"));
    m_tierCombo->addItem(tr("All plans"), QString());
    for (const char *tier : {"basic", "pro", "enterprise"})
        m_tierCombo->addItem(QString::fromLatin1(tier), QString::fromLatin1(tier));
    toolbar->addWidget(m_tierCombo);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, qOverload<>(&QWidget::setFocus));
    addAction(find);

    m_view = new QTableView;
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SiteListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SiteListModel::Name, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Sites"));
    m_view->setWordWrap(false);
    setCentralWidget(m_view);
    connect(m_view, &QAbstractItemView::activated, this, &MainWindow::openSelected);

    m_connection = new QLabel;
    m_count = new QLabel;
    statusBar()->addWidget(m_connection, 1);
    statusBar()->addPermanentWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_filter, &SiteFilterModel::setSearch);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::updateStatus);
    connect(m_tierCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTier(m_tierCombo->currentData().toString());
        updateStatus();
    });
    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setFilter(SiteFilterModel::Filter(m_filterCombo->currentData().toInt()));
        updateStatus();
    });
    connect(m_sync, &sync::SyncService::finished, this,
            [this](const QString &, const sync::SyncReport &report, const QString &error) {
                reload();
                if (!error.isEmpty())
                    statusBar()->showMessage(tr("Sync failed: %1").arg(error), 8000);
                else
                    statusBar()->showMessage(
                        tr("Synced: %1 sent, %2 received, %3 conflict(s)%4")
                            .arg(report.pushed)
                            .arg(report.pulled)
                            .arg(report.conflicts)
                            .arg(report.complete
                                     ? QString()
                                     : tr(" — the server could not be reached; edits stay queued")),
                        8000);
            });
    reload();
}

MainWindow::~MainWindow()
{
    // Open editors journal into m_store: close them before the store goes.
    for (EditorWindow *w : findChildren<EditorWindow *>(QString(), Qt::FindDirectChildrenOnly)) {
        disconnect(w, nullptr, this, nullptr);
        delete w;
    }
}

void MainWindow::openSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        QString error;
        if (!openSite(row.data(SiteListModel::SiteIdRole).toString(), &error))
            QMessageBox::warning(
                this, tr("Open site"),
                tr("The site \"%1\" cannot be opened: %2").arg(row.data().toString(), error));
    }
}

EditorWindow *MainWindow::openSite(const QString &siteId, QString *error)
{
    if (!m_store)
        return nullptr;
    for (EditorWindow *w : findChildren<EditorWindow *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (w->document()->id == siteId) {
            w->show();
            w->raise();
            w->activateWindow();
            return w;
        }
    }
    auto *editor = new EditorWindow(*m_store, *m_themes, siteId, m_assets.get(), this);
    if (!editor->isReady()) {
        if (error)
            *error = editor->startupError();
        delete editor;
        return nullptr;
    }
    editor->setSyncService(m_sync);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QObject::destroyed, this, &MainWindow::reload);
    editor->show();
    return editor;
}

void MainWindow::reload()
{
    if (!m_model)
        return;
    if (auto r = m_model->reload(); !r)
        statusBar()->showMessage(r.error().toString(), 8000);
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_cache)
        return;
    auto q = m_cache->exec(
        QStringLiteral("SELECT name, server_url FROM profiles ORDER BY name LIMIT 1"));
    if (q && q->next())
        m_connection->setText(
            tr("Connected to %1 (profile %2)").arg(q->value(1).toString(), q->value(0).toString()));
    else
        m_connection->setText(tr("Working offline — log in to a server to sync and publish"));
    m_count->setText(tr("%1 of %2 sites").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

NewSiteWizard *MainWindow::makeWizard()
{
    auto *wizard = new NewSiteWizard(*m_themes, this);
    wizard->slugTaken = [this](const QString &slug) {
        auto q = m_cache->exec(QStringLiteral("SELECT 1 FROM workspaces WHERE slug = ?"), {slug});
        return q && q->next();
    };
    return wizard;
}

QString MainWindow::createSiteFrom(NewSiteWizard &wizard)
{
    SiteWizardController &c = wizard.controller();
    auto theme = m_themes->theme(c.blueprint().themeId);
    if (!theme)
        return theme.error().toString();
    c.plan((*theme)->manifest());
    auto doc = c.build((*theme)->manifest());
    if (!doc)
        return doc.error().toString();
    auto site = m_store->createSiteFromDocument({c.blueprint().name, c.blueprint().type, false},
                                                std::move(*doc), (*theme)->manifest(),
                                                c.blueprint().toJson());
    if (!site)
        return site.error().toString();
    reload();
    // Select the new site.
    for (int row = 0; row < m_filter->rowCount(); ++row)
        if (m_filter->index(row, 0).data(SiteListModel::SiteIdRole).toString() == site->id)
            m_view->selectRow(row);
    statusBar()->showMessage(tr("Created %1").arg(site->name), 5000);
    return {};
}

void MainWindow::newSite()
{
    NewSiteWizard *wizard = makeWizard();
    if (wizard->exec() == QDialog::Accepted) {
        if (const QString error = createSiteFrom(*wizard); !error.isEmpty())
            QMessageBox::warning(this, tr("New site"),
                                 tr("The site could not be created: %1").arg(error));
    }
    wizard->deleteLater();
}

QString MainWindow::exportSites(const QStringList &siteIds, const QString &folder)
{
    int ok = 0;
    QStringList failures;
    for (const QString &id : siteIds) {
        auto doc = m_store->loadSite(id);
        if (!doc) {
            failures << doc.error().toString();
            continue;
        }
        auto theme = m_themes->theme((*doc)->themeId);
        if (!theme) {
            failures << QStringLiteral("%1: %2").arg((*doc)->name, theme.error().toString());
            continue;
        }
        Renderer renderer(*theme);
        AssetStore *assets = m_assets.get();
        auto r = renderer.exportSite(**doc, QDir(folder).filePath(dnsFolderName((*doc)->name)),
                                     [assets](const QString &name) { return assets->read(name); });
        if (!r)
            failures << QStringLiteral("%1: %2").arg(
                (*doc)->name, r.error().toString()); // one failure never stops the others
        else
            ++ok;
    }
    QString summary =
        tr("Exported %1 of %2 site(s) to %3.").arg(ok).arg(siteIds.size()).arg(folder);
    if (!failures.isEmpty())
        summary += QLatin1Char('\n') + tr("Failed:") + QLatin1Char('\n') +
                   failures.join(QLatin1Char('\n'));
    return summary;
}

QString MainWindow::dnsFolderName(const QString &name)
{
    QString out;
    for (QChar c : name.toLower())
        out += c.isLetterOrNumber() ? c : QLatin1Char('-');
    return out.isEmpty() ? QStringLiteral("site") : out;
}

void MainWindow::exportSelected()
{
    QStringList ids;
    for (const QModelIndex &idx : m_view->selectionModel()->selectedRows())
        ids << idx.data(SiteListModel::SiteIdRole).toString();
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select the sites to export first."), 5000);
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export static sites to"));
    if (folder.isEmpty())
        return;
    QMessageBox::information(this, tr("Export"), exportSites(ids, folder));
}

void MainWindow::syncNow()
{
    auto q = m_cache->exec(QStringLiteral("SELECT name FROM profiles ORDER BY name"));
    bool any = false;
    while (q && q->next()) {
        any = true;
        m_sync->requestSync(q->value(0).toString());
    }
    statusBar()->showMessage(
        any ? tr("Syncing…")
            : tr("Not logged in to a server: run sitestudio-cli login (a login dialog comes next)"),
        5000);
}

} // namespace ss::ui
