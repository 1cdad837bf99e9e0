// sitestudio-cli commands that work on sites in the local cache.
#include "clicontext.h"

#include "assetstore.h"
#include "json.h"
#include "localcache.h"
#include "page.h"
#include "puckcodec.h"
#include "renderer.h"
#include "sitedocument.h"
#include "sitestore.h"
#include "themepackage.h"
#include "validator.h"

#include <QCborArray>
#include <QCborMap>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ss {

namespace {

using Opt = QCommandLineOption;

bool parseArgs(CliContext &ctx, QCommandLineParser &p, const QString &command,
               const QList<Opt> &options, const QStringList &required = {}, int minPositional = 0,
               int maxPositional = 0)
{
    return ctx.parse(p, command, options, required, minPositional, maxPositional);
}

bool require(CliContext &ctx, const QCommandLineParser &p, const QString &command,
             const QStringList &names)
{
    for (const QString &n : names) {
        if (!p.isSet(n)) {
            ctx.error(command + QStringLiteral(": --%1 is required").arg(n), 2);
            return false;
        }
    }
    return true;
}

Result<QByteArray> readInput(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(f.errorString(), path);
    const json::ParseLimits limits;
    if (f.size() > limits.maxBytes)
        return fail(QStringLiteral("document is %1 MiB; the limit is %2 MiB")
                        .arg(double(f.size()) / (1024 * 1024), 0, 'f', 1)
                        .arg(limits.maxBytes >> 20),
                    path);
    return f.readAll();
}

// Opens the cache and loads the site named by --site; prints the error and returns null if that
// fails.
std::unique_ptr<SiteDocument> loadSiteArg(CliContext &ctx, const QCommandLineParser &p)
{
    SiteStore *store = ctx.sites();
    if (!store)
        return nullptr;
    auto doc = store->loadSite(p.value(QStringLiteral("site")));
    if (!doc) {
        ctx.error(doc.error());
        return nullptr;
    }
    return std::move(*doc);
}

Result<std::shared_ptr<const ThemePackage>> themeOf(CliContext &ctx, const SiteDocument &doc)
{
    return ctx.themes().theme(doc.themeId);
}

QString summaryLine(const SiteSummary &s)
{
    return QStringLiteral("%1  %2  %3 pages  rev %4  %5 pending  %6 conflicts")
        .arg(s.name, -24)
        .arg(s.themeId, -8)
        .arg(s.pages, 3)
        .arg(s.draftRevision)
        .arg(s.pendingOps)
        .arg(s.conflicts);
}

QCborMap summaryJson(const SiteSummary &s)
{
    QCborMap m;
    m.insert(QStringLiteral("id"), s.id);
    m.insert(QStringLiteral("name"), s.name);
    m.insert(QStringLiteral("slug"), s.slug);
    m.insert(QStringLiteral("type"), s.type);
    m.insert(QStringLiteral("tier"), s.tier);
    m.insert(QStringLiteral("theme"), s.themeId);
    m.insert(QStringLiteral("pages"), s.pages);
    m.insert(QStringLiteral("draftRevision"), s.draftRevision);
    if (s.publishedRevision >= 0)
        m.insert(QStringLiteral("publishedRevision"), s.publishedRevision);
    m.insert(QStringLiteral("pendingOps"), s.pendingOps);
    m.insert(QStringLiteral("conflicts"), s.conflicts);
    m.insert(QStringLiteral("updatedAt"), s.updatedAt);
    return m;
}

int sitesList(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parseArgs(ctx, p, QStringLiteral("sites list"), {}))
        return 2;
    SiteStore *store = ctx.sites();
    if (!store)
        return 1;
    auto sites = store->listSites();
    if (!sites)
        return ctx.error(sites.error());
    if (ctx.json) {
        QCborArray a;
        for (const SiteSummary &s : *sites)
            a.append(summaryJson(s));
        ctx.printJson(a);
        return 0;
    }
    if (sites->isEmpty())
        ctx.out
            << "No sites yet. Create one with: sitestudio-cli sites create NAME --theme studio\n";
    for (const SiteSummary &s : *sites)
        ctx.out << summaryLine(s) << '\n';
    ctx.out.flush();
    return 0;
}

