#include "inspector.h"
#include "widgetutil.h"

#include "theme.h"

#include "pagesettings.h"

#include "arrayeditor.h"
#include "assetpicker.h"
#include "assetstore.h"
#include "page.h"
#include "pagesettings.h"
#include "propertypath.h"
#include "richtexteditor.h"
#include "sitedocument.h"
#include "thememanifest.h"
#include "validator.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace ss::ui {

namespace {

QFormLayout *newForm(QWidget *owner)
{
    auto *form = new QFormLayout(owner);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return form;
}

// Whether `key` is `path` or lies inside it ("items[2].title" is inside "items[2]" and "items").
bool isWithin(const QString &key, const QString &path)
{
    if (!key.startsWith(path))
        return false;
    return key.size() == path.size() || key.at(path.size()) == QLatin1Char('.') ||
           key.at(path.size()) == QLatin1Char('[');
}

QString itemPath(const QString &arrayPath, int index)
{
    return arrayPath + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace

Inspector::~Inspector()
{
    detachChildSignals(this);
}

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

void Inspector::setAssets(AssetStore *assets, std::function<QByteArray(const QString &)> themeFile)
{
    m_assets = assets;
    m_themeFile = std::move(themeFile);
    rebuild();
}

void Inspector::showBlock(const QString &pageId, const QString &blockId)
{
    const QString block = blockId.isEmpty() ? QStringLiteral("root") : blockId;
    if (pageId != m_pageId || block != m_blockId) {
        m_expanded.clear();
        verticalScrollBar()->setValue(0);
    }
    m_pageId = pageId;
    m_blockId = block;
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

QCborMap Inspector::currentProps() const
{
    const Page *page = m_doc ? m_doc->page(m_pageId) : nullptr;
    if (!page)
        return {};
    if (m_blockId == QLatin1String("root"))
        return page->rootProps;
    const Block *block = page->block(m_blockId);
    return block ? block->props : QCborMap();
}

QCborValue Inspector::currentValue(const QString &path) const
{
    auto p = PropertyPath::parse(path);
    return p ? p->get(QCborValue(currentProps())) : QCborValue();
}

bool Inspector::puckReadOnly(const QString &path) const
{
    const Page *page = m_doc ? m_doc->page(m_pageId) : nullptr;
    if (!page)
        return false;
    const bool root = m_blockId == QLatin1String("root");
    const Block *block = root ? nullptr : page->block(m_blockId);
    const QCborMap item = root ? page->rootItem : block ? block->item : QCborMap();
    const QCborMap readOnly = item.value(QStringLiteral("readOnly")).toMap();
    if (readOnly.isEmpty())
        return false;
    // Puck keys it by field name; a path key ("items[0].title") is honoured too.
    for (auto it = readOnly.constBegin(); it != readOnly.constEnd(); ++it)
        if (it.value().toBool() && isWithin(path, it.key().toString()))
            return true;
    return false;
}

bool Inspector::commit(const QString &path, const QCborValue &value, bool merge)
{
    if (!m_doc)
        return false;
    auto op = m_doc->makeSetProp(m_pageId, m_blockId, path, value);
    if (!op) {
        emit editFailed(op.error().toString());
        return false;
    }
    m_committing = true;
    auto r = m_doc->perform(*op, merge ? m_gesture : -1);
    m_committing = false;
    if (!r) {
        emit editFailed(r.error().toString());
        QTimer::singleShot(0, this, [this] { rebuild(); }); // show what the document holds
        return false;
    }
    // The summaries of the arrays this edit lies in.
    for (auto it = m_arrays.constBegin(); it != m_arrays.constEnd(); ++it)
        if (path.startsWith(it.key() + QLatin1Char('[')))
            it.value()->refreshItems(currentValue(it.key()).toArray());
    return true;
}

void Inspector::setField(const QString &path, const QCborValue &value)
{
    endGesture();
    const bool ok = commit(path, value, false);
    endGesture();
    if (ok)
        rebuild();
}

QByteArray Inspector::loadImage(const QString &reference) const
{
    if (reference.startsWith(QLatin1String("assets/")) && m_assets) {
        auto data = m_assets->read(reference.mid(7));
        return data ? *data : QByteArray();
    }
    if (reference.startsWith(QLatin1String("theme:")) && m_themeFile)
        return m_themeFile(reference.mid(6));
    return {};
}

Result<QString> Inspector::importImage(const QString &path, const QString &filePath)
{
    if (!m_assets || !m_doc)
        return fail(tr("This editor has no asset store"));
    auto asset = m_assets->importFile(filePath, m_doc->id);
    if (!asset) {
        emit editFailed(asset.error().toString());
        return std::unexpected(asset.error());
    }
    setField(path, QCborValue(asset->reference()));
    if (currentValue(path).toString() != asset->reference())
        return fail(tr("The image was imported but the field could not be set"), path);
    return asset->reference();
}

void Inspector::openImportDialog(const QString &path)
{
    auto *dialog =
        new QFileDialog(this, tr("Import an image"), QString(),
                        tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.avif *.svg *.ico)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, path](const QString &file) { importImage(path, file); });
    dialog->open();
}

AssetPicker *Inspector::openAssetPicker(const QString &path)
{
    auto *picker = new AssetPicker(assetEntries(), currentValue(path).toString(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowModality(Qt::NonModal);
    connect(picker, &AssetPicker::chosen, this,
            [this, path](const QString &ref) { setField(path, QCborValue(ref)); });
    connect(picker, &AssetPicker::importRequested, this, [this, path] { openImportDialog(path); });
    picker->show();
    return picker;
}

QList<AssetPicker::Entry> Inspector::assetEntries()
{
    QList<AssetPicker::Entry> entries;
    if (m_assets && m_doc) {
        auto assets = m_assets->list(m_doc->id);
        if (!assets)
            emit editFailed(assets.error().toString());
        else
            for (const AssetStore::Asset &a : *assets) {
                auto data = m_assets->read(a.fileName());
                entries.append(
                    {a.reference(),
                     tr("%1, %2").arg(a.ext.toUpper(), QLocale().formattedDataSize(a.size)),
                     data ? *data : QByteArray()});
            }
    }
    return entries;
}

void Inspector::setItemExpanded(const QString &itemPath, bool expanded)
{
    const qsizetype open = itemPath.lastIndexOf(QLatin1Char('['));
    if (open < 0 || !itemPath.endsWith(QLatin1Char(']')))
        return;
    if (expanded)
        m_expanded.insert(itemPath);
    else
        m_expanded.remove(itemPath);
    if (ArrayEditor *a = m_arrays.value(itemPath.left(open)))
        a->setExpanded(itemPath.mid(open + 1, itemPath.size() - open - 2).toInt(), expanded);
}

void Inspector::remapExpanded(const QString &arrayPath, const QList<int> &origin)
{
    const QString head = arrayPath + QLatin1Char('[');
    QSet<QString> next;
    for (const QString &key : std::as_const(m_expanded)) {
        if (!key.startsWith(head)) {
            next.insert(key);
            continue;
        }
        const qsizetype close = key.indexOf(QLatin1Char(']'), head.size());
        if (close < 0)
            continue;
        const int old = key.mid(head.size(), close - head.size()).toInt();
        const int now = int(origin.indexOf(old));
        if (now >= 0)
            next.insert(head + QString::number(now) + key.mid(close));
    }
    for (int i = 0; i < origin.size(); ++i)
        if (origin.at(i) < 0)
            next.insert(itemPath(arrayPath, i)); // a new item opens, ready to edit
    m_expanded = next;
}

QWidget *Inspector::makeArrayEditor(const FieldSpec &field, const QCborValue &value,
                                    const QString &path, bool readOnly)
{
    auto *a = new ArrayEditor(field, value.toArray(), readOnly);
    const FieldSpec *spec = &field;
    a->itemForm = [this, spec, path, readOnly](int index, const QCborMap &item) {
        auto *w = new QWidget;
        QFormLayout *form = newForm(w);
        form->setContentsMargins(0, 0, 0, 0);
        addFields(form, spec->subFields, item, itemPath(path, index) + QLatin1Char('.'), readOnly);
        return w;
    };
    connect(a, &ArrayEditor::edited, this,
            [this, path](const QCborArray &items, const QList<int> &origin, int focus) {
                endGesture();
                if (!commit(path, QCborValue(items), false))
                    return;
                endGesture();
                remapExpanded(path, origin);
                // Rebuilt after this slot returns: the clicked button belongs to the old form.
                QTimer::singleShot(0, this, [this, path, focus] {
                    rebuild();
                    if (ArrayEditor *now = m_arrays.value(path))
                        now->focusControl(focus, ArrayEditor::Control::Expand);
                });
            });
    connect(a, &ArrayEditor::expandedChanged, this, [this, path](int index, bool on) {
        if (on)
            m_expanded.insert(itemPath(path, index));
        else
            m_expanded.remove(itemPath(path, index));
    });
    m_arrays.insert(path, a);
    for (int i = 0; i < a->count(); ++i) {
        const QString item = itemPath(path, i);
        QStringList problems;
        for (auto it = m_issues.constBegin(); it != m_issues.constEnd(); ++it)
            if (isWithin(it.key(), item))
                problems << it.value();
        a->setItemIssues(i, problems);
        if (m_expanded.contains(item))
            a->setExpanded(i, true);
    }
    return a;
}

QWidget *Inspector::makeEditor(const FieldSpec &field, const QCborValue &value, const QString &path,
                               bool readOnly)
{
    using T = FieldSpec::Type;
    switch (field.type) {
    case T::Text:
    case T::Link: {
        auto *e = new QLineEdit(scalarText(value));
        e->setPlaceholderText(field.placeholder.isEmpty() && field.type == T::Link
                                  ? QStringLiteral("https://… or /page")
                                  : field.placeholder);
        if (field.maxLength > 0)
            e->setMaxLength(field.maxLength);
        e->setCursorPosition(0); // the start of a long text, not its end
        if (field.type == T::Link && m_doc) {
            // The site's pages as suggestions ("/about"); any URL is still accepted.
            QStringList slugs;
            for (const auto &page : m_doc->pages())
                slugs << page->slug;
            auto *completer = new QCompleter(slugs, e);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            e->setCompleter(completer);
        }
        connect(e, &QLineEdit::textEdited, this,
                [this, path](const QString &t) { commit(path, QCborValue(t)); });
        connect(e, &QLineEdit::editingFinished, this, [this] { endGesture(); });
        return e;
    }
    case T::Image: {
        auto *e = new ImageField(scalarText(value),
                                 [this](const QString &ref) { return loadImage(ref); });
        if (!field.placeholder.isEmpty())
            e->lineEdit()->setPlaceholderText(field.placeholder);
        if (!m_assets) {
            e->chooseButton()->hide();
            e->importButton()->hide();
        }
        connect(e, &ImageField::edited, this,
                [this, path](const QString &t) { commit(path, QCborValue(t)); });
        connect(e, &ImageField::editingFinished, this, [this] { endGesture(); });
        connect(e, &ImageField::chooseRequested, this, [this, path] { openAssetPicker(path); });
        connect(e, &ImageField::importRequested, this, [this, path] { openImportDialog(path); });
        return e;
    }
    case T::Textarea: {
        auto *e = new FocusOutTextEdit;
        e->setPlainText(scalarText(value));
        e->setTabChangesFocus(true);
        const int line = e->fontMetrics().lineSpacing(); // 3 to 6 lines, whatever the font
        e->setMinimumHeight(line * 3 + 12);
        e->setMaximumHeight(line * 6 + 12);
        e->onFocusOut = [this] { endGesture(); };
        connect(e, &QPlainTextEdit::textChanged, this,
                [this, path, e] { commit(path, QCborValue(e->toPlainText())); });
        return e;
    }
    case T::RichText: {
        auto *e = new RichTextEditor(scalarText(value));
        e->setPreviewVisible(m_previewShown.contains(path));
        connect(e, &RichTextEditor::previewToggled, this, [this, path](bool on) {
            if (on)
                m_previewShown.insert(path);
            else
                m_previewShown.remove(path);
        });
        connect(e, &RichTextEditor::textEdited, this,
                [this, path](const QString &t) { commit(path, QCborValue(t)); });
        connect(e, &RichTextEditor::editingFinished, this, [this] { endGesture(); });
        return e;
    }
    case T::Number: {
        auto *e = new QDoubleSpinBox;
        const double step = field.step.value_or(1) > 0 ? field.step.value_or(1) : 1;
        const bool integral =
            std::floor(step) == step && std::floor(field.min.value_or(0)) == field.min.value_or(0);
        e->setDecimals(integral ? 0 : 3);
        e->setRange(field.min.value_or(-1e9), field.max.value_or(1e9));
        e->setSingleStep(step);
        e->setValue(value.isDouble() || value.isInteger() ? value.toDouble() : 0);
        e->setKeyboardTracking(false);
        e->setFocusPolicy(Qt::StrongFocus); // the wheel scrolls the form, not the value
        const std::optional<double> fieldStep = field.step;
        const double base = field.min.value_or(0);
        connect(e, &QDoubleSpinBox::valueChanged, this,
                [this, path, integral, fieldStep, base, e](double v) {
                    if (fieldStep && *fieldStep > 0) {
                        // Typed values snap to the step (counted from min), within the range.
                        double snapped = base + std::round((v - base) / *fieldStep) * *fieldStep;
                        snapped = std::clamp(snapped, e->minimum(), e->maximum());
                        if (std::abs(snapped - v) > 1e-9) {
                            e->setValue(snapped); // emits again with the snapped value
                            return;
                        }
                    }
                    commit(path, integral ? QCborValue(qint64(std::llround(v))) : QCborValue(v));
                });
        return e;
    }
    case T::Select: {
        auto *e = new QComboBox;
        e->setFocusPolicy(Qt::StrongFocus);
        int current = -1;
        for (qsizetype i = 0; i < field.options.size(); ++i) {
            const QCborMap o = field.options.at(i).toMap();
            e->addItem(o.value(QStringLiteral("label")).toString(), i);
            if (o.value(QStringLiteral("value")) == value)
                current = int(i);
        }
        if (current < 0 && !value.isUndefined() && !value.isNull()) {
            // A value the theme does not offer (imported data): shown, flagged by validation.
            e->addItem(tr("%1 (not an option)").arg(scalarText(value)), -1);
            current = e->count() - 1;
        }
        e->setCurrentIndex(current);
        const QCborArray options = field.options;
        connect(e, &QComboBox::activated, this, [this, path, e, options](int index) {
            const int option = e->itemData(index).toInt();
            if (option >= 0) {
                endGesture();
                commit(path, options.at(option).toMap().value(QStringLiteral("value")), false);
            }
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
        connect(group, &QButtonGroup::idClicked, this, [this, path, options](int id) {
            endGesture();
            commit(path, options.at(id).toMap().value(QStringLiteral("value")), false);
        });
        return box;
    }
    case T::Array:
        return makeArrayEditor(field, value, path, readOnly);
    case T::Object: {
        auto *frame = new QFrame;
        frame->setObjectName(QStringLiteral("objectFields"));
        frame->setFrameShape(QFrame::StyledPanel);
        QFormLayout *form = newForm(frame);
        form->setContentsMargins(8, 6, 6, 6);
        addFields(form, field.subFields, value.toMap(), path + QLatin1Char('.'), readOnly);
        return frame;
    }
    case T::Slot: {
        auto *l = new QLabel(tr("Blocks: edit them in the outline"));
        l->setEnabled(false);
        return l;
    }
    }
    return new QLabel;
}

void Inspector::addFields(QFormLayout *layout, const std::vector<FieldSpec> &fields,
                          const QCborMap &values, const QString &prefix, bool readOnly)
{
    using T = FieldSpec::Type;
    for (const FieldSpec &field : fields) {
        const QString path = prefix + field.name;
        const bool ro = readOnly || field.readOnly || puckReadOnly(path);
        QWidget *editor = makeEditor(field, values.value(field.name), path, ro);
        const QString label = field.label.isEmpty() ? field.name : field.label;
        editor->setAccessibleName(label);
        if (auto *image = qobject_cast<ImageField *>(editor))
            image->lineEdit()->setAccessibleName(label);
        else if (auto *rich = qobject_cast<RichTextEditor *>(editor))
            rich->editor()->setAccessibleName(label);
        const bool container = field.type == T::Array || field.type == T::Object;
        if (ro && !container) { // containers stay open for reading; their editors are disabled
            editor->setEnabled(false);
            editor->setToolTip(tr("Read-only in this theme"));
        }
        m_editors.insert(path, editor);

        QWidget *cell = editor;
        const QStringList problems = m_issues.values(path);
        if (!problems.isEmpty()) {
            cell = new QWidget;
            auto *v = new QVBoxLayout(cell);
            v->setContentsMargins(0, 0, 0, 0);
            v->addWidget(editor);
            auto *problem = new QLabel(problems.join(QLatin1Char('\n')));
            problem->setObjectName(QStringLiteral("fieldIssue"));
            problem->setWordWrap(true);
            QPalette p = problem->palette();
            p.setColor(QPalette::WindowText, statusColor(StatusColor::Error, p));
            problem->setPalette(p);
            v->addWidget(problem);
        }
        // Wide editors get the whole width, under their label.
        if (container || field.type == T::RichText || field.type == T::Image) {
            auto *title = new QLabel(label);
            title->setBuddy(editor);
            layout->addRow(title);
            layout->addRow(cell);
        } else {
            layout->addRow(label, cell);
        }
    }
}

void Inspector::rebuild()
{
    const int scroll = verticalScrollBar()->value();
    m_editors.clear();
    m_arrays.clear();
    m_issues.clear();
    auto *form = new QWidget;
    auto *outer = new QVBoxLayout(form);
    QFormLayout *layout = newForm(nullptr);
    outer->addLayout(layout);
    outer->addStretch(1); // wins over the expanding text editors: rows stay together
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
        auto *unknown =
            new QLabel(tr("The theme has no component \"%1\": its props are kept as they are.")
                           .arg(block->type));
        unknown->setWordWrap(true);
        layout->addRow(unknown);
        return;
    }

    if (root) {
        // The page's own settings: name, address, search and sharing (one undo step each).
        auto *settings = new PageSettings(
            m_doc, m_pageId, layout,
            [this](const Operation &op) {
                m_committing = true;
                auto r = m_doc->perform(op);
                m_committing = false;
                return r;
            },
            form);
        connect(settings, &PageSettings::editFailed, this, &Inspector::editFailed);
        connect(settings, &PageSettings::chooseImageRequested, this, [this, settings] {
            auto *picker = new AssetPicker(assetEntries(), QString(), this);
            picker->setAttribute(Qt::WA_DeleteOnClose);
            picker->setWindowModality(Qt::NonModal);
            connect(picker, &AssetPicker::chosen, settings, [settings](const QString &ref) {
                settings->set(QStringLiteral("ogImage"), ref);
            });
            picker->show();
        });
        for (const QString &key : settings->keys())
            m_editors.insert(QStringLiteral("page:") + key, settings->editor(key));
        m_pageSettings = settings;
        auto *content = new QLabel(tr("Page content"));
        QFont cf = content->font();
        cf.setBold(true);
        content->setFont(cf);
        content->setContentsMargins(0, 8, 0, 0);
        layout->addRow(content);
    }

    // Validation issues of this block, by prop path, shown at their field.
    const QString prefix =
        root ? QStringLiteral("root.props.") : page->jsonPath(block) + QStringLiteral(".props.");
    for (const ValidationIssue &i : validatePage(*page, *m_manifest, QString())) {
        if (i.path.startsWith(prefix))
            m_issues.insert(i.path.mid(prefix.size()), i.message);
    }
    // Issues inside a prop no editor shows (an unknown key, a slot's content) go to its field.
    QMultiHash<QString, QString> placed;
    const QStringList slotPaths = spec->slotNames();
    for (auto it = m_issues.constBegin(); it != m_issues.constEnd(); ++it) {
        bool inSlot = false; // a block in one of this block's slots: shown on that block
        for (const QString &slot : slotPaths)
            inSlot = inSlot || (it.key() != slot && isWithin(it.key(), slot));
        if (inSlot)
            continue;
        auto p = PropertyPath::parse(it.key());
        const FieldSpec *field = p ? spec->fieldAt(*p) : nullptr;
        if (field)
            placed.insert(it.key(), it.value());
        else if (!p || p->steps().isEmpty() || p->steps().first().isIndex())
            placed.insert(it.key(), it.value());
        else
            placed.insert(p->steps().first().key, it.value());
    }
    m_issues = placed;

    addFields(layout, spec->fields, props, QString(), false);
    QTimer::singleShot(0, this, [this, scroll] { verticalScrollBar()->setValue(scroll); });
}

PageSettings *Inspector::pageSettings() const
{
    return m_pageSettings;
}

} // namespace ss::ui
