#pragma once

#include "result.h"
#include "storage/serverdatabase.h"

#include <QString>

#include <memory>

namespace ss::server {

// `sitehostd backup DIR` and `sitehostd restore DIR` (docs/api.md "Backup and restore").
//
// A backup folder holds
//   sitehostd.sqlite   (SQLite: a snapshot taken with the online backup API) or
//   sitehostd.pgdump   (PostgreSQL: pg_dump --format=custom),
//   assets/xx/<sha256> (the content-addressed blobs, copied after the database snapshot, so every
//                       asset the snapshot references is there: blobs are written before their
//                       row and never change or go away),
//   themes/...         (DATA_DIR/themes, when present),
//   manifest.json      (written last: a folder without it is an interrupted backup).
struct BackupTarget
{
    QString dataDir;
    ServerDatabase::Config database;
};

// Both return the summary to print, or an error that names the path and what is wrong.
Result<QString> backupTo(const BackupTarget &target, const QString &dir);
Result<QString> restoreFrom(const BackupTarget &target, const QString &dir);

// Held by a serving sitehostd for its lifetime, so `restore` can refuse to replace data under a
// running daemon: a shared flock(2) on DATA_DIR/sitehostd.lock and, on PostgreSQL, a shared
// session advisory lock (kServeLockKey) on the main thread's connection (instances on other
// machines). `restore` takes both exclusively. Released by the kernel / the database when the
// process or its connection ends, so a crashed daemon never leaves a stale lock.
class ServeLock
{
public:
    ~ServeLock();
    ServeLock(const ServeLock &) = delete;
    ServeLock &operator=(const ServeLock &) = delete;

    // `db` is the main thread's connection (PostgreSQL: the advisory lock lives in its session).
    static Result<std::unique_ptr<ServeLock>> acquire(const QString &dataDir, ServerDatabase &db);

private:
    ServeLock() = default;
    int m_fd = -1;
};

// pg_advisory_lock key shared by sitehostd instances and restore ("siteho" + "st" in ASCII).
inline constexpr qint64 kServeLockKey = 0x73697465686f7374;

} // namespace ss::server
