#include "pagediff.h"

#include "page.h"
#include "puckcodec.h"
#include "sitedocument.h"

#include <QCborArray>
#include <QHash>
#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace ss {

const BlockDiff *PageDiff::find(const QString &blockId) const
{
    for (const BlockDiff &b : blocks)
        if (b.blockId == blockId)
            return &b;
    return nullptr;
}

namespace pagediff {

namespace {

const QString kRoot = QStringLiteral("root");

AreaRef refOf(const Area &a)
{
    AreaRef r;
    r.owner = a.ownerId();
    r.name = a.name;
    r.zone = a.kind == AreaKind::Zone;
    return r;
}

struct Place
{
    const Block *block = nullptr;
    AreaRef area;
    qsizetype index = -1;
};

QHash<QString, Place> places(const Page &page)
{
    QHash<QString, Place> out;
    forEachBlock(page, [&](const Block *b) {
        out.insert(b->id, Place{b, refOf(*b->parent), b->parent->indexOf(b)});
    });
    return out;
}

bool isRootSlot(const Page &page, const PropertyPath &path)
{
    for (const auto &a : page.rootAreas) {
        if (a->kind != AreaKind::Slot)
            continue;
        auto slot = PropertyPath::parse(a->name);
        if (slot && (path.isWithin(*slot) || slot->isWithin(path)))
            return true;
    }
    return false;
}

void collect(const QCborValue &a, const QCborValue &b, QList<PropertyPath::Step> &at,
             const std::function<bool(const PropertyPath &)> &isSlot, QStringList &out)
{
    if (a == b)
        return;
    const PropertyPath here = PropertyPath::fromSteps(at);
    if (a.isMap() && b.isMap()) {
        const QCborMap ma = a.toMap();
        const QCborMap mb = b.toMap();
        QStringList keys;
        for (auto it = ma.begin(); it != ma.end(); ++it)
            keys << it.key().toString();
        for (auto it = mb.begin(); it != mb.end(); ++it)
            if (!ma.contains(it.key()))
                keys << it.key().toString();
        for (const QString &key : std::as_const(keys)) {
            if (at.isEmpty() && key == QLatin1String("id"))
                continue;
            at.append(PropertyPath::Step{key, -1});
            collect(ma.value(key), mb.value(key), at, isSlot, out);
            at.removeLast();
        }
        return;
    }
    if (a.isArray() && b.isArray() && a.toArray().size() == b.toArray().size()) {
        const QCborArray aa = a.toArray();
        const QCborArray ab = b.toArray();
        for (qsizetype i = 0; i < aa.size(); ++i) {
            at.append(PropertyPath::Step{QString(), i});
            collect(aa.at(i), ab.at(i), at, isSlot, out);
            at.removeLast();
        }
        return;
    }
    if (at.isEmpty() || (isSlot && isSlot(here)))
        return;
    out << here.toString();
}

// Blocks that kept their area but not their order: the ones outside a longest run of shared
// blocks whose old order is increasing (so one block moved down reads as one move, not many).
QSet<QString> reordered(const QList<QPair<QString, qsizetype>> &sharedInNewOrder)
{
    const qsizetype n = sharedInNewOrder.size();
    QList<qsizetype> tailIndex; // tailIndex[k]: index into the list of the last of a run of k+1
    QList<qsizetype> prev(n, -1);
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype v = sharedInNewOrder.at(i).second;
        auto it = std::lower_bound(tailIndex.begin(), tailIndex.end(), v,
                                   [&](qsizetype idx, qsizetype value) {
                                       return sharedInNewOrder.at(idx).second < value;
                                   });
        const qsizetype k = it - tailIndex.begin();
        if (k > 0)
            prev[i] = tailIndex.at(k - 1);
        if (k == tailIndex.size())
            tailIndex.append(i);
        else
            tailIndex[k] = i;
    }
    QSet<qsizetype> keep;
    for (qsizetype i = tailIndex.isEmpty() ? -1 : tailIndex.last(); i >= 0; i = prev.at(i))
        keep.insert(i);
    QSet<QString> out;
    for (qsizetype i = 0; i < n; ++i)
        if (!keep.contains(i))
            out.insert(sharedInNewOrder.at(i).first);
    return out;
}

// Where to put `oldBlock` (of `oldArea`) in `target`: after the nearest block that preceded it in
// the old revision and is still in `target`, else before the nearest one that followed it, else
// at its old index (clamped). `skipId` (the block itself, when it is moved) does not count.
qsizetype placeIn(const Area *target, const Area &oldArea, const Block &oldBlock,
                  const QString &skipId)
{
    if (!target)
        return 0;
    QStringList ids;
    for (const auto &c : target->children)
        if (c->id != skipId)
            ids << c->id;
    const qsizetype at = oldArea.indexOf(&oldBlock);
    for (qsizetype i = at - 1; i >= 0; --i)
        if (const qsizetype pos = ids.indexOf(oldArea.children.at(size_t(i))->id); pos >= 0)
            return pos + 1;
    for (qsizetype i = at + 1; i < qsizetype(oldArea.children.size()); ++i)
        if (const qsizetype pos = ids.indexOf(oldArea.children.at(size_t(i))->id); pos >= 0)
            return pos;
    return std::clamp<qsizetype>(at, 0, ids.size());
}

} // namespace

