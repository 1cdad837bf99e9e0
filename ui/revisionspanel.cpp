#include "revisionspanel.h"
#include "widgetutil.h"

#include "theme.h"

#include "assetstore.h"
#include "json.h"
#include "localcache.h"
#include "page.h"
#include "previewview.h"
#include "puckcodec.h"
#include "remotesession.h"
#include "sitedocument.h"
#include "themepackage.h"

#include <QCborArray>
#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace ss::ui {

namespace {

enum Role
{
    RevisionRole = Qt::UserRole,
    LiveRole,
    BlockRole,
};

// The colours of the outlines drawn into the renders (over the site's own page colours, so
// they are fixed, mid-tone colours that read on light and dark pages), also the legend's markers.
const char *const kChanged = "#d97706";
const char *const kRemoved = "#dc2626";
const char *const kAdded = "#16a34a";
const char *const kMoved = "#2563eb";

QIcon dot(const QColor &color)
{
    // One pixmap per device pixel ratio: crisp on 1x, 1.5x/2x and 3x screens.
    QIcon icon;
    for (const int dpr : {1, 2, 3}) {
        QPixmap pm(24 * dpr, 24 * dpr);
        pm.setDevicePixelRatio(dpr);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRectF(6, 6, 12, 12));
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

QString when(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}

QString legend()
{
    const auto item = [](const char *color, const QString &text) {
        return QStringLiteral("<span style='color:%1'>&#9679;</span>&nbsp;%2")
            .arg(QLatin1String(color), text.toHtmlEscaped());
    };
    return QStringList{item(kChanged, RevisionsPanel::tr("changed")),
                       item(kRemoved, RevisionsPanel::tr("removed")),
                       item(kAdded, RevisionsPanel::tr("added")),
                       item(kMoved, RevisionsPanel::tr("moved"))}
        .join(QStringLiteral("&nbsp;&nbsp;&nbsp;"));
}

// Runs in the preview's script world (the canvas script's ssFind is there): frames the blocks
// named in `marks` ({id: kind}) with a labelled box on a layer above the page, and answers how
// many it found. Boxes on their own layer, not styles on the blocks, so no theme CSS (pseudo
// elements, stacking, overflow) can hide them or be disturbed; they follow layout changes.
const QString kHighlightScript = QStringLiteral(
    "(function (marks, names, colors) {"
    "  window.ssDiffMarks = marks;"
    "  window.ssDiffNames = names;"
    "  window.ssDiffColors = colors;"
    "  if (!window.ssDiffLayout) {"
    "    window.ssDiffLayout = function () {"
    "      var layer = document.getElementById('ss-diff-layer');"
    "      if (!layer) {"
    "        layer = document.createElement('div');"
    "        layer.id = 'ss-diff-layer';"
    "        layer.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;' +"
    "          'pointer-events:none;z-index:2147483646';"
    "        document.documentElement.appendChild(layer);"
    "      }"
    "      layer.textContent = '';"
    "      var found = 0;"
    "      Object.keys(window.ssDiffMarks).forEach(function (id) {"
    "        var n = window.ssFind ? window.ssFind(id) : null;"
    "        if (!n) return;"
    "        found++;"
    "        var kind = window.ssDiffMarks[id];"
    "        var color = window.ssDiffColors[kind];"
    "        var r = n.getBoundingClientRect();"
    "        var box = document.createElement('div');"
    "        box.style.cssText = 'position:absolute;box-sizing:border-box;border-radius:4px;' +"
    "          'left:' + (r.left + window.scrollX) + 'px;top:' + (r.top + window.scrollY) +"
    "          'px;width:' + r.width + 'px;height:' + Math.max(r.height, 8) + 'px;' +"
    "          'border:3px ' + (kind === 'removed' ? 'dashed ' : kind === 'moved' ?"
    "          'dotted ' : 'solid ') + color;"
    "        var tag = document.createElement('span');"
    "        tag.textContent = window.ssDiffNames[kind];"
    "        tag.style.cssText = 'position:absolute;top:0;right:0;color:#fff;' +"
    "          'font:600 11px/18px system-ui,sans-serif;padding:0 8px;' +"
    "          'border-bottom-left-radius:6px;background:' + color;"
    "        box.appendChild(tag);"
    "        layer.appendChild(box);"
    "      });"
    "      return found;"
    "    };"
    "    new ResizeObserver(function () { window.ssDiffLayout(); })"
    "      .observe(document.documentElement);"
    "  }"
    "  return window.ssDiffLayout();"
    "})(%1, %2, %3)");

} // namespace

RevisionsPanel::RevisionsPanel(SiteDocument *doc, std::shared_ptr<const ThemePackage> theme,
                               LocalCache &cache, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_doc(doc)
    , m_theme(std::move(theme))
    , m_cache(cache)
    , m_dataDir(QFileInfo(cache.path()).absolutePath())
    , m_assets(std::make_unique<AssetStore>(cache, m_dataDir))
{
    setObjectName(QStringLiteral("revisionsPanel"));
    setWindowTitle(tr("Revision history \u2014 %1").arg(doc->name));
    setAccessibleName(tr("Revision history"));
    m_session = new sync::RemoteSession(m_dataDir, doc->id, this);

    // ---- left: the revisions ----
    auto *listTitle = new QLabel(tr("Revisions"));
    QFont heading = listTitle->font();
    heading.setBold(true);
    listTitle->setFont(heading);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("revisionList"));
    m_list->setAccessibleName(tr("Revisions"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Revision"), tr("Saved"), tr("Size"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RevisionsPanel::onRevisionChosen);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("revisionsMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Revision history status"));
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageIcon = new QLabel;
    m_messageIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_messageIcon->setAlignment(Qt::AlignTop);
    m_messageBox = new QFrame;
    m_messageBox->setFrameShape(QFrame::StyledPanel);
    auto *messageLayout = new QHBoxLayout(m_messageBox);
    messageLayout->setContentsMargins(8, 8, 8, 8);
    messageLayout->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(m_message, 1);
    m_messageBox->hide();
    auto *refreshButton = new QPushButton(tr("&Refresh"));
    refreshButton->setAccessibleName(tr("Refresh the revision list"));
    refreshButton->setShortcut(QKeySequence::Refresh);
    connect(refreshButton, &QPushButton::clicked, this, &RevisionsPanel::refresh);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->addWidget(listTitle);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_messageBox);
    leftLayout->addWidget(refreshButton, 0, Qt::AlignLeft);

    // ---- right: the comparison ----
    m_pages = new QComboBox;
    m_pages->setAccessibleName(tr("Page to compare"));
    m_pages->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_pages, &QComboBox::activated, this,
            [this](int i) { showOldPage(m_pages->itemData(i).toString()); });
    auto *pageLabel = new QLabel(tr("Pa&ge:"));
    pageLabel->setBuddy(m_pages);
    m_summary = new QLabel;
    m_summary->setAccessibleName(tr("Summary of the differences"));
    auto *legendLabel = new QLabel(legend());
    legendLabel->setAccessibleName(tr("Legend"));
    m_restorePage = new QPushButton(tr("Restore &page"));
    m_restorePage->setAccessibleName(tr("Restore the whole page from this revision"));
    m_restorePage->setToolTip(
        tr("Replace this page's blocks with the revision's (one step, Ctrl+Z undoes it)"));
    connect(m_restorePage, &QPushButton::clicked, this, &RevisionsPanel::restorePage);
    auto *bar = new QHBoxLayout;
    bar->addWidget(pageLabel);
    bar->addWidget(m_pages);
    bar->addSpacing(12);
    bar->addWidget(m_summary);
    bar->addStretch();
    bar->addWidget(legendLabel);
    bar->addSpacing(12);
    bar->addWidget(m_restorePage);

    m_oldTitle = new QLabel;
    m_oldTitle->setFont(heading);
    m_currentTitle = new QLabel(tr("Working copy"));
    m_currentTitle->setFont(heading);
    m_currentPreview = new PreviewView(doc, m_theme, [this](const QString &name) {
        auto data = m_assets->read(name);
        return data ? *data : QByteArray();
    });
    m_currentPreview->setAccessibleName(tr("Working copy preview"));
    connect(m_currentPreview, &PreviewView::loaded, this,
            [this] { highlight(m_currentPreview, false); });
    connect(m_currentPreview, &PreviewView::patched, this,
            [this] { highlight(m_currentPreview, false); });
    connect(m_currentPreview, &PreviewView::blockClicked, this, &RevisionsPanel::selectDifference);
    auto *oldColumn = new QWidget;
    auto *oldLayout = new QVBoxLayout(oldColumn);
    oldLayout->setContentsMargins(0, 0, 0, 0);
    oldLayout->addWidget(m_oldTitle);
    oldColumn->setObjectName(QStringLiteral("oldColumn"));
    auto *currentColumn = new QWidget;
    auto *currentLayout = new QVBoxLayout(currentColumn);
    currentLayout->setContentsMargins(0, 0, 0, 0);
    currentLayout->addWidget(m_currentTitle);
    currentLayout->addWidget(m_currentPreview, 1);
    m_previews = new QSplitter;
    m_previews->addWidget(oldColumn);
    m_previews->addWidget(currentColumn);
    m_previews->setChildrenCollapsible(false);

    m_diffList = new QTreeWidget;
    m_diffList->setObjectName(QStringLiteral("differenceList"));
    m_diffList->setAccessibleName(tr("Differences"));
    m_diffList->setColumnCount(2);
    m_diffList->setHeaderLabels({tr("Block"), tr("Difference")});
    m_diffList->setRootIsDecorated(false);
    m_diffList->setUniformRowHeights(true);
    m_diffList->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_diffList->header()->resizeSection(0, 320);
    connect(m_diffList, &QTreeWidget::itemSelectionChanged, this,
            &RevisionsPanel::onDifferenceSelected);
    m_restoreBlock = new QPushButton(tr("Restore &block"));
    m_restoreBlock->setAccessibleName(tr("Restore the selected block from this revision"));
    m_restoreBlock->setEnabled(false);
    connect(m_restoreBlock, &QPushButton::clicked, this, &RevisionsPanel::restoreSelectedBlock);
    m_status = new QLabel;
    m_status->setAccessibleName(tr("Last action"));
    m_status->setWordWrap(true);
    auto *diffBar = new QHBoxLayout;
    diffBar->addWidget(m_status, 1);
    diffBar->addWidget(m_restoreBlock);
    auto *diffPane = new QWidget;
    auto *diffLayout = new QVBoxLayout(diffPane);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    auto *diffTitle = new QLabel(tr("&Differences"));
    diffTitle->setFont(heading);
    diffTitle->setBuddy(m_diffList);
    diffLayout->addWidget(diffTitle);
    diffLayout->addWidget(m_diffList, 1);
    diffLayout->addLayout(diffBar);

    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(m_previews);
    vertical->addWidget(diffPane);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);
    vertical->setSizes({560, 220});

