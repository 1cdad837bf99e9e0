#include "publicsite.h"

#include "json.h"
#include "renderer.h"
#include "serverconfig.h"
#include "sitedocument.h"
#include "storage/serverdatabase.h"
#include "themepackage.h"
#include "urlpolicy.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace ss::server {

namespace {

QByteArray contentType(const QString &path)
{
    static const QHash<QString, QByteArray> types = {
        {QStringLiteral("html"), "text/html; charset=utf-8"},
        {QStringLiteral("css"), "text/css; charset=utf-8"},
        {QStringLiteral("svg"), "image/svg+xml"},
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("jpg"), "image/jpeg"},
        {QStringLiteral("jpeg"), "image/jpeg"},
        {QStringLiteral("gif"), "image/gif"},
        {QStringLiteral("webp"), "image/webp"},
        {QStringLiteral("avif"), "image/avif"},
        {QStringLiteral("ico"), "image/x-icon"},
        {QStringLiteral("woff2"), "font/woff2"},
        {QStringLiteral("pdf"), "application/pdf"},
        {QStringLiteral("js"), "text/javascript"},
        {QStringLiteral("json"), "application/json"},
    };
    return types.value(QFileInfo(path).suffix().toLower(), "application/octet-stream");
}

http::Response textPage(int status, const QString &title, const QString &message)
{
    http::Response r;
    r.status = status;
    QString body =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta "
                       "name=\"viewport\" "
                       "content=\"width=device-width, "
                       "initial-scale=1\"><title>%1</title><style>body{font:16px/1.5 system-ui,"
                       "sans-serif;max-width:36rem;margin:15vh auto;padding:0 "
                       "1.5rem;color:#222}h1{font-size:1.6rem}</style></head>"
                       "<body><h1>%1</h1><p>%2</p></body></html>\n")
            .arg(title.toHtmlEscaped(), message.toHtmlEscaped());
    r.body = body.toUtf8();
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.setHeader("Cache-Control", "no-cache");
    return r;
}

http::Response withEtag(const http::Request &req, http::Response r, const QByteArray &etag,
                        const char *cacheControl)
{
    r.setHeader("ETag", etag);
    r.setHeader("Cache-Control", cacheControl);
    const QByteArray inm = req.header("if-none-match");
    if (!inm.isEmpty() && (inm == etag || inm == "*" || inm.split(',').contains(etag) || [&] {
            for (const QByteArray &t : inm.split(','))
                if (t.trimmed() == etag)
                    return true;
            return false;
        }())) {
        r.status = 304;
        r.body.clear();
    }
    return r;
}

// The site a host name belongs to, or empty: "<sub>.<base>" or a custom domain.
QString workspaceForHost(ServerDatabase &db, const ServerConfig &config, const QString &host,
                         bool verifiedOnly)
{
    const QString suffix = QLatin1Char('.') + config.baseDomain;
    if (host.endsWith(suffix)) {
        const QString sub = host.left(host.size() - suffix.size());
        auto q = db.exec(QStringLiteral("SELECT workspace_id FROM deployed_sites WHERE subdomain = "
                                        "? AND status = 'active'"),
                         {sub});
        return q && q->next() ? q->value(0).toString() : QString();
    }
    auto q = db.exec(
        verifiedOnly ? QStringLiteral("SELECT workspace_id FROM custom_domains WHERE domain = ? "
                                      "AND verified_at IS NOT NULL")
                     : QStringLiteral("SELECT workspace_id FROM custom_domains WHERE domain = ?"),
        {host});
    return q && q->next() ? q->value(0).toString() : QString();
}

std::optional<LiveSite> lookupLiveSite(ServerDatabase &db, const ServerConfig &config,
                                       const QString &host);

} // namespace

std::optional<std::optional<LiveSite>> PublicSiteCache::host(const QString &host) const
{
    QReadLocker lock(&m_lock);
    auto it = m_hosts.constFind(host);
    if (it == m_hosts.constEnd() || it->generation != m_generation.loadAcquire() ||
        it->expires < m_clock.elapsed())
        return std::nullopt;
    return it->live;
}

void PublicSiteCache::putHost(const QString &host, std::optional<LiveSite> live, quint64 generation)
{
    QWriteLocker lock(&m_lock);
    if (m_hosts.size() > 50000)
        m_hosts.clear();
    m_hosts.insert(host, HostEntry{std::move(live), generation, m_clock.elapsed() + kHostTtlMs});
}

