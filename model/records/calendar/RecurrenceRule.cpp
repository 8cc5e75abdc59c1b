#include "RecurrenceRule.h"

#include "RecordError.h"

#include <QSet>
#include <QStringList>

#include <libical/ical.h>

#include <memory>

namespace carnet {

namespace {

const QStringList& knownParts()
{
    static const QStringList parts = {
        QStringLiteral("FREQ"),      QStringLiteral("UNTIL"),    QStringLiteral("COUNT"),
        QStringLiteral("INTERVAL"),  QStringLiteral("BYSECOND"), QStringLiteral("BYMINUTE"),
        QStringLiteral("BYHOUR"),    QStringLiteral("BYDAY"),    QStringLiteral("BYMONTHDAY"),
        QStringLiteral("BYYEARDAY"), QStringLiteral("BYWEEKNO"), QStringLiteral("BYMONTH"),
        QStringLiteral("BYSETPOS"),  QStringLiteral("WKST"),
    };
    return parts;
}

// Filters that may narrow a rule repeating more often than daily. libical looks for the next match candidate by
// candidate inside one icalrecur_iterator_next() call, which no step limit of ours can interrupt: with
// FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30 it walks every second until the year 2582. These filters always match again
// within a week, so the search stays short.
const QStringList& subDailyFilters()
{
    static const QStringList parts
        = {QStringLiteral("BYSECOND"), QStringLiteral("BYMINUTE"), QStringLiteral("BYHOUR"), QStringLiteral("BYDAY")};
    return parts;
}

struct IteratorFree
{
    void operator()(icalrecur_iterator* iterator) const { icalrecur_iterator_free(iterator); }
};
using Iterator = std::unique_ptr<icalrecur_iterator, IteratorFree>;

// A wall-clock time (no zone) carried in a UTC QDateTime, so it compares and adds without DST rules.
QDateTime wallClock(const QDateTime& instant, const QTimeZone& zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

QDateTime wallClock(const icaltimetype& time)
{
    return QDateTime(QDate(time.year, time.month, time.day),
                     time.is_date ? QTime(0, 0) : QTime(time.hour, time.minute, time.second), Qt::UTC);
}

icaltimetype floatingTime(const QDateTime& wall)
{
    icaltimetype time = icaltime_null_time();
    time.year = wall.date().year();
    time.month = wall.date().month();
    time.day = wall.date().day();
    time.hour = wall.time().hour();
    time.minute = wall.time().minute();
    time.second = wall.time().second();
    time.is_date = 0;
    time.zone = nullptr;
    return time;
}

QDateTime instantOf(const QDateTime& wall, const QTimeZone& zone)
{
    return QDateTime(wall.date(), wall.time(), zone).toUTC();
}

bool parsesAlone(const QString& rule)
{
    icalerror_clear_errno();
    const icalrecurrencetype parsed = icalrecurrencetype_from_string(rule.toLatin1().constData());
    return icalerrno == ICAL_NO_ERROR && parsed.freq != ICAL_NO_RECURRENCE;
}

// A rule parsed by libical, with UNTIL turned into the wall-clock time of the appointment's zone, because the
// expansion runs on floating (zone-less) times.
struct PreparedRule
{
    QString canonical;
    icalrecurrencetype rule;
    QDateTime wallStart;
    QDateTime until; // UTC instant; invalid without UNTIL
};

PreparedRule prepare(const QString& text, const QDateTime& start, const QTimeZone& zone)
{
    auto invalid = [](const QString& message) { return RecordError(RecordError::Kind::Invalid, message); };

    QString rule = text.trimmed();
    if (rule.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive))
        rule = rule.mid(6);
    rule = rule.toUpper();
    if (rule.isEmpty())
        throw invalid(RecurrenceRule::tr("The recurrence rule is empty."));

    QStringList parts;
    QSet<QString> seen;
    QString frequency;
    for (const QString& part : rule.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals <= 0)
            throw invalid(RecurrenceRule::tr("In the recurrence rule, '%1' is not of the form NAME=VALUE.").arg(part));
        const QString name = part.left(equals);
        if (!knownParts().contains(name))
            throw invalid(RecurrenceRule::tr("The recurrence rule part %1 is not supported.").arg(name));
        if (equals == part.size() - 1)
            throw invalid(RecurrenceRule::tr("In the recurrence rule, %1 has no value.").arg(name));
        if (seen.contains(name))
            throw invalid(RecurrenceRule::tr("The recurrence rule gives %1 more than once.").arg(name));
        seen.insert(name);
        if (name == QLatin1String("FREQ"))
            frequency = part.mid(equals + 1);
        parts << part;
    }
    if (frequency.isEmpty())
        throw invalid(RecurrenceRule::tr("The recurrence rule has no FREQ (for example FREQ=WEEKLY)."));
    static const QStringList frequencies = {
        QStringLiteral("SECONDLY"), QStringLiteral("MINUTELY"), QStringLiteral("HOURLY"), QStringLiteral("DAILY"),
        QStringLiteral("WEEKLY"),   QStringLiteral("MONTHLY"),  QStringLiteral("YEARLY"),
    };
    if (!frequencies.contains(frequency))
        throw invalid(
            RecurrenceRule::tr("In the recurrence rule, FREQ=%1 is not a frequency; use DAILY, WEEKLY, MONTHLY, "
                               "YEARLY, HOURLY, MINUTELY or SECONDLY.")
                .arg(frequency));
    if (seen.contains(QStringLiteral("COUNT")) && seen.contains(QStringLiteral("UNTIL")))
        throw invalid(
            RecurrenceRule::tr("The recurrence rule has both COUNT and UNTIL; RFC 5545 allows only one of them."));

