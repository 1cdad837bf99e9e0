// Cron conformance: expected next runs (UTC, generated with Debian's python3-croniter where its
// semantics equal cronie's; cronie-specific cases by hand), DST tables written by hand from Debian
// cron's rules (see models/cron.h), a property test against a brute-force minute scanner, and
// every kind of bad input with its message.
#include "cron.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ss;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QString isoUtc(const std::optional<QDateTime> &t)
{
    return t ? t->toUTC().toString(Qt::ISODate) : QStringLiteral("none");
}

struct UtcCase
{
    const char *expr;
    const char *from;
    const char *next;
};

const UtcCase utcCases[] = {
    {"* * * * *", "2024-01-01T00:00:00", "2024-01-01T00:01:00"},
    {"* * * * *", "2099-12-31T23:59:00", "2100-01-01T00:00:00"},
    {"* * * * *", "1999-12-31T23:59:59", "2000-01-01T00:00:00"},
    {"* * * * *", "2199-06-15T00:00:00", "2199-06-15T00:01:00"},
    {"*/15 * * * *", "2026-11-22T04:20:30", "2026-11-22T04:30:00"},
    {"*/15 * * * *", "2100-02-27T10:00:00", "2100-02-27T10:15:00"},
    {"*/15 * * * *", "2000-02-28T12:00:00", "2000-02-28T12:15:00"},
    {"*/15 * * * *", "2027-02-28T23:59:00", "2027-03-01T00:00:00"},
    {"0 * * * *", "2024-01-01T00:00:00", "2024-01-01T01:00:00"},
    {"0 * * * *", "2099-12-31T23:59:00", "2100-01-01T00:00:00"},
    {"0 * * * *", "1999-12-31T23:59:59", "2000-01-01T00:00:00"},
    {"0 * * * *", "2199-06-15T00:00:00", "2199-06-15T01:00:00"},
    {"30 9 * * *", "2026-11-22T04:20:30", "2026-11-22T09:30:00"},
    {"30 9 * * *", "2100-02-27T10:00:00", "2100-02-28T09:30:00"},
    {"30 9 * * *", "2000-02-28T12:00:00", "2000-02-29T09:30:00"},
    {"30 9 * * *", "2027-02-28T23:59:00", "2027-03-01T09:30:00"},
    {"0 9 * * 1", "2024-01-01T00:00:00", "2024-01-01T09:00:00"},
    {"0 9 * * 1", "2099-12-31T23:59:00", "2100-01-04T09:00:00"},
    {"0 9 * * 1", "1999-12-31T23:59:59", "2000-01-03T09:00:00"},
    {"0 9 * * 1", "2199-06-15T00:00:00", "2199-06-17T09:00:00"},
    {"0 9 * * mon-fri", "2026-11-22T04:20:30", "2026-11-23T09:00:00"},
    {"0 9 * * mon-fri", "2100-02-27T10:00:00", "2100-03-01T09:00:00"},
    {"0 9 * * mon-fri", "2000-02-28T12:00:00", "2000-02-29T09:00:00"},
    {"0 9 * * mon-fri", "2027-02-28T23:59:00", "2027-03-01T09:00:00"},
    {"15 14 1 * *", "2024-01-01T00:00:00", "2024-01-01T14:15:00"},
    {"15 14 1 * *", "2099-12-31T23:59:00", "2100-01-01T14:15:00"},
    {"15 14 1 * *", "1999-12-31T23:59:59", "2000-01-01T14:15:00"},
    {"15 14 1 * *", "2199-06-15T00:00:00", "2199-07-01T14:15:00"},
    {"0 0 29 2 *", "2024-01-01T00:00:00", "2024-02-29T00:00:00"},
    {"0 0 29 2 *", "2026-11-22T04:20:30", "2028-02-29T00:00:00"},
    {"0 0 29 2 *", "2099-12-31T23:59:00", "2104-02-29T00:00:00"},
    {"0 0 29 2 *", "2100-02-27T10:00:00", "2104-02-29T00:00:00"},
    {"0 0 29 2 *", "1999-12-31T23:59:59", "2000-02-29T00:00:00"},
    {"0 0 29 2 *", "2000-02-28T12:00:00", "2000-02-29T00:00:00"},
    {"0 0 29 2 *", "2027-02-28T23:59:00", "2028-02-29T00:00:00"},
    {"0 12 29 2 *", "2024-01-01T00:00:00", "2024-02-29T12:00:00"},
    {"0 12 29 2 *", "2026-11-22T04:20:30", "2028-02-29T12:00:00"},
    {"0 12 29 2 *", "2099-12-31T23:59:00", "2104-02-29T12:00:00"},
    {"0 12 29 2 *", "2100-02-27T10:00:00", "2104-02-29T12:00:00"},
    {"0 12 29 2 *", "1999-12-31T23:59:59", "2000-02-29T12:00:00"},
    {"0 12 29 2 *", "2000-02-28T12:00:00", "2000-02-29T12:00:00"},
    {"0 12 29 2 *", "2027-02-28T23:59:00", "2028-02-29T12:00:00"},
    {"0 0 1 1 *", "2026-11-22T04:20:30", "2027-01-01T00:00:00"},
    {"0 0 1 1 *", "2100-02-27T10:00:00", "2101-01-01T00:00:00"},
    {"0 0 1 1 *", "2000-02-28T12:00:00", "2001-01-01T00:00:00"},
    {"0 0 1 1 *", "2027-02-28T23:59:00", "2028-01-01T00:00:00"},
    {"59 23 31 12 *", "2024-01-01T00:00:00", "2024-12-31T23:59:00"},
    {"59 23 31 12 *", "2099-12-31T23:59:00", "2100-12-31T23:59:00"},
    {"59 23 31 12 *", "1999-12-31T23:59:59", "2000-12-31T23:59:00"},
    {"59 23 31 12 *", "2199-06-15T00:00:00", "2199-12-31T23:59:00"},
    {"0 0 31 * *", "2026-11-22T04:20:30", "2026-12-31T00:00:00"},
    {"0 0 31 * *", "2100-02-27T10:00:00", "2100-03-31T00:00:00"},
    {"0 0 31 * *", "2000-02-28T12:00:00", "2000-03-31T00:00:00"},
    {"0 0 31 * *", "2027-02-28T23:59:00", "2027-03-31T00:00:00"},
    {"0 0 1,15 * *", "2024-01-01T00:00:00", "2024-01-15T00:00:00"},
    {"0 0 1,15 * *", "2099-12-31T23:59:00", "2100-01-01T00:00:00"},
    {"0 0 1,15 * *", "1999-12-31T23:59:59", "2000-01-01T00:00:00"},
    {"0 0 1,15 * *", "2199-06-15T00:00:00", "2199-07-01T00:00:00"},
    {"0 0 1 * mon", "2026-11-22T04:20:30", "2026-11-23T00:00:00"},
    {"0 0 1 * mon", "2100-02-27T10:00:00", "2100-03-01T00:00:00"},
    {"0 0 1 * mon", "2000-02-28T12:00:00", "2000-03-01T00:00:00"},
    {"0 0 1 * mon", "2027-02-28T23:59:00", "2027-03-01T00:00:00"},
    {"0 0 13 * fri", "2024-01-01T00:00:00", "2024-01-05T00:00:00"},
    {"0 0 13 * fri", "2099-12-31T23:59:00", "2100-01-01T00:00:00"},
    {"0 0 13 * fri", "1999-12-31T23:59:59", "2000-01-07T00:00:00"},
    {"0 0 13 * fri", "2199-06-15T00:00:00", "2199-06-21T00:00:00"},
    {"0 0 * * 0", "2026-11-22T04:20:30", "2026-11-29T00:00:00"},
    {"0 0 * * 0", "2100-02-27T10:00:00", "2100-02-28T00:00:00"},
    {"0 0 * * 0", "2000-02-28T12:00:00", "2000-03-05T00:00:00"},
    {"0 0 * * 0", "2027-02-28T23:59:00", "2027-03-07T00:00:00"},
    {"0 0 * * 7", "2024-01-01T00:00:00", "2024-01-07T00:00:00"},
    {"0 0 * * 7", "2099-12-31T23:59:00", "2100-01-03T00:00:00"},
    {"0 0 * * 7", "1999-12-31T23:59:59", "2000-01-02T00:00:00"},
    {"0 0 * * 7", "2199-06-15T00:00:00", "2199-06-16T00:00:00"},
    {"0 0 * * sun", "2026-11-22T04:20:30", "2026-11-29T00:00:00"},
    {"0 0 * * sun", "2100-02-27T10:00:00", "2100-02-28T00:00:00"},
    {"0 0 * * sun", "2000-02-28T12:00:00", "2000-03-05T00:00:00"},
    {"0 0 * * sun", "2027-02-28T23:59:00", "2027-03-07T00:00:00"},
    {"1-30/5 * * * *", "2024-01-01T00:00:00", "2024-01-01T00:01:00"},
    {"1-30/5 * * * *", "2099-12-31T23:59:00", "2100-01-01T00:01:00"},
    {"1-30/5 * * * *", "1999-12-31T23:59:59", "2000-01-01T00:01:00"},
    {"1-30/5 * * * *", "2199-06-15T00:00:00", "2199-06-15T00:01:00"},
    {"0 */6 * * *", "2026-11-22T04:20:30", "2026-11-22T06:00:00"},
    {"0 */6 * * *", "2100-02-27T10:00:00", "2100-02-27T12:00:00"},
    {"0 */6 * * *", "2000-02-28T12:00:00", "2000-02-28T18:00:00"},
    {"0 */6 * * *", "2027-02-28T23:59:00", "2027-03-01T00:00:00"},
    {"0 8-18/2 * * 1-5", "2024-01-01T00:00:00", "2024-01-01T08:00:00"},
    {"0 8-18/2 * * 1-5", "2099-12-31T23:59:00", "2100-01-01T08:00:00"},
    {"0 8-18/2 * * 1-5", "1999-12-31T23:59:59", "2000-01-03T08:00:00"},
    {"0 8-18/2 * * 1-5", "2199-06-15T00:00:00", "2199-06-17T08:00:00"},
    {"0 0 * jan,jul *", "2026-11-22T04:20:30", "2027-01-01T00:00:00"},
    {"0 0 * jan,jul *", "2100-02-27T10:00:00", "2100-07-01T00:00:00"},
    {"0 0 * jan,jul *", "2000-02-28T12:00:00", "2000-07-01T00:00:00"},
    {"0 0 * jan,jul *", "2027-02-28T23:59:00", "2027-07-01T00:00:00"},
    {"0 0 1 JAN-MAR *", "2024-01-01T00:00:00", "2024-02-01T00:00:00"},
    {"0 0 1 JAN-MAR *", "2099-12-31T23:59:00", "2100-01-01T00:00:00"},
    {"0 0 1 JAN-MAR *", "1999-12-31T23:59:59", "2000-01-01T00:00:00"},
    {"0 0 1 JAN-MAR *", "2199-06-15T00:00:00", "2200-01-01T00:00:00"},
    {"0 0 29 2 1", "2024-01-01T00:00:00", "2024-02-05T00:00:00"},
    {"0 0 29 2 1", "2026-11-22T04:20:30", "2027-02-01T00:00:00"},
    {"0 0 29 2 1", "2099-12-31T23:59:00", "2100-02-01T00:00:00"},
    {"0 0 29 2 1", "2100-02-27T10:00:00", "2101-02-07T00:00:00"},
    {"0 0 29 2 1", "1999-12-31T23:59:59", "2000-02-07T00:00:00"},
    {"0 0 29 2 1", "2000-02-28T12:00:00", "2000-02-29T00:00:00"},
    {"0 0 29 2 1", "2199-06-15T00:00:00", "2200-02-03T00:00:00"},
    {"0 0 29 2 1", "2027-02-28T23:59:00", "2028-02-07T00:00:00"},
    {"0 0 * 2 1", "2024-01-01T00:00:00", "2024-02-05T00:00:00"},
    {"0 0 * 2 1", "2099-12-31T23:59:00", "2100-02-01T00:00:00"},
    {"0 0 * 2 1", "1999-12-31T23:59:59", "2000-02-07T00:00:00"},
    {"0 0 * 2 1", "2199-06-15T00:00:00", "2200-02-03T00:00:00"},
    {"45 23 28-31 2 *", "2026-11-22T04:20:30", "2027-02-28T23:45:00"},
    {"45 23 28-31 2 *", "2100-02-27T10:00:00", "2100-02-28T23:45:00"},
    {"45 23 28-31 2 *", "2000-02-28T12:00:00", "2000-02-28T23:45:00"},
    {"45 23 28-31 2 *", "2027-02-28T23:59:00", "2028-02-28T23:45:00"},
    {"0 0 30 4,6,9,11 *", "2024-01-01T00:00:00", "2024-04-30T00:00:00"},
    {"0 0 30 4,6,9,11 *", "2099-12-31T23:59:00", "2100-04-30T00:00:00"},
    {"0 0 30 4,6,9,11 *", "1999-12-31T23:59:59", "2000-04-30T00:00:00"},
    {"0 0 30 4,6,9,11 *", "2199-06-15T00:00:00", "2199-06-30T00:00:00"},
    {"0 0 31 1-12 *", "2026-11-22T04:20:30", "2026-12-31T00:00:00"},
    {"0 0 31 1-12 *", "2100-02-27T10:00:00", "2100-03-31T00:00:00"},
    {"0 0 31 1-12 *", "2000-02-28T12:00:00", "2000-03-31T00:00:00"},
    {"0 0 31 1-12 *", "2027-02-28T23:59:00", "2027-03-31T00:00:00"},
    {"5 4 * * SAT,Sun", "2024-01-01T00:00:00", "2024-01-06T04:05:00"},
    {"5 4 * * SAT,Sun", "2099-12-31T23:59:00", "2100-01-02T04:05:00"},
    {"5 4 * * SAT,Sun", "1999-12-31T23:59:59", "2000-01-01T04:05:00"},
    {"5 4 * * SAT,Sun", "2199-06-15T00:00:00", "2199-06-15T04:05:00"},
    {"0 0 15 * 3", "2026-11-22T04:20:30", "2026-11-25T00:00:00"},
    {"0 0 15 * 3", "2100-02-27T10:00:00", "2100-03-03T00:00:00"},
    {"0 0 15 * 3", "2000-02-28T12:00:00", "2000-03-01T00:00:00"},
    {"0 0 15 * 3", "2027-02-28T23:59:00", "2027-03-03T00:00:00"},
    {"0 22 * * 1-5", "2024-01-01T00:00:00", "2024-01-01T22:00:00"},
    {"0 22 * * 1-5", "2099-12-31T23:59:00", "2100-01-01T22:00:00"},
    {"0 22 * * 1-5", "1999-12-31T23:59:59", "2000-01-03T22:00:00"},
    {"0 22 * * 1-5", "2199-06-15T00:00:00", "2199-06-17T22:00:00"},
    {"23 0-20/2 * * *", "2026-11-22T04:20:30", "2026-11-22T04:23:00"},
    {"23 0-20/2 * * *", "2100-02-27T10:00:00", "2100-02-27T10:23:00"},
    {"23 0-20/2 * * *", "2000-02-28T12:00:00", "2000-02-28T12:23:00"},
    {"23 0-20/2 * * *", "2027-02-28T23:59:00", "2027-03-01T00:23:00"},
    {"0 0,12 1 */2 *", "2024-01-01T00:00:00", "2024-01-01T12:00:00"},
    {"0 0,12 1 */2 *", "2099-12-31T23:59:00", "2100-01-01T00:00:00"},
    {"0 0,12 1 */2 *", "1999-12-31T23:59:59", "2000-01-01T00:00:00"},
    {"0 0,12 1 */2 *", "2199-06-15T00:00:00", "2199-07-01T00:00:00"},
    {"0 0 1 1 5", "2026-11-22T04:20:30", "2027-01-01T00:00:00"},
    {"0 0 1 1 5", "2100-02-27T10:00:00", "2101-01-01T00:00:00"},
    {"0 0 1 1 5", "2000-02-28T12:00:00", "2001-01-01T00:00:00"},
    {"0 0 1 1 5", "2027-02-28T23:59:00", "2028-01-01T00:00:00"},
    {"7 7 7 7 *", "2024-01-01T00:00:00", "2024-07-07T07:07:00"},
    {"7 7 7 7 *", "2099-12-31T23:59:00", "2100-07-07T07:07:00"},
    {"7 7 7 7 *", "1999-12-31T23:59:59", "2000-07-07T07:07:00"},
    {"7 7 7 7 *", "2199-06-15T00:00:00", "2199-07-07T07:07:00"},
    {"0 0 29 2 sun", "2026-11-22T04:20:30", "2027-02-07T00:00:00"},
    {"0 0 29 2 sun", "2100-02-27T10:00:00", "2100-02-28T00:00:00"},
    {"0 0 29 2 sun", "2000-02-28T12:00:00", "2000-02-29T00:00:00"},
    {"0 0 29 2 sun", "2027-02-28T23:59:00", "2028-02-06T00:00:00"},
    // cronie-specific (croniter differs): a field starting with '*' makes DOM/DOW an AND.
    {"0 0 */2 * 1", "2026-11-22T00:00:00", "2026-11-23T00:00:00"},
    {"0 0 */2 * 1", "2026-11-23T00:00:00", "2026-12-07T00:00:00"},
    {"0 0 1 * */1", "2026-11-22T00:00:00", "2026-12-01T00:00:00"},
    {"0 0 29 2 0-6", "2026-11-22T00:00:00", "2027-02-01T00:00:00"},
    {"0 0 13 * 5", "2026-11-22T00:00:00", "2026-11-27T00:00:00"},
    {"0 0 */10 * sun", "2026-01-01T00:00:00", "2026-01-11T00:00:00"},
    // "5/10" = 5-59/10 as cronie.
    {"5/10 * * * *", "2026-11-22T04:06:00", "2026-11-22T04:15:00"},
    {"5/10 * * * *", "2026-11-22T04:55:00", "2026-11-22T05:05:00"},
    {"0 20/2 * * *", "2026-11-22T23:00:00", "2026-11-23T20:00:00"},
    {"0 0 * * 5-7", "2026-11-22T00:00:00", "2026-11-27T00:00:00"},
    {"0 0 * * 6-7", "2026-11-22T00:00:00", "2026-11-28T00:00:00"},
    {"@hourly", "2026-11-22T04:20:00", "2026-11-22T05:00:00"},
    {"@daily", "2026-11-22T04:20:00", "2026-11-23T00:00:00"},
    {"@midnight", "2026-11-22T04:20:00", "2026-11-23T00:00:00"},
    {"@weekly", "2026-11-22T04:20:00", "2026-11-29T00:00:00"},
    {"@monthly", "2026-11-22T04:20:00", "2026-12-01T00:00:00"},
    {"@yearly", "2026-11-22T04:20:00", "2027-01-01T00:00:00"},
    {"@ANNUALLY", "2026-11-22T04:20:00", "2027-01-01T00:00:00"},
    {"0 0 29 2 *", "2096-03-01T00:00:00", "2104-02-29T00:00:00"},
    {"0 0 29 2 *", "2196-03-01T00:00:00", "none"},
    {"59 23 31 12 *", "2200-12-31T23:59:00", "none"},
    {"0 0 * * Mon", "2200-12-29T00:00:00", "none"},
};

