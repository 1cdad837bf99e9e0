#include "mainwindow.h"

#include "assetstore.h"
#include "automationwindow.h"
#include "bulkactiondialog.h"
#include "desktoprunner.h"
#include "editorwindow.h"
#include "localcache.h"
#include "newsitewizard.h"
#include "remotesession.h"
#include "renderer.h"
#include "signin.h"
#include "signindialog.h"
#include "sitedocument.h"
#include "sitelistmodel.h"
#include "sitestore.h"
#include "syncservice.h"
#include "themepackage.h"
#include "toast.h"
#include "validator.h"

#include <QAction>
#include <QApplication>
#include <QCborMap>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QThread>
#include <QToolBar>
#include <QTreeWidget>
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
    m_toast = new Toast(this);

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
    auto *syncSelectedAction =
        toolbar->addAction(tr("Sync se&lected"), this, &MainWindow::syncSelected);
    syncSelectedAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    syncSelectedAction->setToolTip(tr("Sync the selected sites, one after the other"));
    auto *publishAction =
        toolbar->addAction(tr("&Publish selected"), this, &MainWindow::publishSelected);
    publishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    publishAction->setToolTip(
        tr("Validate and publish the selected sites; one failure never stops the others"));
    auto *exportAction = toolbar->addAction(tr("&Export…"), this, &MainWindow::exportSelected);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    auto *automationAction =
        toolbar->addAction(tr("&Automation…"), this, &MainWindow::showAutomation);
    automationAction->setToolTip(tr("Automation rules of every site: schedules, events, history"));
    auto *signInAction = toolbar->addAction(tr("Sign &in…"), this, [this] { showSignIn(); });
    signInAction->setToolTip(tr("Sign in to a Site Studio server (or create an account) to sync "
                                "and publish"));
    auto *aboutAction = toolbar->addAction(tr("Abou&t"), this, &MainWindow::showAbout);
    aboutAction->setToolTip(tr("Version, Qt, and where the cache and the documentation are"));
    // Search and filters sit above the list (not in the toolbar): they stay visible and in the
    // Tab order at any width and in longer languages.
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search sites (name, address, theme)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search sites"));
    // Widths in characters: they follow the font (large-font and high-DPI setups).
    const int charWidth = m_search->fontMetrics().averageCharWidth();
    m_search->setMinimumWidth(charWidth * 18);
    m_search->setMaximumWidth(charWidth * 48);

    m_filterCombo = new QComboBox;
    m_filterCombo->setAccessibleName(tr("Filter sites"));
    m_filterCombo->addItem(tr("All sites"), int(SiteFilterModel::Filter::All));
    m_filterCombo->addItem(tr("With unsynced edits"), int(SiteFilterModel::Filter::Unsynced));
    m_filterCombo->addItem(tr("With conflicts"), int(SiteFilterModel::Filter::Conflicts));
    m_filterCombo->addItem(tr("With unpublished changes"),
                           int(SiteFilterModel::Filter::Unpublished));

    m_tierCombo = new QComboBox;
    m_tierCombo->setAccessibleName(tr("Filter by plan"));
    m_tierCombo->addItem(tr("All plans"), QString());
    for (const char *tier : {"basic", "pro", "enterprise"})
        m_tierCombo->addItem(QString::fromLatin1(tier), QString::fromLatin1(tier));

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
    m_view->setTabKeyNavigation(false); // Tab leaves the list; arrows move in it
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Said in the list itself when it is empty: why, and what to do (updateStatus()).
    m_empty = new QLabel;
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setAccessibleName(tr("No sites"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    connect(m_empty, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("new"))
            newSite();
        else if (link == QLatin1String("signin"))
            showSignIn();
    });
    auto *emptyLayout = new QVBoxLayout(m_view->viewport());
    emptyLayout->addWidget(m_empty);
    m_empty->hide();
    m_view->horizontalHeader()->setSectionResizeMode(SiteListModel::Name, QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(
        SiteListModel::Name, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    m_view->setAccessibleName(tr("Sites"));
    m_view->setWordWrap(false);

    // Left: connection profiles (servers) and the sites on this computer only.
    m_profiles = new QTreeWidget;
    m_profiles->setHeaderHidden(true);
    m_profiles->setRootIsDecorated(false);
    m_profiles->setAccessibleName(tr("Connections"));
    // A connection's menu (right-click or the menu key): sign in again, sign out.
    m_profiles->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_profiles, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QTreeWidgetItem *item = m_profiles->itemAt(at);
        if (!item)
            item = m_profiles->currentItem();
        const QString id = item ? item->data(0, Qt::UserRole).toString() : QString();
        if (id.isEmpty() || id == SiteFilterModel::kAnyProfile)
            return;
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(tr("Sign &In Again…"), this, [this, id] { showSignIn(id); });
        menu->addAction(tr("Sign &Out"), this, [this, id] { signOut(id); });
        menu->popup(m_profiles->viewport()->mapToGlobal(at));
    });
    m_profiles->setMinimumWidth(m_profiles->fontMetrics().averageCharWidth() * 24);
    connect(m_profiles, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_filter->setProfile(item ? item->data(0, Qt::UserRole).toString()
                                  : SiteFilterModel::kAnyProfile);
        updateStatus();
    });
    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_filterCombo);
    filterRow->addWidget(m_tierCombo);
    filterRow->addStretch();
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_profiles);
    splitter->addWidget(listPane);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 900});
    // Tab follows the reading order: connections, search and filters, the list.
    QWidget::setTabOrder(m_profiles, m_search);
    QWidget::setTabOrder(m_search, m_filterCombo);
    QWidget::setTabOrder(m_filterCombo, m_tierCombo);
    QWidget::setTabOrder(m_tierCombo, m_view);
    setCentralWidget(splitter);
    connect(m_view, &QAbstractItemView::activated, this, &MainWindow::openSelected);

    m_connection = new QLabel;
    m_count = new QLabel;
    // Permanent: the offline indicator stays visible while a transient message is shown.
    m_connection->setAccessibleName(tr("Connection state"));
    m_connection->setContentsMargins(0, 0, fontMetrics().averageCharWidth() * 2, 0);
    statusBar()->addPermanentWidget(m_connection);
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
                    setConnectionState(error.contains(QLatin1String("credential")) ||
                                               error.contains(QLatin1String("log in"))
                                           ? QStringLiteral("signed-out")
                                           : QStringLiteral("offline"),
                                       error);
                else if (!report.complete)
                    setConnectionState(QStringLiteral("offline"),
                                       report.messages.join(QStringLiteral("; ")));
                else
                    setConnectionState(QStringLiteral("online"), QString());
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
                if (report.conflicts > 0)
                    dispatchConflicts();
                if (report.pulled > 0)
                    reloadAutomationWindows(); // rules edited elsewhere
            });

    // Automation: the desktop actions of the rules run here while the app is open.
    sync::DesktopRunner::Hooks hooks;
    hooks.exportSite = [this](const QString &siteId, const QString &folder) {
        return exportSiteTo(siteId, folder);
    };
    hooks.syncSite = [this](const QString &siteId) -> Result<QString> {
        const QString profile = profileNameFor(siteId);
        if (profile.isEmpty())
            return fail(tr("the site is not connected to a server"));
        sync::SyncEngine::Options options;
        options.onlyWorkspace = siteId;
        m_sync->requestSync(profile, options);
        return tr("sync started (%1)").arg(profile);
    };
    m_runner = new sync::DesktopRunner(*m_cache, hooks, nullptr, this);
    connect(m_runner, &sync::DesktopRunner::notification, this, &MainWindow::showNotification);
    connect(m_runner, &sync::DesktopRunner::runsRecorded, this,
            &MainWindow::reloadAutomationWindows);
    m_runner->start();
    reload();
}