    PreparedRule prepared;
    prepared.canonical = parts.join(QLatin1Char(';'));
    icalerror_clear_errno();
    prepared.rule = icalrecurrencetype_from_string(prepared.canonical.toLatin1().constData());
    if (icalerrno != ICAL_NO_ERROR || prepared.rule.freq == ICAL_NO_RECURRENCE) {
        // libical only says "malformed"; try each part on its own to name the one it refuses.
        for (const QString& part : std::as_const(parts)) {
            if (!part.startsWith(QLatin1String("FREQ="))
                && !parsesAlone(QStringLiteral("FREQ=%1;%2").arg(frequency, part)))
                throw invalid(RecurrenceRule::tr("In the recurrence rule, %1 is not a valid value.").arg(part));
        }
        throw invalid(RecurrenceRule::tr("The recurrence rule %1 is not valid RFC 5545.").arg(prepared.canonical));
    }

    for (int i = 0; i < ICAL_BY_MONTH_SIZE && prepared.rule.by_month[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        const short month = prepared.rule.by_month[i];
        if (icalrecurrencetype_month_is_leap(month) || icalrecurrencetype_month_month(month) > 12)
            throw invalid(RecurrenceRule::tr("In the recurrence rule, BYMONTH may only name months 1 to 12."));
    }
    const bool subDaily = prepared.rule.freq == ICAL_SECONDLY_RECURRENCE
        || prepared.rule.freq == ICAL_MINUTELY_RECURRENCE || prepared.rule.freq == ICAL_HOURLY_RECURRENCE;
    if (subDaily) {
        for (const QString& part : std::as_const(parts)) {
            const QString name = part.left(part.indexOf(QLatin1Char('=')));
            if (name.startsWith(QLatin1String("BY")) && !subDailyFilters().contains(name))
                throw invalid(
                    RecurrenceRule::tr("A rule repeating %1 can only be narrowed with BYHOUR, BYMINUTE, BYSECOND and "
                                       "BYDAY, not with %2.")
                        .arg(frequency, name));
        }
        for (int i = 0; i < ICAL_BY_DAY_SIZE && prepared.rule.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
            if (icalrecurrencetype_day_position(prepared.rule.by_day[i]) != 0)
                throw invalid(
                    RecurrenceRule::tr("A rule repeating %1 cannot use numbered weekdays in BYDAY (such as 1MO).")
                        .arg(frequency));
        }
    }

    prepared.wallStart = wallClock(start, zone);
    if (!icaltime_is_null_time(prepared.rule.until)) {
        const icaltimetype until = prepared.rule.until;
        QDateTime untilWall;
        if (until.is_date) {
            // A date-only UNTIL includes that whole day.
            untilWall = QDateTime(QDate(until.year, until.month, until.day), QTime(23, 59, 59), Qt::UTC);
            prepared.until = instantOf(untilWall, zone);
        } else if (icaltime_is_utc(until)) {
            prepared.until = wallClock(until); // wallClock() yields UTC fields, which is what a "Z" time is
            untilWall = wallClock(prepared.until, zone);
        } else {
            untilWall = wallClock(until);
            prepared.until = instantOf(untilWall, zone);
        }
        prepared.rule.until = floatingTime(untilWall);
    }
    return prepared;
}

} // namespace

QString RecurrenceRule::validated(const QString& text, const QDateTime& start, const QTimeZone& zone)
{
    PreparedRule prepared = prepare(text, start, zone);
    if (prepared.until.isValid() && prepared.until < start) {
        throw RecordError(RecordError::Kind::Invalid,
                          tr("The recurrence rule ends (UNTIL %1) before the appointment starts (%2).")
                              .arg(prepared.until.toTimeZone(zone).toString(Qt::ISODate),
                                   start.toTimeZone(zone).toString(Qt::ISODate)));
    }
    const Iterator iterator(icalrecur_iterator_new(prepared.rule, floatingTime(prepared.wallStart)));
    if (!iterator) {
        throw RecordError(
            RecordError::Kind::Invalid,
            tr("The recurrence rule %1 combines parts that RFC 5545 does not allow together.").arg(prepared.canonical));
    }
    const bool bounded = prepared.rule.count > 0 || prepared.until.isValid();
    if (!bounded && icaltime_is_null_time(icalrecur_iterator_next(iterator.get()))) {
        throw RecordError(RecordError::Kind::Invalid,
                          tr("The recurrence rule %1 never produces a date.").arg(prepared.canonical));
    }
    return prepared.canonical;
}

RecurrenceRule::Expansion RecurrenceRule::expand(const QString& rule, const QDateTime& start, const QTimeZone& zone,
                                                 const QDateTime& notBefore, const QDateTime& before, int maxCount)
{
    Expansion out;
    if (maxCount <= 0 || !start.isValid())
        return out;
    PreparedRule prepared;
    try {
        prepared = prepare(rule, start, zone);
    } catch (const RecordError&) {
        return out;
    }
    const Iterator iterator(icalrecur_iterator_new(prepared.rule, floatingTime(prepared.wallStart)));
    if (!iterator)
        return out;

    // Returns false once nothing more is wanted.
    auto take = [&](const QDateTime& at) {
        if (before.isValid() && at >= before)
            return false;
        if (!notBefore.isValid() || at >= notBefore)
            out.starts.push_back(at);
        return static_cast<int>(out.starts.size()) < maxCount;
    };

    // Without COUNT the iterator can start near the window instead of walking there from the first date; three hours
    // of margin cover the wall-clock hours a DST change repeats. With COUNT every earlier date must be counted, so it
    // walks.
    bool jumped = false;
    QDateTime skipBeforeWall;
    if (notBefore.isValid() && notBefore > start) {
        skipBeforeWall = wallClock(notBefore, zone).addSecs(-3 * 3600);
        if (prepared.rule.count == 0 && skipBeforeWall > prepared.wallStart)
            jumped = icalrecur_iterator_set_start(iterator.get(), floatingTime(skipBeforeWall)) == 1;
    }
    int produced = 0;
    if (!jumped) {
        produced = 1; // DTSTART
        if (!take(start))
            return out;
    }
    for (int steps = 1;; ++steps) {
        if (steps > MaxExpansionSteps) {
            out.truncated = true;
            break;
        }
        const icaltimetype next = icalrecur_iterator_next(iterator.get());
        if (icaltime_is_null_time(next))
            break;
        const QDateTime wall = wallClock(next);
        if (!jumped && wall == prepared.wallStart)
            continue; // the rule produced DTSTART itself, already counted
        if (prepared.rule.count > 0 && ++produced > prepared.rule.count)
            break;
        if (skipBeforeWall.isValid() && wall < skipBeforeWall)
            continue; // far before the window: skip the time-zone conversion
        if (!take(instantOf(wall, zone)))
            break;
    }
    return out;
}

} // namespace carnet
