#include "clicontext.h"

#include "json.h"
#include "renderer.h"
#include "sitedocument.h"
#include "themepackage.h"
#include "themepreview.h"

#include <QCborArray>
#include <QCborMap>
#include <QCommandLineParser>
#include <QDir>

namespace ss {

namespace {

int themesList(CliContext &ctx)
{
    QCborArray list;
    for (const ThemeRegistry::Entry &e : ctx.themes().entries()) {
        auto theme = ctx.themes().theme(e.id);
        QCborMap m;
        m.insert(QStringLiteral("id"), e.id);
        m.insert(QStringLiteral("builtIn"), e.builtIn);
        if (theme) {
            const ThemeManifest &man = (*theme)->manifest();
            m.insert(QStringLiteral("name"), man.name);
            m.insert(QStringLiteral("version"), man.version);
            m.insert(QStringLiteral("components"), qint64(man.components.size()));
            m.insert(QStringLiteral("description"), man.description);
        } else {
            m.insert(QStringLiteral("error"), theme.error().toString());
        }
        list.append(m);
    }
    if (ctx.json) {
        ctx.printJson(list);
        return 0;
    }
    for (const QCborValue &v : list) {
        const QCborMap m = v.toMap();
        if (m.contains(QStringLiteral("error"))) {
            ctx.out << m.value(QStringLiteral("id")).toString()
                    << "  (broken: " << m.value(QStringLiteral("error")).toString() << ")\n";
            continue;
        }
        ctx.out << QStringLiteral("%1  %2 %3, %4 components%5\n")
                       .arg(m.value(QStringLiteral("id")).toString(), -10)
                       .arg(m.value(QStringLiteral("name")).toString(),
                            m.value(QStringLiteral("version")).toString())
                       .arg(m.value(QStringLiteral("components")).toInteger())
                       .arg(m.value(QStringLiteral("builtIn")).toBool()
                                ? QString()
                                : QStringLiteral(" (user)"));
    }
    ctx.out.flush();
    return 0;
}

int themesPreview(CliContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("theme"), QStringLiteral("Built-in or installed theme id."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("theme-dir"), QStringLiteral("A theme package folder."),
                 QStringLiteral("DIR")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 QStringLiteral("Output folder."),
                 QStringLiteral("DIR")});
    if (!p.parse(QStringList{QStringLiteral("themes preview")} + ctx.args))
        return ctx.error(p.errorText(), 2);
    if (!p.isSet(QStringLiteral("output")))
        return ctx.error(QStringLiteral("themes preview: -o DIR is required"), 2);
    Result<std::shared_ptr<const ThemePackage>> theme =
        p.isSet(QStringLiteral("theme-dir"))
            ? ThemePackage::load(p.value(QStringLiteral("theme-dir")))
            : ctx.themes().theme(p.value(QStringLiteral("theme")));
    if (!theme)
        return ctx.error(theme.error());
    auto site = buildThemePreview((*theme)->manifest());
    if (!site)
        return ctx.error(site.error());
    Renderer renderer(*theme);
    auto report = renderer.exportSite(**site, p.value(QStringLiteral("output")), {});
    if (!report)
        return ctx.error(report.error());
    ctx.out << QStringLiteral("Rendered %1 pages of theme \"%2\" to %3 (open index.html)\n")
                   .arg(report->pages)
                   .arg((*theme)->manifest().id,
                        QDir(p.value(QStringLiteral("output"))).absolutePath());
    ctx.out.flush();
    return 0;
}

} // namespace

void registerThemeCommands(QList<CliCommand> &commands)
{
    commands << CliCommand{{QStringLiteral("themes"), QStringLiteral("list")},
                           QStringLiteral("themes list [--json]"),
                           QStringLiteral("List built-in and installed themes."),
                           themesList};
    commands << CliCommand{{QStringLiteral("themes"), QStringLiteral("preview")},
                           QStringLiteral("themes preview (--theme ID | --theme-dir DIR) -o DIR"),
                           QStringLiteral("Render every component of a theme with its defaults."),
                           themesPreview};
}

} // namespace ss
