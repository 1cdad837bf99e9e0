#include "startersite.h"

#include "sitedocument.h"
#include "thememanifest.h"

#include <QCborArray>
#include <QUuid>

namespace ss {

std::unique_ptr<SiteDocument> makeStarterSite(const QString &name, const ThemeManifest &theme,
                                              bool starterContent)
{
    auto doc = std::make_unique<SiteDocument>();
    doc->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    doc->name = name;
    doc->themeId = theme.id;
    doc->themeVersion = theme.version;
    QCborMap props = theme.site.defaultProps;
    props.insert(QStringLiteral("title"), name);
    doc->siteProps = props;
    QCborMap rootProps = theme.root.defaultProps;
    rootProps.insert(QStringLiteral("title"), QStringLiteral("Home"));
    QCborMap root;
    root.insert(QStringLiteral("props"), rootProps);
    QCborMap data;
    data.insert(QStringLiteral("root"), root);
    data.insert(QStringLiteral("content"), QCborArray());
    auto addHome = doc->makeAddPage(QStringLiteral("/"), QStringLiteral("Home"), data);
    if (!addHome || !doc->apply(*addHome))
        return nullptr;
    if (starterContent) {
        qsizetype at = 0;
        for (const QString &type :
             {QStringLiteral("Navbar"), QStringLiteral("Hero"), QStringLiteral("Footer")}) {
            if (!theme.component(type))
                continue;
            auto op = doc->makeInsertNew(addHome->pageId, AreaRef{}, at++, type, theme);
            if (!op || !doc->apply(*op))
                return nullptr;
        }
    }
    return doc;
}

} // namespace ss
