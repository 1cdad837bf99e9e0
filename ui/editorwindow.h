#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDialog;
class QLabel;
class QListWidget;
class QTimer;
class QTreeView;

namespace ss {
class AssetStore;
class SiteDocument;
class SiteStore;
class ThemePackage;
class ThemeRegistry;
} // namespace ss

namespace ss::sync {
class SyncService;
struct SyncReport;
} // namespace ss::sync

namespace ss::ui {

class AutomationWindow;
class ComponentPalette;
class DeploymentsPanel;
class ConflictsDialog;
class SiteSettingsDialog;
class Inspector;
class OutlineModel;
class PreviewView;
class RevisionsPanel;
class PageTemplateChooser;
class PublishDialog;
class Toast;

// The editor of one site: pages, the outline of the current page, and the inspector. Every edit
// goes through the document's undo stack and is written to the local cache before it shows (the
// store's journal), so there is no Save button and a crash loses nothing.
class EditorWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `store` (and `assets`, which may be null) must outlive the window.
    EditorWindow(SiteStore &store, ThemeRegistry &themes, const QString &siteId,
                 AssetStore *assets = nullptr, QWidget *parent = nullptr);
    ~EditorWindow() override;

    bool isReady() const { return m_doc != nullptr; }
    QString startupError() const { return m_error; }

    SiteDocument *document() const { return m_doc.get(); }
    OutlineModel *outline() const { return m_outline; }
    QTreeView *outlineView() const { return m_outlineView; }
    Inspector *inspector() const { return m_inspector; }
    QListWidget *pageList() const { return m_pages; }
    PreviewView *preview() const { return m_preview; }
    ComponentPalette *palette() const { return m_palette; }
    QString currentPageId() const;

    void selectBlock(const QString &blockId);
    QStringList selectedBlockIds() const; // in document order

public slots:
    void deleteSelected();
    void duplicateSelected();
    void moveSelectedUp() { moveSelected(-1); }
    void moveSelectedDown() { moveSelected(+1); }
    void selectParent();
    void copySelected();
    void cutSelected();
    // Pastes the clipboard's blocks (Puck Data JSON) after the selected block, or at the end of
    // the page when nothing is selected. One undo step.
    void paste();
    // Inserts a new block of `type` after the selected block (in its slot), or at the end of the
    // page; selects it.
    void insertComponent(const QString &type);
    // Adds an empty page named `title` (address proposed from it) after the current one and
    // shows it; "" asks for the name. Returns the new page's id or "".
    QString addPage(const QString &title = QString());
    // Deletes the current page (undoable); the site's last page stays.
    void deleteCurrentPage();
    // Pages ▸ Add page…: the (non-modal) chooser of page templates.
    PageTemplateChooser *showPageTemplates();
    // Adds a page made from a page template (models/pagetemplates.h) after the current one and
    // shows it: one undo step. "" title/slug: the template's name, an address from the name.
    // Returns the new page's id, or "" with the reason in `problem` (and the status bar).
    QString addPageFromTemplate(const QString &templateId, const QString &title = QString(),
                                const QString &slug = QString(), QString *problem = nullptr);
    // Moves a page in the site's page order (menus, the pages list): one undo step. The pages
    // list does it by drag and drop and Alt+Up/Alt+Down; Pages ▸ Move page up/down too.
    bool movePageTo(const QString &pageId, int index);
    bool moveCurrentPage(int delta);
    // Renames a page (the list's inline editor, F2 or double-click): one undo step.
    bool renamePage(const QString &pageId, const QString &title);
    // After a sync: when the cache holds a newer version of the site from the server and this
    // editor has no unsynced edits, takes it over in place (the page and selection stay where
    // they still exist; the undo history is cleared). Returns true when it changed anything.
    bool reloadFromServer();
    // The keyboard shortcuts of every action, as (action, keys) rows; shown by Help ▸ Shortcuts.
    QList<QPair<QString, QString>> shortcuts() const;
    void showShortcuts();
    QDialog *makeShortcutsDialog(); // the dialog showShortcuts() runs (for screenshots)

    // Publishing goes through the app's sync service (the site manager's).
    void setSyncService(sync::SyncService *service);
    // Opens the Publish dialog (the pre-publish check) and publishes unless errors block it:
    // saves, syncs the edits, uploads assets, publishes; published() or publishFailed() follows.
    // Returns false when it could not start (the dialog says why).
    bool publish();
    // The Publish dialog, opened (and checked again) without publishing.
    PublishDialog *openPublishDialog();
    PublishDialog *publishDialog() const;
    // Writes the site as static HTML to `folder` (all or nothing; see Renderer::exportSite).
    // Returns "" or what went wrong (also shown in the status bar).
    QString exportSite(const QString &folder);
    Toast *toast() const { return m_toast; }
    // Shows a page and selects a block on it ("" selects nothing: the page's settings).
    void showBlock(const QString &pageId, const QString &blockId);
    // The site's public address on the server it syncs with ("" before its first sync).
    QString liveUrl() const;
    // Opens (or raises) the site's "Publishing & hosting" window: publish history with roll back,
    // hosting and custom domains, the deployment log.
    DeploymentsPanel *showDeployments();
    // Opens (or raises) the site's revision history window: browse, compare and restore.
    RevisionsPanel *showRevisions();
    // Site ▸ Automation Rules…: the automation window filtered to this site.
    AutomationWindow *showAutomation();

    // Site ▸ Site Settings… (Ctrl+,): theme tokens and site props, non-modal, one per window.
    ui::SiteSettingsDialog *showSiteSettings();
    // Site ▸ Conflicts…: the site's sync conflicts, mine vs theirs; non-modal, one per window.
    ui::ConflictsDialog *showConflicts();

signals:
    void published(const QString &url);
    void publishFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void moveSelected(int delta);
    void showPage(int row);
    void refreshPages(); // after pages were added, removed or renamed; keeps the current one
    void onSelectionChanged();
    void reportError(const QString &message);
    void updateTitle();
    void snapshotPages(); // folds the page journal into snapshots (idle, close)

    std::unique_ptr<SiteDocument> m_doc;
    std::shared_ptr<const ThemePackage> m_theme;
    QString m_error;
    QString m_lastError;
    QListWidget *m_pages = nullptr;
    OutlineModel *m_outline = nullptr;
    QTreeView *m_outlineView = nullptr;
    Inspector *m_inspector = nullptr;
    PreviewView *m_preview = nullptr;
    ComponentPalette *m_palette = nullptr;
    QLabel *m_state = nullptr;
    enum class SyncState
    {
        Unknown, // no sync seen in this session
        Syncing,
        Online,
        Offline // the last sync could not reach the server
    };
    SyncState m_syncState = SyncState::Unknown;
    QLabel *m_live = nullptr;
    SiteStore &m_store;
    sync::SyncService *m_sync = nullptr;
    QTimer *m_snapshotTimer = nullptr;
    static constexpr int kSnapshotIdleMs = 2000;
    QPointer<DeploymentsPanel> m_deployments;
    QPointer<SiteSettingsDialog> m_siteSettings;
    QPointer<ConflictsDialog> m_conflicts;
    QPointer<PublishDialog> m_publishDialog;
    AssetStore *m_assets = nullptr;
    QPointer<PageTemplateChooser> m_templateChooser;
    bool m_pagesDirty = false;  // the page list changed during a batch (move, sync)
    qint64 m_seenRevision = -2; // the server revision reloadFromServer() last looked at
    Toast *m_toast = nullptr;
};

} // namespace ss::ui
