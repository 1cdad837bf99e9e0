#include "inspector.h"

#include "page.h"
#include "sitedocument.h"
#include "thememanifest.h"
#include "validator.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace ss::ui {

namespace {

// A plain-text editor that reports when the user leaves it (the end of a typing gesture).
class TextArea : public QPlainTextEdit
{
public:
    std::function<void()> onFocusOut;

protected:
    void focusOutEvent(QFocusEvent *e) override
    {
        QPlainTextEdit::focusOutEvent(e);
        if (onFocusOut)
            onFocusOut();
    }
};

QString displayOf(const QCborValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isInteger())
        return QString::number(v.toInteger());
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

} // namespace

Inspector::Inspector(SiteDocument *doc, const ThemeManifest *manifest, QWidget *parent)
    : QScrollArea(parent)
    , m_doc(doc)
    , m_manifest(manifest)
{
    setWidgetResizable(true);
    setAccessibleName(tr("Inspector"));
    connect(doc, &SiteDocument::changed, this, &Inspector::onChanged);
    rebuild();
}

void Inspector::showBlock(const QString &pageId, const QString &blockId)
{
    m_pageId = pageId;
    m_blockId = blockId.isEmpty() ? QStringLiteral("root") : blockId;
    endGesture();
    rebuild();
}

void Inspector::onChanged(const DocumentChange &change)
{
    if (m_committing)
        return; // our own edit: the form already shows it
    using K = Operation::Kind;
    if (change.kind == K::ReplaceSiteProps)
        return;
    if (change.kind == K::SetPageMeta &&
        (change.pageId != m_pageId || m_blockId != QLatin1String("root")))
        return;
    if (change.pageId != m_pageId && change.kind != K::RemovePage)
        return;
    if (change.kind == K::SetProp && change.blockId != m_blockId)
        return;
    endGesture();
    rebuild(); // undo/redo, sync, or a structural edit that may have removed the block
}

void Inspector::commit(const QString &field, const QCborValue &value)
{
    if (!m_doc)
        return;
    auto op = m_doc->makeSetProp(m_pageId, m_blockId, field, value);
    if (!op) {
        emit editFailed(op.error().toString());
        return;
    }
    m_committing = true;
    auto r = m_doc->perform(*op, m_gesture + m_fieldOrdinal.value(field));
    m_committing = false;
    if (!r) {
        emit editFailed(r.error().toString());
        rebuild(); // the edit was reverted: show what the document holds
    }
}

QWidget *Inspector::makeEditor(const FieldSpec &field, const QCborValue &value)
{
    using T = FieldSpec::Type;
    const QString name = field.name;
    switch (field.type) {
    case T::Text:
    case T::Link:
    case T::Image: {
        auto *e = new QLineEdit(displayOf(value));
        e->setPlaceholderText(field.placeholder.isEmpty() && field.type == T::Image
                                  ? tr("Image URL or asset")
                                  : field.placeholder);
        if (field.maxLength > 0)
            e->setMaxLength(field.maxLength);
        connect(e, &QLineEdit::textEdited, this,
                [this, name](const QString &t) { commit(name, QCborValue(t)); });
        connect(e, &QLineEdit::editingFinished, this, [this] { endGesture(); });
        return e;
    }
    case T::Textarea:
    case T::RichText: {
        auto *e = new TextArea;
        e->setPlainText(displayOf(value));
        e->setTabChangesFocus(true);
        e->setMinimumHeight(field.type == T::RichText ? 140 : 80);
        if (field.type == T::RichText)
            e->setPlaceholderText(tr("Markdown: **bold**, *italic*, [link](https://…), - lists"));
        e->onFocusOut = [this] { endGesture(); };
        connect(e, &QPlainTextEdit::textChanged, this,
                [this, name, e] { commit(name, QCborValue(e->toPlainText())); });
        return e;
    }
    case T::Number: {
        auto *e = new QDoubleSpinBox;
        const double step = field.step.value_or(1);
        const bool integral = std::floor(step) == step;
        e->setDecimals(integral ? 0 : 3);
        e->setRange(field.min.value_or(-1e9), field.max.value_or(1e9));
        e->setSingleStep(step);
        e->setValue(value.isDouble() || value.isInteger() ? value.toDouble() : 0);
        e->setKeyboardTracking(false);
        connect(e, &QDoubleSpinBox::valueChanged, this, [this, name, integral](double v) {
            commit(name, integral ? QCborValue(qint64(std::llround(v))) : QCborValue(v));
        });
        return e;
    }
    case T::Select: {
        auto *e = new QComboBox;
        int current = -1;
        for (qsizetype i = 0; i < field.options.size(); ++i) {
            const QCborMap o = field.options.at(i).toMap();
            e->addItem(o.value(QStringLiteral("label")).toString(), i);
            if (o.value(QStringLiteral("value")) == value)
                current = int(i);
        }
        if (current < 0 && !value.isUndefined() && !value.isNull()) {
            // A value the theme does not offer (imported data): shown, flagged by validation.
            e->addItem(tr("%1 (not an option)").arg(displayOf(value)), -1);
            current = e->count() - 1;
        }
        e->setCurrentIndex(current);
        const QCborArray options = field.options;
        connect(e, &QComboBox::activated, this, [this, name, e, options](int index) {
            const int option = e->itemData(index).toInt();
            if (option >= 0)
                commit(name, options.at(option).toMap().value(QStringLiteral("value")));
        });
        return e;
    }
    case T::Radio: {
        auto *box = new QWidget;
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        auto *group = new QButtonGroup(box);
        for (qsizetype i = 0; i < field.options.size(); ++i) {
            const QCborMap o = field.options.at(i).toMap();
            auto *b = new QRadioButton(o.value(QStringLiteral("label")).toString());
            b->setChecked(o.value(QStringLiteral("value")) == value);
            group->addButton(b, int(i));
            row->addWidget(b);
        }
        row->addStretch();
        const QCborArray options = field.options;
        connect(group, &QButtonGroup::idClicked, this, [this, name, options](int id) {
            commit(name, options.at(id).toMap().value(QStringLiteral("value")));
        });
        return box;
    }
    case T::Array: {
        const qsizetype n = value.isArray() ? value.toArray().size() : 0;
        return new QLabel(tr("%n item(s)", nullptr, int(n)));
    }
    case T::Object:
        return new QLabel(tr("%n field(s)", nullptr, int(field.subFields.size())));
    case T::Slot:
        return new QLabel(tr("Blocks: edit them in the outline"));
    }
    return new QLabel;
}

