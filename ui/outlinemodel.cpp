#include "outlinemodel.h"

#include "page.h"
#include "sitedocument.h"
#include "thememanifest.h"

#include <QIODevice>
#include <QMimeData>
#include <QUndoStack>
#include <functional>

namespace ss::ui {

struct OutlineModel::Node
{
    bool isArea = false;
    QString blockId;  // block rows
    QString type;     // block rows
    QString label;    // what the row shows
    QString compound; // block rows: the area they sit in; area rows: their own
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> n)
    {
        n->parent = this;
        n->row = int(children.size());
        children.push_back(std::move(n));
        return children.back().get();
    }
};

namespace {

QString areaLabel(const Area &a)
{
    if (a.kind == AreaKind::Zone)
        return OutlineModel::tr("%1 (zone)").arg(a.name);
    if (a.kind == AreaKind::Content)
        return OutlineModel::tr("Page content");
    return a.name;
}

} // namespace

OutlineModel::OutlineModel(SiteDocument *doc, const ThemeManifest *manifest, QObject *parent)
    : QAbstractItemModel(parent)
    , m_doc(doc)
    , m_manifest(manifest)
    , m_root(std::make_unique<Node>())
{
    connect(doc, &SiteDocument::changed, this, &OutlineModel::onChanged);
}

OutlineModel::~OutlineModel() = default;

void OutlineModel::setPage(const QString &pageId)
{
    beginResetModel();
    m_pageId = pageId;
    rebuild();
    endResetModel();
}

QString OutlineModel::blockLabel(const Block &block)
{
    return block.label();
}

void OutlineModel::rebuild()
{
    m_root = std::make_unique<Node>();
    m_blockNodes.clear();
    const Page *page = m_doc ? m_doc->page(m_pageId) : nullptr;
    if (!page)
        return;
    std::function<void(Node *, const Area &)> addBlocks = [&](Node *into, const Area &area) {
        for (const auto &child : area.children) {
            auto n = std::make_unique<Node>();
            n->blockId = child->id;
            n->type = child->type;
            n->label = blockLabel(*child);
            n->compound = area.compound();
            Node *bn = into->add(std::move(n));
            m_blockNodes.insert(child->id, bn);
            for (const auto &a : child->areas) {
                auto an = std::make_unique<Node>();
                an->isArea = true;
                an->label = areaLabel(*a);
                an->compound = a->compound();
                addBlocks(bn->add(std::move(an)), *a);
            }
        }
    };
    if (page->content)
        addBlocks(m_root.get(), *page->content);
    for (const auto &a : page->rootAreas) {
        auto an = std::make_unique<Node>();
        an->isArea = true;
        an->label = areaLabel(*a);
        an->compound = a->compound();
        addBlocks(m_root->add(std::move(an)), *a);
    }
}

void OutlineModel::onChanged(const DocumentChange &change)
{
    using K = Operation::Kind;
    if (change.kind == K::ReplaceSiteProps || change.kind == K::SetPageMeta)
        return;
    if (change.kind == K::RemovePage || change.kind == K::AddPage) {
        if (!m_doc->page(m_pageId) || m_root->children.empty())
            setPage(m_pageId); // our page went away (empty outline) or came back
        return;
    }
    if (change.pageId != m_pageId)
        return;
    if (change.kind == K::SetProp) {
        Node *n = m_blockNodes.value(change.blockId);
        const Page *page = m_doc->page(m_pageId);
        const Block *b = page ? page->block(change.blockId) : nullptr;
        if (n && b) {
            n->label = blockLabel(*b);
            const QModelIndex i = indexOfNode(n);
            emit dataChanged(i, i);
        }
        return;
    }
    setPage(m_pageId); // a structural change: insert, remove, move, duplicate, root, page data
}

OutlineModel::Node *OutlineModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex OutlineModel::indexOfNode(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex OutlineModel::indexOfBlock(const QString &blockId) const
{
    return indexOfNode(m_blockNodes.value(blockId));
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return n->label;
    case Qt::ToolTipRole:
        return n->isArea ? tr("Slot %1").arg(n->compound) : tr("%1 (%2)").arg(n->type, n->blockId);
    case Qt::AccessibleTextRole:
        return n->isArea ? tr("Slot %1").arg(n->label) : tr("Block %1").arg(n->label);
    case BlockIdRole:
        return n->blockId;
    case BlockTypeRole:
        return n->type;
    case AreaCompoundRole:
        return n->compound;
    case IsAreaRole:
        return n->isArea;
    default:
        return {};
    }
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // the page content
    const Node *n = nodeOf(index);
    if (n->isArea)
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (!n->children.empty())
        f |= Qt::ItemIsDropEnabled; // onto a block: into its first slot
    return f;
}

