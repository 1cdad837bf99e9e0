#include "automationeditor.h"

#include "automationstore.h"
#include "automationwidgets.h"
#include "dryrunexecutor.h"
#include "json.h"
#include "keyboard.h"
#include "theme.h"
#include "widgetutil.h"

#include <QCborArray>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ss::ui {

using namespace ss::automation;

namespace {

const QStringList kKnownKeys = {QStringLiteral("name"),
                                QStringLiteral("trigger"),
                                QStringLiteral("schedule"),
                                QStringLiteral("timezone"),
                                QStringLiteral("conditions"),
                                QStringLiteral("actions"),
                                QStringLiteral("mode"),
                                QStringLiteral("max_parallel"),
                                QStringLiteral("missed_runs"),
                                QStringLiteral("is_active"),
                                QStringLiteral("max_executions_per_day"),
                                QStringLiteral("credit_limit_per_execution")};

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *l = new QLabel(text);
    l->setBuddy(buddy);
    return l;
}

QScrollArea *scrolled(QWidget *content, const QString &name)
{
    auto *area = new QScrollArea;
    area->setAccessibleName(name);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QString defaultZone()
{
    const QString sys = QString::fromLatin1(QTimeZone::systemTimeZoneId());
    return CronSchedule::zoneFromId(sys) ? sys : QStringLiteral("UTC");
}

} // namespace

// ---- RuleEditor ---------------------------------------------------------------------------

