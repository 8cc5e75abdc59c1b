#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace carnet {

// The recurrences a person picks from a form (every N days, weeks on chosen weekdays, months or years; ending never,
// after N dates or on a day), turned into an RRULE and back. Rules beyond that stay raw RRULE text.
struct RecurrencePattern
{
    Q_DECLARE_TR_FUNCTIONS(RecurrencePattern)

public:
    enum class Frequency { None, Daily, Weekly, Monthly, Yearly };
    enum class End { Never, AfterCount, Until };

    static constexpr int MaxInterval = 999;
    static constexpr int MaxCount = 9999;

    Frequency frequency = Frequency::None;
    int interval = 1; // 1 … MaxInterval
    std::vector<int> weekdays; // Weekly: Qt::DayOfWeek values, sorted; empty means the weekday of the start
    End end = End::Never;
    int count = 0; // AfterCount: 1 … MaxCount
    QDate until; // Until: the last day that may have a date (inclusive)

    // The RRULE value (FREQ first, then INTERVAL, BYDAY, COUNT or UNTIL); empty for Frequency::None. Not validated:
    // RecurrenceRule::validated() decides whether it fits the appointment.
    QString toRule() const;
    // The pattern a rule expresses, or nothing when it uses parts the form cannot show (BYMONTHDAY, WKST, a timed
    // UNTIL, numbered weekdays, ...). An empty rule is Frequency::None.
    static std::optional<RecurrencePattern> fromRule(const QString& rule);

    // "Every 2 weeks on Monday and Thursday, 10 times"; empty for Frequency::None.
    QString describe() const;

    bool operator==(const RecurrencePattern& other) const = default;

    // "MO" … "SU" for Qt::DayOfWeek 1 … 7.
    static QString weekdayCode(int day);
};

} // namespace carnet
