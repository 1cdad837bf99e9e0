// sitestudio-cli cron next / cron describe: the cron engine of automation rules (models/cron.h).
#include "clicontext.h"

#include "cron.h"

#include <QCborArray>
#include <QCborMap>
#include <QCommandLineParser>

namespace ss {

namespace {

QString isoWithOffset(const QDateTime &t)
{
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate);
}

int cronNext(CliContext &ctx)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> options{
        {QStringLiteral("tz"), QStringLiteral("IANA time zone (Europe/Riga, UTC)."),
         QStringLiteral("ZONE")},
        {QStringLiteral("from"),
         QStringLiteral("Start after this time (ISO 8601; without an offset it is read in the "
                        "zone). Default: now."),
         QStringLiteral("ISO8601")},
        {QStringLiteral("count"), QStringLiteral("How many runs to print (1-1000, default 5)."),
         QStringLiteral("N")},
    };
    if (!ctx.parse(p, QStringLiteral("cron next"), options, {QStringLiteral("tz")}, 1, 1))
        return 2;
    Result<CronSchedule> s =
        CronSchedule::parse(p.positionalArguments().first(), p.value(QStringLiteral("tz")));
    if (!s)
        return ctx.error(QStringLiteral("cron next: ") + s.error().toString(), 2);
    int count = 5;
    if (p.isSet(QStringLiteral("count"))) {
        bool ok = false;
        count = p.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || count < 1 || count > 1000)
            return ctx.error(QStringLiteral("cron next: --count must be a number from 1 to 1000"),
                             2);
    }
    QDateTime from = QDateTime::currentDateTimeUtc();
    if (p.isSet(QStringLiteral("from"))) {
        const QString text = p.value(QStringLiteral("from"));
        from = QDateTime::fromString(text, Qt::ISODate);
        if (!from.isValid())
            return ctx.error(QStringLiteral("cron next: --from \"%1\" is not an ISO 8601 date-time "
                                            "(like 2026-03-29T02:30 or 2026-03-29T02:30:00+03:00)")
                                 .arg(text),
                             2);
        if (from.timeSpec() == Qt::LocalTime)
            from = QDateTime(from.date(), from.time(), s->timeZone());
    }
    QCborArray runs;
    QDateTime t = from;
    for (int i = 0; i < count; ++i) {
        const std::optional<QDateTime> n = s->nextAfter(t);
        if (!n)
            break;
        QCborMap m;
        m.insert(QStringLiteral("at"), isoWithOffset(*n));
        m.insert(QStringLiteral("utc"), n->toUTC().toString(Qt::ISODate));
        runs.append(m);
        t = *n;
    }
    if (ctx.json) {
        QCborMap m;
        m.insert(QStringLiteral("expression"), s->expression());
        m.insert(QStringLiteral("timeZone"), s->timeZoneId());
        m.insert(QStringLiteral("description"), s->describe());
        m.insert(QStringLiteral("runs"), runs);
        ctx.printJson(m);
        return 0;
    }
    for (const QCborValue &v : runs)
        ctx.out << v.toMap().value(QStringLiteral("at")).toString() << "\n";
    if (runs.isEmpty())
        ctx.out << "(no run before the end of " << CronSchedule::maxYear << ")\n";
    ctx.out.flush();
    return 0;
}

int cronDescribe(CliContext &ctx)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> options{
        {QStringLiteral("tz"), QStringLiteral("IANA time zone to name in the description."),
         QStringLiteral("ZONE")},
    };
    if (!ctx.parse(p, QStringLiteral("cron describe"), options, {}, 1, 1))
        return 2;
    const QString zone =
        p.isSet(QStringLiteral("tz")) ? p.value(QStringLiteral("tz")) : QStringLiteral("UTC");
    Result<CronSchedule> s = CronSchedule::parse(p.positionalArguments().first(), zone);
    if (!s)
        return ctx.error(QStringLiteral("cron describe: ") + s.error().toString(), 2);
    QString text = s->describe();
    if (p.isSet(QStringLiteral("tz")))
        text += QStringLiteral(", ") + s->timeZoneId();
    if (ctx.json) {
        QCborMap m;
        m.insert(QStringLiteral("expression"), s->expression());
        m.insert(QStringLiteral("timeZone"), s->timeZoneId());
        m.insert(QStringLiteral("description"), text);
        ctx.printJson(m);
        return 0;
    }
    ctx.out << text << "\n";
    ctx.out.flush();
    return 0;
}

} // namespace

void registerCronCommands(QList<CliCommand> &commands)
{
    commands << CliCommand{
        {QStringLiteral("cron"), QStringLiteral("next")},
        QStringLiteral("cron next \"EXPR\" --tz ZONE [--from ISO8601] [--count N] [--json]"),
        QStringLiteral(
            "Print the next runs of a cron expression in an IANA time zone (Debian cron rules: "
            "5 fields or @hourly/@daily/@weekly/@monthly/@yearly; a fixed time in the DST gap "
            "runs right after the change, in the repeated hour once)."),
        cronNext};
    commands << CliCommand{
        {QStringLiteral("cron"), QStringLiteral("describe")},
        QStringLiteral("cron describe \"EXPR\" [--tz ZONE] [--json]"),
        QStringLiteral("Describe a cron expression in words (\"At 09:00 on Monday\")."),
        cronDescribe};
}

} // namespace ss
