#include "RecurrencePattern.h"

#include <QLocale>
#include <QSet>
#include <QStringList>
#include <algorithm>

namespace carnet {

namespace {

const QStringList& weekdayCodes()
{
    static const QStringList codes = {
        QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"), QStringLiteral("TH"),
        QStringLiteral("FR"), QStringLiteral("SA"), QStringLiteral("SU"),
    };
    return codes;
}

std::optional<int> positiveNumber(const QString& text, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace

QString RecurrencePattern::weekdayCode(int day)
{
    return day >= 1 && day <= 7 ? weekdayCodes().at(day - 1) : QString();
}

QString RecurrencePattern::toRule() const
{
    QStringList parts;
    switch (frequency) {
    case Frequency::None:
        return {};
    case Frequency::Daily:
        parts << QStringLiteral("FREQ=DAILY");
        break;
    case Frequency::Weekly:
        parts << QStringLiteral("FREQ=WEEKLY");
        break;
    case Frequency::Monthly:
        parts << QStringLiteral("FREQ=MONTHLY");
        break;
    case Frequency::Yearly:
        parts << QStringLiteral("FREQ=YEARLY");
        break;
    }
    if (interval > 1)
        parts << QStringLiteral("INTERVAL=%1").arg(interval);
    if (frequency == Frequency::Weekly && !weekdays.empty()) {
        std::vector<int> days = weekdays;
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        QStringList codes;
        for (int day : days)
            codes << weekdayCode(day);
        parts << QStringLiteral("BYDAY=") + codes.join(QLatin1Char(','));
    }
    if (end == End::AfterCount)
        parts << QStringLiteral("COUNT=%1").arg(count);
    else if (end == End::Until && until.isValid())
        parts << QStringLiteral("UNTIL=") + until.toString(QStringLiteral("yyyyMMdd"));
    return parts.join(QLatin1Char(';'));
}

std::optional<RecurrencePattern> RecurrencePattern::fromRule(const QString& text)
{
    RecurrencePattern pattern;
    QString rule = text.trimmed().toUpper();
    if (rule.startsWith(QLatin1String("RRULE:")))
        rule = rule.mid(6);
    if (rule.isEmpty())
        return pattern;

    QSet<QString> seen;
    for (const QString& part : rule.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return std::nullopt;
        const QString name = part.left(equals);
        const QString value = part.mid(equals + 1);
        if (seen.contains(name))
            return std::nullopt;
        seen.insert(name);
        if (name == QLatin1String("FREQ")) {
            if (value == QLatin1String("DAILY"))
                pattern.frequency = Frequency::Daily;
            else if (value == QLatin1String("WEEKLY"))
                pattern.frequency = Frequency::Weekly;
            else if (value == QLatin1String("MONTHLY"))
                pattern.frequency = Frequency::Monthly;
            else if (value == QLatin1String("YEARLY"))
                pattern.frequency = Frequency::Yearly;
            else
                return std::nullopt;
        } else if (name == QLatin1String("INTERVAL")) {
            const std::optional<int> interval = positiveNumber(value, MaxInterval);
            if (!interval)
                return std::nullopt;
            pattern.interval = *interval;
        } else if (name == QLatin1String("BYDAY")) {
            for (const QString& code : value.split(QLatin1Char(','))) {
                const qsizetype index = weekdayCodes().indexOf(code); // a numbered day such as 1MO is not found
                if (index < 0)
                    return std::nullopt;
                pattern.weekdays.push_back(static_cast<int>(index) + 1);
            }
            std::sort(pattern.weekdays.begin(), pattern.weekdays.end());
            pattern.weekdays.erase(std::unique(pattern.weekdays.begin(), pattern.weekdays.end()),
                                   pattern.weekdays.end());
        } else if (name == QLatin1String("COUNT")) {
            const std::optional<int> count = positiveNumber(value, MaxCount);
            if (!count)
                return std::nullopt;
            pattern.end = End::AfterCount;
            pattern.count = *count;
        } else if (name == QLatin1String("UNTIL")) {
            // Only a date: a timed UNTIL would lose its time in the form.
            const QDate until = QDate::fromString(value, QStringLiteral("yyyyMMdd"));
            if (value.size() != 8 || !until.isValid())
                return std::nullopt;
            pattern.end = End::Until;
            pattern.until = until;
        } else {
            return std::nullopt;
        }
    }
    if (pattern.frequency == Frequency::None)
        return std::nullopt;
    if (!pattern.weekdays.empty() && pattern.frequency != Frequency::Weekly)
        return std::nullopt;
    if (seen.contains(QStringLiteral("COUNT")) && seen.contains(QStringLiteral("UNTIL")))
        return std::nullopt;
    return pattern;
}

QString RecurrencePattern::describe() const
{
    QString every;
    switch (frequency) {
    case Frequency::None:
        return {};
    case Frequency::Daily:
        every = interval == 1 ? tr("Daily") : tr("Every %n days", nullptr, interval);
        break;
    case Frequency::Weekly:
        every = interval == 1 ? tr("Weekly") : tr("Every %n weeks", nullptr, interval);
        break;
    case Frequency::Monthly:
        every = interval == 1 ? tr("Monthly") : tr("Every %n months", nullptr, interval);
        break;
    case Frequency::Yearly:
        every = interval == 1 ? tr("Yearly") : tr("Every %n years", nullptr, interval);
        break;
    }
    const QLocale locale;
    if (frequency == Frequency::Weekly && !weekdays.empty()) {
        QStringList names;
        for (int day : weekdays)
            names << locale.dayName(day, QLocale::ShortFormat);
        every = tr("%1 on %2").arg(every, locale.createSeparatedList(names));
    }
    if (end == End::AfterCount)
        return count == 1 ? tr("%1, once").arg(every) : tr("%1, %n times", nullptr, count).arg(every);
    if (end == End::Until && until.isValid())
        return tr("%1, until %2").arg(every, locale.toString(until, QLocale::ShortFormat));
    return every;
}

} // namespace carnet
