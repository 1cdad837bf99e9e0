#include "conflictsdialog.h"
#include "widgetutil.h"

#include "json.h"
#include "localcache.h"
#include "page.h"
#include "puckcodec.h"
#include "renderer.h"
#include "sitedocument.h"
#include "sitestore.h"
#include "themepackage.h"
#include "urlpolicy.h"

#include <QCborArray>
#include <QCborMap>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace ss::ui {

ConflictsDialog::ConflictsDialog(SiteStore &store, SiteDocument *doc,
                                 std::shared_ptr<const ThemePackage> theme, QWidget *parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_theme(std::move(theme))
    , m_siteId(doc ? doc->id : QString())
{
    init(store);
}

ConflictsDialog::ConflictsDialog(SiteStore &store, ThemeRegistry &themes, SiteDocument *doc,
                                 const QString &siteId, QWidget *parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_siteId(siteId)
{
    if (!m_doc) {
        auto loaded = store.loadSite(siteId);
        if (loaded) {
            m_ownDoc = std::move(*loaded);
            m_doc = m_ownDoc.get();
            m_siteId = m_doc->id;
        } else {
            m_error = loaded.error().toString();
        }
    }
    if (m_doc) {
        auto theme = themes.theme(m_doc->themeId);
        if (theme)
            m_theme = *theme;
        else
            m_error = theme.error().toString();
    }
    init(store);
}

ConflictsDialog::~ConflictsDialog()
{
    detachChildSignals(this);
    // The web views go first (their pages must not outlive the dialog's profile users).
    delete m_mineView;
    delete m_theirsView;
}

void ConflictsDialog::init(SiteStore &store)
{
    m_store = &store;
    setModal(false);
    setWindowTitle(tr("Conflicts — %1").arg(m_doc ? m_doc->name : m_siteId));
    setAccessibleName(tr("Conflicts"));

    m_summary = new QLabel;
    m_summary->setWordWrap(true);

    m_list = new QTreeWidget;
    m_list->setAccessibleName(tr("Unresolved conflicts"));
    m_list->setHeaderLabels({tr("Page"), tr("Block"), tr("Property"), tr("Reason")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 110);
    m_list->setColumnWidth(1, 170);
    m_list->setColumnWidth(2, 110);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showCurrent(); });

    m_detail = new QLabel;
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);

    auto makeSide = [this](const QString &title, QWebEngineView *&view, QPlainTextEdit *&raw) {
        auto *box = new QGroupBox(title);
        box->setAccessibleName(title);
        view = new QWebEngineView;
        view->setAccessibleName(tr("%1, rendered").arg(title));
        view->setContextMenuPolicy(Qt::NoContextMenu);
        view->settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
        view->setMinimumHeight(220);
        view->setZoomFactor(0.75);
        // No white flash before the first page (or the placeholder) paints in a dark palette.
        view->page()->setBackgroundColor(palette().color(QPalette::Base));
        raw = new QPlainTextEdit;
        raw->setReadOnly(true);
        raw->setAccessibleName(tr("%1, value").arg(title));
        raw->setMaximumHeight(raw->fontMetrics().lineSpacing() * 3 + 14);
        raw->setFont(QFont(QStringLiteral("monospace")));
        auto *l = new QVBoxLayout(box);
        l->addWidget(view, 1);
        l->addWidget(raw);
        return box;
    };
    auto *sides = new QHBoxLayout;
    sides->addWidget(makeSide(tr("Mine (this computer)"), m_mineView, m_mineRaw), 1);
    sides->addWidget(
        makeSide(tr("Theirs (the server, in the document now)"), m_theirsView, m_theirsRaw), 1);

    m_keepMine = new QPushButton(tr("Keep &mine"));
    m_keepMine->setAccessibleName(tr("Keep mine"));
    m_keepMine->setToolTip(tr("Apply my value again; it is sent with the next sync"));
    m_keepTheirs = new QPushButton(tr("Keep &theirs"));
    m_keepTheirs->setAccessibleName(tr("Keep theirs"));
    m_keepTheirs->setToolTip(tr("Accept the server's value, which the document already has"));
    m_allMine = new QPushButton(tr("Keep mine for all"));
    m_allMine->setAccessibleName(tr("Keep mine for all"));
    // Wide enough for both of its labels, so the row does not jump between conflicts.
    m_keepTheirs->setMinimumWidth(
        std::max(m_keepTheirs->sizeHint().width(),
                 m_keepTheirs->fontMetrics().horizontalAdvance(tr("Dismiss (keep theirs)")) + 24));
    m_allTheirs = new QPushButton(tr("Keep theirs for all"));
    m_allTheirs->setAccessibleName(tr("Keep theirs for all"));
    connect(m_keepMine, &QPushButton::clicked, this, [this] { keepMine(); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { keepTheirs(); });
    connect(m_allMine, &QPushButton::clicked, this, [this] { keepMineForAll(); });
    connect(m_allTheirs, &QPushButton::clicked, this, [this] { keepTheirsForAll(); });
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_keepMine);
    actions->addWidget(m_keepTheirs);
    actions->addStretch();
    actions->addWidget(m_allMine);
    actions->addWidget(m_allTheirs);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *detail = new QWidget;
    auto *dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(m_detail);
    dl->addLayout(sides, 1);
    dl->addLayout(actions);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_list);
    split->addWidget(detail);
    split->setStretchFactor(1, 3);
    split->setSizes({140, 520});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(980, 720);

    // The document moved on (an edit in the editor): render again, once per burst of edits.
    m_rerender = new QTimer(this);
    m_rerender->setSingleShot(true);
    m_rerender->setInterval(250);
    connect(m_rerender, &QTimer::timeout, this, [this] {
        if (isVisible())
            showCurrent();
    });
    if (m_doc)
        connect(m_doc, &SiteDocument::changed, m_rerender, qOverload<>(&QTimer::start));
    reload();
}

