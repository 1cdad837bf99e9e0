#pragma once

#include "operation.h"

#include <QCborValue>
#include <QList>
#include <QString>

namespace ss {

class SiteDocument;

struct RebaseConflict
{
    QString pageId;
    QString blockId;
    QString path;      // prop path, empty for structural conflicts
    QCborValue local;  // what this client wanted
    QCborValue remote; // what the server has (kept in the document)
    QString message;
};

struct RebaseResult
{
    QList<Operation> ops; // what to send, valid on the server's document
    QList<RebaseConflict> conflicts;
};

// Replays local operations on top of the server's newer document (modified in place), per block
// and per prop (ARCHITECTURE §4):
// - a prop the server did not change takes the local value; one both changed keeps the server's
//   value and records the local one as a conflict;
// - edit beats delete: editing a block the server deleted brings it back (from `local`), and a
//   local delete of a block the server edited is not applied (recorded);
// - a structural op that no longer applies is recorded and skipped; deleting twice is not a
// conflict.
RebaseResult rebaseOps(SiteDocument &server, const SiteDocument *local,
                       const QList<Operation> &ops);

} // namespace ss
