#pragma once

#include <QAbstractItemModel>
#include <QPointer>

#include "result.h"

#include <memory>
#include <vector>

namespace ss {
class Area;
class Block;
class SiteDocument;
class ThemeManifest;
struct DocumentChange;
} // namespace ss

namespace ss::ui {

// The outline of one page: its blocks and, under each block, its slots (and legacy zones), as a
// tree. The page content is the top level; root slots and zones follow it as area rows.
//
// The model mirrors the page in nodes it owns, so an index never points into the document: a
// structural edit (insert, remove, move, page replace) rebuilds the mirror inside a model reset,
// a prop edit only refreshes that block's row. Views keep their selection by block id
// (BlockIdRole). Dragging rows moves blocks through the document's undo stack; a drop the slot's
// allow/disallow lists refuse is refused during the drag.
class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles
    {
        BlockIdRole = Qt::UserRole + 1, // "" for area rows
        BlockTypeRole,
        AreaCompoundRole, // the area a block row sits in, or an area row's own compound
        IsAreaRole,
    };

    static constexpr const char *MimeType = "application/x-sitestudio-block-ids";
    // A component dragged from the palette: the payload is its type name.
    static constexpr const char *ComponentMimeType = "application/x-sitestudio-component";

    OutlineModel(SiteDocument *doc, const ThemeManifest *manifest, QObject *parent = nullptr);
    ~OutlineModel() override;

    void setPage(const QString &pageId);
    QString pageId() const { return m_pageId; }

    QModelIndex indexOfBlock(const QString &blockId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Moves blocks (in the given order) into the area at `parent` (an area row, a block row's
    // first slot, or the page content when invalid), starting at `row` (-1: at the end). One undo
    // step per block. Returns an error message or "".
    QString moveBlocks(const QStringList &blockIds, const QModelIndex &parent, int row);
    // The same, into the area with this compound ("owner:slot"), as the canvas drops.
    QString moveBlocksTo(const QStringList &blockIds, const QString &compound, int row);

    // Inserts a new block of `type` (the theme's default props) into the area at `parent` at
    // `row` (-1: the end), if the area accepts it. Returns the new block's id or an error.
    Result<QString> insertComponent(const QString &type, const QModelIndex &parent, int row);
    Result<QString> insertComponentAt(const QString &type, const QString &compound, int row);

    // Whether the area `compound` ("owner:slot") of a page takes a block of `type`: the slot
    // field's allow/disallow lists; the page content, root slots and zones take any block. Shared
    // by the outline and the canvas.
    static bool areaAccepts(const SiteDocument *doc, const ThemeManifest *manifest,
                            const QString &pageId, const QString &compound, const QString &type);
    // Whether block `blockId` may move into `compound`: the area accepts its type and is not
    // inside the block itself.
    static bool canMoveInto(const SiteDocument *doc, const ThemeManifest *manifest,
                            const QString &pageId, const QString &blockId, const QString &compound);

    // A human label for a block: its type and the first text-like prop ("Hero · Fresh bread").
    static QString blockLabel(const Block &block);

private:
    struct Node;
    void rebuild();
    void onChanged(const DocumentChange &change);
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node) const;
    // The area a drop on `parent` lands in: "" when there is none.
    QString dropArea(const QModelIndex &parent) const;
    bool areaAccepts(const QString &compound, const QString &type) const;

    QPointer<SiteDocument> m_doc;
    const ThemeManifest *m_manifest;
    QString m_pageId;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_blockNodes;
};

} // namespace ss::ui
