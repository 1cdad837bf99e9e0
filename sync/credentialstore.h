#pragma once

#include "result.h"

#include <QString>

namespace ss::sync {

// Login tokens per connection profile: in the OS keychain (QtKeychain) when a keychain service
// answers; otherwise in <data dir>/credentials/<profile> with permissions 0600, and the user is
// told so once. SITESTUDIO_NO_KEYCHAIN=1 skips the keychain (servers, CI).
class CredentialStore
{
public:
    explicit CredentialStore(QString dataDir);

    Result<void> save(const QString &profile, const QString &token);
    Result<QString> load(const QString &profile);
    Result<void> remove(const QString &profile);

    // Where the last save went ("keychain" or the file path), and whether the fallback was used
    // for the first time in this process (the caller prints the notice).
    QString lastLocation() const { return m_lastLocation; }
    bool fallbackNoticePending();

private:
    QString filePath(const QString &profile) const;
    bool keychainAvailable();

    QString m_dataDir;
    QString m_lastLocation;
    int m_keychainState = -1; // -1 unknown, 0 no, 1 yes
    bool m_noticeShown = false;
    bool m_noticePending = false;
};

} // namespace ss::sync