// An event the app saw itself, for the desktop side of the rules: the trigger's payload with the
// site's common fields and the given ones (the engine's schema; samplePayload has every field).
void MainWindow::dispatchEvent(const QString &type, const QString &siteId, const QCborMap &fields)
{
    automation::Event event;
    event.type = type;
    event.workspaceId = siteId;
    event.payload = automation::samplePayload(type, siteId);
    event.payload.insert(QStringLiteral("workspace_id"), siteId);
    event.payload.insert(QStringLiteral("occurred_at"),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (auto q = m_cache->exec(QStringLiteral("SELECT tier, slug FROM workspaces WHERE id = ?"),
                               {siteId});
        q && q->next()) {
        event.payload.insert(QStringLiteral("account_tier"), q->value(0).toString());
        if (event.payload.contains(QStringLiteral("subdomain")))
            event.payload.insert(QStringLiteral("subdomain"), q->value(1).toString());
    }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        event.payload.insert(it.key(), it.value());
    m_runner->dispatch(event);
}

// A sync that recorded conflicts: a sync_conflict event per conflicting entity.
void MainWindow::dispatchConflicts()
{
    auto q = m_cache->exec(QStringLiteral(
        "SELECT c.workspace_id, k.entity_type, k.entity_id, COUNT(*) FROM conflicts k "
        "JOIN customizations c ON c.id = k.entity_id WHERE k.resolved_at IS NULL "
        "GROUP BY c.workspace_id, k.entity_type, k.entity_id"));
    QList<std::pair<QString, QCborMap>> events;
    while (q && q->next())
        events.append({q->value(0).toString(),
                       QCborMap{{QStringLiteral("entity_type"), q->value(1).toString()},
                                {QStringLiteral("entity_id"), q->value(2).toString()},
                                {QStringLiteral("conflicts"), q->value(3).toLongLong()}}});
    for (const auto &[site, fields] : events)
        dispatchEvent(QStringLiteral("sync_conflict"), site, fields);
}

// The open automation windows (the site manager's and the editors') show what changed.
void MainWindow::reloadAutomationWindows()
{
    const QList<AutomationWindow *> windows = findChildren<AutomationWindow *>();
    for (AutomationWindow *w : windows)
        w->reload();
}

void MainWindow::showNotification(const QString &title, const QString &message)
{
    m_lastNotification = title + QStringLiteral(": ") + message;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        auto *tray = findChild<QSystemTrayIcon *>();
        if (!tray) {
            tray = new QSystemTrayIcon(windowIcon(), this);
            tray->setToolTip(tr("Site Studio"));
            tray->show();
        }
        tray->showMessage(title, message);
    }
    m_toast->showMessage(m_lastNotification, 6000);
    statusBar()->showMessage(m_lastNotification, 10000);
}

