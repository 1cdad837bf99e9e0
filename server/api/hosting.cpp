#include "hosting.h"

#include "apicall.h"
#include "automation/serverevents.h"
#include "json.h"
#include "serverconfig.h"
#include "storage/serverdatabase.h"

#include <QCborArray>

namespace ss::server::hosting {

Result<void> logDeployment(ServerDatabase &db, const QString &workspaceId, const QString &accountId,
                           const QString &kind, const QString &status, const QCborMap &details)
{
    const QString now = nowUtc();
    const QString id = newId();
    auto r = db.exec(QStringLiteral("INSERT INTO deployments (id, workspace_id, account_id, kind, "
                                    "status, created_at, finished_at, details) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {id, workspaceId, accountId, kind, status, now,
                      status == QLatin1String("succeeded") || status == QLatin1String("failed")
                          ? QVariant(now)
                          : QVariant(),
                      QString::fromUtf8(json::write(details))});
    if (!r)
        return std::unexpected(r.error());
    // A finished deployment is an automation event (sent once the transaction commits).
    if (status == QLatin1String("succeeded") || status == QLatin1String("failed")) {
        QCborMap payload;
        payload.insert(QStringLiteral("deployment_id"), id);
        payload.insert(QStringLiteral("kind"), kind);
        payload.insert(QStringLiteral("status"), status);
        payload.insert(QStringLiteral("error"), details.value(QStringLiteral("error")).toString());
        emitEvent(db, accountId,
                  status == QLatin1String("succeeded") ? QStringLiteral("deployment_succeeded")
                                                       : QStringLiteral("deployment_failed"),
                  workspaceId, payload);
    }
    return {};
}

// Provisioning is bookkeeping on one machine: pool sites share the server's root, bridge sites get
// their own cache namespace, silo sites their own storage root (ARCHITECTURE §5). It happens once,
// when the workspace is created.
Result<void> onWorkspaceCreated(ServerDatabase &db, const WorkspaceEvent &e)
{
    const PlanLimits *plan = PlanLimits::forTier(e.tier);
    const QString now = nowUtc();
    auto r = db.exec(QStringLiteral("INSERT INTO deployed_sites (workspace_id, subdomain, "
                                    "environment, status, created_at, updated_at) "
                                    "VALUES (?, ?, ?, 'active', ?, ?)"),
                     {e.workspaceId, e.slug, plan->environment, now, now});
    if (!r)
        return std::unexpected(r.error());
    QCborMap details;
    details.insert(QStringLiteral("subdomain"), e.slug);
    details.insert(QStringLiteral("environment"), plan->environment);
    details.insert(QStringLiteral("tier"), e.tier);
    return logDeployment(db, e.workspaceId, e.accountId, QStringLiteral("provision"),
                         QStringLiteral("succeeded"), details);
}

Result<void> onTierChanged(ServerDatabase &db, const QString &accountId, const QString &fromTier,
                           const QString &toTier)
{
    const PlanLimits *from = PlanLimits::forTier(fromTier);
    const PlanLimits *to = PlanLimits::forTier(toTier);
    auto q =
        db.exec(QStringLiteral(
                    "SELECT w.id FROM workspaces w WHERE w.account_id = ? ORDER BY w.created_at"),
                {accountId});
    if (!q)
        return std::unexpected(q.error());
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    for (const QString &id : ids) {
        auto up = db.exec(
            QStringLiteral(
                "UPDATE deployed_sites SET environment = ?, updated_at = ? WHERE workspace_id = ?"),
            {to->environment, nowUtc(), id});
        if (!up)
            return std::unexpected(up.error());
        QCborMap details;
        details.insert(QStringLiteral("from"), from ? from->environment : QString());
        details.insert(QStringLiteral("to"), to->environment);
        details.insert(QStringLiteral("tier"), toTier);
        if (auto r = logDeployment(db, id, accountId, QStringLiteral("tier_migration"),
                                   QStringLiteral("succeeded"), details);
            !r)
            return r;
    }
    return {};
}

Result<void> onWorkspaceDeleted(ServerDatabase &db, const WorkspaceEvent &e)
{
    // The rows go with the workspace (ON DELETE CASCADE); nothing is served for it any more.
    Q_UNUSED(db);
    Q_UNUSED(e);
    return {};
}

Result<QCborMap> hostingJson(ServerDatabase &db, const ServerConfig &config,
                             const QString &workspaceId)
{
    auto q = db.exec(QStringLiteral("SELECT subdomain, environment, status, created_at, updated_at "
                                    "FROM deployed_sites WHERE workspace_id = ?"),
                     {workspaceId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QStringLiteral("no hosting"));
    QCborMap out;
    const QString sub = q->value(0).toString();
    out.insert(QStringLiteral("subdomain"), sub);
    out.insert(QStringLiteral("domain"), config.domainFor(sub));
    out.insert(QStringLiteral("url"), config.urlFor(config.domainFor(sub)));
    out.insert(QStringLiteral("environment"), q->value(1).toString());
    out.insert(QStringLiteral("status"), q->value(2).toString());
    out.insert(QStringLiteral("created_at"), q->value(3).toString());
    out.insert(QStringLiteral("updated_at"), q->value(4).toString());
    QCborArray domains;
    auto d = db.exec(QStringLiteral("SELECT domain, verified_at, created_at, token FROM "
                                    "custom_domains WHERE workspace_id = ? ORDER BY domain"),
                     {workspaceId});
    if (!d)
        return std::unexpected(d.error());
    while (d->next()) {
        QCborMap m;
        const QString domain = d->value(0).toString();
        const bool verified = !d->value(1).isNull() && !d->value(1).toString().isEmpty();
        m.insert(QStringLiteral("domain"), domain);
        m.insert(QStringLiteral("verified"), verified);
        if (!verified) {
            // What the owner still has to do (the same as the answer to adding it).
            const QString token = d->value(3).toString();
            m.insert(QStringLiteral("verification_token"), token);
            m.insert(
                QStringLiteral("verification_url"),
                QStringLiteral("http://%1/.well-known/sitestudio-verify/%2").arg(domain, token));
        }
        domains.append(m);
    }
    out.insert(QStringLiteral("custom_domains"), domains);
    // Read-only look at the theme module: which revision is live.
    auto live = db.exec(QStringLiteral("SELECT id, published_revision FROM customizations WHERE "
                                       "workspace_id = ? AND is_active = 1"),
                        {workspaceId});
    if (live && live->next()) {
        QCborMap l;
        l.insert(QStringLiteral("customization_id"), live->value(0).toString());
        l.insert(QStringLiteral("revision"), live->value(1).toLongLong());
        out.insert(QStringLiteral("live"), l);
    } else {
        out.insert(QStringLiteral("live"), QCborValue(nullptr));
    }
    return out;
}

Result<QCborValue> deploymentsJson(ServerDatabase &db, const QString &workspaceId)
{
    auto q = db.exec(QStringLiteral("SELECT id, kind, status, created_at, finished_at, details "
                                    "FROM deployments WHERE workspace_id = ? "
                                    "ORDER BY created_at DESC, id"),
                     {workspaceId});
    if (!q)
        return std::unexpected(q.error());
    QCborArray out;
    while (q->next()) {
        QCborMap m;
        m.insert(QStringLiteral("id"), q->value(0).toString());
        m.insert(QStringLiteral("kind"), q->value(1).toString());
        m.insert(QStringLiteral("status"), q->value(2).toString());
        m.insert(QStringLiteral("created_at"), q->value(3).toString());
        m.insert(QStringLiteral("finished_at"),
                 q->value(4).isNull() ? QCborValue(nullptr) : QCborValue(q->value(4).toString()));
        auto details = json::parse(q->value(5).toString().toUtf8());
        m.insert(QStringLiteral("details"), details ? *details : QCborValue(QCborMap()));
        out.append(m);
    }
    // Publishes are the theme module's; hosting only reads them to show what went live, which
    // revision and who put it there. The newest publish of the active customization is live.
    QString activeId;
    qint64 activeRevision = -1;
    QString activeSince;
    if (auto a = db.exec(QStringLiteral("SELECT id, published_revision, updated_at FROM "
                                        "customizations WHERE workspace_id = ? AND is_active = 1"),
                         {workspaceId});
        a && a->next()) {
        activeId = a->value(0).toString();
        activeRevision = a->value(1).toLongLong();
        activeSince = a->value(2).toString();
    }
    auto p = db.exec(
        QStringLiteral("SELECT p.id, p.customization_id, p.action, p.revision, p.created_at, "
                       "p.account_id, a.email FROM publishes p LEFT JOIN accounts a ON "
                       "a.id = p.account_id WHERE p.workspace_id = ? ORDER BY p.seq DESC"),
        {workspaceId});
    if (!p)
        return std::unexpected(p.error());
    QList<QCborMap> publishes;
    bool liveSeen = false;
    while (p->next()) {
        QCborMap d;
        const QString cid = p->value(1).toString();
        const QString action = p->value(2).toString();
        d.insert(QStringLiteral("customization_id"), cid);
        d.insert(QStringLiteral("action"), action);
        d.insert(QStringLiteral("revision"),
                 p->value(3).isNull() ? QCborValue(nullptr) : QCborValue(p->value(3).toLongLong()));
        d.insert(QStringLiteral("account_id"), p->value(5).toString());
        d.insert(QStringLiteral("account_email"), p->value(6).toString());
        const bool live = !liveSeen && action == QLatin1String("publish") && cid == activeId &&
                          p->value(3).toLongLong() == activeRevision;
        if (cid == activeId && action == QLatin1String("publish"))
            liveSeen = true;
        d.insert(QStringLiteral("live"), live);
        QCborMap m;
        m.insert(QStringLiteral("id"), p->value(0).toString());
        m.insert(QStringLiteral("kind"), QStringLiteral("publish_log"));
        m.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
        m.insert(QStringLiteral("created_at"), p->value(4).toString());
        m.insert(QStringLiteral("finished_at"), p->value(4).toString());
        m.insert(QStringLiteral("details"), d);
        publishes.append(m);
    }
    if (!liveSeen && !activeId.isEmpty()) {
        // Published before the history was kept (schema 1): what is live, without a name.
        QCborMap d;
        d.insert(QStringLiteral("customization_id"), activeId);
        d.insert(QStringLiteral("action"), QStringLiteral("publish"));
        d.insert(QStringLiteral("revision"), activeRevision);
        d.insert(QStringLiteral("live"), true);
        QCborMap m;
        m.insert(QStringLiteral("kind"), QStringLiteral("publish_log"));
        m.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
        m.insert(QStringLiteral("created_at"), activeSince);
        m.insert(QStringLiteral("finished_at"), activeSince);
        m.insert(QStringLiteral("details"), d);
        publishes.prepend(m);
    }
    // One log, newest first (timestamps are fixed-width ISO strings; ties keep their order).
    QList<QCborMap> all;
    for (const QCborValue &v : out)
        all.append(v.toMap());
    QCborArray merged;
    qsizetype i = 0, j = 0;
    const auto at = [](const QCborMap &m) {
        return m.value(QStringLiteral("created_at")).toString();
    };
    while (i < publishes.size() || j < all.size()) {
        if (j >= all.size() || (i < publishes.size() && at(publishes[i]) >= at(all[j])))
            merged.append(publishes[i++]);
        else
            merged.append(all[j++]);
    }
    return QCborValue(merged);
}

} // namespace ss::server::hosting
