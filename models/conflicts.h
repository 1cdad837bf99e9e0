#pragma once

#include "result.h"

#include <QCborValue>
#include <QList>
#include <QString>

namespace ss {

class LocalCache;
class SiteDocument;

// One row of the local cache's `conflicts` table (written by the sync engine, docs/sync.md):
// what this client wanted ("mine") and what the server has ("theirs", already in the document).
struct Conflict
{
    enum class Kind
    {
        Prop,       // a block or page-root prop both sides changed (block + path)
        Block,      // a structural conflict of one block (deleted here, edited there; a move)
        PageRoot,   // a page's root props replaced on both sides (page, no block)
        SiteProps,  // the site props replaced on both sides (no page, no block)
        Quarantine, // a document from the server that could not be read (reason in `theirs`)
        Other,      // anything else the engine recorded (shown, resolved as "theirs" only)
    };

    QString id;
    QString entityType; // customization, workspace, rule
    QString entityId;
    QString siteId; // the workspace, when the entity is a site's customization
    QString siteName;
    QString pageId;
    QString blockId;
    QString path;
    QCborValue mine;   // undefined when the engine stored none
    QCborValue theirs; // undefined when the engine stored none
    QString createdAt;
    Kind kind = Kind::Other;

    // Why this is a conflict, in words (the table keeps no message, so it is derived from the
    // row's shape the same way the engine builds it, see models/rebase.cpp).
    QString reason() const;
    // Whether "keep mine" means something (a value or a delete to re-apply).
    bool canKeepMine() const;
};

namespace conflicts {

// Unresolved conflicts, oldest first; of one site (workspace id) or, with "", of every site.
Result<QList<Conflict>> list(LocalCache &cache, const QString &siteId = QString());

enum class Resolution
{
    Mine,
    Theirs
};

// Resolves one conflict. Theirs: the server's value is already in the document, the row is
// marked resolved. Mine: our value is applied again to `doc` (the conflict's site, opened through
// SiteStore so its journal writes the edit and its outbox row; it syncs like any edit), as an
// undo step when `undoable`, then the row is marked resolved. `doc` may be null for Theirs.
Result<void> resolve(LocalCache &cache, SiteDocument *doc, const Conflict &conflict,
                     Resolution resolution, bool undoable = false);

// The edit "keep mine" applies to `doc` (exposed so a UI can preview it on a copy).
Result<void> applyMine(SiteDocument &doc, const Conflict &conflict, bool undoable);

} // namespace conflicts

} // namespace ss