RuleEditor::RuleEditor(AutomationStore &store, const QString &ruleId, const QString &siteId,
                       QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_ruleId(ruleId)
{
    setWindowTitle(ruleId.isEmpty() ? tr("New automation rule") : tr("Edit automation rule"));

    // -- Rule tab: name, site, trigger, schedule, conditions
    m_name = new QLineEdit;
    m_name->setAccessibleName(tr("Rule name"));
    m_name->setPlaceholderText(tr("e.g. Publish on Monday morning"));
    m_site = new QComboBox;
    m_site->setAccessibleName(tr("Site"));
    if (auto sites = store.sites())
        for (const SiteRef &s : *sites)
            m_site->addItem(s.name, s.id);
    addAccountTargets(m_site, store);
    m_trigger = new QComboBox;
    m_trigger->setAccessibleName(tr("Trigger"));
    for (const EventType &e : eventTypes()) {
        m_trigger->addItem(
            e.name == QLatin1String("schedule") ? tr("schedule (time based)") : e.name, e.name);
        m_trigger->setItemData(m_trigger->count() - 1, e.description, Qt::ToolTipRole);
    }
    m_triggerDescription = new QLabel;
    m_triggerDescription->setWordWrap(true);
    m_triggerDescription->setEnabled(false);

    m_cron = new CronBuilder;
    m_missed = new QComboBox;
    m_missed->setAccessibleName(tr("Missed runs"));
    m_missed->addItem(tr("Run once when back (default)"), QStringLiteral("run_once"));
    m_missed->addItem(tr("Skip them"), QStringLiteral("skip"));
    m_missed->addItem(tr("Run every missed slot"), QStringLiteral("run_all"));
    m_missed->setToolTip(tr("What to do with runs missed while the computer or server was off"));
    m_scheduleBox = new QGroupBox(tr("Schedule"));
    auto *scheduleLayout = new QVBoxLayout(m_scheduleBox);
    scheduleLayout->addWidget(m_cron);
    auto *missedForm = new QFormLayout;
    missedForm->addRow(buddyLabel(tr("Missed r&uns:"), m_missed), m_missed);
    scheduleLayout->addLayout(missedForm);

    m_eventZone = makeTimeZoneCombo();
    m_eventZone->setAccessibleName(tr("Time zone of the daily cap"));
    m_eventZone->setToolTip(tr("The calendar day of \"max executions per day\" is counted here"));

    m_conditions = new ConditionBuilder;
    auto *conditionsBox = new QGroupBox(tr("Conditions"));
    auto *condLayout = new QVBoxLayout(conditionsBox);
    auto *condHint = new QLabel(tr("The rule runs only when these hold for the event's data."));
    condHint->setWordWrap(true);
    condHint->setEnabled(false);
    condLayout->addWidget(condHint);
    condLayout->addWidget(m_conditions);

    auto *ruleTab = new QWidget;
    auto *ruleLayout = new QVBoxLayout(ruleTab);
    auto *head = new QFormLayout;
    head->addRow(buddyLabel(tr("&Name:"), m_name), m_name);
    head->addRow(buddyLabel(tr("S&ite:"), m_site), m_site);
    head->addRow(buddyLabel(tr("Tri&gger:"), m_trigger), m_trigger);
    head->addRow(QString(), m_triggerDescription);
    head->addRow(buddyLabel(tr("Time &zone:"), m_eventZone), m_eventZone);
    m_head = head;
    ruleLayout->addLayout(head);
    ruleLayout->addWidget(m_scheduleBox);
    ruleLayout->addWidget(conditionsBox);
    ruleLayout->addStretch();

    // -- Actions & limits tab
    m_actions = new ActionList;
    m_mode = new QComboBox;
    m_mode->setAccessibleName(tr("Mode"));
    m_mode->addItem(tr("Single: skip a run while one is running"), QStringLiteral("single"));
    m_mode->addItem(tr("Queued: run one after another"), QStringLiteral("queued"));
    m_mode->addItem(tr("Parallel: several at once"), QStringLiteral("parallel"));
    m_maxParallel = new QSpinBox;
    m_maxParallel->setRange(1, 64);
    m_maxParallel->setAccessibleName(tr("Max parallel runs"));
    m_maxPerDay = new QSpinBox;
    m_maxPerDay->setRange(0, 1000000);
    m_maxPerDay->setSpecialValueText(tr("No limit"));
    m_maxPerDay->setAccessibleName(tr("Max executions per day"));
    m_creditLimit = new QSpinBox;
    m_creditLimit->setRange(0, 1000000);
    m_creditLimit->setSpecialValueText(tr("No limit"));
    m_creditLimit->setAccessibleName(tr("Credit limit per execution"));
    m_active = new QCheckBox(tr("&Active"));
    m_active->setAccessibleName(tr("Active"));
    m_active->setChecked(true);
    auto *actionsBox = new QGroupBox(tr("Actions (run in this order)"));
    auto *actionsLayout = new QVBoxLayout(actionsBox);
    actionsLayout->addWidget(m_actions);
    auto *limitsBox = new QGroupBox(tr("Mode and limits"));
    auto *limits = new QFormLayout(limitsBox);
    limits->addRow(buddyLabel(tr("M&ode:"), m_mode), m_mode);
    limits->addRow(buddyLabel(tr("Max &parallel runs:"), m_maxParallel), m_maxParallel);
    limits->addRow(buddyLabel(tr("Max executions per &day:"), m_maxPerDay), m_maxPerDay);
    limits->addRow(buddyLabel(tr("Credit limit per e&xecution:"), m_creditLimit), m_creditLimit);
    limits->addRow(QString(), m_active);
    auto *actionsTab = new QWidget;
    auto *actionsTabLayout = new QVBoxLayout(actionsTab);
    actionsTabLayout->addWidget(actionsBox);
    actionsTabLayout->addWidget(limitsBox);
    actionsTabLayout->addStretch();

    // -- Test run tab
    m_sample = new QPlainTextEdit;
    m_sample->setAccessibleName(tr("Sample event payload"));
    m_sample->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sample->setTabChangesFocus(true);
    auto *sampleButton = new QPushButton(tr("Sample &event"));
    sampleButton->setAccessibleName(tr("Load the sample event"));
    sampleButton->setToolTip(tr("Replace the payload with the trigger's sample event"));
    auto *runButton = new QPushButton(tr("R&un test"));
    runButton->setAccessibleName(tr("Run the test"));
    runButton->setToolTip(tr("A dry run: shows what would happen and changes nothing"));
    m_testStatus = new QLabel;
    m_testStatus->setWordWrap(true);
    m_testStatus->setAccessibleName(tr("Test run result"));
    m_trace = new QTreeWidget;
    m_trace->setHeaderHidden(true);
    m_trace->setAccessibleName(tr("Test run trace"));
    auto *testTab = new QWidget;
    auto *testLayout = new QVBoxLayout(testTab);
    auto *testHint = new QLabel(
        tr("The event's data as JSON (edit it to try other cases). A test run changes nothing."));
    testHint->setWordWrap(true);
    testLayout->addWidget(testHint);
    testLayout->addWidget(m_sample, 2);
    auto *testButtons = new QHBoxLayout;
    testButtons->addWidget(sampleButton);
    testButtons->addWidget(runButton);
    testButtons->addStretch();
    testLayout->addLayout(testButtons);
    testLayout->addWidget(m_testStatus);
    testLayout->addWidget(m_trace, 3);

    m_tabs = new QTabWidget;
    m_tabs->addTab(scrolled(ruleTab, tr("Rule")), tr("&Rule"));
    m_tabs->addTab(scrolled(actionsTab, tr("Actions and limits")), tr("Actions && &limits"));
    m_tabs->addTab(testTab, tr("&Test run"));

    m_error = new QLabel;
    m_error->setAccessibleName(tr("Rule error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        QStringLiteral("color: %1;").arg(statusColorName(StatusColor::Error, palette())));
    m_error->hide();
    auto *buttons = new QDialogButtonBox;
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setAccessibleName(tr("Save the rule"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel"));
    keepButtonBoxInTabOrder(buttons);

    // Closing with unsaved changes asks first (inline, non-modal).
    m_discardBar = new QWidget;
    auto *discardText = new QLabel(tr("The rule has unsaved changes."));
    m_discard = new QPushButton(tr("Discard them"));
    m_discard->setAccessibleName(tr("Discard the changes"));
    m_discard->setAutoDefault(false);
    auto *keepEditing = new QPushButton(tr("Keep editing"));
    keepEditing->setAccessibleName(tr("Keep editing"));
    keepEditing->setAutoDefault(false);
    auto *db = new QHBoxLayout(m_discardBar);
    db->setContentsMargins(0, 0, 0, 0);
    db->addWidget(discardText, 1);
    db->addWidget(m_discard);
    db->addWidget(keepEditing);
    m_discardBar->hide();
    connect(m_discard, &QPushButton::clicked, this, &RuleEditor::discardChanges);
    connect(keepEditing, &QPushButton::clicked, this, [this] {
        m_discardBar->hide();
        m_tabs->setFocus();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_discardBar);
    layout->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, &RuleEditor::save);
    connect(m_cancel, &QPushButton::clicked, this, &QWidget::close);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_discardBar->isVisible())
            m_discardBar->hide(); // Escape again: keep editing
        else
            close();
    });
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &RuleEditor::save);
    connect(sampleButton, &QPushButton::clicked, this, &RuleEditor::loadSample);
    connect(runButton, &QPushButton::clicked, this, [this] { testRun(); });
    connect(m_trigger, &QComboBox::currentIndexChanged, this, &RuleEditor::triggerChanged);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &RuleEditor::updateVisibility);
    connect(m_creditLimit, &QSpinBox::valueChanged, m_actions, &ActionList::setCreditLimit);
    auto revalidate = [this] {
        if (!m_loading)
            validate();
    };
    connect(m_name, &QLineEdit::textChanged, this, revalidate);
    connect(m_site, &QComboBox::currentIndexChanged, this, revalidate);
    connect(m_cron, &CronBuilder::changed, this, revalidate);
    connect(m_eventZone, &QComboBox::editTextChanged, this, revalidate);
    connect(m_conditions, &ConditionBuilder::changed, this, revalidate);
    connect(m_actions, &ActionList::changed, this, revalidate);
    for (QComboBox *c : {m_missed, m_mode})
        connect(c, &QComboBox::currentIndexChanged, this, revalidate);
    for (QSpinBox *s : {m_maxParallel, m_maxPerDay, m_creditLimit})
        connect(s, &QSpinBox::valueChanged, this, revalidate);
    connect(m_active, &QCheckBox::toggled, this, revalidate);

    if (!ruleId.isEmpty()) {
        if (auto stored = store.rule(ruleId)) {
            setSiteId(stored->target());
            load(stored->json);
        } else {
            m_error->setText(stored.error().toString());
            m_error->show();
        }
        m_site->setEnabled(false); // a rule stays with its site
    } else {
        if (!siteId.isEmpty())
            setSiteId(siteId);
        QCborMap json;
        json.insert(QStringLiteral("name"), QString());
        QCborMap trigger;
        trigger.insert(QStringLiteral("type"), QStringLiteral("schedule"));
        json.insert(QStringLiteral("trigger"), trigger);
        QCborMap schedule;
        schedule.insert(QStringLiteral("cron"), QStringLiteral("0 9 * * mon"));
        schedule.insert(QStringLiteral("timezone"), defaultZone());
        json.insert(QStringLiteral("schedule"), schedule);
        json.insert(QStringLiteral("actions"), QCborArray());
        json.insert(QStringLiteral("is_active"), true);
        load(json);
    }
    resize(860, 760);
}

