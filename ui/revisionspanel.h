#pragma once

#include "pagediff.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ss {
class AssetStore;
class LocalCache;
class Page;
class SiteDocument;
class ThemePackage;
} // namespace ss

namespace ss::sync {
class RemoteSession;
struct HttpReply;
} // namespace ss::sync

namespace ss::ui {

class PreviewView;

// "Revision history — <site>": a non-modal window over an open site. Left, the site's revisions on
// the server (number, date, size, which one is live); offline, the list the last sync cached and
// a note that showing an old revision needs a connection. Choosing a revision fetches its
// document; for a page of it, the old revision (left) and the working copy (right) are rendered
// side by side by the shared renderer, the blocks that differ outlined in both, and listed below.
// "Restore page" / "Restore block" turn the old state into ordinary undoable edits of the working
// copy (journaled and synced like any other edit).
class RevisionsPanel : public QWidget
{
    Q_OBJECT
public:
    // `doc` is the editor's working copy; `cache` (the editor's) must outlive the panel.
    RevisionsPanel(SiteDocument *doc, std::shared_ptr<const ThemePackage> theme, LocalCache &cache,
                   QWidget *parent = nullptr);
    ~RevisionsPanel() override;

    // Fetches the revision list again (from the server, or the cache when that fails).
    void refresh();
    // The page shown when a revision is chosen (the editor's current page), when it has one.
    void setPreferredPage(const QString &pageId) { m_preferredPage = pageId; }

    // Chooses revision `n` in the list and fetches its document; false if it is not listed.
    bool selectRevision(qint64 n);
    // Shows page `pageId` of the chosen revision; false if the revision has no such page.
    bool selectPage(const QString &pageId);
    // Restores the block `blockId` (of the shown page) / the whole page from the chosen revision
    // as one undo step. False (and a message) when it cannot be done.
    bool restoreBlock(const QString &blockId);
    bool selectDifference(const QString &blockId); // in the list (and both renders)
    bool restoreSelectedBlock();
    bool restorePage();

    QList<qint64> revisions() const; // listed, newest first
    bool isOnline() const { return m_online; }
    qint64 shownRevision() const { return m_oldDoc ? m_shownRevision : -1; }
    QString shownPageId() const { return m_oldPageId; }
    const PageDiff &pageDiff() const { return m_diff; }
    QString message() const; // the note under the list ("" when all is well)
    QString statusText() const;

    QTreeWidget *revisionList() const { return m_list; }
    QTreeWidget *differenceList() const { return m_diffList; }
    QComboBox *pagePicker() const { return m_pages; }
    PreviewView *oldPreview() const { return m_oldPreview; }
    PreviewView *currentPreview() const { return m_currentPreview; }
    // Blocks found and outlined in each render by the last highlight (-1 before the first).
    int outlinedInOld() const { return m_outlinedOld; }
    int outlinedInCurrent() const { return m_outlinedCurrent; }
    sync::RemoteSession *session() const { return m_session; }

signals:
    void revisionsLoaded();
    void revisionShown(qint64 revision); // its document arrived and a page is shown
    void outlined();                     // both renders carry the current highlights

private:
    void onRevisions(const sync::HttpReply &reply);
    void loadCachedRevisions(const QString &why);
    void markLatest();
    QTreeWidgetItem *addRevision(qint64 n, const QString &createdAt, qint64 size, bool live);
    void onRevisionChosen();
    void onRevisionDocument(qint64 n, const sync::HttpReply &reply);
    void showOldPage(const QString &oldPageId);
    void recompute(); // the working copy changed, or another page/revision is shown
    void fillDifferences();
    void highlight(PreviewView *view, bool oldSide);
    void onDifferenceSelected();
    void setMessage(const QString &text, bool warning);
    void setStatus(const QString &text);
    const Page *oldPage() const;
    const Page *currentPage() const;
    QString blockLabel(const BlockDiff &d) const;
    QString changeText(const BlockDiff &d) const;

    QPointer<SiteDocument> m_doc;
    std::shared_ptr<const ThemePackage> m_theme;
    LocalCache &m_cache;
    QString m_dataDir;
    std::unique_ptr<AssetStore> m_assets;
    sync::RemoteSession *m_session = nullptr;
    std::unique_ptr<SiteDocument> m_oldDoc;
    qint64 m_shownRevision = -1;
    qint64 m_wantedRevision = -1;
    QString m_oldPageId;
    QString m_preferredPage;
    PageDiff m_diff;
    bool m_online = false;
    bool m_recomputeQueued = false;
    int m_outlinedOld = -1;
    int m_outlinedCurrent = -1;

    QTreeWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_messageIcon = nullptr;
    QFrame *m_messageBox = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QComboBox *m_pages = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_oldTitle = nullptr;
    QLabel *m_currentTitle = nullptr;
    QSplitter *m_previews = nullptr;
    PreviewView *m_oldPreview = nullptr;
    PreviewView *m_currentPreview = nullptr;
    QTreeWidget *m_diffList = nullptr;
    QPushButton *m_restorePage = nullptr;
    QPushButton *m_restoreBlock = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace ss::ui
