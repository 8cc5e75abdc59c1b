#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace carnet {

// When a medication is meant to be taken: at fixed times each day, every N hours, on some days of the week, or as
// needed (no due doses). Times are local wall-clock times; FHIR R4 Dosage.timing carries the same information.
struct MedicationSchedule
{
    Q_DECLARE_TR_FUNCTIONS(MedicationSchedule)

public:
    enum class Kind {
        FixedTimes, // every day at times
        EveryHours, // every intervalHours hours, counted from firstTime on the day the schedule starts
        Weekdays,   // on weekdays, at times
        AsNeeded,   // PRN: doses are logged, none are due
    };

    static constexpr int MaxIntervalHours = 168;

    Kind kind = Kind::AsNeeded;
    std::vector<QTime> times;  // FixedTimes and Weekdays: whole minutes, sorted, no duplicates
    int intervalHours = 0;     // EveryHours: 1 … MaxIntervalHours
    QTime firstTime;           // EveryHours: the first dose of the first day
    std::vector<int> weekdays; // Weekdays: Qt::DayOfWeek values (1 = Monday … 7 = Sunday), sorted, no duplicates

    static MedicationSchedule fixedTimes(std::vector<QTime> times);
    static MedicationSchedule everyHours(int hours, const QTime& first);
    static MedicationSchedule onWeekdays(std::vector<int> days, std::vector<QTime> times);
    static MedicationSchedule asNeeded();

    bool isAsNeeded() const { return kind == Kind::AsNeeded; }

    // Sorts and de-duplicates times and days; throws RecordError(Invalid) naming what is wrong.
    void normalizeAndValidate();

    // The doses due on a local calendar day. startDay is the first day of the schedule: nothing is due before it, and
    // an every-N-hours schedule counts from firstTime on that day, so its doses run on across midnight.
    std::vector<QDateTime> occurrencesOn(const QDate& day, const QDate& startDay) const;

    // "Twice a day at 08:00 and 20:00", "Every 8 hours from 06:00", "Mon, Wed, Fri at 09:00", "As needed".
    QString describe() const;

    // Machine words as stored and printed in JSON: "times", "every-hours", "days", "as-needed".
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
    // "mon" … "sun" (also accepts full English names), case-insensitive.
    static QString weekdayName(int day);
    static std::optional<int> weekdayFromName(const QString& name);
    // Strict "HH:MM" (also "H:MM"), 00:00 … 23:59.
    static std::optional<QTime> parseTime(const QString& text);
    static QString timeText(const QTime& time);

    QJsonObject toJson() const;
    // Throws RecordError(Invalid) if the object does not describe a valid schedule.
    static MedicationSchedule fromJson(const QJsonObject& json);

    bool operator==(const MedicationSchedule& other) const = default;
};

} // namespace carnet
