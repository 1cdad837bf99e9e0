#pragma once

#include <QCborValue>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QMimeData;
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

// The canvas: the current page rendered by the shared renderer (with its editor marks, see
// Renderer::setEditorMarks) in a QWebEngineView, served from the `sspreview:` scheme (page HTML,
// theme files, assets; nothing touches the network).
//
// A prop edit patches only that block's element in the DOM (Renderer::renderBlock); structural
// edits re-render the page. The page's script (ui/canvas.js) only sends intents over QWebChannel;
// C++ turns them into selection changes and undo commands:
// - a click selects a block; the action bar over the selected block asks for select parent,
//   move up/down, duplicate and delete (actionRequested; the editor runs its own actions);
// - a double-click on a plain-text prop edits it in place: typing becomes SetProps merged into
//   one undo step per editing session; Enter (Ctrl+Enter in a textarea) or leaving the text ends
//   it, Escape restores the old value; meanwhile the editor's window-wide keys are the text's;
// - a block dragged by the action bar's grip asks blockMoveRequested with the target slot and
//   index; palette components dragged over the view (Qt drag events, intercepted before Chromium)
//   show an insertion line and ask componentDropped. Slot allow/disallow lists refuse drops
//   during the drag (OutlineModel's rules).
// Hover and selection outlines are drawn by the script. Viewports: 360, 768, 1280 px or the
// full width, plus zoom.
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
    // The editor's canvas (editor marks, action bar, inline editing, drops); off by default: a
    // read-only preview (revision history) only selects and shows production HTML.
    void setEditable(bool on);
    bool isEditable() const { return m_editable; }
    void setSelectedBlock(const QString &blockId);
    // 0 = the full width of the canvas.
    void setViewportWidth(int px);
    int viewportWidth() const { return m_width; }
    void setZoom(double factor);

    QWebEngineView *view() const { return m_view; }
    bool isLoaded() const { return m_loaded; }
    int fullLoads() const { return m_fullLoads; } // page loads so far (patches are not loads)
    int patches() const { return m_patches; }

    // Drag and drop of palette components (the MIME type of OutlineModel::ComponentMimeType) at
    // `pos` in view coordinates. The view's own drag events call these; tests call them directly.
    // dragOver asks the page for the slot and gap under the point and shows the insertion line
    // there if the slot takes the component (dropTargetChanged follows); drop inserts it through
    // componentDropped. Both return false for other payloads (they are left to the page).
    bool dragOver(const QMimeData *mime, const QPoint &pos);
    bool drop(const QMimeData *mime, const QPoint &pos);
    void dragLeave();
    // The last drag target: "owner:slot" + index, and whether that slot takes the dragged type.
    QString dropArea() const { return m_dropArea; }
    int dropIndex() const { return m_dropIndex; }
    bool dropAccepted() const { return m_dropOk; }

    // The block whose text is being edited in place ("" when none).
    QString inlineEditingBlock() const { return m_inlineEditing; }
    // The block of the in-place edit that has changed the document so far ("" when none).
    QString editingBlock() const { return m_edit.blockId; }

signals:
    void blockClicked(const QString &blockId);
    void loaded(); // a full page load finished
    void patched(const QString &blockId);
    // The action bar: "selectParent", "moveUp", "moveDown", "duplicate" or "remove" on a block.
    void actionRequested(const QString &action, const QString &blockId);
    // A palette component dropped into slot `area` at `index` (the slot takes it).
    void componentDropped(const QString &type, const QString &area, int index);
    // A block dragged in the canvas to slot `area` at `index` (positions before the move).
    void blockMoveRequested(const QString &blockId, const QString &area, int index);
    void dropTargetChanged(const QString &area, int index, bool accepted);
    void editFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class PreviewBridge;
    friend class PreviewSchemeHandler;
    struct EditSession
    {
        QString blockId;
        QString path;
        int session = -1; // the script's editing session
        int mergeId = -1; // one undo step for the whole session
        bool changed = false;
        QCborValue original;
    };
    void onChanged(const DocumentChange &change);
    void patchBlock(const QString &blockId);
    void editText(const QString &blockId, const QString &path, const QString &text, int session);
    void editEnd(const QString &blockId, const QString &path, const QString &text, int session,
                 bool cancel);
    bool acceptsMove(const QString &blockId, const QString &area) const;
    void moveBlock(const QString &blockId, const QString &area, int index);
    void intent(const QString &action, const QString &blockId);
    // Asks the page for the drop target at `pos`; `then(area, index)` runs with the answer.
    void queryDropTarget(const QPoint &pos, std::function<void(QString, int)> then);
    QString componentType(const QMimeData *mime) const;
    QString selectedLabel() const;
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
    EditSession m_edit;
    QString m_dropArea;
    int m_dropIndex = -1;
    bool m_dropOk = false;
    int m_dropQuery = 0; // the newest drag-over question; older answers are dropped
    bool m_closing = false;
    bool m_editable = false;
    QString m_inlineEditing; // the script is editing this block's text
};

} // namespace ss::ui
