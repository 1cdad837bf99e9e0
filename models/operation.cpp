#include "operation.h"

#include "json.h"

#include <array>

namespace ss {

namespace {

struct KindName
{
    Operation::Kind kind;
    const char *name;
};

constexpr std::array kKindNames = {
    KindName{Operation::Kind::InsertBlock, "insert"},
    KindName{Operation::Kind::RemoveBlock, "remove"},
    KindName{Operation::Kind::MoveBlock, "move"},
    KindName{Operation::Kind::DuplicateBlock, "duplicate"},
    KindName{Operation::Kind::SetProp, "set-prop"},
    KindName{Operation::Kind::ReplaceRoot, "replace-root"},
    KindName{Operation::Kind::ReplaceSiteProps, "replace-site-props"},
    KindName{Operation::Kind::AddPage, "add-page"},
    KindName{Operation::Kind::RemovePage, "remove-page"},
    KindName{Operation::Kind::SetPageMeta, "set-page-meta"},
    KindName{Operation::Kind::ReplacePageData, "replace-page-data"},
};

QCborMap areaJson(const AreaRef &a)
{
    QCborMap m;
    m.insert(QStringLiteral("zone"), a.compound());
    if (a.zone)
        m.insert(QStringLiteral("dropZone"), true);
    return m;
}

Result<AreaRef> areaFromJson(const QCborValue &v, const QString &where)
{
    const QCborMap m = v.toMap();
    auto r = AreaRef::fromCompound(m.value(QStringLiteral("zone")).toString(),
                                   m.value(QStringLiteral("dropZone")).toBool(false));
    if (!r)
        return fail(r.error().message, where);
    return r;
}

} // namespace

Result<AreaRef> AreaRef::fromCompound(const QString &compound, bool zone)
{
    const qsizetype colon = compound.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == compound.size() - 1)
        return fail(QStringLiteral("expected \"<parent id>:<slot>\", got \"%1\"").arg(compound));
    AreaRef a;
    a.owner = compound.left(colon);
    a.name = compound.mid(colon + 1);
    a.zone = zone;
    return a;
}

QString Operation::kindName(Kind k)
{
    for (const auto &kn : kKindNames)
        if (kn.kind == k)
            return QString::fromLatin1(kn.name);
    return {};
}

Operation Operation::inverse() const
{
    Operation inv = *this;
    switch (kind) {
    case Kind::InsertBlock:
    case Kind::DuplicateBlock:
        inv.kind = Kind::RemoveBlock;
        inv.blockId = subtree.value(QStringLiteral("item"))
                          .toMap()
                          .value(QStringLiteral("props"))
                          .toMap()
                          .value(QStringLiteral("id"))
                          .toString();
        break;
    case Kind::RemoveBlock:
        inv.kind = Kind::InsertBlock;
        break;
    case Kind::MoveBlock:
        std::swap(inv.area, inv.toArea);
        std::swap(inv.index, inv.toIndex);
        break;
    case Kind::AddPage:
        inv.kind = Kind::RemovePage;
        break;
    case Kind::RemovePage:
        inv.kind = Kind::AddPage;
        break;
    case Kind::SetProp:
    case Kind::ReplaceRoot:
    case Kind::ReplaceSiteProps:
    case Kind::SetPageMeta:
    case Kind::ReplacePageData:
        std::swap(inv.oldValue, inv.newValue);
        break;
    }
    return inv;
}

QCborMap Operation::toJson() const
{
    QCborMap m;
    m.insert(QStringLiteral("op"), kindName(kind));
    if (!pageId.isEmpty())
        m.insert(QStringLiteral("page"), pageId);
    switch (kind) {
    case Kind::InsertBlock:
    case Kind::RemoveBlock:
    case Kind::DuplicateBlock:
        if (!blockId.isEmpty())
            m.insert(QStringLiteral("block"), blockId);
        m.insert(QStringLiteral("area"), areaJson(area));
        m.insert(QStringLiteral("index"), index);
        m.insert(QStringLiteral("subtree"), subtree);
        break;
    case Kind::MoveBlock:
        m.insert(QStringLiteral("block"), blockId);
        m.insert(QStringLiteral("from"), areaJson(area));
        m.insert(QStringLiteral("fromIndex"), index);
        m.insert(QStringLiteral("to"), areaJson(toArea));
        m.insert(QStringLiteral("toIndex"), toIndex);
        break;
    case Kind::SetProp:
        m.insert(QStringLiteral("block"), blockId);
        m.insert(QStringLiteral("path"), path);
        [[fallthrough]];
    case Kind::ReplaceRoot:
    case Kind::ReplaceSiteProps:
    case Kind::SetPageMeta:
    case Kind::ReplacePageData:
        if (!oldValue.isUndefined())
            m.insert(QStringLiteral("old"), oldValue);
        if (!newValue.isUndefined())
            m.insert(QStringLiteral("value"), newValue);
        break;
    case Kind::AddPage:
    case Kind::RemovePage:
        m.insert(QStringLiteral("index"), index);
        m.insert(QStringLiteral("pageData"), subtree);
        break;
    }
    return m;
}

