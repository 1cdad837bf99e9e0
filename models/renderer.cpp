#include "renderer.h"

#include "logging.h"
#include "markdown.h"
#include "page.h"
#include "sitedocument.h"
#include "themepackage.h"
#include "urlpolicy.h"

#include <QCborArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>

namespace ss {

namespace {

const FieldSpec *findIn(const std::vector<FieldSpec> *fields, QStringView key)
{
    if (!fields)
        return nullptr;
    for (const FieldSpec &f : *fields)
        if (f.name == key)
            return &f;
    return nullptr;
}

QString scalarText(const QCborValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isInteger())
        return QString::number(v.toInteger());
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    return {};
}

QString cssClass(const QString &type)
{
    QString out;
    out.reserve(type.size());
    for (QChar c : type) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
        else if (c == QLatin1Char('-') || c == QLatin1Char('_'))
            out += QLatin1Char('-');
    }
    return out;
}

QString commentSafe(const QString &s)
{
    QString out;
    for (QChar c : s)
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') ||
            c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char(':'))
            out += c;
    return out.replace(QLatin1String("--"), QLatin1String("-"));
}

// Everything one page render needs; frames point at it.
struct RenderContext
{
    const ThemePackage &theme;
    const SiteDocument &site;
    const Page &page;
    QString base;
    QSet<QString> *assetsUsed = nullptr;
    bool editorMarks = false;

    void renderBlock(QString &out, const Block &b, std::vector<const TemplateFrame *> &scope) const;
    void renderArea(QString &out, const Area *area, const QString &compound) const;
    TemplateValue resolve(const QCborValue &value, const FieldSpec *field, const Block *owner,
                          const QString &path) const;
    QString areaHtml(const Block *owner, const QString &path) const;

    const TemplateFrame *globals = nullptr; // a block sees the globals and its own props only
};

// Props of a block (or the page root when owner is null), an object prop, or an array item.
class PropsFrame : public TemplateFrame
{
public:
    PropsFrame(const RenderContext &ctx, const Block *owner, QCborMap props,
               const std::vector<FieldSpec> *fields, QString prefix)
        : m_ctx(ctx)
        , m_owner(owner)
        , m_props(std::move(props))
        , m_fields(fields)
        , m_prefix(std::move(prefix))
    {}

    bool get(QStringView key, TemplateValue &out) const override
    {
        if (m_prefix.isEmpty() && m_owner && key == u"id") {
            out = TemplateValue::makeText(m_owner->id);
            return true;
        }
        const QString k = key.toString();
        const FieldSpec *field = findIn(m_fields, key);
        const QCborValue v = m_props.value(k);
        if (v.isUndefined() && !field) {
            // A legacy DropZone of this name?
            const Area *area = m_owner ? m_owner->area(k) : m_ctx.page.rootArea(k);
            if (m_prefix.isEmpty() && area && area->kind == AreaKind::Zone) {
                out = TemplateValue::makeHtml(m_ctx.areaHtml(m_owner, k));
                return true;
            }
            return false;
        }
        out = m_ctx.resolve(v, field, m_owner, m_prefix + k);
        return true;
    }

private:
    const RenderContext &m_ctx;
    const Block *m_owner;
    QCborMap m_props;
    const std::vector<FieldSpec> *m_fields;
    QString m_prefix;
};

class ArrayList : public TemplateList
{
public:
    ArrayList(const RenderContext &ctx, const Block *owner, QCborArray items,
              const FieldSpec *field, QString path)
        : m_ctx(ctx)
        , m_owner(owner)
        , m_items(std::move(items))
        , m_field(field)
        , m_path(std::move(path))
    {}
    qsizetype size() const override { return m_items.size(); }
    TemplateValue at(qsizetype i) const override
    {
        const QCborValue v = m_items.at(i);
        const QString itemPath = m_path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        if (v.isMap()) {
            return TemplateValue::makeObject(std::make_shared<PropsFrame>(
                m_ctx, m_owner, v.toMap(), m_field ? &m_field->subFields : nullptr,
                itemPath + QLatin1Char('.')));
        }
        return m_ctx.resolve(v, nullptr, m_owner, itemPath);
    }

private:
    const RenderContext &m_ctx;
    const Block *m_owner;
    QCborArray m_items;
    const FieldSpec *m_field;
    QString m_path;
};