    auto *compare = new QWidget;
    auto *compareLayout = new QVBoxLayout(compare);
    compareLayout->setContentsMargins(6, 0, 0, 0);
    compareLayout->addLayout(bar);
    compareLayout->addWidget(vertical, 1);

    m_placeholder = new QLabel(tr("Choose a revision to compare it with your working copy."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false); // the palette's disabled text: a quiet hint
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(compare);

    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(m_stack);
    split->setStretchFactor(1, 1);
    split->setSizes({380, 1060});
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    auto *close = new QShortcut(QKeySequence::Cancel, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);

    connect(doc, &SiteDocument::changed, this, [this] {
        // Edits come in bursts (a restore is several ops): compare once they are all applied.
        if (m_recomputeQueued)
            return;
        m_recomputeQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_recomputeQueued = false;
            recompute();
        });
    });
    resize(1440, 880);
    refresh();
}

RevisionsPanel::~RevisionsPanel()
{
    detachChildSignals(this);
}

void RevisionsPanel::refresh()
{
    if (!m_doc)
        return;
    setMessage(tr("Loading revisions\u2026"), false);
    m_session->get(
        QStringLiteral("/api/v1/customizations/%1/revisions").arg(m_doc->customizationId),
        [this](const sync::HttpReply &r) { onRevisions(r); }, this);
}

