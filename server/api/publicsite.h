#pragma once

#include "http/httprequest.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>
#include <optional>

namespace ss {
class SiteDocument;
class ThemePackage;
} // namespace ss

namespace ss::server {

class ServerDatabase;
struct ServerConfig;

// What a host name serves: the active customization's published revision.
struct LiveSite
{
    QString workspaceId;
    QString customizationId;
    qint64 revision = 0;
    std::shared_ptr<const SiteDocument> document;
    std::shared_ptr<const ThemePackage> theme;
};

std::optional<LiveSite> liveSiteFor(ServerDatabase &db, const ServerConfig &config,
                                    const QString &host);

// Serves public sites by Host (<subdomain>.<base domain> or a verified custom domain): pages
// rendered with the shared renderer, theme files, assets, a 404 page; nullopt when the host is not
// a site (the API handles the request then).
std::optional<http::Response> servePublicSite(http::Request &request, ServerDatabase &db,
                                              const ServerConfig &config);

// Parsed documents and rendered pages per published revision (a revision never changes, so entries
// never go stale; a publish changes the revision and so the key).
class PublicSiteCache
{
public:
    std::shared_ptr<const SiteDocument> document(const QString &key) const;
    void putDocument(const QString &key, std::shared_ptr<const SiteDocument> doc);
    struct Page
    {
        QByteArray body;
        QByteArray etag;
        int status = 200;
    };
    std::optional<Page> page(const QString &key) const;
    void putPage(const QString &key, Page page);

private:
    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<const SiteDocument>> m_documents;
    QHash<QString, Page> m_pages;
};

} // namespace ss::server