MainWindow::~MainWindow()
{
    // Open editors journal into m_store: close them before the store goes.
    for (EditorWindow *w : findChildren<EditorWindow *>(QString(), Qt::FindDirectChildrenOnly)) {
        disconnect(w, nullptr, this, nullptr);
        delete w;
    }
    // A sign-out still talking to the server ends by itself (its request times out); its answer
    // is dropped.
    for (const QPointer<QThread> &worker : std::as_const(m_workers))
        if (worker)
            worker->wait();
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
    // Publishes from this app are events for the desktop side of the rules (the server sees
    // them too and runs its own side).
    connect(editor, &EditorWindow::published, this, [this, siteId](const QString &url) {
        dispatchEvent(QStringLiteral("theme_published"), siteId,
                      QCborMap{{QStringLiteral("url"), url}});
        dispatchEvent(QStringLiteral("deployment_succeeded"), siteId,
                      QCborMap{{QStringLiteral("kind"), QStringLiteral("publish")},
                               {QStringLiteral("status"), QStringLiteral("succeeded")},
                               {QStringLiteral("error"), QString()}});
    });
    connect(editor, &EditorWindow::publishFailed, this, [this, siteId](const QString &message) {
        dispatchEvent(QStringLiteral("deployment_failed"), siteId,
                      QCborMap{{QStringLiteral("kind"), QStringLiteral("publish")},
                               {QStringLiteral("status"), QStringLiteral("failed")},
                               {QStringLiteral("error"), message}});
    });
    editor->show();
    return editor;
}

void MainWindow::reload()
{
    if (!m_model)
        return;
    if (auto r = m_model->reload(); !r)
        statusBar()->showMessage(r.error().toString(), 8000);
    reloadProfiles();
    updateStatus();
}

