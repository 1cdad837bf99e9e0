#include "publishdialog.h"

#include "signindialog.h"
#include "widgetutil.h"

#include "theme.h"

#include "localcache.h"
#include "page.h"
#include "remotesession.h"
#include "sitedocument.h"
#include "sitestore.h"
#include "syncservice.h"
#include "thememanifest.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

constexpr int kFindingRole = Qt::UserRole + 1; // index into report().findings, -1 for headers

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, bytes >= (qint64(10) << 20) ? 0 : 1,
                                       QLocale::DataSizeIecFormat);
}

// "links[1].href" -> "Links 2 › Link", with the theme's field labels.
QString fieldLabels(const std::vector<FieldSpec> &top, const QString &propPath)
{
    static const QRegularExpression segment(QStringLiteral("^([^\\[]+)(?:\\[(\\d+)\\])?$"));
    const std::vector<FieldSpec> *fields = &top;
    QStringList out;
    for (const QString &part : propPath.split(QLatin1Char('.'))) {
        const auto m = segment.match(part);
        if (!m.hasMatch())
            return propPath;
        const FieldSpec *f = nullptr;
        if (fields)
            for (const FieldSpec &candidate : *fields)
                if (candidate.name == m.captured(1))
                    f = &candidate;
        QString label = f && !f->label.isEmpty() ? f->label : m.captured(1);
        if (!m.captured(2).isEmpty())
            label += QLatin1Char(' ') + QString::number(m.captured(2).toInt() + 1);
        out << label;
        fields = f ? &f->subFields : nullptr;
    }
    return out.join(QStringLiteral(" \u203a "));
}

} // namespace

