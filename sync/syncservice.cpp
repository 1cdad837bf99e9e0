#include "syncservice.h"

#include "apiclient.h"
#include "assetstore.h"
#include "credentialstore.h"
#include "localcache.h"

#include <QThread>
#include <QUrl>

namespace ss::sync {

SyncService::SyncService(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_thread(new QThread(this))
    , m_worker(new QObject)
{
    qRegisterMetaType<ss::sync::SyncReport>();
    qRegisterMetaType<ss::sync::SyncEngine::Step>();
    m_thread->setObjectName(QStringLiteral("sync-worker"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SyncService::~SyncService()
{
    m_thread->quit();
    m_thread->wait();
}

int SyncService::requestSync(const QString &profileName, const SyncEngine::Options &options)
{
    const int ticket = m_nextTicket++;
    m_queue.append({ticket, profileName, options});
    if (!m_running)
        startNext();
    return ticket;
}

void SyncService::startNext()
{
    if (m_queue.isEmpty())
        return;
    const auto [ticket, profileName, options] = m_queue.takeFirst();
    m_running = true;
    emit started(profileName);
    const QString dataDir = m_dataDir;
    QMetaObject::invokeMethod(m_worker, [this, dataDir, ticket, profileName, options] {
        m_lastThread = QThread::currentThread();
        SyncReport report;
        QString error;
        // Everything below lives on this thread: its own cache connection and network manager.
        auto cache = LocalCache::open(LocalCache::pathIn(dataDir));
        if (!cache) {
            error = cache.error().toString();
        } else {
            auto q =
                (*cache)->exec(QStringLiteral("SELECT id, server_url FROM profiles WHERE name = ?"),
                               {profileName});
            if (!q || !q->next()) {
                error = QStringLiteral("no profile \"%1\"").arg(profileName);
            } else {
                const QString id = q->value(0).toString();
                const QUrl server(q->value(1).toString());
                CredentialStore creds(dataDir);
                auto token = creds.load(id);
                if (!token) {
                    error = token.error().toString();
                } else {
                    ApiClient api(server, *token);
                    SyncEngine engine(**cache, api, id);
                    SyncEngine::Options o = options;
                    AssetStore assets(**cache, dataDir);
                    if (!o.readAsset)
                        o.readAsset = [&assets](const QString &name) { return assets.read(name); };
                    const auto user = options.progress;
                    o.progress = [this, profileName, user](SyncEngine::Step step,
                                                           const QString &detail) {
                        if (user)
                            user(step, detail);
                        QMetaObject::invokeMethod(this, [this, profileName, step, detail] {
                            emit progress(profileName, step, detail);
                        });
                    };
                    engine.setOptions(o);
                    auto r = engine.sync();
                    if (r)
                        report = *r;
                    else
                        error = r.error().toString();
                }
            }
        }
        QMetaObject::invokeMethod(this, [this, ticket, profileName, report, error] {
            m_running = false;
            emit requestFinished(ticket, report, error);
            emit finished(profileName, report, error);
            startNext();
        });
    });
}

} // namespace ss::sync