void MainWindow::reloadProfiles()
{
    QHash<QString, int> counts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ++counts[m_model->site(row).profileId];
    const QString current = m_profiles->currentItem()
                                ? m_profiles->currentItem()->data(0, Qt::UserRole).toString()
                                : SiteFilterModel::kAnyProfile;
    const QSignalBlocker block(m_profiles);
    m_profiles->clear();
    const auto add = [this](const QString &text, const QString &tip, const QString &key,
                            QStyle::StandardPixmap icon) {
        auto *item = new QTreeWidgetItem(m_profiles, {text});
        item->setToolTip(0, tip);
        item->setData(0, Qt::UserRole, key);
        item->setIcon(0, style()->standardIcon(icon));
        return item;
    };
    add(tr("All sites (%1)").arg(m_model->rowCount()), tr("Every site in the local cache"),
        SiteFilterModel::kAnyProfile, QStyle::SP_DirHomeIcon);
    if (auto q = m_cache->exec(
            QStringLiteral("SELECT id, name, server_url FROM profiles ORDER BY name"));
        q) {
        while (q->next()) {
            const QString id = q->value(0).toString();
            add(tr("%1 (%2)").arg(q->value(1).toString()).arg(counts.value(id)),
                tr("Server %1").arg(q->value(2).toString()), id, QStyle::SP_DriveNetIcon);
        }
    }
    if (counts.value(QString()) > 0 || m_model->rowCount() == 0)
        add(tr("This computer only (%1)").arg(counts.value(QString())),
            tr("Sites not synced with a server yet"), QString(), QStyle::SP_ComputerIcon);
    QTreeWidgetItem *select = m_profiles->topLevelItem(0);
    for (int i = 0; i < m_profiles->topLevelItemCount(); ++i)
        if (m_profiles->topLevelItem(i)->data(0, Qt::UserRole).toString() == current)
            select = m_profiles->topLevelItem(i);
    m_profiles->setCurrentItem(select);
    m_filter->setProfile(select->data(0, Qt::UserRole).toString());
}

void MainWindow::setConnectionState(const QString &state, const QString &detail)
{
    m_connectionState = state;
    updateStatus();
    if (!detail.isEmpty())
        m_connection->setToolTip(m_connection->toolTip() + QLatin1Char('\n') + detail);
}

void MainWindow::updateStatus()
{
    if (!m_cache)
        return;
    auto q = m_cache->exec(
        QStringLiteral("SELECT name, server_url FROM profiles ORDER BY name LIMIT 1"));
    // The offline indicator: what the last sync found (nothing is known before the first one).
    // Short, as a permanent status-bar widget; the detail is in the tooltip.
    QString text, tip;
    const bool signedIn = q && q->next();
    if (!signedIn) {
        text = tr("○ Not signed in");
        tip = tr("Working on this computer only — Sign in… to sync and publish");
    } else if (m_connectionState == QLatin1String("offline")) {
        text = tr("○ Offline");
        tip = tr("%1 cannot be reached. Edits are saved here and sync when it is back.")
                  .arg(q->value(1).toString());
    } else if (m_connectionState == QLatin1String("signed-out")) {
        text = tr("○ Signed out");
        tip = tr("Log in to %1 again to sync").arg(q->value(1).toString());
    } else if (m_connectionState == QLatin1String("online")) {
        text = tr("● Online");
        tip =
            tr("Connected to %1 (profile %2)").arg(q->value(1).toString(), q->value(0).toString());
    } else {
        text = tr("Not synced yet");
        tip = tr("Server %1 (profile %2)").arg(q->value(1).toString(), q->value(0).toString());
    }
    m_connection->setText(text);
    m_connection->setToolTip(tip);
    m_count->setText(tr("%1 of %2 sites").arg(m_filter->rowCount()).arg(m_model->rowCount()));
    if (m_model->rowCount() == 0) {
        m_empty->setText(signedIn ? tr("<p><b>No sites yet.</b></p><p><a href=\"new\">New "
                                       "site…</a> creates one; sites on the server arrive with the "
                                       "next sync.</p>")
                                  : tr("<p><b>No sites yet.</b></p><p><a href=\"new\">New "
                                       "site…</a> creates one on this computer; <a "
                                       "href=\"signin\">Sign in…</a> brings your sites from a "
                                       "server.</p>"));
        m_empty->show();
    } else if (m_filter->rowCount() == 0) {
        m_empty->setText(tr("<p>No site matches the search and filters.</p>"));
        m_empty->show();
    } else {
        m_empty->hide();
    }
}

