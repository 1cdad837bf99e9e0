#include "automationwidgets.h"

#include "theme.h"
#include "widgetutil.h"

#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <climits>

namespace ss::ui {

using namespace ss::automation;

namespace {

void setErrorStyle(QLabel *label)
{
    label->setStyleSheet(
        QStringLiteral("color: %1;").arg(statusColorName(StatusColor::Error, label->palette())));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

QString humanize(const QString &name)
{
    QString s = name;
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QCborValue typedItem(const QString &text, FieldType type)
{
    bool ok = false;
    if (type == FieldType::Integer) {
        const qint64 n = text.toLongLong(&ok);
        if (ok)
            return n;
    } else if (type == FieldType::Number) {
        const double d = text.toDouble(&ok);
        if (ok)
            return d == qint64(d) ? QCborValue(qint64(d)) : QCborValue(d);
    } else if (type == FieldType::Boolean) {
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return text == QLatin1String("true");
    }
    return text;
}

QString listText(const QCborValue &v)
{
    QStringList parts;
    for (const QCborValue &item : v.toArray())
        parts << (item.isString()    ? item.toString()
                  : item.isInteger() ? QString::number(item.toInteger())
                  : item.isDouble()
                      ? QString::number(item.toDouble())
                      : (item.toBool() ? QStringLiteral("true") : QStringLiteral("false")));
    return parts.join(QStringLiteral(", "));
}

QCborArray listValue(const QString &text, FieldType type)
{
    QCborArray out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty())
            out.append(typedItem(t, type));
    return out;
}

QPushButton *smallButton(const QString &text, const QString &accessible, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAccessibleName(accessible);
    b->setToolTip(accessible);
    b->setAutoDefault(false);
    return b;
}

// Tab leaves a date/time editor (Qt's moves between its sections; the arrow keys still do).
template<typename Base>
class TabLeaves : public Base
{
public:
    using Base::Base;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace

QComboBox *makeTimeZoneCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    QStringList ids;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QString s = QString::fromLatin1(id);
        if (s.contains(QLatin1Char('/')) || s == QLatin1String("UTC"))
            ids << s;
    }
    ids.removeDuplicates();
    ids.sort();
    ids.removeAll(QStringLiteral("UTC"));
    ids.prepend(QStringLiteral("UTC"));
    combo->addItems(ids);
    combo->setMaxVisibleItems(20);
    auto *completer = new QCompleter(ids, combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    combo->setCompleter(completer);
    combo->setMinimumContentsLength(18);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return combo;
}

void setComboText(QComboBox *combo, const QString &text)
{
    const int i = combo->findText(text);
    if (i >= 0)
        combo->setCurrentIndex(i);
    else
        combo->setEditText(text);
}

void showTrace(QTreeWidget *tree, const RunTrace &trace)
{
    tree->clear();
    const QPalette pal = tree->palette();
    auto mark = [&](QTreeWidgetItem *item, bool ok) {
        item->setText(0, (ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + item->text(0));
        item->setForeground(0, statusColor(ok ? StatusColor::Success : StatusColor::Error, pal));
    };
    auto *event = new QTreeWidgetItem(
        tree, {QObject::tr("Event: %1")
                   .arg(trace.event.type.isEmpty() ? QObject::tr("(none)") : trace.event.type)});
    if (!trace.event.workspaceId.isEmpty())
        new QTreeWidgetItem(event, {QObject::tr("Site: %1").arg(trace.event.workspaceId)});
    for (auto it = trace.event.payload.constBegin(); it != trace.event.payload.constEnd(); ++it) {
        const QCborValue v = it.value();
        new QTreeWidgetItem(
            event, {QStringLiteral("%1 = %2").arg(it.key().toString(),
                                                  v.isArray() ? listText(v) : scalarText(v))});
    }
    auto *conds = new QTreeWidgetItem(tree, {QObject::tr("Conditions")});
    if (trace.conditions.isEmpty())
        new QTreeWidgetItem(conds, {QObject::tr("(none: always true)")});
    for (const Condition::Step &step : trace.conditions) {
        auto *item = new QTreeWidgetItem(conds, {step.description});
        item->setToolTip(0, step.path);
        mark(item, step.result);
    }
    auto *actions = new QTreeWidgetItem(tree, {QObject::tr("Actions")});
    if (trace.actions.isEmpty())
        new QTreeWidgetItem(actions, {QObject::tr("(none ran)")});
    for (const RunTrace::ActionStep &step : trace.actions) {
        QString text = step.type;
        if (!step.message.isEmpty())
            text += QStringLiteral(" — ") + step.message;
        if (step.durationMs > 0)
            text += QObject::tr(" (%1 ms)").arg(step.durationMs);
        auto *item = new QTreeWidgetItem(actions, {text});
        item->setToolTip(0, text);
        mark(item, step.ok);
    }
    QString status = runStatusName(trace.status);
    if (!trace.reason.isEmpty())
        status += QStringLiteral(": ") + trace.reason;
    auto *result = new QTreeWidgetItem(tree, {QObject::tr("Result: %1").arg(status)});
    result->setToolTip(0, status);
    const bool bad = trace.status == RunStatus::Failed || trace.status == RunStatus::Skipped;
    result->setForeground(0, statusColor(bad ? StatusColor::Error : StatusColor::Info, pal));
    new QTreeWidgetItem(tree, {QObject::tr("Credits: %1").arg(trace.credits)});
    tree->expandAll();
}

// ---- CronBuilder --------------------------------------------------------------------------

CronBuilder::CronBuilder(QWidget *parent)
    : QWidget(parent)
{
    m_kind = new QComboBox;
    m_kind->setAccessibleName(tr("Repeat"));
    m_kind->addItem(tr("Custom expression"), int(Kind::Custom));
    m_kind->addItem(tr("Every N minutes"), int(Kind::EveryMinutes));
    m_kind->addItem(tr("Every hour"), int(Kind::Hourly));
    m_kind->addItem(tr("Every day"), int(Kind::Daily));
    m_kind->addItem(tr("Every week"), int(Kind::Weekly));
    m_kind->addItem(tr("Every month"), int(Kind::Monthly));

    m_pickers = new QStackedWidget;
    auto page = [this](std::initializer_list<QWidget *> widgets) {
        auto *w = new QWidget;
        auto *l = new QHBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        for (QWidget *x : widgets)
            l->addWidget(x);
        l->addStretch();
        m_pickers->addWidget(w);
        return l;
    };
    auto timeEdit = [](const QString &name) {
        auto *t = new TabLeaves<QTimeEdit>(QTime(9, 0));
        t->setDisplayFormat(QStringLiteral("HH:mm"));
        t->setAccessibleName(name);
        return t;
    };
    page({new QLabel(tr("Type a cron expression below (minute hour day month weekday)."))});
    m_everyMinutes = new QSpinBox;
    m_everyMinutes->setRange(1, 59);
    m_everyMinutes->setValue(15);
    m_everyMinutes->setAccessibleName(tr("Every how many minutes"));
    page({new QLabel(tr("Every")), m_everyMinutes, new QLabel(tr("minutes"))});
    m_hourlyMinute = new QSpinBox;
    m_hourlyMinute->setRange(0, 59);
    m_hourlyMinute->setAccessibleName(tr("Minute past the hour"));
    page({new QLabel(tr("At minute")), m_hourlyMinute, new QLabel(tr("of every hour"))});
    m_dailyTime = timeEdit(tr("Time of day"));
    page({new QLabel(tr("At")), m_dailyTime});
    auto *weekly = new QWidget;
    auto *wl = new QHBoxLayout(weekly);
    wl->setContentsMargins(0, 0, 0, 0);
    wl->addWidget(new QLabel(tr("On")));
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat));
        box->setAccessibleName(QLocale().dayName(d));
        box->setChecked(d == 1);
        m_days << box;
        wl->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &CronBuilder::pickersChanged);
    }
    m_weeklyTime = timeEdit(tr("Time on those days"));
    wl->addWidget(new QLabel(tr("at")));
    wl->addWidget(m_weeklyTime);
    wl->addStretch();
    m_pickers->addWidget(weekly);
    m_monthDay = new QSpinBox;
    m_monthDay->setRange(1, 31);
    m_monthDay->setAccessibleName(tr("Day of the month"));
    m_monthlyTime = timeEdit(tr("Time on that day"));
    page({new QLabel(tr("On day")), m_monthDay, new QLabel(tr("at")), m_monthlyTime});
    m_pickers->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_expr = new QLineEdit(QStringLiteral("0 9 * * mon"));
    m_expr->setAccessibleName(tr("Cron expression"));
    m_expr->setPlaceholderText(tr("minute hour day month weekday, e.g. 0 9 * * mon"));
    m_expr->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_zone = makeTimeZoneCombo();
    m_zone->setAccessibleName(tr("Time zone"));
    setComboText(m_zone, QStringLiteral("UTC"));
    m_description = new QLabel;
    m_description->setAccessibleName(tr("Schedule description"));
    QFont bold = m_description->font();
    bold.setBold(true);
    m_description->setFont(bold);
    m_errorLabel = new QLabel;
    m_errorLabel->setAccessibleName(tr("Schedule error"));
    setErrorStyle(m_errorLabel);
    m_errorLabel->hide();
    m_description->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_errorLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_nextList = new QListWidget;
    m_nextList->setAccessibleName(tr("Next runs"));
    m_nextList->setFocusPolicy(Qt::NoFocus);
    m_nextList->setSelectionMode(QAbstractItemView::NoSelection);
    m_nextList->setMaximumHeight(m_nextList->fontMetrics().height() * 11 + 8);
    m_nextList->setMinimumHeight(m_nextList->fontMetrics().height() * 5);

