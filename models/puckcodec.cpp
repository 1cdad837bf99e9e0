#include "puckcodec.h"

#include "json.h"
#include "thememanifest.h"

#include <QCborArray>
#include <QMultiHash>
#include <QSet>

#include <algorithm>

namespace ss::puck {

namespace {

const QString kType = QStringLiteral("type");
const QString kProps = QStringLiteral("props");
const QString kId = QStringLiteral("id");
const QString kRoot = QStringLiteral("root");
const QString kContent = QStringLiteral("content");
const QString kZones = QStringLiteral("zones");

void collectSlotPaths(const QCborValue &v, QList<PropertyPath::Step> &prefix,
                      QList<PropertyPath> &out, int depth)
{
    if (depth > 32)
        return;
    if (v.isMap()) {
        const QCborMap m = v.toMap();
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            prefix.append(PropertyPath::Step{it.key().toString(), -1});
            if (isItemArray(it.value()))
                out.append(PropertyPath::fromSteps(prefix));
            else
                collectSlotPaths(it.value(), prefix, out, depth + 1);
            prefix.removeLast();
        }
    } else if (v.isArray()) {
        const QCborArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isMap())
                continue;
            prefix.append(PropertyPath::Step{QString(), i});
            collectSlotPaths(a.at(i), prefix, out, depth + 1);
            prefix.removeLast();
        }
    }
}

struct PendingZone
{
    QString key;
    QString ownerId;
    QString name;
    int ordinal = 0;
    QCborArray items;
    bool attached = false;
};

class Importer
{
public:
    explicit Importer(const Page *existing = nullptr)
        : m_existing(existing)
    {}

    Error error;
    QHash<QString, QString> seen; // id -> json path where first seen
    QList<QString> ancestors;
    std::vector<PendingZone> zones;
    QMultiHash<QString, int> zonesByOwner;

    bool failAt(const QString &where, const QString &msg)
    {
        if (error.message.isEmpty())
            error = Error{msg, where};
        return false;
    }

    std::unique_ptr<Block> block(const QCborValue &v, const QString &where, int depth)
    {
        if (depth > kMaxBlockDepth) {
            failAt(where,
                   QStringLiteral("blocks nested deeper than %1 levels").arg(kMaxBlockDepth));
            return nullptr;
        }
        if (!v.isMap()) {
            failAt(where,
                   QStringLiteral("expected a block object, found %1").arg(json::typeName(v)));
            return nullptr;
        }
        QCborMap item = v.toMap();
        const QCborValue type = item.value(kType);
        if (!type.isString() || type.toString().isEmpty()) {
            failAt(where + QStringLiteral(".type"),
                   type.isUndefined() ? QStringLiteral("missing component type")
                                      : QStringLiteral("expected a non-empty string, found %1")
                                            .arg(json::typeName(type)));
            return nullptr;
        }
        const QCborValue propsValue = item.value(kProps);
        if (!propsValue.isMap()) {
            failAt(where + QStringLiteral(".props"),
                   propsValue.isUndefined() ? QStringLiteral("missing props")
                                            : QStringLiteral("expected an object, found %1")
                                                  .arg(json::typeName(propsValue)));
            return nullptr;
        }
        auto b = std::make_unique<Block>();
        b->type = type.toString();
        QCborValue props = propsValue;
        const QCborValue id = props.toMap().value(kId);
        if (!id.isString() || id.toString().isEmpty()) {
            failAt(where + QStringLiteral(".props.id"),
                   id.isUndefined() ? QStringLiteral("missing block id")
                                    : QStringLiteral("expected a non-empty string id, found %1")
                                          .arg(json::typeName(id)));
            return nullptr;
        }
        b->id = id.toString();
        if (ancestors.contains(b->id)) {
            failAt(where, QStringLiteral("block \"%1\" is inside itself (a slot or zone contains "
                                         "its own ancestor)")
                              .arg(b->id));
            return nullptr;
        }
        if (auto it = seen.constFind(b->id); it != seen.constEnd()) {
            failAt(where + QStringLiteral(".props.id"),
                   QStringLiteral("duplicate block id \"%1\" (also at %2)").arg(b->id, it.value()));
            return nullptr;
        }
        if (m_existing && m_existing->index.contains(b->id)) {
            failAt(where + QStringLiteral(".props.id"),
                   QStringLiteral("block id \"%1\" is already used on this page").arg(b->id));
            return nullptr;
        }
        seen.insert(b->id, where);
        ancestors.append(b->id);

        // Slots: arrays of items inside props (also inside objects and arrays of objects).
        QList<PropertyPath> slotPaths;
        QList<PropertyPath::Step> prefix;
        collectSlotPaths(props, prefix, slotPaths, 0);
        for (const PropertyPath &path : slotPaths) {
            const QCborArray children = path.get(props).toArray();
            auto area = std::make_unique<Area>();
            area->kind = AreaKind::Slot;
            area->name = path.toString();
            area->owner = b.get();
            const QString areaWhere = where + QStringLiteral(".props.") + area->name;
            for (qsizetype i = 0; i < children.size(); ++i) {
                auto child =
                    block(children.at(i),
                          areaWhere + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                          depth + 1);
                if (!child)
                    return nullptr;
                child->parent = area.get();
                area->children.push_back(std::move(child));
            }
            (void)path.set(props, QCborArray()); // placeholder keeps the key's position
            b->areas.push_back(std::move(area));
        }
        b->props = props.toMap();
        item.insert(kProps, QCborValue());
        b->item = std::move(item);

        // Legacy DropZones owned by this block.
        if (!attachZones(b.get(), b->id, depth))
            return nullptr;
        ancestors.removeLast();
        return b;
    }

