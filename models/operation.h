#pragma once

#include "result.h"

#include <QCborMap>
#include <QCborValue>
#include <QString>

namespace ss {

// An area address as Puck writes it: "<owner id>:<name>", owner "root" for the page root.
struct AreaRef
{
    QString owner = QStringLiteral("root");
    QString name = QStringLiteral("default-zone");
    bool zone = false; // a legacy DropZone rather than a slot (only matters when creating it)

    QString compound() const { return owner + QLatin1Char(':') + name; }
    static Result<AreaRef> fromCompound(const QString &compound, bool zone = false);
    bool operator==(const AreaRef &o) const { return owner == o.owner && name == o.name; }
};

// One edit of a site document. Every operation carries what it needs to be undone exactly
// (`inverse()` needs no document), so the same value is an undo command, an outbox entry and the
// unit the sync engine sends.
class Operation
{
public:
    enum class Kind
    {
        InsertBlock,      // area, index, subtree
        RemoveBlock,      // area, index, blockId, subtree (for the inverse)
        MoveBlock,        // blockId, area+index (from), toArea+toIndex
        DuplicateBlock,   // blockId (source), area+index and subtree of the copy (fresh ids)
        SetProp,          // blockId ("root" = page root props), path, oldValue, newValue
        ReplaceRoot,      // page root props: oldValue, newValue (maps)
        ReplaceSiteProps, // site props: oldValue, newValue
        AddPage,          // index, page (full page JSON)
        RemovePage,       // index, page
        SetPageMeta,      // oldValue/newValue: {slug, title, description}
        ReplacePageData,  // oldValue/newValue: Puck Data of the page
    };

    Kind kind = Kind::SetProp;
    QString pageId;
    QString blockId;
    AreaRef area;
    qsizetype index = 0;
    AreaRef toArea;
    qsizetype toIndex = 0;
    QCborMap subtree; // puck::exportSubtree payload, or a page for page ops
    QString path;
    QCborValue oldValue; // undefined = the key was absent
    QCborValue newValue;

    Operation inverse() const;
    QCborMap toJson() const;
    static Result<Operation> fromJson(const QCborValue &json);
    QString describe() const; // "Set title", "Insert Hero", ... (undo menu text)
    static QString kindName(Kind k);
};

} // namespace ss
