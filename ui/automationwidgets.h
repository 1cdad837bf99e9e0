#pragma once

// The pieces of the automation rule editor: the cron builder, the condition builder (nested
// all / any / not groups with typed value editors), the action list with a parameter form per
// action, and the run-trace view shared by the test run and the run history.

#include "automation.h"

#include <QCborMap>
#include <QCborValue>
#include <QDateTime>
#include <QFrame>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimeEdit;
class QTreeWidget;
class QVBoxLayout;

namespace ss::ui {

// An editable combo box of IANA time zone ids with a completer.
QComboBox *makeTimeZoneCombo(QWidget *parent = nullptr);
void setComboText(QComboBox *combo, const QString &text);

// Fills `tree` with a run trace: the event, each condition with ✓/✗, each action with what it did
// (or would do), the status and the credits.
void showTrace(QTreeWidget *tree, const automation::RunTrace &trace);

// ---- Cron builder -------------------------------------------------------------------------

class CronBuilder : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Custom,
        EveryMinutes,
        Hourly,
        Daily,
        Weekly,
        Monthly
    };

    explicit CronBuilder(QWidget *parent = nullptr);

    QString expression() const;
    QString timeZone() const;
    void setSchedule(const QString &expression, const QString &timeZone);
    void setExpression(const QString &expression);
    void setTimeZone(const QString &zone);
    // The friendly pickers: they write the expression.
    void setKind(Kind kind);
    Kind kind() const;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString description() const; // "At 09:00 on Monday, Europe/Riga"
    // The next 10 runs after the reference time (default: now), in the schedule's zone.
    QList<QDateTime> nextRuns() const { return m_next; }
    void setReferenceTime(const QDateTime &utc);

    QLineEdit *expressionEdit() const { return m_expr; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *timeZoneCombo() const { return m_zone; }
    QLabel *descriptionLabel() const { return m_description; }
    QLabel *errorLabel() const { return m_errorLabel; }
    QListWidget *nextRunList() const { return m_nextList; }

signals:
    void changed();

private:
    void pickersChanged();
    void recompute();
    void loadPickers(const QString &expression);

    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_pickers = nullptr;
    QSpinBox *m_everyMinutes = nullptr;
    QSpinBox *m_hourlyMinute = nullptr;
    QTimeEdit *m_dailyTime = nullptr;
    QList<QCheckBox *> m_days; // Monday first
    QTimeEdit *m_weeklyTime = nullptr;
    QSpinBox *m_monthDay = nullptr;
    QTimeEdit *m_monthlyTime = nullptr;
    QLineEdit *m_expr = nullptr;
    QComboBox *m_zone = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_errorLabel = nullptr;
    QListWidget *m_nextList = nullptr;
    QString m_error;
    QString m_describe;
    QList<QDateTime> m_next;
    QDateTime m_reference;
    bool m_updating = false;
};

// ---- Condition builder --------------------------------------------------------------------

class ConditionGroup;

// The values of "is one of": one per row, edited in place (F2 or a double click), added and
// removed with the buttons (values may contain commas).
class ListValueEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ListValueEditor(QWidget *parent = nullptr);
    QStringList values() const; // non-empty ones, trimmed
    void setValues(const QStringList &values);
    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    void addValue(); // appends an empty row and edits it

signals:
    void changed();

private:
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

// One leaf: field, operator, value.
class ConditionRow : public QFrame
{
    Q_OBJECT
public:
    explicit ConditionRow(const automation::EventType *event, QWidget *parent = nullptr);

    void setEvent(const automation::EventType *event);
    void setField(const QString &field);
    QString field() const;
    void setOp(const QString &op);
    QString op() const;
    QStringList ops() const; // the operators offered for the field's type
    void setValue(const QCborValue &value);
    QCborValue value() const;
    void setNegated(bool on);
    bool isNegated() const;

    QCborValue toJson() const;
    void load(const QCborMap &leaf);

