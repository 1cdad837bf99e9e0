#pragma once

#include "result.h"

#include <memory>

namespace ss {

class SiteDocument;
class ThemeManifest;

// A sample site showing every component of a theme with its default props: an overview page
// ("/") with all of them in palette order, and one page per component ("/components/<name>").
// Used by `sitestudio-cli themes preview` and the theme gallery.
Result<std::unique_ptr<SiteDocument>> buildThemePreview(const ThemeManifest &manifest);

} // namespace ss
