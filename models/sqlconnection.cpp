#include "sqlconnection.h"

#include "logging.h"

#include <QSqlError>

namespace ss {

Result<QSqlQuery> SqlConnection::exec(const QString &sql, const QVariantList &binds)
{
    if (m_failCountdown > 0 && --m_failCountdown == 0) {
        qCWarning(lcSql) << "injected failure for:" << sql.simplified().left(80);
        return fail(QStringLiteral("injected failure (test hook)"), m_where);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    bool ok;
    if (binds.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        if (ok) {
            for (const QVariant &b : binds)
                q.addBindValue(b);
            ok = q.exec();
        }
    }
    if (!ok) {
        const QString msg = q.lastError().text();
        qCWarning(lcSql) << "statement failed:" << msg << "in" << sql.simplified().left(120);
        return fail(msg, m_where);
    }
    return q;
}

Result<void> SqlConnection::transaction(const std::function<Result<void>()> &body)
{
    if (m_inTransaction)
        return body();
    if (auto r = exec(m_begin); !r)
        return std::unexpected(r.error());
    m_inTransaction = true;
    Result<void> result = body();
    m_inTransaction = false;
    if (result) {
        if (auto r = exec(QStringLiteral("COMMIT")); !r) {
            (void)exec(QStringLiteral("ROLLBACK"));
            return std::unexpected(r.error());
        }
        return {};
    }
    // Roll back even if the test hook is armed: the funnel never leaves a transaction open.
    const int saved = m_failCountdown;
    m_failCountdown = 0;
    (void)exec(QStringLiteral("ROLLBACK"));
    m_failCountdown = saved;
    return result;
}

} // namespace ss