int sitesCreate(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parseArgs(ctx, p, QStringLiteral("sites create"),
                   {Opt(QStringLiteral("theme"), QStringLiteral("Theme id."), QStringLiteral("ID")),
                    Opt(QStringLiteral("type"), QStringLiteral("Site type."),
                        QStringLiteral("TYPE"), QStringLiteral("business")),
                    Opt(QStringLiteral("empty"), QStringLiteral("No starter blocks."))},
                   {QStringLiteral("theme")}, 1, 1))
        return 2;
    auto theme = ctx.themes().theme(p.value(QStringLiteral("theme")));
    if (!theme)
        return ctx.error(theme.error());
    SiteStore *store = ctx.sites();
    if (!store)
        return 1;
    SiteStore::NewSite spec;
    spec.name = p.positionalArguments().first();
    spec.type = p.value(QStringLiteral("type"));
    spec.starterContent = !p.isSet(QStringLiteral("empty"));
    auto site = store->createSite(spec, (*theme)->manifest());
    if (!site)
        return ctx.error(site.error());
    if (ctx.json)
        ctx.printJson(summaryJson(*site));
    else
        ctx.out << QStringLiteral("Created site \"%1\" (%2) with theme %3\n")
                       .arg(site->name, site->id, site->themeId);
    ctx.out.flush();
    return 0;
}

int sitesDelete(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parseArgs(ctx, p, QStringLiteral("sites delete"),
                   {Opt(QStringLiteral("yes"), QStringLiteral("Confirm."))}, {}, 1, 1))
        return 2;
    if (!p.isSet(QStringLiteral("yes")))
        return ctx.error(
            QStringLiteral(
                "sites delete: this deletes the site's local drafts; add --yes to confirm"),
            2);
    SiteStore *store = ctx.sites();
    if (!store)
        return 1;
    if (auto r = store->deleteSite(p.positionalArguments().first()); !r)
        return ctx.error(r.error());
    ctx.out << "Deleted " << p.positionalArguments().first() << '\n';
    ctx.out.flush();
    return 0;
}

int pagesList(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parseArgs(ctx, p, QStringLiteral("pages list"),
                   {Opt(QStringLiteral("site"), QStringLiteral("Site."), QStringLiteral("NAME"))},
                   {QStringLiteral("site")}))
        return 2;
    auto doc = loadSiteArg(ctx, p);
    if (!doc)
        return 1;
    QCborArray a;
    for (const auto &page : doc->pages()) {
        QCborMap m;
        m.insert(QStringLiteral("id"), page->id);
        m.insert(QStringLiteral("slug"), page->slug);
        m.insert(QStringLiteral("title"), page->title);
        m.insert(QStringLiteral("blocks"), page->blockCount());
        a.append(m);
        if (!ctx.json)
            ctx.out << QStringLiteral("%1  %2  %3 blocks\n")
                           .arg(page->slug, -24)
                           .arg(page->title, -24)
                           .arg(page->blockCount());
    }
    if (ctx.json)
        ctx.printJson(a);
    ctx.out.flush();
    return 0;
}

int importPuck(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parseArgs(
            ctx, p, QStringLiteral("import-puck"),
            {Opt(QStringLiteral("site"), QStringLiteral("Site."), QStringLiteral("NAME")),
             Opt(QStringLiteral("page"), QStringLiteral("Page slug."), QStringLiteral("SLUG"),
                 QStringLiteral("/")),
             Opt(QStringLiteral("title"), QStringLiteral("Page title."), QStringLiteral("TITLE"))},
            {QStringLiteral("site")}, 1, 1))
        return 2;
    const QString file = p.positionalArguments().first();
    // Everything is checked before anything is written.
    auto text = readInput(file);
    if (!text)
        return ctx.error(text.error());
    auto data = json::parse(*text);
    if (!data)
        return ctx.error(file + QStringLiteral(": ") + data.error().toString());
    auto page = puck::importData(*data);
    if (!page)
        return ctx.error(file + QStringLiteral(": ") + page.error().toString());
    auto doc = loadSiteArg(ctx, p);
    if (!doc)
        return 1;
    const QString slug = SiteDocument::normalizeSlug(p.value(QStringLiteral("page")));
    Result<Operation> op;
    if (Page *existing = doc->pageBySlug(slug)) {
        op = doc->makeReplacePageData(existing->id, data->toMap());
    } else {
        QString title = p.value(QStringLiteral("title"));
        if (title.isEmpty())
            title = (*page)->title.isEmpty() ? slug : (*page)->title;
        op = doc->makeAddPage(slug, title, data->toMap());
    }
    if (!op)
        return ctx.error(file + QStringLiteral(": ") + op.error().toString());
    if (auto r = doc->apply(*op); !r)
        return ctx.error(r.error());
    const Page *result = doc->pageBySlug(slug);
    if (auto theme = themeOf(ctx, *doc)) {
        const auto issues = validatePage(*result, (*theme)->manifest(), QString());
        for (const ValidationIssue &i : issues)
            ctx.err << "sitestudio-cli: " << file << ": " << i.toString() << '\n';
        ctx.err.flush();
    }
    ctx.out << QStringLiteral("Imported %1 blocks into page %2 of site \"%3\"\n")
                   .arg(result->blockCount())
                   .arg(slug, doc->name);
    ctx.out.flush();
    return 0;
}

