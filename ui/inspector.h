#pragma once

#include <QCborValue>
#include <QHash>
#include <QPointer>
#include <QScrollArea>

class QFormLayout;
class QLabel;

namespace ss {
class SiteDocument;
class ThemeManifest;
struct DocumentChange;
struct FieldSpec;
} // namespace ss

namespace ss::ui {

// The inspector: a form generated from the selected block's fields (or the page root's when no
// block is selected). Every change is one SetProp through the document's undo stack; typing into
// one field is one undo step until the field loses focus. Edits made elsewhere (undo, sync, the
// outline) refresh the form.
//
// Editors today: text, textarea, rich text (Markdown source), number, select, radio, link and
// image (URL). Arrays, objects and slots are listed with a summary: slots are edited in the
// outline; array and object editors are still to come (issue 5).
class Inspector : public QScrollArea
{
    Q_OBJECT
public:
    Inspector(SiteDocument *doc, const ThemeManifest *manifest, QWidget *parent = nullptr);

    // blockId "" or "root": the page's root props.
    void showBlock(const QString &pageId, const QString &blockId);
    QString blockId() const { return m_blockId; }
    // The editor widget of a top-level field, for tests and "go to field".
    QWidget *editorFor(const QString &field) const { return m_editors.value(field); }

signals:
    void editFailed(const QString &message);

private:
    void rebuild();
    void onChanged(const DocumentChange &change);
    void commit(const QString &field, const QCborValue &value);
    QWidget *makeEditor(const FieldSpec &field, const QCborValue &value);
    void endGesture() { m_gesture += 64; }

    QPointer<SiteDocument> m_doc;
    const ThemeManifest *m_manifest;
    QString m_pageId;
    QString m_blockId;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, int> m_fieldOrdinal;
    int m_gesture = 1;
    bool m_committing = false;
};

} // namespace ss::ui