    auto *form = new QFormLayout(this);
    m_form = form;
    form->setContentsMargins(0, 0, 0, 0);
    auto buddy = [&](const QString &text, QWidget *w) {
        auto *l = new QLabel(text);
        l->setBuddy(w);
        form->addRow(l, w);
    };
    buddy(tr("Re&peat:"), m_kind);
    form->addRow(QString(), m_pickers);
    buddy(tr("E&xpression:"), m_expr);
    buddy(tr("Time &zone:"), m_zone);
    form->addRow(QString(), m_description);
    form->addRow(QString(), m_errorLabel);
    form->addRow(tr("Next 10 runs:"), m_nextList);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_pickers->setCurrentIndex(m_kind->currentIndex());
        pickersChanged();
    });
    for (QSpinBox *s : {m_everyMinutes, m_hourlyMinute, m_monthDay})
        connect(s, &QSpinBox::valueChanged, this, &CronBuilder::pickersChanged);
    for (QTimeEdit *t : {m_dailyTime, m_weeklyTime, m_monthlyTime})
        connect(t, &QTimeEdit::timeChanged, this, &CronBuilder::pickersChanged);
    connect(m_expr, &QLineEdit::textEdited, this, [this](const QString &text) {
        loadPickers(text);
        recompute();
    });
    connect(m_zone, &QComboBox::editTextChanged, this, &CronBuilder::recompute);
    loadPickers(m_expr->text());
    recompute();
}

QString CronBuilder::expression() const
{
    return m_expr->text().trimmed();
}

QString CronBuilder::timeZone() const
{
    return m_zone->currentText().trimmed();
}

void CronBuilder::setSchedule(const QString &expression, const QString &timeZone)
{
    m_updating = true;
    setComboText(m_zone, timeZone);
    m_updating = false;
    setExpression(expression);
}

void CronBuilder::setExpression(const QString &expression)
{
    m_expr->setText(expression);
    loadPickers(expression);
    recompute();
}

void CronBuilder::setTimeZone(const QString &zone)
{
    setComboText(m_zone, zone);
    recompute();
}

void CronBuilder::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

CronBuilder::Kind CronBuilder::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void CronBuilder::setReferenceTime(const QDateTime &utc)
{
    m_reference = utc;
    recompute();
}

QString CronBuilder::description() const
{
    return m_describe;
}

