#include "automationwindow.h"

#include "automationeditor.h"
#include "automationwidgets.h"
#include "cron.h"
#include "localcache.h"
#include "remotesession.h"
#include "ruleruns.h"
#include "theme.h"
#include "widgetutil.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ss::ui {

using namespace ss::automation;

namespace {

QString localTime(const QString &stored)
{
    if (stored.isEmpty())
        return QString();
    bool numeric = false;
    const qint64 secs = stored.toLongLong(&numeric);
    QDateTime t = numeric ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)
                          : QDateTime::fromString(stored, Qt::ISODate);
    if (!t.isValid())
        return stored;
    return QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QPushButton *button(const QString &text, const QString &accessible, const QString &tip)
{
    auto *b = new QPushButton(text);
    b->setAccessibleName(accessible);
    b->setToolTip(tip);
    b->setAutoDefault(false);
    return b;
}

} // namespace

AutomationWindow::AutomationWindow(LocalCache &cache, const QString &siteId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(cache)
{
    setWindowTitle(tr("Automation"));
    m_site = new QComboBox;
    m_site->setAccessibleName(tr("Site filter"));
    m_site->addItem(tr("All sites"), QString());
    if (auto sites = m_store.sites())
        for (const SiteRef &s : *sites)
            m_site->addItem(s.name, s.id);
    RuleEditor::addAccountTargets(m_site, m_store);
    m_search = new QLineEdit;
    m_search->setAccessibleName(tr("Search rules"));
    m_search->setPlaceholderText(tr("Search rules (name, site, trigger)"));
    m_search->setClearButtonEnabled(true);
    auto *siteLabel = new QLabel(tr("&Site:"));
    siteLabel->setBuddy(m_site);

    m_new = button(tr("&New…"), tr("New rule"), tr("Create a rule (Ctrl+N)"));
    m_edit = button(tr("&Edit…"), tr("Edit rule"), tr("Edit the selected rule"));
    m_duplicate = button(tr("D&uplicate"), tr("Duplicate rule"), tr("Copy the selected rule"));
    m_enable = button(tr("En&able"), tr("Enable rules"), tr("Turn the selected rules on"));
    m_disable = button(tr("Disab&le"), tr("Disable rules"), tr("Turn the selected rules off"));
    m_delete = button(tr("&Delete"), tr("Delete rules"), tr("Delete the selected rules"));

    m_rules = new QTreeWidget;
    m_rules->setAccessibleName(tr("Rules"));
    m_rules->setRootIsDecorated(false);
    m_rules->setAlternatingRowColors(true);
    m_rules->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_rules->setHeaderLabels({tr("Name"), tr("Site"), tr("Trigger"), tr("Next run / event"),
                              tr("Active"), tr("Last run")});
    m_rules->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rules->header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_rules->header()->resizeSection(NameColumn, fontMetrics().averageCharWidth() * 32);
    m_rules->header()->setStretchLastSection(true);

    m_confirmText = new QLabel;
    m_confirmDelete = button(tr("Delete"), tr("Confirm delete"), tr("Delete them"));
    auto *keep = button(tr("Keep"), tr("Keep the rules"), tr("Do not delete"));
    m_confirmBar = new QWidget;
    auto *cb = new QHBoxLayout(m_confirmBar);
    cb->setContentsMargins(0, 0, 0, 0);
    cb->addWidget(m_confirmText, 1);
    cb->addWidget(m_confirmDelete);
    cb->addWidget(keep);
    m_confirmBar->hide();
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    m_runs = new QTreeWidget;
    m_runs->setAccessibleName(tr("Run history"));
    m_runs->setRootIsDecorated(false);
    m_runs->setHeaderLabels(
        {tr("Scheduled"), tr("Status"), tr("Reason"), tr("Executed"), tr("Origin")});
    m_runs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_trace = new QTreeWidget;
    m_trace->setAccessibleName(tr("Run trace"));
    m_trace->setHeaderHidden(true);
    m_runsTitle = new QLabel;
    auto *historySplit = new QSplitter;
    historySplit->addWidget(m_runs);
    historySplit->addWidget(m_trace);
    historySplit->setSizes({560, 440});
    auto *historyBox = new QGroupBox(tr("Run history"));
    auto *hl = new QVBoxLayout(historyBox);
    hl->addWidget(m_runsTitle);
    hl->addWidget(historySplit, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(siteLabel);
    top->addWidget(m_site);
    top->addWidget(m_search, 1);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_edit, m_duplicate, m_enable, m_disable, m_delete})
        actions->addWidget(b);
    actions->addStretch();
    auto *listPane = new QWidget;
    auto *ll = new QVBoxLayout(listPane);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addLayout(actions);
    ll->addWidget(m_confirmBar);
    ll->addWidget(m_message);
    ll->addWidget(m_rules, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(listPane);
    split->addWidget(historyBox);
    split->setSizes({380, 300});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_site, &QComboBox::currentIndexChanged, this, &AutomationWindow::reload);
    connect(m_search, &QLineEdit::textChanged, this, &AutomationWindow::applySearch);
    connect(m_rules, &QTreeWidget::itemSelectionChanged, this, [this] {
        updateActions();
        showRuns();
    });
    connect(m_rules, &QTreeWidget::itemActivated, this, [this] { editSelected(); });
    connect(m_runs, &QTreeWidget::currentItemChanged, this, &AutomationWindow::showRun);
    connect(m_new, &QPushButton::clicked, this, [this] { newRule(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { duplicateSelected(); });
    connect(m_enable, &QPushButton::clicked, this, [this] { setSelectedActive(true); });
    connect(m_disable, &QPushButton::clicked, this, [this] { setSelectedActive(false); });
    connect(m_delete, &QPushButton::clicked, this, &AutomationWindow::deleteSelected);
    connect(m_confirmDelete, &QPushButton::clicked, this, [this] { confirmDelete(); });
    connect(keep, &QPushButton::clicked, this, &AutomationWindow::cancelDelete);
    auto *newKey = new QShortcut(QKeySequence::New, this);
    connect(newKey, &QShortcut::activated, this, [this] { newRule(); });
    auto *findKey = new QShortcut(QKeySequence::Find, this);
    connect(findKey, &QShortcut::activated, m_search, qOverload<>(&QWidget::setFocus));
    auto *deleteKey =
        new QShortcut(QKeySequence::Delete, m_rules, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &AutomationWindow::deleteSelected);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_confirmBar->isVisible())
            cancelDelete();
        else
            close();
    });

    resize(1100, 720);
    if (!siteId.isEmpty())
        setSiteFilter(siteId);
    else
        reload();
}