void Inspector::rebuild()
{
    m_editors.clear();
    m_fieldOrdinal.clear();
    auto *form = new QWidget;
    auto *outer = new QVBoxLayout(form);
    auto *layout = new QFormLayout;
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    outer->addLayout(layout);
    outer->addStretch();
    if (QWidget *old = takeWidget())
        old->deleteLater(); // a slot of one of its editors may be on the stack
    setWidget(form);

    const Page *page = m_doc ? m_doc->page(m_pageId) : nullptr;
    if (!page || !m_manifest) {
        layout->addRow(new QLabel(tr("No page open")));
        return;
    }
    const bool root = m_blockId == QLatin1String("root");
    const Block *block = root ? nullptr : page->block(m_blockId);
    if (!root && !block) {
        layout->addRow(new QLabel(tr("The block is no longer on the page")));
        return;
    }
    const ComponentSpec *spec = root ? &m_manifest->root : m_manifest->component(block->type);
    const QCborMap &props = root ? page->rootProps : block->props;
    auto *heading =
        new QLabel(root ? tr("Page %1").arg(page->slug) : (spec ? spec->label : block->type));
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    heading->setFont(f);
    layout->addRow(heading);
    if (!spec) {
        layout->addRow(
            new QLabel(tr("The theme has no component \"%1\": its props are kept as they are.")
                           .arg(block->type)));
        return;
    }

    if (root) {
        // The page's own settings: its name, address and search description.
        const auto metaEditor = [&](const QString &key, const QString &label, const QString &value,
                                    const QString &placeholder) {
            auto *e = new QLineEdit(value);
            e->setPlaceholderText(placeholder);
            e->setAccessibleName(label);
            const QString pageId = m_pageId;
            connect(e, &QLineEdit::editingFinished, this, [this, e, key, pageId] {
                const Page *pg = m_doc ? m_doc->page(pageId) : nullptr;
                if (!pg)
                    return;
                const QString current = key == QLatin1String("slug")    ? pg->slug
                                        : key == QLatin1String("title") ? pg->title
                                                                        : pg->description;
                if (e->text() == current)
                    return;
                auto op = m_doc->makeSetPageMeta(pageId, QCborMap{{key, e->text()}});
                m_committing = true;
                auto r = op ? m_doc->perform(*op) : Result<void>(std::unexpected(op.error()));
                m_committing = false;
                if (!r) {
                    emit editFailed(r.error().toString());
                    e->setText(current); // the document is unchanged: show what it holds
                }
            });
            m_editors.insert(QStringLiteral("page:") + key, e);
            layout->addRow(label, e);
        };
        metaEditor(QStringLiteral("title"), tr("Page name"), page->title, tr("Shown in menus"));
        metaEditor(QStringLiteral("slug"), tr("Address"), page->slug, QStringLiteral("/about"));
        metaEditor(QStringLiteral("description"), tr("Search description"), page->description,
                   tr("One or two sentences for search engines"));
    }

    // Validation issues of this block, shown at their field.
    QMultiHash<QString, QString> issues;
    const QString prefix =
        root ? QStringLiteral("root.props.") : page->jsonPath(block) + QStringLiteral(".props.");
    for (const ValidationIssue &i : validatePage(*page, *m_manifest, QString())) {
        if (!i.path.startsWith(prefix))
            continue;
        QString rest = i.path.mid(prefix.size());
        const qsizetype end = rest.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
        issues.insert(end < 0 ? rest : rest.left(end), i.message);
    }

    int ordinal = 0;
    for (const FieldSpec &field : spec->fields) {
        QWidget *editor = makeEditor(field, props.value(field.name));
        const QString label = field.label.isEmpty() ? field.name : field.label;
        editor->setAccessibleName(label);
        editor->setEnabled(!field.readOnly);
        if (field.readOnly)
            editor->setToolTip(tr("Read-only in this theme"));
        m_editors.insert(field.name, editor);
        m_fieldOrdinal.insert(field.name, ordinal++);
        const QStringList problems = issues.values(field.name);
        if (problems.isEmpty()) {
            layout->addRow(label, editor);
            continue;
        }
        auto *cell = new QWidget;
        auto *v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(editor);
        auto *problem = new QLabel(problems.join(QLatin1Char('\n')));
        problem->setObjectName(QStringLiteral("fieldIssue"));
        problem->setWordWrap(true);
        QPalette p = problem->palette();
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        problem->setPalette(p);
        v->addWidget(problem);
        layout->addRow(label, cell);
    }
}

} // namespace ss::ui
