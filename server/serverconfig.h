#pragma once

#include "storage/serverdatabase.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace ss {
class ThemeRegistry;
}

namespace ss::server {

class AutomationService;
class DomainVerifier;
class Metrics;
class PublicSiteCache;

// Plan limits (ARCHITECTURE §1.6). Checked on the server; the client mirrors them for messages.
struct PlanLimits
{
    QString tier;
    QString environment; // pool / bridge / silo
    int maxSites;
    int maxRules;
    int dailyExecutions;
    qint64 storageBytes;
    bool customDomains;

    static const PlanLimits *forTier(const QString &tier);
};

struct ServerConfig
{
    QString dataDir;
    QString baseDomain = QStringLiteral("localhost");
    int publicPort = 0; // shown in site URLs (0: omit)
    ServerDatabase::Config database;
    ss::ThemeRegistry *themes = nullptr;
    PublicSiteCache *siteCache = nullptr;
    DomainVerifier *domainVerifier = nullptr;
    AutomationService *automation = nullptr; // null: events are dropped (sitehostd --no-scheduler
                                             // still runs event rules; only CLI commands lack it)
    Metrics *metrics = nullptr;              // --metrics-listen (null: not collected)
    QStringList adminEmails;          // --admin-email: accounts that may use set_tier actions
    bool automationTestHooks = false; // hidden --automation-test-hooks: POST /automation/tick
    qint64 tokenSeconds = 30 * 24 * 3600;
    int loginFailuresPerWindow = 10;
    int loginWindowSeconds = 900;

    QString domainFor(const QString &subdomain) const
    {
        return subdomain + QLatin1Char('.') + baseDomain;
    }
    QString urlFor(const QString &host) const
    {
        return QStringLiteral("http://") + host +
               (publicPort > 0 && publicPort != 80 ? QStringLiteral(":%1").arg(publicPort)
                                                   : QString()) +
               QLatin1Char('/');
    }
};

} // namespace ss::server
