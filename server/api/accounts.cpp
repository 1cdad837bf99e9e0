#include "accounts.h"

#include "api.h"
#include "automation/serverevents.h"
#include "hosting.h"
#include "serverconfig.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>

#include <sodium.h>

#include <mutex>

namespace ss::server {

namespace {

QString tokenHash(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised");
    });
}

std::expected<QString, ApiError> validEmail(const QCborMap &body)
{
    auto email = requiredString(body, QStringLiteral("email"), 254);
    if (!email)
        return email;
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\."
                       "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    if (!re.match(*email).hasMatch())
        return apiError(400, QStringLiteral("invalid_value"),
                        QStringLiteral("\"email\" is not an e-mail address"),
                        QStringLiteral("email"));
    return email->toLower();
}

// Login throttling per IP and per account: fixed windows in the database (shared by all instances).
struct Throttle
{
    ServerDatabase &db;
    const ServerConfig &config;

    qint64 retryAfter(const QString &bucket)
    {
        auto q = db.exec(
            QStringLiteral("SELECT window_start, failures FROM login_attempts WHERE bucket = ?"),
            {bucket});
        if (!q || !q->next())
            return 0;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 end = q->value(0).toLongLong() + config.loginWindowSeconds;
        // An IP may be shared by many people (offices, NAT): it gets five times an account's
        // allowance.
        const int allowed =
            config.loginFailuresPerWindow * (bucket.startsWith(QLatin1String("ip:")) ? 5 : 1);
        if (now >= end || q->value(1).toInt() < allowed)
            return 0;
        return end - now;
    }
    void failure(const QString &bucket)
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        (void)db.exec(
            QStringLiteral(
                "INSERT INTO login_attempts (bucket, window_start, failures) VALUES (?, ?, 1) "
                "ON CONFLICT (bucket) DO UPDATE SET "
                "failures = CASE WHEN login_attempts.window_start + ? <= ? THEN 1 ELSE "
                "login_attempts.failures + 1 END, "
                "window_start = CASE WHEN login_attempts.window_start + ? <= ? THEN ? ELSE "
                "login_attempts.window_start END"),
            {bucket, now, config.loginWindowSeconds, now, config.loginWindowSeconds, now, now});
    }
    void reset(const QString &bucket)
    {
        (void)db.exec(QStringLiteral("DELETE FROM login_attempts WHERE bucket = ?"), {bucket});
    }
};

