#pragma once

// The actions sitehostd carries out for automation rules (models/automation.h ActionExecutor):
// publish_theme and rollback through the theme module's publish, backup (a site bundle under
// <data-dir>/backups), webhook (signed POST), notify (server log), set_tier (admin accounts only,
// through the accounts module's plan change). sync_workspace and export_static are desktop actions:
// recorded as left to the desktop app. A dry run describes and changes nothing.

#include "automation.h"

#include <QCborMap>
#include <QString>

class QEventLoop;
class QNetworkAccessManager;
class QNetworkReply;

namespace ss::server {

class ServerDatabase;
struct ServerConfig;

class ServerActionExecutor : public automation::ActionExecutor
{
public:
    // `network` lives on the calling thread (null: webhooks fail with a message).
    ServerActionExecutor(ServerDatabase &db, const ServerConfig &config,
                         QNetworkAccessManager *network);

    automation::ActionResult execute(const automation::Rule &rule, const automation::Action &action,
                                     const automation::Event &event, bool dryRun) override;

    // Backoff between webhook attempts (ms, doubled each retry); tests may shorten it.
    int webhookBackoffMs = 500;

    // Shutdown (called on the executor's thread, e.g. from a queued call while a webhook waits):
    // the request in flight is aborted, no further attempt is made.
    void cancel();

private:
    automation::ActionResult publishTheme(const automation::Rule &rule,
                                          const automation::Action &action, bool dryRun);
    automation::ActionResult rollback(const automation::Rule &rule,
                                      const automation::Action &action, bool dryRun);
    automation::ActionResult backup(const automation::Rule &rule, const automation::Action &action,
                                    bool dryRun);
    automation::ActionResult webhook(const automation::Rule &rule, const automation::Action &action,
                                     const automation::Event &event, bool dryRun);
    automation::ActionResult setTier(const automation::Rule &rule, const automation::Action &action,
                                     bool dryRun);

    ServerDatabase &m_db;
    const ServerConfig &m_config;
    QNetworkAccessManager *m_network;
    bool m_cancelled = false;
    QEventLoop *m_waiting = nullptr; // the webhook's wait in progress
    QNetworkReply *m_inFlight = nullptr;
};

// The site bundle of a workspace (backup action): the workspace and every customization with its
// current and published documents, as one JSON object (format "sitestudio-site-bundle", version 1).
struct SiteBundleResult
{
    QCborMap bundle;
    QString error;
};
SiteBundleResult siteBundle(ServerDatabase &db, const QString &workspaceId);

// Whether the account may use admin-only actions (its e-mail is in --admin-email).
bool isAdminAccount(ServerDatabase &db, const ServerConfig &config, const QString &accountId);

} // namespace ss::server