Result<Operation> Operation::fromJson(const QCborValue &json)
{
    if (!json.isMap())
        return fail(QStringLiteral("expected an operation object"));
    const QCborMap m = json.toMap();
    Operation op;
    const QString name = m.value(QStringLiteral("op")).toString();
    bool known = false;
    for (const auto &kn : kKindNames) {
        if (name == QLatin1String(kn.name)) {
            op.kind = kn.kind;
            known = true;
        }
    }
    if (!known)
        return fail(QStringLiteral("unknown operation \"%1\"").arg(name), QStringLiteral("op"));
    op.pageId = m.value(QStringLiteral("page")).toString();
    op.blockId = m.value(QStringLiteral("block")).toString();
    op.path = m.value(QStringLiteral("path")).toString();
    op.oldValue = m.value(QStringLiteral("old"));
    op.newValue = m.value(QStringLiteral("value"));
    switch (op.kind) {
    case Kind::InsertBlock:
    case Kind::RemoveBlock:
    case Kind::DuplicateBlock: {
        auto a = areaFromJson(m.value(QStringLiteral("area")), QStringLiteral("area"));
        if (!a)
            return std::unexpected(a.error());
        op.area = *a;
        op.index = m.value(QStringLiteral("index")).toInteger(-1);
        op.subtree = m.value(QStringLiteral("subtree")).toMap();
        if (op.index < 0)
            return fail(QStringLiteral("expected a non-negative index"), QStringLiteral("index"));
        break;
    }
    case Kind::MoveBlock: {
        auto from = areaFromJson(m.value(QStringLiteral("from")), QStringLiteral("from"));
        auto to = areaFromJson(m.value(QStringLiteral("to")), QStringLiteral("to"));
        if (!from)
            return std::unexpected(from.error());
        if (!to)
            return std::unexpected(to.error());
        op.area = *from;
        op.toArea = *to;
        op.index = m.value(QStringLiteral("fromIndex")).toInteger(-1);
        op.toIndex = m.value(QStringLiteral("toIndex")).toInteger(-1);
        if (op.index < 0 || op.toIndex < 0)
            return fail(QStringLiteral("expected non-negative indexes"), QStringLiteral("toIndex"));
        break;
    }
    case Kind::AddPage:
    case Kind::RemovePage:
        op.index = m.value(QStringLiteral("index")).toInteger(-1);
        op.subtree = m.value(QStringLiteral("pageData")).toMap();
        break;
    default:
        break;
    }
    return op;
}

QString Operation::describe() const
{
    switch (kind) {
    case Kind::InsertBlock:
        return QStringLiteral("Insert %1")
            .arg(subtree.value(QStringLiteral("item"))
                     .toMap()
                     .value(QStringLiteral("type"))
                     .toString());
    case Kind::RemoveBlock:
        return QStringLiteral("Delete %1")
            .arg(subtree.value(QStringLiteral("item"))
                     .toMap()
                     .value(QStringLiteral("type"))
                     .toString());
    case Kind::MoveBlock:
        return QStringLiteral("Move block");
    case Kind::DuplicateBlock:
        return QStringLiteral("Duplicate block");
    case Kind::SetProp:
        return QStringLiteral("Change %1").arg(path);
    case Kind::ReplaceRoot:
        return QStringLiteral("Change page settings");
    case Kind::ReplaceSiteProps:
        return QStringLiteral("Change site settings");
    case Kind::AddPage:
        return QStringLiteral("Add page");
    case Kind::RemovePage:
        return QStringLiteral("Delete page");
    case Kind::SetPageMeta:
        return QStringLiteral("Change page details");
    case Kind::ReplacePageData:
        return QStringLiteral("Replace page content");
    }
    return {};
}

} // namespace ss