int exportPuck(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parseArgs(
            ctx, p, QStringLiteral("export-puck"),
            {Opt(QStringLiteral("site"), QStringLiteral("Site."), QStringLiteral("NAME")),
             Opt(QStringLiteral("page"), QStringLiteral("Page slug."), QStringLiteral("SLUG")),
             Opt({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Output file."),
                 QStringLiteral("FILE"))},
            {QStringLiteral("site"), QStringLiteral("page")}))
        return 2;
    auto doc = loadSiteArg(ctx, p);
    if (!doc)
        return 1;
    const Page *page = doc->pageBySlug(p.value(QStringLiteral("page")));
    if (!page)
        return ctx.error(QStringLiteral("site \"%1\" has no page %2")
                             .arg(doc->name, p.value(QStringLiteral("page"))));
    const QByteArray out = json::write(puck::exportData(*page), json::Style::Indented);
    if (!p.isSet(QStringLiteral("output")) ||
        p.value(QStringLiteral("output")) == QLatin1String("-")) {
        ctx.out << QString::fromUtf8(out);
        ctx.out.flush();
        return 0;
    }
    QSaveFile f(p.value(QStringLiteral("output")));
    if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size() || !f.commit())
        return ctx.error(p.value(QStringLiteral("output")) + QStringLiteral(": ") +
                         f.errorString());
    return 0;
}

int render(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parseArgs(ctx, p, QStringLiteral("render"),
                   {Opt(QStringLiteral("site"), QStringLiteral("Site."), QStringLiteral("NAME")),
                    Opt({QStringLiteral("o"), QStringLiteral("output")},
                        QStringLiteral("Output folder."), QStringLiteral("DIR"))},
                   {QStringLiteral("site"), QStringLiteral("output")}))
        return 2;
    auto doc = loadSiteArg(ctx, p);
    if (!doc)
        return 1;
    auto theme = themeOf(ctx, *doc);
    if (!theme)
        return ctx.error(theme.error());
    AssetStore *assets = ctx.assets();
    Renderer renderer(*theme);
    auto report = renderer.exportSite(*doc, p.value(QStringLiteral("output")),
                                      [assets](const QString &name) { return assets->read(name); });
    if (!report)
        return ctx.error(report.error());
    if (ctx.json) {
        QCborMap m;
        m.insert(QStringLiteral("pages"), report->pages);
        m.insert(QStringLiteral("files"), report->files);
        m.insert(QStringLiteral("bytes"), report->bytes);
        m.insert(QStringLiteral("output"), QDir(p.value(QStringLiteral("output"))).absolutePath());
        ctx.printJson(m);
    } else {
        ctx.out << QStringLiteral("Rendered %1 pages (%2 files, %3 KiB) to %4\n")
                       .arg(report->pages)
                       .arg(report->files)
                       .arg(report->bytes / 1024)
                       .arg(QDir(p.value(QStringLiteral("output"))).absolutePath());
    }
    ctx.out.flush();
    return 0;
}

