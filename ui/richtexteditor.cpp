#include "richtexteditor.h"
#include "widgetutil.h"

#include "markdown.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace ss::ui {

namespace {} // namespace

RichTextEditor::RichTextEditor(const QString &markdown, QWidget *parent)
    : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(0);
    const auto button = [&](const QString &text, const QString &tip, auto font) {
        auto *b = new QToolButton;
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::NoFocus); // the text keeps the focus and the selection
        QFont f = b->font();
        font(f);
        b->setFont(f);
        bar->addWidget(b);
        m_formatButtons << b;
        return b;
    };
    auto *bold = button(tr("B"), tr("Bold"), [](QFont &f) { f.setBold(true); });
    auto *italic = button(tr("I"), tr("Italic"), [](QFont &f) { f.setItalic(true); });
    auto *link = button(tr("Link"), tr("Link"), [](QFont &f) { f.setUnderline(true); });
    auto *list = button(tr("List"), tr("Bulleted list"), [](QFont &) {});
    bar->addStretch();
    m_previewButton = new QToolButton;
    m_previewButton->setText(tr("Preview"));
    m_previewButton->setCheckable(true);
    m_previewButton->setAutoRaise(true);
    m_previewButton->setAccessibleName(tr("Show preview"));
    m_previewButton->setToolTip(tr("Show how the text looks on the page"));
    bar->addWidget(m_previewButton);
    v->addLayout(bar);

    auto *edit = new FocusOutTextEdit;
    m_editor = edit;
    m_editor->setPlainText(markdown);
    m_editor->setTabChangesFocus(true);
    const int line = m_editor->fontMetrics().lineSpacing(); // heights in lines of text
    m_editor->setMinimumHeight(line * 6 + 12);
    m_editor->setMaximumHeight(line * 9 + 12);
    m_editor->setPlaceholderText(tr("Markdown: **bold**, *italic*, [link](https://…), - lists"));
    v->addWidget(m_editor);
    edit->onFocusOut = [this] { emit editingFinished(); };

    m_preview = new QTextBrowser;
    m_preview->setObjectName(QStringLiteral("markdownPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    m_preview->setMinimumHeight(line * 3 + 8);
    m_preview->setMaximumHeight(line * 8 + 8);
    m_preview->setFrameShape(QFrame::StyledPanel);
    QPalette quiet = m_preview->palette(); // the page's text, set apart from the editable source
    quiet.setColor(QPalette::Base, quiet.color(QPalette::Window));
    m_preview->setPalette(quiet);
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_preview->hide();
    v->addWidget(m_preview);

    connect(bold, &QToolButton::clicked, this,
            [this] { wrapSelection(QStringLiteral("**"), QStringLiteral("**"), tr("bold")); });
    connect(italic, &QToolButton::clicked, this,
            [this] { wrapSelection(QStringLiteral("*"), QStringLiteral("*"), tr("italic")); });
    connect(link, &QToolButton::clicked, this, [this] {
        wrapSelection(QStringLiteral("["), QStringLiteral("](https://)"), tr("link text"));
    });
    connect(list, &QToolButton::clicked, this,
            [this] { wrapSelection(QStringLiteral("\n- "), QString(), tr("item")); });
    // The same from the keyboard while typing.
    const auto key = [this](QKeySequence seq, QToolButton *b) {
        auto *shortcut = new QShortcut(seq, m_editor);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, b, &QToolButton::click);
        b->setToolTip(tr("%1 (%2)").arg(b->toolTip(), seq.toString(QKeySequence::NativeText)));
    };
    key(QKeySequence::Bold, bold);
    key(QKeySequence::Italic, italic);
    key(QKeySequence(Qt::CTRL | Qt::Key_K), link);
    connect(m_previewButton, &QToolButton::toggled, this, [this](bool on) {
        setPreviewVisible(on);
        emit previewToggled(on);
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_preview->isHidden())
            updatePreview();
        emit textEdited(m_editor->toPlainText());
    });
}

QString RichTextEditor::text() const
{
    return m_editor->toPlainText();
}

QPlainTextEdit *RichTextEditor::editor() const
{
    return m_editor;
}

bool RichTextEditor::isPreviewVisible() const
{
    return m_previewButton->isChecked();
}

void RichTextEditor::setPreviewVisible(bool visible)
{
    {
        const QSignalBlocker block(m_previewButton);
        m_previewButton->setChecked(visible);
    }
    m_preview->setVisible(visible);
    if (visible)
        updatePreview();
}

void RichTextEditor::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
    for (QToolButton *b : std::as_const(m_formatButtons))
        b->setEnabled(!readOnly);
}

void RichTextEditor::updatePreview()
{
    m_preview->setHtml(markdown::toHtml(m_editor->toPlainText()));
}

void RichTextEditor::wrapSelection(const QString &before, const QString &after,
                                   const QString &placeholder)
{
    if (m_editor->isReadOnly())
        return;
    QTextCursor c = m_editor->textCursor();
    const QString selected = c.selectedText();
    const QString inner = selected.isEmpty() ? placeholder : selected;
    c.beginEditBlock();
    c.insertText(before + inner + after);
    c.endEditBlock();
    // Select the inner text so typing replaces the placeholder.
    const int end = c.position() - int(after.size());
    c.setPosition(end - int(inner.size()));
    c.setPosition(end, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(c);
    m_editor->setFocus(Qt::OtherFocusReason);
}

} // namespace ss::ui
