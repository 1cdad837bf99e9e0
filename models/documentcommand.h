#pragma once

#include "operation.h"

#include <QUndoCommand>

namespace ss {

class SiteDocument;

// The undo command for one Operation. It holds ids (inside the op), never block pointers, so it
// survives reloads and merges.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(SiteDocument *doc, Operation op, int mergeId, bool alreadyApplied,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    const Operation &operation() const { return m_op; }

private:
    SiteDocument *m_doc;
    Operation m_op;
    int m_mergeId;
    bool m_skipRedo;
};

// Several DocumentCommands as one undo step (their parent): applied as one batch, so listeners
// see the end state once (SiteDocument::batchFinished).
class MacroCommand : public QUndoCommand
{
public:
    MacroCommand(SiteDocument *doc, const QString &text);

    void redo() override;
    void undo() override;

private:
    SiteDocument *m_doc;
};

} // namespace ss
