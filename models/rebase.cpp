#include "rebase.h"

#include "json.h"
#include "page.h"
#include "puckcodec.h"
#include "sitedocument.h"

namespace ss {

namespace {

// Brings back a block the server deleted, from the local copy: at its local position if that
// area still exists on the server, else at the end of the page.
bool resurrect(SiteDocument &server, const SiteDocument *local, const QString &pageId,
               const QString &blockId, RebaseResult &out)
{
    if (!local)
        return false;
    const Page *lp = local->page(pageId);
    const Block *lb = lp ? lp->block(blockId) : nullptr;
    Page *sp = server.page(pageId);
    if (!lb || !sp)
        return false;
    const QCborMap payload = puck::exportSubtree(*lp, *lb);
    AreaRef area{lb->parent->ownerId(), lb->parent->name, lb->parent->kind == AreaKind::Zone};
    qsizetype index = lb->parent->indexOf(lb);
    Area *target = sp->findArea(area.owner, area.name);
    if (!target || (area.owner != QLatin1String("root") && !sp->block(area.owner))) {
        area = AreaRef{};
        target = sp->content.get();
        index = qsizetype(target->children.size());
    }
    index = std::min(index, qsizetype(target ? target->children.size() : 0));
    auto op = server.makeInsert(pageId, area, index, payload.value(QStringLiteral("item")).toMap());
    if (!op)
        return false;
    op->subtree = payload;
    if (!server.apply(*op))
        return false;
    out.ops.append(*op);
    return true;
}

} // namespace

RebaseResult rebaseOps(SiteDocument &server, const SiteDocument *local, const QList<Operation> &ops)
{
    RebaseResult out;
    for (const Operation &op : ops) {
        if (op.kind == Operation::Kind::SetProp) {
            Page *page = server.page(op.pageId);
            if (!page) {
                out.conflicts.append({op.pageId,
                                      op.blockId,
                                      op.path,
                                      op.newValue,
                                      {},
                                      QStringLiteral("the page was deleted on the server")});
                continue;
            }
            if (op.blockId != QLatin1String("root") && !page->block(op.blockId) &&
                !resurrect(server, local, op.pageId, op.blockId, out)) {
                out.conflicts.append(
                    {op.pageId,
                     op.blockId,
                     op.path,
                     op.newValue,
                     {},
                     QStringLiteral(
                         "the block was deleted on the server and could not be restored")});
                continue;
            }
            auto current = server.makeSetProp(op.pageId, op.blockId, op.path, op.newValue);
            if (!current) {
                out.conflicts.append(
                    {op.pageId, op.blockId, op.path, op.newValue, {}, current.error().toString()});
                continue;
            }
            const QCborValue serverValue = current->oldValue;
            if (json::equal(serverValue, op.newValue, true))
                continue; // already so
            if (!json::equal(serverValue, op.oldValue, true)) {
                out.conflicts.append(
                    {op.pageId, op.blockId, op.path, op.newValue, serverValue,
                     QStringLiteral("changed on the server too; the server's value is kept")});
                continue;
            }
            if (auto r = server.apply(*current); !r) {
                out.conflicts.append({op.pageId, op.blockId, op.path, op.newValue, serverValue,
                                      r.error().toString()});
                continue;
            }
            out.ops.append(*current);
            continue;
        }
        if (op.kind == Operation::Kind::RemoveBlock) {
            Page *page = server.page(op.pageId);
            const Block *b = page ? page->block(op.blockId) : nullptr;
            if (!b)
                continue; // deleted on both sides
            // Edit beats delete: if the server changed the block since we saw it, keep it.
            const QCborMap seen = op.subtree.value(QStringLiteral("item")).toMap();
            if (!json::equal(puck::exportItem(*b), seen, false)) {
                out.conflicts.append(
                    {op.pageId,
                     op.blockId,
                     {},
                     {},
                     QCborValue(puck::exportItem(*b)),
                     QStringLiteral("deleted here but edited on the server; the block is kept")});
                continue;
            }
            auto fresh = server.makeRemove(op.pageId, op.blockId);
            if (fresh && server.apply(*fresh))
                out.ops.append(*fresh);
            continue;
        }
        if (op.kind == Operation::Kind::MoveBlock) {
            Page *page = server.page(op.pageId);
            const Block *b = page ? page->block(op.blockId) : nullptr;
            const Area *to = page ? page->findArea(op.toArea.owner, op.toArea.name) : nullptr;
            if (b) {
                const qsizetype limit =
                    to ? qsizetype(to->children.size()) - (to == b->parent ? 1 : 0) : 0;
                auto fresh = server.makeMove(op.pageId, op.blockId, op.toArea,
                                             std::min(op.toIndex, std::max<qsizetype>(0, limit)));
                if (fresh && server.apply(*fresh)) {
                    out.ops.append(*fresh);
                    continue;
                }
            }
            out.conflicts.append(
                {op.pageId,
                 op.blockId,
                 {},
                 {},
                 {},
                 QStringLiteral("the move no longer applies on the server's version")});
            continue;
        }
        if (op.kind == Operation::Kind::InsertBlock || op.kind == Operation::Kind::DuplicateBlock) {
            Operation fresh = op;
            if (Page *page = server.page(op.pageId)) {
                const Area *area = page->findArea(op.area.owner, op.area.name);
                fresh.index = std::min(op.index, qsizetype(area ? area->children.size() : 0));
            }
            if (server.apply(fresh)) {
                out.ops.append(fresh);
                continue;
            }
            out.conflicts.append(
                {op.pageId,
                 op.blockId,
                 {},
                 {},
                 {},
                 QStringLiteral("the inserted block has nowhere to go on the server's version")});
            continue;
        }
        // Whole-value ops (root props, site props, page data and meta, pages): last writer wins
        // when the server still has what we replaced; otherwise the server's value is kept.
        Operation fresh = op;
        if (op.kind == Operation::Kind::ReplaceRoot ||
            op.kind == Operation::Kind::ReplaceSiteProps ||
            op.kind == Operation::Kind::ReplacePageData) {
            Result<Operation> current =
                op.kind == Operation::Kind::ReplaceSiteProps
                    ? server.makeReplaceSiteProps(op.newValue.toMap())
                : op.kind == Operation::Kind::ReplaceRoot
                    ? server.makeReplaceRoot(op.pageId, op.newValue.toMap())
                    : server.makeReplacePageData(op.pageId, op.newValue.toMap());
            if (!current) {
                out.conflicts.append(
                    {op.pageId, {}, {}, op.newValue, {}, current.error().toString()});
                continue;
            }
            if (!json::equal(current->oldValue, op.oldValue, false)) {
                out.conflicts.append(
                    {op.pageId,
                     {},
                     {},
                     op.newValue,
                     current->oldValue,
                     QStringLiteral("changed on the server too; the server's version is kept")});
                continue;
            }
            fresh = *current;
        }
        if (auto r = server.apply(fresh); r)
            out.ops.append(fresh);
        else
            out.conflicts.append(
                {op.pageId, op.blockId, {}, op.newValue, {}, r.error().toString()});
    }
    return out;
}

} // namespace ss