    bool attachZones(Block *owner, const QString &ownerId, int depth)
    {
        QList<int> mine = zonesByOwner.values(ownerId);
        std::sort(mine.begin(), mine.end());
        for (int zi : mine) {
            PendingZone &z = zones[size_t(zi)];
            if (z.attached)
                continue;
            z.attached = true;
            auto area = std::make_unique<Area>();
            area->kind = AreaKind::Zone;
            area->name = z.name;
            area->owner = owner;
            area->zoneOrdinal = z.ordinal;
            if (!fillZone(*area, z, depth))
                return false;
            owner->areas.push_back(std::move(area));
        }
        return true;
    }

    bool fillZone(Area &area, const PendingZone &z, int depth)
    {
        const QString where = QStringLiteral("zones[\"%1\"]").arg(z.key);
        for (qsizetype i = 0; i < z.items.size(); ++i) {
            auto child =
                block(z.items.at(i),
                      where + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), depth + 1);
            if (!child)
                return false;
            child->parent = &area;
            area.children.push_back(std::move(child));
        }
        return true;
    }

private:
    const Page *m_existing = nullptr;
};

QCborArray exportArea(const Area &area)
{
    QCborArray out;
    for (const auto &child : area.children)
        out.append(exportItem(*child));
    return out;
}

QCborMap fillSlots(QCborMap props, const std::vector<std::unique_ptr<Area>> &areas)
{
    QCborValue v(std::move(props));
    for (const auto &a : areas) {
        if (a->kind != AreaKind::Slot)
            continue;
        if (a->implicit && a->children.empty())
            continue;
        if (auto path = PropertyPath::parse(a->name))
            (void)path->set(v, exportArea(*a));
    }
    return v.toMap();
}

void collectZones(const Area &area, std::vector<const Area *> &out)
{
    if (area.kind == AreaKind::Zone && !(area.implicit && area.children.empty()))
        out.push_back(&area);
    for (const auto &child : area.children)
        for (const auto &a : child->areas)
            collectZones(*a, out);
}

void collectZones(const Block &b, std::vector<const Area *> &out)
{
    for (const auto &a : b.areas)
        collectZones(*a, out);
}

} // namespace

bool isItemArray(const QCborValue &v)
{
    if (!v.isArray())
        return false;
    const QCborArray a = v.toArray();
    if (a.isEmpty())
        return false;
    for (const QCborValue &e : a) {
        if (!e.isMap())
            return false;
        const QCborMap m = e.toMap();
        if (!m.value(kType).isString() || !m.value(kProps).isMap())
            return false;
    }
    return true;
}

QCborMap exportItem(const Block &block)
{
    QCborMap item = block.item;
    item.insert(kProps, fillSlots(block.props, block.areas));
    return item;
}

