#include "themepreview.h"

#include "sitedocument.h"
#include "thememanifest.h"

#include <QCborArray>

#include <algorithm>

namespace ss {

Result<std::unique_ptr<SiteDocument>> buildThemePreview(const ThemeManifest &manifest)
{
    auto doc = std::make_unique<SiteDocument>();
    doc->id = QStringLiteral("theme-preview-") + manifest.id;
    doc->name = manifest.name + QStringLiteral(" preview");
    doc->themeId = manifest.id;
    doc->themeVersion = manifest.version;

    // Palette order, with navigation bars first and footers last so the overview reads as a page.
    QStringList order;
    for (const ThemeCategory &c : manifest.categories)
        for (const QString &n : c.components)
            if (!order.contains(n))
                order << n;
    for (const ComponentSpec &c : manifest.components)
        if (!order.contains(c.name))
            order << c.name;
    std::stable_sort(order.begin(), order.end(), [](const QString &a, const QString &b) {
        auto rank = [](const QString &n) {
            return n == QLatin1String("Navbar") ? 0 : n == QLatin1String("Footer") ? 2 : 1;
        };
        return rank(a) < rank(b);
    });

    // Blocks are inserted the way the editor inserts them (defaults, fresh ids).
    auto addPage = [&](const QString &slug, const QString &title,
                       const QStringList &types) -> Result<void> {
        QCborMap rootProps;
        rootProps.insert(QStringLiteral("title"), title);
        QCborMap root;
        root.insert(QStringLiteral("props"), rootProps);
        QCborMap data;
        data.insert(QStringLiteral("root"), root);
        data.insert(QStringLiteral("content"), QCborArray());
        auto op = doc->makeAddPage(slug, title, data);
        if (!op)
            return std::unexpected(op.error());
        if (auto r = doc->apply(*op); !r)
            return r;
        for (qsizetype i = 0; i < types.size(); ++i) {
            auto insert = doc->makeInsertNew(op->pageId, AreaRef{}, i, types.at(i), manifest);
            if (!insert)
                return std::unexpected(insert.error());
            if (auto r = doc->apply(*insert); !r)
                return r;
        }
        return {};
    };

    if (auto r = addPage(QStringLiteral("/"), manifest.name, order); !r)
        return std::unexpected(r.error());
    for (const QString &name : order) {
        const ComponentSpec *c = manifest.component(name);
        if (auto r = addPage(QStringLiteral("/components/") + name.toLower(), c->label, {name}); !r)
            return std::unexpected(r.error());
    }
    return doc;
}

} // namespace ss
