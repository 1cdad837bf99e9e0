#include "previewview.h"

#include "page.h"
#include "renderer.h"
#include "sitedocument.h"
#include "themepackage.h"

#include <QBuffer>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
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
    m_view->setAccessibleName(tr("Page preview"));
    connect(page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_loaded = ok;
        if (!ok)
            return;
        ++m_fullLoads;
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
    reload();
}

void PreviewView::reload()
{
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

void PreviewView::setSelectedBlock(const QString &blockId)
{
    m_selected = blockId;
    if (m_loaded)
        m_view->page()->runJavaScript(
            QStringLiteral("window.ssSelect && ssSelect(%1)").arg(jsString(blockId)),
            QWebEngineScript::ApplicationWorld);
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
    // One block changed: replace its element only.
    const QString html = m_renderer->renderBlock(*m_doc, *page, *block);
    const QString id = block->id;
    m_view->page()->runJavaScript(QStringLiteral("window.ssPatch ? ssPatch(%1, %2, %3) : false")
                                      .arg(jsString(id), jsString(html), jsString(m_selected)),
                                  QWebEngineScript::ApplicationWorld,
                                  [this, id](const QVariant &ok) {
                                      if (!ok.toBool()) {
                                          reload(); // not in the DOM as expected: render it whole
                                          return;
                                      }
                                      ++m_patches;
                                      emit patched(id);
                                  });
}

} // namespace ss::ui

#include "previewview.moc"
