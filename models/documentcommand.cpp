#include "documentcommand.h"

#include "logging.h"
#include "sitedocument.h"

namespace ss {

DocumentCommand::DocumentCommand(SiteDocument *doc, Operation op, int mergeId, bool alreadyApplied,
                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_op(std::move(op))
    , m_mergeId(m_op.kind == Operation::Kind::SetProp ? mergeId : -1)
    , m_skipRedo(alreadyApplied)
{
    setText(m_op.describe());
}

void DocumentCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (auto r = m_doc->apply(m_op); !r) {
        qCWarning(lcDocument) << "redo failed:" << r.error().toString();
        setObsolete(true);
    }
}

void DocumentCommand::undo()
{
    if (auto r = m_doc->apply(m_op.inverse()); !r) {
        qCWarning(lcDocument) << "undo failed:" << r.error().toString();
        setObsolete(true);
    }
}

bool DocumentCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const DocumentCommand *>(other);
    const Operation &n = o->m_op;
    if (n.kind != Operation::Kind::SetProp || n.pageId != m_op.pageId ||
        n.blockId != m_op.blockId || n.path != m_op.path)
        return false;
    m_op.newValue = n.newValue; // keep the first old value: one undo restores the pre-gesture value
    // A gesture that ends where it started (typing undone, an in-place edit cancelled) leaves no
    // undo step: QUndoStack drops an obsolete command after a merge.
    setObsolete(m_op.newValue == m_op.oldValue);
    return true;
}

MacroCommand::MacroCommand(SiteDocument *doc, const QString &text)
    : QUndoCommand(text)
    , m_doc(doc)
{}

void MacroCommand::redo()
{
    m_doc->beginBatch();
    QUndoCommand::redo();
    m_doc->endBatch();
}

void MacroCommand::undo()
{
    m_doc->beginBatch();
    QUndoCommand::undo();
    m_doc->endBatch();
}

} // namespace ss