NewSiteWizard *MainWindow::makeWizard()
{
    auto *wizard = new NewSiteWizard(*m_themes, this);
    wizard->slugTaken = [this](const QString &slug) {
        auto q = m_cache->exec(QStringLiteral("SELECT 1 FROM workspaces WHERE slug = ?"), {slug});
        return q && q->next();
    };
    auto profiles = m_cache->exec(QStringLiteral("SELECT COUNT(*) FROM profiles"));
    if (profiles && profiles->next() && profiles->value(0).toInt() > 0) {
        // The first profile's server (a new site syncs there): is the address free?
        auto *session = new sync::RemoteSession(m_dataDir, QString(), wizard);
        wizard->checkOnline = [session, wizard](const QString &name,
                                                NewSiteWizard::AvailabilityAnswer answer) {
            session->get(
                QStringLiteral("/api/v1/slugs?name=") +
                    QString::fromLatin1(QUrl::toPercentEncoding(name)),
                [answer](const sync::HttpReply &r) {
                    const QCborMap m = r.json();
                    answer(r.ok(), m.value(QStringLiteral("available")).toBool(),
                           m.value(QStringLiteral("domain")).toString());
                },
                wizard);
        };
    }
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

Result<QString> MainWindow::exportSiteTo(const QString &siteId, const QString &folder)
{
    auto doc = m_store->loadSite(siteId);
    if (!doc)
        return std::unexpected(doc.error());
    auto theme = m_themes->theme((*doc)->themeId);
    if (!theme)
        return fail(theme.error().toString(), (*doc)->name);
    Renderer renderer(*theme);
    AssetStore *assets = m_assets.get();
    auto r = renderer.exportSite(**doc, folder,
                                 [assets](const QString &name) { return assets->read(name); });
    if (!r)
        return fail(r.error().toString(), (*doc)->name);
    return tr("Exported %n page(s) of %1 to %2", nullptr, r->pages).arg((*doc)->name, folder);
}

QString MainWindow::exportSites(const QStringList &siteIds, const QString &folder)
{
    int ok = 0;
    QStringList failures;
    for (const QString &id : siteIds) {
        auto site = m_store->findSite(id);
        if (!site) {
            failures << site.error().toString();
            continue;
        }
        auto r = exportSiteTo(id, QDir(folder).filePath(dnsFolderName(site->name)));
        if (!r)
            failures << r.error().toString(); // one failure never stops the others
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

QStringList MainWindow::selectedSiteIds() const
{
    QStringList ids;
    for (const QModelIndex &idx : m_view->selectionModel()->selectedRows())
        ids << idx.data(SiteListModel::SiteIdRole).toString();
    return ids;
}

void MainWindow::exportSelected()
{
    const QStringList ids = selectedSiteIds();
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select the sites to export first."), 5000);
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export static sites to"));
    if (folder.isEmpty())
        return;
    exportSitesWithProgress(ids, folder);
}

void MainWindow::syncSelected()
{
    const QStringList ids = selectedSiteIds();
    if (ids.isEmpty())
        statusBar()->showMessage(tr("Select the sites to sync first."), 5000);
    else
        syncSites(ids);
}

void MainWindow::publishSelected()
{
    const QStringList ids = selectedSiteIds();
    if (ids.isEmpty())
        statusBar()->showMessage(tr("Select the sites to publish first."), 5000);
    else
        publishSites(ids);
}

BulkActionDialog *MainWindow::runBulk(
    const QString &title, const QStringList &siteIds,
    const std::function<void(const QString &, std::function<void(bool, QString)>)> &step)
{
    QList<BulkActionDialog::Site> sites;
    for (const QString &id : siteIds) {
        auto s = m_store->findSite(id);
        sites.append({id, s ? s->name : id});
    }
    auto *dialog = new BulkActionDialog(
        title, sites,
        [step](const BulkActionDialog::Site &site, BulkActionDialog::Done done) {
            step(site.id, [done](bool ok, const QString &message) { done(ok, message); });
        },
        this);
    connect(dialog, &BulkActionDialog::finished, this, &MainWindow::reload);
    dialog->show();
    dialog->start();
    return dialog;
}

QString MainWindow::profileNameFor(const QString &siteId) const
{
    // The site's own profile, else the first one (a site made offline goes to that server).
    auto q = m_cache->exec(QStringLiteral("SELECT p.name FROM profiles p LEFT JOIN workspaces w "
                                          "ON w.profile_id = p.id AND w.id = ? "
                                          "ORDER BY w.id IS NULL, p.name LIMIT 1"),
                           {siteId});
    return q && q->next() ? q->value(0).toString() : QString();
}

BulkActionDialog *MainWindow::syncSites(const QStringList &siteIds)
{
    return runBulk(
        tr("Sync %n site(s)", nullptr, int(siteIds.size())), siteIds,
        [this](const QString &id, std::function<void(bool, QString)> done) {
            const QString profile = profileNameFor(id);
            if (profile.isEmpty())
                return done(false, tr("Not logged in to a server"));
            sync::SyncEngine::Options options;
            options.onlyWorkspace = id;
            const int ticket = m_sync->requestSync(profile, options);
            auto *guard = new QObject(this);
            connect(
                m_sync, &sync::SyncService::requestFinished, guard,
                [guard, ticket, done](int t, const sync::SyncReport &report, const QString &error) {
                    if (t != ticket)
                        return;
                    guard->deleteLater();
                    if (!error.isEmpty())
                        done(false, error);
                    else if (!report.complete)
                        done(false,
                             tr("Not synced: %1").arg(report.messages.join(QStringLiteral("; "))));
                    else if (report.parked > 0)
                        done(false, tr("%n edit(s) refused by the server", nullptr, report.parked));
                    else
                        done(true, tr("Synced: %1 sent, %2 received")
                                       .arg(report.pushed)
                                       .arg(report.pulled));
                });
        });
}

BulkActionDialog *MainWindow::publishSites(const QStringList &siteIds)
{
    return runBulk(
        tr("Publish %n site(s)", nullptr, int(siteIds.size())), siteIds,
        [this](const QString &id, std::function<void(bool, QString)> done) {
            const QString profile = profileNameFor(id);
            if (profile.isEmpty())
                return done(false, tr("Not logged in to a server"));
            auto doc = m_store->loadSite(id);
            if (!doc)
                return done(false, doc.error().toString());
            auto theme = m_themes->theme((*doc)->themeId);
            if (!theme)
                return done(false, theme.error().toString());
            int errors = 0;
            QString first;
            for (const ValidationIssue &i : validateSite(**doc, (*theme)->manifest()))
                if (i.severity == ValidationIssue::Severity::Error && errors++ == 0)
                    first = i.toString();
            if (errors > 0)
                return done(false, tr("%n validation error(s) — open the site to fix them "
                                      "(first: %1)",
                                      nullptr, errors)
                                       .arg(first));
            if (auto queued = m_store->queuePublish(id); !queued)
                return done(false, queued.error().toString());
            sync::SyncEngine::Options options;
            options.onlyWorkspace = id;
            const int ticket = m_sync->requestSync(profile, options);
            auto *guard = new QObject(this);
            connect(m_sync, &sync::SyncService::requestFinished, guard,
                    [this, guard, ticket, id, done](int t, const sync::SyncReport &report,
                                                    const QString &error) {
                        if (t != ticket)
                            return;
                        guard->deleteLater();
                        auto pending = m_store->publishPending(id);
                        if (!pending)
                            return done(false, pending.error().toString());
                        if (*pending) {
                            QString why = error;
                            if (why.isEmpty())
                                why = report.messages.join(QStringLiteral("; "));
                            if (why.isEmpty())
                                why = tr("the server could not be reached");
                            return done(
                                false, tr("Not published (%1); the publish stays queued").arg(why));
                        }
                        auto site = m_store->findSite(id);
                        done(true, site && !site->domain.isEmpty()
                                       ? tr("Live at %1").arg(site->domain)
                                       : tr("Published"));
                    });
        });
}

BulkActionDialog *MainWindow::exportSitesWithProgress(const QStringList &siteIds,
                                                      const QString &folder)
{
    return runBulk(tr("Export %n site(s)", nullptr, int(siteIds.size())), siteIds,
                   [this, folder](const QString &id, std::function<void(bool, QString)> done) {
                       const QString summary = exportSites({id}, folder);
                       const bool ok = !summary.contains(QLatin1Char('\n'));
                       done(ok, ok ? tr("Exported") : summary.section(QLatin1Char('\n'), 2));
                   });
}

void MainWindow::syncNow()
{
    auto q = m_cache->exec(QStringLiteral("SELECT name FROM profiles ORDER BY name"));
    bool any = false;
    while (q && q->next()) {
        any = true;
        m_sync->requestSync(q->value(0).toString());
    }
    if (!any) {
        statusBar()->showMessage(tr("Not signed in to a server yet"), 5000);
        showSignIn();
        return;
    }
    statusBar()->showMessage(tr("Syncing…"), 5000);
}

void MainWindow::signOut(const QString &profileId)
{
    auto q = m_cache ? m_cache->exec(QStringLiteral("SELECT name, server_url FROM profiles WHERE "
                                                    "id = ?"),
                                     {profileId})
                     : Result<QSqlQuery>(fail(QStringLiteral("no cache")));
    if (!q || !q->next()) {
        emit signedOut(profileId, false, tr("No such connection"));
        return;
    }
    const QString name = q->value(0).toString();
    const QUrl server(q->value(1).toString());
    statusBar()->showMessage(tr("Signing out of %1…").arg(server.toString()));
    QPointer<MainWindow> self(this);
    QThread *worker = QThread::create([self, profileId, name, server, dataDir = m_dataDir] {
        auto r = sync::signOut(dataDir, profileId, server);
        const bool ok = bool(r);
        QString message;
        if (!r)
            message = tr("Not signed out of %1: %2").arg(name, r.error().message);
        else if (r->revoked)
            message = tr("Signed out of %1; the server revoked the login.").arg(name);
        else
            message = tr("Signed out of %1 on this computer; the server was not reached to "
                         "revoke the login (%2).")
                          .arg(name, r->serverMessage);
        QMetaObject::invokeMethod(qApp, [self, profileId, ok, message] {
            if (!self)
                return;
            self->statusBar()->showMessage(message, 15000);
            self->setConnectionState(ok ? QStringLiteral("signed-out") : self->m_connectionState,
                                     QString());
            emit self->signedOut(profileId, ok, message);
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_workers.removeAll(nullptr);
    m_workers.append(worker);
    worker->start();
}

SignInDialog *MainWindow::showSignIn(const QString &profileId)
{
    if (!m_cache)
        return nullptr;
    auto *dialog = findChild<SignInDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new SignInDialog(*m_cache, m_dataDir, this);
        connect(dialog, &SignInDialog::signedIn, this,
                [this](const QString &profile, const QString &summary) {
                    reloadProfiles();
                    m_sync->requestSync(profile);
                    statusBar()->showMessage(summary + QLatin1Char(' ') + tr("Syncing…"), 15000);
                });
    }
    if (profileId.isEmpty() && !m_suggestedServer.isEmpty() &&
        dialog->serverEdit()->text().isEmpty())
        dialog->serverEdit()->setText(m_suggestedServer);
    if (!profileId.isEmpty()) {
        if (auto q = m_cache->exec(QStringLiteral("SELECT name, server_url, account_email FROM "
                                                  "profiles WHERE id = ?"),
                                   {profileId});
            q && q->next())
            dialog->setConnection(q->value(0).toString(), q->value(1).toString(),
                                  q->value(2).toString());
    }
    dialog->open();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

AutomationWindow *MainWindow::showAutomation()
{
    if (!m_cache)
        return nullptr;
    auto *window = findChild<AutomationWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!window) {
        window = new AutomationWindow(*m_cache, QString(), this);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

QMessageBox *MainWindow::showAbout()
{
    // The version comes from one place: the CMake project version (SS_VERSION), as in
    // `sitestudio --version`, `sitestudio-cli --version` and `sitehostd --version`.
    auto *box = findChild<QMessageBox *>(QStringLiteral("aboutBox"));
    if (!box) {
        box = new QMessageBox(this);
        box->setObjectName(QStringLiteral("aboutBox"));
        box->setWindowTitle(tr("About Site Studio"));
        box->setIcon(QMessageBox::Information);
        box->setTextFormat(Qt::RichText);
        box->setText(tr("<h3>Site Studio %1</h3>"
                        "<p>Build sites offline, automate them, publish with one click.</p>")
                         .arg(QStringLiteral(SS_VERSION).toHtmlEscaped()));
        // The package installs the user guide with the other docs; a source build has it in docs/.
        const QString guide = QStandardPaths::locate(
            QStandardPaths::GenericDataLocation, QStringLiteral("doc/sitestudio/user-guide.md"));
        const QString docs = guide.isEmpty()
                                 ? tr("docs/user-guide.md in the source")
                                 : QStringLiteral("<a href=\"%1\">%2</a>")
                                       .arg(QUrl::fromLocalFile(guide).toString().toHtmlEscaped(),
                                            guide.toHtmlEscaped());
        box->setInformativeText(
            tr("Qt %1 · the cache is in %2<br>User guide: %3")
                .arg(QString::fromLatin1(qVersion()), m_dataDir.toHtmlEscaped(), docs));
        if (!QApplication::windowIcon().isNull()) // the installed app's icon (hicolor theme)
            box->setIconPixmap(QApplication::windowIcon().pixmap(64));
        box->setStandardButtons(QMessageBox::Close);
        box->setAccessibleName(tr("About Site Studio"));
    }
    box->open(); // not modal: nothing waits on it
    return box;
}

} // namespace ss::ui