// Runs in a DST zone, written by hand: each step is the next run after the previous one.
struct DstCase
{
    const char *zone;
    const char *expr;
    const char *from;    // UTC
    const char *runs[6]; // UTC, in order
};

const DstCase dstCases[] = {
    // Europe/Riga 2026: 03:00 EET -> 04:00 EEST on 29 Mar (01:00Z); 04:00 EEST -> 03:00 EET on 25
    // Oct (01:00Z).
    {"Europe/Riga",
     "30 3 * * *",
     "2026-03-28T12:00:00",
     {"2026-03-29T01:00:00", "2026-03-30T00:30:00"}},
    {"Europe/Riga",
     "0 3 * * *",
     "2026-03-28T12:00:00",
     {"2026-03-29T01:00:00", "2026-03-30T00:00:00"}},
    {"Europe/Riga",
     "0,30 3 * * *",
     "2026-03-28T12:00:00",
     {"2026-03-29T01:00:00", "2026-03-30T00:00:00", "2026-03-30T00:30:00"}},
    {"Europe/Riga",
     "0 3,4 * * *",
     "2026-03-28T12:00:00",
     {"2026-03-29T01:00:00", "2026-03-30T00:00:00", "2026-03-30T01:00:00"}},
    {"Europe/Riga",
     "30 3,4 * * *",
     "2026-03-28T12:00:00",
     {"2026-03-29T01:00:00", "2026-03-29T01:30:00", "2026-03-30T00:30:00"}},
    {"Europe/Riga",
     "*/30 * * * *",
     "2026-03-29T00:45:00",
     {"2026-03-29T01:00:00", "2026-03-29T01:30:00"}},
    {"Europe/Riga",
     "15 * * * *",
     "2026-03-29T00:00:00",
     {"2026-03-29T00:15:00", "2026-03-29T01:15:00", "2026-03-29T02:15:00"}},
    {"Europe/Riga",
     "30 3 * * *",
     "2026-10-24T12:00:00",
     {"2026-10-25T00:30:00", "2026-10-26T01:30:00"}},
    {"Europe/Riga",
     "*/30 * * * *",
     "2026-10-25T00:45:00",
     {"2026-10-25T01:00:00", "2026-10-25T01:30:00", "2026-10-25T02:00:00"}},
    {"Europe/Riga",
     "15 * * * *",
     "2026-10-25T00:00:00",
     {"2026-10-25T00:15:00", "2026-10-25T01:15:00", "2026-10-25T02:15:00"}},
    {"Europe/Riga",
     "30 2 * * *",
     "2026-10-24T12:00:00",
     {"2026-10-24T23:30:00", "2026-10-26T00:30:00"}},
    // America/New_York 2026: 02:00 EST -> 03:00 EDT on 8 Mar (07:00Z); 02:00 EDT -> 01:00 EST on 1
    // Nov (06:00Z).
    {"America/New_York",
     "30 2 * * *",
     "2026-03-07T17:00:00",
     {"2026-03-08T07:00:00", "2026-03-09T06:30:00"}},
    {"America/New_York",
     "0 2 * * *",
     "2026-03-08T06:00:00",
     {"2026-03-08T07:00:00", "2026-03-09T06:00:00"}},
    {"America/New_York",
     "* 2 * * *",
     "2026-03-08T06:00:00",
     {"2026-03-09T06:00:00", "2026-03-09T06:01:00"}},
    {"America/New_York",
     "30 1 * * *",
     "2026-10-31T16:00:00",
     {"2026-11-01T05:30:00", "2026-11-02T06:30:00"}},
    {"America/New_York",
     "*/20 1 * * *",
     "2026-11-01T05:00:00",
     {"2026-11-01T05:20:00", "2026-11-01T05:40:00", "2026-11-01T06:00:00", "2026-11-01T06:20:00",
      "2026-11-01T06:40:00", "2026-11-02T06:00:00"}},
    {"America/New_York",
     "0 9 * * mon",
     "2026-10-31T16:00:00",
     {"2026-11-02T14:00:00", "2026-11-09T14:00:00"}},
    // Europe/London 2026: 01:00 GMT -> 02:00 BST on 29 Mar (01:00Z); 02:00 BST -> 01:00 GMT on 25
    // Oct (01:00Z).
    {"Europe/London",
     "30 1 * * *",
     "2026-03-28T12:00:00",
     {"2026-03-29T01:00:00", "2026-03-30T00:30:00"}},
    {"Europe/London",
     "0 1 * * *",
     "2026-03-29T00:30:00",
     {"2026-03-29T01:00:00", "2026-03-30T00:00:00"}},
    {"Europe/London",
     "0 * * * *",
     "2026-03-29T00:30:00",
     {"2026-03-29T01:00:00", "2026-03-29T02:00:00"}},
    {"Europe/London",
     "30 1 * * *",
     "2026-10-24T12:00:00",
     {"2026-10-25T00:30:00", "2026-10-26T01:30:00"}},
    {"Europe/London",
     "0 * * * *",
     "2026-10-24T23:30:00",
     {"2026-10-25T00:00:00", "2026-10-25T01:00:00", "2026-10-25T02:00:00"}},
    // Australia/Lord_Howe 2026: 02:00 +10:30 -> 02:30 +11 on 4 Oct (3 Oct 15:30Z);
    // 02:00 +11 -> 01:30 +10:30 on 5 Apr (4 Apr 15:00Z).
    {"Australia/Lord_Howe",
     "15 2 * * *",
     "2026-10-03T00:00:00",
     {"2026-10-03T15:30:00", "2026-10-04T15:15:00"}},
    {"Australia/Lord_Howe",
     "45 2 * * *",
     "2026-10-03T00:00:00",
     {"2026-10-03T15:45:00", "2026-10-04T15:45:00"}},
    {"Australia/Lord_Howe",
     "*/10 2 * * *",
     "2026-10-03T15:00:00",
     {"2026-10-03T15:30:00", "2026-10-03T15:40:00", "2026-10-03T15:50:00", "2026-10-04T15:00:00"}},
    {"Australia/Lord_Howe",
     "45 1 * * *",
     "2026-04-04T00:00:00",
     {"2026-04-04T14:45:00", "2026-04-05T15:15:00"}},
    {"Australia/Lord_Howe",
     "*/15 1 * * *",
     "2026-04-04T14:20:00",
     {"2026-04-04T14:30:00", "2026-04-04T14:45:00", "2026-04-04T15:00:00", "2026-04-04T15:15:00",
      "2026-04-05T14:30:00"}},
};