RuleEditor::~RuleEditor()
{
    detachChildSignals(this);
}

bool RuleEditor::isModified() const
{
    return !json::equal(toJson(), m_baseline);
}

void RuleEditor::discardChanges()
{
    m_baseline = toJson();
    m_discardBar->hide();
    close();
}

void RuleEditor::closeEvent(QCloseEvent *event)
{
    if (isModified()) {
        event->ignore();
        m_discardBar->show();
        m_discard->setFocus();
        return;
    }
    QWidget::closeEvent(event);
}

QString RuleEditor::siteId() const
{
    return m_site->currentData().toString();
}

void RuleEditor::setSiteId(const QString &siteId)
{
    m_site->setCurrentIndex(m_site->findData(siteId));
}

void RuleEditor::addAccountTargets(QComboBox *combo, const AutomationStore &store)
{
    auto profiles = store.profiles();
    if (!profiles || profiles->isEmpty())
        return; // sites never synced have no account to share rules with
    combo->insertSeparator(combo->count());
    for (const ProfileRef &p : *profiles) {
        combo->addItem(profiles->size() == 1 ? tr("Every site (account-wide)")
                                             : tr("Every site (account-wide) — %1").arg(p.name),
                       accountKey(p.id));
        combo->setItemData(
            combo->count() - 1,
            tr("The rule applies to every site of the connection profile “%1”.").arg(p.name),
            Qt::ToolTipRole);
    }
}

