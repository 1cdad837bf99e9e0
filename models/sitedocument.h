#pragma once

#include "operation.h"
#include "page.h"
#include "result.h"

#include <QCborMap>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

class QUndoStack;

namespace ss {

class ThemeManifest;

// What changed, for the outline, inspector, preview and sync dirty-tracker to filter on.
struct DocumentChange
{
    Operation::Kind kind;
    QString pageId;
    QString blockId;
    QString area; // compound of the area that gained/lost a block
    QString path; // prop path for SetProp
};

// A site: site props (title, theme tokens) and pages, each holding a Puck Data tree. The document
// owns its undo stack; every edit is an Operation applied through apply()/perform().
class SiteDocument : public QObject
{
    Q_OBJECT
public:
    explicit SiteDocument(QObject *parent = nullptr);
    ~SiteDocument() override;

    QString id;              // the workspace (site) id
    QString customizationId; // the local cache's customization row (not part of the file format)
    QString name;
    QString themeId;
    QString themeVersion;
    QCborMap siteProps;
    QCborMap extra; // unknown top-level keys, kept

    const std::vector<std::unique_ptr<Page>> &pages() const { return m_pages; }
    Page *page(const QString &pageId) const;
    Page *pageBySlug(const QString &slug) const;
    qsizetype pageIndex(const QString &pageId) const;

    // The site document file format ("sitestudio.site", see docs/site-format.md).
    static Result<std::unique_ptr<SiteDocument>> fromJson(const QCborValue &json);
    QCborMap toJson() const;
    static QCborMap pageToJson(const Page &page);
    // The keys set-page-meta edits: slug, title, description, ogTitle, ogImage, canonical
    // (strings) and noindex (bool).
    static QCborMap pageMeta(const Page &page);
    static Result<std::unique_ptr<Page>> pageFromJson(const QCborValue &json, const QString &where);

    // Called for every applied operation before it becomes visible (the local cache records the
    // edit and its outbox row there). If it fails, the edit is reverted and apply() fails.
    using Journal = std::function<Result<void>(const Operation &)>;
    void setJournal(Journal journal) { m_journal = std::move(journal); }

    // Applies one operation, all or nothing, and emits changed(). No undo entry.
    Result<void> apply(const Operation &op);
    // Applies and records it on the undo stack. Consecutive SetProps of one prop with the same
    // non-negative mergeId (one typing gesture) become one undo step.
    Result<void> perform(const Operation &op, int mergeId = -1);
    QUndoStack *undoStack() const { return m_undo; }
    // Applies several operations, all or nothing, as ONE undo step named `text` (each journaled
    // as usual, so the outbox holds them in order).
    Result<void> performAll(const QList<Operation> &ops, const QString &text);
    // Moves a page to `toIndex` (its index in the new order): a RemovePage + AddPage pair, one
    // undo step; the page keeps its id, address and content. Any page may move, the home page
    // ("/") too: it is the home page by its address, not by its position.
    Result<void> movePage(const QString &pageId, qsizetype toIndex);
    // True while a multi-operation edit (performAll, its undo/redo, adopt) is being applied:
    // listeners may wait for batchFinished() before they rebuild lists.
    bool inBatch() const { return m_batch > 0; }
    void beginBatch() { ++m_batch; }
    void endBatch();

    // Takes over another version of this site (the server's, after a sync) in place: pages are
    // updated, added, removed and moved with operations that are neither journaled nor put on
    // the undo stack (they come from the cache, which already holds them); changed() is emitted
    // for each. Pages and blocks keep their ids where the other version has them. Returns the
    // number of changes (0: the same content).
    Result<int> adopt(const SiteDocument &server);

    // Operation builders: read the current state so the op carries its exact inverse.
    Result<Operation> makeInsert(const QString &pageId, const AreaRef &area, qsizetype index,
                                 const QCborMap &item) const;
    Result<Operation> makeInsertNew(const QString &pageId, const AreaRef &area, qsizetype index,
                                    const QString &type, const ThemeManifest &manifest) const;
    Result<Operation> makeRemove(const QString &pageId, const QString &blockId) const;
    Result<Operation> makeMove(const QString &pageId, const QString &blockId, const AreaRef &to,
                               qsizetype toIndex) const;
    Result<Operation> makeDuplicate(const QString &pageId, const QString &blockId) const;
    // Inserts a subtree payload (see clipboard::parse) with fresh ids for every block.
    Result<Operation> makePaste(const QString &pageId, const AreaRef &area, qsizetype index,
                                QCborMap payload) const;
    Result<Operation> makeSetProp(const QString &pageId, const QString &blockId,
                                  const QString &path, const QCborValue &value) const;
    Result<Operation> makeReplaceRoot(const QString &pageId, const QCborMap &props) const;
    Result<Operation> makeReplaceSiteProps(const QCborMap &props) const;
    Result<Operation> makeAddPage(const QString &slug, const QString &title,
                                  const QCborMap &puckData) const;
    Result<Operation> makeRemovePage(const QString &pageId) const;
    // Changes a page's slug, title and/or description (the keys present in `meta`).
    Result<Operation> makeSetPageMeta(const QString &pageId, const QCborMap &meta) const;
    // "/our-menu" from "Our Menu!" (lowercase, '-' between words), unique among the pages.
    QString proposeSlug(const QString &title) const;
    // Why `slug` cannot be the address of page `pageId` ("" for a new page): "" when it can.
    QString slugProblem(const QString &slug, const QString &pageId = QString()) const;
    Result<Operation> makeReplacePageData(const QString &pageId, const QCborMap &puckData) const;

    static QString newBlockId(const QString &type);
    static QString normalizeSlug(const QString &slug);

signals:
    void changed(const ss::DocumentChange &change);
    void batchFinished();

private:
    Result<void> applyUnjournaled(const Operation &op);
    Result<DocumentChange> applyInMemory(const Operation &op);
    Result<DocumentChange> applyInsert(const Operation &op);
    Result<DocumentChange> applyRemove(const Operation &op);
    Result<DocumentChange> applyMove(const Operation &op);
    Result<DocumentChange> applySetProp(const Operation &op);
    Result<Page *> requirePage(const QString &pageId) const;
    Result<Area *> resolveArea(Page &page, const AreaRef &ref, bool create);

    void reindexPages(); // after any change to the page list or a slug

    std::vector<std::unique_ptr<Page>> m_pages;
    QHash<QString, Page *> m_pagesById;
    QHash<QString, Page *> m_pagesBySlug;
    QUndoStack *m_undo;
    Journal m_journal;
    int m_batch = 0;
};

} // namespace ss

Q_DECLARE_METATYPE(ss::DocumentChange)