PublishDialog::PublishDialog(SiteStore &store, SiteDocument *doc, const ThemeManifest &theme,
                             std::function<QString()> liveUrl, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_doc(doc)
    , m_theme(theme)
    , m_liveUrl(std::move(liveUrl))
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish %1").arg(doc->name));
    setAccessibleName(tr("Publish"));
    setModal(false);

    auto *heading = new QLabel(tr("Publish \u201c%1\u201d").arg(doc->name.toHtmlEscaped()));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    heading->setFont(big);
    auto *intro = new QLabel(tr("Publishing sends your edits and images to the server and makes "
                                "this version of the site live."));
    intro->setWordWrap(true);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("publishSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_findings = new QTreeWidget;
    m_findings->setObjectName(QStringLiteral("publishFindings"));
    m_findings->setAccessibleName(tr("Pre-publish check"));
    m_findings->setColumnCount(3);
    m_findings->setHeaderLabels({tr("Problem"), tr("Details"), tr("Where")});
    m_findings->setRootIsDecorated(false);
    m_findings->setUniformRowHeights(true);
    m_findings->setAlternatingRowColors(true);
    m_findings->setWordWrap(false);
    m_findings->setTextElideMode(Qt::ElideRight);
    m_findings->header()->setStretchLastSection(false);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_findings->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_findings->header()->resizeSection(2, 300);
    m_findings->setMinimumHeight(150);
    connect(m_findings, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { goToFinding(item->data(0, kFindingRole).toInt()); });
    connect(m_findings, &QTreeWidget::currentItemChanged, this, [this] { updateButtons(); });

    m_limitsLabel = new QLabel;
    m_limitsLabel->setObjectName(QStringLiteral("publishLimits"));
    m_limitsLabel->setWordWrap(true);
    m_limitsLabel->setForegroundRole(QPalette::PlaceholderText);

    // The steps of a publish, each with its state.
    auto *steps = new QGridLayout;
    steps->setHorizontalSpacing(10);
    steps->setVerticalSpacing(4);
    m_stepText = {tr("Saved"), tr("Syncing edits"), tr("Uploading assets"), tr("Publishing"),
                  tr("Live")};
    for (size_t i = 0; i < m_stepIcon.size(); ++i) {
        m_stepIcon[i] = new QLabel;
        m_stepIcon[i]->setFixedWidth(m_stepIcon[i]->fontMetrics().height() + 4);
        m_stepIcon[i]->setAlignment(Qt::AlignCenter);
        m_stepLabel[i] = new QLabel;
        steps->addWidget(m_stepIcon[i], int(i), 0);
        steps->addWidget(m_stepLabel[i], int(i), 1);
    }
    steps->setColumnStretch(1, 1);
    auto *stepsTitle = new QLabel(tr("Steps"));
    QFont bold = stepsTitle->font();
    bold.setBold(true);
    stepsTitle->setFont(bold);
    auto *checkTitle = new QLabel(tr("Before publishing"));
    checkTitle->setFont(bold);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("publishProgress"));
    m_progress->setAccessibleName(tr("Publish progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(std::max(8, fontMetrics().height() / 2));

    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("publishResult"));
    m_result->setAccessibleName(tr("Publish result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_result->setOpenExternalLinks(false);
    connect(m_result, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    m_result->hide();

    m_goTo = new QPushButton(tr("&Go to block"));
    m_goTo->setAccessibleName(tr("Go to block"));
    m_goTo->setToolTip(tr("Show the selected problem in the editor (or double-click it)"));
    connect(m_goTo, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_findings->currentItem())
            goToFinding(item->data(0, kFindingRole).toInt());
    });
    m_recheck = new QPushButton(tr("Check &again"));
    m_recheck->setAccessibleName(tr("Check again"));
    connect(m_recheck, &QPushButton::clicked, this, [this] { runCheck(true); });
    auto *close = new QPushButton(tr("Close"));
    close->setAccessibleName(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    m_publish = new QPushButton(tr("&Publish"));
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setAccessibleName(tr("Publish"));
    m_publish->setDefault(true);
    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::startPublish);
    m_signIn = new QPushButton(tr("&Sign In…"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setToolTip(tr("Sign in to the server (or create an account); the publish goes on"));
    m_signIn->hide();
    connect(m_signIn, &QPushButton::clicked, this, &PublishDialog::showSignIn);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_goTo);
    buttons->addWidget(m_recheck);
    buttons->addStretch(1);
    buttons->addWidget(close);
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_publish);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(checkTitle);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_limitsLabel);
    layout->addSpacing(6);
    layout->addWidget(stepsTitle);
    layout->addLayout(steps);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addSpacing(4);
    layout->addLayout(buttons);
    resize(860, 640);

    // Fixing a finding in the editor updates the list (not while a publish runs: that one is
    // of the version it started with).
    m_recheckTimer = new QTimer(this);
    m_recheckTimer->setSingleShot(true);
    m_recheckTimer->setInterval(400);
    connect(m_recheckTimer, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_publishing)
            runCheck();
    });
    connect(m_doc, &SiteDocument::changed, m_recheckTimer, qOverload<>(&QTimer::start));

    m_limitsNote = tr("Plan limits: not checked yet.");
    updateSteps();
}

PublishDialog::~PublishDialog()
{
    detachChildSignals(this);
}

void PublishDialog::setSyncService(sync::SyncService *service)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = service;
    if (!m_sync)
        return;
    connect(m_sync, &sync::SyncService::progress, this, &PublishDialog::onProgress);
    connect(m_sync, &sync::SyncService::finished, this, &PublishDialog::onFinished);
}

QString PublishDialog::stepText(Step step) const
{
    return m_stepLabel[size_t(step)]->text();
}

void PublishDialog::setPlanLimits(const std::optional<PlanLimits> &limits, const QString &note)
{
    m_limits = limits;
    m_limitsNote = note;
    runCheck();
}

