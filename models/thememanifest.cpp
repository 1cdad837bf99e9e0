#include "thememanifest.h"

#include "json.h"

#include <QRegularExpression>

namespace ss {

namespace {

const QHash<QString, FieldSpec::Type> &fieldTypes()
{
    static const QHash<QString, FieldSpec::Type> types = {
        {QStringLiteral("text"), FieldSpec::Type::Text},
        {QStringLiteral("textarea"), FieldSpec::Type::Textarea},
        {QStringLiteral("number"), FieldSpec::Type::Number},
        {QStringLiteral("select"), FieldSpec::Type::Select},
        {QStringLiteral("radio"), FieldSpec::Type::Radio},
        {QStringLiteral("array"), FieldSpec::Type::Array},
        {QStringLiteral("object"), FieldSpec::Type::Object},
        {QStringLiteral("slot"), FieldSpec::Type::Slot},
        {QStringLiteral("richtext"), FieldSpec::Type::RichText},
        {QStringLiteral("image"), FieldSpec::Type::Image},
        {QStringLiteral("link"), FieldSpec::Type::Link},
    };
    return types;
}

std::optional<double> optionalNumber(const QCborMap &m, const QString &key)
{
    const QCborValue v = m.value(key);
    if (v.isInteger() || v.isDouble())
        return v.toDouble();
    return std::nullopt;
}

QStringList stringList(const QCborValue &v)
{
    QStringList out;
    for (const QCborValue &e : v.toArray())
        out << e.toString();
    return out;
}

Result<std::vector<FieldSpec>> parseFields(const QCborValue &v, const QString &where, int depth);

Result<FieldSpec> parseField(const QString &name, const QCborValue &v, const QString &where,
                             int depth)
{
    if (depth > 8)
        return fail(QStringLiteral("fields nested too deeply"), where);
    if (!v.isMap())
        return fail(QStringLiteral("expected a field object"), where);
    const QCborMap m = v.toMap();
    FieldSpec f;
    f.name = name;
    const QString typeText = m.value(QStringLiteral("type")).toString();
    const auto it = fieldTypes().constFind(typeText);
    if (it == fieldTypes().constEnd())
        return fail(QStringLiteral("unknown field type \"%1\"").arg(typeText),
                    where + QStringLiteral(".type"));
    f.type = it.value();
    f.label = m.value(QStringLiteral("label")).toString(name);
    f.format = m.value(QStringLiteral("format")).toString();
    f.token = m.value(QStringLiteral("token")).toString();
    f.placeholder = m.value(QStringLiteral("placeholder")).toString();
    f.readOnly = m.value(QStringLiteral("readOnly")).toBool(false);
    f.min = optionalNumber(m, QStringLiteral("min"));
    f.max = optionalNumber(m, QStringLiteral("max"));
    f.step = optionalNumber(m, QStringLiteral("step"));
    f.maxLength = int(m.value(QStringLiteral("maxLength")).toInteger(0));
    f.itemSummary = m.value(QStringLiteral("itemSummary")).toString();
    f.allow = stringList(m.value(QStringLiteral("allow")));
    f.disallow = stringList(m.value(QStringLiteral("disallow")));
    f.defaultItemProps = m.value(QStringLiteral("defaultItemProps")).toMap();
    if (!f.token.isEmpty() &&
        !QRegularExpression(QStringLiteral("^--[a-z0-9-]+$")).match(f.token).hasMatch())
        return fail(
            QStringLiteral("token must be a CSS custom property name like --ss-color-primary"),
            where + QStringLiteral(".token"));
    if (f.type == FieldSpec::Type::Select || f.type == FieldSpec::Type::Radio) {
        const QCborValue options = m.value(QStringLiteral("options"));
        if (!options.isArray() || options.toArray().isEmpty())
            return fail(QStringLiteral("select and radio fields need a non-empty options array"),
                        where + QStringLiteral(".options"));
        for (const QCborValue &o : options.toArray())
            if (!o.isMap() || !o.toMap().contains(QStringLiteral("value")))
                return fail(QStringLiteral("each option needs {label, value}"),
                            where + QStringLiteral(".options"));
        f.options = options.toArray();
    }
    if (f.type == FieldSpec::Type::Array || f.type == FieldSpec::Type::Object) {
        const QString key = f.type == FieldSpec::Type::Array ? QStringLiteral("arrayFields")
                                                             : QStringLiteral("objectFields");
        auto sub = parseFields(m.value(key), where + QLatin1Char('.') + key, depth + 1);
        if (!sub)
            return std::unexpected(sub.error());
        f.subFields = std::move(*sub);
    }
    return f;
}

Result<std::vector<FieldSpec>> parseFields(const QCborValue &v, const QString &where, int depth)
{
    std::vector<FieldSpec> out;
    if (v.isUndefined())
        return out;
    if (!v.isMap())
        return fail(QStringLiteral("expected an object of fields"), where);
    const QCborMap m = v.toMap();
    for (auto it = m.cbegin(); it != m.cend(); ++it) {
        const QString name = it.key().toString();
        auto f = parseField(name, it.value(), where + QLatin1Char('.') + name, depth);
        if (!f)
            return std::unexpected(f.error());
        out.push_back(std::move(*f));
    }
    return out;
}

// Field defaults: top-level ones from defaultProps, object fields from the nested object, and
// array item fields from the array's defaultItemProps (what a new item starts with).
void applyDefaults(std::vector<FieldSpec> &fields, const QCborMap &defaults)
{
    for (FieldSpec &f : fields) {
        f.defaultValue = defaults.value(f.name);
        if (f.type == FieldSpec::Type::Object)
            applyDefaults(f.subFields, f.defaultValue.toMap());
        else if (f.type == FieldSpec::Type::Array)
            applyDefaults(f.subFields, f.defaultItemProps);
    }
}

Result<ComponentSpec> parseComponent(const QString &name, const QCborValue &v, const QString &where)
{
    if (!v.isMap())
        return fail(QStringLiteral("expected a component object"), where);
    const QCborMap m = v.toMap();
    ComponentSpec c;
    c.name = name;
    c.label = m.value(QStringLiteral("label")).toString(name);
    c.category = m.value(QStringLiteral("category")).toString();
    c.description = m.value(QStringLiteral("description")).toString();
    c.templatePath = m.value(QStringLiteral("template")).toString();
    auto fields =
        parseFields(m.value(QStringLiteral("fields")), where + QStringLiteral(".fields"), 0);
    if (!fields)
        return std::unexpected(fields.error());
    c.fields = std::move(*fields);
    const QCborValue defaults = m.value(QStringLiteral("defaultProps"));
    if (!defaults.isUndefined() && !defaults.isMap())
        return fail(QStringLiteral("expected an object"), where + QStringLiteral(".defaultProps"));
    c.defaultProps = defaults.toMap();
    applyDefaults(c.fields, c.defaultProps);
    return c;
}

void collectSlots(const std::vector<FieldSpec> &fields, const QString &prefix, QStringList &out)
{
    for (const FieldSpec &f : fields) {
        if (f.type == FieldSpec::Type::Slot)
            out << prefix + f.name;
        else if (f.type == FieldSpec::Type::Object)
            collectSlots(f.subFields, prefix + f.name + QLatin1Char('.'), out);
    }
}

const FieldSpec *findField(const std::vector<FieldSpec> &fields, const QString &name)
{
    for (const FieldSpec &f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

} // namespace

const FieldSpec *FieldSpec::subField(const QString &n) const
{
    return findField(subFields, n);
}

bool FieldSpec::hasOption(const QCborValue &v) const
{
    for (const QCborValue &o : options)
        if (json::equal(o.toMap().value(QStringLiteral("value")), v))
            return true;
    return false;
}

bool FieldSpec::accepts(const QString &componentType) const
{
    if (!allow.isEmpty())
        return allow.contains(componentType);
    return !disallow.contains(componentType);
}

QString FieldSpec::typeName(Type t)
{
    for (auto it = fieldTypes().cbegin(); it != fieldTypes().cend(); ++it)
        if (it.value() == t)
            return it.key();
    return {};
}

const FieldSpec *ComponentSpec::field(const QString &n) const
{
    return findField(fields, n);
}

const FieldSpec *ComponentSpec::fieldAt(const PropertyPath &path) const
{
    const std::vector<FieldSpec> *level = &fields;
    const FieldSpec *current = nullptr;
    bool indexed = false; // the previous step chose an array item
    for (const PropertyPath::Step &s : path.steps()) {
        if (s.isIndex()) {
            if (!current || current->type != FieldSpec::Type::Array || indexed)
                return nullptr;
            level = &current->subFields;
            indexed = true;
            continue;
        }
        if (current && current->type == FieldSpec::Type::Array && !indexed)
            return nullptr; // a key directly on an array
        indexed = false;
        current = findField(*level, s.key);
        if (!current)
            return nullptr;
        level = &current->subFields;
    }
    return current;
}

QStringList ComponentSpec::slotNames() const
{
    QStringList out;
    collectSlots(fields, QString(), out);
    return out;
}

Result<ThemeManifest> ThemeManifest::parse(const QCborValue &json, const QString &where)
{
    if (!json.isMap())
        return fail(QStringLiteral("expected a manifest object"), where);
    const QCborMap m = json.toMap();
    ThemeManifest t;
    t.id = m.value(QStringLiteral("id")).toString();
    if (!QRegularExpression(QStringLiteral("^[a-z0-9][a-z0-9-]{1,39}$")).match(t.id).hasMatch())
        return fail(QStringLiteral("theme id must be 2-40 characters of a-z, 0-9 and '-'"),
                    where + QStringLiteral(".id"));
    t.name = m.value(QStringLiteral("name")).toString(t.id);
    t.version = m.value(QStringLiteral("version")).toString(QStringLiteral("0.0.0"));
    t.description = m.value(QStringLiteral("description")).toString();
    t.layoutPath = m.value(QStringLiteral("layout")).toString();
    if (t.layoutPath.isEmpty())
        return fail(QStringLiteral("missing layout template"), where + QStringLiteral(".layout"));
    t.stylesheets = stringList(m.value(QStringLiteral("stylesheets")));

    const QCborValue comps = m.value(QStringLiteral("components"));
    if (!comps.isMap() || comps.toMap().isEmpty())
        return fail(QStringLiteral("expected a non-empty components object"),
                    where + QStringLiteral(".components"));
    const QCborMap cm = comps.toMap();
    for (auto it = cm.cbegin(); it != cm.cend(); ++it) {
        const QString name = it.key().toString();
        auto c = parseComponent(name, it.value(), where + QStringLiteral(".components.") + name);
        if (!c)
            return std::unexpected(c.error());
        if (c->templatePath.isEmpty())
            return fail(QStringLiteral("missing template"), where + QStringLiteral(".components.") +
                                                                name + QStringLiteral(".template"));
        t.m_componentIndex.insert(name, qsizetype(t.components.size()));
        t.components.push_back(std::move(*c));
    }
    for (const char *part : {"site", "root"}) {
        const QString key = QString::fromLatin1(part);
        const QCborValue v = m.value(key);
        if (v.isUndefined())
            continue;
        auto c = parseComponent(key, v, where + QLatin1Char('.') + key);
        if (!c)
            return std::unexpected(c.error());
        (key == QLatin1String("site") ? t.site : t.root) = std::move(*c);
    }
    const QCborMap cats = m.value(QStringLiteral("categories")).toMap();
    for (auto it = cats.cbegin(); it != cats.cend(); ++it) {
        ThemeCategory c;
        c.key = it.key().toString();
        const QCborMap cmap = it.value().toMap();
        c.title = cmap.value(QStringLiteral("title")).toString(c.key);
        c.components = stringList(cmap.value(QStringLiteral("components")));
        for (const QString &comp : c.components)
            if (!t.m_componentIndex.contains(comp))
                return fail(QStringLiteral("unknown component \"%1\"").arg(comp),
                            where + QStringLiteral(".categories.") + c.key);
        t.categories.push_back(std::move(c));
    }
    return t;
}

const ComponentSpec *ThemeManifest::component(const QString &type) const
{
    const auto it = m_componentIndex.constFind(type);
    return it == m_componentIndex.constEnd() ? nullptr : &components[size_t(it.value())];
}

} // namespace ss
