#include "signin.h"

#include "apiclient.h"
#include "credentialstore.h"
#include "localcache.h"
#include "sitestore.h"

#include <QCborMap>
#include <QUuid>

namespace ss::sync {

Result<QUrl> parseServerUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        return fail(QStringLiteral("the server address is empty"));
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty())
        return fail(QStringLiteral("\"%1\" is not an http(s) address such as "
                                   "https://host.example or http://127.0.0.1:8080")
                        .arg(text.trimmed()));
    // A path is kept (sitehostd behind a proxy under a prefix); the API paths are appended.
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return fail(QStringLiteral("\"%1\": give the server's address without a user name, "
                                   "query or fragment")
                        .arg(text.trimmed()));
    return url.adjusted(QUrl::StripTrailingSlash);
}

Result<SignInResult> signIn(const QString &dataDir, const SignInRequest &request,
                            QNetworkAccessManager *nam)
{
    if (request.email.trimmed().isEmpty())
        return fail(QStringLiteral("the e-mail address is empty"));
    if (request.password.isEmpty())
        return fail(QStringLiteral("the password is empty"));
    ApiClient api(request.server, {}, nam);
    QCborMap body;
    body.insert(QStringLiteral("email"), request.email.trimmed());
    body.insert(QStringLiteral("password"), request.password);
    if (request.createAccount) {
        const HttpReply r = api.json("POST", QStringLiteral("/api/v1/auth/register"), body);
        if (!r.ok() && r.errorCode() != QLatin1String("email_taken"))
            return fail(QStringLiteral("register: ") + r.errorMessage());
    }
    const HttpReply r = api.json("POST", QStringLiteral("/api/v1/auth/login"), body);
    if (!r.ok())
        return fail(QStringLiteral("login: ") + r.errorMessage());
    const QString token = r.json().value(QStringLiteral("token")).toString();
    if (token.isEmpty())
        return fail(QStringLiteral("login: the server's answer has no token"));
    CredentialStore creds(dataDir);
    if (auto s = creds.save(request.profileId, token); !s)
        return std::unexpected(s.error());
    return SignInResult{creds.lastLocation(), creds.fallbackNoticePending()};
}

Result<SignOutResult> signOut(const QString &dataDir, const QString &profileId, const QUrl &server,
                              QNetworkAccessManager *nam)
{
    CredentialStore creds(dataDir);
    auto token = creds.load(profileId);
    if (!token || token->isEmpty())
        return fail(QStringLiteral("not signed in"));
    SignOutResult result;
    ApiClient api(server, *token, nam);
    const HttpReply r = api.request("POST", QStringLiteral("/api/v1/auth/logout"), {}, {}, 10000);
    // 401: the token was revoked or had expired already; either way it no longer works.
    result.revoked = r.ok() || r.status == 401;
    if (!result.revoked)
        result.serverMessage = r.errorMessage();
    if (auto removed = creds.remove(profileId); !removed)
        return std::unexpected(removed.error());
    return result;
}

QString profileIdFor(LocalCache &cache, const QString &name)
{
    auto existing = cache.exec(QStringLiteral("SELECT id FROM profiles WHERE name = ?"), {name});
    return existing && existing->next() ? existing->value(0).toString()
                                        : QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<void> saveProfile(LocalCache &cache, const QString &id, const QString &name,
                         const QUrl &server, const QString &email)
{
    auto up =
        cache.exec(QStringLiteral("INSERT INTO profiles (id, name, server_url, account_email, "
                                  "created_at) VALUES (?, ?, ?, ?, ?) "
                                  "ON CONFLICT (id) DO UPDATE SET server_url = "
                                  "excluded.server_url, account_email = excluded.account_email"),
                   {id, name, server.toString(), email.trimmed().toLower(), SiteStore::nowUtc()});
    if (!up)
        return std::unexpected(up.error());
    return {};
}

} // namespace ss::sync
