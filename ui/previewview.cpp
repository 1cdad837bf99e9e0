#include "previewview.h"

#include "outlinemodel.h"
#include "page.h"
#include "propertypath.h"
#include "renderer.h"
#include "sitedocument.h"
#include "thememanifest.h"
#include "themepackage.h"

#include <QBuffer>
#include <QChildEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
#include <QMimeData>
#include <QMimeDatabase>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>
#include <QWebEngineUrlSchemeHandler>
#include <QWebEngineView>

namespace ss::ui {

namespace {

constexpr char kScheme[] = "sspreview";

QString jsString(const QString &s)
{
    return QString::fromUtf8(
               QJsonDocument::fromVariant(QVariantList{s}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

// The one object the canvas script may call.
class PreviewBridge : public QObject
{
    Q_OBJECT
public:
    explicit PreviewBridge(PreviewView *view)
        : QObject(view)
        , m_view(view)
    {}
    Q_INVOKABLE void select(const QString &blockId) { emit m_view->blockClicked(blockId); }
    Q_INVOKABLE void intent(const QString &action, const QString &blockId)
    {
        m_view->intent(action, blockId);
    }
    Q_INVOKABLE void editStart(const QString &blockId) { m_view->m_inlineEditing = blockId; }
    Q_INVOKABLE void editText(const QString &blockId, const QString &path, const QString &text,
                              int session)
    {
        m_view->editText(blockId, path, text, session);
    }
    Q_INVOKABLE void editEnd(const QString &blockId, const QString &path, const QString &text,
                             int session, bool cancel)
    {
        m_view->editEnd(blockId, path, text, session, cancel);
    }
    Q_INVOKABLE bool acceptsMove(const QString &blockId, const QString &area) const
    {
        return m_view->acceptsMove(blockId, area);
    }
    Q_INVOKABLE void moveBlock(const QString &blockId, const QString &area, int index)
    {
        m_view->moveBlock(blockId, area, index);
    }

private:
    PreviewView *m_view;
};

// Serves sspreview://view-N/...: the current page, theme files and the site's assets of preview N.
// One handler and one off-the-record profile serve every preview for the life of the
// application: destroying a profile while Chromium still has a request for it in flight is not
// safe in Qt 6.4, and previews that are gone simply answer "not found".
class PreviewSchemeHandler : public QWebEngineUrlSchemeHandler
{
public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    static PreviewSchemeHandler &instance(QWebEngineProfile **profile)
    {
        static QPointer<QWebEngineProfile> shared;
        static QPointer<PreviewSchemeHandler> handler;
        if (!shared) {
            shared = new QWebEngineProfile(QCoreApplication::instance());
            handler = new PreviewSchemeHandler(shared);
            shared->installUrlSchemeHandler(kScheme, handler);
        }
        *profile = shared;
        return *handler;
    }

    QString add(PreviewView *view)
    {
        const QString host = QStringLiteral("view-%1").arg(++m_next);
        m_views.insert(host, view);
        return host;
    }
    void remove(const QString &host) { m_views.remove(host); }

    void requestStarted(QWebEngineUrlRequestJob *job) override
    {
        const QPointer<PreviewView> view = m_views.value(job->requestUrl().host());
        QByteArray data;
        QString mime;
        if (!view || !view->serve(job->requestUrl().path().mid(1), &data, &mime))
            return job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        auto *buffer = new QBuffer(job);
        buffer->setData(data);
        job->reply(mime.toUtf8(), buffer);
    }

private:
    QHash<QString, QPointer<PreviewView>> m_views;
    int m_next = 0;
};

bool PreviewView::serve(const QString &path, QByteArray *data, QString *mime) const
{
    const Page *page = m_doc ? m_doc->page(m_pageId) : nullptr;
    if (page && path == Renderer::outputPath(page->slug)) {
        *data = pageHtml();
        *mime = QStringLiteral("text/html");
        return true;
    }
    if (path.startsWith(QLatin1String("theme/"))) {
        auto file = m_theme->readFile(path.mid(6));
        if (!file)
            return false;
        *data = *file;
    } else if (path.startsWith(QLatin1String("assets/")) && m_assets) {
        *data = m_assets(path.mid(7));
        if (data->isNull())
            return false;
    } else {
        return false;
    }
    *mime = QMimeDatabase().mimeTypeForFileNameAndData(path, *data).name();
    return true;
}

void PreviewView::registerScheme()
{
    QWebEngineUrlScheme scheme(kScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme |
                    QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

PreviewView::PreviewView(SiteDocument *doc, std::shared_ptr<const ThemePackage> theme,
                         AssetSource assets, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_theme(std::move(theme))
    , m_renderer(std::make_unique<Renderer>(m_theme))
    , m_assets(std::move(assets))
{
    setAccessibleName(tr("Preview"));
    // The shared off-the-record profile (nothing written to disk); this preview's own host.
    QWebEngineProfile *profile = nullptr;
    m_host = PreviewSchemeHandler::instance(&profile).add(this);

    QFile channelJs(QStringLiteral(":/qtwebchannel/qwebchannel.js"));
    QString source;
    if (channelJs.open(QIODevice::ReadOnly))
        source = QString::fromUtf8(channelJs.readAll());
    // ui/canvas.js: outlines and intents back to C++, in an isolated world; it never edits the
    // document itself.
    QFile canvasJs(QStringLiteral(":/ui/canvas.js"));
    if (canvasJs.open(QIODevice::ReadOnly))
        source += QString::fromUtf8(canvasJs.readAll());
    QWebEngineScript script;
    script.setName(QStringLiteral("sitestudio-canvas"));
    script.setSourceCode(source);
    script.setInjectionPoint(QWebEngineScript::DocumentReady);
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setRunsOnSubFrames(false);

    m_view = new QWebEngineView;
    auto *page = new QWebEnginePage(profile, m_view);
    page->scripts().insert(script);
    m_channel = new QWebChannel(this);
    m_bridge = new PreviewBridge(this);
    m_channel->registerObject(QStringLiteral("bridge"), m_bridge);
    page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);
    m_view->setPage(page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    // Palette drags are Qt drags: they reach the view's render widget, which would hand them to
    // Chromium. Watch it (and whichever child widget the view makes later) to take them first.
    m_view->installEventFilter(this);
    for (QObject *child : m_view->children())
        if (child->isWidgetType())
            child->installEventFilter(this);
    m_view->setAccessibleName(tr("Page preview"));
    connect(page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_loaded = ok;
        m_edit = EditSession{}; // a new page has no edit in progress
        m_inlineEditing.clear();
        if (!ok || m_closing)
            return;
        ++m_fullLoads;
        // The action bar's words, translated.
        const QVariantMap labels{
            {QStringLiteral("grip"), tr("Drag to move")},
            {QStringLiteral("selectParent"), tr("Select parent")},
            {QStringLiteral("moveUp"), tr("Move up")},
            {QStringLiteral("moveDown"), tr("Move down")},
            {QStringLiteral("duplicate"), tr("Duplicate")},
            {QStringLiteral("remove"), tr("Delete")},
            {QStringLiteral("toolbar"), tr("Block actions")},
        };
        m_view->page()->runJavaScript(
            QStringLiteral("window.ssLabels && ssLabels(%1, %2)")
                .arg(m_editable ? QLatin1String("true") : QLatin1String("false"))
                .arg(QString::fromUtf8(
                    QJsonDocument::fromVariant(labels).toJson(QJsonDocument::Compact))),
            QWebEngineScript::ApplicationWorld);
        setSelectedBlock(m_selected);
        emit loaded();
    });

    auto *viewport = m_viewportCombo = new QComboBox;
    viewport->setAccessibleName(tr("Viewport width"));
    viewport->addItem(tr("Full width"), 0);
    viewport->addItem(tr("Phone (360 px)"), 360);
    viewport->addItem(tr("Tablet (768 px)"), 768);
    viewport->addItem(tr("Desktop (1280 px)"), 1280);
    connect(viewport, &QComboBox::activated, this,
            [this, viewport](int i) { setViewportWidth(viewport->itemData(i).toInt()); });
    auto *zoom = new QComboBox;
    zoom->setAccessibleName(tr("Zoom"));
    for (int z : {50, 75, 100, 125, 150})
        zoom->addItem(tr("%1%").arg(z), z / 100.0);
    zoom->setCurrentIndex(2);
    connect(zoom, &QComboBox::activated, this,
            [this, zoom](int i) { setZoom(zoom->itemData(i).toDouble()); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Viewport")));
    bar->addWidget(viewport);
    bar->addWidget(new QLabel(tr("Zoom")));
    bar->addWidget(zoom);
    bar->addStretch();

    m_frame = new QWidget;
    auto *center = new QHBoxLayout(m_frame);
    center->setContentsMargins(0, 0, 0, 0);
    center->addStretch();
    center->addWidget(m_view, 1);
    center->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_frame, 1);

    connect(doc, &SiteDocument::changed, this, &PreviewView::onChanged);
}

PreviewView::~PreviewView()
{
    // A page torn down while it loads still signals: nothing may reach this half-destroyed view.
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    if (QWebEnginePage *page = m_view ? m_view->page() : nullptr)
        disconnect(page, nullptr, this, nullptr);
    QWebEngineProfile *profile = nullptr;
    PreviewSchemeHandler::instance(&profile).remove(m_host);
    // The page answers pending script calls with nothing while it goes: nothing may reload.
    m_closing = true;
    delete m_view;
}

QByteArray PreviewView::pageHtml() const
{
    const Page *page = m_doc ? m_doc->page(m_pageId) : nullptr;
    return page ? m_renderer->renderPage(*m_doc, *page).toUtf8() : QByteArray();
}

void PreviewView::setPage(const QString &pageId)
{
    m_pageId = pageId;
    m_selected.clear();
    m_edit = EditSession{};
    reload();
}

void PreviewView::reload()
{
    if (m_closing)
        return;
    const Page *page = m_doc ? m_doc->page(m_pageId) : nullptr;
    m_loaded = false;
    if (!page) {
        m_view->setHtml(QString());
        return;
    }
    QUrl url;
    url.setScheme(QString::fromLatin1(kScheme));
    url.setHost(m_host);
    url.setPath(QLatin1Char('/') + Renderer::outputPath(page->slug));
    m_view->load(url);
}

QString PreviewView::selectedLabel() const
{
    const Page *page = m_doc ? m_doc->page(m_pageId) : nullptr;
    const Block *b = page && !m_selected.isEmpty() ? page->block(m_selected) : nullptr;
    if (!b)
        return {};
    const ComponentSpec *spec = m_theme->manifest().component(b->type);
    return spec && !spec->label.isEmpty() ? spec->label : b->type;
}

void PreviewView::setSelectedBlock(const QString &blockId)
{
    m_selected = blockId;
    if (m_loaded)
        m_view->page()->runJavaScript(QStringLiteral("window.ssSelect && ssSelect(%1, %2)")
                                          .arg(jsString(blockId), jsString(selectedLabel())),
                                      QWebEngineScript::ApplicationWorld);
}

void PreviewView::setEditable(bool on)
{
    if (m_editable == on)
        return;
    m_editable = on;
    m_renderer->setEditorMarks(on);
    m_edit = EditSession{};
    if (m_doc && m_doc->page(m_pageId))
        reload();
}

void PreviewView::setViewportWidth(int px)
{
    m_width = px;
    if (const int i = m_viewportCombo->findData(px); i >= 0)
        m_viewportCombo->setCurrentIndex(i);
    m_view->setMaximumWidth(px > 0 ? px : QWIDGETSIZE_MAX);
    m_view->setMinimumWidth(px > 0 ? std::min(px, 360) : 0);
}

void PreviewView::setZoom(double factor)
{
    m_view->setZoomFactor(factor);
}

void PreviewView::onChanged(const DocumentChange &change)
{
    using K = Operation::Kind;
    // Site props and the page list show on every page (tokens, navigation); the rest only matters
    // for this page.
    if (change.kind != K::ReplaceSiteProps && change.kind != K::AddPage &&
        change.kind != K::RemovePage && change.pageId != m_pageId)
        return;
    const Page *page = m_doc ? m_doc->page(m_pageId) : nullptr;
    const Block *block = page && change.kind == K::SetProp ? page->block(change.blockId) : nullptr;
    if (!block || !m_loaded) {
        reload(); // structural, root, site-wide, or the page is still loading: render it whole
        return;
    }
    patchBlock(block->id); // one block changed: replace its element only
}

void PreviewView::patchBlock(const QString &id)
{
    const Page *page = m_doc ? m_doc->page(m_pageId) : nullptr;
    const Block *block = page ? page->block(id) : nullptr;
    if (!block || !m_loaded)
        return reload();
    const QString html = m_renderer->renderBlock(*m_doc, *page, *block);
    m_view->page()->runJavaScript(
        QStringLiteral("window.ssPatch ? ssPatch(%1, %2, %3) : false")
            .arg(jsString(id), jsString(html), jsString(m_selected)),
        QWebEngineScript::ApplicationWorld, [this, id](const QVariant &ok) {
            if (m_closing || ok.toString() == QLatin1String("editing"))
                return; // typed in place: patched again when the edit ends
            if (!ok.toBool()) {
                reload(); // not in the DOM as expected: render it whole
                return;
            }
            ++m_patches;
            emit patched(id);
        });
}

void PreviewView::intent(const QString &action, const QString &blockId)
{
    static const QStringList actions{QStringLiteral("selectParent"), QStringLiteral("moveUp"),
                                     QStringLiteral("moveDown"), QStringLiteral("duplicate"),
                                     QStringLiteral("remove")};
    const Page *page = m_doc ? m_doc->page(m_pageId) : nullptr;
    if (!m_editable || !actions.contains(action) || !page || !page->block(blockId))
        return;
    emit actionRequested(action, blockId);
}

void PreviewView::editText(const QString &blockId, const QString &path, const QString &text,
                           int session)
{
    const Page *page = m_doc ? m_doc->page(m_pageId) : nullptr;
    const Block *block = page ? page->block(blockId) : nullptr;
    const auto parsed = PropertyPath::parse(path);
    if (!m_editable || !block || !parsed)
        return;
    // Only plain-text props are edited in place (the renderer marks no others).
    const ComponentSpec *spec = m_theme->manifest().component(block->type);
    const FieldSpec *field = spec ? spec->fieldAt(*parsed) : nullptr;
    if (!field ||
        (field->type != FieldSpec::Type::Text && field->type != FieldSpec::Type::Textarea))
        return;
    const QCborValue current = parsed->get(QCborValue(block->props));
    if (m_edit.session != session || m_edit.blockId != blockId || m_edit.path != path) {
        static int nextMerge = 0x5ca0000; // apart from the inspector's gesture ids
        m_edit = EditSession{blockId, path, session, ++nextMerge, false, current};
    }
    if (current.isString() && current.toString() == text)
        return;
    auto op = m_doc->makeSetProp(m_pageId, blockId, path, QCborValue(text));
    auto r = op ? m_doc->perform(*op, m_edit.mergeId) : Result<void>(std::unexpected(op.error()));
    if (!r)
        return emit editFailed(r.error().toString());
    m_edit.changed = true;
}

void PreviewView::editEnd(const QString &blockId, const QString &path, const QString &text,
                          int session, bool cancel)
{
    m_inlineEditing.clear();
    const bool same = m_edit.session == session && m_edit.blockId == blockId && m_edit.path == path;
    if (cancel) {
        // Back to the value before the session, merged into its step: the step disappears.
        if (same && m_edit.changed) {
            const Page *page = m_doc ? m_doc->page(m_pageId) : nullptr;
            auto op = page && page->block(blockId)
                          ? m_doc->makeSetProp(m_pageId, blockId, path, m_edit.original)
                          : Result<Operation>(fail(tr("The block is gone")));
            auto r = op ? m_doc->perform(*op, m_edit.mergeId)
                        : Result<void>(std::unexpected(op.error()));
            if (!r)
                emit editFailed(r.error().toString());
        }
    } else {
        editText(blockId, path, text, session);
    }
    if (same || m_edit.session == session)
        m_edit = EditSession{};
    // The element showed the typed text as the user typed it; now the renderer's version.
    const Page *page = m_doc ? m_doc->page(m_pageId) : nullptr;
    if (page && page->block(blockId) && m_loaded)
        patchBlock(blockId);
}

bool PreviewView::acceptsMove(const QString &blockId, const QString &area) const
{
    return m_editable &&
           OutlineModel::canMoveInto(m_doc, &m_theme->manifest(), m_pageId, blockId, area);
}

void PreviewView::moveBlock(const QString &blockId, const QString &area, int index)
{
    if (index >= 0 && acceptsMove(blockId, area))
        emit blockMoveRequested(blockId, area, index);
}

QString PreviewView::componentType(const QMimeData *mime) const
{
    const QString format = QString::fromLatin1(OutlineModel::ComponentMimeType);
    if (!mime || !mime->hasFormat(format))
        return {};
    const QString type = QString::fromUtf8(mime->data(format));
    return m_theme->manifest().component(type) ? type : QString();
}

void PreviewView::queryDropTarget(const QPoint &pos, std::function<void(QString, int)> then)
{
    const double zoom = m_view->zoomFactor() > 0 ? m_view->zoomFactor() : 1.0;
    const int query = ++m_dropQuery;
    m_view->page()->runJavaScript(
        QStringLiteral("window.ssDropTarget ? ssDropTarget(%1, %2, '') : null")
            .arg(pos.x() / zoom)
            .arg(pos.y() / zoom),
        QWebEngineScript::ApplicationWorld,
        [this, query, then = std::move(then)](const QVariant &v) {
            if (query != m_dropQuery || m_closing)
                return; // a newer question is on its way, or the view is going
            const QVariantMap t = v.toMap();
            then(t.value(QStringLiteral("area")).toString(),
                 t.contains(QStringLiteral("index")) ? t.value(QStringLiteral("index")).toInt()
                                                     : -1);
        });
}

bool PreviewView::dragOver(const QMimeData *mime, const QPoint &pos)
{
    const QString type = componentType(mime);
    if (type.isEmpty() || !m_loaded || !m_editable)
        return false;
    queryDropTarget(pos, [this, type](const QString &area, int index) {
        const bool ok = index >= 0 && OutlineModel::areaAccepts(m_doc, &m_theme->manifest(),
                                                                m_pageId, area, type);
        m_dropArea = area;
        m_dropIndex = index;
        m_dropOk = ok;
        m_view->page()->runJavaScript(QStringLiteral("window.ssShowDrop && ssShowDrop(%1)")
                                          .arg(ok ? QLatin1String("true") : QLatin1String("false")),
                                      QWebEngineScript::ApplicationWorld);
        emit dropTargetChanged(area, index, ok);
    });
    return true;
}

void PreviewView::dragLeave()
{
    ++m_dropQuery;
    m_dropOk = false;
    if (m_loaded)
        m_view->page()->runJavaScript(QStringLiteral("window.ssEndDrag && ssEndDrag()"),
                                      QWebEngineScript::ApplicationWorld);
}

bool PreviewView::drop(const QMimeData *mime, const QPoint &pos)
{
    const QString type = componentType(mime);
    if (type.isEmpty() || !m_loaded || !m_editable)
        return false;
    // Asked again at the drop point: the last drag-over answer may be for an earlier point.
    queryDropTarget(pos, [this, type](const QString &area, int index) {
        dragLeave();
        const bool ok = index >= 0 && OutlineModel::areaAccepts(m_doc, &m_theme->manifest(),
                                                                m_pageId, area, type);
        m_dropArea.clear();
        emit dropTargetChanged(area, index, ok);
        if (ok)
            emit componentDropped(type, area, index);
    });
    return true;
}

bool PreviewView::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // Typing in place: the editor's window-wide keys (Ctrl+Z, Ctrl+D, Alt+Up...) are the
        // text's, as in the inspector's fields.
        if (!m_inlineEditing.isEmpty()) {
            event->accept();
            return true;
        }
        break;
    case QEvent::ChildAdded:
        if (watched == m_view) {
            QObject *child = static_cast<QChildEvent *>(event)->child();
            if (child->isWidgetType())
                child->installEventFilter(this);
        }
        break;
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *e = static_cast<QDragMoveEvent *>(event);
        const QPoint pos = static_cast<QWidget *>(watched)->mapTo(m_view, e->position().toPoint());
        if (!dragOver(e->mimeData(), pos)) {
            if (!componentType(e->mimeData()).isEmpty()) {
                e->ignore(); // a read-only view takes no components
                return true;
            }
            break; // not ours: the page handles it (a block dragged inside the canvas)
        }
        // The answer for this point comes back asynchronously; the previous one decides now.
        if (event->type() == QEvent::DragEnter || m_dropOk) {
            e->setDropAction(Qt::CopyAction);
            e->accept();
        } else {
            e->ignore();
        }
        return true;
    }
    case QEvent::DragLeave:
        dragLeave();
        m_dropArea.clear();
        break;
    case QEvent::Drop: {
        auto *e = static_cast<QDropEvent *>(event);
        const QPoint pos = static_cast<QWidget *>(watched)->mapTo(m_view, e->position().toPoint());
        if (!drop(e->mimeData(), pos)) {
            if (!componentType(e->mimeData()).isEmpty()) {
                e->ignore();
                return true;
            }
            break;
        }
        e->setDropAction(Qt::CopyAction);
        e->accept();
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ss::ui

#include "previewview.moc"
