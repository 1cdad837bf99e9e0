#include "ruleruns.h"

#include "json.h"
#include "localcache.h"
#include "scheduler.h"

#include <QCborMap>
#include <QUuid>

namespace ss::sync {

namespace {

// Times come as UTC seconds or ISO 8601; null stays null.
QVariant secs(const QCborValue &v)
{
    const auto t = automation::timestampSecs(v);
    return t ? QVariant(*t) : QVariant();
}

} // namespace

Result<int> storeServerRuns(LocalCache &cache, const QString &ruleId, const QCborArray &runs)
{
    int stored = 0;
    auto tx = cache.transaction([&]() -> Result<void> {
        for (qsizetype i = 0; i < runs.size(); ++i) {
            const QCborMap run = runs.at(i).toMap();
            const QString slot = run.value(QStringLiteral("slot")).toString();
            const QString status = run.value(QStringLiteral("status")).toString();
            const QVariant scheduled = secs(run.value(QStringLiteral("scheduled_at")));
            if (slot.isEmpty() || status.isEmpty() || !scheduled.isValid())
                return fail(QStringLiteral("a run needs slot, status and scheduled_at"),
                            QStringLiteral("runs[%1]").arg(i));
            QString id = run.value(QStringLiteral("id")).toString();
            if (id.isEmpty())
                id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString origin =
                run.value(QStringLiteral("origin")).toString(QStringLiteral("server"));
            auto e = cache.exec(
                QStringLiteral(
                    "INSERT INTO automation_runs (id, rule_id, slot, scheduled_at, day_key, "
                    "status, reason, executed_at, trace_json, origin) VALUES (?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?) ON CONFLICT (rule_id, slot) DO UPDATE SET status = "
                    "excluded.status, reason = excluded.reason, executed_at = "
                    "excluded.executed_at, trace_json = excluded.trace_json"),
                {id, ruleId, slot, scheduled, run.value(QStringLiteral("day_key")).toString(),
                 status, run.value(QStringLiteral("reason")).toString(),
                 secs(run.value(QStringLiteral("executed_at"))),
                 QString::fromUtf8(json::write(run.value(QStringLiteral("trace")).toMap())),
                 origin});
            if (!e)
                return std::unexpected(e.error());
            ++stored;
        }
        return {};
    });
    if (!tx)
        return std::unexpected(tx.error());
    return stored;
}

} // namespace ss::sync