Result<std::unique_ptr<Page>> importData(const QCborValue &data)
{
    if (!data.isMap())
        return fail(
            QStringLiteral("expected a Puck Data object, found %1").arg(json::typeName(data)));
    auto page = std::make_unique<Page>();
    QCborMap skeleton = data.toMap();
    Importer imp;

    // Zones first (they are attached to their owners while the tree is built).
    const QCborValue zonesValue = skeleton.value(kZones);
    if (!zonesValue.isUndefined()) {
        if (!zonesValue.isMap())
            return fail(
                QStringLiteral("expected an object, found %1").arg(json::typeName(zonesValue)),
                kZones);
        const QCborMap zones = zonesValue.toMap();
        int ordinal = 0;
        for (auto it = zones.cbegin(); it != zones.cend(); ++it, ++ordinal) {
            const QString key = it.key().toString();
            const QString where = QStringLiteral("zones[\"%1\"]").arg(key);
            const qsizetype colon = key.indexOf(QLatin1Char(':'));
            if (colon <= 0 || colon == key.size() - 1)
                return fail(QStringLiteral("zone key must be \"<parentId>:<zone>\""), where);
            if (!it.value().isArray())
                return fail(
                    QStringLiteral("expected an array, found %1").arg(json::typeName(it.value())),
                    where);
            PendingZone z;
            z.key = key;
            z.ownerId = key.left(colon);
            z.name = key.mid(colon + 1);
            z.ordinal = ordinal;
            z.items = it.value().toArray();
            imp.zonesByOwner.insert(z.ownerId, int(imp.zones.size()));
            imp.zones.push_back(std::move(z));
        }
        page->nextZoneOrdinal = ordinal;
    }

    // Root.
    const QCborValue rootValue = skeleton.value(kRoot);
    if (!rootValue.isUndefined()) {
        if (!rootValue.isMap())
            return fail(
                QStringLiteral("expected an object, found %1").arg(json::typeName(rootValue)),
                kRoot);
        QCborMap root = rootValue.toMap();
        QCborValue props;
        if (root.contains(kProps)) {
            props = root.value(kProps);
            if (!props.isMap())
                return fail(
                    QStringLiteral("expected an object, found %1").arg(json::typeName(props)),
                    QStringLiteral("root.props"));
            root.insert(kProps, QCborValue());
        } else {
            page->legacyRoot = true; // Puck's first migration: props directly on root
            props = root;
            root = QCborMap();
        }
        page->rootItem = root;
        QList<PropertyPath> slotPaths;
        QList<PropertyPath::Step> prefix;
        collectSlotPaths(props, prefix, slotPaths, 0);
        const QString base =
            page->legacyRoot ? QStringLiteral("root.") : QStringLiteral("root.props.");
        for (const PropertyPath &path : slotPaths) {
            const QCborArray children = path.get(props).toArray();
            auto area = std::make_unique<Area>();
            area->kind = AreaKind::Slot;
            area->name = path.toString();
            for (qsizetype i = 0; i < children.size(); ++i) {
                auto child = imp.block(children.at(i),
                                       base + area->name + QLatin1Char('[') + QString::number(i) +
                                           QLatin1Char(']'),
                                       1);
                if (!child)
                    return std::unexpected(imp.error);
                child->parent = area.get();
                area->children.push_back(std::move(child));
            }
            (void)path.set(props, QCborArray());
            page->rootAreas.push_back(std::move(area));
        }
        page->rootProps = props.toMap();
        page->title = page->rootProps.value(QStringLiteral("title")).toString();
    }

    // Content.
    page->content = std::make_unique<Area>();
    page->content->kind = AreaKind::Content;
    page->content->name = QStringLiteral("default-zone");
    const QCborValue contentValue = skeleton.value(kContent);
    if (!contentValue.isUndefined()) {
        if (!contentValue.isArray())
            return fail(
                QStringLiteral("expected an array, found %1").arg(json::typeName(contentValue)),
                kContent);
        const QCborArray content = contentValue.toArray();
        for (qsizetype i = 0; i < content.size(); ++i) {
            auto child = imp.block(content.at(i), QStringLiteral("content[%1]").arg(i), 1);
            if (!child)
                return std::unexpected(imp.error);
            child->parent = page->content.get();
            page->content->children.push_back(std::move(child));
        }
    }

    // Root DropZones ("root:footer"), then zones whose owner is not on the page (kept as orphans).
    for (auto &z : imp.zones) {
        if (z.attached)
            continue;
        const bool isRoot = z.ownerId == kRoot;
        if (!isRoot && imp.seen.contains(z.ownerId))
            continue; // attached when its owner was built
        z.attached = true;
        auto area = std::make_unique<Area>();
        area->kind = AreaKind::Zone;
        area->name = z.name;
        area->zoneOrdinal = z.ordinal;
        if (!isRoot)
            area->orphanOwnerId = z.ownerId;
        if (!imp.fillZone(*area, z, 1))
            return std::unexpected(imp.error);
        page->rootAreas.push_back(std::move(area));
    }
    // An orphan zone may itself have owned zones that are now attachable; a zone never reached is
    // a cycle of zones that only contain each other.
    for (auto &z : imp.zones) {
        if (!z.attached)
            return fail(QStringLiteral("zone is only reachable from itself (a cycle of zones)"),
                        QStringLiteral("zones[\"%1\"]").arg(z.key));
    }

    // Skeleton: keep every top-level key in order; root/content/zones are rebuilt on export.
    for (const QString &k : {kRoot, kContent, kZones})
        if (skeleton.contains(k))
            skeleton.insert(k, QCborValue());
    page->data = skeleton;
    page->rebuildIndex();
    return page;
}

