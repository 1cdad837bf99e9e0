#include "dryrunexecutor.h"

namespace ss::automation {

QString DescribingExecutor::describe(const Action &action)
{
    const QCborMap &p = action.params;
    const auto str = [&p](const char *key) { return p.value(QLatin1String(key)).toString(); };
    const auto num = [&p](const char *key, qint64 fallback) {
        const QCborValue v = p.value(QLatin1String(key));
        return v.isInteger() ? v.toInteger() : fallback;
    };
    const QString &t = action.type;
    if (t == QLatin1String("publish_theme"))
        return str("customization_id").isEmpty()
                   ? QStringLiteral("would publish the site's active theme")
                   : QStringLiteral("would publish theme customization %1")
                         .arg(str("customization_id"));
    if (t == QLatin1String("rollback"))
        return p.value(QStringLiteral("revision")).isInteger()
                   ? QStringLiteral("would roll the live site back to revision %1")
                         .arg(num("revision", 0))
                   : QStringLiteral("would roll the live site back to the previous published "
                                    "revision");
    if (t == QLatin1String("sync_workspace"))
        return QStringLiteral("would sync the site with the server (desktop app)");
    if (t == QLatin1String("export_static"))
        return QStringLiteral("would export the site as static HTML to %1 (desktop app)")
            .arg(str("folder"));
    if (t == QLatin1String("backup"))
        return p.value(QStringLiteral("keep")).isInteger()
                   ? QStringLiteral("would back up the site bundle, keeping the last %1")
                         .arg(num("keep", 0))
                   : QStringLiteral("would back up the site bundle");
    if (t == QLatin1String("webhook"))
        return QStringLiteral("would POST the event as JSON to %1%2 (timeout %3 ms, %4 retries)")
            .arg(str("url"),
                 str("secret").isEmpty() ? QString() : QStringLiteral(", signed with HMAC-SHA256"))
            .arg(num("timeout_ms", 5000))
            .arg(num("retries", 2));
    if (t == QLatin1String("notify"))
        return QStringLiteral("would notify: %1").arg(str("message"));
    if (t == QLatin1String("set_tier"))
        return QStringLiteral("would change the account's plan to %1").arg(str("tier"));
    return QStringLiteral("would run %1").arg(t);
}

ActionResult DescribingExecutor::execute(const Rule &, const Action &action, const Event &, bool)
{
    ActionResult r;
    r.ok = true;
    r.message = describe(action);
    return r;
}

} // namespace ss::automation