void PublishDialog::runCheck(bool refreshLimits)
{
    m_report = checkBeforePublish(*m_doc, m_theme, assetSizes(m_store.cache(), *m_doc), m_limits);
    if (refreshLimits) {
        if (!m_session)
            m_session = new sync::RemoteSession(QFileInfo(m_store.cache().path()).absolutePath(),
                                                m_doc->id, this);
        m_limitsNote = tr("Plan limits: asking the server…");
        m_session->get(
            QStringLiteral("/api/v1/account"),
            [this](const sync::HttpReply &reply) {
                if (reply.ok()) {
                    if (auto limits = PlanLimits::fromAccount(reply.json())) {
                        setPlanLimits(limits, {});
                        return;
                    }
                }
                setPlanLimits(std::nullopt,
                              reply.status == 401 || reply.notSignedIn
                                  ? tr("Plan limits were not checked: sign in to a server first.")
                                  : tr("Plan limits were not checked: the server could not be "
                                       "reached. The server checks them when you publish."));
            },
            this);
    }
    fillFindings();
}

QString PublishDialog::findingWhere(const PublishFinding &f) const
{
    const Page *page = m_doc->page(f.pageId);
    if (!page)
        return f.kind == PublishFinding::Kind::PlanLimit ? tr("Whole site") : tr("Site settings");
    QString where = page->title.isEmpty() ? page->slug : page->title;
    const std::vector<FieldSpec> *fields = &m_theme.root.fields;
    if (const Block *b = page->block(f.blockId)) {
        const ComponentSpec *spec = m_theme.component(b->type);
        where +=
            QStringLiteral(" \u203a ") + (spec && !spec->label.isEmpty() ? spec->label : b->type);
        fields = spec ? &spec->fields : nullptr;
    } else if (!f.propPath.isEmpty()) {
        where += QStringLiteral(" \u203a ") + tr("Page settings");
    }
    if (!f.propPath.isEmpty())
        where +=
            QStringLiteral(" \u203a ") + (fields ? fieldLabels(*fields, f.propPath) : f.propPath);
    return where;
}

