#include "MedicationSchedule.h"

#include "RecordError.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace carnet {

namespace {

template<typename T>
void sortUnique(std::vector<T>& values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

const char* const WeekdayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const char* const WeekdayFullNames[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

} // namespace

MedicationSchedule MedicationSchedule::fixedTimes(std::vector<QTime> times)
{
    MedicationSchedule schedule;
    schedule.kind = Kind::FixedTimes;
    schedule.times = std::move(times);
    return schedule;
}

MedicationSchedule MedicationSchedule::everyHours(int hours, const QTime& first)
{
    MedicationSchedule schedule;
    schedule.kind = Kind::EveryHours;
    schedule.intervalHours = hours;
    schedule.firstTime = first;
    return schedule;
}

MedicationSchedule MedicationSchedule::onWeekdays(std::vector<int> days, std::vector<QTime> times)
{
    MedicationSchedule schedule;
    schedule.kind = Kind::Weekdays;
    schedule.weekdays = std::move(days);
    schedule.times = std::move(times);
    return schedule;
}

MedicationSchedule MedicationSchedule::asNeeded()
{
    return {};
}

void MedicationSchedule::normalizeAndValidate()
{
    auto checkTimes = [this] {
        if (times.empty())
            throw RecordError(RecordError::Kind::Invalid, tr("The schedule needs at least one time of day."));
        for (QTime& time : times) {
            if (!time.isValid())
                throw RecordError(RecordError::Kind::Invalid, tr("The schedule has a time of day that is not valid."));
            time = QTime(time.hour(), time.minute());
        }
        sortUnique(times);
    };
    switch (kind) {
    case Kind::FixedTimes:
        checkTimes();
        intervalHours = 0;
        firstTime = QTime();
        weekdays.clear();
        break;
    case Kind::Weekdays:
        checkTimes();
        if (weekdays.empty())
            throw RecordError(RecordError::Kind::Invalid, tr("The schedule needs at least one day of the week."));
        for (int day : weekdays) {
            if (day < Qt::Monday || day > Qt::Sunday)
                throw RecordError(RecordError::Kind::Invalid, tr("%1 is not a day of the week (1 to 7).").arg(day));
        }
        sortUnique(weekdays);
        intervalHours = 0;
        firstTime = QTime();
        // Seven days a week is simply every day; storing it so keeps one way to say it.
        if (weekdays.size() == 7) {
            kind = Kind::FixedTimes;
            weekdays.clear();
        }
        break;
    case Kind::EveryHours:
        if (intervalHours < 1 || intervalHours > MaxIntervalHours)
            throw RecordError(RecordError::Kind::Invalid,
                              tr("The interval must be between 1 and %1 hours, not %2.")
                                  .arg(MaxIntervalHours)
                                  .arg(intervalHours));
        if (!firstTime.isValid())
            throw RecordError(RecordError::Kind::Invalid,
                              tr("An every-%1-hours schedule needs the time of its first dose.").arg(intervalHours));
        firstTime = QTime(firstTime.hour(), firstTime.minute());
        times.clear();
        weekdays.clear();
        break;
    case Kind::AsNeeded:
        times.clear();
        weekdays.clear();
        intervalHours = 0;
        firstTime = QTime();
        break;
    }
}

std::vector<QDateTime> MedicationSchedule::occurrencesOn(const QDate& day, const QDate& startDay) const
{
    std::vector<QDateTime> out;
    if (!day.isValid() || (startDay.isValid() && day < startDay))
        return out;
    switch (kind) {
    case Kind::AsNeeded:
        break;
    case Kind::Weekdays:
        if (std::find(weekdays.begin(), weekdays.end(), day.dayOfWeek()) == weekdays.end())
            break;
        [[fallthrough]];
    case Kind::FixedTimes:
        for (const QTime& time : times)
            out.emplace_back(day, time);
        break;
    case Kind::EveryHours: {
        if (intervalHours < 1 || !firstTime.isValid())
            break;
        // Counted in elapsed time from the first dose, so "every 8 hours" stays 8 hours apart across midnight and
        // across a daylight-saving change.
        const QDateTime anchor(startDay.isValid() ? startDay : day, firstTime);
        const qint64 period = static_cast<qint64>(intervalHours) * 3600;
        const QDateTime dayStart = day.startOfDay();
        const QDateTime dayEnd = day.addDays(1).startOfDay();
        const qint64 offset = anchor.secsTo(dayStart);
        qint64 k = static_cast<qint64>(std::ceil(static_cast<double>(offset) / static_cast<double>(period)));
        if (startDay.isValid())
            k = std::max<qint64>(k, 0);
        for (QDateTime at = anchor.addSecs(k * period); at < dayEnd; at = anchor.addSecs(++k * period)) {
            if (at >= dayStart)
                out.push_back(at);
        }
        break;
    }
    }
    return out;
}

QString MedicationSchedule::timeText(const QTime& time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QString MedicationSchedule::describe() const
{
    QStringList timeTexts;
    for (const QTime& time : times)
        timeTexts << timeText(time);
    QString timeList;
    if (timeTexts.size() == 1) {
        timeList = timeTexts.first();
    } else if (timeTexts.size() > 1) {
        const QString last = timeTexts.takeLast();
        timeList = tr("%1 and %2", "list of times").arg(timeTexts.join(tr(", ", "list separator")), last);
    }
    switch (kind) {
    case Kind::AsNeeded:
        return tr("As needed");
    case Kind::FixedTimes:
        if (times.size() == 1)
            return tr("Once a day at %1").arg(timeList);
        if (times.size() == 2)
            return tr("Twice a day at %1").arg(timeList);
        return tr("%1 times a day at %2").arg(times.size()).arg(timeList);
    case Kind::EveryHours:
        if (intervalHours == 1)
            return tr("Every hour from %1").arg(timeText(firstTime));
        return tr("Every %1 hours from %2").arg(intervalHours).arg(timeText(firstTime));
    case Kind::Weekdays: {
        static const char* const shortNames[] = {
            QT_TR_NOOP("Mon"), QT_TR_NOOP("Tue"), QT_TR_NOOP("Wed"), QT_TR_NOOP("Thu"),
            QT_TR_NOOP("Fri"), QT_TR_NOOP("Sat"), QT_TR_NOOP("Sun"),
        };
        QStringList days;
        for (int day : weekdays) {
            if (day >= Qt::Monday && day <= Qt::Sunday)
                days << tr(shortNames[day - 1]);
        }
        return tr("%1 at %2", "days at times").arg(days.join(tr(", ", "list separator")), timeList);
    }
    }
    return {};
}

QString MedicationSchedule::kindName(Kind kind)
{
    switch (kind) {
    case Kind::FixedTimes:
        return QStringLiteral("times");
    case Kind::EveryHours:
        return QStringLiteral("every-hours");
    case Kind::Weekdays:
        return QStringLiteral("days");
    case Kind::AsNeeded:
        return QStringLiteral("as-needed");
    }
    return {};
}

std::optional<MedicationSchedule::Kind> MedicationSchedule::kindFromName(const QString& name)
{
    for (Kind kind : {Kind::FixedTimes, Kind::EveryHours, Kind::Weekdays, Kind::AsNeeded}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString MedicationSchedule::weekdayName(int day)
{
    if (day < Qt::Monday || day > Qt::Sunday)
        return {};
    return QString::fromLatin1(WeekdayNames[day - 1]);
}

std::optional<int> MedicationSchedule::weekdayFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    for (int i = 0; i < 7; ++i) {
        if (lower == QLatin1String(WeekdayNames[i]) || lower == QLatin1String(WeekdayFullNames[i]))
            return i + 1;
    }
    return std::nullopt;
}

std::optional<QTime> MedicationSchedule::parseTime(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int hour = match.captured(1).toInt();
    const int minute = match.captured(2).toInt();
    if (hour > 23 || minute > 59)
        return std::nullopt;
    return QTime(hour, minute);
}

QJsonObject MedicationSchedule::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), kindName(kind)}};
    if (kind == Kind::FixedTimes || kind == Kind::Weekdays) {
        QJsonArray timeArray;
        for (const QTime& time : times)
            timeArray.append(timeText(time));
        json.insert(QStringLiteral("times"), timeArray);
    }
    if (kind == Kind::Weekdays) {
        QJsonArray dayArray;
        for (int day : weekdays)
            dayArray.append(weekdayName(day));
        json.insert(QStringLiteral("days"), dayArray);
    }
    if (kind == Kind::EveryHours) {
        json.insert(QStringLiteral("interval_hours"), intervalHours);
        json.insert(QStringLiteral("first_time"), timeText(firstTime));
    }
    return json;
}

