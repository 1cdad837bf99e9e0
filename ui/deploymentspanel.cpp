#include "deploymentspanel.h"
#include "widgetutil.h"

#include "theme.h"

#include "json.h"
#include "localcache.h"
#include "remotesession.h"
#include "sitestore.h"

#include <QApplication>
#include <QCborArray>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTime>
#include <QTreeWidget>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

namespace ss::ui {

// A one-line notice in the panel (offline, a result, a question), tinted from the palette so it
// follows light and dark themes.
class MessageBar : public QFrame
{
public:
    enum class Kind
    {
        Info,
        Success,
        Warning,
        Error
    };
    explicit MessageBar(QWidget *parent = nullptr)
        : QFrame(parent)
        , m_icon(new QLabel)
        , m_text(new QLabel)
        , m_buttons(new QHBoxLayout)
    {
        setFrameShape(QFrame::StyledPanel);
        setAutoFillBackground(true);
        m_text->setWordWrap(true);
        m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
        m_text->setOpenExternalLinks(true);
        m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *row = new QHBoxLayout(this);
        row->setContentsMargins(10, 6, 8, 6);
        row->setSpacing(10);
        row->addWidget(m_icon, 0, Qt::AlignTop);
        row->addWidget(m_text, 1);
        row->addLayout(m_buttons);
        hide();
    }
    QHBoxLayout *buttons() const { return m_buttons; }
    QString text() const { return m_text->text(); }
    void show(Kind kind, const QString &text)
    {
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        StatusColor status = StatusColor::Info;
        switch (kind) {
        case Kind::Info:
            break;
        case Kind::Success:
            status = StatusColor::Success;
            icon = QStyle::SP_DialogApplyButton;
            break;
        case Kind::Warning:
            status = StatusColor::Warning;
            icon = QStyle::SP_MessageBoxWarning;
            break;
        case Kind::Error:
            status = StatusColor::Error;
            icon = QStyle::SP_MessageBoxCritical;
            break;
        }
        const QPalette base = QApplication::palette(this);
        const QColor window = base.color(QPalette::Window);
        const QColor accent = statusColor(status, base);
        QPalette p = base;
        p.setColor(QPalette::Window, mix(window, accent, 0.16));
        p.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
        p.setColor(QPalette::Light, mix(window, accent, 0.5));
        p.setColor(QPalette::Dark, mix(window, accent, 0.5));
        p.setColor(QPalette::Mid, mix(window, accent, 0.5));
        setPalette(p);
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
        m_text->setText(text);
        setAccessibleDescription(stripTags(text));
        QFrame::show();
    }

private:
    static QString stripTags(QString html)
    {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        return html.remove(tags);
    }
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};

namespace {

QDateTime parseUtc(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t;
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QTableWidgetItem *cell(const QString &text, const QString &tip = QString())
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (!tip.isEmpty())
        item->setToolTip(tip);
    return item;
}

QTableWidget *makeTable(const QStringList &headers, const QString &name)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setAccessibleName(name);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setTabKeyNavigation(false);
    return t;
}

QLabel *valueLabel(const QString &name)
{
    auto *l = new QLabel;
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setAccessibleName(name);
    return l;
}

} // namespace