void RuleEditor::setTrigger(const QString &type)
{
    const int i = m_trigger->findData(type);
    if (i >= 0) {
        m_trigger->setCurrentIndex(i);
    } else {
        m_trigger->addItem(tr("%1 (unknown)").arg(type), type);
        m_trigger->setCurrentIndex(m_trigger->count() - 1);
    }
    triggerChanged();
}

QString RuleEditor::trigger() const
{
    return m_trigger->currentData().toString();
}

void RuleEditor::triggerChanged()
{
    const EventType *e = eventType(trigger());
    m_triggerDescription->setText(e ? e->description : tr("This trigger is not known."));
    m_conditions->setEventType(trigger());
    // A schedule rule turned into an event rule keeps its zone for the daily cap.
    if (!m_loading && trigger() != QLatin1String("schedule") &&
        !m_loadedKeys.contains(QStringLiteral("timezone")) &&
        m_eventZone->currentText() == QLatin1String("UTC"))
        setComboText(m_eventZone, m_cron->timeZone());
    updateVisibility();
    if (!m_loading) {
        loadSample();
        validate();
    }
}

void RuleEditor::updateVisibility()
{
    const bool schedule = trigger() == QLatin1String("schedule");
    m_scheduleBox->setVisible(schedule);
    m_head->setRowVisible(m_eventZone, !schedule);
    m_maxParallel->setEnabled(m_mode->currentData().toString() == QLatin1String("parallel"));
}