void ConflictsDialog::reload()
{
    const int keepRow = std::max(0, currentRow());
    m_conflicts.clear();
    if (m_store && !m_siteId.isEmpty()) {
        auto list = conflicts::list(m_store->cache(), m_siteId);
        if (list)
            m_conflicts = *list;
        else
            m_status->setText(tr("Cannot read the conflicts: %1").arg(list.error().toString()));
    }
    {
        QSignalBlocker block(m_list);
        m_list->clear();
        for (const Conflict &c : std::as_const(m_conflicts)) {
            auto *item = new QTreeWidgetItem(
                m_list,
                {pageLabel(c), blockLabel(c),
                 c.path == QLatin1String("quarantine") ? QString() : c.path, reasonText(c)});
            item->setToolTip(3, reasonText(c));
        }
    }
    if (!m_error.isEmpty())
        m_summary->setText(tr("Cannot open the site: %1").arg(m_error));
    else if (m_conflicts.isEmpty())
        m_summary->setText(tr("No conflicts: every edit made here and on the server agrees."));
    else
        m_summary->setText(tr("%n conflict(s) between your edits and the server's. The server's "
                              "version is in the document until you keep yours.",
                              nullptr, int(m_conflicts.size())));
    bool anyMine = false;
    for (const Conflict &c : std::as_const(m_conflicts))
        anyMine = anyMine || c.canKeepMine();
    m_allMine->setEnabled(anyMine && m_doc);
    m_allTheirs->setEnabled(!m_conflicts.isEmpty());
    if (!m_conflicts.isEmpty())
        selectRow(std::min(keepRow, int(m_conflicts.size()) - 1));
    else
        showCurrent();
}

void ConflictsDialog::selectRow(int row)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(row)) {
        m_list->setCurrentItem(item);
        showCurrent(); // also when the row was current already
    }
}