DeploymentsPanel::DeploymentsPanel(const QString &dataDir, const QString &siteId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_dataDir(dataDir)
    , m_siteId(siteId)
{
    if (auto cache = LocalCache::open(LocalCache::pathIn(dataDir)))
        m_cache = std::move(*cache);
    m_session = std::make_unique<sync::RemoteSession>(dataDir, siteId);
    build();
    refresh();
}

DeploymentsPanel::DeploymentsPanel(const SiteStore &store, const QString &siteId, QWidget *parent)
    : DeploymentsPanel(dataDirOf(store), siteId, parent)
{}

DeploymentsPanel::~DeploymentsPanel()
{
    detachChildSignals(this);
    // Answers still on their way are dropped with the session (before the widgets go).
    m_session.reset();
}

QString DeploymentsPanel::dataDirOf(const SiteStore &store)
{
    return QFileInfo(store.cache().path()).absolutePath();
}

void DeploymentsPanel::build()
{
    setObjectName(QStringLiteral("deploymentsPanel"));
    setAccessibleName(tr("Publishing and hosting"));

    m_title = new QLabel;
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_address = new QLabel;
    m_address->setAccessibleName(tr("Live address"));
    m_address->setTextFormat(Qt::RichText);
    m_address->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_address, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    m_refresh = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"));
    m_refresh->setAccessibleName(tr("Refresh from the server"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QPushButton::clicked, this, &DeploymentsPanel::refresh);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_address);
    auto *header = new QHBoxLayout;
    header->addLayout(titles, 1);
    header->addWidget(m_refresh, 0, Qt::AlignTop);

    m_banner = new MessageBar;
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_feedback = new MessageBar;
    m_feedback->setObjectName(QStringLiteral("feedback"));

    // Publish history.
    m_historyTable =
        makeTable({tr("Revision"), tr("Published"), tr("By"), tr("State")}, tr("Publish history"));
    m_historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    connect(m_historyTable, &QTableWidget::itemSelectionChanged, this, [this] {
        cancelRollBack();
        updateActions();
    });
    m_rollBack = new QPushButton(tr("Roll &back to this…"));
    m_rollBack->setAccessibleName(tr("Roll back to the selected revision"));
    connect(m_rollBack, &QPushButton::clicked, this,
            [this] { requestRollBack(m_historyTable->currentRow()); });
    auto *historyHint = new QLabel(
        tr("Each publish makes one revision of the site live. Rolling back publishes an earlier "
           "revision again; your draft in the editor is not changed."));
    historyHint->setWordWrap(true);
    historyHint->setForegroundRole(QPalette::PlaceholderText);

    auto *confirm = new MessageBar;
    confirm->setObjectName(QStringLiteral("confirmRollBack"));
    m_confirmRollBack = new QPushButton(tr("Roll back"));
    m_confirmRollBack->setAccessibleName(tr("Confirm roll back"));
    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setAccessibleName(tr("Cancel roll back"));
    confirm->buttons()->addWidget(m_confirmRollBack);
    confirm->buttons()->addWidget(cancel);
    connect(m_confirmRollBack, &QPushButton::clicked, this, &DeploymentsPanel::confirmRollBack);
    connect(cancel, &QPushButton::clicked, this, &DeploymentsPanel::cancelRollBack);
    m_confirmBar = confirm;

    auto *historyPage = new QWidget;
    auto *hl = new QVBoxLayout(historyPage);
    hl->addWidget(historyHint);
    hl->addWidget(m_historyTable, 1);
    hl->addWidget(m_confirmBar);
    auto *historyButtons = new QHBoxLayout;
    historyButtons->addStretch(1);
    historyButtons->addWidget(m_rollBack);
    hl->addLayout(historyButtons);

    // Hosting.
    m_tierLabel = valueLabel(tr("Plan"));
    m_subdomainLabel = valueLabel(tr("Subdomain"));
    m_urlLabel = valueLabel(tr("Address"));
    m_urlLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_urlLabel, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    m_environmentLabel = valueLabel(tr("Environment"));
    m_statusLabel = valueLabel(tr("Infrastructure status"));
    m_liveLabel = valueLabel(tr("Live revision"));
    auto *facts = new QGroupBox(tr("Site"));
    auto *form = new QFormLayout(facts);
    form->setLabelAlignment(Qt::AlignRight);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Plan:"), m_tierLabel);
    form->addRow(tr("Subdomain:"), m_subdomainLabel);
    form->addRow(tr("Address:"), m_urlLabel);
    form->addRow(tr("Environment:"), m_environmentLabel);
    form->addRow(tr("Infrastructure:"), m_statusLabel);
    form->addRow(tr("Live revision:"), m_liveLabel);

    m_domainList = new QTreeWidget;
    m_domainList->setAccessibleName(tr("Custom domains"));
    m_domainList->setHeaderLabels({tr("Domain"), tr("Status")});
    m_domainList->setRootIsDecorated(false);
    m_domainList->setUniformRowHeights(true);
    m_domainList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_domainList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_domainList->header()->setStretchLastSection(false);
    m_domainList->setMinimumHeight(90);
    connect(m_domainList, &QTreeWidget::currentItemChanged, this, [this] {
        updateDomainInfo();
        updateActions();
    });
    m_domainEdit = new QLineEdit;
    m_domainEdit->setPlaceholderText(tr("www.example.com"));
    m_domainEdit->setAccessibleName(tr("New custom domain"));
    m_domainEdit->setClearButtonEnabled(true);
    m_addDomain = new QPushButton(tr("&Add domain"));
    m_addDomain->setAccessibleName(tr("Add custom domain"));
    connect(m_addDomain, &QPushButton::clicked, this, [this] { addDomain(m_domainEdit->text()); });
    connect(m_domainEdit, &QLineEdit::returnPressed, m_addDomain, &QPushButton::click);
    connect(m_domainEdit, &QLineEdit::textChanged, this, &DeploymentsPanel::updateActions);
    m_verifyDomain = new QPushButton(tr("&Verify"));
    m_verifyDomain->setAccessibleName(tr("Verify the selected domain"));
    connect(m_verifyDomain, &QPushButton::clicked, this,
            [this] { verifyDomain(selectedDomain()); });
    m_removeDomain = new QPushButton(tr("Re&move"));
    m_removeDomain->setAccessibleName(tr("Remove the selected domain"));
    connect(m_removeDomain, &QPushButton::clicked, this,
            [this] { removeDomain(selectedDomain()); });
    m_domainInfo = new QLabel;
    m_domainInfo->setObjectName(QStringLiteral("domainInstructions"));
    m_domainInfo->setAccessibleName(tr("Domain instructions"));
    m_domainInfo->setWordWrap(true);
    m_domainInfo->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_domainInfo->setOpenExternalLinks(true);
    auto *domainsBox = new QGroupBox(tr("Custom domains"));
    auto *dl = new QVBoxLayout(domainsBox);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_domainEdit, 1);
    addRow->addWidget(m_addDomain);
    dl->addLayout(addRow);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_domainList, 1);
    auto *domainButtons = new QVBoxLayout;
    domainButtons->addWidget(m_verifyDomain);
    domainButtons->addWidget(m_removeDomain);
    domainButtons->addStretch(1);
    listRow->addLayout(domainButtons);
    dl->addLayout(listRow);
    dl->addWidget(m_domainInfo);

    auto *hostingPage = new QWidget;
    auto *hostl = new QVBoxLayout(hostingPage);
    hostl->addWidget(facts);
    hostl->addWidget(domainsBox, 1);

    // Deployment log.
    m_logTable = makeTable({tr("Kind"), tr("Status"), tr("Started"), tr("Finished"), tr("Details")},
                           tr("Deployment log"));
    m_logTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_logTable->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    auto *logPage = new QWidget;
    auto *ll = new QVBoxLayout(logPage);
    ll->addWidget(m_logTable);

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(historyPage, tr("Publish &history"));
    m_tabs->addTab(hostingPage, tr("H&osting"));
    m_tabs->addTab(logPage, tr("Deployment &log"));

    m_updated = new QLabel;
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    auto *close = new QPushButton(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_updated, 1);
    footer->addWidget(close);
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(esc, &QShortcut::activated, this, &QWidget::close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_feedback);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(footer);
    resize(840, 620);
}