AutomationWindow::~AutomationWindow()
{
    detachChildSignals(this);
}

void AutomationWindow::setSiteFilter(const QString &siteId)
{
    const int i = m_site->findData(siteId);
    if (i >= 0 && i != m_site->currentIndex())
        m_site->setCurrentIndex(i); // reloads
    else
        reload();
    if (!siteId.isEmpty() && i >= 0)
        setWindowTitle(tr("Automation — %1").arg(m_site->itemText(i)));
    else
        setWindowTitle(tr("Automation"));
}

QString AutomationWindow::siteFilter() const
{
    return m_site->currentData().toString();
}

void AutomationWindow::reload()
{
    const QStringList keep = selectedRuleIds();
    m_rules->clear();
    auto rules = m_store.rules(siteFilter());
    if (!rules) {
        showMessage(false, rules.error().toString());
        return;
    }
    // One site's rules: the Site column only tells its account-wide rules ("Every site") apart.
    const bool anyWide = std::any_of(rules->cbegin(), rules->cend(),
                                     [](const StoredRule &r) { return r.isAccountWide(); });
    m_rules->setColumnHidden(SiteColumn, !siteFilter().isEmpty() &&
                                             (!accountProfile(siteFilter()).isNull() || !anyWide));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const StoredRule &r : *rules) {
        auto *item = new QTreeWidgetItem;
        item->setData(NameColumn, Qt::UserRole, r.id);
        item->setText(NameColumn, r.name);
        if (r.isAccountWide()) {
            item->setText(SiteColumn, tr("Every site"));
            item->setToolTip(SiteColumn, tr("Account-wide: every site of “%1”").arg(r.profileName));
        } else {
            item->setText(SiteColumn, r.siteName);
        }
        const QString trigger = r.json.value(QStringLiteral("trigger"))
                                    .toMap()
                                    .value(QStringLiteral("type"))
                                    .toString();
        item->setText(TriggerColumn, trigger);
        QString next;
        if (trigger == QLatin1String("schedule")) {
            const QCborMap s = r.json.value(QStringLiteral("schedule")).toMap();
            auto cron = CronSchedule::parse(s.value(QStringLiteral("cron")).toString(),
                                            s.value(QStringLiteral("timezone")).toString());
            if (!cron) {
                next = tr("invalid schedule");
            } else if (!r.isActive) {
                next = tr("off (enable to schedule)");
                item->setToolTip(NextColumn, cron->describe());
            } else if (auto t = cron->nextAfter(now)) {
                const QDateTime local = t->toTimeZone(cron->timeZone());
                next = QLocale().toString(local, QStringLiteral("ddd yyyy-MM-dd HH:mm")) +
                       QLatin1Char(' ') + cron->timeZoneId();
                item->setToolTip(NextColumn, cron->describe());
            }
        } else {
            next = tr("on %1").arg(trigger);
            if (const EventType *e = eventType(trigger))
                item->setToolTip(NextColumn, e->description);
        }
        item->setText(NextColumn, next);
        item->setText(ActiveColumn, r.isActive ? tr("Yes") : tr("No"));
        if (!r.isActive)
            for (int c = 0; c <= LastRunColumn; ++c)
                item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
        if (auto runs = m_store.runs(r.id, 1); runs && !runs->isEmpty()) {
            const StoredRun &last = runs->first();
            item->setText(LastRunColumn, QStringLiteral("%1 · %2").arg(
                                             localTime(last.executedAt.isEmpty() ? last.scheduledAt
                                                                                 : last.executedAt),
                                             last.status));
        } else {
            item->setText(LastRunColumn, tr("never"));
        }
        m_rules->addTopLevelItem(item);
    }
    applySearch();
    selectRules(keep);
    updateActions();
    showRuns();
}