void CronBuilder::pickersChanged()
{
    if (m_updating)
        return;
    auto hm = [](const QTimeEdit *t) {
        return QStringLiteral("%1 %2").arg(t->time().minute()).arg(t->time().hour());
    };
    QString expr;
    switch (kind()) {
    case Kind::Custom:
        return; // the expression stays as typed
    case Kind::EveryMinutes:
        expr = QStringLiteral("*/%1 * * * *").arg(m_everyMinutes->value());
        break;
    case Kind::Hourly:
        expr = QStringLiteral("%1 * * * *").arg(m_hourlyMinute->value());
        break;
    case Kind::Daily:
        expr = hm(m_dailyTime) + QStringLiteral(" * * *");
        break;
    case Kind::Weekly: {
        static const char *const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        QStringList days;
        for (int i = 0; i < 7; ++i)
            if (m_days[i]->isChecked())
                days << QString::fromLatin1(names[i]);
        expr = hm(m_weeklyTime) + QStringLiteral(" * * ") +
               (days.isEmpty() ? QStringLiteral("*") : days.join(QLatin1Char(',')));
        break;
    }
    case Kind::Monthly:
        expr = hm(m_monthlyTime) + QStringLiteral(" %1 * *").arg(m_monthDay->value());
        break;
    }
    m_expr->setText(expr);
    recompute();
}

// Shows the pickers matching a typed expression (or "Custom expression").
void CronBuilder::loadPickers(const QString &expression)
{
    const QStringList f = expression.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Kind kind = Kind::Custom;
    bool okM = false, okH = false;
    const int minute = f.value(0).toInt(&okM);
    const int hour = f.value(1).toInt(&okH);
    const QTime time = okM && okH ? QTime(hour, minute) : QTime();
    static const QRegularExpression every(QStringLiteral("^\\*/(\\d+)$"));
    static const QRegularExpression dayList(
        QStringLiteral("^(mon|tue|wed|thu|fri|sat|sun)(,(mon|tue|"
                       "wed|thu|fri|sat|sun))*$"),
        QRegularExpression::CaseInsensitiveOption);
    m_updating = true;
    if (f.size() == 5 && f[2] == QLatin1String("*") && f[3] == QLatin1String("*")) {
        if (const auto m = every.match(f[0]);
            m.hasMatch() && f[1] == QLatin1String("*") && f[4] == QLatin1String("*") &&
            m.captured(1).toInt() >= 1 && m.captured(1).toInt() <= 59) {
            kind = Kind::EveryMinutes;
            m_everyMinutes->setValue(m.captured(1).toInt());
        } else if (okM && minute >= 0 && minute < 60 && f[1] == QLatin1String("*") &&
                   f[4] == QLatin1String("*")) {
            kind = Kind::Hourly;
            m_hourlyMinute->setValue(minute);
        } else if (time.isValid() && f[4] == QLatin1String("*")) {
            kind = Kind::Daily;
            m_dailyTime->setTime(time);
        } else if (time.isValid() && dayList.match(f[4]).hasMatch()) {
            kind = Kind::Weekly;
            static const QStringList names = {QStringLiteral("mon"), QStringLiteral("tue"),
                                              QStringLiteral("wed"), QStringLiteral("thu"),
                                              QStringLiteral("fri"), QStringLiteral("sat"),
                                              QStringLiteral("sun")};
            const QStringList days = f[4].toLower().split(QLatin1Char(','));
            for (int i = 0; i < 7; ++i)
                m_days[i]->setChecked(days.contains(names[i]));
            m_weeklyTime->setTime(time);
        }
    } else if (f.size() == 5 && time.isValid() && f[3] == QLatin1String("*") &&
               f[4] == QLatin1String("*") && f[2].toInt() >= 1 && f[2].toInt() <= 31 &&
               QString::number(f[2].toInt()) == f[2]) {
        kind = Kind::Monthly;
        m_monthDay->setValue(f[2].toInt());
        m_monthlyTime->setTime(time);
    }
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_pickers->setCurrentIndex(m_kind->currentIndex());
    m_updating = false;
}

void CronBuilder::recompute()
{
    if (m_updating)
        return;
    m_next.clear();
    m_nextList->clear();
    m_describe.clear();
    auto schedule = CronSchedule::parse(expression(), timeZone());
    if (!schedule) {
        m_error = schedule.error().toString();
        m_errorLabel->setText(m_error);
        m_errorLabel->show();
        m_description->clear();
        m_form->setRowVisible(m_description, false);
        m_form->setRowVisible(m_nextList, false);
    } else {
        m_error.clear();
        m_errorLabel->hide();
        m_form->setRowVisible(m_description, true);
        m_form->setRowVisible(m_nextList, true);
        m_describe = schedule->describe() + QStringLiteral(", ") + schedule->timeZoneId();
        m_description->setText(m_describe);
        QDateTime t = m_reference.isValid() ? m_reference : QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 10; ++i) {
            const auto next = schedule->nextAfter(t);
            if (!next)
                break;
            const QDateTime local = next->toTimeZone(schedule->timeZone());
            m_next << local;
            m_nextList->addItem(QLocale().toString(local, QStringLiteral("ddd yyyy-MM-dd HH:mm")) +
                                QStringLiteral("  ") + local.timeZoneAbbreviation());
            t = *next;
        }
    }
    emit changed();
}

// ---- ListValueEditor ---------------------------------------------------------------------

ListValueEditor::ListValueEditor(QWidget *parent)
    : QWidget(parent)
{
    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Values"));
    m_list->setToolTip(tr("One value per row; F2 or a double click edits a row"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    const int row = m_list->fontMetrics().height() + 4;
    m_list->setFixedHeight(row * 3 + 6);
    m_add = smallButton(tr("+"), tr("Add a value"), this);
    m_remove = smallButton(tr("−"), tr("Remove the value"), this);
    for (QPushButton *b : {m_add, m_remove})
        b->setFixedWidth(b->fontMetrics().horizontalAdvance(QStringLiteral("+")) * 4 + 8);
    auto *buttons = new QVBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(2);
    l->addWidget(m_list, 1);
    l->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ListValueEditor::addValue);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        emit changed();
    });
    connect(m_list, &QListWidget::itemChanged, this, &ListValueEditor::changed);
}

QStringList ListValueEditor::values() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (const QString t = m_list->item(i)->text().trimmed(); !t.isEmpty())
            out << t;
    return out;
}