void PublishDialog::fillFindings()
{
    const QString current = m_findings->currentItem() ? m_findings->currentItem()->text(1) +
                                                            m_findings->currentItem()->text(2)
                                                      : QString();
    m_findings->clear();
    const int errors = m_report.errorCount();
    const int warnings = m_report.warningCount();
    QFont bold = m_findings->font();
    bold.setBold(true);
    auto header = [&](const QString &text, const QIcon &icon) {
        auto *item = new QTreeWidgetItem(m_findings, {text});
        item->setFirstColumnSpanned(true);
        item->setIcon(0, icon);
        item->setFont(0, bold);
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(0, kFindingRole, -1);
    };
    auto kindName = [this](const PublishFinding &f) {
        switch (f.kind) {
        case PublishFinding::Kind::Validation:
            return f.severity == PublishFinding::Severity::Error ? tr("Invalid value")
                                                                 : tr("Validation");
        case PublishFinding::Kind::BrokenLink:
            return tr("Broken link");
        case PublishFinding::Kind::MissingAlt:
            return tr("No alt text");
        case PublishFinding::Kind::EmptyPage:
            return tr("Empty page");
        case PublishFinding::Kind::PlanLimit:
            return tr("Plan limit");
        }
        return QString();
    };
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int pass = 0; pass < 2; ++pass) {
        const bool errorPass = pass == 0;
        const int count = errorPass ? errors : warnings;
        if (count == 0)
            continue;
        header(errorPass ? tr("%n error(s) \u2014 these block publishing", nullptr, count)
                         : tr("%n warning(s) \u2014 worth a look, publishing still works", nullptr,
                              count),
               errorPass ? errorIcon : warningIcon);
        for (int i = 0; i < m_report.findings.size(); ++i) {
            const PublishFinding &f = m_report.findings.at(i);
            if ((f.severity == PublishFinding::Severity::Error) != errorPass)
                continue;
            auto *item = new QTreeWidgetItem(
                m_findings, {QStringLiteral("    ") + kindName(f), f.message, findingWhere(f)});
            item->setData(0, kFindingRole, i);
            item->setToolTip(1, f.message);
            item->setToolTip(2, findingWhere(f));
            if (!f.pageId.isEmpty())
                item->setToolTip(0, tr("Double-click to go to it"));
            if (item->text(1) + item->text(2) == current)
                m_findings->setCurrentItem(item);
        }
    }
    // Nothing (or a warning while there are errors) selected: the first finding, errors first.
    const QTreeWidgetItem *now = m_findings->currentItem();
    const int nowIndex = now ? now->data(0, kFindingRole).toInt() : -1;
    if (nowIndex < 0 ||
        (errors > 0 && m_report.findings.at(nowIndex).severity != PublishFinding::Severity::Error))
        for (int i = 0; i < m_findings->topLevelItemCount(); ++i)
            if (m_findings->topLevelItem(i)->data(0, kFindingRole).toInt() >= 0) {
                m_findings->setCurrentItem(m_findings->topLevelItem(i));
                break;
            }
    if (m_report.findings.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_findings,
                                         {tr("No problems found: the site is ready to publish.")});
        item->setFirstColumnSpanned(true);
        item->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(0, kFindingRole, -1);
    }

    const QString good = colour(true);
    const QString bad = colour(false);
    if (errors > 0)
        m_summary->setText(
            QStringLiteral("<span style=\"color:%1\"><b>%2</b></span> %3")
                .arg(bad, tr("%n error(s) block publishing.", nullptr, errors).toHtmlEscaped(),
                     tr("Fix them (Go to block shows where), then publish.").toHtmlEscaped()));
    else if (warnings > 0)
        m_summary->setText(
            QStringLiteral("<span style=\"color:%1\"><b>%2</b></span> %3")
                .arg(good, tr("Ready to publish.").toHtmlEscaped(),
                     tr("%n warning(s) below never block publishing.", nullptr, warnings)
                         .toHtmlEscaped()));
    else
        m_summary->setText(QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                               .arg(good, tr("Ready to publish.").toHtmlEscaped()));

    QString limits = m_limitsNote;
    if (m_limits && m_report.limitsChecked) {
        limits = m_limits->storageUsed >= 0
                     ? tr("Plan limits checked: this site's assets take %1; the account "
                          "stores %2 of the %3 its %4 plan allows.")
                           .arg(dataSize(m_report.assetBytes), dataSize(m_limits->storageUsed),
                                dataSize(m_limits->storageBytes), m_limits->tier)
                     : tr("Plan limits checked: this site's assets take %1 of the %2 the %3 "
                          "plan allows.")
                           .arg(dataSize(m_report.assetBytes), dataSize(m_limits->storageBytes),
                                m_limits->tier);
    }
    m_limitsLabel->setText(limits);
    updateButtons();
}

QString PublishDialog::colour(bool good) const
{
    // Green and red that read well on the palette's window colour (light or dark).
    return statusColorName(good ? StatusColor::Success : StatusColor::Error, palette());
}

void PublishDialog::goToFinding(int index)
{
    if (index < 0 || index >= m_report.findings.size())
        return;
    const PublishFinding &f = m_report.findings.at(index);
    if (f.pageId.isEmpty())
        return;
    emit goToRequested(f.pageId, f.blockId, f.propPath);
}

void PublishDialog::updateButtons()
{
    m_publish->setEnabled(!m_publishing && !m_report.blocksPublish());
    m_publish->setText(m_steps[size_t(Step::Live)] == StepState::Done ? tr("&Publish again")
                                                                      : tr("&Publish"));
    m_recheck->setEnabled(!m_publishing);
    const QTreeWidgetItem *item = m_findings->currentItem();
    const int index = item ? item->data(0, kFindingRole).toInt() : -1;
    m_goTo->setEnabled(index >= 0 && index < m_report.findings.size() &&
                       !m_report.findings.at(index).pageId.isEmpty());
}

void PublishDialog::setStep(Step step, StepState state, const QString &text)
{
    // Reaching a step completes the ones before it (a sync with nothing to push skips them).
    if (state == StepState::Running || state == StepState::Done)
        for (size_t i = 0; i < size_t(step); ++i)
            if (m_steps[i] != StepState::Done)
                m_steps[i] = StepState::Done;
    m_steps[size_t(step)] = state;
    if (!text.isEmpty())
        m_stepLabel[size_t(step)]->setText(text);
    updateSteps();
}