void AutomationWindow::applySearch()
{
    const QString needle = m_search->text().trimmed();
    for (int i = 0; i < m_rules->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_rules->topLevelItem(i);
        bool match = needle.isEmpty();
        for (int c : {NameColumn, SiteColumn, TriggerColumn})
            match = match || item->text(c).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

QStringList AutomationWindow::shownRuleIds() const
{
    QStringList out;
    for (int i = 0; i < m_rules->topLevelItemCount(); ++i)
        if (!m_rules->topLevelItem(i)->isHidden())
            out << m_rules->topLevelItem(i)->data(NameColumn, Qt::UserRole).toString();
    return out;
}

QStringList AutomationWindow::selectedRuleIds() const
{
    QStringList out;
    for (int i = 0; i < m_rules->topLevelItemCount(); ++i)
        if (QTreeWidgetItem *item = m_rules->topLevelItem(i);
            item->isSelected() && !item->isHidden())
            out << item->data(NameColumn, Qt::UserRole).toString();
    return out;
}

void AutomationWindow::selectRules(const QStringList &ids)
{
    QTreeWidgetItem *first = nullptr;
    const QSignalBlocker block(m_rules);
    m_rules->clearSelection();
    for (int i = 0; i < m_rules->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_rules->topLevelItem(i);
        const bool on = ids.contains(item->data(NameColumn, Qt::UserRole).toString());
        item->setSelected(on);
        if (on && !first)
            first = item;
    }
    if (first)
        m_rules->setCurrentItem(first, 0, QItemSelectionModel::NoUpdate);
    updateActions();
    showRuns();
}

void AutomationWindow::updateActions()
{
    const int n = selectedRuleIds().size();
    m_edit->setEnabled(n == 1);
    m_duplicate->setEnabled(n == 1);
    m_enable->setEnabled(n > 0);
    m_disable->setEnabled(n > 0);
    m_delete->setEnabled(n > 0);
}

void AutomationWindow::watch(RuleEditor *editor)
{
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &RuleEditor::saved, this, [this](const QString &id) {
        reload();
        selectRules({id});
        showMessage(true, tr("Saved; it syncs with the next sync."));
        emit rulesChanged();
    });
    m_editors << editor;
    editor->show();
    editor->raise();
    editor->activateWindow();
}

RuleEditor *AutomationWindow::newRule()
{
    auto *editor = new RuleEditor(m_store, QString(), siteFilter(), this);
    watch(editor);
    return editor;
}

RuleEditor *AutomationWindow::editRule(const QString &id)
{
    for (const QPointer<RuleEditor> &e : std::as_const(m_editors))
        if (e && e->ruleId() == id) {
            e->show();
            e->raise();
            e->activateWindow();
            return e;
        }
    auto *editor = new RuleEditor(m_store, id, QString(), this);
    watch(editor);
    return editor;
}

RuleEditor *AutomationWindow::editSelected()
{
    const QStringList ids = selectedRuleIds();
    return ids.size() == 1 ? editRule(ids.first()) : nullptr;
}

QString AutomationWindow::duplicateSelected()
{
    const QStringList ids = selectedRuleIds();
    if (ids.size() != 1)
        return tr("Select one rule to duplicate.");
    auto copy = m_store.duplicate(ids.first(), tr(" (copy)"));
    if (!copy) {
        showMessage(false, tr("Not duplicated: %1").arg(copy.error().toString()));
        return m_messageText;
    }
    reload();
    selectRules({*copy});
    showMessage(true, tr("Duplicated."));
    emit rulesChanged();
    return QString();
}

QString AutomationWindow::setSelectedActive(bool active)
{
    const QStringList ids = selectedRuleIds();
    if (ids.isEmpty())
        return tr("Select the rules first.");
    if (auto r = m_store.setActive(ids, active); !r) {
        showMessage(false, r.error().toString());
        return m_messageText;
    }
    reload();
    showMessage(true, active ? tr("Enabled %n rule(s).", nullptr, int(ids.size()))
                             : tr("Disabled %n rule(s).", nullptr, int(ids.size())));
    emit rulesChanged();
    return QString();
}

void AutomationWindow::deleteSelected()
{
    const QStringList ids = selectedRuleIds();
    if (ids.isEmpty())
        return;
    m_confirmText->setText(
        tr("Delete %n rule(s)? Their run history goes too.", nullptr, int(ids.size())));
    m_confirmBar->show();
    m_confirmDelete->setFocus();
}

QString AutomationWindow::confirmDelete()
{
    const QStringList ids = selectedRuleIds();
    m_confirmBar->hide();
    if (ids.isEmpty())
        return tr("Select the rules first.");
    if (auto r = m_store.remove(ids); !r) {
        showMessage(false, r.error().toString());
        return m_messageText;
    }
    reload();
    showMessage(true, tr("Deleted %n rule(s).", nullptr, int(ids.size())));
    emit rulesChanged();
    m_rules->setFocus();
    return QString();
}

void AutomationWindow::cancelDelete()
{
    m_confirmBar->hide();
    m_rules->setFocus();
}

void AutomationWindow::showMessage(bool ok, const QString &text)
{
    m_messageText = text;
    m_message->setText(text);
    m_message->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg(statusColorName(ok ? StatusColor::Success : StatusColor::Error, palette())));
    m_message->setVisible(!text.isEmpty());
}

