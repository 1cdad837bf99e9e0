#include "componentpalette.h"

#include "outlinemodel.h"
#include "thememanifest.h"

#include <QLineEdit>
#include <QMimeData>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

constexpr int TypeRole = Qt::UserRole + 1;

// A tree whose component rows drag as OutlineModel::ComponentMimeType.
class PaletteTree : public QTreeWidget
{
protected:
    // Dragging a component copies it: the palette keeps its rows.
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
    QStringList mimeTypes() const override
    {
        return {QString::fromLatin1(OutlineModel::ComponentMimeType)};
    }
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        if (items.isEmpty() || items.first()->data(0, TypeRole).toString().isEmpty())
            return nullptr;
        auto *mime = new QMimeData;
        mime->setData(QString::fromLatin1(OutlineModel::ComponentMimeType),
                      items.first()->data(0, TypeRole).toString().toUtf8());
        return mime;
    }
};

} // namespace

ComponentPalette::ComponentPalette(const ThemeManifest &manifest, QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit)
    , m_tree(new PaletteTree)
{
    m_search->setPlaceholderText(tr("Search components"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search components"));
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Components"));
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setRootIsDecorated(false);

    QSet<QString> placed;
    const auto addComponent = [&](QTreeWidgetItem *group, const QString &type) {
        const ComponentSpec *spec = manifest.component(type);
        if (!spec || placed.contains(type))
            return;
        placed.insert(type);
        auto *item = new QTreeWidgetItem(group, {spec->label.isEmpty() ? type : spec->label});
        item->setData(0, TypeRole, type);
        item->setToolTip(0, spec->description);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    };
    for (const ThemeCategory &category : manifest.categories) {
        auto *group = new QTreeWidgetItem(m_tree, {category.title});
        group->setFlags(Qt::ItemIsEnabled);
        QFont f = group->font(0);
        f.setBold(true);
        group->setFont(0, f);
        for (const QString &type : category.components)
            addComponent(group, type);
    }
    // Components no category lists still appear, under "Other".
    QTreeWidgetItem *other = nullptr;
    for (const ComponentSpec &spec : manifest.components) {
        if (placed.contains(spec.name))
            continue;
        if (!other) {
            other = new QTreeWidgetItem(m_tree, {tr("Other")});
            other->setFlags(Qt::ItemIsEnabled);
        }
        addComponent(other, spec.name);
    }
    m_tree->expandAll();

    connect(m_search, &QLineEdit::textChanged, this, &ComponentPalette::filter);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString type = item->data(0, TypeRole).toString();
        if (!type.isEmpty())
            emit insertRequested(type);
    });
    // Enter in the search field inserts the first match.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QStringList types = visibleTypes();
        if (!types.isEmpty())
            emit insertRequested(types.first());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);
}

void ComponentPalette::filter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match =
                needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive) ||
                item->data(0, TypeRole).toString().contains(needle, Qt::CaseInsensitive) ||
                item->toolTip(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

QStringList ComponentPalette::visibleTypes() const
{
    QStringList types;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        if (group->isHidden())
            continue;
        for (int i = 0; i < group->childCount(); ++i)
            if (!group->child(i)->isHidden())
                types << group->child(i)->data(0, TypeRole).toString();
    }
    return types;
}

} // namespace ss::ui
