#pragma once

#include "result.h"

#include <QCborMap>
#include <QList>
#include <QStringList>

namespace ss {

class Page;

// Blocks on the clipboard as Puck Data JSON: {"root":{"props":{}},"content":[...],"zones":{...}},
// so a copy pastes into another site, into Puck, or from Puck (a whole page's data pastes as its
// content). Slots travel inside their items; legacy DropZones in "zones" under "<owner>:<zone>".
namespace clipboard {

inline constexpr char MimeType[] = "application/x-sitestudio-puck-data";

// The given blocks (document order; a block inside another listed block is not copied twice).
QCborMap copy(const Page &page, const QStringList &blockIds);

// Splits clipboard JSON into subtree payloads (puck::exportSubtree's format), one per top-level
// block, each with the zones of its own subtree. Accepts Puck Data, an array of items or one item.
// Ids are kept: SiteDocument::makePaste gives fresh ones.
Result<QList<QCborMap>> parse(const QCborValue &json);

} // namespace clipboard
} // namespace ss
