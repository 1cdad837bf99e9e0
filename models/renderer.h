#pragma once

#include "result.h"

#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace ss {

class Block;
class Page;
class SiteDocument;
class ThemePackage;

// Site document + theme -> HTML. The one renderer behind the editor preview, static export and
// sitehostd's public pages: the same input gives byte-identical output everywhere.
class Renderer
{
public:
    explicit Renderer(std::shared_ptr<const ThemePackage> theme);

    // Editor marks, for the editor's canvas only (off by default; export and sitehostd never set
    // it, so their output is unchanged): every plain-text `text`/`textarea` prop of a block that
    // a template prints with {{ }} in element content comes out as
    // <span data-ss-field="path">text</span> (plus data-ss-multiline for a textarea), so the
    // canvas knows which element shows which prop and can edit it in place. Values printed
    // inside tags (attributes), in raw-text elements (title, script, style, textarea, option...),
    // in svg/math or with formats (color, e-mail, video...) are never wrapped. See
    // docs/decisions.md.
    void setEditorMarks(bool on) { m_editorMarks = on; }
    bool editorMarks() const { return m_editorMarks; }

    // A complete HTML document for one page.
    QString renderPage(const SiteDocument &site, const Page &page,
                       QSet<QString> *assetsUsed = nullptr) const;
    // One block with its wrapper, exactly as it appears inside renderPage (for preview patches).
    QString renderBlock(const SiteDocument &site, const Page &page, const Block &block) const;

    // "index.html" for "/", "about/index.html" for "/about".
    static QString outputPath(const QString &slug);
    // The relative prefix from a page to the site root: "" for "/", "../" for "/about".
    static QString basePrefix(const QString &slug);

    struct ExportReport
    {
        int pages = 0;
        int files = 0;
        qint64 bytes = 0;
    };
    // Content-addressed site assets by file name ("<sha256>.<ext>").
    using AssetSource = std::function<Result<QByteArray>(const QString &fileName)>;
    // Writes the whole site (pages, theme/, assets/) to `dir`, all or nothing: everything is
    // written to a sibling folder first and swapped in at the end. An existing `dir` must be
    // empty or an earlier export (it has a .sitestudio-export marker).
    Result<ExportReport> exportSite(const SiteDocument &site, const QString &dir,
                                    const AssetSource &assets, int threads = 0) const;

    const ThemePackage &theme() const { return *m_theme; }

private:
    std::shared_ptr<const ThemePackage> m_theme;
    bool m_editorMarks = false;
};

} // namespace ss