void RevisionsPanel::onRevisions(const sync::HttpReply &reply)
{
    if (!reply.ok()) {
        QString why;
        if (reply.status == 0)
            why = reply.networkError.isEmpty() ? tr("The server cannot be reached.")
                                               : reply.networkError;
        else if (reply.status == 404)
            why = tr("The server does not have this site yet: sync it first.");
        else if (reply.status == 401)
            why = tr("The server asks you to sign in again.");
        else
            why = tr("The server answered %1: %2").arg(reply.status).arg(reply.errorMessage());
        loadCachedRevisions(why);
        return;
    }
    m_online = true;
    const qint64 keep = m_list->currentItem()
                            ? m_list->currentItem()->data(0, RevisionRole).toLongLong()
                            : m_wantedRevision;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const QCborValue &v : reply.json().value(QStringLiteral("revisions")).toArray()) {
        const QCborMap m = v.toMap();
        const qint64 n = m.value(QStringLiteral("revision")).toInteger();
        QTreeWidgetItem *item = addRevision(n, m.value(QStringLiteral("created_at")).toString(),
                                            m.value(QStringLiteral("size")).toInteger(-1),
                                            m.value(QStringLiteral("published")).toBool());
        if (n == keep)
            m_list->setCurrentItem(item);
    }
    markLatest();
    setMessage(m_list->topLevelItemCount() == 0 ? tr("No revisions on the server yet.") : QString(),
               false);
    emit revisionsLoaded();
}

