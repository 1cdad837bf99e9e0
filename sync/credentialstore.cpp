#include "credentialstore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace ss::sync {

namespace {
const QString kService = QStringLiteral("Site Studio");

// Runs a keychain job with a deadline (a missing D-Bus service must not hang the CLI).
bool runJob(QKeychain::Job *job, int timeoutMs = 3000)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    return finished && job->error() == QKeychain::NoError;
}
} // namespace

CredentialStore::CredentialStore(QString dataDir)
    : m_dataDir(std::move(dataDir))
{}

QString CredentialStore::filePath(const QString &profile) const
{
    return QDir(m_dataDir).filePath(QStringLiteral("credentials/") +
                                    QString::fromLatin1(profile.toUtf8().toHex()));
}

bool CredentialStore::keychainAvailable()
{
    if (m_keychainState < 0) {
        if (qEnvironmentVariableIntValue("SITESTUDIO_NO_KEYCHAIN") == 1) {
            m_keychainState = 0;
        } else {
            // Probe once: write and delete a marker entry.
            auto *w = new QKeychain::WritePasswordJob(kService);
            w->setAutoDelete(false);
            w->setKey(QStringLiteral("probe"));
            w->setTextData(QStringLiteral("probe"));
            const bool ok = runJob(w);
            delete w;
            if (ok) {
                auto *d = new QKeychain::DeletePasswordJob(kService);
                d->setAutoDelete(false);
                d->setKey(QStringLiteral("probe"));
                runJob(d);
                delete d;
            }
            m_keychainState = ok ? 1 : 0;
        }
    }
    return m_keychainState == 1;
}

bool CredentialStore::fallbackNoticePending()
{
    const bool pending = m_noticePending;
    m_noticePending = false;
    return pending;
}

Result<void> CredentialStore::save(const QString &profile, const QString &token)
{
    if (keychainAvailable()) {
        auto *w = new QKeychain::WritePasswordJob(kService);
        w->setAutoDelete(false);
        w->setKey(profile);
        w->setTextData(token);
        const bool ok = runJob(w);
        delete w;
        if (ok) {
            m_lastLocation = QStringLiteral("keychain");
            QFile::remove(filePath(profile));
            return {};
        }
    }
    const QString path = filePath(profile);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(QStringLiteral("cannot create the folder"), QFileInfo(path).absolutePath());
    QFile::setPermissions(QFileInfo(path).absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(f.errorString(), path);
    // Restrict before any byte of the token is written.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(token.toUtf8());
    if (!f.commit())
        return fail(f.errorString(), path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_lastLocation = path;
    if (!m_noticeShown) {
        m_noticeShown = true;
        m_noticePending = true;
    }
    return {};
}

Result<QString> CredentialStore::load(const QString &profile)
{
    QFile f(filePath(profile));
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return fail(f.errorString(), f.fileName());
        return QString::fromUtf8(f.readAll()).trimmed();
    }
    if (keychainAvailable()) {
        auto *r = new QKeychain::ReadPasswordJob(kService);
        r->setAutoDelete(false);
        r->setKey(profile);
        const bool ok = runJob(r);
        const QString token = r->textData();
        delete r;
        if (ok)
            return token;
    }
    return fail(QStringLiteral("not logged in (run: sitestudio-cli login)"),
                QStringLiteral("profile \"%1\"").arg(profile));
}

Result<void> CredentialStore::remove(const QString &profile)
{
    QFile::remove(filePath(profile));
    if (keychainAvailable()) {
        auto *d = new QKeychain::DeletePasswordJob(kService);
        d->setAutoDelete(false);
        d->setKey(profile);
        runJob(d);
        delete d;
    }
    return {};
}

} // namespace ss::sync
