#pragma once

#include <QString>

#include <memory>

namespace ss {

class SiteDocument;
class ThemeManifest;

// A new site for a theme: its site defaults with the name as title and a home page ("/"), with a
// navbar, hero and footer when `starterContent` (and the theme has them). Used by the local cache
// (sites create) and by sitehostd (clone a template).
std::unique_ptr<SiteDocument> makeStarterSite(const QString &name, const ThemeManifest &theme,
                                              bool starterContent);

} // namespace ss