// Brute force from the rules in cron.h, minute by minute over real time.
struct Brute
{
    const CronSchedule &s;
    QTimeZone zone;

    QDateTime wall(qint64 sec) const
    {
        const QDateTime u = QDateTime::fromSecsSinceEpoch(sec, Qt::UTC);
        return u.addSecs(zone.offsetFromUtc(u));
    }
    bool matches(const QDateTime &w) const
    {
        return s.matchesWallTime(w.date(), w.time().hour(), w.time().minute());
    }
    bool runsAt(qint64 sec) const
    {
        const QDateTime w = wall(sec);
        if (matches(w)) {
            if (!s.isFixedTime())
                return true;
            bool second = false;
            for (int d = 15; d <= 180 && !second; d += 15)
                second = wall(sec - d * 60) == w;
            if (!second)
                return true;
        }
        if (!s.isFixedTime())
            return false;
        const int before = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(sec - 60, Qt::UTC));
        const int now = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(sec, Qt::UTC));
        if (now <= before)
            return false;
        for (int m = 1; m * 60 <= now - before; ++m) // the skipped wall minutes
            if (matches(w.addSecs(-m * 60)))
                return true;
        return false;
    }
    std::optional<qint64> next(qint64 after, qint64 limit) const
    {
        for (qint64 sec = (after / 60 + 1) * 60; sec <= limit; sec += 60)
            if (runsAt(sec))
                return sec;
        return std::nullopt;
    }
    std::optional<qint64> prev(qint64 before, qint64 limit) const
    {
        for (qint64 sec = ((before - 1) / 60) * 60; sec >= limit; sec -= 60)
            if (runsAt(sec))
                return sec;
        return std::nullopt;
    }
};