int ConflictsDialog::currentRow() const
{
    return m_list ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

QString ConflictsDialog::message() const
{
    return m_status->text();
}

QString ConflictsDialog::rawText(const QCborValue &v)
{
    if (v.isUndefined())
        return tr("(none)");
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(json::write(v, json::Style::Indented));
}

QString ConflictsDialog::pageLabel(const Conflict &c) const
{
    if (c.pageId.isEmpty())
        return c.kind == Conflict::Kind::SiteProps ? tr("Site") : tr("—");
    const Page *p = m_doc ? m_doc->page(c.pageId) : nullptr;
    if (!p)
        return tr("(deleted page)");
    return p->title.isEmpty() ? p->slug : p->title;
}

QString ConflictsDialog::blockLabel(const Conflict &c) const
{
    if (c.kind == Conflict::Kind::Quarantine)
        return c.entityType == QLatin1String("customization") ? tr("Whole site document")
               : c.entityType == QLatin1String("workspace")   ? tr("Site record")
               : c.entityType == QLatin1String("rule")        ? tr("Automation rule")
                                                              : c.entityType;
    if (c.blockId.isEmpty())
        return c.kind == Conflict::Kind::SiteProps ? tr("Site settings") : tr("Page settings");
    if (c.blockId == QLatin1String("root"))
        return tr("Page settings");
    const Page *p = m_doc ? m_doc->page(c.pageId) : nullptr;
    const Block *b = p ? p->block(c.blockId) : nullptr;
    QString type = b ? b->type : c.theirs.toMap().value(QStringLiteral("type")).toString();
    if (m_theme && !type.isEmpty())
        if (const ComponentSpec *spec = m_theme->manifest().component(type))
            type = spec->label.isEmpty() ? type : spec->label;
    QString text;
    if (b)
        for (const char *key : {"title", "text", "label", "heading"})
            if (const QCborValue v = b->props.value(QLatin1String(key)); v.isString()) {
                text = v.toString().simplified();
                break;
            }
    if (text.size() > 28)
        text = text.left(27) + QChar(0x2026);
    if (type.isEmpty())
        return c.blockId;
    return text.isEmpty() ? type : tr("%1 “%2”").arg(type, text);
}

QString ConflictsDialog::reasonText(const Conflict &c) const
{
    switch (c.kind) {
    case Conflict::Kind::Prop:
        return c.theirs.isUndefined()
                   ? tr("Could not be applied: the block or page was deleted on the server.")
                   : tr("Changed here and on the server.");
    case Conflict::Kind::Block:
        return c.mine.isUndefined() && c.theirs.isMap()
                   ? tr("Deleted here but edited on the server; the block was kept.")
                   : tr("A move or insert that no longer fits the server's version.");
    case Conflict::Kind::PageRoot:
    case Conflict::Kind::SiteProps:
        return tr("Changed here and on the server.");
    case Conflict::Kind::Quarantine:
        return tr("The server's copy could not be read: %1").arg(c.theirs.toString());
    case Conflict::Kind::Other:
        break;
    }
    return tr("Could not be applied to the server's version.");
}

void ConflictsDialog::showCurrent()
{
    const int row = currentRow();
    const bool has = row >= 0 && row < m_conflicts.size();
    const Conflict *c = has ? &m_conflicts[row] : nullptr;
    const bool quarantine = c && c->kind == Conflict::Kind::Quarantine;
    m_keepMine->setEnabled(c && c->canKeepMine() && m_doc);
    m_keepTheirs->setEnabled(c != nullptr);
    m_keepTheirs->setText(c && !c->canKeepMine() ? tr("&Dismiss (keep theirs)")
                                                 : tr("Keep &theirs"));
    m_keepMine->setToolTip(c && !c->canKeepMine()
                               ? tr("Nothing of yours to keep: the server's version stands")
                               : tr("Apply my value again; it is sent with the next sync"));
    if (!c) {
        m_detail->setText(QString());
        m_mineHtml = m_theirsHtml = placeholder(tr("Select a conflict."));
        if (m_conflicts.isEmpty())
            m_mineHtml = m_theirsHtml = placeholder(tr("Nothing to resolve."));
        m_mineRaw->clear();
        m_theirsRaw->clear();
    } else {
        QString where = quarantine
                            ? tr("%1 (%2 %3)").arg(blockLabel(*c), c->entityType, c->entityId)
                            : tr("%1 ▸ %2").arg(pageLabel(*c), blockLabel(*c));
        if (!c->path.isEmpty() && !quarantine)
            where += tr(" ▸ %1").arg(c->path);
        m_detail->setText(tr("%1\n%2  (recorded %3)").arg(where, reasonText(*c), c->createdAt));
        m_mineHtml = render(*c, true);
        m_theirsHtml = render(*c, false);
        m_mineRaw->setPlainText(c->kind == Conflict::Kind::Block && c->mine.isUndefined()
                                    ? tr("(deleted here)")
                                    : rawText(c->mine));
        m_theirsRaw->setPlainText(rawText(c->theirs));
    }
    m_mineView->setHtml(m_mineHtml, QUrl(QStringLiteral("about:blank")));
    m_theirsView->setHtml(m_theirsHtml, QUrl(QStringLiteral("about:blank")));
}

QString ConflictsDialog::placeholder(const QString &text) const
{
    const QPalette pal = palette();
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
                          "<body style=\"margin:0;background:%1;color:%2;font:16px "
                          "sans-serif;display:flex;align-items:center;justify-content:center;"
                          "height:100vh\"><p>%3</p></body></html>")
        .arg(pal.color(QPalette::Base).name(), pal.color(QPalette::PlaceholderText).name(),
             text.toHtmlEscaped());
}