QHash<int, QByteArray> OutlineModel::roleNames() const
{
    QHash<int, QByteArray> r = QAbstractItemModel::roleNames();
    r.insert(BlockIdRole, "blockId");
    r.insert(BlockTypeRole, "blockType");
    r.insert(AreaCompoundRole, "area");
    r.insert(IsAreaRole, "isArea");
    return r;
}

Qt::DropActions OutlineModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList OutlineModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType), QString::fromLatin1(ComponentMimeType)};
}

QMimeData *OutlineModel::mimeData(const QModelIndexList &indexes) const
{
    // In document order, so a multi-block drag keeps the blocks' order.
    QModelIndexList sorted;
    for (const QModelIndex &i : indexes)
        if (i.isValid() && !nodeOf(i)->isArea)
            sorted << i;
    const auto path = [this](QModelIndex i) {
        QList<int> rows;
        for (; i.isValid(); i = parent(i))
            rows.prepend(i.row());
        return rows;
    };
    std::sort(sorted.begin(), sorted.end(),
              [&](const QModelIndex &a, const QModelIndex &b) { return path(a) < path(b); });
    QStringList ids;
    for (const QModelIndex &i : sorted)
        ids << nodeOf(i)->blockId;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), ids.join(QLatin1Char('\n')).toUtf8());
    return mime;
}

QString OutlineModel::dropArea(const QModelIndex &parent) const
{
    const Node *n = nodeOf(parent);
    if (n == m_root.get())
        return QStringLiteral("root:default-zone");
    if (n->isArea)
        return n->compound;
    return n->children.empty() ? QString() : n->children.front()->compound;
}

bool OutlineModel::areaAccepts(const QString &compound, const QString &type) const
{
    return areaAccepts(m_doc, m_manifest, m_pageId, compound, type);
}

bool OutlineModel::areaAccepts(const SiteDocument *doc, const ThemeManifest *manifest,
                               const QString &pageId, const QString &compound, const QString &type)
{
    if (!manifest)
        return true;
    const auto ref = AreaRef::fromCompound(compound);
    if (!ref || ref->owner == QLatin1String("root"))
        return true; // the page content and root slots take any block
    const Page *page = doc ? doc->page(pageId) : nullptr;
    const Block *owner = page ? page->block(ref->owner) : nullptr;
    const ComponentSpec *spec = owner ? manifest->component(owner->type) : nullptr;
    const auto path = PropertyPath::parse(ref->name);
    const FieldSpec *field = spec && path ? spec->fieldAt(*path) : nullptr;
    return !field || field->accepts(type); // zones have no field: any block
}

bool OutlineModel::canMoveInto(const SiteDocument *doc, const ThemeManifest *manifest,
                               const QString &pageId, const QString &blockId,
                               const QString &compound)
{
    const Page *page = doc ? doc->page(pageId) : nullptr;
    const Block *b = page ? page->block(blockId) : nullptr;
    const auto ref = AreaRef::fromCompound(compound);
    if (!b || !ref)
        return false;
    // Not into itself or its own descendants.
    for (const Block *x = page->block(ref->owner); x; x = x->parent ? x->parent->owner : nullptr)
        if (x == b)
            return false;
    return areaAccepts(doc, manifest, pageId, compound, b->type);
}

bool OutlineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                   const QModelIndex &parent) const
{
    if (!data)
        return false;
    const QString area = dropArea(parent);
    if (area.isEmpty())
        return false;
    if (data->hasFormat(QString::fromLatin1(ComponentMimeType))) {
        const QString type = QString::fromUtf8(data->data(QString::fromLatin1(ComponentMimeType)));
        return (action == Qt::CopyAction || action == Qt::MoveAction) && m_manifest &&
               m_manifest->component(type) && areaAccepts(area, type);
    }
    if (action != Qt::MoveAction || !data->hasFormat(QString::fromLatin1(MimeType)))
        return false;
    const QStringList ids = QString::fromUtf8(data->data(QString::fromLatin1(MimeType)))
                                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &id : ids) {
        const Node *n = m_blockNodes.value(id);
        if (!n || !areaAccepts(area, n->type))
            return false;
        // Not into itself or its own descendants.
        for (const Node *x = nodeOf(parent); x && x != m_root.get(); x = x->parent)
            if (x == n)
                return false;
    }
    return !ids.isEmpty();
}