void ListValueEditor::setValues(const QStringList &values)
{
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const QString &v : values) {
            auto *item = new QListWidgetItem(v, m_list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    emit changed();
}

void ListValueEditor::addValue()
{
    auto *item = new QListWidgetItem(QString(), m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->setCurrentItem(item);
    if (isVisible())
        m_list->editItem(item);
    emit changed();
}

// ---- ConditionRow -------------------------------------------------------------------------

ConditionRow::ConditionRow(const EventType *event, QWidget *parent)
    : QFrame(parent)
    , m_event(event)
{
    m_not = new QCheckBox(tr("not"));
    m_not->setAccessibleName(tr("Negate the condition"));
    m_not->setToolTip(tr("True when the condition does not hold"));
    m_field = new QComboBox;
    m_field->setAccessibleName(tr("Field"));
    m_op = new QComboBox;
    m_op->setAccessibleName(tr("Operator"));
    m_editorHost = new QWidget;
    auto *hostLayout = new QHBoxLayout(m_editorHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    m_remove = smallButton(tr("Remove"), tr("Remove the condition"), this);
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_not);
    l->addWidget(m_field);
    l->addWidget(m_op);
    l->addWidget(m_editorHost, 1);
    l->addWidget(m_remove);
    setEvent(event);
    connect(m_not, &QCheckBox::toggled, this, &ConditionRow::changed);
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        fillOps();
        makeEditor();
        emit changed();
    });
    connect(m_op, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        makeEditor();
        emit changed();
    });
    connect(m_remove, &QPushButton::clicked, this, &ConditionRow::removeRequested);
}

void ConditionRow::setEvent(const EventType *event)
{
    m_event = event;
    const QString keep = field();
    m_updating = true;
    m_field->clear();
    if (event)
        for (const EventField &f : event->fields) {
            m_field->addItem(f.name, f.name);
            m_field->setItemData(
                m_field->count() - 1,
                QStringLiteral("%1 (%2)").arg(f.description, fieldTypeName(f.type)),
                Qt::ToolTipRole);
        }
    m_updating = false;
    if (!keep.isEmpty())
        setField(keep);
    else {
        fillOps();
        makeEditor();
    }
}

void ConditionRow::setField(const QString &field)
{
    int i = m_field->findData(field);
    m_updating = true;
    if (i < 0) {
        m_field->addItem(tr("%1 (not in this event)").arg(field), field);
        i = m_field->count() - 1;
    }
    m_field->setCurrentIndex(i);
    m_updating = false;
    fillOps();
    makeEditor();
    emit changed();
}

QString ConditionRow::field() const
{
    return m_field->currentData().toString();
}

FieldType ConditionRow::fieldType() const
{
    if (m_event)
        if (const EventField *f = m_event->field(field()))
            return f->type;
    return FieldType::String;
}

QStringList ConditionRow::ops() const
{
    switch (fieldType()) {
    case FieldType::String:
        return {QStringLiteral("eq"), QStringLiteral("ne"),      QStringLiteral("contains"),
                QStringLiteral("in"), QStringLiteral("matches"), QStringLiteral("exists")};
    case FieldType::Integer:
    case FieldType::Number:
        return {QStringLiteral("eq"),  QStringLiteral("ne"),    QStringLiteral("gt"),
                QStringLiteral("gte"), QStringLiteral("lt"),    QStringLiteral("lte"),
                QStringLiteral("in"),  QStringLiteral("exists")};
    case FieldType::Boolean:
        return {QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("exists")};
    case FieldType::Timestamp:
        return {QStringLiteral("eq"),    QStringLiteral("ne"), QStringLiteral("gt"),
                QStringLiteral("gte"),   QStringLiteral("lt"), QStringLiteral("lte"),
                QStringLiteral("exists")};
    case FieldType::StringList:
        return {QStringLiteral("contains"), QStringLiteral("exists")};
    }
    return {};
}

void ConditionRow::fillOps()
{
    static const QHash<QString, QString> labels = {{QStringLiteral("eq"), tr("equals")},
                                                   {QStringLiteral("ne"), tr("does not equal")},
                                                   {QStringLiteral("gt"), tr("greater than")},
                                                   {QStringLiteral("gte"), tr("at least")},
                                                   {QStringLiteral("lt"), tr("less than")},
                                                   {QStringLiteral("lte"), tr("at most")},
                                                   {QStringLiteral("contains"), tr("contains")},
                                                   {QStringLiteral("in"), tr("is one of")},
                                                   {QStringLiteral("matches"), tr("matches regex")},
                                                   {QStringLiteral("exists"), tr("is present")}};
    const QString keep = op();
    m_updating = true;
    m_op->clear();
    for (const QString &o : ops())
        m_op->addItem(labels.value(o, o), o);
    int i = m_op->findData(keep);
    if (i < 0 && !keep.isEmpty() && labels.contains(keep)) {
        m_op->addItem(labels.value(keep), keep); // the engine decides whether it fits
        i = m_op->count() - 1;
    }
    m_op->setCurrentIndex(std::max(i, 0));
    m_updating = false;
}

void ConditionRow::setOp(const QString &op)
{
    int i = m_op->findData(op);
    if (i < 0) {
        m_updating = true;
        m_op->addItem(op, op);
        m_updating = false;
        i = m_op->count() - 1;
    }
    m_op->setCurrentIndex(i);
    makeEditor();
}

QString ConditionRow::op() const
{
    return m_op->currentData().toString();
}

void ConditionRow::makeEditor()
{
    const QCborValue old = m_editor ? value() : QCborValue();
    delete m_editor;
    m_editor = nullptr;
    const QString o = op();
    const FieldType type = fieldType();
    if (o == QLatin1String("exists"))
        return;
    QWidget *e = nullptr;
    if (o == QLatin1String("in")) {
        auto *list = new ListValueEditor;
        connect(list, &ListValueEditor::changed, this, &ConditionRow::changed);
        e = list;
    } else if (o == QLatin1String("matches") || o == QLatin1String("contains") ||
               type == FieldType::String || type == FieldType::StringList) {
        auto *line = new QLineEdit;
        if (o == QLatin1String("matches")) {
            line->setPlaceholderText(tr("regular expression"));
            line->setMaxLength(Condition::maxPatternLength);
        }
        connect(line, &QLineEdit::textChanged, this, &ConditionRow::changed);
        e = line;
    } else if (type == FieldType::Integer) {
        auto *spin = new QSpinBox;
        spin->setRange(INT_MIN, INT_MAX);
        connect(spin, &QSpinBox::valueChanged, this, &ConditionRow::changed);
        e = spin;
    } else if (type == FieldType::Number) {
        auto *spin = new QDoubleSpinBox;
        spin->setRange(-1e12, 1e12);
        spin->setDecimals(4);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ConditionRow::changed);
        e = spin;
    } else if (type == FieldType::Boolean) {
        auto *box = new QCheckBox(tr("true"));
        connect(box, &QCheckBox::toggled, this, &ConditionRow::changed);
        e = box;
    } else if (type == FieldType::Timestamp) {
        auto *dt = new TabLeaves<QDateTimeEdit>;
        dt->setTimeSpec(Qt::UTC);
        dt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        dt->setCalendarPopup(true);
        dt->setDateTime(QDateTime::currentDateTimeUtc());
        connect(dt, &QDateTimeEdit::dateTimeChanged, this, &ConditionRow::changed);
        e = dt;
    }
    e->setAccessibleName(tr("Value"));
    m_editor = e;
    m_editorHost->layout()->addWidget(e);
    if (!old.isUndefined() && !old.isNull())
        setValue(old);
}

