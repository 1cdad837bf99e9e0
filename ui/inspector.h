#pragma once

#include "assetpicker.h"
#include "result.h"

#include <QCborMap>
#include <QCborValue>
#include <QHash>
#include <QPointer>
#include <QScrollArea>
#include <QSet>

#include <functional>
#include <vector>

class QFormLayout;
class QLabel;

namespace ss {
class AssetStore;
class SiteDocument;
class ThemeManifest;
struct DocumentChange;
struct FieldSpec;
} // namespace ss

namespace ss::ui {

class ArrayEditor;
class AssetPicker;
class PageSettings;

// The inspector: a form generated from the selected block's fields (or the page root's when no
// block is selected). Every change is one SetProp through the document's undo stack, addressed by
// the prop path ("title", "image.url", "items[2].title"); typing into one field is one undo step
// until the field loses focus. Edits made elsewhere (undo, sync, the outline) refresh the form.
//
// Editors: text, textarea, rich text (Markdown with a live preview), number (min/max/step),
// select, radio, link, image (thumbnail, the site's assets, import of a file), object (a nested
// form) and array (items by summary, expandable to their own form; add, duplicate, remove and
// move are one undo step each, within the field's min/max). Slots are edited in the outline.
// Fields read-only in the theme or in the block's Puck `readOnly` map are disabled; validation
// issues are shown at their field (at an item's row while it is collapsed).
class Inspector : public QScrollArea
{
    Q_OBJECT
public:
    Inspector(SiteDocument *doc, const ThemeManifest *manifest, QWidget *parent = nullptr);
    ~Inspector() override;

    // Where image fields find the site's assets (import, picker, thumbnails) and the theme's own
    // files ("theme:<path>" thumbnails). Without a store, images are edited as URLs only.
    void setAssets(AssetStore *assets,
                   std::function<QByteArray(const QString &path)> themeFile = {});

    // blockId "" or "root": the page's root props.
    void showBlock(const QString &pageId, const QString &blockId);
    QString blockId() const { return m_blockId; }
    // The editor widget of a field by prop path ("title", "image.url", "items[0].label"; an
    // item's fields exist while it is expanded), or "page:slug" etc. For tests and "go to field".
    QWidget *editorFor(const QString &path) const { return m_editors.value(path); }
    ArrayEditor *arrayEditor(const QString &path) const { return m_arrays.value(path); }
    // Expands (or collapses) an array item, e.g. "items[2]"; its fields get editors.
    void setItemExpanded(const QString &itemPath, bool expanded);

    // Adds an image file to the site's assets (content-addressed) and sets the image field at
    // `path` to it: one undo step. What "Import…" runs after its file dialog.
    Result<QString> importImage(const QString &path, const QString &filePath);
    // Opens the (non-modal) picker of the site's assets for the image field at `path`.
    AssetPicker *openAssetPicker(const QString &path);
    // Sets a field to a value as one undo step of its own (what the picker does).
    void setField(const QString &path, const QCborValue &value);
    // The page's settings while the page root is shown (else null).
    PageSettings *pageSettings() const;

signals:
    void editFailed(const QString &message);

private:
    void rebuild();
    void onChanged(const DocumentChange &change);
    bool commit(const QString &path, const QCborValue &value, bool merge = true);
    void addFields(QFormLayout *layout, const std::vector<FieldSpec> &fields,
                   const QCborMap &values, const QString &prefix, bool readOnly);
    QWidget *makeEditor(const FieldSpec &field, const QCborValue &value, const QString &path,
                        bool readOnly);
    QWidget *makeArrayEditor(const FieldSpec &field, const QCborValue &value, const QString &path,
                             bool readOnly);
    QCborValue currentValue(const QString &path) const;
    QCborMap currentProps() const;
    bool puckReadOnly(const QString &path) const;
    QByteArray loadImage(const QString &reference) const;
    QList<AssetPicker::Entry> assetEntries(); // the site's images, for a picker
    void openImportDialog(const QString &path);
    void remapExpanded(const QString &arrayPath, const QList<int> &origin);
    void endGesture() { ++m_gesture; }

    QPointer<SiteDocument> m_doc;
    const ThemeManifest *m_manifest;
    AssetStore *m_assets = nullptr;
    std::function<QByteArray(const QString &)> m_themeFile;
    QString m_pageId;
    QString m_blockId;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, ArrayEditor *> m_arrays;
    QMultiHash<QString, QString> m_issues; // prop path -> messages
    QSet<QString> m_expanded;              // expanded array items ("items[2]") of this block
    QSet<QString> m_previewShown;          // rich text fields showing their preview
    QPointer<PageSettings> m_pageSettings;
    int m_gesture = 1;
    bool m_committing = false;
};

} // namespace ss::ui