qint64 DeploymentsPanel::liveRevision() const
{
    for (const Publish &p : m_history)
        if (p.live)
            return p.revision;
    return -1;
}

int DeploymentsPanel::deploymentCount() const
{
    return m_logTable->rowCount();
}

bool DeploymentsPanel::bannerShown() const
{
    return !m_banner->isHidden();
}

QString DeploymentsPanel::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void DeploymentsPanel::refresh()
{
    loadCached();
    if (m_pending > 0)
        return; // a refresh is under way; its answers will show
    m_online = true;
    m_pending = 3;
    m_updated->setText(tr("Updating from the server…"));
    updateActions();
    const QString ws = QStringLiteral("/api/v1/workspaces/%1").arg(m_siteId);
    m_session->get(
        QStringLiteral("/api/v1/account"),
        [this](const sync::HttpReply &r) {
            if (r.ok()) {
                m_tier = r.json().value(QStringLiteral("tier")).toString();
                showHosting({});
            } else {
                setOffline(offlineReason(r));
            }
            requestDone();
        },
        this);
    m_session->get(
        ws + QStringLiteral("/hosting"),
        [this](const sync::HttpReply &r) {
            if (r.ok())
                showHosting(r.json());
            else if (r.status == 404)
                setOffline(tr("Publish it (or sync) once; then its hosting and history show "
                              "here."),
                           tr("This site is not on the server yet."));
            else
                setOffline(offlineReason(r));
            requestDone();
        },
        this);
    m_session->get(
        ws + QStringLiteral("/deployments"),
        [this](const sync::HttpReply &r) {
            if (r.ok()) {
                QList<QCborMap> rows;
                for (const QCborValue &v : r.json().value(QStringLiteral("deployments")).toArray())
                    rows.append(v.toMap());
                showDeployments(rows);
                storeInCache(rows);
            } else if (r.status != 404) {
                setOffline(offlineReason(r));
            }
            requestDone();
        },
        this);
}

