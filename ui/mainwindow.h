#pragma once

#include "result.h"

#include <QCborMap>
#include <QMainWindow>
#include <QPointer>
#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>

class QComboBox;
class QMessageBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTreeWidget;

namespace ss {
class AssetStore;
class LocalCache;
class SiteStore;
class ThemeRegistry;
namespace sync {
class SyncService;
}
} // namespace ss

namespace ss::sync {
class DesktopRunner;
}

namespace ss::ui {

class AutomationWindow;
class Toast;
class BulkActionDialog;
class EditorWindow;
class NewSiteWizard;
class SiteFilterModel;
class SignInDialog;
class SiteListModel;

// The site manager: every site in the local cache with search, filters and sorting; new sites
// through the wizard; bulk export and sync. Everything except sync and publish works offline.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &dataDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool isReady() const { return m_store != nullptr; }
    QString startupError() const { return m_error; }

    SiteListModel *siteModel() const { return m_model; }
    SiteFilterModel *filterModel() const { return m_filter; }
    QTableView *siteView() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *filterCombo() const { return m_filterCombo; }
    QComboBox *tierCombo() const { return m_tierCombo; }

    // Creates the site a finished wizard describes; returns an error message or "".
    QString createSiteFrom(NewSiteWizard &wizard);
    NewSiteWizard *makeWizard();
    // Opens (or raises) the editor of a site; nullptr with a message box-free error in `error`.
    EditorWindow *openSite(const QString &siteId, QString *error = nullptr);
    // Exports the given sites (ids) into subfolders of `folder`; returns a summary.
    QString exportSites(const QStringList &siteIds, const QString &folder);
    // Bulk actions with a progress row per site (the dialog is shown and deletes itself when
    // closed). Publishing validates each site first; sync and publish go through the sync
    // service one site at a time.
    BulkActionDialog *syncSites(const QStringList &siteIds);
    BulkActionDialog *publishSites(const QStringList &siteIds);
    BulkActionDialog *exportSitesWithProgress(const QStringList &siteIds, const QString &folder);
    QTreeWidget *profileTree() const { return m_profiles; }
    // `sitestudio --server URL`: the Sign in dialog starts with it while there is no connection.
    void setSuggestedServer(const QString &url) { m_suggestedServer = url; }
    // What the list says when it shows no site (hidden otherwise).
    QLabel *emptyStateLabel() const { return m_empty; }
    // "online", "offline" or "signed-out" (from the last sync's outcome).
    QString connectionState() const { return m_connectionState; }

public slots:
    void newSite();
    void openSelected();
    void exportSelected();
    void syncNow();
    void syncSelected();
    void publishSelected();
    void reload();
    // The automation rules of every site (the agency view); one window, raised when open.
    AutomationWindow *showAutomation();
    // Version (the project's, one place for every binary), Qt, the cache folder.
    QMessageBox *showAbout();
    // The Sign-in dialog (one per window; shown without blocking). Signing in syncs at once.
    // With a connection's id: filled in with that connection (signing in again).
    SignInDialog *showSignIn(const QString &profileId = QString());
    // Signs out of a connection on a worker thread (the server revokes the login; this computer
    // forgets it; the sites stay). signedOut() tells how it went.
    void signOut(const QString &profileId);

signals:
    // `message` is what the status bar shows (revoked, only forgotten here, or why not).
    void signedOut(const QString &profileId, bool ok, const QString &message);

public:
    // The desktop side of automation rules (export, sync, notifications) while the app is open.
    sync::DesktopRunner *automationRunner() const { return m_runner; }
    // Writes one site as static HTML to exactly `folder` (all or nothing); a summary or an error.
    Result<QString> exportSiteTo(const QString &siteId, const QString &folder);
    // Shows an automation rule's notification (the system tray where there is one, and a toast).
    void showNotification(const QString &title, const QString &message);
    QString lastNotification() const { return m_lastNotification; }
    // Runs the desktop side of the rules for an event this app saw (a publish from an editor, a
    // sync with conflicts): the trigger's payload with the site's fields and `fields` over it.
    void dispatchEvent(const QString &type, const QString &siteId, const QCborMap &fields);

private:
    void updateStatus();
    void reloadProfiles();
    QStringList selectedSiteIds() const;
    QString profileNameFor(const QString &siteId) const; // "" when there is none
    BulkActionDialog *
    runBulk(const QString &title, const QStringList &siteIds,
            const std::function<void(const QString &id, std::function<void(bool, QString)> done)>
                &step);
    void setConnectionState(const QString &state, const QString &detail);
    void dispatchConflicts();
    void reloadAutomationWindows();
    static QString dnsFolderName(const QString &name);

    QString m_dataDir;
    QString m_error;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<SiteStore> m_store;
    std::unique_ptr<AssetStore> m_assets;
    std::unique_ptr<ThemeRegistry> m_themes;
    sync::SyncService *m_sync = nullptr;
    SiteListModel *m_model = nullptr;
    SiteFilterModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_filterCombo = nullptr;
    QComboBox *m_tierCombo = nullptr;
    QLabel *m_connection = nullptr;
    QTreeWidget *m_profiles = nullptr;
    QString m_connectionState;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr; // over the list when it shows no site
    QString m_suggestedServer;
    QList<QPointer<QThread>> m_workers; // sign-outs in flight (waited for on destruction)
    sync::DesktopRunner *m_runner = nullptr;
    Toast *m_toast = nullptr;
    QString m_lastNotification;
};

} // namespace ss::ui