// Offline (or not signed in): the numbers, dates and live marker the last sync stored. The
// documents stay on the server, so an old revision cannot be shown until it is reachable.
void RevisionsPanel::loadCachedRevisions(const QString &why)
{
    m_online = false;
    const QSignalBlocker block(m_list);
    m_list->clear();
    auto q = m_cache.exec(QStringLiteral("SELECT revision, created_at, message FROM revisions "
                                         "WHERE customization_id = ? ORDER BY revision DESC"),
                          {m_doc ? m_doc->customizationId : QString()});
    while (q && q->next())
        addRevision(q->value(0).toLongLong(), q->value(1).toString(), -1,
                    q->value(2).toString() == QLatin1String("published"));
    markLatest();
    const QString cached = m_list->topLevelItemCount() > 0
                               ? tr("Showing the revisions known from the last sync.")
                               : tr("No revisions are known from earlier syncs.");
    setMessage(tr("<b>Offline</b> \u2014 %1<br>%2 Showing an old revision needs a connection to "
                  "the server.")
                   .arg(why.toHtmlEscaped(), cached),
               true);
    emit revisionsLoaded();
}

QTreeWidgetItem *RevisionsPanel::addRevision(qint64 n, const QString &createdAt, qint64 size,
                                             bool live)
{
    auto *item = new QTreeWidgetItem(m_list);
    item->setText(0, QString::number(n));
    item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(1, when(createdAt));
    item->setToolTip(1, createdAt);
    // The size is only known from the server (the cache keeps numbers and dates).
    item->setText(2, size >= 0 ? QLocale().formattedDataSize(size, 1, QLocale::DataSizeSIFormat)
                               : QStringLiteral("\u2014"));
    item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    item->setData(0, RevisionRole, n);
    item->setData(0, LiveRole, live);
    if (live) {
        item->setText(3, tr("Live"));
        item->setIcon(3, dot(statusColor(StatusColor::Success, palette())));
        QFont f = item->font(3);
        f.setBold(true);
        item->setFont(3, f);
        for (int c = 0; c < 4; ++c)
            item->setToolTip(c, tr("Revision %1 is the one the live site shows").arg(n));
    }
    return item;
}

// The newest revision is what the server holds now (the working copy may have edits that are not
// synced yet); say so unless it is the live one.
void RevisionsPanel::markLatest()
{
    QTreeWidgetItem *first = m_list->topLevelItem(0);
    if (!first || first->data(0, LiveRole).toBool())
        return;
    first->setText(3, tr("Latest"));
    for (int c = 0; c < 4; ++c)
        first->setToolTip(c, tr("The newest revision on the server; edits that are not synced yet "
                                "are only in the working copy"));
}

QList<qint64> RevisionsPanel::revisions() const
{
    QList<qint64> out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        out << m_list->topLevelItem(i)->data(0, RevisionRole).toLongLong();
    return out;
}

bool RevisionsPanel::selectRevision(qint64 n)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, RevisionRole).toLongLong() != n)
            continue;
        if (m_list->currentItem() == item)
            onRevisionChosen(); // again: fetch it again
        else
            m_list->setCurrentItem(item);
        return true;
    }
    return false;
}

void RevisionsPanel::onRevisionChosen()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !m_doc)
        return;
    const qint64 n = item->data(0, RevisionRole).toLongLong();
    m_wantedRevision = n;
    if (!m_online) {
        setStatus(tr("Revision %1 cannot be shown offline: its document is on the server.").arg(n));
        return;
    }
    setStatus(tr("Loading revision %1\u2026").arg(n));
    m_session->get(
        QStringLiteral("/api/v1/customizations/%1/revisions/%2").arg(m_doc->customizationId).arg(n),
        [this, n](const sync::HttpReply &r) { onRevisionDocument(n, r); }, this);
}