class MapFrame : public TemplateFrame
{
public:
    QHash<QString, TemplateValue> values;
    bool get(QStringView key, TemplateValue &out) const override
    {
        auto it = values.constFind(key.toString());
        if (it == values.constEnd())
            return false;
        out = it.value();
        return true;
    }
};

QString pageUrl(const QString &base, const QString &slug)
{
    if (slug == QLatin1String("/"))
        return base.isEmpty() ? QStringLiteral("./") : base;
    return base + slug.mid(1) + QLatin1Char('/');
}

QString pageTitle(const Page &p)
{
    if (!p.title.isEmpty())
        return p.title;
    return p.rootProps.value(QStringLiteral("title")).toString();
}

// @pages: built item by item only when a template iterates it (a 5,000-page site would otherwise
// pay for 5,000 entries on every page).
class PageEntry : public TemplateFrame
{
public:
    PageEntry(const RenderContext &ctx, const Page &page)
        : m_ctx(ctx)
        , m_page(page)
    {}
    bool get(QStringView key, TemplateValue &out) const override
    {
        if (key == u"title")
            out = TemplateValue::makeText(pageTitle(m_page));
        else if (key == u"url")
            out = TemplateValue::makeText(pageUrl(m_ctx.base, m_page.slug));
        else if (key == u"slug")
            out = TemplateValue::makeText(m_page.slug);
        else if (key == u"@current")
            out = TemplateValue::makeBool(&m_page == &m_ctx.page);
        else
            return false;
        return true;
    }

private:
    const RenderContext &m_ctx;
    const Page &m_page;
};

class PagesList : public TemplateList
{
public:
    explicit PagesList(const RenderContext &ctx)
        : m_ctx(ctx)
    {}
    qsizetype size() const override { return qsizetype(m_ctx.site.pages().size()); }
    TemplateValue at(qsizetype i) const override
    {
        return TemplateValue::makeObject(
            std::make_shared<PageEntry>(m_ctx, *m_ctx.site.pages()[size_t(i)]));
    }

private:
    const RenderContext &m_ctx;
};

// @base, @theme, @site, @page, @pages.
std::shared_ptr<MapFrame> makeGlobals(const RenderContext &ctx)
{
    auto g = std::make_shared<MapFrame>();
    g->values.insert(QStringLiteral("@base"), TemplateValue::makeText(ctx.base));
    g->values.insert(QStringLiteral("@theme"),
                     TemplateValue::makeText(ctx.base + QStringLiteral("theme/")));
    const ThemeManifest &m = ctx.theme.manifest();
    // Site props over the theme's site defaults.
    QCborMap siteProps = m.site.defaultProps;
    for (auto it = ctx.site.siteProps.cbegin(); it != ctx.site.siteProps.cend(); ++it)
        siteProps.insert(it.key(), it.value());
    g->values.insert(QStringLiteral("@site"),
                     TemplateValue::makeObject(std::make_shared<PropsFrame>(
                         ctx, nullptr, siteProps, &m.site.fields, QStringLiteral("@site."))));
    auto pageFrame = std::make_shared<MapFrame>();
    pageFrame->values.insert(QStringLiteral("title"), TemplateValue::makeText(pageTitle(ctx.page)));
    pageFrame->values.insert(QStringLiteral("slug"), TemplateValue::makeText(ctx.page.slug));
    pageFrame->values.insert(QStringLiteral("description"),
                             TemplateValue::makeText(ctx.page.description));
    pageFrame->values.insert(QStringLiteral("url"),
                             TemplateValue::makeText(pageUrl(ctx.base, ctx.page.slug)));
    g->values.insert(QStringLiteral("@page"), TemplateValue::makeObject(pageFrame));
    g->values.insert(QStringLiteral("@pages"),
                     TemplateValue::makeList(std::make_shared<PagesList>(ctx)));
    return g;
}