void DeploymentsPanel::requestDone()
{
    if (--m_pending > 0)
        return;
    if (m_online) {
        m_banner->hide();
        m_updated->setText(
            tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    } else {
        m_updated->setText(tr("Showing the copy from the last sync"));
    }
    updateActions();
    emit refreshed();
}

void DeploymentsPanel::setOffline(const QString &why, const QString &headline)
{
    if (!m_online && bannerShown())
        return; // the first reason is the one that matters
    m_online = false;
    m_banner->show(MessageBar::Kind::Warning,
                   tr("<b>%1</b> %2<br>Showing the deployment log from the last sync; "
                      "rolling back and managing domains need a connection to the server.")
                       .arg(headline.isEmpty() ? tr("Not connected.") : headline.toHtmlEscaped(),
                            why.toHtmlEscaped()));
}

void DeploymentsPanel::loadCached()
{
    if (!m_cache)
        return;
    auto w = m_cache->exec(
        QStringLiteral("SELECT name, slug, tier, domain FROM workspaces WHERE id = ?"), {m_siteId});
    if (w && w->next()) {
        m_siteName = w->value(0).toString();
        if (m_subdomain.isEmpty())
            m_subdomain = w->value(1).toString();
        if (m_tier.isEmpty())
            m_tier = w->value(2).toString();
        if (m_url.isEmpty() && !w->value(3).toString().isEmpty()) {
            m_url = SiteStore(*m_cache).liveUrl(m_siteId);
            m_domain = w->value(3).toString();
        }
    }
    setWindowTitle(tr("Publishing & hosting \u2014 %1").arg(m_siteName));
    m_title->setText(m_siteName);
    if (m_pending == 0 && m_logTable->rowCount() == 0) {
        QList<QCborMap> rows;
        auto d = m_cache->exec(QStringLiteral("SELECT id, kind, status, created_at, finished_at, "
                                              "details_json FROM deployments WHERE workspace_id "
                                              "= ? ORDER BY created_at DESC"),
                               {m_siteId});
        while (d && d->next()) {
            QCborMap m;
            m.insert(QStringLiteral("id"), d->value(0).toString());
            m.insert(QStringLiteral("kind"), d->value(1).toString());
            m.insert(QStringLiteral("status"), d->value(2).toString());
            m.insert(QStringLiteral("created_at"), d->value(3).toString());
            if (!d->value(4).isNull())
                m.insert(QStringLiteral("finished_at"), d->value(4).toString());
            auto details = json::parse(d->value(5).toString().toUtf8());
            m.insert(QStringLiteral("details"), details ? *details : QCborValue(QCborMap()));
            rows.append(m);
        }
        showDeployments(rows);
    }
    showHosting({});
}

void DeploymentsPanel::storeInCache(const QList<QCborMap> &rows)
{
    // The cache mirrors the server's log (as a sync does), so the panel has it offline.
    if (!m_cache)
        return;
    auto r = m_cache->transaction([&]() -> Result<void> {
        if (auto e = m_cache->exec(QStringLiteral("DELETE FROM deployments WHERE workspace_id = ?"),
                                   {m_siteId});
            !e)
            return std::unexpected(e.error());
        for (const QCborMap &d : rows) {
            const QString id = d.value(QStringLiteral("id")).toString();
            auto ins = m_cache->exec(
                QStringLiteral("INSERT OR REPLACE INTO deployments (id, workspace_id, kind, "
                               "status, created_at, finished_at, details_json) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id, m_siteId,
                 d.value(QStringLiteral("kind")).toString(),
                 d.value(QStringLiteral("status")).toString(),
                 d.value(QStringLiteral("created_at")).toString(),
                 d.value(QStringLiteral("finished_at")).isString()
                     ? QVariant(d.value(QStringLiteral("finished_at")).toString())
                     : QVariant(),
                 QString::fromUtf8(json::write(d.value(QStringLiteral("details"))))});
            if (!ins)
                return std::unexpected(ins.error());
        }
        return {};
    });
    Q_UNUSED(r); // a cache that cannot be written only means a staler offline view
}

void DeploymentsPanel::showDeployments(const QList<QCborMap> &rows)
{
    const QString selectedId =
        m_historyTable->currentRow() >= 0 && m_historyTable->currentRow() < m_history.size()
            ? m_history.at(m_historyTable->currentRow()).id
            : QString();
    m_history.clear();
    m_logTable->setRowCount(0);
    for (const QCborMap &d : rows) {
        const QString kind = d.value(QStringLiteral("kind")).toString();
        const QString status = d.value(QStringLiteral("status")).toString();
        const QCborMap details = d.value(QStringLiteral("details")).toMap();
        const QDateTime created = parseUtc(d.value(QStringLiteral("created_at")).toString());
        const QDateTime finished = parseUtc(d.value(QStringLiteral("finished_at")).toString());
        QString kindText = kind;
        QString summary;
        if (kind == QLatin1String("provision")) {
            kindText = tr("Provision");
            summary = tr("%1 in the %2 environment (%3 plan)")
                          .arg(details.value(QStringLiteral("subdomain")).toString(),
                               details.value(QStringLiteral("environment")).toString(),
                               details.value(QStringLiteral("tier")).toString());
        } else if (kind == QLatin1String("tier_migration")) {
            kindText = tr("Tier migration");
            summary = tr("%1 \u2192 %2 (%3 plan)")
                          .arg(details.value(QStringLiteral("from")).toString(),
                               details.value(QStringLiteral("to")).toString(),
                               details.value(QStringLiteral("tier")).toString());
        } else if (kind == QLatin1String("domain")) {
            kindText = tr("Custom domain");
            const QString domain = details.value(QStringLiteral("domain")).toString();
            if (details.value(QStringLiteral("removed")).toBool())
                summary = tr("%1 removed").arg(domain);
            else if (!details.value(QStringLiteral("error")).toString().isEmpty())
                summary =
                    tr("%1: %2").arg(domain, details.value(QStringLiteral("error")).toString());
            else if (status == QLatin1String("succeeded"))
                summary = tr("%1 verified").arg(domain);
            else
                summary = tr("%1 added, waiting for verification").arg(domain);
        } else if (kind == QLatin1String("publish_log")) {
            kindText = tr("Publish");
            Publish p;
            p.id = d.value(QStringLiteral("id")).toString();
            p.customizationId = details.value(QStringLiteral("customization_id")).toString();
            p.action = details.value(QStringLiteral("action")).toString(QStringLiteral("publish"));
            p.revision = details.value(QStringLiteral("revision")).toInteger(-1);
            p.at = created;
            p.who = details.value(QStringLiteral("account_email")).toString();
            p.live = details.value(QStringLiteral("live")).toBool();
            m_history.append(p);
            const QString by = p.who.isEmpty() ? QString() : tr(" by %1").arg(p.who);
            summary = p.action == QLatin1String("unpublish")
                          ? tr("Taken offline%1").arg(by)
                          : tr("Revision %1 published%2%3")
                                .arg(p.revision)
                                .arg(by, p.live ? tr(" \u2014 live now") : QString());
        }
        const int row = m_logTable->rowCount();
        m_logTable->insertRow(row);
        m_logTable->setItem(row, 0, cell(kindText));
        QString statusText = capitalized(status);
        auto *statusItem = cell(statusText);
        if (status == QLatin1String("failed"))
            statusItem->setForeground(statusColor(StatusColor::Error, palette()));
        m_logTable->setItem(row, 1, statusItem);
        m_logTable->setItem(row, 2, cell(localTime(created), created.toString(Qt::ISODate)));
        m_logTable->setItem(row, 3, cell(localTime(finished), finished.toString(Qt::ISODate)));
        m_logTable->setItem(row, 4, cell(summary, summary));
    }

    const QSignalBlocker block(m_historyTable);
    m_historyTable->setRowCount(0);
    int select = -1;
    for (const Publish &p : m_history) {
        const int row = m_historyTable->rowCount();
        m_historyTable->insertRow(row);
        const bool off = p.action == QLatin1String("unpublish");
        auto *rev = cell(off ? tr("\u2014") : tr("Revision %1").arg(p.revision));
        auto *when = cell(localTime(p.at), p.at.toString(Qt::ISODate));
        auto *who = cell(p.who.isEmpty() ? tr("(not recorded)") : p.who);
        auto *state = cell(p.live ? tr("\u25CF Live") : off ? tr("Taken offline") : QString());
        if (p.live) {
            for (QTableWidgetItem *i : {rev, when, who, state}) {
                QFont f = i->font();
                f.setBold(true);
                i->setFont(f);
            }
            state->setForeground(statusColor(StatusColor::Success, palette()));
            state->setToolTip(tr("Visitors see this revision now"));
        }
        m_historyTable->setItem(row, 0, rev);
        m_historyTable->setItem(row, 1, when);
        m_historyTable->setItem(row, 2, who);
        m_historyTable->setItem(row, 3, state);
        if (!selectedId.isEmpty() && p.id == selectedId)
            select = row;
    }
    if (select >= 0)
        m_historyTable->selectRow(select);
    else
        m_historyTable->setCurrentCell(-1, -1);
    if (m_history.isEmpty() && m_historyTable->rowCount() == 0)
        m_historyTable->setToolTip(tr("Nothing has been published yet"));
    showHosting({});
    updateActions();
}

void DeploymentsPanel::showHosting(const QCborMap &hosting)
{
    if (!hosting.isEmpty()) {
        m_subdomain = hosting.value(QStringLiteral("subdomain")).toString();
        m_domain = hosting.value(QStringLiteral("domain")).toString();
        m_url = hosting.value(QStringLiteral("url")).toString();
        m_environment = hosting.value(QStringLiteral("environment")).toString();
        m_status = hosting.value(QStringLiteral("status")).toString();
        m_domains.clear();
        for (const QCborValue &v : hosting.value(QStringLiteral("custom_domains")).toArray()) {
            const QCborMap m = v.toMap();
            m_domains.append({m.value(QStringLiteral("domain")).toString(),
                              m.value(QStringLiteral("verified")).toBool(),
                              m.value(QStringLiteral("verification_url")).toString(),
                              m.value(QStringLiteral("verification_token")).toString()});
        }
        showDomains();
    }
    const QString link = m_url.isEmpty()
                             ? tr("Not on the server yet")
                             : QStringLiteral("<a href=\"%1\">%1</a>").arg(m_url.toHtmlEscaped());
    m_urlLabel->setText(link);
    QStringList facts;
    const qint64 liveRev = liveRevision();
    facts << (liveRev > 0 ? tr("revision %1 live").arg(liveRev) : tr("nothing live"));
    if (!m_tier.isEmpty())
        facts << tr("%1 plan").arg(capitalized(m_tier));
    m_address->setText(QStringLiteral("%1 &nbsp;\u00b7&nbsp; %2")
                           .arg(link, facts.join(QStringLiteral(" \u00b7 "))));
    const QHash<QString, QString> envNames = {
        {QStringLiteral("pool"), tr("Pool \u2014 shared environment")},
        {QStringLiteral("bridge"), tr("Bridge \u2014 own cache namespace, custom domains")},
        {QStringLiteral("silo"), tr("Silo \u2014 isolated storage and database")}};
    const QString dash = tr("\u2014");
    m_tierLabel->setText(m_tier.isEmpty() ? dash : capitalized(m_tier));
    m_subdomainLabel->setText(
        m_subdomain.isEmpty()
            ? dash
            : (m_domain.isEmpty() ? m_subdomain : tr("%1  (%2)").arg(m_subdomain, m_domain)));
    m_environmentLabel->setText(
        m_environment.isEmpty() ? dash : envNames.value(m_environment, m_environment));
    m_statusLabel->setText(m_status.isEmpty() ? dash : capitalized(m_status));
    QString live = tr("Nothing published");
    for (const Publish &p : m_history)
        if (p.live)
            live = p.who.isEmpty()
                       ? tr("Revision %1, published %2").arg(p.revision).arg(localTime(p.at))
                       : tr("Revision %1, published %2 by %3")
                             .arg(p.revision)
                             .arg(localTime(p.at), p.who);
    m_liveLabel->setText(live);
}

void DeploymentsPanel::showDomains()
{
    const QString keep = selectedDomain();
    const QSignalBlocker block(m_domainList);
    m_domainList->clear();
    QTreeWidgetItem *current = nullptr;
    for (const Domain &d : m_domains) {
        auto *item = new QTreeWidgetItem(
            m_domainList, {d.domain, d.verified ? tr("Verified") : tr("Waiting for verification")});
        item->setIcon(0, style()->standardIcon(d.verified ? QStyle::SP_DialogApplyButton
                                                          : QStyle::SP_MessageBoxWarning));
        if (d.domain == keep)
            current = item;
    }
    if (!current && m_domainList->topLevelItemCount() > 0)
        current = m_domainList->topLevelItem(0);
    m_domainList->setCurrentItem(current);
    updateDomainInfo();
}

QString DeploymentsPanel::selectedDomain() const
{
    const QTreeWidgetItem *item = m_domainList->currentItem();
    return item ? item->text(0) : QString();
}

void DeploymentsPanel::updateDomainInfo()
{
    const QString name = selectedDomain();
    for (const Domain &d : m_domains) {
        if (d.domain != name)
            continue;
        if (d.verified) {
            QUrl url(m_url);
            url.setHost(d.domain);
            m_domainInfo->setText(
                tr("<b>%1</b> is verified and serves the site at "
                   "<a href=\"%2\">%2</a>.")
                    .arg(d.domain.toHtmlEscaped(), url.toString().toHtmlEscaped()));
        } else {
            m_domainInfo->setText(
                tr("<b>%1</b> is waiting for verification.<br>"
                   "1. Point it at this server: a CNAME record to <tt>%2</tt>.<br>"
                   "2. Press <b>Verify</b>: the server checks that <tt>%3</tt> answers (it serves "
                   "that address itself once the domain points here).")
                    .arg(d.domain.toHtmlEscaped(), m_domain.toHtmlEscaped(),
                         d.verificationUrl.toHtmlEscaped()));
        }
        return;
    }
    m_domainInfo->setText(
        m_domains.isEmpty()
            ? tr("No custom domains. Add one to serve the site at your own address as well "
                 "(Pro and Enterprise plans).")
            : QString());
}

void DeploymentsPanel::updateActions()
{
    const bool ready = m_online && m_pending == 0 && !m_busy;
    const int row = m_historyTable->currentRow();
    bool canRollBack = ready && row >= 0 && row < m_history.size() &&
                       m_history.at(row).action == QLatin1String("publish") &&
                       m_history.at(row).revision > 0;
    for (const Publish &p : m_history)
        if (canRollBack && p.live && p.customizationId == m_history.at(row).customizationId &&
            p.revision == m_history.at(row).revision)
            canRollBack = false; // that revision is live already
    m_rollBack->setToolTip(canRollBack ? tr("Make the selected revision live again")
                                       : tr("Select an earlier revision that is not live"));
    m_rollBack->setEnabled(canRollBack);
    m_confirmRollBack->setEnabled(ready && m_confirmRow >= 0);
    m_addDomain->setEnabled(ready && !m_domainEdit->text().trimmed().isEmpty());
    m_domainEdit->setEnabled(m_online);
    const QString sel = selectedDomain();
    bool verified = false;
    for (const Domain &d : m_domains)
        if (d.domain == sel)
            verified = d.verified;
    m_verifyDomain->setEnabled(ready && !sel.isEmpty() && !verified);
    m_removeDomain->setEnabled(ready && !sel.isEmpty());
    m_refresh->setEnabled(m_pending == 0);
}

void DeploymentsPanel::requestRollBack(int row)
{
    if (row < 0 || row >= m_history.size())
        return;
    const Publish &p = m_history.at(row);
    if (p.action != QLatin1String("publish") || p.revision < 1)
        return;
    m_confirmRow = row;
    m_confirmRollBack->setText(tr("Roll back to revision %1").arg(p.revision));
    m_confirmRollBack->setMinimumWidth(m_confirmRollBack->sizeHint().width());
    static_cast<MessageBar *>(m_confirmBar)
        ->show(MessageBar::Kind::Info,
               tr("Make <b>revision %1</b> live again? Visitors see it at once; the draft in the "
                  "editor stays as it is.")
                   .arg(p.revision));
    updateActions();
    m_confirmRollBack->setFocus();
}

void DeploymentsPanel::cancelRollBack()
{
    m_confirmRow = -1;
    m_confirmBar->hide();
    updateActions();
}

void DeploymentsPanel::confirmRollBack()
{
    if (m_confirmRow < 0 || m_confirmRow >= m_history.size())
        return;
    const Publish p = m_history.at(m_confirmRow);
    cancelRollBack();
    rollBack(p.customizationId, p.revision);
}

void DeploymentsPanel::rollBack(const QString &customizationId, qint64 revision)
{
    m_busy = true;
    updateActions();
    m_feedback->show(MessageBar::Kind::Info, tr("Rolling back to revision %1…").arg(revision));
    QCborMap body;
    body.insert(QStringLiteral("revision"), revision);
    m_session->request(
        "POST", QStringLiteral("/api/v1/customizations/%1/publish").arg(customizationId), body,
        [this, revision](const sync::HttpReply &r) {
            if (r.ok())
                finishAction(true, tr("Revision %1 is live again.").arg(revision), true);
            else
                finishAction(
                    false,
                    tr("Could not roll back to revision %1: %2").arg(revision).arg(serverError(r)),
                    r.status != 0, r.status == 0);
        },
        this);
}

void DeploymentsPanel::addDomain(const QString &input)
{
    const QString domain = input.trimmed().toLower();
    if (domain.isEmpty())
        return;
    m_busy = true;
    updateActions();
    QCborMap body;
    body.insert(QStringLiteral("domain"), domain);
    m_session->request(
        "POST", QStringLiteral("/api/v1/workspaces/%1/domains").arg(m_siteId), body,
        [this, domain](const sync::HttpReply &r) {
            if (r.ok()) {
                m_domainEdit->clear();
                const QString added = r.json().value(QStringLiteral("domain")).toString();
                m_domains.append({added, false,
                                  r.json().value(QStringLiteral("verification_url")).toString(),
                                  r.json().value(QStringLiteral("verification_token")).toString()});
                showDomains();
                for (int i = 0; i < m_domainList->topLevelItemCount(); ++i)
                    if (m_domainList->topLevelItem(i)->text(0) == added)
                        m_domainList->setCurrentItem(m_domainList->topLevelItem(i));
                finishAction(true, tr("%1 added. Follow the steps below to verify it.").arg(added),
                             true);
            } else {
                finishAction(false, tr("Could not add %1: %2").arg(domain, serverError(r)), false,
                             r.status == 0);
            }
        },
        this);
}

void DeploymentsPanel::verifyDomain(const QString &domain)
{
    if (domain.isEmpty())
        return;
    m_busy = true;
    updateActions();
    m_feedback->show(MessageBar::Kind::Info, tr("Verifying %1…").arg(domain));
    m_session->request(
        "POST",
        QStringLiteral("/api/v1/workspaces/%1/domains/%2/verify")
            .arg(m_siteId, QString::fromLatin1(QUrl::toPercentEncoding(domain))),
        {},
        [this, domain](const sync::HttpReply &r) {
            if (r.ok())
                finishAction(true, tr("%1 is verified and now serves the site.").arg(domain), true);
            else
                finishAction(false, tr("%1 is not verified: %2").arg(domain, serverError(r)),
                             r.status != 0, r.status == 0);
        },
        this);
}

void DeploymentsPanel::removeDomain(const QString &domain)
{
    if (domain.isEmpty())
        return;
    m_busy = true;
    updateActions();
    m_session->request(
        "DELETE",
        QStringLiteral("/api/v1/workspaces/%1/domains/%2")
            .arg(m_siteId, QString::fromLatin1(QUrl::toPercentEncoding(domain))),
        {},
        [this, domain](const sync::HttpReply &r) {
            if (r.ok()) {
                m_domains.removeIf([&](const Domain &d) { return d.domain == domain; });
                showDomains();
                finishAction(true, tr("%1 removed; it no longer serves the site.").arg(domain),
                             true);
            } else {
                finishAction(false, tr("Could not remove %1: %2").arg(domain, serverError(r)),
                             r.status != 0, r.status == 0);
            }
        },
        this);
}

void DeploymentsPanel::finishAction(bool ok, const QString &text, bool reload, bool unreachable)
{
    m_busy = false;
    if (unreachable) {
        // The connection went away: the panel goes read-only until a refresh gets through.
        setOffline(tr("The server cannot be reached."));
        m_updated->setText(tr("Showing the copy from the last sync"));
    }
    showMessage(ok, text);
    updateActions();
    emit actionFinished(ok, text);
    if (reload)
        refresh();
}

void DeploymentsPanel::showMessage(bool ok, const QString &text)
{
    m_failed = !ok;
    m_message = text;
    m_feedback->show(ok ? MessageBar::Kind::Success : MessageBar::Kind::Error,
                     text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

QString DeploymentsPanel::offlineReason(const sync::HttpReply &r) const
{
    if (r.status != 0)
        return serverError(r);
    return r.networkError.isEmpty() ? tr("The server did not answer.")
                                    : tr("%1.").arg(r.networkError.chopped(
                                          r.networkError.endsWith(QLatin1Char('.')) ? 1 : 0));
}

QString DeploymentsPanel::serverError(const sync::HttpReply &r) const
{
    if (r.status == 0)
        return tr("the server cannot be reached (%1). Check the connection, then try again.")
            .arg(r.networkError.isEmpty() ? tr("no answer") : r.networkError);
    const QString code = r.errorCode();
    QString message = r.errorMessage();
    if (message.isEmpty())
        message = tr("HTTP %1").arg(r.status);
    if (r.status == 401)
        return tr("%1. Sign in again, then retry.").arg(message);
    if (code == QLatin1String("plan_limit"))
        return tr("%1. Your plan does not include this: upgrade it, then try again.").arg(message);
    if (code == QLatin1String("domain_taken"))
        return tr("%1. Use another domain, or remove it from the other site first.").arg(message);
    if (code == QLatin1String("verification_failed"))
        return tr("%1. Check that the domain points at this server, then press Verify again.")
            .arg(message);
    if (code == QLatin1String("invalid_document")) {
        QStringList issues;
        for (const QCborValue &v : r.json()
                                       .value(QStringLiteral("error"))
                                       .toMap()
                                       .value(QStringLiteral("issues"))
                                       .toArray())
            issues << tr("\u2022 %1: %2")
                          .arg(v.toMap().value(QStringLiteral("path")).toString(),
                               v.toMap().value(QStringLiteral("message")).toString());
        return tr("%1. Fix them in the editor and publish a new revision instead.%2")
            .arg(message, issues.isEmpty()
                              ? QString()
                              : QLatin1Char('\n') + issues.mid(0, 5).join(QLatin1Char('\n')));
    }
    if (r.status == 404)
        return tr("%1. It may have changed on another device: refresh.").arg(message);
    return message;
}

} // namespace ss::ui