void ConditionRow::setValue(const QCborValue &v)
{
    m_keptValue = QCborValue();
    if (!m_editor) {
        m_keptValue = v;
        return;
    }
    const QSignalBlocker block(m_editor);
    if (auto *list = qobject_cast<ListValueEditor *>(m_editor)) {
        QStringList items;
        if (v.isArray())
            for (const QCborValue &item : v.toArray())
                items << scalarText(item);
        else if (!scalarText(v).isEmpty())
            items << scalarText(v);
        list->setValues(items);
    } else if (auto *line = qobject_cast<QLineEdit *>(m_editor))
        line->setText(v.isArray() ? listText(v) : scalarText(v));
    else if (auto *spin = qobject_cast<QSpinBox *>(m_editor))
        spin->setValue(int(v.toInteger(qint64(v.toDouble()))));
    else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(m_editor))
        dspin->setValue(v.isInteger() ? double(v.toInteger()) : v.toDouble());
    else if (auto *box = qobject_cast<QCheckBox *>(m_editor))
        box->setChecked(v.toBool());
    else if (auto *dt = qobject_cast<QDateTimeEdit *>(m_editor)) {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
        if (t.isValid())
            dt->setDateTime(t.toUTC());
    }
    emit changed();
}

QCborValue ConditionRow::value() const
{
    if (!m_editor)
        return m_keptValue;
    const FieldType type = fieldType();
    if (auto *list = qobject_cast<ListValueEditor *>(m_editor)) {
        QCborArray out;
        for (const QString &item : list->values())
            out.append(typedItem(item, type == FieldType::StringList ? FieldType::String : type));
        return out;
    }
    if (auto *line = qobject_cast<QLineEdit *>(m_editor))
        return line->text();
    if (auto *spin = qobject_cast<QSpinBox *>(m_editor))
        return qint64(spin->value());
    if (auto *dspin = qobject_cast<QDoubleSpinBox *>(m_editor)) {
        const double d = dspin->value();
        return d == qint64(d) ? QCborValue(qint64(d)) : QCborValue(d);
    }
    if (auto *box = qobject_cast<QCheckBox *>(m_editor))
        return box->isChecked();
    if (auto *dt = qobject_cast<QDateTimeEdit *>(m_editor))
        return dt->dateTime().toUTC().toString(Qt::ISODate);
    return {};
}

void ConditionRow::setNegated(bool on)
{
    m_not->setChecked(on);
}

bool ConditionRow::isNegated() const
{
    return m_not->isChecked();
}

QCborValue ConditionRow::toJson() const
{
    QCborMap leaf;
    leaf.insert(QStringLiteral("field"), field());
    leaf.insert(QStringLiteral("op"), op());
    const QCborValue v = value();
    if (!v.isUndefined() && !v.isNull())
        leaf.insert(QStringLiteral("value"), v);
    if (!isNegated())
        return leaf;
    QCborMap n;
    n.insert(QStringLiteral("not"), leaf);
    return n;
}

void ConditionRow::load(const QCborMap &leaf)
{
    setField(leaf.value(QStringLiteral("field")).toString());
    setOp(leaf.value(QStringLiteral("op")).toString());
    if (leaf.contains(QStringLiteral("value")))
        setValue(leaf.value(QStringLiteral("value")));
}

// ---- ConditionGroup -----------------------------------------------------------------------

ConditionGroup::ConditionGroup(const EventType *event, int depth, QWidget *parent)
    : QFrame(parent)
    , m_event(event)
    , m_depth(depth)
{
    setFrameShape(QFrame::StyledPanel);
    m_not = new QCheckBox(tr("not"));
    m_not->setAccessibleName(tr("Negate the group"));
    m_not->setToolTip(tr("True when the group does not hold"));
    m_kind = new QComboBox;
    m_kind->setAccessibleName(tr("Group kind"));
    m_kind->addItem(tr("All of these hold"), QStringLiteral("all"));
    m_kind->addItem(tr("Any of these holds"), QStringLiteral("any"));
    m_addCondition = smallButton(tr("+ Condition"), tr("Add a condition"), this);
    m_addGroup = smallButton(tr("+ Group"), tr("Add a group"), this);
    m_addGroup->setEnabled(depth + 1 < Condition::maxDepth);
    m_remove = smallButton(tr("Remove"), tr("Remove the group"), this);
    m_remove->setVisible(depth > 0);
    auto *header = new QHBoxLayout;
    header->addWidget(m_not);
    header->addWidget(m_kind);
    header->addStretch();
    header->addWidget(m_addCondition);
    header->addWidget(m_addGroup);
    header->addWidget(m_remove);
    m_items = new QVBoxLayout;
    m_items->setContentsMargins(fontMetrics().averageCharWidth() * 3, 0, 0, 0);
    m_empty = new QLabel(depth == 0 ? tr("No conditions: the rule runs for every event.")
                                    : tr("An empty group: add a condition."));
    m_empty->setEnabled(false);
    m_items->addWidget(m_empty);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(6, 4, 6, 6);
    l->addLayout(header);
    l->addLayout(m_items);
    connect(m_not, &QCheckBox::toggled, this, &ConditionGroup::changed);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConditionGroup::changed);
    connect(m_addCondition, &QPushButton::clicked, this, [this] { addCondition(); });
    connect(m_addGroup, &QPushButton::clicked, this, [this] { addGroup(); });
    connect(m_remove, &QPushButton::clicked, this, &ConditionGroup::removeRequested);
}