ApiResult registerAccount(ApiCall &call)
{
    auto body = jsonObject(call, {QStringLiteral("email"), QStringLiteral("password")});
    if (!body)
        return std::unexpected(body.error());
    auto email = validEmail(*body);
    if (!email)
        return std::unexpected(email.error());
    auto password = requiredString(*body, QStringLiteral("password"), 1024);
    if (!password)
        return std::unexpected(password.error());
    if (password->size() < 10)
        return apiError(400, QStringLiteral("weak_password"),
                        QStringLiteral("the password needs at least 10 characters"),
                        QStringLiteral("password"));
    auto exists = call.db.exec(QStringLiteral("SELECT 1 FROM accounts WHERE email = ?"), {*email});
    if (!exists)
        return apiError(503, QStringLiteral("database_error"), exists.error().toString());
    if (exists->next())
        return apiError(409, QStringLiteral("email_taken"),
                        QStringLiteral("an account with this e-mail exists"),
                        QStringLiteral("email"));
    ensureSodium();
    char hash[crypto_pwhash_STRBYTES];
    const QByteArray pw = password->toUtf8();
    if (crypto_pwhash_str(hash, pw.constData(), quint64(pw.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return apiError(503, QStringLiteral("out_of_memory"),
                        QStringLiteral("could not hash the password"));
    const QString id = newId();
    auto ins = call.db.exec(QStringLiteral("INSERT INTO accounts (id, email, password_hash, tier, "
                                           "created_at) VALUES (?, ?, ?, 'basic', ?)"),
                            {id, *email, QString::fromLatin1(hash), nowUtc()});
    if (!ins)
        return apiError(409, QStringLiteral("email_taken"),
                        QStringLiteral("an account with this e-mail exists"),
                        QStringLiteral("email"));
    QCborMap out;
    out.insert(QStringLiteral("id"), id);
    out.insert(QStringLiteral("email"), *email);
    out.insert(QStringLiteral("tier"), QStringLiteral("basic"));
    return jsonResponse(201, out);
}

ApiResult login(ApiCall &call)
{
    auto body = jsonObject(call, {QStringLiteral("email"), QStringLiteral("password")});
    if (!body)
        return std::unexpected(body.error());
    auto email = validEmail(*body);
    if (!email)
        return std::unexpected(email.error());
    auto password = requiredString(*body, QStringLiteral("password"), 1024);
    if (!password)
        return std::unexpected(password.error());
    Throttle throttle{call.db, call.config};
    const QString ipBucket = QStringLiteral("ip:") + call.request.peer.toString();
    const QString accountBucket = QStringLiteral("account:") + *email;
    if (const qint64 wait =
            std::max(throttle.retryAfter(ipBucket), throttle.retryAfter(accountBucket));
        wait > 0) {
        ApiError e{429,
                   QStringLiteral("too_many_attempts"),
                   QStringLiteral("too many failed logins; try again in %1 s").arg(wait),
                   {},
                   {}};
        e.extra.insert(QStringLiteral("retry_after"), wait);
        return std::unexpected(e);
    }
    auto q = call.db.exec(
        QStringLiteral("SELECT id, password_hash, tier FROM accounts WHERE email = ?"), {*email});
    if (!q)
        return apiError(503, QStringLiteral("database_error"), q.error().toString());
    ensureSodium();
    const QByteArray pw = password->toUtf8();
    const bool found = q->next();
    const QByteArray stored = found ? q->value(1).toString().toLatin1() : QByteArray();
    if (!found ||
        crypto_pwhash_str_verify(stored.constData(), pw.constData(), quint64(pw.size())) != 0) {
        throttle.failure(ipBucket);
        throttle.failure(accountBucket);
        return apiError(401, QStringLiteral("invalid_credentials"),
                        QStringLiteral("wrong e-mail or password"));
    }
    throttle.reset(accountBucket);
    const QString accountId = q->value(0).toString();
    QByteArray raw(32, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    const QByteArray token =
        "ss_" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(call.config.tokenSeconds);
    auto ins = call.db.exec(
        QStringLiteral(
            "INSERT INTO tokens (hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)"),
        {tokenHash(token), accountId, nowUtc(), expires.toString(Qt::ISODateWithMs)});
    if (!ins)
        return apiError(503, QStringLiteral("database_error"), ins.error().toString());
    QCborMap out;
    out.insert(QStringLiteral("token"), QString::fromLatin1(token));
    out.insert(QStringLiteral("expires_at"), expires.toString(Qt::ISODateWithMs));
    out.insert(QStringLiteral("account_id"), accountId);
    return jsonResponse(200, out);
}

ApiResult logout(ApiCall &call)
{
    const QByteArray token = call.request.header("authorization").mid(7).trimmed();
    auto r = call.db.exec(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE hash = ?"),
                          {nowUtc(), tokenHash(token)});
    if (!r)
        return apiError(503, QStringLiteral("database_error"), r.error().toString());
    http::Response resp;
    resp.status = 204;
    return resp;
}

ApiResult getAccount(ApiCall &call)
{
    auto j = accountJson(call.db, call.accountId);
    if (!j)
        return apiError(503, QStringLiteral("database_error"), j.error().toString());
    return jsonResponse(200, *j);
}

int countOf(ServerDatabase &db, const QString &sql, const QString &accountId)
{
    auto q = db.exec(sql, {accountId});
    return q && q->next() ? q->value(0).toInt() : 0;
}

ApiResult setPlan(ApiCall &call)
{
    auto body = jsonObject(call, {QStringLiteral("tier")});
    if (!body)
        return std::unexpected(body.error());
    auto tier = requiredString(*body, QStringLiteral("tier"), 32);
    if (!tier)
        return std::unexpected(tier.error());
    const QString from = call.accountTier;
    if (auto r = changeTier(call.db, call.accountId, *tier); !r)
        return std::unexpected(r.error());
    if (from != *tier)
        emitTierChanged(call.db, call.accountId, from, *tier);
    call.accountTier = *tier;
    return getAccount(call);
}

} // namespace

void emitTierChanged(ServerDatabase &db, const QString &accountId, const QString &from,
                     const QString &to)
{
    // Each site's rules see the change with the site's fields; the account-wide rules see it once
    // (an account-level event), not once per site.
    auto q = db.exec(QStringLiteral("SELECT id FROM workspaces WHERE account_id = ? ORDER BY id"),
                     {accountId});
    if (!q)
        return;
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    QCborMap payload;
    payload.insert(QStringLiteral("from_tier"), from);
    payload.insert(QStringLiteral("to_tier"), to);
    for (const QString &id : ids)
        emitEvent(db, accountId, QStringLiteral("tier_changed"), id, payload, false,
                  /*siteRulesOnly=*/true);
    emitEvent(db, accountId, QStringLiteral("tier_changed"), QString(), payload);
}

std::expected<void, ApiError> changeTier(ServerDatabase &db, const QString &accountId,
                                         const QString &tier)
{
    const PlanLimits *plan = PlanLimits::forTier(tier);
    if (!plan)
        return apiError(400, QStringLiteral("invalid_value"),
                        QStringLiteral("tier must be basic, pro or enterprise"),
                        QStringLiteral("tier"));
    auto current = db.exec(QStringLiteral("SELECT tier FROM accounts WHERE id = ?"), {accountId});
    if (!current || !current->next())
        return apiError(404, QStringLiteral("not_found"), QStringLiteral("no such account"));
    const QString from = current->value(0).toString();
    if (from == tier)
        return {};
    // A downgrade must fit the smaller plan.
    const int sites = countOf(
        db, QStringLiteral("SELECT COUNT(*) FROM workspaces WHERE account_id = ?"), accountId);
    const int rules =
        countOf(db, QStringLiteral("SELECT COUNT(*) FROM rules WHERE account_id = ?"), accountId);
    const int domains = countOf(
        db,
        QStringLiteral(
            "SELECT COUNT(*) FROM custom_domains d JOIN workspaces w ON w.id = d.workspace_id "
            "WHERE w.account_id = ?"),
        accountId);
    auto limit = [&](const char *name, const QString &msg) {
        ApiError e{409, QStringLiteral("plan_limit"), msg, QStringLiteral("tier"), {}};
        e.extra.insert(QStringLiteral("limit"), QString::fromLatin1(name));
        return std::unexpected(e);
    };
    if (sites > plan->maxSites)
        return limit("max_sites", QStringLiteral("the %1 plan allows %2 sites; you have %3")
                                      .arg(tier)
                                      .arg(plan->maxSites)
                                      .arg(sites));
    if (rules > plan->maxRules)
        return limit("max_rules",
                     QStringLiteral("the %1 plan allows %2 automation rules; you have %3")
                         .arg(tier)
                         .arg(plan->maxRules)
                         .arg(rules));
    if (domains > 0 && !plan->customDomains)
        return limit(
            "custom_domains",
            QStringLiteral("the %1 plan has no custom domains; remove your %2 domain(s) first")
                .arg(tier)
                .arg(domains));
    auto up =
        db.exec(QStringLiteral("UPDATE accounts SET tier = ? WHERE id = ?"), {tier, accountId});
    if (!up)
        return apiError(503, QStringLiteral("database_error"), up.error().toString());
    // Workspace -> hosting: tier changed; hosting migrates every site (themes are not touched).
    if (auto r = hosting::onTierChanged(db, accountId, from, tier); !r)
        return apiError(503, QStringLiteral("database_error"), r.error().toString());
    if (auto r = recordChange(db, accountId, QStringLiteral("account"), accountId,
                              QStringLiteral("upsert"), 0);
        !r)
        return apiError(503, QStringLiteral("database_error"), r.error().toString());
    return {};
}

const PlanLimits *PlanLimits::forTier(const QString &tier)
{
    static const PlanLimits plans[] = {
        {QStringLiteral("basic"), QStringLiteral("pool"), 3, 5, 50, qint64(100) << 20, false},
        {QStringLiteral("pro"), QStringLiteral("bridge"), 250, 200, 5000, qint64(10) << 30, true},
        {QStringLiteral("enterprise"), QStringLiteral("silo"), 5000, 5000, 200000, qint64(1) << 40,
         true},
    };
    for (const PlanLimits &p : plans)
        if (p.tier == tier)
            return &p;
    return nullptr;
}

std::expected<void, ApiError> authenticate(ApiCall &call)
{
    const QByteArray auth = call.request.header("authorization");
    if (auth.isEmpty())
        return apiError(401, QStringLiteral("unauthorized"),
                        QStringLiteral("log in first (Authorization: Bearer <token>)"));
    if (!auth.startsWith("Bearer ") || auth.size() > 200)
        return apiError(401, QStringLiteral("unauthorized"),
                        QStringLiteral("expected Authorization: Bearer <token>"));
    const QByteArray token = auth.mid(7).trimmed();
    auto q = call.db.exec(
        QStringLiteral("SELECT t.account_id, t.expires_at, t.revoked_at, a.tier FROM tokens t "
                       "JOIN accounts a ON a.id = t.account_id WHERE t.hash = ?"),
        {tokenHash(token)});
    if (!q)
        return apiError(503, QStringLiteral("database_error"), q.error().toString());
    if (!q->next())
        return apiError(401, QStringLiteral("unauthorized"), QStringLiteral("unknown token"));
    if (!q->value(2).isNull() && !q->value(2).toString().isEmpty())
        return apiError(401, QStringLiteral("token_revoked"),
                        QStringLiteral("this token was revoked; log in again"));
    if (QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs) <=
        QDateTime::currentDateTimeUtc())
        return apiError(401, QStringLiteral("token_expired"),
                        QStringLiteral("this token has expired; log in again"));
    call.accountId = q->value(0).toString();
    call.accountTier = q->value(3).toString();
    return {};
}

Result<QCborMap> accountJson(ServerDatabase &db, const QString &accountId)
{
    auto q = db.exec(QStringLiteral("SELECT email, tier, created_at FROM accounts WHERE id = ?"),
                     {accountId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QStringLiteral("no account"));
    const QString tier = q->value(1).toString();
    const PlanLimits *plan = PlanLimits::forTier(tier);
    QCborMap limits;
    limits.insert(QStringLiteral("max_sites"), plan->maxSites);
    limits.insert(QStringLiteral("max_rules"), plan->maxRules);
    limits.insert(QStringLiteral("daily_executions"), plan->dailyExecutions);
    limits.insert(QStringLiteral("storage_bytes"), plan->storageBytes);
    limits.insert(QStringLiteral("custom_domains"), plan->customDomains);
    QCborMap usage;
    usage.insert(QStringLiteral("sites"),
                 countOf(db, QStringLiteral("SELECT COUNT(*) FROM workspaces WHERE account_id = ?"),
                         accountId));
    usage.insert(
        QStringLiteral("rules"),
        countOf(db, QStringLiteral("SELECT COUNT(*) FROM rules WHERE account_id = ?"), accountId));
    usage.insert(QStringLiteral("custom_domains"),
                 countOf(db,
                         QStringLiteral("SELECT COUNT(*) FROM custom_domains d JOIN workspaces w "
                                        "ON w.id = d.workspace_id WHERE w.account_id = ?"),
                         accountId));
    auto storage = db.exec(
        QStringLiteral("SELECT COALESCE(SUM(a.size), 0) FROM workspace_assets wa JOIN assets a ON "
                       "a.sha256 = wa.sha256 "
                       "JOIN workspaces w ON w.id = wa.workspace_id WHERE w.account_id = ?"),
        {accountId});
    usage.insert(QStringLiteral("storage_bytes"),
                 storage && storage->next() ? storage->value(0).toLongLong() : 0);
    usage.insert(QStringLiteral("executions_today"),
                 accountExecutionsOnUtcDay(db, accountId, QDateTime::currentSecsSinceEpoch()));
    QCborMap out;
    out.insert(QStringLiteral("id"), accountId);
    out.insert(QStringLiteral("email"), q->value(0).toString());
    out.insert(QStringLiteral("tier"), tier);
    out.insert(QStringLiteral("environment"), plan->environment);
    out.insert(QStringLiteral("created_at"), q->value(2).toString());
    out.insert(QStringLiteral("limits"), limits);
    out.insert(QStringLiteral("usage"), usage);
    return out;
}

void Api::registerAccountRoutes()
{
    add("POST", "auth/register", Mutation, registerAccount);
    add("POST", "auth/login", Public, login); // not one transaction: failed attempts must count
    add("POST", "auth/logout", Authenticated, logout);
    add("GET", "account", Authenticated, getAccount);
    add("PUT", "account/plan", Authenticated | Mutation, setPlan);
}

} // namespace ss::server
