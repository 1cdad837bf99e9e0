#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace ss {

// A cron schedule: a 5-field expression evaluated in one IANA time zone, with the semantics of
// Debian's cron (cronie/vixie cron). The rules (also in docs/automation.md):
//
// Fields: minute (0-59), hour (0-23), day-of-month (1-31), month (1-12 or jan-dec), day-of-week
// (0-7 or sun-sat; 0 and 7 are Sunday). Names are case-insensitive. Each field is a comma list of
// `*`, `N`, `A-B`, `*/S`, `A-B/S` and `A/S` (A to the field's maximum in steps of S, as cronie).
// Macros: @yearly = @annually = "0 0 1 1 *", @monthly = "0 0 1 * *", @weekly = "0 0 * * 0",
// @daily = @midnight = "0 0 * * *", @hourly = "0 * * * *". Not supported (refused with a
// message): @reboot, L, W, #, ?.
//
// Day-of-month and day-of-week (cronie's DOM_STAR/DOW_STAR flags): a field whose text starts with
// `*` (`*`, `*/2`) is "star". If either field is star, a day must match BOTH fields; if neither is
// star, a day matching EITHER runs. So "0 0 1 * mon" runs on the 1st and on every Monday, while
// "0 0 */2 * mon" runs on odd-numbered days that are Mondays.
//
// Time zones and DST (Debian cron): the fields match local wall-clock time in the zone.
// - "Fixed" expressions (neither the minute nor the hour field starts with `*`): a matching wall
//   time that does not exist (the spring-forward gap) runs once, right after the change (at the
//   transition instant); a matching wall time that occurs twice (the repeated fall-back hour) runs
//   once, at its first occurrence.
// - Expressions with `*` at the start of the minute or hour field follow real elapsed time: they
//   run at every instant whose wall time matches, so twice in a repeated hour and never in the
//   skipped one.
// Only IANA ids are accepted ("Europe/Riga", "UTC", "Etc/UTC"); abbreviations such as EST or
// offsets such as UTC+02:00 are refused.
class CronSchedule
{
public:
    static constexpr int maxYear = 2200;
    static constexpr int minYear = 1900;

    // Parses EXPR for the zone; errors name the field and the problem.
    static Result<CronSchedule> parse(const QString &expression,
                                      const QString &timeZone = QStringLiteral("UTC"));
    // The IANA zone for ID, or an error for abbreviations, offsets and unknown ids.
    static Result<QTimeZone> zoneFromId(const QString &id);

    // The first run strictly after t (to the minute), in the schedule's zone; nullopt past 2200.
    std::optional<QDateTime> nextAfter(const QDateTime &t) const;
    // The last run strictly before t; nullopt before 1900.
    std::optional<QDateTime> previousBefore(const QDateTime &t) const;
    // The same on seconds since the epoch (no QDateTime in the zone is built: faster).
    std::optional<qint64> nextAfterSecs(qint64 secsSinceEpoch) const;
    std::optional<qint64> previousBeforeSecs(qint64 secsSinceEpoch) const;

    // "At 09:00 on Monday", "Every 15 minutes", ...
    QString describe() const;

    QString expression() const { return m_expression; }
    QString timeZoneId() const { return m_zoneId; }
    QTimeZone timeZone() const { return m_zone; }
    // Neither the minute nor the hour field starts with '*' (see the DST rules above).
    bool isFixedTime() const { return m_fixed; }
    // Whether the wall-clock minute matches the fields (no DST rules).
    bool matchesWallTime(const QDate &date, int hour, int minute) const;

private:
    struct Cursor;
    // The zone's UTC offsets 1900-2201 as a sorted transition table (shared per zone id).
    struct ZoneTable
    {
        std::vector<int64_t> at; // transition instants, seconds since the epoch
        std::vector<int> offset; // the offset (seconds) from at[i] on
        int initialOffset = 0;   // before at[0]
    };
    static std::shared_ptr<const ZoneTable> zoneTable(const QTimeZone &zone);
    std::optional<int64_t> nextWall(int64_t naiveMinute) const;
    std::optional<int64_t> prevWall(int64_t naiveMinute) const;
    bool dayMatches(int y, unsigned m, unsigned d) const;
    int runInstants(Cursor &c, int64_t naiveMinute, int64_t out[2]) const;

    QString m_expression;
    QString m_fields[5];
    QString m_zoneId;
    QTimeZone m_zone;
    std::shared_ptr<const ZoneTable> m_table;
    bool m_utc = true;
    bool m_fixed = false;
    bool m_domStar = false;
    bool m_dowStar = false;
    uint64_t m_minutes = 0;
    uint32_t m_hours = 0;
    uint32_t m_doms = 0;   // bits 1..31
    uint16_t m_months = 0; // bits 1..12
    uint8_t m_dows = 0;    // bits 0..6 (7 folded into 0)
};

} // namespace ss