int validate(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parseArgs(ctx, p, QStringLiteral("validate"),
                   {Opt(QStringLiteral("site"), QStringLiteral("Site."), QStringLiteral("NAME"))},
                   {QStringLiteral("site")}))
        return 2;
    auto doc = loadSiteArg(ctx, p);
    if (!doc)
        return 1;
    auto theme = themeOf(ctx, *doc);
    if (!theme)
        return ctx.error(theme.error());
    const auto issues = validateSite(*doc, (*theme)->manifest());
    int errors = 0;
    QCborArray a;
    for (const ValidationIssue &i : issues) {
        errors += i.severity == ValidationIssue::Severity::Error;
        QCborMap m;
        m.insert(QStringLiteral("severity"), i.severity == ValidationIssue::Severity::Error
                                                 ? QStringLiteral("error")
                                                 : QStringLiteral("warning"));
        m.insert(QStringLiteral("path"), i.path);
        m.insert(QStringLiteral("message"), i.message);
        if (!i.blockId.isEmpty())
            m.insert(QStringLiteral("block"), i.blockId);
        a.append(m);
        if (!ctx.json)
            (i.severity == ValidationIssue::Severity::Error ? ctx.err : ctx.out)
                << i.toString() << '\n';
    }
    if (ctx.json)
        ctx.printJson(a);
    else
        ctx.out << QStringLiteral("%1: %2 errors, %3 warnings\n")
                       .arg(doc->name)
                       .arg(errors)
                       .arg(issues.size() - errors);
    ctx.out.flush();
    ctx.err.flush();
    return errors > 0 ? 1 : 0;
}

// Applies ops to one document inside one transaction: all of them or none.
Result<void> applyAll(LocalCache &cache, SiteDocument &doc, const QList<Operation> &ops)
{
    qsizetype applied = 0;
    auto r = cache.transaction([&]() -> Result<void> {
        for (const Operation &op : ops) {
            if (auto a = doc.apply(op); !a)
                return a;
            ++applied;
        }
        return {};
    });
    if (!r) {
        // The transaction rolled back; undo the in-memory part too.
        auto journal = [](const Operation &) -> Result<void> { return {}; };
        doc.setJournal(journal);
        for (qsizetype i = applied - 1; i >= 0; --i)
            (void)doc.apply(ops.at(i).inverse());
    }
    return r;
}

int blockSet(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parseArgs(
            ctx, p, QStringLiteral("block set"),
            {Opt(QStringLiteral("site"), QStringLiteral("Site."), QStringLiteral("NAME")),
             Opt(QStringLiteral("all-sites"), QStringLiteral("Every site in the cache.")),
             Opt(QStringLiteral("page"), QStringLiteral("Page slug."), QStringLiteral("SLUG")),
             Opt(QStringLiteral("id"), QStringLiteral("Block id."), QStringLiteral("BLOCK_ID")),
             Opt(QStringLiteral("type"), QStringLiteral("Only blocks of this component type."),
                 QStringLiteral("TYPE")),
             Opt(QStringLiteral("prop"), QStringLiteral("Prop path."), QStringLiteral("PATH")),
             Opt(QStringLiteral("value"), QStringLiteral("JSON value."), QStringLiteral("JSON"))},
            {QStringLiteral("prop"), QStringLiteral("value")}))
        return 2;
    const QString cmd = QStringLiteral("block set");
    const bool all = p.isSet(QStringLiteral("all-sites"));
    if (all == p.isSet(QStringLiteral("site")))
        return ctx.error(cmd + QStringLiteral(": give either --site NAME or --all-sites"), 2);
    if (all && !p.isSet(QStringLiteral("type")) && !p.isSet(QStringLiteral("id")))
        return ctx.error(cmd + QStringLiteral(": --all-sites needs --type TYPE (or --id)"), 2);
    if (!all && !require(ctx, p, cmd, {QStringLiteral("page"), QStringLiteral("id")}))
        return 2;
    auto value = json::parse(p.value(QStringLiteral("value")).toUtf8());
    if (!value)
        return ctx.error(
            QStringLiteral("--value: ") + value.error().toString() +
            QStringLiteral(" (give JSON: a string needs quotes, e.g. '\"+1 555 0100\"')"));
    auto path = PropertyPath::parse(p.value(QStringLiteral("prop")));
    if (!path)
        return ctx.error(QStringLiteral("--prop: ") + path.error().toString());
    SiteStore *store = ctx.sites();
    if (!store)
        return 1;
    QStringList siteNames;
    if (all) {
        auto sites = store->listSites();
        if (!sites)
            return ctx.error(sites.error());
        for (const SiteSummary &s : *sites)
            siteNames << s.id;
    } else {
        siteNames << p.value(QStringLiteral("site"));
    }
    int failures = 0;
    int changedBlocks = 0;
    QCborArray report;
    for (const QString &site : siteNames) {
        QCborMap entry;
        auto doc = store->loadSite(site);
        if (!doc) {
            ++failures;
            ctx.err << "sitestudio-cli: " << doc.error().toString() << '\n';
            continue;
        }
        entry.insert(QStringLiteral("site"), (*doc)->name);
        QList<Operation> ops;
        QString problem;
        for (const auto &page : (*doc)->pages()) {
            if (p.isSet(QStringLiteral("page")) &&
                page->slug != SiteDocument::normalizeSlug(p.value(QStringLiteral("page"))))
                continue;
            forEachBlock(*page, [&](const Block *b) {
                if (p.isSet(QStringLiteral("id")) && b->id != p.value(QStringLiteral("id")))
                    return;
                if (p.isSet(QStringLiteral("type")) && b->type != p.value(QStringLiteral("type")))
                    return;
                auto op = (*doc)->makeSetProp(page->id, b->id, path->toString(), *value);
                if (!op) {
                    problem = op.error().toString();
                    return;
                }
                if (!json::equal(op->oldValue, op->newValue, true))
                    ops << *op;
                else
                    entry.insert(QStringLiteral("unchanged"),
                                 entry.value(QStringLiteral("unchanged")).toInteger() + 1);
            });
        }
        if (!all && ops.isEmpty() && entry.value(QStringLiteral("unchanged")).isUndefined() &&
            problem.isEmpty())
            problem = QStringLiteral("no block \"%1\" on page %2")
                          .arg(p.value(QStringLiteral("id")), p.value(QStringLiteral("page")));
        if (problem.isEmpty()) {
            if (auto r = applyAll(*ctx.cache(), **doc, ops); !r)
                problem = r.error().toString();
        }
        if (!problem.isEmpty()) {
            ++failures;
            entry.insert(QStringLiteral("error"), problem);
            ctx.err << "sitestudio-cli: " << (*doc)->name << ": " << problem << '\n';
        } else {
            changedBlocks += int(ops.size());
            entry.insert(QStringLiteral("changed"), qint64(ops.size()));
            if (!ctx.json)
                ctx.out << QStringLiteral("%1: changed %2 block(s)\n")
                               .arg((*doc)->name)
                               .arg(ops.size());
        }
        report.append(entry);
    }
    if (ctx.json)
        ctx.printJson(report);
    else if (all)
        ctx.out << QStringLiteral("%1 sites, %2 blocks changed, %3 failed\n")
                       .arg(siteNames.size())
                       .arg(changedBlocks)
                       .arg(failures);
    ctx.out.flush();
    ctx.err.flush();
    return failures > 0 ? 1 : 0;
}

