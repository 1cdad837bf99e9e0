#pragma once

// The rule editor of the automation designer: a form (no JSON) for the name, site, trigger,
// schedule (cron builder), conditions, actions, mode and limits, with inline validation (the
// engine's Rule::fromJson, then loops against the account's other rules on save) and a "Test run"
// tab: a dry run against an editable sample event that changes nothing.

#include "automation.h"

#include <QCborMap>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;
class QGroupBox;

namespace ss {
class AutomationStore;
}

namespace ss::ui {

class ActionList;
class ConditionBuilder;
class CronBuilder;

class RuleEditor : public QWidget
{
    Q_OBJECT
public:
    // `ruleId` empty: a new rule for `siteId` (empty: the user picks the site).
    RuleEditor(AutomationStore &store, const QString &ruleId, const QString &siteId,
               QWidget *parent = nullptr);
    ~RuleEditor() override;

    QString ruleId() const { return m_ruleId; }
    // The site, or accountKey(profile) for an account-wide rule ("Every site (account-wide)").
    QString siteId() const;
    void setSiteId(const QString &siteId);
    // Adds "Every site (account-wide) — <profile>" per connection profile to a site combo (the
    // profile's name only when there is more than one), data accountKey(profile id).
    static void addAccountTargets(QComboBox *combo, const AutomationStore &store);

    // The rule JSON the form describes, and loading one into the form.
    QCborMap toJson() const;
    void load(const QCborMap &json);

    // Validates the form (cron, then Rule::fromJson); "" when it is valid. Shown inline; Save is
    // disabled while there is an error.
    QString validate();
    QString error() const { return m_errorText; }
    // Saves (validating again, with loop detection): false with the reason shown inline.
    bool save();
    // Whether the form differs from the rule as loaded or last saved. Closing a modified editor
    // (Cancel, Escape, the window's close button) asks inline first; discardChanges() closes.
    bool isModified() const;
    void discardChanges();
    QWidget *discardBar() const { return m_discardBar; }

    // Test run: the sample event of the trigger into the text box, and a dry run of the form's
    // rule against the text box's payload (nothing is stored or changed).
    void loadSample();
    automation::RunTrace testRun();

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *siteCombo() const { return m_site; }
    QComboBox *triggerCombo() const { return m_trigger; }
    void setTrigger(const QString &type);
    QString trigger() const;
    CronBuilder *cronBuilder() const { return m_cron; }
    ConditionBuilder *conditions() const { return m_conditions; }
    ActionList *actions() const { return m_actions; }
    QComboBox *modeCombo() const { return m_mode; }
    QSpinBox *maxParallelSpin() const { return m_maxParallel; }
    QComboBox *missedRunsCombo() const { return m_missed; }
    QSpinBox *maxPerDaySpin() const { return m_maxPerDay; }
    QSpinBox *creditLimitSpin() const { return m_creditLimit; }
    QCheckBox *activeCheck() const { return m_active; }
    QComboBox *eventZoneCombo() const { return m_eventZone; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *saveButton() const { return m_save; }
    QTabWidget *tabs() const { return m_tabs; }
    QPlainTextEdit *sampleEdit() const { return m_sample; }
    QTreeWidget *traceTree() const { return m_trace; }
    QLabel *testStatusLabel() const { return m_testStatus; }

signals:
    void saved(const QString &ruleId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void triggerChanged();
    void updateVisibility();

    AutomationStore &m_store;
    QString m_ruleId;
    QSet<QString> m_loadedKeys; // optional keys the loaded rule had (kept even at defaults)
    QCborMap m_extra;           // top-level keys the form does not know, kept as loaded
    QCborMap m_baseline;        // the JSON as loaded or last saved
    QString m_errorText;
    bool m_loading = false;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_site = nullptr;
    QComboBox *m_trigger = nullptr;
    QLabel *m_triggerDescription = nullptr;
    QGroupBox *m_scheduleBox = nullptr;
    CronBuilder *m_cron = nullptr;
    QComboBox *m_missed = nullptr;
    QFormLayout *m_head = nullptr;
    QComboBox *m_eventZone = nullptr;
    ConditionBuilder *m_conditions = nullptr;
    ActionList *m_actions = nullptr;
    QComboBox *m_mode = nullptr;
    QSpinBox *m_maxParallel = nullptr;
    QSpinBox *m_maxPerDay = nullptr;
    QSpinBox *m_creditLimit = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QPlainTextEdit *m_sample = nullptr;
    QTreeWidget *m_trace = nullptr;
    QLabel *m_testStatus = nullptr;
    QWidget *m_discardBar = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace ss::ui
