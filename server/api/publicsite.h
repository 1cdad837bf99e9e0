#pragma once

#include "http/httprequest.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QReadWriteLock>
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
    // Which site a host shows, remembered for at most `kHostTtlMs` and forgotten at once when this
    // instance commits a mutation (publish, domain, delete...). Other instances behind the same
    // database see a change within the TTL.
    static constexpr qint64 kHostTtlMs = 1000;
    std::optional<std::optional<LiveSite>> host(const QString &host) const;
    void putHost(const QString &host, std::optional<LiveSite> live, quint64 generation);
    void invalidateHosts() { m_generation.fetchAndAddOrdered(1); }
    quint64 generation() const { return m_generation.loadAcquire(); }

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
    struct HostEntry
    {
        std::optional<LiveSite> live;
        quint64 generation;
        qint64 expires;
    };
    mutable QReadWriteLock m_lock;
    QHash<QString, std::shared_ptr<const SiteDocument>> m_documents;
    QHash<QString, Page> m_pages;
    QHash<QString, HostEntry> m_hosts;
    QAtomicInteger<quint64> m_generation{1};
    QElapsedTimer m_clock;

public:
    PublicSiteCache() { m_clock.start(); }
};

} // namespace ss::server