int convertZones(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parseArgs(
            ctx, p, QStringLiteral("convert-zones"),
            {Opt(QStringLiteral("site"), QStringLiteral("Site."), QStringLiteral("NAME")),
             Opt(QStringLiteral("page"), QStringLiteral("Page slug."), QStringLiteral("SLUG")),
             Opt(QStringLiteral("map"), QStringLiteral("Type:zone=slot."), QStringLiteral("MAP"))},
            {QStringLiteral("site"), QStringLiteral("page")}))
        return 2;
    QHash<QString, QHash<QString, QString>> renames;
    for (const QString &m : p.values(QStringLiteral("map"))) {
        const qsizetype colon = m.indexOf(QLatin1Char(':')), eq = m.indexOf(QLatin1Char('='));
        if (colon <= 0 || eq <= colon + 1 || eq == m.size() - 1)
            return ctx.error(QStringLiteral("--map: expected Type:zone=slot, got \"%1\"").arg(m),
                             2);
        renames[m.left(colon)][m.mid(colon + 1, eq - colon - 1)] = m.mid(eq + 1);
    }
    auto doc = loadSiteArg(ctx, p);
    if (!doc)
        return 1;
    auto theme = themeOf(ctx, *doc);
    if (!theme)
        return ctx.error(theme.error());
    Page *page = doc->pageBySlug(p.value(QStringLiteral("page")));
    if (!page)
        return ctx.error(QStringLiteral("no page %1").arg(p.value(QStringLiteral("page"))));
    auto copy = puck::importData(puck::exportData(*page));
    if (!copy)
        return ctx.error(copy.error());
    auto report = puck::convertZonesToSlots(**copy, &(*theme)->manifest(), renames);
    if (!report)
        return ctx.error(report.error());
    auto op = doc->makeReplacePageData(page->id, puck::exportData(**copy));
    if (!op)
        return ctx.error(op.error());
    if (auto r = doc->apply(*op); !r)
        return ctx.error(r.error());
    for (const QString &m : report->moved)
        ctx.out << "moved " << m << '\n';
    ctx.out << QStringLiteral("Converted %1 zones to slots\n").arg(report->moved.size());
    ctx.out.flush();
    return 0;
}