QCborMap exportData(const Page &page)
{
    QCborMap out = page.data;
    // Root.
    const bool hasRoot =
        out.contains(kRoot) || !page.rootProps.isEmpty() || !page.rootAreas.empty();
    if (hasRoot) {
        QCborMap props = fillSlots(page.rootProps, page.rootAreas);
        if (page.legacyRoot) {
            out.insert(kRoot, props);
        } else {
            QCborMap root = page.rootItem;
            root.insert(kProps, props);
            out.insert(kRoot, root);
        }
    }
    if (out.contains(kContent) || !page.content->children.empty())
        out.insert(kContent, exportArea(*page.content));

    std::vector<const Area *> zones;
    collectZones(*page.content, zones);
    for (const auto &a : page.rootAreas)
        collectZones(*a, zones);
    std::stable_sort(zones.begin(), zones.end(),
                     [](const Area *a, const Area *b) { return a->zoneOrdinal < b->zoneOrdinal; });
    if (out.contains(kZones) || !zones.empty()) {
        QCborMap zm;
        for (const Area *z : zones)
            zm.insert(z->compound(), exportArea(*z));
        out.insert(kZones, zm);
    }
    return out;
}

QCborMap exportSubtree(const Page &page, const Block &block)
{
    Q_UNUSED(page);
    QCborMap payload;
    payload.insert(QStringLiteral("item"), exportItem(block));
    std::vector<const Area *> zones;
    collectZones(block, zones);
    if (!zones.empty()) {
        QCborArray list;
        for (const Area *z : zones) {
            QCborMap e;
            e.insert(QStringLiteral("owner"), z->ownerId());
            e.insert(QStringLiteral("name"), z->name);
            e.insert(QStringLiteral("ordinal"), z->zoneOrdinal);
            e.insert(QStringLiteral("items"), exportArea(*z));
            list.append(e);
        }
        payload.insert(kZones, list);
    }
    return payload;
}

Result<std::unique_ptr<Block>> importSubtree(const Page &page, const QCborMap &payload,
                                             const QString &where)
{
    Importer imp(&page);
    const QCborValue zones = payload.value(kZones);
    if (!zones.isUndefined()) {
        if (!zones.isArray())
            return fail(QStringLiteral("expected an array of zones"),
                        where + QStringLiteral(".zones"));
        const QCborArray list = zones.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QCborMap e = list.at(i).toMap();
            PendingZone z;
            z.ownerId = e.value(QStringLiteral("owner")).toString();
            z.name = e.value(QStringLiteral("name")).toString();
            z.key = z.ownerId + QLatin1Char(':') + z.name;
            z.ordinal = int(e.value(QStringLiteral("ordinal")).toInteger(page.nextZoneOrdinal));
            z.items = e.value(QStringLiteral("items")).toArray();
            if (z.ownerId.isEmpty() || z.name.isEmpty())
                return fail(QStringLiteral("zone entry needs owner and name"),
                            where + QStringLiteral(".zones[%1]").arg(i));
            imp.zonesByOwner.insert(z.ownerId, int(imp.zones.size()));
            imp.zones.push_back(std::move(z));
        }
    }
    auto b = imp.block(payload.value(QStringLiteral("item")), where + QStringLiteral(".item"), 1);
    if (!b)
        return std::unexpected(imp.error);
    for (const auto &z : imp.zones)
        if (!z.attached)
            return fail(QStringLiteral("zone \"%1\" has no owner in the inserted block").arg(z.key),
                        where + QStringLiteral(".zones"));
    return b;
}

