#include "cron.h"

#include <QHash>
#include <QMutex>
#include <QStringList>

#include <algorithm>
#include <bit>
#include <limits>

namespace ss {

namespace {

// Civil date <-> days since 1970-01-01 (H. Hinnant's algorithms), proleptic Gregorian.
int64_t daysFromCivil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + int64_t(doe) - 719468;
}

void civilFromDays(int64_t z, int &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = int(int64_t(yoe) + era * 400 + (m <= 2));
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(int y, unsigned m)
{
    static constexpr unsigned dim[] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : dim[m];
}

int64_t floorDiv(int64_t a, int64_t b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

int nextBit(uint64_t mask, int from)
{
    if (from > 63)
        return -1;
    const uint64_t m = mask >> from;
    return m ? from + std::countr_zero(m) : -1;
}

int prevBit(uint64_t mask, int from)
{
    if (from < 0)
        return -1;
    const uint64_t m = from >= 63 ? mask : mask & ((uint64_t(1) << (from + 1)) - 1);
    return m ? 63 - std::countl_zero(m) : -1;
}

struct FieldSpec
{
    const char *name;
    int min;
    int max;
    const char *const *names; // 3-letter names for min.. (or null)
};

const char *const monthNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
const char *const dowNames[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

const FieldSpec fieldSpecs[5] = {
    {"minute", 0, 59, nullptr},   {"hour", 0, 23, nullptr},        {"day-of-month", 1, 31, nullptr},
    {"month", 1, 12, monthNames}, {"day-of-week", 0, 7, dowNames},
};

QString fieldError(const FieldSpec &f, const QString &text, const QString &problem)
{
    return QStringLiteral("%1 field \"%2\": %3").arg(QLatin1String(f.name), text, problem);
}

QString unsupported(QChar c)
{
    switch (c.toUpper().unicode()) {
    case 'L':
        return QStringLiteral("'L' (last day) is not supported by cron; use explicit days");
    case 'W':
        return QStringLiteral("'W' (nearest weekday) is not supported by cron");
    case '#':
        return QStringLiteral("'#' (nth weekday of the month) is not supported by cron");
    default:
        return QStringLiteral("'?' is not supported by cron; use '*'");
    }
}

// Parses one value (number or name) at pos; returns an error message or empty.
QString parseValue(const FieldSpec &f, const QString &s, qsizetype &pos, int &value)
{
    const qsizetype start = pos;
    if (pos < s.size() && s.at(pos).isDigit()) {
        int v = 0;
        while (pos < s.size() && s.at(pos).isDigit()) {
            v = std::min(v * 10 + s.at(pos).digitValue(), 100000);
            ++pos;
        }
        if (pos < s.size() && s.at(pos).isLetter())
            return unsupported(s.at(pos));
        if (v < f.min || v > f.max)
            return QStringLiteral("%1 is out of range %2-%3").arg(v).arg(f.min).arg(f.max);
        value = v;
        return {};
    }
    while (pos < s.size() && s.at(pos).isLetter())
        ++pos;
    const QString word = s.mid(start, pos - start).toLower();
    if (word.isEmpty()) {
        if (pos < s.size() && (s.at(pos) == QLatin1Char('#') || s.at(pos) == QLatin1Char('?')))
            return unsupported(s.at(pos));
        return pos < s.size() ? QStringLiteral("unexpected '%1'").arg(s.at(pos))
                              : QStringLiteral("a value is missing");
    }
    if (f.names) {
        const int count = f.max - f.min + 1 - (f.max == 7 ? 1 : 0);
        for (int i = 0; i < count; ++i)
            if (word == QLatin1String(f.names[i])) {
                value = f.min + i;
                return {};
            }
    }
    if (word == QLatin1String("l") || word == QLatin1String("lw"))
        return unsupported(QLatin1Char('L'));
    if (word == QLatin1String("w"))
        return unsupported(QLatin1Char('W'));
    return f.names ? QStringLiteral("unknown name \"%1\" (use %2)")
                         .arg(word, f.max == 7 ? QStringLiteral("sun-sat or 0-7")
                                               : QStringLiteral("jan-dec or 1-12"))
                   : QStringLiteral("\"%1\" is not a number").arg(word);
}

// Parses a field into a bit mask; returns an error message or empty.
QString parseField(const FieldSpec &f, const QString &text, uint64_t &mask)
{
    mask = 0;
    for (const QString &item : text.split(QLatin1Char(','))) {
        if (item.isEmpty())
            return fieldError(f, text, QStringLiteral("empty list item"));
        for (QChar c : item)
            if (c == QLatin1Char('#') || c == QLatin1Char('?'))
                return fieldError(f, text, unsupported(c));
        qsizetype pos = 0;
        int lo = f.min;
        int hi = f.max;
        int step = 1;
        bool single = false;
        if (item.at(0) == QLatin1Char('*')) {
            pos = 1;
        } else {
            if (QString e = parseValue(f, item, pos, lo); !e.isEmpty())
                return fieldError(f, text, e);
            hi = lo;
            single = true;
            if (pos < item.size() && item.at(pos) == QLatin1Char('-')) {
                ++pos;
                if (QString e = parseValue(f, item, pos, hi); !e.isEmpty())
                    return fieldError(f, text, e);
                single = false;
                if (hi < lo)
                    return fieldError(f, text,
                                      QStringLiteral("range %1-%2 is reversed").arg(lo).arg(hi));
            }
        }
        if (pos < item.size() && item.at(pos) == QLatin1Char('/')) {
            ++pos;
            const qsizetype s0 = pos;
            while (pos < item.size() && item.at(pos).isDigit())
                ++pos;
            if (pos == s0)
                return fieldError(f, text, QStringLiteral("a step needs a number after '/'"));
            step = std::min(item.mid(s0, pos - s0).toInt(), 100000);
            if (step == 0)
                return fieldError(f, text, QStringLiteral("step 0 is not allowed"));
            if (step > f.max)
                return fieldError(f, text,
                                  QStringLiteral("step %1 is larger than %2").arg(step).arg(f.max));
            if (single)
                hi = f.max; // "5/10" = 5-max/10, as cronie
        }
        if (pos < item.size())
            return fieldError(f, text,
                              item.at(pos).isLetter() || item.at(pos) == QLatin1Char('#')
                                  ? unsupported(item.at(pos))
                                  : QStringLiteral("unexpected '%1'").arg(item.at(pos)));
        for (int v = lo; v <= hi; v += step)
            mask |= uint64_t(1) << v;
    }
    return {};
}

} // namespace

// Per-call cursor on the zone's transition table: the offset window of the last lookup.
struct CronSchedule::Cursor
{
    const ZoneTable &table;
    int64_t lo = 1;
    int64_t hi = 0; // [lo, hi) in seconds, empty at first
    int offset = 0;

    int offsetAt(int64_t sec)
    {
        if (sec >= lo && sec < hi)
            return offset;
        const auto it = std::upper_bound(table.at.begin(), table.at.end(), sec);
        const qsizetype i = qsizetype(it - table.at.begin()) - 1;
        offset = i < 0 ? table.initialOffset : table.offset[size_t(i)];
        lo = i < 0 ? std::numeric_limits<int64_t>::min() : table.at[size_t(i)];
        hi = it == table.at.end() ? std::numeric_limits<int64_t>::max() : *it;
        return offset;
    }
    // The first transition strictly after sec, if any.
    std::optional<int64_t> nextTransition(int64_t sec) const
    {
        const auto it = std::upper_bound(table.at.begin(), table.at.end(), sec);
        return it == table.at.end() ? std::nullopt : std::optional<int64_t>(*it);
    }
};

std::shared_ptr<const CronSchedule::ZoneTable> CronSchedule::zoneTable(const QTimeZone &zone)
{
    static QMutex mutex;
    static QHash<QByteArray, std::shared_ptr<const ZoneTable>> tables;
    QMutexLocker lock(&mutex);
    std::shared_ptr<const ZoneTable> &slot = tables[zone.id()];
    if (slot)
        return slot;
    auto table = std::make_shared<ZoneTable>();
    // QTimeZone::transitions() stops in 2037; nextTransition() follows the POSIX rule beyond.
    QDateTime t(QDate(minYear - 1, 12, 31), QTime(0, 0), Qt::UTC);
    const QDateTime end(QDate(maxYear + 1, 12, 31), QTime(0, 0), Qt::UTC);
    table->initialOffset = zone.offsetFromUtc(t);
    int misses = 0;
    while (table->at.size() < 20000 && t < end) {
        const QTimeZone::OffsetData next = zone.nextTransition(t);
        if (next.atUtc.isValid() && next.atUtc > end)
            break;
        if (next.atUtc.isValid() && next.atUtc > t) {
            table->at.push_back(next.atUtc.toSecsSinceEpoch());
            table->offset.push_back(next.offsetFromUtc);
            t = next.atUtc;
            misses = 0;
            continue;
        }
        // Qt 6.4 finds nothing right after its last stored transition (2037) although its POSIX
        // rule has more: look again a little later (then yearly, for zones that dropped DST).
        t = t.addDays(++misses < 800 ? 1 : 365);
        const int now = zone.offsetFromUtc(t);
        const int last = table->offset.empty() ? table->initialOffset : table->offset.back();
        if (now != last) { // a change we could not see: record it where we noticed it
            table->at.push_back(t.toSecsSinceEpoch());
            table->offset.push_back(now);
        }
    }
    slot = std::move(table);
    return slot;
}

Result<QTimeZone> CronSchedule::zoneFromId(const QString &id)
{
    const QString t = id.trimmed();
    const bool utc = t == QLatin1String("UTC") || t == QLatin1String("Etc/UTC");
    if (!utc && !t.contains(QLatin1Char('/')))
        return fail(QStringLiteral("time zone \"%1\" is not an IANA time zone id; use a "
                                   "Region/City id such as Europe/Riga or America/New_York, or UTC")
                        .arg(id));
    const QByteArray bytes = t.toUtf8();
    QTimeZone zone(bytes);
    if (!zone.isValid())
        return fail(QStringLiteral("unknown time zone \"%1\" (not in the IANA database)").arg(id));
    return zone;
}

Result<CronSchedule> CronSchedule::parse(const QString &expression, const QString &timeZone)
{
    CronSchedule s;
    s.m_expression = expression.trimmed();
    Result<QTimeZone> zone = zoneFromId(timeZone);
    if (!zone)
        return std::unexpected(zone.error());
    s.m_zone = *zone;
    s.m_zoneId = timeZone.trimmed();
    s.m_utc = s.m_zoneId == QLatin1String("UTC") || s.m_zoneId == QLatin1String("Etc/UTC") ||
              (!s.m_zone.hasTransitions() &&
               s.m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) == 0);
    if (!s.m_utc)
        s.m_table = zoneTable(s.m_zone);

    QString text = s.m_expression;
    if (text.startsWith(QLatin1Char('@'))) {
        const QString macro = text.toLower();
        if (macro == QLatin1String("@yearly") || macro == QLatin1String("@annually"))
            text = QStringLiteral("0 0 1 1 *");
        else if (macro == QLatin1String("@monthly"))
            text = QStringLiteral("0 0 1 * *");
        else if (macro == QLatin1String("@weekly"))
            text = QStringLiteral("0 0 * * 0");
        else if (macro == QLatin1String("@daily") || macro == QLatin1String("@midnight"))
            text = QStringLiteral("0 0 * * *");
        else if (macro == QLatin1String("@hourly"))
            text = QStringLiteral("0 * * * *");
        else if (macro == QLatin1String("@reboot"))
            return fail(QStringLiteral("@reboot runs when the machine starts, not on a schedule; "
                                       "it is not supported"));
        else
            return fail(QStringLiteral("unknown macro \"%1\" (use @hourly, @daily, @midnight, "
                                       "@weekly, @monthly, @yearly or @annually)")
                            .arg(text));
    }
    const QStringList fields = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return fail(QStringLiteral("expected 5 fields (minute hour day-of-month month "
                                   "day-of-week), got %1")
                        .arg(fields.size()));
    uint64_t masks[5];
    for (int i = 0; i < 5; ++i) {
        s.m_fields[i] = fields.at(i);
        if (QString e = parseField(fieldSpecs[i], fields.at(i), masks[i]); !e.isEmpty())
            return fail(e);
    }
    s.m_minutes = masks[0];
    s.m_hours = uint32_t(masks[1]);
    s.m_doms = uint32_t(masks[2]);
    s.m_months = uint16_t(masks[3]);
    s.m_dows = uint8_t((masks[4] & 0x7f) | ((masks[4] >> 7) & 1));
    s.m_domStar = fields.at(2).startsWith(QLatin1Char('*'));
    s.m_dowStar = fields.at(4).startsWith(QLatin1Char('*'));
    s.m_fixed =
        !fields.at(0).startsWith(QLatin1Char('*')) && !fields.at(1).startsWith(QLatin1Char('*'));

    // A date that never occurs: with the day-of-week field a star, the days must fit a month.
    if (s.m_dowStar && !s.m_domStar) {
        bool possible = false;
        for (unsigned m = 1; m <= 12 && !possible; ++m)
            if (s.m_months & (1u << m))
                for (unsigned d = 1; d <= daysInMonth(2000, m); ++d)
                    if (s.m_doms & (1u << d))
                        possible = true;
        if (!possible)
            return fail(QStringLiteral("day-of-month field \"%1\" with month field \"%2\": that "
                                       "date never occurs")
                            .arg(fields.at(2), fields.at(3)));
    }
    return s;
}

bool CronSchedule::dayMatches(int y, unsigned m, unsigned d) const
{
    const bool dom = m_doms & (1u << d);
    if (m_domStar && m_dowStar)
        return dom;
    const int64_t days = daysFromCivil(y, m, d);
    const int wd = int(((days % 7) + 11) % 7); // 1970-01-01 was a Thursday (4)
    const bool dow = m_dows & (1u << wd);
    return (m_domStar || m_dowStar) ? (dom && dow) : (dom || dow);
}

bool CronSchedule::matchesWallTime(const QDate &date, int hour, int minute) const
{
    return (m_minutes >> minute & 1) && (m_hours >> hour & 1) && (m_months >> date.month() & 1) &&
           dayMatches(date.year(), date.month(), date.day());
}

std::optional<int64_t> CronSchedule::nextWall(int64_t n) const
{
    const int64_t days0 = floorDiv(n, 1440);
    int mod = int(n - days0 * 1440);
    int h = mod / 60;
    int mi = mod % 60;
    int y;
    unsigned mo, d;
    civilFromDays(days0, y, mo, d);
    if (y < minYear) {
        y = minYear;
        mo = 1;
        d = 1;
        h = 0;
        mi = 0;
    }
    auto nextMonth = [&] {
        const int m2 = nextBit(m_months, int(mo) + 1);
        if (m2 < 0) {
            ++y;
            mo = unsigned(nextBit(m_months, 1));
        } else {
            mo = unsigned(m2);
        }
        d = 1;
        h = 0;
        mi = 0;
    };
    auto nextDay = [&] {
        ++d;
        h = 0;
        mi = 0;
    };
    for (;;) {
        if (y > maxYear)
            return std::nullopt;
        if (!(m_months >> mo & 1) || d > daysInMonth(y, mo)) {
            nextMonth();
            continue;
        }
        if (!dayMatches(y, mo, d)) {
            nextDay();
            continue;
        }
        const int h2 = nextBit(m_hours, h);
        if (h2 < 0) {
            nextDay();
            continue;
        }
        if (h2 != h) {
            h = h2;
            mi = 0;
        }
        const int mi2 = nextBit(m_minutes, mi);
        if (mi2 < 0) {
            ++h;
            mi = 0;
            if (h > 23)
                nextDay();
            continue;
        }
        return daysFromCivil(y, mo, d) * 1440 + h * 60 + mi2;
    }
}

std::optional<int64_t> CronSchedule::prevWall(int64_t n) const
{
    const int64_t days0 = floorDiv(n, 1440);
    int mod = int(n - days0 * 1440);
    int h = mod / 60;
    int mi = mod % 60;
    int y;
    unsigned mo, d;
    civilFromDays(days0, y, mo, d);
    if (y > maxYear) {
        y = maxYear;
        mo = 12;
        d = 31;
        h = 23;
        mi = 59;
    }
    auto prevMonth = [&] {
        const int m2 = prevBit(m_months, int(mo) - 1);
        if (m2 < 1) {
            --y;
            mo = unsigned(prevBit(m_months, 12));
        } else {
            mo = unsigned(m2);
        }
        d = daysInMonth(y, mo);
        h = 23;
        mi = 59;
    };
    auto prevDay = [&] {
        if (d <= 1) {
            mo = mo == 1 ? 12 : mo - 1; // then prevMonth-style checks on the next loop
            if (mo == 12)
                --y;
            d = daysInMonth(y, mo);
        } else {
            --d;
        }
        h = 23;
        mi = 59;
    };
    for (;;) {
        if (y < minYear)
            return std::nullopt;
        if (!(m_months >> mo & 1)) {
            prevMonth();
            continue;
        }
        if (!dayMatches(y, mo, d)) {
            prevDay();
            continue;
        }
        const int h2 = prevBit(m_hours, h);
        if (h2 < 0) {
            prevDay();
            continue;
        }
        if (h2 != h) {
            h = h2;
            mi = 59;
        }
        const int mi2 = prevBit(m_minutes, mi);
        if (mi2 < 0) {
            --h;
            mi = 59;
            if (h < 0)
                prevDay();
            continue;
        }
        return daysFromCivil(y, mo, d) * 1440 + h * 60 + mi2;
    }
}

// The instants (seconds) at which the matching wall minute runs; returns how many (0-2).
int CronSchedule::runInstants(Cursor &c, int64_t naiveMinute, int64_t out[2]) const
{
    const int64_t ws = naiveMinute * 60;
    const int oA = c.offsetAt(ws - 86400);
    const int oB = c.offsetAt(ws + 86400);
    int n = 0;
    for (int o : {oA, oB}) {
        const int64_t cand = ws - o;
        if (c.offsetAt(cand) == o && (n == 0 || out[0] != cand))
            out[n++] = cand;
    }
    if (n == 0 && oA != oB) {
        const int o = c.offsetAt(ws); // a transition near the day boundary
        if (c.offsetAt(ws - o) == o)
            out[n++] = ws - o;
    }
    if (n == 2 && out[1] < out[0])
        std::swap(out[0], out[1]);
    if (m_fixed) {
        if (n == 0) { // in the gap: right after the change
            if (const std::optional<int64_t> t = c.nextTransition(ws - std::max(oA, oB))) {
                out[0] = *t;
                n = 1;
            }
        }
        n = std::min(n, 1); // the repeated hour: the first occurrence only
    }
    return n;
}

std::optional<qint64> CronSchedule::nextAfterSecs(qint64 ts) const
{
    if (m_utc) {
        const std::optional<int64_t> w = nextWall(floorDiv(ts, 60) + 1);
        if (!w)
            return std::nullopt;
        return *w * 60;
    }
    Cursor c{*m_table};
    const int o = c.offsetAt(ts);
    const int64_t windowStart = c.lo;
    const int64_t windowEnd = c.hi;
    int64_t inst[2];
    // Fast path: the first matching wall time after t's is reached before the next transition
    // (and, for fixed times, is not a second occurrence of a repeated hour after the last one).
    std::optional<int64_t> w = nextWall(floorDiv(ts + o, 60) + 1);
    if (!w)
        return std::nullopt;
    const int64_t cand = *w * 60 - o;
    if (cand < windowEnd && (!m_fixed || cand - 3 * 3600 >= windowStart))
        return cand;
    // No transition within 3 hours of t (DST shifts are at most 2 hours): wall times after t's
    // run in order, so the first matching wall time that runs at all gives the answer.
    if (ts - 3 * 3600 >= windowStart && ts + 3 * 3600 < windowEnd) {
        for (;;) {
            if (runInstants(c, *w, inst) > 0)
                return inst[0];
            w = nextWall(*w + 1);
            if (!w)
                return std::nullopt;
        }
    }
    // Near a transition: scan wall times from 3 hours before t's, keep the earliest instant > t.
    std::optional<int64_t> best;
    int64_t from = floorDiv(ts + o, 60) - 180;
    for (;;) {
        w = nextWall(from);
        if (!w)
            break;
        if (best && *w > floorDiv(*best + c.offsetAt(*best), 60) + 180)
            break;
        const int n = runInstants(c, *w, inst);
        for (int i = 0; i < n; ++i)
            if (inst[i] > ts && (!best || inst[i] < *best))
                best = inst[i];
        from = *w + 1;
    }
    if (!best)
        return std::nullopt;
    return *best;
}

std::optional<qint64> CronSchedule::previousBeforeSecs(qint64 ts) const
{
    // The last whole minute strictly before t.
    const int64_t lastMinute = floorDiv(ts - 1, 60);
    if (m_utc) {
        const std::optional<int64_t> w = prevWall(lastMinute);
        if (!w)
            return std::nullopt;
        return *w * 60;
    }
    Cursor c{*m_table};
    const int o = c.offsetAt(ts - 1);
    const int64_t windowStart = c.lo;
    const int64_t windowEnd = c.hi;
    int64_t inst[2];
    std::optional<int64_t> w = prevWall(floorDiv(ts - 1 + o, 60));
    if (!w)
        return std::nullopt;
    const int64_t cand = *w * 60 - o;
    // No transition between the candidate and t (and for fixed times, none just before it).
    if (cand >= windowStart && (!m_fixed || cand - 3 * 3600 >= windowStart))
        return cand;
    // No transition within 3 hours of t: the last matching wall time that runs gives the answer.
    if (ts - 3 * 3600 >= windowStart && ts + 3 * 3600 < windowEnd) {
        for (;;) {
            for (int i = runInstants(c, *w, inst) - 1; i >= 0; --i)
                if (inst[i] < ts)
                    return inst[i];
            w = prevWall(*w - 1);
            if (!w)
                return std::nullopt;
        }
    }
    std::optional<int64_t> best;
    int64_t from = floorDiv(ts - 1 + o, 60) + 180;
    for (;;) {
        w = prevWall(from);
        if (!w)
            break;
        if (best && *w < floorDiv(*best + c.offsetAt(*best), 60) - 180)
            break;
        const int n = runInstants(c, *w, inst);
        for (int i = 0; i < n; ++i)
            if (inst[i] < ts && (!best || inst[i] > *best))
                best = inst[i];
        from = *w - 1;
    }
    if (!best)
        return std::nullopt;
    return *best;
}

std::optional<QDateTime> CronSchedule::nextAfter(const QDateTime &t) const
{
    if (!t.isValid())
        return std::nullopt;
    const std::optional<qint64> s = nextAfterSecs(t.toSecsSinceEpoch());
    return s ? std::optional<QDateTime>(QDateTime::fromSecsSinceEpoch(*s, m_zone)) : std::nullopt;
}

std::optional<QDateTime> CronSchedule::previousBefore(const QDateTime &t) const
{
    if (!t.isValid())
        return std::nullopt;
    const std::optional<qint64> s = previousBeforeSecs(t.toSecsSinceEpoch());
    return s ? std::optional<QDateTime>(QDateTime::fromSecsSinceEpoch(*s, m_zone)) : std::nullopt;
}

namespace {

QString joinList(const QStringList &items, const QString &conj = QStringLiteral("and"))
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) +
           QLatin1Char(' ') + conj + QLatin1Char(' ') + items.last();
}

QString ordinal(int n)
{
    const int t = n % 100;
    const char *suffix = (t >= 11 && t <= 13) ? "th"
                         : n % 10 == 1        ? "st"
                         : n % 10 == 2        ? "nd"
                         : n % 10 == 3        ? "rd"
                                              : "th";
    return QString::number(n) + QLatin1String(suffix);
}

const char *const monthLong[] = {"January",   "February", "March",    "April",
                                 "May",       "June",     "July",     "August",
                                 "September", "October",  "November", "December"};
const char *const dowLong[] = {"Sunday",   "Monday", "Tuesday",  "Wednesday",
                               "Thursday", "Friday", "Saturday", "Sunday"};

// Describes one field's items in words: "Monday through Friday", "every 2nd day-of-month", ...
QString describeField(int field, const QString &text, const QString &unit)
{
    auto name = [&](int v) {
        if (field == 3)
            return QString::fromLatin1(monthLong[v - 1]);
        if (field == 4)
            return QString::fromLatin1(dowLong[v]);
        return QString::number(v);
    };
    const FieldSpec &f = fieldSpecs[field];
    QStringList parts;
    for (const QString &item : text.split(QLatin1Char(','))) {
        uint64_t mask = 0;
        parseField(f, item, mask);
        const int slash = int(item.indexOf(QLatin1Char('/')));
        const QString range = slash < 0 ? item : item.left(slash);
        const int step = slash < 0 ? 1 : item.mid(slash + 1).toInt();
        const int lo = nextBit(mask, 0);
        int hi = lo;
        for (int v = lo; v >= 0; v = nextBit(mask, v + 1))
            hi = v;
        if (step > 1) {
            QString s = field == 0 ? QStringLiteral("every %1 minutes").arg(step)
                                   : QStringLiteral("every %1 %2").arg(ordinal(step), unit);
            if (range != QLatin1String("*"))
                s += QStringLiteral(" from %1 through %2").arg(name(lo), name(hi));
            parts << s;
        } else if (range.contains(QLatin1Char('-'))) {
            parts << QStringLiteral("%1 through %2").arg(name(lo), name(hi));
        } else {
            parts << name(lo);
        }
    }
    return joinList(parts);
}

QString hhmm(int h, int m)
{
    return QStringLiteral("%1:%2").arg(h, 2, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
}

} // namespace

QString CronSchedule::describe() const
{
    const QString &min = m_fields[0];
    const QString &hour = m_fields[1];
    const int minCount = std::popcount(m_minutes);
    const int hourCount = std::popcount(m_hours);
    const bool minAll = minCount == 60;
    const bool hourAll = hourCount == 24;
    QString time;
    auto isStepOfStar = [](const QString &f) {
        return f.startsWith(QLatin1String("*/")) && !f.contains(QLatin1Char(','));
    };
    if (minAll && hourAll) {
        time = QStringLiteral("Every minute");
    } else if (isStepOfStar(min) && hourAll) {
        time = QStringLiteral("Every %1 minutes").arg(min.mid(2).toInt());
    } else if (minCount == 1 && hourAll) {
        const int m = nextBit(m_minutes, 0);
        time = m == 0 ? QStringLiteral("Every hour")
                      : QStringLiteral("At minute %1 past every hour").arg(m);
    } else if (minCount == 1 && isStepOfStar(hour)) {
        time = QStringLiteral("At minute %1 past every %2 hour")
                   .arg(nextBit(m_minutes, 0))
                   .arg(ordinal(hour.mid(2).toInt()));
    } else if (minCount * hourCount <= 6 && !minAll) {
        QStringList times;
        for (int h = nextBit(m_hours, 0); h >= 0; h = nextBit(m_hours, h + 1))
            for (int m = nextBit(m_minutes, 0); m >= 0; m = nextBit(m_minutes, m + 1))
                times << hhmm(h, m);
        time = QStringLiteral("At ") + joinList(times);
    } else {
        const QString m = describeField(0, min, QStringLiteral("minute"));
        time = minAll                                 ? QStringLiteral("Every minute")
               : m.startsWith(QLatin1String("every")) ? QLatin1Char('E') + m.mid(1)
                                                      : QStringLiteral("At minute ") + m;
        time += hourAll ? (minAll || m.startsWith(QLatin1String("every"))
                               ? QString()
                               : QStringLiteral(" past every hour"))
                        : (minAll || m.startsWith(QLatin1String("every"))
                               ? QStringLiteral(" during hour ")
                               : QStringLiteral(" past hour ")) +
                              describeField(1, hour, QStringLiteral("hour"));
    }
    const bool domAll = m_fields[2] == QLatin1String("*");
    const bool dowAll = m_fields[4] == QLatin1String("*");
    const bool monthAll = m_fields[3] == QLatin1String("*");
    QString days;
    const QString domText = describeField(2, m_fields[2], QStringLiteral("day of the month"));
    const QString dom = domText.startsWith(QLatin1String("every"))
                            ? QStringLiteral("on ") + domText
                            : QStringLiteral("on day %1 of the month").arg(domText);
    const QString dow =
        QStringLiteral("on ") + describeField(4, m_fields[4], QStringLiteral("day of the week"));
    bool monthDone = false;
    if (!domAll && !dowAll) {
        days = (m_domStar || m_dowStar) ? dom + QStringLiteral(" if it is also ") + dow.mid(3)
                                        : dom + QStringLiteral(" or ") + dow;
    } else if (!domAll) {
        days = dom;
        if (std::popcount(m_doms) == 1 && std::popcount(m_months) == 1 && !m_domStar) {
            days = QStringLiteral("on %1 %2")
                       .arg(nextBit(m_doms, 1))
                       .arg(QLatin1String(monthLong[nextBit(m_months, 1) - 1]));
            monthDone = true;
        }
    } else if (!dowAll) {
        days = dow;
    }
    QString out = time;
    if (!days.isEmpty())
        out += QLatin1Char(' ') + days;
    if (!monthAll && !monthDone)
        out += QStringLiteral(" in ") + describeField(3, m_fields[3], QStringLiteral("month"));
    return out;
}

} // namespace ss
