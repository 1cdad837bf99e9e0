#pragma once

#include "page.h"
#include "result.h"

#include <QCborMap>

namespace ss {

class ThemeManifest;

// Reads and writes Puck `Data` losslessly: every key (known or not), value, null and array order
// survives import -> export, in both the slots form (0.19+) and the zones form (DropZones), and
// legacy roots without `props` are read and written back as they came.
namespace puck {

constexpr int kMaxBlockDepth = 100;

// Builds a page from Puck Data. Refuses (with the JSON path of the problem) what cannot be edited
// safely: non-object items or props, missing/duplicate ids, a zone or slot that contains its own
// ancestor, nesting deeper than kMaxBlockDepth. Everything else loads; `validate` reports the rest.
Result<std::unique_ptr<Page>> importData(const QCborValue &data);

QCborMap exportData(const Page &page);

// A block and its descendants as an op payload: {"item": {...slots inline...},
// "zones": [{"owner": id, "name": zone, "ordinal": n, "items": [...]}, ...]}.
QCborMap exportSubtree(const Page &page, const Block &block);
// Rebuilds a subtree from exportSubtree's payload; ids must not collide with `page`'s.
Result<std::unique_ptr<Block>> importSubtree(const Page &page, const QCborMap &payload,
                                             const QString &where);
// The item JSON of one block with its slots inline (zones are not included).
QCborMap exportItem(const Block &block);

// True if a JSON array looks like slot content: a non-empty array of {type: string, props: {}}.
bool isItemArray(const QCborValue &v);

struct ZoneConversion
{
    QStringList moved;    // "Grid-1:grid -> items"
    QStringList problems; // zones that could not be converted, and why
};

// Explicit zones -> slots migration (Puck's migrate()). A zone `<id>:<zone>` moves into the slot
// prop of the same name of its owner's component, or the one `renames` maps it to
// (`{"Grid": {"grid": "items"}}`). Nothing changes unless every zone can be converted.
Result<ZoneConversion> convertZonesToSlots(Page &page, const ThemeManifest *manifest,
                                           const QHash<QString, QHash<QString, QString>> &renames);

} // namespace puck
} // namespace ss
