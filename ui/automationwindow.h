#pragma once

// The automation designer's window: the rules of one site or of every site (the agency view) with
// their trigger, next run and last run; New / Edit / Duplicate / Enable / Disable / Delete
// (several rules at once for enable, disable and delete); the run history of the selected rule
// with the trace of each run. Rules live in the local cache and sync like every edit.

#include "automationstore.h"
#include "remotesession.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace ss {
class LocalCache;
}

namespace ss::ui {

class RuleEditor;

class AutomationWindow : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        SiteColumn,
        TriggerColumn,
        NextColumn,
        ActiveColumn,
        LastRunColumn
    };

    // `siteId` empty: every site ("All sites").
    AutomationWindow(LocalCache &cache, const QString &siteId = QString(),
                     QWidget *parent = nullptr);
    ~AutomationWindow() override;

    AutomationStore &store() { return m_store; }
    void setSiteFilter(const QString &siteId); // "" = all sites
    QString siteFilter() const;
    void reload();
    // The ids of the rules shown (after the site filter and the search), in order.
    QStringList shownRuleIds() const;
    QStringList selectedRuleIds() const;
    void selectRules(const QStringList &ids);

    RuleEditor *newRule();
    RuleEditor *editRule(const QString &id);
    RuleEditor *editSelected();
    // Each returns "" or what went wrong (also shown in the window).
    QString duplicateSelected();
    QString setSelectedActive(bool active);
    // Asks to confirm inline; confirmDelete() deletes.
    void deleteSelected();
    QString confirmDelete();
    void cancelDelete();
    QString message() const { return m_messageText; }
    // Asks the site's server for the selected rule's runs (GET /api/v1/rules/{id}/runs), stores
    // them in the cache and shows them; offline or signed out the cached history stays. Called
    // when a rule is selected; the session's waitIdle() lets tests wait for the answer.
    void fetchServerRuns(const QString &ruleId);
    sync::RemoteSession *remoteSession() const { return m_session; }

    QComboBox *siteCombo() const { return m_site; }
    QLineEdit *searchEdit() const { return m_search; }
    QTreeWidget *ruleList() const { return m_rules; }
    QTreeWidget *runList() const { return m_runs; }
    QTreeWidget *traceTree() const { return m_trace; }
    QPushButton *confirmDeleteButton() const { return m_confirmDelete; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *enableButton() const { return m_enable; }
    QPushButton *disableButton() const { return m_disable; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *editButton() const { return m_edit; }

signals:
    void rulesChanged();

private:
    void updateActions();
    void showRuns();
    void showRun();
    void showMessage(bool ok, const QString &text);
    void applySearch();
    void watch(RuleEditor *editor);

    AutomationStore m_store;
    QList<StoredRun> m_shownRuns;
    QString m_messageText;
    QComboBox *m_site = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_rules = nullptr;
    QTreeWidget *m_runs = nullptr;
    QTreeWidget *m_trace = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_enable = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_delete = nullptr;
    QWidget *m_confirmBar = nullptr;
    QLabel *m_confirmText = nullptr;
    QPushButton *m_confirmDelete = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_runsTitle = nullptr;
    QList<QPointer<RuleEditor>> m_editors;
    QPointer<sync::RemoteSession> m_session; // for m_sessionSite's server
    QString m_sessionSite;
    bool m_fetching = false;
};

} // namespace ss::ui
