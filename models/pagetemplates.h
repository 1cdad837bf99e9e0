#pragma once

#include "result.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

namespace ss {

class SiteDocument;
class ThemeManifest;
struct SiteBlueprint;

// A kind of page "Add page…" offers: Blank, About, Contact, Services, Pricing, FAQ, Blog post,
// Menu, Gallery. Its blocks come from the theme and are filled from the site's brief by the same
// generator the new-site wizard uses (populatePage), so a new page looks like the rest of the site.
struct PageTemplate
{
    QString id;         // "blank", "about", "contact", ...
    QString title;      // the proposed page name ("About us")
    QString slug;       // the address it is written for ("/about"; proposed, made unique)
    QString summary;    // one line for the chooser
    QStringList blocks; // component types in order; the ones a theme lacks are left out
};

const QList<PageTemplate> &pageTemplates();
const PageTemplate *pageTemplate(const QString &id);

// The blocks a page from `t` gets with this theme (in order).
QStringList pageTemplateBlocks(const PageTemplate &t, const ThemeManifest &theme);

// The Puck Data of a new page called `title` made from `t` for `site`: the template's blocks,
// texts from `brief` (the site's wizard blueprint; an empty one uses the site's name), and the
// site's own navigation bar and footer where its home page has them. Nothing is added to `site`.
Result<QCborMap> buildTemplatePage(const PageTemplate &t, const QString &title,
                                   const SiteDocument &site, const ThemeManifest &theme,
                                   const SiteBlueprint &brief);

} // namespace ss