TemplateValue RenderContext::resolve(const QCborValue &value, const FieldSpec *field,
                                     const Block *owner, const QString &path) const
{
    using T = FieldSpec::Type;
    if (!field) {
        // Slot content the theme does not declare still renders (unknown themes, Puck data).
        if (!path.startsWith(QLatin1Char('@'))) {
            const Area *a = owner ? owner->slotArea(path) : page.rootArea(path);
            if (a && a->kind == AreaKind::Slot)
                return TemplateValue::makeHtml(areaHtml(owner, path));
        }
        if (value.isString() || value.isInteger() || value.isDouble())
            return TemplateValue::makeText(scalarText(value));
        if (value.isBool())
            return TemplateValue::makeBool(value.toBool());
        if (value.isMap())
            return TemplateValue::makeObject(std::make_shared<PropsFrame>(
                *this, owner, value.toMap(), nullptr, path + QLatin1Char('.')));
        if (value.isArray())
            return TemplateValue::makeList(
                std::make_shared<ArrayList>(*this, owner, value.toArray(), nullptr, path));
        return {};
    }
    switch (field->type) {
    case T::Text:
    case T::Textarea: {
        const QString s = scalarText(value);
        if (field->format == QLatin1String("video-embed"))
            return TemplateValue::makeText(urlpolicy::videoEmbed(s));
        if (field->format == QLatin1String("color"))
            return TemplateValue::makeText(urlpolicy::color(s));
        if (field->format == QLatin1String("css-length"))
            return TemplateValue::makeText(urlpolicy::cssLength(s));
        if (field->format == QLatin1String("tel"))
            return TemplateValue::makeText(urlpolicy::phone(s));
        if (field->format == QLatin1String("email"))
            return TemplateValue::makeText(urlpolicy::email(s));
        if (s.isEmpty())
            return {};
        TemplateValue text = TemplateValue::makeText(s);
        if (editorMarks && owner && field->format.isEmpty()) {
            text.field = path;
            text.multiline = field->type == T::Textarea;
        }
        return text;
    }
    case T::Number:
        if (value.isInteger() || value.isDouble())
            return TemplateValue::makeText(scalarText(value));
        if (field->defaultValue.isInteger() || field->defaultValue.isDouble())
            return TemplateValue::makeText(scalarText(field->defaultValue));
        return {};
    case T::Select:
    case T::Radio: {
        QCborValue v = value;
        if (!field->hasOption(v))
            v = field->hasOption(field->defaultValue)
                    ? field->defaultValue
                    : field->options.first().toMap().value(QStringLiteral("value"));
        if (v.isBool())
            return TemplateValue::makeBool(v.toBool());
        if (v.isNull() || v.isUndefined())
            return {};
        return TemplateValue::makeText(scalarText(v));
    }
    case T::RichText:
        return TemplateValue::makeHtml(markdown::toHtml(value.toString()));
    case T::Link: {
        const QString url = urlpolicy::link(value.toString(), base);
        return url.isEmpty() ? TemplateValue{} : TemplateValue::makeText(url);
    }
    case T::Image: {
        const QString raw = value.toString();
        const QString url = urlpolicy::image(raw, base);
        if (url.isEmpty())
            return {};
        if (assetsUsed && raw.startsWith(QLatin1String("assets/")))
            assetsUsed->insert(raw.mid(7));
        return TemplateValue::makeText(url);
    }
    case T::Object:
        if (!value.isMap())
            return {};
        return TemplateValue::makeObject(std::make_shared<PropsFrame>(
            *this, owner, value.toMap(), &field->subFields, path + QLatin1Char('.')));
    case T::Array:
        if (!value.isArray())
            return {};
        return TemplateValue::makeList(
            std::make_shared<ArrayList>(*this, owner, value.toArray(), field, path));
    case T::Slot:
        return TemplateValue::makeHtml(areaHtml(owner, path));
    }
    return {};
}

QString RenderContext::areaHtml(const Block *owner, const QString &path) const
{
    QString out;
    const Area *area = owner ? owner->area(path) : page.rootArea(path);
    const QString compound = (owner ? owner->id : QStringLiteral("root")) + QLatin1Char(':') + path;
    renderArea(out, area, compound);
    return out;
}

void RenderContext::renderArea(QString &out, const Area *area, const QString &compound) const
{
    out += QLatin1String("<div class=\"ss-slot\" data-ss-area=\"");
    Template::appendEscaped(out, compound);
    out += QLatin1String("\">");
    if (area) {
        // Nested renders start again from the globals only: a block never sees its parent's props.
        std::vector<const TemplateFrame *> inner{globals};
        for (const auto &child : area->children)
            renderBlock(out, *child, inner);
    }
    out += QLatin1String("</div>");
}