QString randomField(QRandomGenerator &r, int lo, int hi)
{
    const auto v = [&] { return int(r.bounded(lo, hi + 1)); };
    switch (r.bounded(6)) {
    case 0:
    case 1:
        return QStringLiteral("*");
    case 2:
        return QStringLiteral("*/%1").arg(r.bounded(1, std::max(2, (hi - lo) / 2)));
    case 3: {
        int a = v(), b = v();
        return QStringLiteral("%1-%2").arg(std::min(a, b)).arg(std::max(a, b));
    }
    case 4:
        return QStringLiteral("%1,%2").arg(v()).arg(v());
    default: {
        int a = v(), b = v();
        return QStringLiteral("%1-%2/%3")
            .arg(std::min(a, b))
            .arg(std::max(a, b))
            .arg(r.bounded(1, 4));
    }
    }
}

} // namespace

class TestCron : public QObject
{
    Q_OBJECT

private slots:
    void utcTable()
    {
        QVERIFY(std::size(utcCases) >= 150);
        int failures = 0;
        for (const UtcCase &c : utcCases) {
            auto s = CronSchedule::parse(QString::fromLatin1(c.expr));
            QVERIFY2(s, qPrintable(QString::fromLatin1(c.expr) + QStringLiteral(": ") +
                                   (s ? QString() : s.error().toString())));
            const QString got = isoUtc(s->nextAfter(utc(c.from)));
            const QString want = QString::fromLatin1(c.next) == QLatin1String("none")
                                     ? QStringLiteral("none")
                                     : QString::fromLatin1(c.next) + QLatin1Char('Z');
            if (got != want) {
                ++failures;
                qWarning("%s from %s: got %s, want %s", c.expr, c.from, qPrintable(got),
                         qPrintable(want));
            }
        }
        QCOMPARE(failures, 0);
    }

