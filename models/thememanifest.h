#pragma once

#include "propertypath.h"
#include "result.h"

#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace ss {

// One field of a component (Puck's field types, see docs/themes.md).
struct FieldSpec
{
    enum class Type
    {
        Text,
        Textarea,
        Number,
        Select,
        Radio,
        Array,
        Object,
        Slot,
        RichText,
        Image,
        Link
    };

    Type type = Type::Text;
    QString name;
    QString label;
    QString format; // text: color, video-embed, email, tel
    QString token;  // site fields: CSS custom property set from the value
    QString placeholder;
    bool readOnly = false;
    std::optional<double> min, max, step; // number; array min/max items
    int maxLength = 0;
    QCborArray options;               // select/radio: [{label, value}]
    std::vector<FieldSpec> subFields; // arrayFields / objectFields, in order
    QCborMap defaultItemProps;
    QString itemSummary;
    QCborValue defaultValue; // from the component's defaultProps (top-level fields)
    QStringList allow, disallow;

    const FieldSpec *subField(const QString &n) const;
    bool hasOption(const QCborValue &v) const;
    // Whether a component type may be dropped into this slot (allow wins over disallow).
    bool accepts(const QString &componentType) const;
    static QString typeName(Type t);
};

struct ComponentSpec
{
    QString name;
    QString label;
    QString category;
    QString description;
    QString templatePath;
    std::vector<FieldSpec> fields;
    QCborMap defaultProps;

    const FieldSpec *field(const QString &n) const;
    // The field at a prop path (`image.url`, `buttons[0].label`, `buttons`), or nullptr.
    const FieldSpec *fieldAt(const PropertyPath &path) const;
    QStringList slotNames() const; // prop paths of slot fields, including ones inside objects
};

struct ThemeCategory
{
    QString key;
    QString title;
    QStringList components;
};

class ThemeManifest
{
public:
    QString id;
    QString name;
    QString version;
    QString description;
    QString layoutPath;
    QStringList stylesheets;
    std::vector<ThemeCategory> categories;
    ComponentSpec site; // site-wide fields and defaults (tokens)
    ComponentSpec root; // Puck page root fields
    std::vector<ComponentSpec> components;

    static Result<ThemeManifest> parse(const QCborValue &json, const QString &where);

    const ComponentSpec *component(const QString &type) const;
    QStringList rootSlotNames() const { return root.slotNames(); }

private:
    QHash<QString, qsizetype> m_componentIndex;
};

} // namespace ss
