#include "automationstore.h"

#include "json.h"
#include "localcache.h"
#include "sitestore.h"

#include <QCborArray>
#include <QSet>
#include <QUuid>

namespace ss {

namespace {

QString jsonText(const QCborValue &v)
{
    return QString::fromUtf8(json::write(v));
}

QCborMap parseMap(const QString &text)
{
    auto v = json::parse(text.toUtf8());
    return v && v->isMap() ? v->toMap() : QCborMap();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QString kSelect = QStringLiteral(
    "SELECT r.id, COALESCE(r.workspace_id, ''), COALESCE(w.name, ''), r.name, r.is_active, "
    "r.rule_json, r.updated_at, COALESCE(r.profile_id, w.profile_id, ''), COALESCE(p.name, '') "
    "FROM automation_rules r LEFT JOIN workspaces w ON w.id = r.workspace_id LEFT JOIN profiles "
    "p ON p.id = COALESCE(r.profile_id, w.profile_id) ");

const QString kAccountPrefix = QStringLiteral("account:");

StoredRule readRule(const QSqlQuery &q)
{
    StoredRule r;
    r.id = q.value(0).toString();
    r.workspaceId = q.value(1).toString();
    r.siteName = q.value(2).toString();
    r.name = q.value(3).toString();
    r.isActive = q.value(4).toInt() == 1;
    r.json = parseMap(q.value(5).toString());
    r.updatedAt = q.value(6).toString();
    r.profileId = q.value(7).toString();
    r.profileName = q.value(8).toString();
    return r;
}

} // namespace

QString accountKey(const QString &profileId)
{
    return kAccountPrefix + profileId;
}

QString accountProfile(const QString &key)
{
    return key.startsWith(kAccountPrefix) ? key.mid(kAccountPrefix.size()) : QString();
}

QString StoredRule::target() const
{
    return isAccountWide() ? accountKey(profileId) : workspaceId;
}

Result<QList<ProfileRef>> AutomationStore::profiles() const
{
    auto q =
        m_cache.exec(QStringLiteral("SELECT id, name FROM profiles ORDER BY name COLLATE NOCASE"));
    if (!q)
        return std::unexpected(q.error());
    QList<ProfileRef> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString()});
    return out;
}

Result<QList<SiteRef>> AutomationStore::sites() const
{
    auto q = m_cache.exec(QStringLiteral(
        "SELECT id, name, COALESCE(profile_id, '') FROM workspaces ORDER BY name COLLATE NOCASE"));
    if (!q)
        return std::unexpected(q.error());
    QList<SiteRef> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    return out;
}

Result<QList<StoredRule>> AutomationStore::rules(const QString &siteId) const
{
    const QString ws = siteId.isNull() ? QStringLiteral("") : siteId; // NULL would match nothing
    const QString profile = accountProfile(ws);
    Result<QSqlQuery> q = [&] {
        if (!profile.isNull())
            return m_cache.exec(kSelect + QStringLiteral("WHERE r.workspace_id IS NULL AND "
                                                         "r.profile_id = ? ORDER BY r.name "
                                                         "COLLATE NOCASE"),
                                {profile});
        // A site's list has the account-wide rules of its profile too: they apply to it.
        return m_cache.exec(
            kSelect + QStringLiteral("WHERE ? = '' OR r.workspace_id = ? OR (r.workspace_id IS "
                                     "NULL AND r.profile_id = (SELECT profile_id FROM workspaces "
                                     "WHERE id = ?)) ORDER BY w.name IS NOT NULL, w.name COLLATE "
                                     "NOCASE, p.name COLLATE NOCASE, r.name COLLATE NOCASE"),
            {ws, ws, ws});
    }();
    if (!q)
        return std::unexpected(q.error());
    QList<StoredRule> out;
    while (q->next())
        out.append(readRule(*q));
    return out;
}

Result<StoredRule> AutomationStore::rule(const QString &id) const
{
    auto q = m_cache.exec(kSelect + QStringLiteral("WHERE r.id = ?"), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QStringLiteral("no rule \"%1\"").arg(id));
    return readRule(*q);
}

Result<StoredRule> AutomationStore::findRule(const QString &idOrPrefix) const
{
    if (idOrPrefix.size() < 4)
        return fail(QStringLiteral("give at least 4 characters of the rule id"));
    auto q = m_cache.exec(kSelect + QStringLiteral("WHERE r.id LIKE ? LIMIT 2"),
                          {idOrPrefix + QLatin1Char('%')});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QStringLiteral("no rule \"%1\"").arg(idOrPrefix));
    StoredRule found = readRule(*q);
    if (q->next())
        return fail(QStringLiteral("\"%1\" matches more than one rule; give more of the id")
                        .arg(idOrPrefix));
    return found;
}

