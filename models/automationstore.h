#pragma once

// Automation rules in the local cache, for the designer and sitestudio-cli: list (one site or every
// site), save (validated: the rule itself, then loops against the other rules of the account),
// enable / disable, duplicate, delete, and the run history. Each change is written together with
// its outbox operation (create-rule / update-rule / delete-rule) in one transaction, like
// `sitestudio-cli rules add|delete`; the sync engine sends them.

#include "automation.h"
#include "result.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

namespace ss {

class LocalCache;

struct StoredRule
{
    QString id;
    QString workspaceId; // "" for an account-wide rule
    QString siteName;
    QString profileId; // the owner: the rule's profile (account-wide) or its site's; "" for none
    QString profileName;
    QString name;
    bool isActive = true;
    QCborMap json; // rule_json
    QString updatedAt;
    bool isAccountWide() const { return workspaceId.isEmpty(); }
    // What the store's `siteId` parameters take: the site, or accountKey(profileId).
    QString target() const;
};

struct StoredRun
{
    QString id;
    QString ruleId;
    QString slot;
    QString scheduledAt; // as stored (ISO text or UTC seconds), shown as a local time
    QString status;
    QString reason;
    QString executedAt;
    QString origin; // server | desktop ("" when the cache does not record it)
    QCborMap trace;
};

struct SiteRef
{
    QString id;
    QString name;
    QString profileId;
};

struct ProfileRef
{
    QString id;
    QString name;
};

// Account-wide rules (every site of a connection profile) are addressed in the store's `siteId`
// parameters by accountKey(profileId): "account:<profile id>".
QString accountKey(const QString &profileId);
// The profile id of an account key; a null QString for a site id.
QString accountProfile(const QString &key);

class AutomationStore
{
public:
    explicit AutomationStore(LocalCache &cache)
        : m_cache(cache)
    {}
    LocalCache &cache() const { return m_cache; }

    Result<QList<SiteRef>> sites() const;
    // The connection profiles (the owners account-wide rules can have), by name.
    Result<QList<ProfileRef>> profiles() const;
    // The rules of one site (with the account-wide rules of its profile: they apply to it), of
    // one profile's account-wide rules (an accountKey), or of every site with an empty `siteId`;
    // by site (account-wide first), then name.
    Result<QList<StoredRule>> rules(const QString &siteId = QString()) const;
    Result<StoredRule> rule(const QString &id) const;

    // One rule by its id or a unique prefix of it (at least 4 characters; the CLI's IDs).
    Result<StoredRule> findRule(const QString &idOrPrefix) const;
    // The engine's rule for a stored one: its JSON with id, site, owner (accountId = the
    // profile), activity and when it was saved (updated_at, for the scheduler).
    Result<automation::Rule> engineRule(const StoredRule &stored) const;

    // Rule::fromJson. Admin-only actions (set_tier) are accepted: only the server knows whether
    // the account is an admin, and refuses the rule (the outbox row is parked with its message).
    Result<automation::Rule> parse(const QCborMap &json, const QString &id = QString()) const;
    // parse(), checkAccountWide for an accountKey, then checkLoops over the rules of the site's
    // account (the profile's rules; the rule `id` itself, when it is stored already, is replaced
    // by the new version). Returns the parsed rule.
    Result<automation::Rule> validate(const QCborMap &json, const QString &siteId,
                                      const QString &id = QString()) const;
    // Validates, then inserts (empty `id`: a new UUID, create-rule) or updates (update-rule) the
    // rule and queues the outbox operation, in one transaction. Returns the rule's id. An
    // accountKey stores workspace_id NULL + profile_id, and create-rule without a workspace.
    Result<QString> save(const QCborMap &json, const QString &siteId,
                         const QString &id = QString());
    // Sets is_active of the rules (update-rule each).
    Result<void> setActive(const QStringList &ids, bool active);
    // A copy named "<name> (copy)" with a new id (create-rule); returns the new id.
    Result<QString> duplicate(const QString &id, const QString &copySuffix);
    // Deletes the rules (delete-rule each).
    Result<void> remove(const QStringList &ids);

    // Runs of a rule from automation_runs, newest first (read whatever columns the cache has).
    Result<QList<StoredRun>> runs(const QString &ruleId, int limit = 200) const;

private:
    Result<void> queue(const QString &id, const QCborMap &op);
    LocalCache &m_cache;
};

} // namespace ss
