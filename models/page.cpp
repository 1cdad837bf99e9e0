#include "page.h"

namespace ss {

QString Area::ownerId() const
{
    if (owner)
        return owner->id;
    if (!orphanOwnerId.isEmpty())
        return orphanOwnerId;
    return QStringLiteral("root");
}

qsizetype Area::indexOf(const Block *b) const
{
    for (size_t i = 0; i < children.size(); ++i)
        if (children[i].get() == b)
            return qsizetype(i);
    return -1;
}

Area *Block::area(const QString &name) const
{
    for (const auto &a : areas)
        if (a->name == name)
            return a.get();
    return nullptr;
}

Area *Block::slotArea(const QString &name) const
{
    for (const auto &a : areas)
        if (a->kind == AreaKind::Slot && a->name == name)
            return a.get();
    return nullptr;
}

bool Block::isSlotPath(const PropertyPath &path) const
{
    for (const auto &a : areas) {
        if (a->kind != AreaKind::Slot)
            continue;
        auto slotPath = PropertyPath::parse(a->name);
        if (!slotPath)
            continue;
        if (path.isWithin(*slotPath) || slotPath->isWithin(path))
            return true;
    }
    return false;
}

Page::Page() = default;
Page::~Page() = default;

Area *Page::rootArea(const QString &name) const
{
    if (name == QLatin1String("default-zone"))
        return content.get();
    for (const auto &a : rootAreas)
        if (a->name == name && a->orphanOwnerId.isEmpty())
            return a.get();
    return nullptr;
}

Area *Page::findArea(const QString &ownerId, const QString &name) const
{
    if (ownerId == QLatin1String("root"))
        return rootArea(name);
    if (Block *b = block(ownerId))
        return b->area(name);
    for (const auto &a : rootAreas)
        if (a->orphanOwnerId == ownerId && a->name == name)
            return a.get();
    return nullptr;
}

QString Page::jsonPath(const Area *a) const
{
    switch (a->kind) {
    case AreaKind::Content:
        return QStringLiteral("content");
    case AreaKind::Zone:
        return QStringLiteral("zones[\"%1\"]").arg(a->compound());
    case AreaKind::Slot:
        if (a->owner)
            return jsonPath(a->owner) + QStringLiteral(".props.") + a->name;
        return (legacyRoot ? QStringLiteral("root.") : QStringLiteral("root.props.")) + a->name;
    }
    return {};
}

QString Page::jsonPath(const Block *b) const
{
    if (!b->parent)
        return QStringLiteral("?");
    return jsonPath(b->parent) + QLatin1Char('[') + QString::number(b->parent->indexOf(b)) +
           QLatin1Char(']');
}

int Page::depth(const Block *b) const
{
    int d = 0;
    for (const Area *a = b->parent; a && a->owner; a = a->owner->parent)
        ++d;
    return d;
}

void Page::indexSubtree(Block *b)
{
    index.insert(b->id, b);
    for (const auto &a : b->areas)
        for (const auto &c : a->children)
            indexSubtree(c.get());
}

void Page::unindexSubtree(const Block *b)
{
    auto it = index.find(b->id);
    if (it != index.end() && it.value() == b)
        index.erase(it);
    for (const auto &a : b->areas)
        for (const auto &c : a->children)
            unindexSubtree(c.get());
}

void Page::rebuildIndex()
{
    index.clear();
    forEachBlock(*this, [this](Block *b) {
        if (!index.contains(b->id))
            index.insert(b->id, b);
    });
}

QString Block::label() const
{
    static const char *const keys[] = {"title", "heading", "text", "label", "name", "quote"};
    for (const char *key : keys) {
        const QCborValue v = props.value(QLatin1String(key));
        if (!v.isString())
            continue;
        QString text = v.toString().simplified();
        if (text.isEmpty())
            continue;
        if (text.size() > 40)
            text = text.left(39) + QChar(0x2026);
        return type + QStringLiteral(" \u00b7 ") + text;
    }
    return type;
}

} // namespace ss