void RevisionsPanel::onRevisionDocument(qint64 n, const sync::HttpReply &reply)
{
    if (n != m_wantedRevision)
        return; // another revision was chosen meanwhile
    if (!reply.ok()) {
        setStatus(reply.status == 0
                      ? tr("Revision %1 cannot be loaded: %2").arg(n).arg(reply.networkError)
                      : tr("Revision %1 cannot be loaded: %2").arg(n).arg(reply.errorMessage()));
        if (reply.status == 0)
            loadCachedRevisions(reply.networkError);
        return;
    }
    auto doc = SiteDocument::fromJson(reply.json().value(QStringLiteral("document")));
    if (!doc) {
        setStatus(tr("Revision %1 cannot be read: %2").arg(n).arg(doc.error().toString()));
        return;
    }
    // A new render of the old side for each revision (a preview shows one document).
    delete m_oldPreview;
    m_oldPreview = nullptr;
    m_oldDoc = std::move(*doc);
    m_shownRevision = n;
    m_oldPreview = new PreviewView(m_oldDoc.get(), m_theme, [this](const QString &name) {
        auto data = m_assets->read(name);
        return data ? *data : QByteArray();
    });
    m_oldPreview->setAccessibleName(tr("Revision %1 preview").arg(n));
    connect(m_oldPreview, &PreviewView::loaded, this, [this] { highlight(m_oldPreview, true); });
    connect(m_oldPreview, &PreviewView::blockClicked, this, &RevisionsPanel::selectDifference);
    qobject_cast<QVBoxLayout *>(m_previews->widget(0)->layout())->addWidget(m_oldPreview, 1);
    const QString created = reply.json().value(QStringLiteral("created_at")).toString();
    m_oldTitle->setText(reply.json().value(QStringLiteral("published")).toBool()
                            ? tr("Revision %1 \u00b7 %2 \u00b7 live").arg(n).arg(when(created))
                            : tr("Revision %1 \u00b7 %2").arg(n).arg(when(created)));

    const QSignalBlocker block(m_pages);
    m_pages->clear();
    int pick = 0;
    const QString wanted = m_oldPageId.isEmpty() ? m_preferredPage : m_oldPageId;
    const Page *preferred = m_doc ? m_doc->page(wanted) : nullptr;
    for (const auto &page : m_oldDoc->pages()) {
        const QString title =
            page->title.isEmpty() ? page->slug : tr("%1 (%2)").arg(page->title, page->slug);
        m_pages->addItem(title, page->id);
        if (page->id == wanted || (preferred && page->id == preferred->id) ||
            (preferred && !m_oldDoc->page(preferred->id) && page->slug == preferred->slug))
            pick = m_pages->count() - 1;
    }
    m_pages->setCurrentIndex(pick);
    m_stack->setCurrentIndex(1);
    setStatus(QString());
    showOldPage(m_pages->itemData(pick).toString());
    emit revisionShown(n);
}

bool RevisionsPanel::selectPage(const QString &pageId)
{
    const int i = m_pages->findData(pageId);
    if (i < 0 || !m_oldDoc)
        return false;
    m_pages->setCurrentIndex(i);
    showOldPage(pageId);
    return true;
}

void RevisionsPanel::showOldPage(const QString &oldPageId)
{
    m_oldPageId = oldPageId;
    if (m_oldPreview)
        m_oldPreview->setPage(oldPageId);
    const Page *current = currentPage();
    m_currentPreview->setPage(current ? current->id : QString());
    m_currentTitle->setText(current ? tr("Working copy")
                                    : tr("Working copy \u2014 this page was deleted since"));
    recompute();
}

const Page *RevisionsPanel::oldPage() const
{
    return m_oldDoc ? m_oldDoc->page(m_oldPageId) : nullptr;
}

// The working copy's page for the shown old page: same id, else same address.
const Page *RevisionsPanel::currentPage() const
{
    const Page *old = oldPage();
    if (!old || !m_doc)
        return nullptr;
    if (const Page *p = m_doc->page(old->id))
        return p;
    return m_doc->pageBySlug(old->slug);
}

void RevisionsPanel::recompute()
{
    const Page *old = oldPage();
    const Page *current = currentPage();
    m_diff = old && current ? pagediff::diff(*old, *current) : PageDiff{};
    fillDifferences();
    if (m_oldPreview && m_oldPreview->isLoaded())
        highlight(m_oldPreview, true);
    if (m_currentPreview->isLoaded())
        highlight(m_currentPreview, false);
}