void PublishDialog::updateSteps()
{
    const QString good = colour(true);
    const QString bad = colour(false);
    const QString running = palette().color(QPalette::Highlight).name();
    const QString pending = palette().color(QPalette::PlaceholderText).name();
    int done = 0;
    for (size_t i = 0; i < m_steps.size(); ++i) {
        QString glyph, colour;
        switch (m_steps[i]) {
        case StepState::Pending:
            glyph = QStringLiteral("\u25cb");
            colour = pending;
            break;
        case StepState::Running:
            glyph = QStringLiteral("\u25b6");
            colour = running;
            break;
        case StepState::Done:
            glyph = QStringLiteral("\u2713");
            colour = good;
            ++done;
            break;
        case StepState::Failed:
            glyph = QStringLiteral("\u2717");
            colour = bad;
            break;
        }
        m_stepIcon[i]->setText(QStringLiteral("<b style=\"color:%1\">%2</b>").arg(colour, glyph));
        if (m_stepLabel[i]->text().isEmpty() || m_steps[i] == StepState::Pending)
            m_stepLabel[i]->setText(m_stepText[i]);
        m_stepLabel[i]->setEnabled(m_steps[i] != StepState::Pending);
        QFont f = m_stepLabel[i]->font();
        f.setBold(m_steps[i] == StepState::Running);
        m_stepLabel[i]->setFont(f);
        const QString state = m_steps[i] == StepState::Done      ? tr("done")
                              : m_steps[i] == StepState::Running ? tr("in progress")
                              : m_steps[i] == StepState::Failed  ? tr("failed")
                                                                 : tr("not started");
        m_stepLabel[i]->setAccessibleName(tr("%1: %2").arg(m_stepText[i], state));
    }
    if (m_steps[size_t(Step::UploadingAssets)] == StepState::Running) {
        // "n/m" files: part of the upload step's share.
        const QStringList nm =
            m_stepLabel[size_t(Step::UploadingAssets)]->property("nm").toString().split(
                QLatin1Char('/'));
        if (nm.size() == 2 && nm.at(1).toInt() > 0)
            m_progress->setValue(done * 20 + 20 * nm.at(0).toInt() / nm.at(1).toInt());
        else
            m_progress->setValue(done * 20);
    } else {
        m_progress->setValue(done * 20);
    }
    updateButtons();
}

QString PublishDialog::profileName() const
{
    auto q = m_store.cache().exec(
        QStringLiteral("SELECT p.name FROM workspaces w JOIN profiles p ON p.id = w.profile_id "
                       "WHERE w.id = ?"),
        {m_doc->id});
    if (q && q->next())
        return q->value(0).toString();
    q = m_store.cache().exec(QStringLiteral("SELECT name FROM profiles ORDER BY name LIMIT 1"));
    return q && q->next() ? q->value(0).toString() : QString();
}

SignInDialog *PublishDialog::showSignIn()
{
    if (!m_sync)
        return nullptr;
    auto *dialog = findChild<SignInDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new SignInDialog(m_store.cache(), m_sync->dataDir(), this);
        connect(dialog, &SignInDialog::signedIn, this, [this] {
            m_signIn->hide();
            startPublish();
        });
    }
    dialog->open();
    return dialog;
}

void PublishDialog::fail(const QString &message, const QString &whatToDo, bool offerSignIn)
{
    m_signIn->setVisible(offerSignIn && m_sync);
    m_publishing = false;
    m_error = message;
    for (size_t i = 0; i < m_steps.size(); ++i)
        if (m_steps[i] == StepState::Running)
            m_steps[i] = StepState::Failed;
    updateSteps();
    m_result->setText(QStringLiteral("<p style=\"color:%1\"><b>%2</b></p><p>%3</p>")
                          .arg(colour(false), message.toHtmlEscaped(), whatToDo.toHtmlEscaped()));
    m_result->show();
    emit publishFailed(message);
}