Result<automation::Rule> AutomationStore::engineRule(const StoredRule &stored) const
{
    QCborMap json = stored.json;
    json.insert(QStringLiteral("id"), stored.id);
    json.insert(QStringLiteral("workspace_id"), stored.workspaceId);
    json.insert(QStringLiteral("is_active"), stored.isActive);
    // When it was saved: the scheduler starts a new or edited rule there.
    if (!json.contains(QStringLiteral("updated_at")) && !stored.updatedAt.isEmpty())
        json.insert(QStringLiteral("updated_at"), stored.updatedAt);
    auto rule = parse(json);
    if (rule)
        rule->accountId = stored.profileId;
    return rule;
}

Result<automation::Rule> AutomationStore::parse(const QCborMap &json, const QString &) const
{
    // Admin-only actions (set_tier): this computer cannot know whether the account is an admin;
    // the server decides (403 admin_only parks the outbox row with that message), as for
    // `sitestudio-cli rules add`.
    return automation::Rule::fromJson(json, automation::Rule::ParseOptions{true});
}

Result<automation::Rule> AutomationStore::validate(const QCborMap &json, const QString &siteId,
                                                   const QString &id) const
{
    auto rule = parse(json, id);
    if (!rule)
        return std::unexpected(rule.error());
    rule->id = id.isEmpty() ? QStringLiteral("new-rule") : id;
    QString profile = accountProfile(siteId);
    if (!profile.isNull()) {
        rule->workspaceId.clear();
        if (profile.isEmpty())
            return fail(QStringLiteral("an account-wide rule needs a connection profile"),
                        QStringLiteral("site"));
        if (auto wide = automation::checkAccountWide(*rule); !wide)
            return std::unexpected(wide.error());
    } else {
        rule->workspaceId = siteId;
        auto p = m_cache.exec(
            QStringLiteral("SELECT COALESCE(profile_id, '') FROM workspaces WHERE id = ?"),
            {siteId});
        if (!p)
            return std::unexpected(p.error());
        profile = p->next() ? p->value(0).toString() : QString();
    }
    rule->accountId = profile;
    // The other rules of the same account (the connection profile's sites and account-wide
    // rules).
    auto q = m_cache.exec(
        QStringLiteral("SELECT r.id, COALESCE(r.workspace_id, ''), r.rule_json FROM "
                       "automation_rules r LEFT JOIN workspaces w ON w.id = r.workspace_id WHERE "
                       "COALESCE(r.profile_id, w.profile_id, '') = ? AND r.id <> ?"),
        {profile, rule->id});
    if (!q)
        return std::unexpected(q.error());
    QList<automation::Rule> all;
    while (q->next()) {
        auto other = automation::Rule::fromJson(parseMap(q->value(2).toString()),
                                                {.allowAdminActions = true});
        if (!other)
            continue; // a rule the server accepted with an older validator: not ours to judge
        other->id = q->value(0).toString();
        other->workspaceId = q->value(1).toString();
        other->accountId = profile;
        all.append(*other);
    }
    all.append(*rule);
    if (auto loops = automation::checkLoops(all); !loops)
        return std::unexpected(loops.error());
    return rule;
}

Result<void> AutomationStore::queue(const QString &id, const QCborMap &op)
{
    auto b = m_cache.exec(QStringLiteral("INSERT INTO outbox (op_id, entity_type, entity_id, "
                                         "op_json, created_at) VALUES (?, 'rule', ?, ?, ?)"),
                          {newId(), id, jsonText(op), SiteStore::nowUtc()});
    if (!b)
        return std::unexpected(b.error());
    return {};
}

Result<QString> AutomationStore::save(const QCborMap &json, const QString &siteId,
                                      const QString &id)
{
    if (siteId.isEmpty())
        return fail(QStringLiteral("choose the site the rule belongs to"), QStringLiteral("site"));
    auto rule = validate(json, siteId, id);
    if (!rule)
        return std::unexpected(rule.error());
    const QString name = json.value(QStringLiteral("name")).toString();
    const bool active = json.value(QStringLiteral("is_active")).toBool(true);
    const QString ruleId = id.isEmpty() ? newId() : id;
    const bool accountWide = rule->workspaceId.isEmpty();
    auto tx = m_cache.transaction([&]() -> Result<void> {
        QCborMap op;
        if (id.isEmpty()) {
            // Site rules carry their site's profile too (NULL for a site never synced).
            auto a = m_cache.exec(
                QStringLiteral("INSERT INTO automation_rules (id, workspace_id, profile_id, name, "
                               "rule_json, is_active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {ruleId, accountWide ? QVariant() : QVariant(siteId),
                 rule->accountId.isEmpty() ? QVariant() : QVariant(rule->accountId), name,
                 jsonText(json), active ? 1 : 0, SiteStore::nowUtc()});
            if (!a)
                return std::unexpected(a.error());
            op.insert(QStringLiteral("op"), QStringLiteral("create-rule"));
            if (accountWide)
                op.insert(QStringLiteral("profile"), rule->accountId);
            else
                op.insert(QStringLiteral("workspace"), siteId);
        } else {
            auto a = m_cache.exec(
                QStringLiteral("UPDATE automation_rules SET name = ?, rule_json = ?, is_active = "
                               "?, updated_at = ? WHERE id = ?"),
                {name, jsonText(json), active ? 1 : 0, SiteStore::nowUtc(), ruleId});
            if (!a)
                return std::unexpected(a.error());
            if (a->numRowsAffected() != 1)
                return fail(QStringLiteral("the rule was deleted meanwhile"));
            op.insert(QStringLiteral("op"), QStringLiteral("update-rule"));
        }
        op.insert(QStringLiteral("rule"), json);
        return queue(ruleId, op);
    });
    if (!tx)
        return std::unexpected(tx.error());
    return ruleId;
}

