#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <limits>
#include <vector>

namespace carnet {

// An RFC 5545 recurrence rule (RRULE), checked and expanded with libical in the wall-clock time of one time zone, so
// an appointment at 09:00 stays at 09:00 local time across daylight-saving changes.
class RecurrenceRule
{
    Q_DECLARE_TR_FUNCTIONS(RecurrenceRule)

public:
    // No expansion looks at more candidate dates than this, so a FREQ=SECONDLY rule cannot hang a query.
    static constexpr int MaxExpansionSteps = 50000;

    struct Expansion
    {
        std::vector<QDateTime> starts; // UTC, ascending
        bool truncated = false; // MaxExpansionSteps was reached before the window was covered
    };

    // The rule as it is stored (upper case, no "RRULE:" prefix, no empty parts) after checking it for an appointment
    // that starts at `start` in `zone`. Throws RecordError(Invalid) with a message that names what is wrong.
    static QString validated(const QString& text, const QDateTime& start, const QTimeZone& zone);

    // The starts of the recurrence set in [notBefore, before), at most maxCount of them; an invalid notBefore or
    // before leaves that side open. The appointment's own start always counts as the first occurrence, as RFC 5545
    // §3.8.5.3 says, also when the rule would not produce it. A rule that no longer validates expands to nothing.
    static Expansion expand(const QString& rule, const QDateTime& start, const QTimeZone& zone,
                            const QDateTime& notBefore, const QDateTime& before,
                            int maxCount = std::numeric_limits<int>::max());
};

} // namespace carnet