QCborMap RuleEditor::toJson() const
{
    QCborMap m;
    auto keep = [this](const char *key, bool isDefault) {
        return !isDefault || m_loadedKeys.contains(QString::fromLatin1(key));
    };
    m.insert(QStringLiteral("name"), m_name->text().trimmed());
    QCborMap trig;
    trig.insert(QStringLiteral("type"), trigger());
    m.insert(QStringLiteral("trigger"), trig);
    const bool schedule = trigger() == QLatin1String("schedule");
    if (schedule) {
        QCborMap s;
        s.insert(QStringLiteral("cron"), m_cron->expression());
        s.insert(QStringLiteral("timezone"), m_cron->timeZone());
        m.insert(QStringLiteral("schedule"), s);
        if (m_loadedKeys.contains(QStringLiteral("timezone")))
            m.insert(QStringLiteral("timezone"), m_eventZone->currentText().trimmed());
    } else {
        const QString zone = m_eventZone->currentText().trimmed();
        if (keep("timezone", zone == QLatin1String("UTC")))
            m.insert(QStringLiteral("timezone"), zone);
    }
    const QCborValue conditions = m_conditions->toJson();
    if (!conditions.isNull() && !conditions.isUndefined())
        m.insert(QStringLiteral("conditions"), conditions);
    else if (m_loadedKeys.contains(QStringLiteral("conditions")))
        m.insert(QStringLiteral("conditions"), QCborMap());
    m.insert(QStringLiteral("actions"), m_actions->toJson());
    const QString mode = m_mode->currentData().toString();
    if (keep("mode", mode == QLatin1String("single")))
        m.insert(QStringLiteral("mode"), mode);
    if (keep("max_parallel", mode != QLatin1String("parallel")))
        m.insert(QStringLiteral("max_parallel"), m_maxParallel->value());
    const QString missed = m_missed->currentData().toString();
    if (keep("missed_runs", missed == QLatin1String("run_once") || !schedule))
        m.insert(QStringLiteral("missed_runs"), missed);
    if (keep("is_active", m_active->isChecked()))
        m.insert(QStringLiteral("is_active"), m_active->isChecked());
    if (keep("max_executions_per_day", m_maxPerDay->value() == 0))
        m.insert(QStringLiteral("max_executions_per_day"), m_maxPerDay->value());
    if (keep("credit_limit_per_execution", m_creditLimit->value() == 0))
        m.insert(QStringLiteral("credit_limit_per_execution"), m_creditLimit->value());
    for (auto it = m_extra.constBegin(); it != m_extra.constEnd(); ++it)
        m.insert(it.key(), it.value());
    return m;
}

void RuleEditor::load(const QCborMap &json)
{
    m_loading = true;
    m_loadedKeys.clear();
    m_extra = QCborMap();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QString key = it.key().toString();
        if (kKnownKeys.contains(key))
            m_loadedKeys.insert(key);
        else
            m_extra.insert(it.key(), it.value());
    }
    m_name->setText(json.value(QStringLiteral("name")).toString());
    setTrigger(json.value(QStringLiteral("trigger"))
                   .toMap()
                   .value(QStringLiteral("type"))
                   .toString(QStringLiteral("schedule")));
    const QCborMap schedule = json.value(QStringLiteral("schedule")).toMap();
    const QString zone = json.value(QStringLiteral("timezone")).toString(QStringLiteral("UTC"));
    m_cron->setSchedule(
        schedule.value(QStringLiteral("cron")).toString(QStringLiteral("0 9 * * mon")),
        schedule.value(QStringLiteral("timezone")).toString(zone));
    setComboText(m_eventZone, zone);
    m_conditions->load(json.value(QStringLiteral("conditions")));
    m_actions->load(json.value(QStringLiteral("actions")).toArray());
    auto select = [](QComboBox *c, const QString &value) {
        const int i = c->findData(value);
        c->setCurrentIndex(i >= 0 ? i : 0);
    };
    select(m_mode, json.value(QStringLiteral("mode")).toString(QStringLiteral("single")));
    m_maxParallel->setValue(int(json.value(QStringLiteral("max_parallel")).toInteger(1)));
    select(m_missed,
           json.value(QStringLiteral("missed_runs")).toString(QStringLiteral("run_once")));
    m_active->setChecked(json.value(QStringLiteral("is_active")).toBool(true));
    m_maxPerDay->setValue(int(json.value(QStringLiteral("max_executions_per_day")).toInteger(0)));
    m_creditLimit->setValue(
        int(json.value(QStringLiteral("credit_limit_per_execution")).toInteger(0)));
    m_actions->setCreditLimit(m_creditLimit->value());
    updateVisibility();
    m_loading = false;
    loadSample();
    validate();
    m_baseline = toJson();
}

