#pragma once

#include "result.h"
#include "sqlconnection.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

namespace ss::server {

// sitehostd's database: SQLite (WAL, the embedded default) or PostgreSQL, through QtSql. One
// connection per thread (QtSql connections are thread-bound); every statement goes through exec(),
// which reports errors as values. Transactions serialize writers (BEGIN IMMEDIATE on SQLite, row
// locks on PostgreSQL).
class ServerDatabase
{
public:
    enum class Dialect
    {
        SQLite,
        PostgreSQL
    };

    struct Config
    {
        Dialect dialect = Dialect::SQLite;
        QString sqlitePath;
        QString host, database, user, password;
        int port = 5432;
    };

    // "postgresql://user:pass@host:port/db" or a SQLite file path.
    static Result<Config> parseUrl(const QString &url);

    // Opens the calling thread's connection (call once per thread) and, from the main thread,
    // creates or migrates the schema.
    static Result<ServerDatabase *> forThisThread(const Config &config);
    static Result<void> migrate(const Config &config);

    Dialect dialect() const { return m_config.dialect; }
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {})
    {
        return m_sql.exec(sql, binds);
    }
    Result<void> transaction(const std::function<Result<void>()> &body)
    {
        return m_sql.transaction(body);
    }
    bool inTransaction() const { return m_sql.inTransaction(); }
    // The connection itself (for shared stores such as automation::SqlRunStore).
    SqlConnection &sql() { return m_sql; }

    // Test hook: the Nth statement from now fails (0 = off).
    void failNthCall(int n) { m_sql.failNthCall(n); }

    static constexpr int kSchemaVersion = 4;

private:
    explicit ServerDatabase(const Config &c)
        : m_config(c)
    {}
    Result<void> open();

    Config m_config;
    QString m_connection;
    QSqlDatabase m_db;
    SqlConnection m_sql;
};

} // namespace ss::server
