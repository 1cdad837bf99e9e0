#pragma once

#include <QList>
#include <QString>

namespace ss {

class Page;
class SiteDocument;
class ThemeManifest;

struct ValidationIssue
{
    enum class Severity
    {
        Error,
        Warning
    };
    Severity severity = Severity::Error;
    QString path;    // JSON path: pages[0].data.content[3].props.title
    QString message; // what is wrong: "expected a string, found number"
    QString pageId;
    QString blockId;

    QString toString() const;
};

// Checks a site against its theme manifest: unknown component types, prop types, select options,
// number ranges, array min/max, slot allow/disallow, duplicate and reserved ids, unsafe links and
// image references, leftover DropZones. Invalid documents still load and edit; publishing refuses
// documents with errors.
QList<ValidationIssue> validateSite(const SiteDocument &site, const ThemeManifest &theme);
QList<ValidationIssue> validatePage(const Page &page, const ThemeManifest &theme,
                                    const QString &pathPrefix);

} // namespace ss
