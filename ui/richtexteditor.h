#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTextBrowser;
class QToolButton;

namespace ss::ui {

// A Markdown editor with a live preview rendered by markdown::toHtml (what the published page
// shows), and buttons that wrap the selection in bold / italic / a link. textEdited() fires for
// every change; editingFinished() when the user leaves the editor (the end of a typing gesture).
class RichTextEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RichTextEditor(const QString &markdown, QWidget *parent = nullptr);

    QString text() const;
    QPlainTextEdit *editor() const;
    QTextBrowser *preview() const { return m_preview; }
    bool isPreviewVisible() const;
    void setPreviewVisible(bool visible);
    void setReadOnly(bool readOnly);

signals:
    void textEdited(const QString &markdown);
    void editingFinished();
    void previewToggled(bool visible);

private:
    void wrapSelection(const QString &before, const QString &after, const QString &placeholder);
    void updatePreview();

    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    QToolButton *m_previewButton;
    QList<QToolButton *> m_formatButtons;
};

} // namespace ss::ui