int assetsAdd(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parseArgs(ctx, p, QStringLiteral("assets add"),
                   {Opt(QStringLiteral("site"), QStringLiteral("Site."), QStringLiteral("NAME"))},
                   {QStringLiteral("site")}, 1, 1))
        return 2;
    SiteStore *store = ctx.sites();
    if (!store)
        return 1;
    auto site = store->findSite(p.value(QStringLiteral("site")));
    if (!site)
        return ctx.error(site.error());
    auto asset = ctx.assets()->importFile(p.positionalArguments().first(), site->id);
    if (!asset)
        return ctx.error(asset.error());
    if (ctx.json) {
        QCborMap m;
        m.insert(QStringLiteral("reference"), asset->reference());
        m.insert(QStringLiteral("sha256"), asset->sha256);
        m.insert(QStringLiteral("size"), asset->size);
        m.insert(QStringLiteral("mime"), asset->mime);
        ctx.printJson(m);
    } else {
        ctx.out << asset->reference() << '\n';
    }
    ctx.out.flush();
    return 0;
}

} // namespace

void registerSiteCommands(QList<CliCommand> &commands)
{
    auto add = [&](QStringList words, QString synopsis, QString summary,
                   std::function<int(CliContext &)> run) {
        commands << CliCommand{std::move(words), std::move(synopsis), std::move(summary),
                               std::move(run)};
    };
    add({QStringLiteral("sites"), QStringLiteral("list")}, QStringLiteral("sites list [--json]"),
        QStringLiteral(
            "List the sites in the cache with theme, pages, revision, pending edits, conflicts."),
        sitesList);
    add({QStringLiteral("sites"), QStringLiteral("create")},
        QStringLiteral("sites create NAME --theme ID [--type TYPE] [--empty]"),
        QStringLiteral("Create a site with a home page (navbar, hero, footer unless --empty)."),
        sitesCreate);
    add({QStringLiteral("sites"), QStringLiteral("delete")},
        QStringLiteral("sites delete NAME --yes"), QStringLiteral("Delete a site from the cache."),
        sitesDelete);
    add({QStringLiteral("pages"), QStringLiteral("list")},
        QStringLiteral("pages list --site NAME [--json]"), QStringLiteral("List a site's pages."),
        pagesList);
    add({QStringLiteral("import-puck")},
        QStringLiteral("import-puck FILE --site NAME [--page SLUG] [--title TITLE]"),
        QStringLiteral(
            "Import Puck Data (slots or zones form) as a page, replacing the page if it exists."),
        importPuck);
    add({QStringLiteral("export-puck")},
        QStringLiteral("export-puck --site NAME --page SLUG [-o FILE]"),
        QStringLiteral(
            "Write a page as Puck Data JSON, exactly as it was imported plus your edits."),
        exportPuck);
    add({QStringLiteral("render")}, QStringLiteral("render --site NAME -o DIR [--json]"),
        QStringLiteral("Export the static site (HTML, theme CSS, assets) to a folder."), render);
    add({QStringLiteral("validate")}, QStringLiteral("validate --site NAME [--json]"),
        QStringLiteral("Check a site against its theme; exit code 1 if there are errors."),
        validate);
    add({QStringLiteral("block"), QStringLiteral("set")},
        QStringLiteral("block set (--site NAME --page SLUG --id BLOCK_ID | --all-sites --type TYPE "
                       "[--page SLUG]) "
                       "--prop PATH --value JSON"),
        QStringLiteral("Set a prop of one block, or of every block of a type in every site."),
        blockSet);
    add({QStringLiteral("convert-zones")},
        QStringLiteral("convert-zones --site NAME --page SLUG [--map Type:zone=slot]..."),
        QStringLiteral("Move legacy Puck DropZones into slot props (explicit, all or nothing)."),
        convertZones);
    add({QStringLiteral("assets"), QStringLiteral("add")},
        QStringLiteral("assets add FILE --site NAME [--json]"),
        QStringLiteral(
            "Add an image or file to a site's assets; prints the reference to use in image props."),
        assetsAdd);
}

} // namespace ss