void ConditionGroup::adopt(QWidget *child)
{
    m_items->addWidget(child);
    m_empty->hide();
    auto removed = [this, child] {
        m_items->removeWidget(child);
        child->hide();
        child->deleteLater();
        m_empty->setVisible(items().isEmpty());
        emit changed();
    };
    if (auto *row = qobject_cast<ConditionRow *>(child)) {
        connect(row, &ConditionRow::changed, this, &ConditionGroup::changed);
        connect(row, &ConditionRow::removeRequested, this, removed);
    } else if (auto *group = qobject_cast<ConditionGroup *>(child)) {
        connect(group, &ConditionGroup::changed, this, &ConditionGroup::changed);
        connect(group, &ConditionGroup::removeRequested, this, removed);
    }
    emit changed();
}

ConditionRow *ConditionGroup::addCondition()
{
    auto *row = new ConditionRow(m_event);
    adopt(row);
    if (m_addCondition->hasFocus())
        row->fieldCombo()->setFocus();
    return row;
}

ConditionGroup *ConditionGroup::addGroup()
{
    auto *group = new ConditionGroup(m_event, m_depth + 1);
    adopt(group);
    return group;
}

QList<QWidget *> ConditionGroup::items() const
{
    // Removed children leave the layout at once (a new child is shown only later, queued).
    QList<QWidget *> out;
    for (int i = 0; i < m_items->count(); ++i) {
        QWidget *w = m_items->itemAt(i)->widget();
        if (qobject_cast<ConditionRow *>(w) || qobject_cast<ConditionGroup *>(w))
            out << w;
    }
    return out;
}

void ConditionGroup::clear()
{
    for (QWidget *w : items()) {
        m_items->removeWidget(w);
        delete w;
    }
    m_empty->show();
}

void ConditionGroup::setEvent(const EventType *event)
{
    m_event = event;
    for (QWidget *w : items()) {
        if (auto *row = qobject_cast<ConditionRow *>(w))
            row->setEvent(event);
        else if (auto *group = qobject_cast<ConditionGroup *>(w))
            group->setEvent(event);
    }
}

void ConditionGroup::setAny(bool any)
{
    m_kind->setCurrentIndex(any ? 1 : 0);
}

bool ConditionGroup::isAny() const
{
    return m_kind->currentIndex() == 1;
}

void ConditionGroup::setNegated(bool on)
{
    m_not->setChecked(on);
}

bool ConditionGroup::isNegated() const
{
    return m_not->isChecked();
}

QCborValue ConditionGroup::toJson() const
{
    QCborArray list;
    for (QWidget *w : items()) {
        if (auto *row = qobject_cast<ConditionRow *>(w))
            list.append(row->toJson());
        else if (auto *group = qobject_cast<ConditionGroup *>(w))
            list.append(group->toJson());
    }
    QCborMap g;
    g.insert(isAny() ? QStringLiteral("any") : QStringLiteral("all"), list);
    if (!isNegated())
        return g;
    QCborMap n;
    n.insert(QStringLiteral("not"), g);
    return n;
}

void ConditionGroup::load(const QCborMap &group)
{
    clear();
    const bool any = group.contains(QStringLiteral("any"));
    setAny(any);
    for (const QCborValue &child :
         group.value(any ? QStringLiteral("any") : QStringLiteral("all")).toArray())
        loadChild(child);
}

void ConditionGroup::loadChild(const QCborValue &json)
{
    const QCborMap m = json.toMap();
    const auto isGroup = [](const QCborMap &x) {
        return x.contains(QStringLiteral("all")) || x.contains(QStringLiteral("any"));
    };
    if (m.contains(QStringLiteral("not"))) {
        const QCborMap inner = m.value(QStringLiteral("not")).toMap();
        if (isGroup(inner)) {
            ConditionGroup *g = addGroup();
            g->load(inner);
            g->setNegated(true);
        } else if (inner.contains(QStringLiteral("not"))) {
            ConditionGroup *g = addGroup(); // not(not(x)): a negated group around not(x)
            g->loadChild(inner);
            g->setNegated(true);
        } else {
            ConditionRow *r = addCondition();
            r->load(inner);
            r->setNegated(true);
        }
    } else if (isGroup(m)) {
        addGroup()->load(m);
    } else {
        addCondition()->load(m);
    }
}

// ---- ConditionBuilder ---------------------------------------------------------------------

ConditionBuilder::ConditionBuilder(QWidget *parent)
    : QWidget(parent)
{
    m_root = new ConditionGroup(nullptr, 0);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_root);
    connect(m_root, &ConditionGroup::changed, this, &ConditionBuilder::changed);
}

void ConditionBuilder::setEventType(const QString &type)
{
    m_event = eventType(type);
    m_root->setEvent(m_event);
    emit changed();
}

QStringList ConditionBuilder::fieldNames() const
{
    QStringList out;
    if (m_event)
        for (const EventField &f : m_event->fields)
            out << f.name;
    return out;
}

QCborValue ConditionBuilder::toJson() const
{
    const QList<QWidget *> items = m_root->items();
    if (items.isEmpty() && !m_root->isNegated())
        return QCborValue();
    if (m_unwrapSingle && items.size() == 1 && !m_root->isAny() && !m_root->isNegated()) {
        if (auto *row = qobject_cast<ConditionRow *>(items.first()))
            return row->toJson();
    }
    return m_root->toJson();
}

void ConditionBuilder::load(const QCborValue &json)
{
    m_root->clear();
    m_root->setAny(false);
    m_root->setNegated(false);
    m_unwrapSingle = false;
    const QCborMap m = json.toMap();
    if (m.isEmpty())
        return;
    const QCborMap inner = m.value(QStringLiteral("not")).toMap();
    if (m.contains(QStringLiteral("all")) || m.contains(QStringLiteral("any"))) {
        m_root->load(m);
    } else if (m.contains(QStringLiteral("not")) &&
               (inner.contains(QStringLiteral("all")) || inner.contains(QStringLiteral("any")))) {
        m_root->load(inner);
        m_root->setNegated(true);
    } else {
        m_unwrapSingle = true; // a bare leaf or not(leaf)
        m_root->loadChild(m);
    }
}

// ---- ActionCard ---------------------------------------------------------------------------