void AutomationWindow::showRuns()
{
    m_runs->clear();
    m_trace->clear();
    m_shownRuns.clear();
    const QStringList ids = selectedRuleIds();
    if (ids.size() != 1) {
        m_runsTitle->setText(tr("Select a rule to see its runs."));
        return;
    }
    if (!m_fetching)
        fetchServerRuns(ids.first());
    auto runs = m_store.runs(ids.first());
    if (!runs) {
        m_runsTitle->setText(runs.error().toString());
        return;
    }
    m_shownRuns = *runs;
    m_runsTitle->setText(m_shownRuns.isEmpty()
                             ? tr("No runs yet.")
                             : tr("%n run(s), newest first.", nullptr, int(m_shownRuns.size())));
    for (const StoredRun &r : std::as_const(m_shownRuns)) {
        auto *item = new QTreeWidgetItem(m_runs, {localTime(r.scheduledAt), r.status, r.reason,
                                                  localTime(r.executedAt), r.origin});
        item->setToolTip(2, r.reason);
        const bool bad = r.status == QLatin1String("failed");
        if (bad)
            item->setForeground(1, statusColor(StatusColor::Error, palette()));
    }
}

void AutomationWindow::fetchServerRuns(const QString &ruleId)
{
    auto rule = m_store.rule(ruleId);
    if (!rule)
        return;
    // An account-wide rule: any site of its profile leads to the profile's server.
    QString site = rule->workspaceId;
    if (site.isEmpty())
        if (auto q = m_store.cache().exec(
                QStringLiteral("SELECT id FROM workspaces WHERE profile_id = ? LIMIT 1"),
                {rule->profileId});
            q && q->next())
            site = q->value(0).toString();
    if (!m_session || m_sessionSite != site) {
        if (m_session)
            m_session->deleteLater();
        m_session =
            new sync::RemoteSession(QFileInfo(m_store.cache().path()).absolutePath(), site, this);
        m_sessionSite = site;
    }
    m_session->get(
        QStringLiteral("/api/v1/rules/%1/runs?limit=100").arg(ruleId),
        [this, ruleId](const sync::HttpReply &reply) {
            // Offline, signed out, or a rule the server has not received yet: the cached
            // history is what there is.
            if (!reply.ok())
                return;
            auto stored = sync::storeServerRuns(
                m_store.cache(), ruleId, reply.json().value(QStringLiteral("runs")).toArray());
            if (!stored) {
                showMessage(false, stored.error().toString());
                return;
            }
            if (selectedRuleIds() == QStringList{ruleId}) {
                m_fetching = true; // showing them must not ask again
                const int row = m_runs->indexOfTopLevelItem(m_runs->currentItem());
                showRuns();
                if (row >= 0 && row < m_runs->topLevelItemCount())
                    m_runs->setCurrentItem(m_runs->topLevelItem(row));
                m_fetching = false;
            }
        },
        this);
}

void AutomationWindow::showRun()
{
    m_trace->clear();
    const int i = m_runs->indexOfTopLevelItem(m_runs->currentItem());
    if (i < 0 || i >= m_shownRuns.size())
        return;
    const StoredRun &run = m_shownRuns[i];
    if (run.trace.isEmpty()) {
        new QTreeWidgetItem(m_trace, {tr("No trace was recorded for this run.")});
        return;
    }
    showTrace(m_trace, RunTrace::fromJson(run.trace));
}

} // namespace ss::ui