bool OutlineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (data->hasFormat(QString::fromLatin1(ComponentMimeType)))
        return insertComponent(
                   QString::fromUtf8(data->data(QString::fromLatin1(ComponentMimeType))), parent,
                   row)
            .has_value();
    const QStringList ids = QString::fromUtf8(data->data(QString::fromLatin1(MimeType)))
                                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // The view removes nothing itself: the move happens in the document and the model follows.
    return moveBlocks(ids, parent, row).isEmpty();
}

Result<QString> OutlineModel::insertComponent(const QString &type, const QModelIndex &parent,
                                              int row)
{
    return insertComponentAt(type, dropArea(parent), row);
}

Result<QString> OutlineModel::insertComponentAt(const QString &type, const QString &compound,
                                                int row)
{
    if (!m_doc || !m_manifest)
        return fail(tr("No document"));
    auto to = AreaRef::fromCompound(compound);
    if (compound.isEmpty() || !to)
        return fail(tr("Blocks cannot be placed there"));
    if (!areaAccepts(compound, type))
        return fail(tr("%1 is not allowed in this slot").arg(type));
    const Page *page = m_doc->page(m_pageId);
    if (!page)
        return fail(tr("The page is gone"));
    const Area *dest = page->findArea(to->owner, to->name);
    const qsizetype size = dest ? qsizetype(dest->children.size()) : 0;
    if (const Area *a = dest; a)
        to->zone = a->kind == AreaKind::Zone;
    const qsizetype index = row < 0 ? size : std::min<qsizetype>(row, size);
    auto op = m_doc->makeInsertNew(m_pageId, *to, index, type, *m_manifest);
    if (!op)
        return std::unexpected(op.error());
    if (auto r = m_doc->perform(*op); !r)
        return std::unexpected(r.error());
    return op->blockId;
}

QString OutlineModel::moveBlocks(const QStringList &blockIds, const QModelIndex &parent, int row)
{
    return moveBlocksTo(blockIds, dropArea(parent), row);
}

QString OutlineModel::moveBlocksTo(const QStringList &blockIds, const QString &compound, int row)
{
    if (!m_doc)
        return tr("No document");
    auto to = AreaRef::fromCompound(compound);
    if (compound.isEmpty() || !to)
        return tr("Blocks cannot be dropped there");
    const Page *page = m_doc->page(m_pageId);
    if (!page)
        return tr("The page is gone");
    const Area *dest = page->findArea(to->owner, to->name);
    qsizetype destSize = dest ? qsizetype(dest->children.size()) : 0;
    // A row in the outline's top level past the content's blocks means "at the end of it".
    qsizetype pos = row < 0 ? destSize : std::min<qsizetype>(row, destSize);
    for (const QString &id : blockIds)
        if (!page->block(id))
            return tr("Block %1 is not on the page").arg(id);
    const QString pageId = m_pageId; // each move resets the model: `parent` is stale after it
    QUndoStack *undo = m_doc->undoStack();
    int moved = 0;
    undo->beginMacro(blockIds.size() == 1 ? tr("Move block")
                                          : tr("Move %n blocks", nullptr, int(blockIds.size())));
    QString error;
    for (const QString &id : blockIds) {
        const Page *p = m_doc->page(pageId);
        const Block *b = p ? p->block(id) : nullptr;
        if (!b) {
            error = tr("Block %1 is no longer on the page").arg(id);
            break;
        }
        const bool sameArea = b->parent->compound() == compound;
        const qsizetype from = b->parent->indexOf(b);
        qsizetype toIndex = pos;
        if (sameArea && from < pos)
            toIndex = pos - 1;
        else
            ++pos;
        auto op = m_doc->makeMove(pageId, id, *to, toIndex);
        if (!op) {
            error = op.error().toString();
            break;
        }
        if (auto r = m_doc->perform(*op); !r) {
            error = r.error().toString();
            break;
        }
        ++moved;
    }
    undo->endMacro();
    if (!error.isEmpty() && moved > 0)
        undo->undo(); // all or nothing: take back the blocks that did move
    return error;
}

} // namespace ss::ui