bool PublishDialog::startPublish()
{
    if (m_publishing)
        return false;
    m_url.clear();
    m_result->hide();
    m_signIn->hide();
    m_steps.fill(StepState::Pending);
    for (QLabel *l : m_stepLabel)
        l->clear();
    updateSteps();
    runCheck();
    if (m_report.blocksPublish()) {
        const int errors = m_report.errorCount();
        bool onlyValidation = true;
        for (const PublishFinding &f : m_report.findings)
            if (f.severity == PublishFinding::Severity::Error &&
                f.kind != PublishFinding::Kind::Validation)
                onlyValidation = false;
        fail(onlyValidation ? tr("%n validation error(s) block publishing.", nullptr, errors)
                            : tr("%n error(s) block publishing.", nullptr, errors),
             tr("Fix the errors listed above (select one and press Go to block to see where), "
                "then publish."));
        return false;
    }
    if (!m_sync) {
        fail(tr("Publishing needs the site manager's sync service."),
             tr("Open the site from the site manager and publish from there."));
        return false;
    }
    const QString profile = profileName();
    if (profile.isEmpty()) {
        fail(tr("You are not signed in to a server."),
             tr("Sign in first (Sign In… here or in the site manager); the publish goes on."),
             true);
        return false;
    }
    // A publish still queued from before (offline) would go out ahead of the edits made since:
    // replace it with one at the end of the queue.
    if (!m_sync->isRunning())
        (void)m_store.cache().exec(
            QStringLiteral("DELETE FROM outbox WHERE state = 'pending' AND op_json LIKE "
                           "'%\"op\":\"publish\"%' AND entity_id IN (SELECT id FROM "
                           "customizations WHERE workspace_id = ?)"),
            {m_doc->id});
    if (auto queued = m_store.queuePublish(m_doc->id); !queued) {
        fail(tr("The publish could not be queued: %1").arg(queued.error().toString()),
             tr("Check that the disk is not full and the data folder is writable, then publish "
                "again."));
        return false;
    }
    m_publishing = true;
    m_error.clear();
    m_lastReport = {};
    m_lastSyncError.clear();
    setStep(Step::Saved, StepState::Done, tr("Saved \u2014 every edit is in the local cache"));
    setStep(Step::SyncingEdits, StepState::Running);
    sync::SyncEngine::Options options;
    options.onlyWorkspace = m_doc->id; // this site's edits and publish; the pull brings the rest
    m_sync->requestSync(profile, options);
    return true;
}

void PublishDialog::onProgress(const QString &, sync::SyncEngine::Step step, const QString &detail)
{
    if (!m_publishing)
        return;
    using S = sync::SyncEngine::Step;
    switch (step) {
    case S::PushingEdits:
        if (m_steps[size_t(Step::SyncingEdits)] != StepState::Done)
            setStep(Step::SyncingEdits, StepState::Running);
        break;
    case S::UploadingAssets: {
        QLabel *label = m_stepLabel[size_t(Step::UploadingAssets)];
        label->setProperty("nm", detail);
        const QStringList nm = detail.split(QLatin1Char('/'));
        setStep(Step::UploadingAssets, StepState::Running,
                nm.size() == 2 ? tr("Uploading assets (%1 of %2)").arg(nm.at(0), nm.at(1))
                               : tr("Uploading assets"));
        break;
    }
    case S::Publishing:
        if (m_steps[size_t(Step::UploadingAssets)] == StepState::Running &&
            m_stepLabel[size_t(Step::UploadingAssets)]->property("nm").toString().isEmpty())
            m_stepLabel[size_t(Step::UploadingAssets)]->setText(
                tr("Uploading assets \u2014 nothing new to upload"));
        setStep(Step::Publishing, StepState::Running);
        break;
    case S::Pulling:
        break;
    }
}

