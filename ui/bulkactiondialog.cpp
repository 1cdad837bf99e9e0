#include "bulkactiondialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ss::ui {

namespace {
enum Icon
{
    Waiting,
    Running,
    Ok,
    Failed
};
} // namespace

BulkActionDialog::BulkActionDialog(const QString &title, const QList<Site> &sites, Step step,
                                   QWidget *parent)
    : QDialog(parent)
    , m_sites(sites)
    , m_step(std::move(step))
    , m_list(new QTreeWidget)
    , m_progress(new QProgressBar)
    , m_summary(new QLabel)
    , m_stop(new QPushButton(tr("&Stop")))
    , m_close(new QPushButton(tr("&Close")))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(620, 420);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Site"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Progress per site"));
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (const Site &s : m_sites) {
        auto *item = new QTreeWidgetItem(m_list, {s.name, tr("Waiting")});
        item->setData(0, Qt::UserRole, s.id);
        item->setIcon(1, style()->standardIcon(QStyle::SP_TitleBarShadeButton));
    }
    m_progress->setRange(0, int(m_sites.size()));
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Overall progress"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("%n site(s) to go.", nullptr, int(m_sites.size())));
    m_close->setEnabled(false);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_stop, QDialogButtonBox::RejectRole);
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);
    connect(m_stop, &QPushButton::clicked, this, &BulkActionDialog::stop);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
}

void BulkActionDialog::start()
{
    runNext();
}

void BulkActionDialog::stop()
{
    m_stopped = true;
    m_stop->setEnabled(false);
    for (int i = m_next; i < m_sites.size(); ++i)
        setRow(i, tr("Skipped (stopped)"), Waiting);
}

void BulkActionDialog::setRow(int row, const QString &status, int icon)
{
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    if (!item)
        return;
    item->setText(1, status);
    item->setToolTip(1, status);
    static const QStyle::StandardPixmap pixmaps[] = {
        QStyle::SP_TitleBarShadeButton, QStyle::SP_BrowserReload, QStyle::SP_DialogApplyButton,
        QStyle::SP_MessageBoxCritical};
    item->setIcon(1, style()->standardIcon(pixmaps[icon]));
}

void BulkActionDialog::runNext()
{
    if (m_stopped || m_next >= m_sites.size()) {
        m_finished = true;
        m_stop->setEnabled(false);
        m_close->setEnabled(true);
        m_close->setDefault(true);
        m_summary->setText(summary());
        emit finished();
        return;
    }
    const int row = m_next++;
    setRow(row, tr("Working…"), Running);
    m_list->scrollToItem(m_list->topLevelItem(row));
    QPointer<BulkActionDialog> self(this);
    auto called = std::make_shared<bool>(false);
    m_step(m_sites.at(row), [self, row, called](bool ok, const QString &message) {
        if (!self || *called)
            return;
        *called = true;
        const QString text = message.isEmpty() ? (ok ? tr("Done") : tr("Failed")) : message;
        ok ? ++self->m_ok : ++self->m_failed;
        if (!ok)
            self->m_failures.insert(row, text);
        self->setRow(row, text, ok ? Ok : Failed);
        self->m_progress->setValue(self->m_ok + self->m_failed);
        // Next site from the event loop, so a synchronous step does not recurse.
        QMetaObject::invokeMethod(self, &BulkActionDialog::runNext, Qt::QueuedConnection);
    });
}

QString BulkActionDialog::summary() const
{
    QString text = tr("%1 of %n site(s) done.", nullptr, int(m_sites.size())).arg(m_ok);
    if (m_failed == 0)
        return text;
    QStringList lines{text, tr("%n failed:", nullptr, m_failed)};
    for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it)
        lines << QStringLiteral("• %1: %2").arg(m_sites.at(it.key()).name, it.value());
    return lines.join(QLatin1Char('\n'));
}

QString BulkActionDialog::statusOf(const QString &siteId) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == siteId)
            return m_list->topLevelItem(i)->text(1);
    return {};
}

} // namespace ss::ui