MedicationSchedule MedicationSchedule::fromJson(const QJsonObject& json)
{
    const QString name = json.value(QStringLiteral("kind")).toString();
    const std::optional<Kind> kind = kindFromName(name);
    if (!kind)
        throw RecordError(RecordError::Kind::Invalid, tr("'%1' is not a kind of schedule.").arg(name));
    MedicationSchedule schedule;
    schedule.kind = *kind;
    for (const QJsonValue& value : json.value(QStringLiteral("times")).toArray()) {
        const std::optional<QTime> time = parseTime(value.toString());
        if (!time)
            throw RecordError(RecordError::Kind::Invalid, tr("'%1' is not a time; use HH:MM.").arg(value.toString()));
        schedule.times.push_back(*time);
    }
    for (const QJsonValue& value : json.value(QStringLiteral("days")).toArray()) {
        const std::optional<int> day = weekdayFromName(value.toString());
        if (!day)
            throw RecordError(RecordError::Kind::Invalid, tr("'%1' is not a day of the week.").arg(value.toString()));
        schedule.weekdays.push_back(*day);
    }
    schedule.intervalHours = json.value(QStringLiteral("interval_hours")).toInt();
    if (json.contains(QStringLiteral("first_time")))
        schedule.firstTime = parseTime(json.value(QStringLiteral("first_time")).toString()).value_or(QTime());
    schedule.normalizeAndValidate();
    return schedule;
}

} // namespace carnet