std::shared_ptr<const SiteDocument> PublicSiteCache::document(const QString &key) const
{
    QReadLocker lock(&m_lock);
    return m_documents.value(key);
}

void PublicSiteCache::putDocument(const QString &key, std::shared_ptr<const SiteDocument> doc)
{
    QWriteLocker lock(&m_lock);
    if (m_documents.size() > 256)
        m_documents.clear(); // simple bound: revisions are cheap to reload
    m_documents.insert(key, std::move(doc));
}

std::optional<PublicSiteCache::Page> PublicSiteCache::page(const QString &key) const
{
    QReadLocker lock(&m_lock);
    auto it = m_pages.constFind(key);
    if (it == m_pages.constEnd())
        return std::nullopt;
    return *it;
}

void PublicSiteCache::putPage(const QString &key, Page page)
{
    QWriteLocker lock(&m_lock);
    if (m_pages.size() > 20000)
        m_pages.clear();
    m_pages.insert(key, std::move(page));
}

namespace {
std::optional<LiveSite> lookupLiveSite(ServerDatabase &db, const ServerConfig &config,
                                       const QString &host)
{
    const QString workspace = workspaceForHost(db, config, host, true);
    if (workspace.isEmpty())
        return std::nullopt;
    auto q = db.exec(QStringLiteral("SELECT id, published_revision, template_id FROM "
                                    "customizations WHERE workspace_id = ? AND is_active = 1"),
                     {workspace});
    if (!q || !q->next())
        return std::nullopt;
    LiveSite live;
    live.workspaceId = workspace;
    live.customizationId = q->value(0).toString();
    live.revision = q->value(1).toLongLong();
    auto theme = config.themes->theme(q->value(2).toString());
    if (!theme)
        return std::nullopt;
    live.theme = *theme;
    const QString key = live.customizationId + QLatin1Char(':') + QString::number(live.revision);
    live.document = config.siteCache->document(key);
    if (!live.document) {
        auto text = db.exec(
            QStringLiteral(
                "SELECT document FROM revisions WHERE customization_id = ? AND revision = ?"),
            {live.customizationId, live.revision});
        if (!text || !text->next())
            return std::nullopt;
        auto parsed = json::parse(text->value(0).toString().toUtf8(),
                                  {.maxBytes = 64 << 20, .maxDepth = 512});
        if (!parsed)
            return std::nullopt;
        auto doc = SiteDocument::fromJson(*parsed);
        if (!doc)
            return std::nullopt;
        live.document = std::shared_ptr<const SiteDocument>(std::move(*doc));
        config.siteCache->putDocument(key, live.document);
    }
    return live;
}
} // namespace

std::optional<LiveSite> liveSiteFor(ServerDatabase &db, const ServerConfig &config,
                                    const QString &host)
{
    if (auto cached = config.siteCache->host(host))
        return *cached;
    const quint64 generation = config.siteCache->generation();
    std::optional<LiveSite> live = lookupLiveSite(db, config, host);
    config.siteCache->putHost(host, live, generation);
    return live;
}