Result<ZoneConversion> convertZonesToSlots(Page &page, const ThemeManifest *manifest,
                                           const QHash<QString, QHash<QString, QString>> &renames)
{
    ZoneConversion report;
    struct Move
    {
        Area *zone;
        Block *owner;
        QString slot;
    };
    std::vector<Move> moves;
    std::vector<const Area *> zones;
    collectZones(*page.content, zones);
    for (const auto &a : page.rootAreas)
        collectZones(*a, zones);
    for (const Area *zc : zones) {
        Area *z = const_cast<Area *>(zc);
        const QString where = QStringLiteral("zones[\"%1\"]").arg(z->compound());
        Block *owner = z->owner;
        QString slot = z->name;
        const QString ownerType = owner ? owner->type : QStringLiteral("root");
        if (auto r = renames.constFind(ownerType); r != renames.constEnd())
            slot = r->value(z->name, slot);
        if (!owner && z->orphanOwnerId.isEmpty()) {
            // Root zone: becomes a root slot prop.
            if (manifest && !manifest->rootSlotNames().contains(slot)) {
                report.problems
                    << where + QStringLiteral(": the theme's root has no slot \"%1\"").arg(slot);
                continue;
            }
            moves.push_back({z, nullptr, slot});
            continue;
        }
        if (!owner) {
            report.problems
                << where + QStringLiteral(": no block \"%1\" on the page").arg(z->orphanOwnerId);
            continue;
        }
        if (manifest) {
            const auto *comp = manifest->component(owner->type);
            if (!comp || !comp->slotNames().contains(slot)) {
                report.problems << where + QStringLiteral(
                                               ": component %1 has no slot \"%2\"; map it with "
                                               "--map %1:%3=SLOT")
                                               .arg(owner->type, slot, z->name);
                continue;
            }
        }
        Area *existing = owner->slotArea(slot);
        if (existing && !existing->children.empty()) {
            report.problems
                << where + QStringLiteral(": slot \"%1\" of %2 is not empty").arg(slot, owner->id);
            continue;
        }
        moves.push_back({z, owner, slot});
    }
    if (!report.problems.isEmpty())
        return fail(report.problems.join(QLatin1Char('\n')),
                    QStringLiteral("zones -> slots (nothing was changed)"));
    for (const Move &m : moves) {
        const QString from = m.zone->compound();
        auto &owningList = m.owner ? m.owner->areas : page.rootAreas;
        auto it = std::find_if(owningList.begin(), owningList.end(),
                               [&](const auto &p) { return p.get() == m.zone; });
        std::unique_ptr<Area> area = std::move(*it);
        owningList.erase(it);
        if (m.owner) {
            if (Area *existing = m.owner->slotArea(m.slot)) {
                auto eit = std::find_if(owningList.begin(), owningList.end(),
                                        [&](const auto &p) { return p.get() == existing; });
                owningList.erase(eit);
            }
        } else if (Area *existing = page.rootArea(m.slot);
                   existing && existing->kind == AreaKind::Slot) {
            auto eit = std::find_if(owningList.begin(), owningList.end(),
                                    [&](const auto &p) { return p.get() == existing; });
            owningList.erase(eit);
        }
        area->kind = AreaKind::Slot;
        area->name = m.slot;
        area->zoneOrdinal = -1;
        QCborValue props = m.owner ? QCborValue(m.owner->props) : QCborValue(page.rootProps);
        if (auto path = PropertyPath::parse(m.slot))
            (void)path->set(props, QCborArray());
        if (m.owner)
            m.owner->props = props.toMap();
        else
            page.rootProps = props.toMap();
        report.moved << from + QStringLiteral(" -> ") + m.slot;
        owningList.push_back(std::move(area));
    }
    // The Data no longer needs a zones map; Puck writes {} after migrate().
    if (page.data.contains(kZones))
        page.data.insert(kZones, QCborValue());
    return report;
}

} // namespace ss::puck
