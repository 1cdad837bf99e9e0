#include "validator.h"

#include "json.h"
#include "markdown.h"
#include "page.h"
#include "sitedocument.h"
#include "thememanifest.h"
#include "urlpolicy.h"

#include <QCborArray>
#include <QHash>

namespace ss {

QString ValidationIssue::toString() const
{
    return (severity == Severity::Error ? QStringLiteral("error: ") : QStringLiteral("warning: ")) +
           path + QStringLiteral(": ") + message;
}

namespace {

struct Checker
{
    QList<ValidationIssue> &issues;
    QString pageId;
    QString blockId;

    void add(ValidationIssue::Severity s, const QString &path, const QString &msg)
    {
        issues.append({s, path, msg, pageId, blockId});
    }
    void error(const QString &path, const QString &msg)
    {
        add(ValidationIssue::Severity::Error, path, msg);
    }
    void warning(const QString &path, const QString &msg)
    {
        add(ValidationIssue::Severity::Warning, path, msg);
    }

    void expect(const QString &path, const QString &what, const QCborValue &v)
    {
        error(path, QStringLiteral("expected %1, found %2").arg(what, json::typeName(v)));
    }

    void checkFields(const std::vector<FieldSpec> &fields, const QCborMap &props,
                     const QString &base)
    {
        for (const FieldSpec &f : fields) {
            const QCborValue v = props.value(f.name);
            if (v.isUndefined() || f.type == FieldSpec::Type::Slot)
                continue;
            checkValue(f, v, base + f.name);
        }
    }