void PublishDialog::onFinished(const QString &, const sync::SyncReport &report,
                               const QString &error)
{
    if (!m_publishing)
        return;
    m_lastReport = report;
    m_lastSyncError = error;
    // Another sync may have been queued before ours: wait until the service is idle.
    QTimer::singleShot(0, this, [this] {
        if (m_publishing && m_sync && !m_sync->isRunning())
            conclude();
    });
}

void PublishDialog::conclude()
{
    auto pending = m_store.publishPending(m_doc->id);
    if (pending && !*pending) {
        m_publishing = false;
        m_url = m_liveUrl ? m_liveUrl() : QString();
        setStep(Step::Live, StepState::Done,
                m_url.isEmpty() ? tr("Live") : tr("Live at %1").arg(QUrl(m_url).host()));
        m_progress->setValue(100);
        m_result->setText(
            QStringLiteral("<p><b style=\"color:%1\">%2</b></p><p><a href=\"%3\">%4</a></p>")
                .arg(colour(true), tr("The site is live.").toHtmlEscaped(), m_url.toHtmlEscaped(),
                     m_url.toHtmlEscaped()));
        m_result->setToolTip(tr("Opens the live site in your browser"));
        m_result->show();
        updateButtons();
        emit published(m_url);
        return;
    }
    // Still queued or refused: say why and what to do.
    QString parkedWhy;
    auto parked = m_store.cache().exec(
        QStringLiteral("SELECT o.last_error FROM outbox o JOIN customizations c ON c.id = "
                       "o.entity_id WHERE c.workspace_id = ? AND o.state = 'parked' "
                       "ORDER BY o.seq LIMIT 1"),
        {m_doc->id});
    if (parked && parked->next())
        parkedWhy = parked->value(0).toString();
    const QString messages = m_lastReport.messages.join(QLatin1Char('\n'));
    const QString all =
        m_lastSyncError + QLatin1Char('\n') + messages + QLatin1Char('\n') + parkedWhy;
    if (!parkedWhy.isEmpty()) {
        // A refused publish is not retried; drop it so the next publish (after the fix) can go.
        (void)m_store.cache().exec(
            QStringLiteral("DELETE FROM outbox WHERE state = 'parked' AND op_json LIKE "
                           "'%\"op\":\"publish\"%' AND entity_id IN (SELECT id FROM "
                           "customizations WHERE workspace_id = ?)"),
            {m_doc->id});
    }
    if (all.contains(QLatin1String("plan_limit")) || all.contains(QLatin1String("HTTP 403"))) {
        fail(tr("The publish would exceed your plan's limits."),
             tr("Upgrade the plan, or remove images and files the site no longer needs, then "
                "publish again. The server said: %1")
                 .arg(parkedWhy.isEmpty() ? messages : parkedWhy));
    } else if (all.contains(QLatin1String("HTTP 422"))) {
        runCheck();
        fail(tr("The server refused the site."),
             tr("Fix the errors it lists, then publish again. The server said: %1").arg(parkedWhy));
    } else if (all.contains(QLatin1String("new login")) ||
               all.contains(QLatin1String("not logged in")) ||
               all.contains(QLatin1String("sign in"), Qt::CaseInsensitive) ||
               all.contains(QLatin1String("credential"), Qt::CaseInsensitive) ||
               all.contains(QLatin1String("no profile"))) {
        fail(tr("You are not signed in to the server (or the login expired)."),
             tr("Sign in again (Sign In… here or in the site manager). The publish stays queued."),
             true);
    } else if (all.contains(QLatin1String("unreachable")) ||
               (!m_lastSyncError.isEmpty() && m_lastReport.requests == 0)) {
        fail(tr("You are offline."),
             tr("The publish is queued and goes out when the connection is back."));
    } else {
        fail(tr("Not published yet."),
             tr("The publish stays queued and goes out with the next sync. Details: %1")
                 .arg((m_lastSyncError + QLatin1Char(' ') + messages).trimmed()));
    }
}

} // namespace ss::ui
