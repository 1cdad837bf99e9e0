#pragma once

#include "operation.h"
#include "propertypath.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ss {

class Block;
class Page;
class SiteDocument;

// How one block differs between an old revision of a page and the current page. Blocks are
// matched by id (ids are stable across edits). `blockId` "root" stands for the page's root props.
struct BlockDiff
{
    QString blockId;
    QString type;
    QString label;        // "Hero · Fresh pasta" (the current block, or the old one if removed)
    bool added = false;   // only in the current page
    bool removed = false; // only in the old revision
    bool moved = false;   // another area, or another order among the blocks both sides share
    QStringList changedProps; // prop paths whose values differ ("title", "buttons[1].label")
    AreaRef oldArea;          // where it was in the old revision (not for added blocks)
    qsizetype oldIndex = -1;
    AreaRef newArea; // where it is now (not for removed blocks)
    qsizetype newIndex = -1;

    bool propsChanged() const { return !changedProps.isEmpty(); }
};

// The differences of one page: root props and blocks, in a stable order (root first, then the
// current page's blocks in document order, then removed blocks in the old revision's order).
struct PageDiff
{
    QStringList changedMeta; // "title", "slug", "description"
    QList<BlockDiff> blocks;

    bool isEmpty() const { return changedMeta.isEmpty() && blocks.isEmpty(); }
    const BlockDiff *find(const QString &blockId) const;
};

namespace pagediff {

// The page of `old` that corresponds to `current`: same page id, else same slug (a page that was
// deleted and re-created keeps its address but not its id). nullptr when there is none.
const Page *matchingPage(const SiteDocument &old, const Page &current);

// Compares an old revision of a page with the current one.
PageDiff diff(const Page &oldPage, const Page &currentPage);

// The paths at which two prop values differ: objects are compared key by key and arrays of the
// same length element by element; anything else that differs is reported whole. `id` and paths
// `isSlot` accepts (slot content is compared as blocks) are left out.
QStringList changedPaths(const QCborValue &oldValue, const QCborValue &newValue,
                         const std::function<bool(const PropertyPath &path)> &isSlot = {});

// "Hero · Fresh pasta": the type and the first short text prop.
QString blockLabel(const Block &block);

// Restores one block of page `pageId` of `doc` to how it is in `oldPage` as a single undo step
// (a QUndoStack macro of ordinary operations, so it is journaled and synced like any edit):
// - changed props: each differing prop path is set back to its old value (removed if absent);
// - a moved block goes back to its old area (when that area still exists), placed after the
//   nearest block that preceded it there and is still in that area, else at its old index;
// - a block removed since is re-inserted with its descendants in its old area at that same
//   position if the area's owner (the page root or a block) still exists, else at the end of the
//   page's root content; it fails if some of its descendants' ids are on the page again;
// - a block added since is removed.
// `undoText` names the undo step (the caller translates it).
Result<void> restoreBlock(SiteDocument &doc, const QString &pageId, const Page &oldPage,
                          const QString &blockId, const QString &undoText);

// Replaces the data of page `pageId` (blocks, root props, zones) with `oldPage`'s: one
// ReplacePageData operation, one undo step. The page's slug, title and SEO fields stay.
Result<void> restorePage(SiteDocument &doc, const QString &pageId, const Page &oldPage);

} // namespace pagediff
} // namespace ss