QString ConflictsDialog::inlineStyles(QString html, const QString &slug) const
{
    // The renderer links the theme's stylesheets relative to the page; the view has no server,
    // so the same CSS goes inline (everything else of the renderer's output is kept).
    for (const QString &css : m_theme->manifest().stylesheets) {
        const QString link =
            QStringLiteral("<link rel=\"stylesheet\" href=\"%1\">")
                .arg((Renderer::basePrefix(slug) + QStringLiteral("theme/") + css).toHtmlEscaped());
        auto data = m_theme->readFile(css);
        const QString style = QStringLiteral("<style>") +
                              (data ? QString::fromUtf8(*data) : QString()) +
                              QStringLiteral("</style>");
        html.replace(link, style);
    }
    // Theme images (src="theme/…") become data: URLs for the same reason.
    const QRegularExpression themeSrc(
        QStringLiteral("src=\"") +
        QRegularExpression::escape(Renderer::basePrefix(slug) + QStringLiteral("theme/")) +
        QStringLiteral("([^\"]+)\""));
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : themeSrc.globalMatch(html)) {
        out += QStringView(html).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString path = m.captured(1);
        auto data = urlpolicy::isSafeRelativePath(path) ? m_theme->readFile(path)
                                                        : Result<QByteArray>(fail(QString()));
        if (!data) {
            out += m.captured(0);
            continue;
        }
        out += QStringLiteral("src=\"data:%1;base64,%2\"")
                   .arg(QMimeDatabase().mimeTypeForFileNameAndData(path, *data).name(),
                        QString::fromLatin1(data->toBase64()));
    }
    out += QStringView(html).mid(last);
    return out;
}

