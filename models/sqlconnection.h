#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

namespace ss {

// The one failure funnel for SQL: every statement goes through exec(), which reports errors as
// values and logs them, transaction() commits only when its body succeeds, and a test can make
// the Nth statement fail. Used by the local cache and by sitehostd's database.
class SqlConnection
{
public:
    SqlConnection() = default;
    // `begin` is the statement that opens a write transaction (BEGIN IMMEDIATE for SQLite).
    SqlConnection(QSqlDatabase db, QString begin, QString where)
        : m_db(std::move(db))
        , m_begin(std::move(begin))
        , m_where(std::move(where))
    {}

    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {});
    // Runs `body` in a transaction: commits if it returns a value, rolls back otherwise. Nested
    // calls are part of the outer transaction.
    Result<void> transaction(const std::function<Result<void>()> &body);
    bool inTransaction() const { return m_inTransaction; }

    // Test hook: the Nth statement from now (1 = the next one) fails; 0 turns it off.
    void failNthCall(int n) { m_failCountdown = n; }

    QSqlDatabase &database() { return m_db; }

private:
    QSqlDatabase m_db;
    QString m_begin;
    QString m_where;
    int m_failCountdown = 0;
    bool m_inTransaction = false;
};

} // namespace ss