    QComboBox *fieldCombo() const { return m_field; }
    QComboBox *opCombo() const { return m_op; }
    QWidget *valueEditor() const { return m_editor; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    void changed();
    void removeRequested();

private:
    void fillOps();
    void makeEditor();
    automation::FieldType fieldType() const;

    const automation::EventType *m_event = nullptr;
    QCheckBox *m_not = nullptr;
    QComboBox *m_field = nullptr;
    QComboBox *m_op = nullptr;
    QWidget *m_editorHost = nullptr;
    QWidget *m_editor = nullptr;
    QPushButton *m_remove = nullptr;
    QCborValue m_keptValue; // "exists" with a value, kept as loaded
    bool m_updating = false;
};

// A group: all / any of its children, optionally negated.
class ConditionGroup : public QFrame
{
    Q_OBJECT
public:
    ConditionGroup(const automation::EventType *event, int depth, QWidget *parent = nullptr);

    void setEvent(const automation::EventType *event);
    void setAny(bool any);
    bool isAny() const;
    void setNegated(bool on);
    bool isNegated() const;
    ConditionRow *addCondition();
    ConditionGroup *addGroup();
    QList<QWidget *> items() const; // ConditionRow / ConditionGroup, in order
    int depth() const { return m_depth; }
    void clear();

    QCborValue toJson() const;
    void load(const QCborMap &group); // {"all": [...]} or {"any": [...]}
    void loadChild(const QCborValue &json);

    QComboBox *kindCombo() const { return m_kind; }
    QPushButton *addConditionButton() const { return m_addCondition; }
    QPushButton *addGroupButton() const { return m_addGroup; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    void changed();
    void removeRequested();

private:
    void adopt(QWidget *child);

    const automation::EventType *m_event = nullptr;
    int m_depth = 0;
    QCheckBox *m_not = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_addCondition = nullptr;
    QPushButton *m_addGroup = nullptr;
    QPushButton *m_remove = nullptr;
    QVBoxLayout *m_items = nullptr;
    QLabel *m_empty = nullptr;
};

class ConditionBuilder : public QWidget
{
    Q_OBJECT
public:
    explicit ConditionBuilder(QWidget *parent = nullptr);

    void setEventType(const QString &type);
    const automation::EventType *event() const { return m_event; }
    ConditionGroup *root() const { return m_root; }
    // The condition JSON; a null value when there is none.
    QCborValue toJson() const;
    void load(const QCborValue &json);
    // The field names offered (the trigger's payload schema).
    QStringList fieldNames() const;

signals:
    void changed();

private:
    const automation::EventType *m_event = nullptr;
    ConditionGroup *m_root = nullptr;
    bool m_unwrapSingle = false; // loaded from a bare leaf / not: give it back the same way
};

// ---- Actions ------------------------------------------------------------------------------

class ActionCard : public QFrame
{
    Q_OBJECT
public:
    ActionCard(const automation::ActionType *spec, QWidget *parent = nullptr);

    QString type() const;
    const automation::ActionType *spec() const { return m_spec; }
    QCborMap toJson() const;
    void load(const QCborMap &action);
    // The editor of a parameter (QLineEdit, QSpinBox, QDoubleSpinBox, QComboBox, ...).
    QWidget *paramEditor(const QString &name) const { return m_editors.value(name); }
    void setParam(const QString &name, const QCborValue &value);

    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    void changed();
    void moveRequested(int delta);
    void removeRequested();

private:
    const automation::ActionType *m_spec = nullptr;
    QString m_type;
    QHash<QString, QWidget *> m_editors;
    QCborMap m_extra; // params the form does not know, kept as loaded
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
};

class ActionList : public QWidget
{
    Q_OBJECT
public:
    explicit ActionList(QWidget *parent = nullptr);

    ActionCard *addAction(const QString &type);
    QList<ActionCard *> cards() const;
    void move(ActionCard *card, int delta);
    void remove(ActionCard *card);
    void clear();
    int totalCost() const;
    void setCreditLimit(int limit); // 0: none; the total turns red above it
    QCborArray toJson() const;
    void load(const QCborArray &actions);

    QComboBox *typeCombo() const { return m_type; }
    QPushButton *addButton() const { return m_add; }
    QLabel *totalLabel() const { return m_total; }

signals:
    void changed();

private:
    void updateTotal();

    QVBoxLayout *m_cards = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_typeDescription = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_empty = nullptr;
    int m_limit = 0;
};

} // namespace ss::ui