const Page *matchingPage(const SiteDocument &old, const Page &current)
{
    if (const Page *p = old.page(current.id))
        return p;
    return old.pageBySlug(current.slug);
}

QString blockLabel(const Block &block)
{
    return block.label();
}

QStringList changedPaths(const QCborValue &oldValue, const QCborValue &newValue,
                         const std::function<bool(const PropertyPath &)> &isSlot)
{
    QStringList out;
    QList<PropertyPath::Step> at;
    collect(oldValue, newValue, at, isSlot, out);
    return out;
}

PageDiff diff(const Page &oldPage, const Page &currentPage)
{
    PageDiff d;
    if (oldPage.title != currentPage.title)
        d.changedMeta << QStringLiteral("title");
    if (oldPage.slug != currentPage.slug)
        d.changedMeta << QStringLiteral("slug");
    if (oldPage.description != currentPage.description)
        d.changedMeta << QStringLiteral("description");

    const QStringList rootPaths =
        changedPaths(QCborValue(oldPage.rootProps), QCborValue(currentPage.rootProps),
                     [&](const PropertyPath &p) {
                         return isRootSlot(oldPage, p) || isRootSlot(currentPage, p);
                     });
    if (!rootPaths.isEmpty()) {
        BlockDiff root;
        root.blockId = kRoot;
        root.type = kRoot;
        root.label = QStringLiteral("Page");
        root.changedProps = rootPaths;
        d.blocks.append(root);
    }

    const QHash<QString, Place> before = places(oldPage);
    const QHash<QString, Place> now = places(currentPage);

    // Order changes within an area both sides have: per area, the shared blocks in the current
    // order with their old index.
    QHash<QString, QList<QPair<QString, qsizetype>>> shared;
    QSet<QString> moved;
    forEachBlock(currentPage, [&](const Block *b) {
        auto it = before.constFind(b->id);
        if (it == before.constEnd())
            return;
        const Place &p = now.value(b->id);
        if (!(it->area == p.area))
            moved.insert(b->id);
        else
            shared[p.area.compound()].append({b->id, it->index});
    });
    for (auto it = shared.cbegin(); it != shared.cend(); ++it)
        moved.unite(reordered(it.value()));

    forEachBlock(currentPage, [&](const Block *b) {
        const Place &p = now.value(b->id);
        BlockDiff bd;
        bd.blockId = b->id;
        bd.type = b->type;
        bd.label = blockLabel(*b);
        bd.newArea = p.area;
        bd.newIndex = p.index;
        auto it = before.constFind(b->id);
        if (it == before.constEnd()) {
            bd.added = true;
        } else {
            bd.oldArea = it->area;
            bd.oldIndex = it->index;
            bd.moved = moved.contains(b->id);
            const Block *old = it->block;
            bd.changedProps = changedPaths(QCborValue(old->props), QCborValue(b->props),
                                           [&](const PropertyPath &path) {
                                               return b->isSlotPath(path) || old->isSlotPath(path);
                                           });
            if (old->type != b->type)
                bd.changedProps.prepend(QStringLiteral("type"));
            if (!bd.moved && !bd.propsChanged())
                return;
        }
        d.blocks.append(bd);
    });
    forEachBlock(oldPage, [&](const Block *b) {
        if (now.contains(b->id))
            return;
        const Place &p = before.value(b->id);
        BlockDiff bd;
        bd.blockId = b->id;
        bd.type = b->type;
        bd.label = blockLabel(*b);
        bd.removed = true;
        bd.oldArea = p.area;
        bd.oldIndex = p.index;
        d.blocks.append(bd);
    });
    return d;
}