std::optional<http::Response> servePublicSite(http::Request &request, ServerDatabase &db,
                                              const ServerConfig &config)
{
    const QString host = request.host();
    const bool ownSubdomain = host.endsWith(QLatin1Char('.') + config.baseDomain);
    // Custom-domain verification is answered even before the domain is verified.
    if (request.path.startsWith(QLatin1String("/.well-known/sitestudio-verify/")) &&
        !ownSubdomain) {
        auto q =
            db.exec(QStringLiteral("SELECT token FROM custom_domains WHERE domain = ?"), {host});
        if (q && q->next() && request.path.mid(31) == q->value(0).toString()) {
            http::Response r;
            r.body = q->value(0).toString().toLatin1();
            r.setHeader("Content-Type", "text/plain");
            r.setHeader("Cache-Control", "no-store");
            return r;
        }
        return textPage(404, QStringLiteral("Not found"),
                        QStringLiteral("No such verification token."));
    }
    auto live = liveSiteFor(db, config, host);
    if (!live && !ownSubdomain)
        return std::nullopt; // not a site: the API answers (with a JSON 404 outside /api)
    if (request.method != "GET" && request.method != "HEAD") {
        http::Response r = textPage(405, QStringLiteral("Method not allowed"),
                                    QStringLiteral("Sites are read-only."));
        r.setHeader("Allow", "GET, HEAD");
        return r;
    }
    if (!live)
        return textPage(404, QStringLiteral("Nothing here yet"),
                        QStringLiteral("This site has not been published."));

    const QString path = request.path;
    if (path.startsWith(QLatin1String("/theme/"))) {
        const QString rel = path.mid(7);
        auto data = urlpolicy::isSafeRelativePath(rel)
                        ? live->theme->readFile(rel)
                        : Result<QByteArray>(fail(QStringLiteral("bad path")));
        if (!data || !live->theme->publishedFiles().contains(rel))
            return textPage(404, QStringLiteral("Not found"),
                            QStringLiteral("There is no such file."));
        http::Response r;
        r.body = *data;
        r.setHeader("Content-Type", contentType(rel));
        const QByteArray etag = "\"" + live->theme->manifest().id.toLatin1() + "-" +
                                live->theme->manifest().version.toLatin1() + "\"";
        return withEtag(request, r, etag, "public, max-age=3600");
    }
    if (path.startsWith(QLatin1String("/assets/"))) {
        static const QRegularExpression asset(QStringLiteral("^([0-9a-f]{64})\\.([a-z0-9]{1,8})$"));
        const auto m = asset.match(path.mid(8));
        QFile f(config.dataDir + QStringLiteral("/assets/") + m.captured(1).left(2) +
                QLatin1Char('/') + m.captured(1));
        // Only assets this site uploaded or referenced are served under its host.
        auto mine = db.exec(
            QStringLiteral("SELECT 1 FROM workspace_assets WHERE workspace_id = ? AND sha256 = ?"),
            {live->workspaceId, m.captured(1)});
        if (!m.hasMatch() || !mine || !mine->next() || !f.open(QIODevice::ReadOnly))
            return textPage(404, QStringLiteral("Not found"),
                            QStringLiteral("There is no such file."));
        http::Response r;
        r.body = f.readAll();
        r.setHeader("Content-Type", contentType(path));
        return withEtag(request, r, "\"" + m.captured(1).left(32).toLatin1() + "\"",
                        "public, max-age=31536000, immutable");
    }
    // A page: "/", "/about/", "/about/index.html"; "/about" redirects to "/about/" so the page's
    // relative links resolve as they do in an export.
    if (path.size() > 1 && !path.endsWith(QLatin1Char('/')) &&
        !QFileInfo(path).fileName().contains(QLatin1Char('.'))) {
        http::Response r;
        r.status = 301;
        r.setHeader("Location", QUrl::toPercentEncoding(path + QLatin1Char('/'), "/"));
        r.setHeader("Cache-Control", "public, max-age=3600");
        return r;
    }
    QString slug = path;
    if (slug.endsWith(QLatin1String("/index.html")))
        slug.chop(10);
    const QString key = live->customizationId + QLatin1Char(':') + QString::number(live->revision) +
                        QLatin1Char(':') + SiteDocument::normalizeSlug(slug);
    std::optional<PublicSiteCache::Page> cached = config.siteCache->page(key);
    if (!cached) {
        const ss::Page *page = live->document->pageBySlug(slug);
        PublicSiteCache::Page rendered;
        if (!page) {
            rendered.status = 404;
            rendered.body =
                textPage(404, QStringLiteral("Page not found"),
                         QStringLiteral("There is no page at this address on this site."))
                    .body;
        } else {
            Renderer renderer(live->theme);
            rendered.body = renderer.renderPage(*live->document, *page).toUtf8();
        }
        rendered.etag =
            "\"" +
            QCryptographicHash::hash(rendered.body, QCryptographicHash::Sha1).toHex().left(20) +
            "\"";
        config.siteCache->putPage(key, rendered);
        cached = rendered;
    }
    http::Response r;
    r.status = cached->status;
    r.body = cached->body;
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    if (r.status != 200)
        return r;
    // Revalidate every time: a publish must show at once; If-None-Match makes that cheap.
    return withEtag(request, r, cached->etag, "public, max-age=0, must-revalidate");
}

} // namespace ss::server