    void dstTables()
    {
        int failures = 0;
        for (const DstCase &c : dstCases) {
            auto s = CronSchedule::parse(QString::fromLatin1(c.expr), QString::fromLatin1(c.zone));
            QVERIFY(s);
            QDateTime t = utc(c.from);
            for (const char *run : c.runs) {
                if (!run)
                    break;
                const std::optional<QDateTime> n = s->nextAfter(t);
                const QString want = QString::fromLatin1(run) + QLatin1Char('Z');
                if (isoUtc(n) != want) {
                    ++failures;
                    qWarning("%s %s after %s: got %s, want %s", c.zone, c.expr,
                             qPrintable(t.toString(Qt::ISODate)), qPrintable(isoUtc(n)),
                             qPrintable(want));
                    break;
                }
                // previousBefore walks the same runs backwards.
                const std::optional<QDateTime> p = s->previousBefore(n->addSecs(60));
                if (isoUtc(p) != want) {
                    ++failures;
                    qWarning("%s %s previousBefore(%s + 1min): got %s", c.zone, c.expr,
                             qPrintable(want), qPrintable(isoUtc(p)));
                }
                QCOMPARE(n->timeZone().id(), QByteArray(c.zone));
                t = *n;
            }
        }
        QCOMPARE(failures, 0);
    }

