#pragma once

#include "result.h"

#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace ss {
class LocalCache;
}

namespace ss::sync {

// Signing in to a sitehostd, shared by `sitestudio-cli login` and the desktop app's Sign-in
// dialog: a connection profile (profiles row: name, server, e-mail) plus its login token in the
// credential store (keychain, or a 0600 file when no keychain service runs).

struct SignInRequest
{
    QUrl server;
    QString email;
    QString password;
    bool createAccount = false; // register first; an existing account is not an error
    QString profileId;          // where the token is stored (profileIdFor)
};

struct SignInResult
{
    QString credentialLocation; // "keychain" or the file's path
    bool fileFallback = false;  // the token went to a file because no keychain service runs
};

// "http(s)://host[:port][/prefix]" (trailing slash dropped); the message says what is wrong.
Result<QUrl> parseServerUrl(const QString &text);

// Blocking (local event loops for the request and the keychain): the CLI, or a worker thread.
// Registers when asked, logs in and stores the token under `profileId`. Errors are the server's
// message ("invalid e-mail or password", "cannot reach …").
Result<SignInResult> signIn(const QString &dataDir, const SignInRequest &request,
                            QNetworkAccessManager *nam = nullptr);

struct SignOutResult
{
    bool revoked = false;  // the server revoked the token (false: it was not reached or had none)
    QString serverMessage; // why the server did not revoke it ("" when it did)
};

// Blocking, like signIn: asks the server to revoke the login (POST /auth/logout; best effort:
// offline, the login is still removed here) and removes the token from the credential store.
// The connection (profile row) stays: its sites keep their grouping and sync again after the next
// sign-in. An error only when the profile has no login here or the token cannot be removed.
Result<SignOutResult> signOut(const QString &dataDir, const QString &profileId, const QUrl &server,
                              QNetworkAccessManager *nam = nullptr);

// The id of the profile called `name`, or a new id when there is none.
QString profileIdFor(LocalCache &cache, const QString &name);

// Inserts or updates the profile row (after signIn succeeded).
Result<void> saveProfile(LocalCache &cache, const QString &id, const QString &name,
                         const QUrl &server, const QString &email);

} // namespace ss::sync
