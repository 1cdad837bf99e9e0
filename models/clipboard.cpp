#include "clipboard.h"

#include "page.h"
#include "puckcodec.h"

#include <QCborArray>
#include <QSet>

namespace ss::clipboard {

namespace {

const QString kContent = QStringLiteral("content");
const QString kZones = QStringLiteral("zones");
const QString kProps = QStringLiteral("props");
const QString kItems = QStringLiteral("items");
const QString kOwner = QStringLiteral("owner");
const QString kName = QStringLiteral("name");

// Every block id in an item and its slot content (items nested in props).
void collectIds(const QCborValue &v, QSet<QString> &ids, int depth = 0)
{
    if (depth > 64)
        return;
    if (v.isArray()) {
        for (const QCborValue &x : v.toArray())
            collectIds(x, ids, depth + 1);
    } else if (v.isMap()) {
        const QCborMap m = v.toMap();
        const QCborValue props = m.value(kProps);
        if (m.contains(QStringLiteral("type")) && props.isMap()) {
            const QString id = props.toMap().value(QStringLiteral("id")).toString();
            if (!id.isEmpty())
                ids.insert(id);
        }
        for (auto it = m.begin(); it != m.end(); ++it)
            collectIds(it.value(), ids, depth + 1);
    }
}

} // namespace

QCborMap copy(const Page &page, const QStringList &blockIds)
{
    const QSet<QString> wanted(blockIds.begin(), blockIds.end());
    QCborArray content;
    QCborMap zones;
    forEachBlock(page, [&](Block *b) {
        if (!wanted.contains(b->id))
            return;
        for (const Area *a = b->parent; a && a->owner; a = a->owner->parent)
            if (wanted.contains(a->owner->id))
                return; // inside another copied block: it travels with that one
        const QCborMap payload = puck::exportSubtree(page, *b);
        content.append(payload.value(QStringLiteral("item")));
        for (const QCborValue &z : payload.value(kZones).toArray()) {
            const QCborMap zone = z.toMap();
            zones.insert(zone.value(kOwner).toString() + QLatin1Char(':') +
                             zone.value(kName).toString(),
                         zone.value(kItems));
        }
    });
    QCborMap root;
    root.insert(kProps, QCborMap());
    QCborMap data;
    data.insert(QStringLiteral("root"), root);
    data.insert(kContent, content);
    if (!zones.isEmpty())
        data.insert(kZones, zones);
    return data;
}

Result<QList<QCborMap>> parse(const QCborValue &json)
{
    QCborArray items;
    QCborMap zones;
    if (json.isArray()) {
        items = json.toArray();
    } else if (json.isMap() && json.toMap().contains(QStringLiteral("type"))) {
        items.append(json);
    } else if (json.isMap() && json.toMap().value(kContent).isArray()) {
        items = json.toMap().value(kContent).toArray();
        const QCborValue z = json.toMap().value(kZones);
        if (!z.isUndefined() && !z.isMap())
            return fail(QStringLiteral("\"zones\" must be an object"), QStringLiteral("zones"));
        zones = z.toMap();
    } else {
        return fail(QStringLiteral("expected Puck data, an array of blocks or one block"));
    }
    if (items.isEmpty())
        return fail(QStringLiteral("there are no blocks to paste"), QStringLiteral("content"));
    QList<QCborMap> payloads;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QCborValue item = items.at(i);
        if (!item.isMap() || !item.toMap().value(QStringLiteral("type")).isString())
            return fail(QStringLiteral("expected a block with a \"type\""),
                        QStringLiteral("content[%1]").arg(i));
        QCborMap payload;
        payload.insert(QStringLiteral("item"), item);
        // The zones owned by blocks of this subtree, found transitively (zones hold blocks that
        // own zones in turn).
        QSet<QString> ids;
        collectIds(item, ids);
        QCborArray own;
        QSet<QString> taken;
        for (bool grew = true; grew;) {
            grew = false;
            for (auto it = zones.begin(); it != zones.end(); ++it) {
                const QString key = it.key().toString();
                const qsizetype colon = key.indexOf(QLatin1Char(':'));
                if (colon <= 0 || taken.contains(key) || !ids.contains(key.left(colon)))
                    continue;
                taken.insert(key);
                QCborMap zone;
                zone.insert(kOwner, key.left(colon));
                zone.insert(kName, key.mid(colon + 1));
                zone.insert(QStringLiteral("ordinal"), qsizetype(own.size()));
                zone.insert(kItems, it.value());
                own.append(zone);
                collectIds(it.value(), ids);
                grew = true;
            }
        }
        if (!own.isEmpty())
            payload.insert(kZones, own);
        payloads.append(payload);
    }
    return payloads;
}

} // namespace ss::clipboard