void RenderContext::renderBlock(QString &out, const Block &b,
                                std::vector<const TemplateFrame *> &scope) const
{
    const ComponentSpec *spec = theme.manifest().component(b.type);
    const Template *tpl = spec ? theme.componentTemplate(b.type) : nullptr;
    if (!tpl) {
        out += QLatin1String("<!-- unknown component: ") + commentSafe(b.type) +
               QLatin1String(" (") + commentSafe(b.id) + QLatin1String(") -->");
        return;
    }
    out += QLatin1String("<div class=\"ss-block ss-") + cssClass(b.type) +
           QLatin1String("\" data-ss-id=\"");
    Template::appendEscaped(out, b.id);
    out += QLatin1String("\">");
    PropsFrame frame(*this, &b, b.props, &spec->fields, QString());
    scope.push_back(&frame);
    tpl->render(out, scope);
    scope.pop_back();
    out += QLatin1String("</div>");
}

QString headHtml(const RenderContext &ctx)
{
    QString head;
    if (!ctx.page.description.isEmpty()) {
        head += QLatin1String("<meta name=\"description\" content=\"");
        Template::appendEscaped(head, ctx.page.description);
        head += QLatin1String("\">\n");
    }
    const Page &page = ctx.page;
    const auto meta = [&head](QLatin1String attr, QLatin1String name, const QString &content) {
        head += QLatin1String("<meta ") + attr + QLatin1String("=\"") + name +
                QLatin1String("\" content=\"");
        Template::appendEscaped(head, content);
        head += QLatin1String("\">\n");
    };
    if (page.noindex)
        meta(QLatin1String("name"), QLatin1String("robots"), QStringLiteral("noindex"));
    // Only absolute http(s) URLs (checked when set; a document edited elsewhere is checked here).
    QString canonical;
    if (const QUrl url(page.canonical, QUrl::StrictMode);
        !page.canonical.isEmpty() && url.isValid() && !url.host().isEmpty() &&
        (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
        canonical = url.toString(QUrl::FullyEncoded);
    if (!canonical.isEmpty()) {
        head += QLatin1String("<link rel=\"canonical\" href=\"");
        Template::appendEscaped(head, canonical);
        head += QLatin1String("\">\n");
    }
    // Open Graph (social previews): shown when the page has a title, description or image.
    const QString ogTitle = page.ogTitle.isEmpty() ? pageTitle(page) : page.ogTitle;
    QString ogImage = page.ogImage.isEmpty() ? QString() : urlpolicy::image(page.ogImage, ctx.base);
    if (!ogImage.isEmpty()) {
        if (ctx.assetsUsed && page.ogImage.startsWith(QLatin1String("assets/")))
            ctx.assetsUsed->insert(page.ogImage.mid(7));
        if (!canonical.isEmpty()) // crawlers want absolute URLs: resolve against the page's own
            ogImage = QUrl(canonical).resolved(QUrl(ogImage)).toString(QUrl::FullyEncoded);
    }
    if (!ogTitle.isEmpty())
        meta(QLatin1String("property"), QLatin1String("og:title"), ogTitle);
    if (!page.description.isEmpty())
        meta(QLatin1String("property"), QLatin1String("og:description"), page.description);
    if (!ogImage.isEmpty())
        meta(QLatin1String("property"), QLatin1String("og:image"), ogImage);
    if (!ogTitle.isEmpty() || !ogImage.isEmpty()) {
        meta(QLatin1String("property"), QLatin1String("og:type"), QStringLiteral("website"));
        if (!canonical.isEmpty())
            meta(QLatin1String("property"), QLatin1String("og:url"), canonical);
        if (!ctx.site.name.isEmpty())
            meta(QLatin1String("property"), QLatin1String("og:site_name"), ctx.site.name);
    }
    head += QLatin1String("<meta name=\"generator\" content=\"Site Studio\">\n");
    for (const QString &css : ctx.theme.manifest().stylesheets) {
        head += QLatin1String("<link rel=\"stylesheet\" href=\"");
        Template::appendEscaped(head, ctx.base + QStringLiteral("theme/") + css);
        head += QLatin1String("\">\n");
    }
    QString tokens;
    const ThemeManifest &m = ctx.theme.manifest();
    for (const FieldSpec &f : m.site.fields) {
        if (f.token.isEmpty())
            continue;
        QCborValue v = ctx.site.siteProps.value(f.name);
        if (v.isUndefined())
            v = m.site.defaultProps.value(f.name);
        QString value;
        if (f.format == QLatin1String("color"))
            value = urlpolicy::color(v.toString());
        else if (f.format == QLatin1String("css-length"))
            value = urlpolicy::cssLength(v.toString());
        else if (v.isInteger() || v.isDouble())
            value = scalarText(v);
        else if (f.type == FieldSpec::Type::Select && f.hasOption(v))
            value = scalarText(v);
        if (!value.isEmpty())
            tokens += f.token + QLatin1Char(':') + value + QLatin1Char(';');
    }
    if (!tokens.isEmpty())
        head += QLatin1String("<style>:root{") + tokens + QLatin1String("}</style>\n");
    return head;
}

} // namespace

Renderer::Renderer(std::shared_ptr<const ThemePackage> theme)
    : m_theme(std::move(theme))
{}

QString Renderer::outputPath(const QString &slug)
{
    if (slug.isEmpty() || slug == QLatin1String("/"))
        return QStringLiteral("index.html");
    return slug.mid(1) + QStringLiteral("/index.html");
}

QString Renderer::basePrefix(const QString &slug)
{
    if (slug.isEmpty() || slug == QLatin1String("/"))
        return {};
    return QStringLiteral("../").repeated(slug.count(QLatin1Char('/')));
}

QString Renderer::renderPage(const SiteDocument &site, const Page &page,
                             QSet<QString> *assetsUsed) const
{
    RenderContext ctx{*m_theme, site, page, basePrefix(page.slug), assetsUsed, m_editorMarks};
    auto globals = makeGlobals(ctx);
    std::vector<const TemplateFrame *> scope{globals.get()};
    ctx.globals = globals.get();

    QString body;
    body.reserve(16 * 1024);
    body += QLatin1String("<div class=\"ss-slot ss-root\" data-ss-area=\"root:default-zone\">");
    for (const auto &child : page.content->children)
        ctx.renderBlock(body, *child, scope);
    body += QLatin1String("</div>");

    MapFrame layoutGlobals;
    layoutGlobals.values.insert(QStringLiteral("@head"), TemplateValue::makeHtml(headHtml(ctx)));
    layoutGlobals.values.insert(QStringLiteral("@body"), TemplateValue::makeHtml(body));
    const ThemeManifest &m = m_theme->manifest();
    QCborMap rootProps = m.root.defaultProps;
    for (auto it = page.rootProps.cbegin(); it != page.rootProps.cend(); ++it)
        rootProps.insert(it.key(), it.value());
    PropsFrame rootFrame(ctx, nullptr, rootProps, &m.root.fields, QString());
    scope.push_back(&layoutGlobals);
    scope.push_back(&rootFrame);
    QString html;
    html.reserve(body.size() + 4096);
    m_theme->layout().render(html, scope);
    return html;
}

QString Renderer::renderBlock(const SiteDocument &site, const Page &page, const Block &block) const
{
    RenderContext ctx{*m_theme, site, page, basePrefix(page.slug), nullptr, m_editorMarks};
    auto globals = makeGlobals(ctx);
    std::vector<const TemplateFrame *> scope{globals.get()};
    ctx.globals = globals.get();
    QString out;
    ctx.renderBlock(out, block, scope);
    return out;
}

Result<Renderer::ExportReport> Renderer::exportSite(const SiteDocument &site, const QString &dir,
                                                    const AssetSource &assets, int threads) const
{
    const QFileInfo target(dir);
    const QString marker = QStringLiteral(".sitestudio-export");
    if (target.exists()) {
        if (!target.isDir())
            return fail(QStringLiteral("exists and is not a folder"), dir);
        const QDir d(dir);
        if (!d.isEmpty() && !d.exists(marker))
            return fail(
                QStringLiteral("folder is not empty and was not made by a Site Studio export; "
                               "choose an empty or new folder"),
                dir);
    }
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent))
        return fail(QStringLiteral("cannot create folder"), parent);
    const QString staging = parent + QStringLiteral("/.") + target.fileName() +
                            QStringLiteral(".staging-") +
                            QUuid::createUuid().toString(QUuid::Id128).left(8);
    ExportReport report;
    auto cleanup = qScopeGuard([&] { QDir(staging).removeRecursively(); });

    auto writeFile = [&](const QString &rel, const QByteArray &data) -> Result<void> {
        const QString path = staging + QLatin1Char('/') + rel;
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return fail(QStringLiteral("cannot create folder"), QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return fail(f.errorString(), path);
        report.files++;
        report.bytes += data.size();
        return {};
    };

    // Folders first (parents before children, one mkdir each), then render and write the pages
    // in parallel: the renderer is immutable and every page has its own file.
    const auto &pages = site.pages();
    {
        QStringList dirs;
        for (const auto &p : pages) {
            QString rel = outputPath(p->slug);
            for (qsizetype slash = rel.indexOf(QLatin1Char('/')); slash > 0;
                 slash = rel.indexOf(QLatin1Char('/'), slash + 1))
                dirs << rel.left(slash);
        }
        dirs.removeDuplicates();
        std::sort(dirs.begin(), dirs.end());
        if (!QDir().mkpath(staging))
            return fail(QStringLiteral("cannot create folder"), staging);
        for (const QString &d : std::as_const(dirs))
            if (!QDir().mkdir(staging + QLatin1Char('/') + d) &&
                !QFileInfo(staging + QLatin1Char('/') + d).isDir())
                return fail(QStringLiteral("cannot create folder"), staging + QLatin1Char('/') + d);
    }
    std::vector<QSet<QString>> used(pages.size());
    std::vector<std::optional<Error>> errors(pages.size());
    std::atomic<size_t> next{0};
    std::atomic<qint64> pageBytes{0};
    const int n = std::max(1, threads > 0 ? threads : int(std::thread::hardware_concurrency()));
    auto work = [&] {
        for (size_t i; (i = next.fetch_add(1)) < pages.size();) {
            const QByteArray html = renderPage(site, *pages[i], &used[i]).toUtf8();
            const QString path = staging + QLatin1Char('/') + outputPath(pages[i]->slug);
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(html) != html.size()) {
                errors[i] = Error{f.errorString(), path};
                continue;
            }
            pageBytes += html.size();
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < n; ++t)
        pool.emplace_back(work);
    work();
    for (auto &t : pool)
        t.join();
    for (const auto &e : errors)
        if (e)
            return std::unexpected(*e);
    report.pages = int(pages.size());
    report.files += int(pages.size());
    report.bytes += pageBytes;

    for (const QString &rel : m_theme->publishedFiles()) {
        auto data = m_theme->readFile(rel);
        if (!data)
            return std::unexpected(data.error());
        if (auto r = writeFile(QStringLiteral("theme/") + rel, *data); !r)
            return std::unexpected(r.error());
    }
    QStringList assetNames;
    for (const auto &s : used)
        for (const QString &a : s)
            if (!assetNames.contains(a))
                assetNames << a;
    assetNames.sort();
    for (const QString &name : assetNames) {
        if (!assets)
            return fail(QStringLiteral("no asset store to read \"%1\" from").arg(name));
        auto data = assets(name);
        if (!data)
            return fail(data.error().toString(), QStringLiteral("asset ") + name);
        if (auto r = writeFile(QStringLiteral("assets/") + name, *data); !r)
            return std::unexpected(r.error());
    }
    if (auto r = writeFile(
            marker, QByteArrayLiteral(
                        "Exported by Site Studio. This folder is replaced by the next export.\n"));
        !r)
        return std::unexpected(r.error());

    // Swap in.
    const QString old = staging + QStringLiteral(".old");
    if (target.exists() && !QDir().rename(dir, old))
        return fail(QStringLiteral("cannot move the previous export aside"), dir);
    if (!QDir().rename(staging, dir)) {
        if (QFileInfo::exists(old))
            QDir().rename(old, dir);
        return fail(QStringLiteral("cannot move the export into place"), dir);
    }
    QDir(old).removeRecursively();
    return report;
}

} // namespace ss
