#pragma once

#include "result.h"
#include "sqlconnection.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

namespace ss {

// The local SQLite cache: the source of truth for drafts (ARCHITECTURE §4). WAL,
// synchronous=FULL, migrations by user_version, and one failure funnel (exec) through which every
// statement goes: it logs, reports errors as values and can be told to fail the Nth call (tests).
class LocalCache
{
public:
    ~LocalCache();
    LocalCache(const LocalCache &) = delete;
    LocalCache &operator=(const LocalCache &) = delete;

    // Opens (creating if needed) the cache file and brings its schema up to date.
    static Result<std::unique_ptr<LocalCache>> open(const QString &path);
    // The cache file inside a data dir ("<dir>/cache.sqlite"); the dir is created.
    static QString pathIn(const QString &dataDir);

    static constexpr int kSchemaVersion = 4;
    int schemaVersion();
    const QString &path() const { return m_path; }

    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {})
    {
        return m_sql.exec(sql, binds);
    }
    // Runs `body` in a transaction: commits if it returns a value, rolls back otherwise.
    Result<void> transaction(const std::function<Result<void>()> &body)
    {
        return m_sql.transaction(body);
    }
    bool inTransaction() const { return m_sql.inTransaction(); }
    // The connection itself, for stores that work on any SqlConnection (automation's SqlRunStore).
    SqlConnection &sql() { return m_sql; }

    // Test hook: the Nth statement from now (1 = the next one) fails; 0 turns it off.
    void failNthCall(int n) { m_sql.failNthCall(n); }

    Result<QString> integrityCheck();

private:
    LocalCache() = default;
    Result<void> migrate();

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    SqlConnection m_sql;
};

} // namespace ss