    void checkValue(const FieldSpec &f, const QCborValue &v, const QString &path)
    {
        using T = FieldSpec::Type;
        if (v.isNull())
            return; // Puck writes null for cleared values; the renderer treats it as empty
        switch (f.type) {
        case T::Text:
        case T::Textarea:
            if (!v.isString()) {
                expect(path, QStringLiteral("a string"), v);
                return;
            }
            if (f.maxLength > 0 && v.toString().size() > f.maxLength)
                error(path, QStringLiteral("longer than %1 characters").arg(f.maxLength));
            if (f.format == QLatin1String("color") && !v.toString().isEmpty() &&
                urlpolicy::color(v.toString()).isEmpty())
                error(path, QStringLiteral("\"%1\" is not a colour like #4f46e5")
                                .arg(v.toString().left(40)));
            if (f.format == QLatin1String("css-length") && !v.toString().isEmpty() &&
                urlpolicy::cssLength(v.toString()).isEmpty())
                error(path, QStringLiteral("\"%1\" is not a CSS length like 640px, 40rem or 75%")
                                .arg(v.toString().left(40)));
            if (f.format == QLatin1String("tel") && !v.toString().isEmpty() &&
                urlpolicy::phone(v.toString()).isEmpty())
                error(path,
                      QStringLiteral("\"%1\" is not a phone number").arg(v.toString().left(40)));
            if (f.format == QLatin1String("email") && !v.toString().isEmpty() &&
                urlpolicy::email(v.toString()).isEmpty())
                error(path,
                      QStringLiteral("\"%1\" is not an e-mail address").arg(v.toString().left(40)));
            if (f.format == QLatin1String("video-embed") && !v.toString().isEmpty() &&
                urlpolicy::videoEmbed(v.toString()).isEmpty())
                error(path, QStringLiteral("only YouTube and Vimeo videos can be embedded"));
            return;
        case T::RichText:
            if (!v.isString()) {
                expect(path, QStringLiteral("a string"), v);
                return;
            }
            if (markdown::stripTags(v.toString()) != v.toString().simplified() &&
                v.toString().contains(QLatin1Char('<')))
                warning(path, QStringLiteral(
                                  "contains raw HTML, which is removed when the page is rendered"));
            return;
        case T::Number: {
            if (!v.isInteger() && !v.isDouble()) {
                expect(path, QStringLiteral("a number"), v);
                return;
            }
            const double d = v.toDouble();
            if (f.min && d < *f.min)
                error(path, QStringLiteral("%1 is below the minimum %2").arg(d).arg(*f.min));
            if (f.max && d > *f.max)
                error(path, QStringLiteral("%1 is above the maximum %2").arg(d).arg(*f.max));
            return;
        }
        case T::Select:
        case T::Radio:
            if (!f.hasOption(v))
                error(path, QStringLiteral("%1 is not one of the options")
                                .arg(QString::fromUtf8(json::write(v)).left(60)));
            return;
        case T::Link:
            if (!v.isString()) {
                expect(path, QStringLiteral("a URL string"), v);
                return;
            }
            if (!v.toString().trimmed().isEmpty() &&
                urlpolicy::link(v.toString(), QString()).isEmpty())
                error(path, QStringLiteral("unsafe or invalid link \"%1\" (allowed: https, http, "
                                           "mailto, tel, #anchor, /page)")
                                .arg(v.toString().left(60)));
            return;
        case T::Image:
            if (!v.isString()) {
                expect(path, QStringLiteral("an image reference"), v);
                return;
            }
            if (!v.toString().trimmed().isEmpty() &&
                urlpolicy::image(v.toString(), QString()).isEmpty())
                error(path,
                      QStringLiteral(
                          "\"%1\" is not an allowed image (https URL, site asset or theme file)")
                          .arg(v.toString().left(60)));
            return;
        case T::Object:
            if (!v.isMap()) {
                expect(path, QStringLiteral("an object"), v);
                return;
            }
            checkFields(f.subFields, v.toMap(), path + QLatin1Char('.'));
            return;
        case T::Array: {
            if (!v.isArray()) {
                expect(path, QStringLiteral("an array"), v);
                return;
            }
            const QCborArray a = v.toArray();
            if (f.min && a.size() < *f.min)
                error(path,
                      QStringLiteral("needs at least %1 items, has %2").arg(*f.min).arg(a.size()));
            if (f.max && a.size() > *f.max)
                error(path,
                      QStringLiteral("allows at most %1 items, has %2").arg(*f.max).arg(a.size()));
            for (qsizetype i = 0; i < a.size(); ++i) {
                const QString itemPath =
                    path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
                if (!a.at(i).isMap()) {
                    expect(itemPath, QStringLiteral("an object"), a.at(i));
                    continue;
                }
                checkFields(f.subFields, a.at(i).toMap(), itemPath + QLatin1Char('.'));
            }
            return;
        }
        case T::Slot:
            return;
        }
    }
};

void checkArea(const Page &page, const Area &area, const ComponentSpec *ownerSpec,
               const QString &prefix, Checker &c)
{
    const FieldSpec *slotField = nullptr;
    if (area.kind == AreaKind::Slot && ownerSpec) {
        if (auto path = PropertyPath::parse(area.name))
            slotField = ownerSpec->fieldAt(*path);
        if (!slotField || slotField->type != FieldSpec::Type::Slot)
            slotField = nullptr;
    }
    if (area.kind == AreaKind::Zone && ownerSpec && !ownerSpec->slotNames().contains(area.name))
        c.warning(prefix + page.jsonPath(&area),
                  QStringLiteral(
                      "legacy DropZone \"%1\": %2 has no slot of that name, so it does not render; "
                      "convert zones to slots")
                      .arg(area.name, ownerSpec->name));
    if (area.kind == AreaKind::Zone && !area.orphanOwnerId.isEmpty())
        c.warning(prefix + page.jsonPath(&area),
                  QStringLiteral("zone of block \"%1\", which is not on the page")
                      .arg(area.orphanOwnerId));
    for (const auto &child : area.children) {
        if (slotField && !slotField->accepts(child->type))
            c.error(prefix + page.jsonPath(child.get()),
                    QStringLiteral("%1 is not allowed in slot \"%2\" of %3")
                        .arg(child->type, area.name, ownerSpec->name));
    }
}

} // namespace

QList<ValidationIssue> validatePage(const Page &page, const ThemeManifest &theme,
                                    const QString &prefix)
{
    QList<ValidationIssue> issues;
    Checker c{issues, page.id, {}};
    QHash<QString, const Block *> seen;
    auto visit = [&](const Block *b) {
        c.blockId = b->id;
        const QString path = prefix + page.jsonPath(b);
        if (b->id == QLatin1String("root"))
            c.error(path + QStringLiteral(".props.id"),
                    QStringLiteral("\"root\" is reserved for the page root"));
        if (const Block *first = seen.value(b->id)) {
            bool ancestor = false;
            for (const Area *a = b->parent; a && a->owner; a = a->owner->parent)
                ancestor = ancestor || a->owner == first;
            c.error(path + QStringLiteral(".props.id"),
                    ancestor ? QStringLiteral("block \"%1\" contains itself (cycle)").arg(b->id)
                             : QStringLiteral("duplicate block id \"%1\" (also at %2)")
                                   .arg(b->id, prefix + page.jsonPath(first)));
        } else {
            seen.insert(b->id, b);
        }
        const ComponentSpec *spec = theme.component(b->type);
        if (!spec) {
            c.error(path + QStringLiteral(".type"),
                    QStringLiteral("unknown component type \"%1\" in theme \"%2\" (it renders as "
                                   "an invisible placeholder)")
                        .arg(b->type, theme.id));
        } else {
            c.checkFields(spec->fields, b->props, path + QStringLiteral(".props."));
        }
        for (const auto &a : b->areas)
            checkArea(page, *a, spec, prefix, c);
    };
    c.blockId.clear();
    c.checkFields(theme.root.fields, page.rootProps,
                  prefix +
                      (page.legacyRoot ? QStringLiteral("root.") : QStringLiteral("root.props.")));
    for (const auto &a : page.rootAreas)
        checkArea(page, *a, &theme.root, prefix, c);
    forEachBlock(page, visit);
    return issues;
}

QList<ValidationIssue> validateSite(const SiteDocument &site, const ThemeManifest &theme)
{
    QList<ValidationIssue> issues;
    if (!site.themeId.isEmpty() && site.themeId != theme.id)
        issues.append({ValidationIssue::Severity::Warning,
                       QStringLiteral("theme"),
                       QStringLiteral("the site uses theme \"%1\", validated against \"%2\"")
                           .arg(site.themeId, theme.id),
                       {},
                       {}});
    Checker c{issues, {}, {}};
    c.checkFields(theme.site.fields, site.siteProps, QStringLiteral("props."));
    const auto &pages = site.pages();
    for (size_t i = 0; i < pages.size(); ++i)
        issues += validatePage(*pages[i], theme, QStringLiteral("pages[%1].data.").arg(i));
    return issues;
}

} // namespace ss
