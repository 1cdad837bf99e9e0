#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace ss {
class LocalCache;
}

namespace ss::sync {

class ApiClient;

struct SyncReport
{
    int pushed = 0;    // outbox rows the server acknowledged
    int parked = 0;    // rows refused permanently (kept, shown, not retried)
    int pulled = 0;    // entities updated from the server
    int conflicts = 0; // new conflicts recorded
    int quarantined = 0;
    int requests = 0;
    bool complete = true; // false: stopped early (offline, server busy, login needed)
    QStringList messages;
};

// Syncs one connection profile's part of the local cache with sitehostd (ARCHITECTURE §4):
// push the outbox in order (Idempotency-Key, If-Match, op batches resent as they were), rebase on
// 412 per block and prop, then pull the change feed one page per transaction. Runs synchronously;
// the app calls it on a worker thread.
class SyncEngine
{
public:
    SyncEngine(LocalCache &cache, ApiClient &api, QString profileId);

    // What a sync is doing, for a progress display (the publish dialog's steps).
    enum class Step
    {
        PushingEdits,    // detail: the entity id
        UploadingAssets, // detail: "" while comparing with the server, then "<n>/<m>" per file
        Publishing,      // detail: the customization id
        Pulling,         // detail: ""
    };

    struct Options
    {
        int maxAttempts = 5;     // per request, for transient failures
        int backoffBaseMs = 200; // full jitter: random(0, min(cap, base * 2^attempt))
        int backoffCapMs = 8000;
        int maxRetryAfterSeconds = 60;
        bool allowMassDelete = false;      // a pull that would delete more than half of the sites
        std::function<void(int ms)> sleep; // injectable for tests
        QString onlyWorkspace;             // push only this site's queued edits (sync --site)
        // Reads a site asset "<sha256>.<ext>" from the local store (publishing uploads missing
        // ones).
        std::function<Result<QByteArray>(const QString &fileName)> readAsset;
        // Stores a downloaded asset; pulled documents' assets are fetched when this is set.
        std::function<Result<void>(const QString &fileName, const QByteArray &data,
                                   const QString &workspaceId)>
            writeAsset;
        // Called on the syncing thread as the sync moves on (see Step).
        std::function<void(Step step, const QString &detail)> progress;
    };
    void setOptions(const Options &o) { m_options = o; }

    Result<SyncReport> sync();
    Result<SyncReport> push();
    Result<SyncReport> pull();

private:
    class Impl;
    LocalCache &m_cache;
    ApiClient &m_api;
    QString m_profile;
    Options m_options;
};

} // namespace ss::sync