QString RevisionsPanel::blockLabel(const BlockDiff &d) const
{
    return d.blockId == QLatin1String("root") ? tr("Page settings") : d.label;
}

QString RevisionsPanel::changeText(const BlockDiff &d) const
{
    if (d.added)
        return tr("Added since revision %1").arg(m_shownRevision);
    if (d.removed)
        return tr("Removed since revision %1").arg(m_shownRevision);
    QStringList parts;
    if (d.moved)
        parts << (d.oldArea == d.newArea ? tr("Moved") : tr("Moved to another area"));
    if (d.propsChanged())
        parts << tr("Changed: %1").arg(d.changedProps.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

void RevisionsPanel::fillDifferences()
{
    const QString selected = m_diffList->currentItem()
                                 ? m_diffList->currentItem()->data(0, BlockRole).toString()
                                 : QString();
    {
        const QSignalBlocker block(m_diffList);
        m_diffList->clear();
        for (const BlockDiff &d : std::as_const(m_diff.blocks)) {
            auto *item = new QTreeWidgetItem(m_diffList);
            item->setText(0, blockLabel(d));
            item->setText(1, changeText(d));
            item->setToolTip(1, changeText(d));
            item->setData(0, BlockRole, d.blockId);
            const char *color = d.added            ? kAdded
                                : d.removed        ? kRemoved
                                : d.propsChanged() ? kChanged
                                                   : kMoved;
            item->setIcon(0, dot(QColor(QLatin1String(color))));
            if (d.blockId == selected)
                m_diffList->setCurrentItem(item);
        }
    }
    const Page *old = oldPage();
    const Page *current = currentPage();
    QStringList meta;
    for (const QString &field : m_diff.changedMeta)
        meta << (field == QLatin1String("title")  ? tr("title")
                 : field == QLatin1String("slug") ? tr("address")
                                                  : tr("description"));
    if (!old)
        m_summary->clear();
    else if (!current)
        m_summary->setText(tr("Deleted since revision %1").arg(m_shownRevision));
    else if (m_diff.isEmpty())
        m_summary->setText(tr("Same as the working copy"));
    else {
        QString text = tr("%n difference(s)", nullptr, int(m_diff.blocks.size()));
        if (!meta.isEmpty())
            text += tr(" \u00b7 page %1 changed").arg(meta.join(QStringLiteral(", ")));
        m_summary->setText(text);
    }
    m_restorePage->setEnabled(old && (!current || !m_diff.blocks.isEmpty()));
    m_restorePage->setText(current || !old ? tr("Restore &page") : tr("Bring &page back"));
    onDifferenceSelected();
}

void RevisionsPanel::onDifferenceSelected()
{
    QTreeWidgetItem *item = m_diffList->currentItem();
    const BlockDiff *d = item ? m_diff.find(item->data(0, BlockRole).toString()) : nullptr;
    m_restoreBlock->setEnabled(d != nullptr);
    m_restoreBlock->setText(d && d->added ? tr("Remove &block") : tr("Restore &block"));
    m_restoreBlock->setToolTip(
        d && d->added ? tr("This block is not in revision %1: remove it").arg(m_shownRevision)
                      : tr("Put this block back as it was in revision %1").arg(m_shownRevision));
    if (!d) {
        if (m_oldPreview)
            m_oldPreview->setSelectedBlock(QString());
        m_currentPreview->setSelectedBlock(QString());
        return;
    }
    if (m_oldPreview && !d->added)
        m_oldPreview->setSelectedBlock(d->blockId == QLatin1String("root") ? QString()
                                                                           : d->blockId);
    if (!d->removed)
        m_currentPreview->setSelectedBlock(d->blockId == QLatin1String("root") ? QString()
                                                                               : d->blockId);
}

void RevisionsPanel::highlight(PreviewView *view, bool oldSide)
{
    if (!view || !view->isLoaded())
        return;
    QJsonObject marks;
    for (const BlockDiff &d : std::as_const(m_diff.blocks)) {
        if (d.blockId == QLatin1String("root") || (oldSide && d.added) || (!oldSide && d.removed))
            continue;
        marks.insert(d.blockId, d.added            ? QStringLiteral("added")
                                : d.removed        ? QStringLiteral("removed")
                                : d.propsChanged() ? QStringLiteral("changed")
                                                   : QStringLiteral("moved"));
    }
    QJsonObject names{{QStringLiteral("changed"), tr("Changed")},
                      {QStringLiteral("removed"), tr("Removed")},
                      {QStringLiteral("added"), tr("Added")},
                      {QStringLiteral("moved"), tr("Moved")}};
    QJsonObject colors{{QStringLiteral("changed"), QLatin1String(kChanged)},
                       {QStringLiteral("removed"), QLatin1String(kRemoved)},
                       {QStringLiteral("added"), QLatin1String(kAdded)},
                       {QStringLiteral("moved"), QLatin1String(kMoved)}};
    const auto json = [](const QJsonObject &o) {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    const QString script = kHighlightScript.arg(json(marks), json(names), json(colors));
    const QPointer<PreviewView> guard(view);
    view->view()->page()->runJavaScript(
        script, QWebEngineScript::ApplicationWorld, [this, guard, oldSide](const QVariant &found) {
            if (!guard)
                return;
            (oldSide ? m_outlinedOld : m_outlinedCurrent) = found.toInt();
            emit outlined();
        });
}

bool RevisionsPanel::restoreBlock(const QString &blockId)
{
    const Page *old = oldPage();
    const Page *current = currentPage();
    const BlockDiff *d = m_diff.find(blockId);
    if (!old || !current || !m_doc || !d) {
        setStatus(tr("Nothing to restore."));
        return false;
    }
    const QString label = blockLabel(*d);
    const QString undoText =
        d->added ? tr("Remove %1 (not in revision %2)").arg(label).arg(m_shownRevision)
                 : tr("Restore %1 from revision %2").arg(label).arg(m_shownRevision);
    auto r = pagediff::restoreBlock(*m_doc, current->id, *old, blockId, undoText);
    if (!r) {
        setStatus(tr("Cannot restore %1: %2").arg(label, r.error().message));
        return false;
    }
    setStatus(
        tr("%1. %2 undoes it.")
            .arg(undoText, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    recompute();
    return true;
}

bool RevisionsPanel::selectDifference(const QString &blockId)
{
    for (int i = 0; i < m_diffList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_diffList->topLevelItem(i);
        if (item->data(0, BlockRole).toString() == blockId) {
            m_diffList->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

bool RevisionsPanel::restoreSelectedBlock()
{
    QTreeWidgetItem *item = m_diffList->currentItem();
    return item && restoreBlock(item->data(0, BlockRole).toString());
}

bool RevisionsPanel::restorePage()
{
    const Page *old = oldPage();
    if (!old || !m_doc) {
        setStatus(tr("Nothing to restore."));
        return false;
    }
    const Page *current = currentPage();
    Result<void> r;
    if (current) {
        r = pagediff::restorePage(*m_doc, current->id, *old);
    } else {
        // Deleted since: add it back with its address and title (fails if the address is taken).
        auto op = m_doc->makeAddPage(old->slug, old->title, puck::exportData(*old));
        r = op ? m_doc->perform(*op) : Result<void>(std::unexpected(op.error()));
    }
    if (!r) {
        setStatus(tr("Cannot restore the page: %1").arg(r.error().message));
        return false;
    }
    setStatus(tr("Restored the page \u201c%1\u201d from revision %2. %3 undoes it.")
                  .arg(old->title.isEmpty() ? old->slug : old->title)
                  .arg(m_shownRevision)
                  .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    if (!current)
        showOldPage(m_oldPageId);
    else
        recompute();
    return true;
}

void RevisionsPanel::setMessage(const QString &text, bool warning)
{
    m_message->setText(text);
    m_messageBox->setVisible(!text.isEmpty());
    m_messageIcon->setVisible(warning);
    m_messageBox->setFrameShape(warning ? QFrame::StyledPanel : QFrame::NoFrame);
}

QString RevisionsPanel::message() const
{
    return m_message->text();
}

void RevisionsPanel::setStatus(const QString &text)
{
    m_status->setText(text);
    // Before a revision is shown the comparison (and its status line) is hidden: say it there.
    if (m_stack->currentIndex() == 0)
        m_placeholder->setText(
            text.isEmpty() ? tr("Choose a revision to compare it with your working copy.") : text);
}

QString RevisionsPanel::statusText() const
{
    return m_status->text();
}

} // namespace ss::ui