    void propertyAgainstBruteForce_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<qint64>("centre");
        QTest::newRow("UTC") << QStringLiteral("UTC")
                             << utc("2028-02-28T12:00:00").toSecsSinceEpoch();
        QTest::newRow("Riga spring")
            << QStringLiteral("Europe/Riga") << utc("2026-03-29T01:00:00").toSecsSinceEpoch();
        QTest::newRow("Riga autumn")
            << QStringLiteral("Europe/Riga") << utc("2026-10-25T01:00:00").toSecsSinceEpoch();
        QTest::newRow("New York autumn")
            << QStringLiteral("America/New_York") << utc("2026-11-01T06:00:00").toSecsSinceEpoch();
        QTest::newRow("Lord Howe spring") << QStringLiteral("Australia/Lord_Howe")
                                          << utc("2026-10-03T15:30:00").toSecsSinceEpoch();
        QTest::newRow("Lord Howe autumn") << QStringLiteral("Australia/Lord_Howe")
                                          << utc("2026-04-04T15:00:00").toSecsSinceEpoch();
        QTest::newRow("London spring")
            << QStringLiteral("Europe/London") << utc("2026-03-29T01:00:00").toSecsSinceEpoch();
        QTest::newRow("London autumn")
            << QStringLiteral("Europe/London") << utc("2026-10-25T01:00:00").toSecsSinceEpoch();
        // Far future: the zone's POSIX rule beyond 2037.
        QTest::newRow("Riga spring 2150")
            << QStringLiteral("Europe/Riga") << utc("2150-03-29T01:00:00").toSecsSinceEpoch();
        QTest::newRow("New York autumn 2199")
            << QStringLiteral("America/New_York") << utc("2199-11-03T06:00:00").toSecsSinceEpoch();
        QTest::newRow("Riga summer")
            << QStringLiteral("Europe/Riga") << utc("2026-07-01T12:00:00").toSecsSinceEpoch();
        QTest::newRow("Lord Howe 2100") << QStringLiteral("Australia/Lord_Howe")
                                        << utc("2100-10-02T15:30:00").toSecsSinceEpoch();
        // Just past the end of the zone files' stored transitions (2037).
        QTest::newRow("Riga spring 2038")
            << QStringLiteral("Europe/Riga") << utc("2038-03-28T01:00:00").toSecsSinceEpoch();
        QTest::newRow("Lord Howe autumn 2038") << QStringLiteral("Australia/Lord_Howe")
                                               << utc("2038-04-03T15:00:00").toSecsSinceEpoch();
        QTest::newRow("UTC 2100") << QStringLiteral("UTC")
                                  << utc("2100-02-28T12:00:00").toSecsSinceEpoch();
    }

    void propertyAgainstBruteForce()
    {
        QFETCH(QString, zone);
        QFETCH(qint64, centre);
        QRandomGenerator r(qHash(zone) ^ quint32(centre));
        int compared = 0;
        for (int i = 0; i < 60; ++i) {
            const QString expr =
                QStringList{randomField(r, 0, 59), randomField(r, 0, 23),
                            r.bounded(3) ? QStringLiteral("*") : randomField(r, 1, 31),
                            QStringLiteral("*"),
                            r.bounded(3) ? QStringLiteral("*") : randomField(r, 0, 7)}
                    .join(QLatin1Char(' '));
            auto s = CronSchedule::parse(expr, zone);
            if (!s)
                continue; // e.g. a generated date that never occurs
            const Brute brute{*s, s->timeZone()};
            const qint64 from = centre - 6 * 3600 + qint64(r.bounded(12 * 3600));
            const qint64 limit = from + 3 * 86400;
            const std::optional<qint64> want = brute.next(from, limit);
            const std::optional<QDateTime> got =
                s->nextAfter(QDateTime::fromSecsSinceEpoch(from, Qt::UTC));
            if (want) {
                QVERIFY2(
                    got && got->toSecsSinceEpoch() == *want,
                    qPrintable(
                        QStringLiteral("%1 after %2: got %3, brute force %4")
                            .arg(expr,
                                 QDateTime::fromSecsSinceEpoch(from, Qt::UTC).toString(Qt::ISODate),
                                 isoUtc(got),
                                 QDateTime::fromSecsSinceEpoch(*want, Qt::UTC)
                                     .toString(Qt::ISODate))));
                // previousBefore(next + 1 min) == next
                QCOMPARE(isoUtc(s->previousBefore(got->addSecs(60))), isoUtc(got));
                ++compared;
            } else {
                QVERIFY2(!got || got->toSecsSinceEpoch() > limit, qPrintable(expr));
            }
            // previousBefore against the brute force, backwards over the same window.
            const std::optional<qint64> wantPrev = brute.prev(limit, from);
            const std::optional<qint64> gotPrev = s->previousBeforeSecs(limit);
            if (wantPrev)
                QVERIFY2(gotPrev == wantPrev,
                         qPrintable(
                             QStringLiteral("%1 before %2: got %3, brute force %4")
                                 .arg(expr, QString::number(limit),
                                      gotPrev ? QString::number(*gotPrev) : QStringLiteral("none"),
                                      QString::number(*wantPrev))));
            else
                QVERIFY2(!gotPrev || *gotPrev < from, qPrintable(expr));
        }
        QVERIFY(compared > 20);
    }

    void previousBeforeConsistency()
    {
        const char *exprs[] = {"0 9 * * 1",   "*/15 * * * *", "0 0 29 2 *", "30 2 * * *",
                               "0 0 1 * mon", "45 1 * * *",   "15 * * * *"};
        const char *zones[] = {"UTC", "Europe/Riga", "America/New_York", "Europe/London",
                               "Australia/Lord_Howe"};
        for (const char *z : zones)
            for (const char *e : exprs) {
                auto s = CronSchedule::parse(QString::fromLatin1(e), QString::fromLatin1(z));
                QVERIFY(s);
                QDateTime t = utc("2025-12-30T10:17:00");
                for (int i = 0; i < 400; ++i) {
                    const std::optional<QDateTime> n = s->nextAfter(t);
                    if (!n && t.date().year() >= 2196)
                        break; // the next 29 February is in 2204
                    QVERIFY2(n, qPrintable(QStringLiteral("%1 %2 after %3")
                                               .arg(QLatin1String(z), QLatin1String(e),
                                                    t.toString(Qt::ISODate))));
                    QCOMPARE(isoUtc(s->previousBefore(n->addSecs(60))), isoUtc(n));
                    QCOMPARE(isoUtc(s->nextAfter(s->previousBefore(*n).value_or(t))), isoUtc(n));
                    t = n->addSecs(i % 7 == 0 ? 86400 * 3 : 0);
                }
            }
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("message");
        const QString U = QStringLiteral("UTC");
        QTest::newRow("4 fields")
            << "0 0 * *" << U
            << "expected 5 fields (minute hour day-of-month month day-of-week), got 4";
        QTest::newRow("6 fields") << "0 0 * * * 2026" << U << "got 6";
        QTest::newRow("empty") << "" << U << "got 0";
        QTest::newRow("minute 60")
            << "60 * * * *" << U << "minute field \"60\": 60 is out of range 0-59";
        QTest::newRow("hour 24") << "0 24 * * *" << U
                                 << "hour field \"24\": 24 is out of range 0-23";
        QTest::newRow("dom 0") << "0 0 0 * *" << U
                               << "day-of-month field \"0\": 0 is out of range 1-31";
        QTest::newRow("dom 32") << "0 0 32 * *" << U
                                << "day-of-month field \"32\": 32 is out of range 1-31";
        QTest::newRow("month 13") << "0 0 1 13 *" << U
                                  << "month field \"13\": 13 is out of range 1-12";
        QTest::newRow("dow 8") << "0 0 * * 8" << U
                               << "day-of-week field \"8\": 8 is out of range 0-7";
        QTest::newRow("step 0") << "*/0 * * * *" << U
                                << "minute field \"*/0\": step 0 is not allowed";
        QTest::newRow("range step 0")
            << "0 1-5/0 * * *" << U << "hour field \"1-5/0\": step 0 is not allowed";
        QTest::newRow("reversed") << "0 5-1 * * *" << U
                                  << "hour field \"5-1\": range 5-1 is reversed";
        QTest::newRow("reversed names")
            << "0 0 * * fri-mon" << U << "day-of-week field \"fri-mon\": range 5-1 is reversed";
        QTest::newRow("31 feb")
            << "0 0 31 2 *" << U
            << "day-of-month field \"31\" with month field \"2\": that date never occurs";
        QTest::newRow("30 feb") << "0 0 30 2 *" << U << "that date never occurs";
        QTest::newRow("31 apr,jun") << "0 0 31 apr,jun *" << U << "that date never occurs";
        QTest::newRow("EST") << "0 9 * * *"
                             << "EST"
                             << "time zone \"EST\" is not an IANA time zone id";
        QTest::newRow("PST") << "0 9 * * *"
                             << "PST"
                             << "time zone \"PST\" is not an IANA time zone id";
        QTest::newRow("offset") << "0 9 * * *"
                                << "UTC+02:00"
                                << "is not an IANA time zone id";
        QTest::newRow("unknown zone") << "0 9 * * *"
                                      << "Mars/Olympus_Mons"
                                      << "unknown time zone \"Mars/Olympus_Mons\"";
        QTest::newRow("@reboot") << "@reboot" << U << "@reboot runs when the machine starts";
        QTest::newRow("@often") << "@often" << U << "unknown macro \"@often\"";
        QTest::newRow("L") << "0 0 L * *" << U
                           << "day-of-month field \"L\": 'L' (last day) is not supported";
        QTest::newRow("5L") << "0 0 * * 5L" << U
                            << "day-of-week field \"5L\": 'L' (last day) is not supported";
        QTest::newRow("W") << "0 0 15W * *" << U
                           << "day-of-month field \"15W\": 'W' (nearest weekday) is not supported";
        QTest::newRow("#")
            << "0 0 * * 1#2" << U
            << "day-of-week field \"1#2\": '#' (nth weekday of the month) is not supported";
        QTest::newRow("?") << "0 0 ? * 1" << U << "day-of-month field \"?\": '?' is not supported";
        QTest::newRow("bad name") << "0 0 * * funday" << U
                                  << "day-of-week field \"funday\": unknown name \"funday\"";
        QTest::newRow("bad month")
            << "0 0 1 foo *" << U << "month field \"foo\": unknown name \"foo\"";
        QTest::newRow("word in minute")
            << "x * * * *" << U << "minute field \"x\": \"x\" is not a number";
        QTest::newRow("empty item")
            << "1,,2 * * * *" << U << "minute field \"1,,2\": empty list item";
        QTest::newRow("big step") << "*/60 * * * *" << U
                                  << "minute field \"*/60\": step 60 is larger than 59";
    }

    void badInput()
    {
        QFETCH(QString, expr);
        QFETCH(QString, zone);
        QFETCH(QString, message);
        auto s = CronSchedule::parse(expr, zone);
        QVERIFY2(!s, qPrintable(expr));
        QVERIFY2(s.error().toString().contains(message), qPrintable(s.error().toString()));
    }

    void zones()
    {
        QVERIFY(CronSchedule::zoneFromId(QStringLiteral("UTC")));
        QVERIFY(CronSchedule::zoneFromId(QStringLiteral("Etc/UTC")));
        QVERIFY(CronSchedule::zoneFromId(QStringLiteral("Europe/Riga")));
        QVERIFY(!CronSchedule::zoneFromId(QStringLiteral("GMT")));
        QVERIFY(!CronSchedule::zoneFromId(QStringLiteral("CET")));
        QVERIFY(!CronSchedule::zoneFromId(QStringLiteral("UTC+01:00")));
        auto s = CronSchedule::parse(QStringLiteral("0 9 * * *"), QStringLiteral("Europe/Riga"));
        QVERIFY(s);
        QVERIFY(!s->nextAfter(QDateTime()));
        QVERIFY(!s->previousBefore(QDateTime()));
        QCOMPARE(s->nextAfterSecs(utc("2026-07-01T00:00:00").toSecsSinceEpoch()),
                 utc("2026-07-01T06:00:00").toSecsSinceEpoch());
    }

    void describe_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("text");
        QTest::newRow("monday") << "0 9 * * 1"
                                << "At 09:00 on Monday";
        QTest::newRow("15 min") << "*/15 * * * *"
                                << "Every 15 minutes";
        QTest::newRow("minute") << "* * * * *"
                                << "Every minute";
        QTest::newRow("hourly") << "@hourly"
                                << "Every hour";
        QTest::newRow("daily") << "@daily"
                               << "At 00:00";
        QTest::newRow("weekdays") << "30 8 * * mon-fri"
                                  << "At 08:30 on Monday through Friday";
        QTest::newRow("two times") << "0 9,17 * * *"
                                   << "At 09:00 and 17:00";
        QTest::newRow("dom or dow") << "0 0 1 * mon"
                                    << "At 00:00 on day 1 of the month or on Monday";
        QTest::newRow("month") << "0 12 1 jan,jul *"
                               << "At 12:00 on day 1 of the month in January and July";
        QTest::newRow("every 2nd hour") << "5 */2 * * *"
                                        << "At minute 5 past every 2nd hour";
        QTest::newRow("yearly") << "@yearly"
                                << "At 00:00 on 1 January";
        QTest::newRow("leap day") << "0 0 29 2 *"
                                  << "At 00:00 on 29 February";
        QTest::newRow("office hours") << "*/5 9-17 * * 1-5"
                                      << "Every 5 minutes during hour 9 through 17 on Monday "
                                         "through Friday";
        QTest::newRow("minutes") << "15,45 * * * *"
                                 << "At minute 15 and 45 past every hour";
        QTest::newRow("odd days") << "0 0 */2 * *"
                                  << "At 00:00 on every 2nd day of the month";
        QTest::newRow("and") << "0 0 */2 * 1"
                             << "At 00:00 on every 2nd day of the month if it is also Monday";
        QTest::newRow("a/s") << "5/10 * * * *"
                             << "Every 10 minutes from 5 through 55";
        QTest::newRow("tab") << "0\t9  * * *"
                             << "At 09:00";
        QTest::newRow("sunday 7") << "0 0 * * 7"
                                  << "At 00:00 on Sunday";
    }

    void describe()
    {
        QFETCH(QString, expr);
        QFETCH(QString, text);
        auto s = CronSchedule::parse(expr);
        QVERIFY(s);
        QCOMPARE(s->describe(), text);
    }
};

QTEST_GUILESS_MAIN(TestCron)
#include "tst_cron.moc"
