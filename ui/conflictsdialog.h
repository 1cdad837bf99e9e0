#pragma once

#include "conflicts.h"
#include "sitedocument.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QWebEngineView;

namespace ss {
class SiteDocument;
class SiteStore;
class ThemePackage;
class ThemeRegistry;
struct DocumentChange;
} // namespace ss

namespace ss::ui {

// "Conflicts — <site>": the site's unresolved sync conflicts (docs/sync.md), one row each (page,
// block, property, reason). For the selected one, "Mine" and "Theirs" side by side: the block
// rendered by the shared renderer with each value (theme CSS inlined, tokens from the site
// props) and the raw values. Keep mine re-applies our value as a normal edit (journaled, so it
// syncs; undoable when the document is the editor's), Keep theirs marks it resolved (the
// server's value is already in the document); both also for all. Quarantined documents and
// conflicts with nothing of ours to keep only offer "Dismiss".
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    // From the editor: its open document (edits are undo steps there) and theme.
    ConflictsDialog(SiteStore &store, SiteDocument *doc, std::shared_ptr<const ThemePackage> theme,
                    QWidget *parent = nullptr);
    // From the site manager: `doc` may be null, then the dialog opens the site itself.
    ConflictsDialog(SiteStore &store, ThemeRegistry &themes, SiteDocument *doc,
                    const QString &siteId, QWidget *parent = nullptr);
    ~ConflictsDialog() override;

    bool isReady() const { return m_doc != nullptr; }
    QString error() const { return m_error; }

    // Re-reads the conflicts from the cache.
    void reload();
    const QList<Conflict> &conflicts() const { return m_conflicts; }
    int count() const { return int(m_conflicts.size()); }
    QTreeWidget *list() const { return m_list; }
    void selectRow(int row);
    int currentRow() const;

    // Resolve the selected conflict / every listed one. False (and a message) when it failed.
    bool keepMine();
    bool keepTheirs();
    bool keepMineForAll();
    bool keepTheirsForAll();

    // The HTML shown in the "Mine" / "Theirs" view for the selected conflict.
    QString renderedHtml(bool mine) const { return mine ? m_mineHtml : m_theirsHtml; }
    QWebEngineView *view(bool mine) const { return mine ? m_mineView : m_theirsView; }
    QString message() const;
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *keepTheirsButton() const { return m_keepTheirs; }

signals:
    void resolved(const QString &conflictId);

private:
    void init(SiteStore &store);
    void showCurrent();
    bool resolveRows(const QList<int> &rows, conflicts::Resolution how);
    QString render(const Conflict &c, bool mine) const;
    QString placeholder(const QString &text) const;
    QString inlineStyles(QString html, const QString &slug) const;
    QString blockLabel(const Conflict &c) const;
    QString pageLabel(const Conflict &c) const;
    QString reasonText(const Conflict &c) const;
    static QString rawText(const QCborValue &v);

    SiteStore *m_store = nullptr;
    std::unique_ptr<SiteDocument> m_ownDoc;
    QPointer<SiteDocument> m_doc;
    std::shared_ptr<const ThemePackage> m_theme;
    QString m_siteId;
    QString m_error;
    QList<Conflict> m_conflicts;
    QString m_mineHtml, m_theirsHtml;

    QTreeWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_status = nullptr;
    QWebEngineView *m_mineView = nullptr;
    QWebEngineView *m_theirsView = nullptr;
    QPlainTextEdit *m_mineRaw = nullptr;
    QPlainTextEdit *m_theirsRaw = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_keepTheirs = nullptr;
    QPushButton *m_allMine = nullptr;
    QPushButton *m_allTheirs = nullptr;
    QTimer *m_rerender = nullptr;
};

} // namespace ss::ui
