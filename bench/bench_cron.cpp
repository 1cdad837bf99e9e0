// nextAfter computations per second for typical cron expressions (target >= 1,000,000/s), in UTC
// and in a DST zone (Europe/Riga), each chained from the previous run.
#include "benchutil.h"
#include "cron.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace ss;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const char *exprs[] = {"*/15 * * * *", "0 9 * * 1",  "0 9 * * mon-fri", "30 2 * * *",
                           "0 0 1 * *",    "@hourly",    "0 0 29 2 *",      "5 4 * * sun",
                           "0 */6 * * *",  "0 0 1 * mon"};
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200000;
    double worst = 1e18;
    for (const char *zone : {"UTC", "Europe/Riga"}) {
        double total = 0;
        qint64 count = 0;
        for (const char *e : exprs) {
            auto s = CronSchedule::parse(QString::fromLatin1(e), QString::fromLatin1(zone));
            if (!s) {
                out << e << ": " << s.error().toString() << Qt::endl;
                return 1;
            }
            const QDateTime start =
                QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate);
            // nextAfter(QDateTime): the result is a QDateTime in the zone.
            QDateTime t = start;
            double t0 = bench::nowMs();
            for (int i = 0; i < n; ++i) {
                std::optional<QDateTime> next = s->nextAfter(t);
                t = next ? *next : start;
            }
            const double msDt = bench::nowMs() - t0;
            // nextAfterSecs: seconds in, seconds out (what a scheduler ticking on UTC uses).
            qint64 ts = start.toSecsSinceEpoch();
            t0 = bench::nowMs();
            for (int i = 0; i < n; ++i)
                ts = s->nextAfterSecs(ts).value_or(start.toSecsSinceEpoch());
            const double ms = bench::nowMs() - t0;
            const double perSec = n / (ms / 1000);
            total += ms;
            count += n;
            worst = std::min(worst, perSec);
            out << QStringLiteral("  %1 %2  %3 nextAfterSecs/s  %4 nextAfter(QDateTime)/s\n")
                       .arg(QLatin1String(zone), -12)
                       .arg(QLatin1String(e), -18)
                       .arg(qint64(perSec), 9)
                       .arg(qint64(n / (msDt / 1000)), 9);
        }
        out << QStringLiteral("%1: %2 nextAfterSecs/s overall\n")
                   .arg(QLatin1String(zone))
                   .arg(qint64(count / (total / 1000)));
        out.flush();
    }
    out << QStringLiteral(
               "slowest expression (nextAfterSecs, both zones): %1/s (target >= 1,000,000/s)\n")
               .arg(qint64(worst));
    return 0;
}