ActionCard::ActionCard(const ActionType *spec, QWidget *parent)
    : QFrame(parent)
    , m_spec(spec)
{
    setFrameShape(QFrame::StyledPanel);
    m_type = spec ? spec->name : QString();
    auto *title = new QLabel;
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *cost = new QLabel(spec ? tr("%n credit(s)", nullptr, spec->creditCost) : QString());
    m_up = smallButton(tr("Up"), tr("Move the action up"), this);
    m_down = smallButton(tr("Down"), tr("Move the action down"), this);
    m_remove = smallButton(tr("Remove"), tr("Remove the action"), this);
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(cost);
    header->addWidget(m_up);
    header->addWidget(m_down);
    header->addWidget(m_remove);
    auto *form = new QFormLayout;
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(8, 6, 8, 8);
    l->addLayout(header);
    if (spec) {
        title->setText(QStringLiteral("%1 — %2").arg(spec->name, spec->description));
        if (spec->site == ActionSite::Desktop)
            title->setText(title->text() + tr(" (runs in this app while it is open)"));
        for (const ActionParam &p : spec->params) {
            QWidget *editor = nullptr;
            QWidget *row = nullptr;
            const QString label =
                humanize(p.name) + (p.required ? QStringLiteral(" *") : QString());
            if (p.type == FieldType::Integer) {
                auto *spin = new QSpinBox;
                spin->setRange(p.required ? 0 : -1, INT_MAX);
                if (!p.required) {
                    spin->setSpecialValueText(tr("Default"));
                    spin->setValue(-1);
                }
                connect(spin, &QSpinBox::valueChanged, this, &ActionCard::changed);
                editor = spin;
            } else if (p.type == FieldType::Number) {
                auto *spin = new QDoubleSpinBox;
                spin->setRange(p.required ? 0 : -1, 1e12);
                if (!p.required) {
                    spin->setSpecialValueText(tr("Default"));
                    spin->setValue(-1);
                }
                connect(spin, &QDoubleSpinBox::valueChanged, this, &ActionCard::changed);
                editor = spin;
            } else if (p.type == FieldType::String && !p.choices.isEmpty()) {
                // A fixed set of values (set_tier's tier): pick one; a required one starts at
                // the first choice, an optional one at "Default" (left out of the JSON).
                auto *combo = new QComboBox;
                combo->setProperty("choices", true);
                if (!p.required)
                    combo->addItem(tr("Default"));
                for (const QString &c : p.choices)
                    combo->addItem(c, c);
                connect(combo, &QComboBox::currentIndexChanged, this, &ActionCard::changed);
                editor = combo;
            } else if (p.type == FieldType::Boolean) {
                auto *combo = new QComboBox;
                combo->addItem(tr("Default"));
                combo->addItem(tr("Yes"), true);
                combo->addItem(tr("No"), false);
                connect(combo, &QComboBox::currentIndexChanged, this, &ActionCard::changed);
                editor = combo;
            } else {
                auto *line = new QLineEdit;
                line->setPlaceholderText(p.type == FieldType::StringList
                                             ? tr("values, separated by commas")
                                             : p.description);
                if (p.name == QLatin1String("secret") || p.name.endsWith(QLatin1String("_secret")))
                    line->setEchoMode(QLineEdit::PasswordEchoOnEdit);
                connect(line, &QLineEdit::textChanged, this, &ActionCard::changed);
                editor = line;
                if (p.name == QLatin1String("folder") || p.name == QLatin1String("path") ||
                    p.name == QLatin1String("directory")) {
                    auto *browse = smallButton(tr("Browse…"), tr("Choose the folder"), this);
                    connect(browse, &QPushButton::clicked, this, [this, line] {
                        auto *dialog = new QFileDialog(this, tr("Export to folder"), line->text());
                        dialog->setFileMode(QFileDialog::Directory);
                        dialog->setOption(QFileDialog::ShowDirsOnly);
                        dialog->setAttribute(Qt::WA_DeleteOnClose);
                        connect(dialog, &QFileDialog::fileSelected, line, &QLineEdit::setText);
                        dialog->open();
                    });
                    row = new QWidget;
                    auto *rl = new QHBoxLayout(row);
                    rl->setContentsMargins(0, 0, 0, 0);
                    rl->addWidget(line, 1);
                    rl->addWidget(browse);
                }
            }
            editor->setAccessibleName(humanize(p.name));
            editor->setToolTip(p.description);
            m_editors.insert(p.name, editor);
            auto *lab = new QLabel(label + QLatin1Char(':'));
            lab->setToolTip(p.description);
            form->addRow(lab, row ? row : editor);
        }
        if (spec->params.isEmpty()) {
            auto *none = new QLabel(tr("No settings."));
            none->setEnabled(false);
            form->addRow(none);
        }
    } else {
        title->setText(tr("Unknown action"));
    }
    l->addLayout(form);
    connect(m_up, &QPushButton::clicked, this, [this] { emit moveRequested(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { emit moveRequested(+1); });
    connect(m_remove, &QPushButton::clicked, this, &ActionCard::removeRequested);
}

QString ActionCard::type() const
{
    return m_type;
}

void ActionCard::setParam(const QString &name, const QCborValue &v)
{
    QWidget *e = m_editors.value(name);
    const ActionParam *param = nullptr;
    if (m_spec)
        for (const ActionParam &p : m_spec->params)
            if (p.name == name)
                param = &p;
    if (!e || !param) {
        m_extra.insert(name, v);
        emit changed();
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(e))
        line->setText(v.isArray() ? listText(v) : scalarText(v));
    else if (auto *spin = qobject_cast<QSpinBox *>(e))
        spin->setValue(int(v.toInteger(qint64(v.toDouble()))));
    else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(e))
        dspin->setValue(v.isInteger() ? double(v.toInteger()) : v.toDouble());
    else if (auto *combo = qobject_cast<QComboBox *>(e);
             combo && combo->property("choices").toBool()) {
        const int i = combo->findData(v.toString());
        if (i >= 0)
            combo->setCurrentIndex(i);
        else
            m_extra.insert(name, v); // a value this build does not offer stays as it was
    } else if (auto *combo2 = qobject_cast<QComboBox *>(e))
        combo2->setCurrentIndex(v.isBool() ? (v.toBool() ? 1 : 2) : 0);
    emit changed();
}

QCborMap ActionCard::toJson() const
{
    QCborMap out;
    out.insert(QStringLiteral("type"), m_type);
    if (m_spec)
        for (const ActionParam &p : m_spec->params) {
            QWidget *e = m_editors.value(p.name);
            if (auto *line = qobject_cast<QLineEdit *>(e)) {
                if (p.type == FieldType::StringList) {
                    if (!line->text().trimmed().isEmpty() || p.required)
                        out.insert(p.name, listValue(line->text(), FieldType::String));
                } else if (!line->text().isEmpty() || p.required) {
                    out.insert(p.name, line->text());
                }
            } else if (auto *spin = qobject_cast<QSpinBox *>(e)) {
                if (spin->value() >= 0)
                    out.insert(p.name, qint64(spin->value()));
            } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(e)) {
                const double d = dspin->value();
                if (d >= 0)
                    out.insert(p.name, d == qint64(d) ? QCborValue(qint64(d)) : QCborValue(d));
            } else if (auto *combo = qobject_cast<QComboBox *>(e)) {
                if (combo->property("choices").toBool()) {
                    if (combo->currentData().isValid() && !m_extra.contains(p.name))
                        out.insert(p.name, combo->currentData().toString());
                } else if (combo->currentIndex() > 0) {
                    out.insert(p.name, combo->currentData().toBool());
                }
            }
        }
    for (auto it = m_extra.constBegin(); it != m_extra.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

void ActionCard::load(const QCborMap &action)
{
    m_type = action.value(QStringLiteral("type")).toString();
    for (auto it = action.constBegin(); it != action.constEnd(); ++it)
        if (it.key().toString() != QLatin1String("type"))
            setParam(it.key().toString(), it.value());
}

// ---- ActionList ---------------------------------------------------------------------------

ActionList::ActionList(QWidget *parent)
    : QWidget(parent)
{
    m_cards = new QVBoxLayout;
    m_cards->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("No actions yet: add one below."));
    m_empty->setEnabled(false);
    m_cards->addWidget(m_empty);
    m_type = new QComboBox;
    m_type->setAccessibleName(tr("Action to add"));
    for (const ActionType &a : actionTypes()) {
        m_type->addItem(tr("%1 (%n credit(s))", nullptr, a.creditCost).arg(a.name), a.name);
        m_type->setItemData(m_type->count() - 1, a.description, Qt::ToolTipRole);
    }
    m_typeDescription = new QLabel;
    m_typeDescription->setWordWrap(true);
    m_typeDescription->setEnabled(false);
    auto showDescription = [this] {
        const ActionType *a = actionType(m_type->currentData().toString());
        m_typeDescription->setText(a ? a->description : QString());
    };
    connect(m_type, &QComboBox::currentIndexChanged, this, showDescription);
    showDescription();
    m_add = smallButton(tr("Add a&ction"), tr("Add the action"), this);
    connect(m_add, &QPushButton::clicked, this,
            [this] { addAction(m_type->currentData().toString()); });
    m_total = new QLabel;
    m_total->setAccessibleName(tr("Total credits"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_type);
    addRow->addWidget(m_add);
    addRow->addWidget(m_typeDescription, 1);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addLayout(m_cards);
    l->addLayout(addRow);
    l->addWidget(m_total);
    updateTotal();
}

QList<ActionCard *> ActionList::cards() const
{
    QList<ActionCard *> out;
    for (int i = 0; i < m_cards->count(); ++i)
        if (auto *c = qobject_cast<ActionCard *>(m_cards->itemAt(i)->widget()))
            out << c;
    return out;
}

ActionCard *ActionList::addAction(const QString &type)
{
    auto *card = new ActionCard(actionType(type));
    if (!card->spec()) {
        QCborMap m;
        m.insert(QStringLiteral("type"), type);
        card->load(m);
    }
    m_cards->addWidget(card);
    m_empty->hide();
    connect(card, &ActionCard::changed, this, &ActionList::changed);
    connect(card, &ActionCard::moveRequested, this, [this, card](int d) { move(card, d); });
    connect(card, &ActionCard::removeRequested, this, [this, card] { remove(card); });
    updateTotal();
    emit changed();
    return card;
}

void ActionList::move(ActionCard *card, int delta)
{
    const int i = m_cards->indexOf(card);
    const int j = i + delta;
    if (i < 0 || j < 1 || j >= m_cards->count()) // index 0 is the "no actions" label
        return;
    m_cards->removeWidget(card);
    m_cards->insertWidget(j, card);
    (delta < 0 ? card->upButton() : card->downButton())->setFocus();
    emit changed();
}

void ActionList::remove(ActionCard *card)
{
    m_cards->removeWidget(card);
    card->hide();
    card->deleteLater();
    m_empty->setVisible(cards().isEmpty());
    updateTotal();
    emit changed();
}

void ActionList::clear()
{
    for (ActionCard *c : cards()) {
        m_cards->removeWidget(c);
        delete c;
    }
    m_empty->show();
    updateTotal();
}

int ActionList::totalCost() const
{
    int total = 0;
    for (ActionCard *c : cards())
        total += c->spec() ? c->spec()->creditCost : 0;
    return total;
}

void ActionList::setCreditLimit(int limit)
{
    m_limit = limit;
    updateTotal();
}

void ActionList::updateTotal()
{
    const int total = totalCost();
    QString text = tr("Total: %n credit(s) per run", nullptr, total);
    if (m_limit > 0)
        text += tr(" (limit %1)").arg(m_limit);
    const bool over = m_limit > 0 && total > m_limit;
    if (over)
        text += tr(" — over the limit: the run would be skipped");
    m_total->setText(text);
    m_total->setStyleSheet(
        over ? QStringLiteral("color: %1;").arg(statusColorName(StatusColor::Error, palette()))
             : QString());
}

QCborArray ActionList::toJson() const
{
    QCborArray out;
    for (ActionCard *c : cards())
        out.append(c->toJson());
    return out;
}

void ActionList::load(const QCborArray &actions)
{
    clear();
    for (const QCborValue &a : actions) {
        const QCborMap m = a.toMap();
        ActionCard *card = addAction(m.value(QStringLiteral("type")).toString());
        card->load(m);
    }
    updateTotal();
}

} // namespace ss::ui
