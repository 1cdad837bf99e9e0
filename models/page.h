#pragma once

#include "propertypath.h"

#include <QCborMap>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace ss {

class Block;
class Page;

// Where child blocks live. Puck addresses every area by a "zone compound" `<ownerId>:<name>`:
// `root:default-zone` (the page content), `<id>:<slot prop path>` (slots, Puck 0.19+) and
// `<id>:<zone>` (legacy DropZones, stored in Data.zones).
enum class AreaKind
{
    Content,
    Slot,
    Zone
};

class Area
{
public:
    AreaKind kind = AreaKind::Slot;
    QString name;           // "default-zone", a slot prop path ("image.content") or a zone name
    Block *owner = nullptr; // nullptr: the page root (or an orphan zone, see orphanOwnerId)
    QString orphanOwnerId;  // a zone whose owner id is not in the page (kept as it came)
    int zoneOrdinal = -1;   // position in Data.zones for export, zones only
    bool implicit = false;  // created by an edit where the data had no such key: while empty it
                            // is not written, so an insert and its undo leave the data as it was
    std::vector<std::unique_ptr<Block>> children;

    QString ownerId() const;
    QString compound() const { return ownerId() + QLatin1Char(':') + name; }
    qsizetype indexOf(const Block *b) const;
};

// One Puck ComponentData. `item` keeps every key of the item object in its original order
// (`type`, `props`, `readOnly`, unknown keys); its "props" entry is a placeholder: the live props
// are `props`, in which each slot is an empty array placeholder filled from `areas` on export.
class Block
{
public:
    QString id;
    QString type;
    QCborMap item;
    QCborMap props;
    Area *parent = nullptr;
    std::vector<std::unique_ptr<Area>> areas; // slots and zones owned by this block

    Area *area(const QString &name) const;
    Area *slotArea(const QString &name) const;
    bool isSlotPath(const PropertyPath &path) const; // path is, or is inside / contains, a slot
    // "Hero · Fresh bread daily": the type and the first short text prop, for lists (outline,
    // diffs, findings).
    QString label() const;
};

// One page of a site: its metadata and a Puck Data object.
class Page
{
public:
    QString id; // stable page id (UUID); ops and sync address pages by it
    QString slug;
    QString title;
    QString description;
    // Search and sharing (all optional; absent from the page JSON while empty / false).
    QString ogTitle;      // the social (Open Graph) title; the page title when empty
    QString ogImage;      // the social image: a site asset reference or an http(s) URL
    QString canonical;    // the canonical URL (absolute http(s)); none when empty
    bool noindex = false; // asks search engines not to index the page
    QCborMap extra;       // unknown page keys, kept as they are

    // Puck Data, taken apart: `data` keeps the top-level keys in order (root/content/zones are
    // placeholders); `rootItem` keeps root's keys except props; `rootProps` the root props.
    QCborMap data;
    QCborMap rootItem;
    QCborMap rootProps;
    bool legacyRoot = false; // root held props directly (Puck < 0.13); exported the same way
    std::unique_ptr<Area> content;
    std::vector<std::unique_ptr<Area>> rootAreas; // root slots and root (or orphan) zones
    int nextZoneOrdinal = 0;

    QHash<QString, Block *> index; // block id -> block; ids are unique within a page

    Page();
    ~Page();
    Page(const Page &) = delete;
    Page &operator=(const Page &) = delete;

    Block *block(const QString &id) const { return index.value(id); }
    Area *rootArea(const QString &name) const;
    // Resolves an area compound's owner + name: owner "root" is the page root.
    Area *findArea(const QString &ownerId, const QString &name) const;
    qsizetype blockCount() const { return index.size(); }

    // `content[2].props.items[0]`, `zones["Grid-1:grid"][3]`: the JSON path of a block in the
    // exported Puck data (for error messages and validation issues).
    QString jsonPath(const Block *b) const;
    QString jsonPath(const Area *a) const;
    int depth(const Block *b) const;

    void indexSubtree(Block *b);
    void unindexSubtree(const Block *b);
    void rebuildIndex();
};

// Visits every block of an area and its descendants in document order (depth first).
template<typename F>
void forEachBlock(const Area &area, F &&f)
{
    for (const auto &child : area.children) {
        f(child.get());
        for (const auto &a : child->areas)
            forEachBlock(*a, f);
    }
}

template<typename F>
void forEachBlock(const Page &page, F &&f)
{
    if (page.content)
        forEachBlock(*page.content, f);
    for (const auto &a : page.rootAreas)
        forEachBlock(*a, f);
}

} // namespace ss