QString RuleEditor::validate()
{
    QString error;
    if (m_name->text().trimmed().isEmpty())
        error = tr("Give the rule a name.");
    else if (siteId().isEmpty())
        error = tr("Choose the site the rule belongs to.");
    else if (trigger() == QLatin1String("schedule") && !m_cron->isValid())
        error = tr("Schedule: %1").arg(m_cron->error());
    else if (auto rule = m_store.parse(toJson(), m_ruleId); !rule)
        error = rule.error().toString();
    else if (!accountProfile(siteId()).isNull()) {
        rule->workspaceId.clear();
        if (auto wide = checkAccountWide(*rule); !wide) {
            static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
            const auto m = index.match(wide.error().where);
            const int i = m.hasMatch() ? m.captured(1).toInt() : -1;
            error = tr("An account-wide schedule rule has no site to act on: remove the action "
                       "“%1” or choose a site.")
                        .arg(i >= 0 && i < rule->actions.size() ? rule->actions[i].type
                                                                : wide.error().toString());
        }
    }
    m_errorText = error;
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_save->setEnabled(error.isEmpty());
    return error;
}

bool RuleEditor::save()
{
    if (!validate().isEmpty())
        return false;
    auto stored = m_store.save(toJson(), siteId(), m_ruleId);
    if (!stored) {
        m_errorText = tr("Not saved: %1").arg(stored.error().toString());
        m_error->setText(m_errorText);
        m_error->show();
        return false;
    }
    m_ruleId = *stored;
    m_baseline = toJson();
    emit saved(m_ruleId);
    close();
    return true;
}

void RuleEditor::loadSample()
{
    const QCborMap sample =
        samplePayload(trigger(), accountProfile(siteId()).isNull() ? siteId() : QString());
    m_sample->setPlainText(QString::fromUtf8(json::write(sample, json::Style::Indented)));
}

RunTrace RuleEditor::testRun()
{
    RunTrace trace;
    m_trace->clear();
    auto fail = [&](const QString &why) {
        m_testStatus->setText(why);
        m_testStatus->setStyleSheet(
            QStringLiteral("color: %1;").arg(statusColorName(StatusColor::Error, palette())));
        trace.status = RunStatus::Skipped;
        trace.reason = why;
        return trace;
    };
    auto rule = m_store.parse(toJson(), m_ruleId);
    if (!rule)
        return fail(tr("Fix the rule first: %1").arg(rule.error().toString()));
    rule->id = m_ruleId.isEmpty() ? QStringLiteral("new-rule") : m_ruleId;
    const QString profile = accountProfile(siteId());
    rule->workspaceId = profile.isNull() ? siteId() : QString();
    rule->accountId = profile;
    auto payload = json::parse(m_sample->toPlainText().toUtf8());
    if (!payload || !payload->isMap())
        return fail(tr("The sample event is not a JSON object: %1")
                        .arg(payload ? tr("expected {…}") : payload.error().toString()));
    Event event;
    event.type = rule->trigger;
    event.workspaceId = rule->workspaceId;
    event.accountId = profile;
    event.payload = payload->toMap();
    if (rule->schedule)
        event.slot = rule->schedule->nextAfterSecs(QDateTime::currentSecsSinceEpoch())
                         .value_or(QDateTime::currentSecsSinceEpoch());
    DescribingExecutor executor;
    trace = runRule(*rule, event, executor, /*dryRun*/ true);
    showTrace(m_trace, trace);
    m_testStatus->setStyleSheet(QString());
    m_testStatus->setText(tr("Dry run: %1. Nothing was changed.").arg(runStatusName(trace.status)));
    return trace;
}

} // namespace ss::ui