QString ConflictsDialog::render(const Conflict &c, bool mine) const
{
    using K = Conflict::Kind;
    if (!m_doc || !m_theme)
        return placeholder(tr("Cannot render: the site is not open."));
    if (c.kind == K::Quarantine)
        return placeholder(mine ? tr("Nothing of yours to keep.")
                                : tr("The server's copy could not be read; the local copy is "
                                     "kept as it is."));
    if (c.kind == K::Other)
        return placeholder(tr("Nothing to render for this change."));
    if (c.kind == K::Block && mine && c.mine.isUndefined())
        return placeholder(c.theirs.isMap() ? tr("Deleted on this computer.")
                                            : tr("Moved or inserted on this computer."));
    const QCborValue value = mine ? c.mine : c.theirs;
    if (value.isUndefined() && c.kind != K::Block)
        return placeholder(mine ? tr("No value.") : tr("Deleted on the server."));

    // A copy of the document with this side's value (never the open document itself).
    auto copy = SiteDocument::fromJson(m_doc->toJson());
    if (!copy)
        return placeholder(copy.error().toString());
    SiteDocument &d = **copy;
    Result<Operation> op = fail(QString());
    if (c.kind == K::Prop)
        op = d.makeSetProp(c.pageId, c.blockId, c.path, value);
    else if (c.kind == K::PageRoot)
        op = d.makeReplaceRoot(c.pageId, value.toMap());
    else if (c.kind == K::SiteProps)
        op = d.makeReplaceSiteProps(value.toMap());
    if (c.kind != K::Block) {
        if (!op || !d.apply(*op))
            return placeholder(tr("This value cannot be shown on the current document."));
    }
    Renderer renderer(m_theme);
    const Page *page = c.pageId.isEmpty() ? (d.pages().empty() ? nullptr : d.pages().front().get())
                                          : d.page(c.pageId);
    if (!page)
        return placeholder(tr("The page no longer exists."));
    const bool wholePage = c.blockId.isEmpty() || c.blockId == QLatin1String("root");
    if (wholePage)
        return inlineStyles(renderer.renderPage(d, *page), page->slug);
    // Only the block: a one-block page rendered with the site's layout and tokens.
    QCborMap item;
    if (const Block *b = page->block(c.blockId))
        item = puck::exportItem(*b);
    else if (c.kind == K::Block && c.theirs.isMap())
        item = c.theirs.toMap();
    else
        return placeholder(tr("The block no longer exists."));
    QCborMap data;
    data.insert(QStringLiteral("root"), QCborMap{{QStringLiteral("props"), QCborMap()}});
    data.insert(QStringLiteral("content"), QCborArray{item});
    auto single = puck::importData(data);
    if (!single)
        return placeholder(single.error().toString());
    (*single)->id = page->id;
    (*single)->slug = page->slug;
    (*single)->title = page->title;
    return inlineStyles(renderer.renderPage(d, **single), page->slug);
}

bool ConflictsDialog::resolveRows(const QList<int> &rows, conflicts::Resolution how)
{
    if (!m_store)
        return false;
    int done = 0;
    QString failure;
    for (int row : rows) {
        if (row < 0 || row >= m_conflicts.size())
            continue;
        const Conflict &c = m_conflicts[row];
        const conflicts::Resolution use = how == conflicts::Resolution::Mine && !c.canKeepMine()
                                              ? conflicts::Resolution::Theirs
                                              : how;
        auto r = conflicts::resolve(m_store->cache(), m_doc, c, use,
                                    /*undoable=*/m_ownDoc == nullptr);
        if (!r) {
            failure = tr("%1: %2").arg(blockLabel(c), r.error().toString());
            continue;
        }
        ++done;
        emit resolved(c.id);
    }
    reload();
    if (!failure.isEmpty())
        m_status->setText(tr("Could not resolve: %1").arg(failure));
    else if (done > 0)
        m_status->setText(how == conflicts::Resolution::Mine
                              ? tr("Kept yours (%n); it is sent with the next sync.", nullptr, done)
                              : tr("Kept the server's (%n).", nullptr, done));
    return failure.isEmpty() && done > 0;
}

bool ConflictsDialog::keepMine()
{
    const int row = currentRow();
    if (row < 0 || row >= m_conflicts.size() || !m_conflicts[row].canKeepMine())
        return false;
    return resolveRows({row}, conflicts::Resolution::Mine);
}

bool ConflictsDialog::keepTheirs()
{
    const int row = currentRow();
    if (row < 0)
        return false;
    return resolveRows({row}, conflicts::Resolution::Theirs);
}

bool ConflictsDialog::keepMineForAll()
{
    QList<int> rows;
    for (int i = 0; i < m_conflicts.size(); ++i)
        if (m_conflicts[i].canKeepMine())
            rows << i;
    return !rows.isEmpty() && resolveRows(rows, conflicts::Resolution::Mine);
}

bool ConflictsDialog::keepTheirsForAll()
{
    QList<int> rows;
    for (int i = 0; i < m_conflicts.size(); ++i)
        rows << i;
    return !rows.isEmpty() && resolveRows(rows, conflicts::Resolution::Theirs);
}

} // namespace ss::ui