Result<void> restoreBlock(SiteDocument &doc, const QString &pageId, const Page &oldPage,
                          const QString &blockId, const QString &undoText)
{
    const Page *page = doc.page(pageId);
    if (!page)
        return fail(QStringLiteral("no page \"%1\"").arg(pageId));
    const PageDiff d = diff(oldPage, *page);
    const BlockDiff *bd = d.find(blockId);
    if (!bd)
        return fail(QStringLiteral("block \"%1\" is the same in both").arg(blockId));

    QList<Operation> ops;
    auto setProps = [&](const QCborMap &oldProps) -> Result<void> {
        for (const QString &path : bd->changedProps) {
            if (path == QLatin1String("type"))
                return fail(QStringLiteral("the block changed its type; restore the page instead"));
            auto parsed = PropertyPath::parse(path);
            if (!parsed)
                return std::unexpected(parsed.error());
            auto op = doc.makeSetProp(pageId, blockId, path, parsed->get(QCborValue(oldProps)));
            if (!op)
                return std::unexpected(op.error());
            ops.append(std::move(*op));
        }
        return {};
    };

    if (blockId == kRoot) {
        if (auto r = setProps(oldPage.rootProps); !r)
            return r;
    } else if (bd->added) {
        auto op = doc.makeRemove(pageId, blockId);
        if (!op)
            return std::unexpected(op.error());
        ops.append(std::move(*op));
    } else {
        const Block *old = oldPage.block(blockId);
        if (!old)
            return fail(QStringLiteral("block \"%1\" is not in the revision").arg(blockId));
        const Area &oldArea = *old->parent;
        const QString owner = oldArea.ownerId();
        // The old area is usable when its owner (the page root or a block) is on the page now.
        const bool ownerExists = owner == kRoot || (page->block(owner) && owner != blockId);
        const Area *target = ownerExists ? page->findArea(owner, oldArea.name) : nullptr;
        if (bd->removed) {
            // Back where it was when its area is still there, else at the end of the page's
            // root content (a removed block always has somewhere to go).
            AreaRef ref = refOf(oldArea);
            qsizetype index = placeIn(target, oldArea, *old, QString());
            if (!ownerExists || (!target && oldArea.kind == AreaKind::Slot)) {
                ref = AreaRef{};
                index = page->content ? qsizetype(page->content->children.size()) : 0;
            }
            auto op = doc.makeInsert(pageId, ref, index, puck::exportItem(*old));
            if (!op)
                return fail(
                    QStringLiteral("cannot put block \"%1\" back: %2; restore the page instead")
                        .arg(blockId, op.error().message));
            // With its legacy zones too (exportItem has the slots inline, not the zones).
            op->subtree = puck::exportSubtree(oldPage, *old);
            if (auto check = puck::importSubtree(*page, op->subtree, QStringLiteral("subtree"));
                !check)
                return fail(
                    QStringLiteral("cannot put block \"%1\" back: %2; restore the page instead")
                        .arg(blockId, check.error().message));
            ops.append(std::move(*op));
        } else {
            if (bd->propsChanged())
                if (auto r = setProps(old->props); !r)
                    return r;
            // A moved block goes back only when its old area exists; otherwise it stays put.
            if (bd->moved && target) {
                auto op = doc.makeMove(pageId, blockId, refOf(oldArea),
                                       placeIn(target, oldArea, *old, blockId));
                if (!op)
                    return std::unexpected(op.error());
                ops.append(std::move(*op));
            }
        }
    }
    if (ops.isEmpty())
        return fail(QStringLiteral("nothing to restore for block \"%1\"").arg(blockId));

    // One undo step. The ops were built against the current state and touch disjoint things
    // (different prop paths, the block's position), so building them all first is sound.
    QUndoStack *undo = doc.undoStack();
    undo->beginMacro(undoText);
    for (const Operation &op : std::as_const(ops)) {
        if (auto r = doc.perform(op); !r) {
            undo->endMacro();
            undo->undo(); // take back what was applied of the step
            return r;
        }
    }
    undo->endMacro();
    return {};
}

Result<void> restorePage(SiteDocument &doc, const QString &pageId, const Page &oldPage)
{
    auto op = doc.makeReplacePageData(pageId, puck::exportData(oldPage));
    if (!op)
        return std::unexpected(op.error());
    return doc.perform(*op);
}

} // namespace pagediff
} // namespace ss