Result<void> AutomationStore::setActive(const QStringList &ids, bool active)
{
    return m_cache.transaction([&]() -> Result<void> {
        for (const QString &id : ids) {
            auto r = rule(id);
            if (!r)
                return std::unexpected(r.error());
            if (r->isActive == active &&
                r->json.value(QStringLiteral("is_active")).toBool(true) == active)
                continue;
            QCborMap json = r->json;
            json.insert(QStringLiteral("is_active"), active);
            auto a = m_cache.exec(QStringLiteral("UPDATE automation_rules SET rule_json = ?, "
                                                 "is_active = ?, updated_at = ? WHERE id = ?"),
                                  {jsonText(json), active ? 1 : 0, SiteStore::nowUtc(), id});
            if (!a)
                return std::unexpected(a.error());
            QCborMap op;
            op.insert(QStringLiteral("op"), QStringLiteral("update-rule"));
            op.insert(QStringLiteral("rule"), json);
            if (auto q = queue(id, op); !q)
                return q;
        }
        return {};
    });
}

Result<QString> AutomationStore::duplicate(const QString &id, const QString &copySuffix)
{
    auto r = rule(id);
    if (!r)
        return std::unexpected(r.error());
    QCborMap json = r->json;
    json.insert(QStringLiteral("name"), r->name + copySuffix);
    return save(json, r->target());
}

Result<void> AutomationStore::remove(const QStringList &ids)
{
    return m_cache.transaction([&]() -> Result<void> {
        for (const QString &id : ids) {
            // An account-wide rule's delete goes to its own profile's server (the row is gone
            // when the sync engine looks).
            auto stored = rule(id);
            // Runs and the scheduler's cursor have no foreign key (the scheduler's schema).
            for (const char *sql : {"DELETE FROM automation_runs WHERE rule_id = ?",
                                    "DELETE FROM automation_cursors WHERE rule_id = ?"})
                if (auto e = m_cache.exec(QString::fromLatin1(sql), {id}); !e)
                    return std::unexpected(e.error());
            auto a =
                m_cache.exec(QStringLiteral("DELETE FROM automation_rules WHERE id = ?"), {id});
            if (!a)
                return std::unexpected(a.error());
            if (a->numRowsAffected() != 1)
                continue;
            QCborMap op;
            op.insert(QStringLiteral("op"), QStringLiteral("delete-rule"));
            if (stored && stored->isAccountWide() && !stored->profileId.isEmpty())
                op.insert(QStringLiteral("profile"), stored->profileId);
            if (auto q = queue(id, op); !q)
                return q;
        }
        return {};
    });
}

Result<QList<StoredRun>> AutomationStore::runs(const QString &ruleId, int limit) const
{
    // The cache's table may predate the scheduler's schema (no reason/origin/day_key yet).
    QSet<QString> columns;
    if (auto info = m_cache.exec(QStringLiteral("PRAGMA table_info(automation_runs)")); info)
        while (info->next())
            columns.insert(info->value(1).toString());
    if (columns.isEmpty())
        return QList<StoredRun>();
    auto col = [&](const char *name) {
        const QString c = QString::fromLatin1(name);
        return columns.contains(c) ? QStringLiteral("COALESCE(%1, '')").arg(c)
                                   : QStringLiteral("''");
    };
    const QString sql =
        QStringLiteral("SELECT %1, %2, %3, %4, %5, %6, %7, %8, %9 FROM automation_runs WHERE "
                       "rule_id = ? ORDER BY scheduled_at DESC, %7 DESC LIMIT ?")
            .arg(col("id"), col("rule_id"), col("slot"), col("scheduled_at"), col("status"),
                 col("reason"), col("executed_at"), col("origin"), col("trace_json"));
    auto q = m_cache.exec(sql, {ruleId, limit});
    if (!q)
        return std::unexpected(q.error());
    QList<StoredRun> out;
    while (q->next()) {
        StoredRun r;
        r.id = q->value(0).toString();
        r.ruleId = q->value(1).toString();
        r.slot = q->value(2).toString();
        r.scheduledAt = q->value(3).toString();
        r.status = q->value(4).toString();
        r.reason = q->value(5).toString();
        r.executedAt = q->value(6).toString();
        r.origin = q->value(7).toString();
        r.trace = parseMap(q->value(8).toString());
        out.append(r);
    }
    return out;
}

} // namespace ss
