#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QWebEngineView;
class QWebChannel;

namespace ss {
class Renderer;
class SiteDocument;
class ThemePackage;
struct DocumentChange;
} // namespace ss

namespace ss::ui {

class PreviewBridge;
class PreviewSchemeHandler;

// The canvas: the current page rendered by the shared renderer in a QWebEngineView, served from
// the `sspreview:` scheme (page HTML, theme files, assets; nothing touches the network).
//
// A prop edit patches only that block's element in the DOM (Renderer::renderBlock); structural
// edits re-render the page. The page's script only sends intents over QWebChannel (a block was
// clicked); C++ turns them into selection changes and undo commands. Hover and selection outlines
// are drawn by the injected script. Viewports: 360, 768, 1280 px or the full width, plus zoom.
class PreviewView : public QWidget
{
    Q_OBJECT
public:
    using AssetSource = std::function<QByteArray(const QString &fileName)>;

    // Call before the QApplication exists (custom URL schemes must be registered first).
    static void registerScheme();

    PreviewView(SiteDocument *doc, std::shared_ptr<const ThemePackage> theme, AssetSource assets,
                QWidget *parent = nullptr);
    ~PreviewView() override;

    void setPage(const QString &pageId);
    void setSelectedBlock(const QString &blockId);
    // 0 = the full width of the canvas.
    void setViewportWidth(int px);
    int viewportWidth() const { return m_width; }
    void setZoom(double factor);

    QWebEngineView *view() const { return m_view; }
    bool isLoaded() const { return m_loaded; }
    int fullLoads() const { return m_fullLoads; } // page loads so far (patches are not loads)
    int patches() const { return m_patches; }

signals:
    void blockClicked(const QString &blockId);
    void loaded(); // a full page load finished
    void patched(const QString &blockId);

private:
    friend class PreviewBridge;
    friend class PreviewSchemeHandler;
    void onChanged(const DocumentChange &change);
    void reload();
    void applyWidth();
    QByteArray pageHtml() const;
    bool serve(const QString &path, QByteArray *data, QString *mime) const;

    QPointer<SiteDocument> m_doc;
    std::shared_ptr<const ThemePackage> m_theme;
    std::unique_ptr<Renderer> m_renderer;
    AssetSource m_assets;
    QString m_pageId;
    QString m_selected;
    QWebEngineView *m_view = nullptr;
    QWidget *m_frame = nullptr;
    QComboBox *m_viewportCombo = nullptr;
    QWebChannel *m_channel = nullptr;
    PreviewBridge *m_bridge = nullptr;
    QString m_host; // sspreview://<host>/ serves this preview
    int m_width = 0;
    bool m_loaded = false;
    int m_fullLoads = 0;
    int m_patches = 0;
};

} // namespace ss::ui
