#include "AppointmentRepository.h"
#include "RecordError.h"
#include "RecurrenceRule.h"
#include "TemporaryVault.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

#include <libical/ical.h>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

const QTimeZone Berlin("Europe/Berlin");
const QTimeZone NewYork("America/New_York");

QDateTime at(const QTimeZone& zone, int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), zone);
}

Appointment recurring(const QString& rule, const QDateTime& start, int minutes = 30)
{
    Appointment appointment;
    appointment.title = QStringLiteral("Appointment");
    appointment.start = start;
    appointment.end = start.addSecs(minutes * 60);
    appointment.timeZone = QString::fromUtf8(start.timeZone().id());
    appointment.recurrenceRule = rule;
    return appointment;
}

QStringList localStarts(const std::vector<Occurrence>& occurrences,
                        const QString& format = QStringLiteral("yyyy-MM-dd HH:mm"))
{
    QStringList out;
    for (const Occurrence& occurrence : occurrences)
        out << occurrence.localStart().toString(format);
    return out;
}

// One recurring component read from an iCalendar file with libical's own parser.
struct IcalRule
{
    QString file;
    QString component; // VEVENT, STANDARD, DAYLIGHT, ...
    QString rule;
    QString tzid;
    QDateTime wallStart; // floating: the fields as written, in a UTC QDateTime
    bool isDate = false;
};

void collectRules(icalcomponent* component, const QString& file, std::vector<IcalRule>& out)
{
    // Before the RRULE loop: libical keeps one property cursor per component, which a lookup inside would reset.
    icalproperty* dtstart = icalcomponent_get_first_property(component, ICAL_DTSTART_PROPERTY);
    for (icalproperty* rrule = icalcomponent_get_first_property(component, ICAL_RRULE_PROPERTY); rrule && dtstart;
         rrule = icalcomponent_get_next_property(component, ICAL_RRULE_PROPERTY)) {
        IcalRule found;
        found.file = file;
        found.component = QString::fromLatin1(icalcomponent_kind_to_string(icalcomponent_isa(component)));
        found.rule = QString::fromUtf8(icalproperty_get_value_as_string(rrule));
        const icaltimetype start = icalproperty_get_dtstart(dtstart);
        found.isDate = start.is_date != 0;
        found.wallStart
            = QDateTime(QDate(start.year, start.month, start.day),
                        found.isDate ? QTime(0, 0) : QTime(start.hour, start.minute, start.second), Qt::UTC);
        if (icalparameter* tzid = icalproperty_get_first_parameter(dtstart, ICAL_TZID_PARAMETER))
            found.tzid = QString::fromUtf8(icalparameter_get_tzid(tzid));
        out.push_back(found);
    }
    for (icalcomponent* child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); child;
         child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
        collectRules(child, file, out);
}

std::vector<IcalRule> rulesIn(const QString& fileName)
{
    const QString path = QDir(testsupport::sharedTestDataDir()).filePath(QStringLiteral("ical/") + fileName);
    const QByteArray text = testsupport::readFile(path);
    std::vector<IcalRule> out;
    if (text.isEmpty())
        return out;
    icalcomponent* root = icalparser_parse_string(text.constData());
    if (root) {
        collectRules(root, fileName, out);
        icalcomponent_free(root);
    }
    return out;
}

// The n-th (from 1, or from -1 backwards) given weekday of a month, computed with QDate alone.
QDate nthWeekday(int year, int month, int n, int dayOfWeek)
{
    if (n > 0) {
        QDate day(year, month, 1);
        while (day.dayOfWeek() != dayOfWeek)
            day = day.addDays(1);
        return day.addDays(7 * (n - 1));
    }
    QDate day = QDate(year, month, 1).addMonths(1).addDays(-1);
    while (day.dayOfWeek() != dayOfWeek)
        day = day.addDays(-1);
    return day.addDays(7 * (n + 1));
}

} // namespace

class TestRecurrence : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TemporaryVault> m_vault;
    std::unique_ptr<AppointmentRepository> m_repository;

    std::vector<Occurrence> occurrencesOf(const Appointment& appointment, const QDateTime& from, const QDateTime& to)
    {
        return m_repository->occurrencesOf(m_repository->add(appointment), from, to);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!testsupport::sharedTestDataDir().isEmpty(), "CARNET_SHARED_TESTDATA is not set");
        m_vault = std::make_unique<TemporaryVault>();
        m_repository = std::make_unique<AppointmentRepository>(m_vault->db());
    }

    void cleanupTestCase()
    {
        m_repository.reset();
        m_vault.reset();
    }

    void weeklyByDay()
    {
        const auto dates
            = occurrencesOf(recurring(QStringLiteral("FREQ=WEEKLY;BYDAY=TU,TH"), at(Berlin, 2026, 3, 3, 10)),
                            at(Berlin, 2026, 3, 1), at(Berlin, 2026, 3, 15));
        QCOMPARE(localStarts(dates),
                 (QStringList {QStringLiteral("2026-03-03 10:00"), QStringLiteral("2026-03-05 10:00"),
                               QStringLiteral("2026-03-10 10:00"), QStringLiteral("2026-03-12 10:00")}));
        for (const Occurrence& occurrence : dates) {
            QVERIFY(occurrence.recurring);
            QCOMPARE(occurrence.start.secsTo(occurrence.end), qint64(1800));
        }
    }

    void monthlySkipsMonthsWithoutTheDay()
    {
        const auto dates
            = occurrencesOf(recurring(QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=31"), at(Berlin, 2026, 1, 31, 8)),
                            at(Berlin, 2026, 1, 1), at(Berlin, 2026, 9, 1));
        QCOMPARE(localStarts(dates, QStringLiteral("MM-dd")),
                 (QStringList {QStringLiteral("01-31"), QStringLiteral("03-31"), QStringLiteral("05-31"),
                               QStringLiteral("07-31"), QStringLiteral("08-31")}));
        const auto lastFriday
            = occurrencesOf(recurring(QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR"), at(Berlin, 2026, 1, 30, 15)),
                            at(Berlin, 2026, 1, 1), at(Berlin, 2026, 5, 1));
        QCOMPARE(localStarts(lastFriday, QStringLiteral("MM-dd")),
                 (QStringList {QStringLiteral("01-30"), QStringLiteral("02-27"), QStringLiteral("03-27"),
                               QStringLiteral("04-24")}));
    }

    void countAndUntilBoundTheSeries()
    {
        const Appointment counted = recurring(QStringLiteral("FREQ=DAILY;COUNT=5"), at(Berlin, 2026, 3, 1, 9));
        const std::int64_t id = m_repository->add(counted);
        QCOMPARE(m_repository->occurrencesOf(id, at(Berlin, 2026, 1, 1), at(Berlin, 2027, 1, 1)).size(),
                 std::size_t(5));
        // A window that starts in the middle sees only the rest.
        QCOMPARE(localStarts(m_repository->occurrencesOf(id, at(Berlin, 2026, 3, 4), at(Berlin, 2027, 1, 1))),
                 (QStringList {QStringLiteral("2026-03-04 09:00"), QStringLiteral("2026-03-05 09:00")}));

        // UNTIL includes its own instant (08:00Z is 09:00 in Berlin); a date-only UNTIL includes its whole day.
        for (const char* rule : {"FREQ=DAILY;UNTIL=20260305T080000Z", "FREQ=DAILY;UNTIL=20260305"}) {
            const auto dates = occurrencesOf(recurring(QString::fromLatin1(rule), at(Berlin, 2026, 3, 1, 9)),
                                             at(Berlin, 2026, 1, 1), at(Berlin, 2027, 1, 1));
            QCOMPARE(dates.size(), std::size_t(5));
            QCOMPARE(dates.back().localStart(), at(Berlin, 2026, 3, 5, 9));
        }
    }

    void startAlwaysCountsFirst()
    {
        // RFC 5545: DTSTART is the first occurrence even when the rule would not produce it (a Sunday here).
        const auto dates
            = occurrencesOf(recurring(QStringLiteral("FREQ=WEEKLY;BYDAY=TU;COUNT=3"), at(Berlin, 2026, 3, 1, 9)),
                            at(Berlin, 2026, 1, 1), at(Berlin, 2027, 1, 1));
        QCOMPARE(localStarts(dates, QStringLiteral("MM-dd")),
                 (QStringList {QStringLiteral("03-01"), QStringLiteral("03-03"), QStringLiteral("03-10")}));
    }

    void exceptionDatesAreLeftOut()
    {
        Appointment appointment = recurring(QStringLiteral("FREQ=WEEKLY;COUNT=4"), at(Berlin, 2026, 3, 2, 9));
        appointment.exceptionDates = {at(Berlin, 2026, 3, 9, 9), at(NewYork, 2026, 3, 16, 4)}; // the same instant in NY
        const auto dates = occurrencesOf(appointment, at(Berlin, 2026, 1, 1), at(Berlin, 2027, 1, 1));
        // COUNT counts the skipped dates too (RFC 5545: EXDATE removes from the set COUNT built).
        QCOMPARE(localStarts(dates, QStringLiteral("MM-dd")),
                 (QStringList {QStringLiteral("03-02"), QStringLiteral("03-23")}));
    }

    void daylightSavingKeepsLocalTime()
    {
        const auto spring = occurrencesOf(recurring(QStringLiteral("FREQ=WEEKLY"), at(Berlin, 2026, 3, 16, 9)),
                                          at(Berlin, 2026, 3, 16), at(Berlin, 2026, 4, 7));
        QCOMPARE(spring.size(), std::size_t(4));
        for (const Occurrence& occurrence : spring) {
            QCOMPARE(occurrence.localStart().time(), QTime(9, 0));
            QCOMPARE(occurrence.localEnd().time(), QTime(9, 30));
        }
        // 29 March 2026 is the switch: 08:00 UTC before it, 07:00 UTC after it.
        QCOMPARE(spring[1].start, QDateTime(QDate(2026, 3, 23), QTime(8, 0), Qt::UTC));
        QCOMPARE(spring[2].start, QDateTime(QDate(2026, 3, 30), QTime(7, 0), Qt::UTC));

        const auto autumn = occurrencesOf(recurring(QStringLiteral("FREQ=DAILY"), at(Berlin, 2026, 10, 24, 9)),
                                          at(Berlin, 2026, 10, 24), at(Berlin, 2026, 10, 27));
        QCOMPARE(localStarts(autumn, QStringLiteral("dd HH:mm")),
                 (QStringList {QStringLiteral("24 09:00"), QStringLiteral("25 09:00"), QStringLiteral("26 09:00")}));
        QCOMPARE(autumn[0].start.secsTo(autumn[2].start), qint64(49 * 3600)); // one of the days has 25 hours

        // All-day dates stay midnight to midnight, even over the 23-hour day.
        Appointment allDay = recurring(QStringLiteral("FREQ=DAILY;COUNT=3"), at(Berlin, 2026, 3, 28));
        allDay.allDay = true;
        allDay.end = QDateTime();
        const auto days = occurrencesOf(allDay, at(Berlin, 2026, 3, 1), at(Berlin, 2026, 4, 1));
        QCOMPARE(days.size(), std::size_t(3));
        for (const Occurrence& day : days) {
            QCOMPARE(day.localStart().time(), QTime(0, 0));
            QCOMPARE(day.localEnd(),
                     at(Berlin, day.localStart().date().addDays(1).year(), day.localStart().date().addDays(1).month(),
                        day.localStart().date().addDays(1).day()));
        }
        QCOMPARE(days[1].start.secsTo(days[1].end), qint64(23 * 3600));
    }

    void farWindowsJumpAheadCorrectly()
    {
        // Without COUNT the iterator starts near the window; with COUNT it walks. Both must agree.
        const QDateTime start = at(Berlin, 2020, 1, 8, 18);
        const auto jumped = occurrencesOf(recurring(QStringLiteral("FREQ=MONTHLY;BYDAY=2WE"), start),
                                          at(Berlin, 2031, 1, 1), at(Berlin, 2031, 7, 1));
        const auto walked = occurrencesOf(recurring(QStringLiteral("FREQ=MONTHLY;BYDAY=2WE;COUNT=1000"), start),
                                          at(Berlin, 2031, 1, 1), at(Berlin, 2031, 7, 1));
        QCOMPARE(jumped.size(), std::size_t(6));
        QCOMPARE(localStarts(jumped), localStarts(walked));
        for (const Occurrence& occurrence : jumped)
            QCOMPARE(occurrence.localStart().date(),
                     nthWeekday(occurrence.localStart().date().year(), occurrence.localStart().date().month(), 2, 3));
    }

    void expansionIsCapped()
    {
        QElapsedTimer timer;
        timer.start();
        const std::int64_t id
            = m_repository->add(recurring(QStringLiteral("FREQ=SECONDLY"), at(Berlin, 2026, 1, 1, 0), 0));
        bool truncated = false;
        std::vector<Occurrence> dates;
        for (const Occurrence& occurrence :
             m_repository->occurrences(at(Berlin, 2026, 1, 1), at(Berlin, 2027, 1, 1), false, &truncated)) {
            if (occurrence.appointmentId == id)
                dates.push_back(occurrence);
        }
        QVERIFY(truncated);
        QVERIFY(!dates.empty());
        QVERIFY(dates.size() <= std::size_t(RecurrenceRule::MaxExpansionSteps));
        QCOMPARE(dates[1].start, dates[0].start.addSecs(1));

        // A window years later: the iterator jumps there instead of walking every second.
        const auto later = m_repository->occurrencesOf(id, at(Berlin, 2030, 6, 1, 12), at(Berlin, 2030, 6, 1, 12, 1));
        QCOMPARE(later.size(), std::size_t(60));
        QCOMPARE(later.front().localStart(), at(Berlin, 2030, 6, 1, 12));

        // With COUNT it has to walk, and stops at the cap rather than walking for years.
        const std::int64_t counted = m_repository->add(
            recurring(QStringLiteral("FREQ=SECONDLY;COUNT=2000000000"), at(Berlin, 2026, 1, 1, 0), 0));
        truncated = false;
        const auto far = m_repository->occurrences(at(Berlin, 2030, 1, 1), at(Berlin, 2030, 1, 2), false, &truncated);
        QVERIFY(truncated);
        for (const Occurrence& occurrence : far)
            QVERIFY(occurrence.appointmentId != counted);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void invalidRulesAreRefused_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("named");
        auto row = [](const char* rule, const char* named) {
            QTest::newRow(rule) << QString::fromLatin1(rule) << QString::fromLatin1(named);
        };
        row("BYDAY=MO", "FREQ");
        row("FREQ=FORTNIGHTLY", "FREQ=FORTNIGHTLY");
        row("FREQ=WEEKLY;BYDAY=XX", "BYDAY=XX");
        row("FREQ=DAILY;COUNT=2;UNTIL=20270101T000000Z", "COUNT and UNTIL");
        row("FREQ=DAILY;INTERVAL=0", "INTERVAL=0");
        row("FREQ=DAILY;COUNT=-3", "COUNT=-3");
        row("FREQ=DAILY;COUNT=abc", "COUNT=ABC");
        row("FREQ=DAILY;UNTIL=tomorrow", "UNTIL=TOMORROW");
        row("FREQ=DAILY;FOO=BAR", "FOO");
        row("FREQ=DAILY;RSCALE=HEBREW", "RSCALE");
        row("FREQ=WEEKLY;BYDAY=MO;BYDAY=TU", "BYDAY more than once");
        row("FREQ", "NAME=VALUE");
        row("FREQ=DAILY;BYHOUR=", "BYHOUR has no value");
        row("FREQ=YEARLY;BYMONTH=13", "BYMONTH");
        row("FREQ=WEEKLY;BYMONTHDAY=5", "not allow together");
        row("FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30", "BYMONTH");
        row("FREQ=HOURLY;BYDAY=1MO", "numbered weekdays");
        row("FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30", "never produces");
        row("FREQ=DAILY;UNTIL=20250101T000000Z", "before the appointment starts");
        row("  ", "empty");
    }

    void invalidRulesAreRefused()
    {
        QFETCH(QString, rule);
        QFETCH(QString, named);
        const std::size_t before = m_repository->list().size();
        try {
            m_repository->add(recurring(rule, at(Berlin, 2026, 3, 1, 9)));
            if (rule.trimmed().isEmpty()) {
                // An empty rule is a one-off appointment in the repository; the rule checker itself refuses it.
                QVERIFY_THROWS_EXCEPTION(RecordError,
                                         RecurrenceRule::validated(rule, at(Berlin, 2026, 3, 1, 9), Berlin));
                return;
            }
            QFAIL("an invalid rule was stored");
        } catch (const RecordError& error) {
            QCOMPARE(error.kind(), RecordError::Kind::Invalid);
            QVERIFY2(error.message().contains(named), qPrintable(error.message()));
        }
        QCOMPARE(m_repository->list().size(), before);
    }

    void everyRuleInTheSharedCalendarsValidates()
    {
        std::vector<IcalRule> rules;
        for (const char* file : {"2445.ics", "calendar.ics", "recur-errors.ics", "incoming.ics",
                                 "alarm_google_future.ics", "alarm_thunderbird_future.ics"}) {
            const auto found = rulesIn(QString::fromLatin1(file));
            rules.insert(rules.end(), found.begin(), found.end());
        }
        QVERIFY2(rules.size() >= 40, qPrintable(QString::number(rules.size())));
        for (const IcalRule& rule : rules) {
            const QDateTime start(rule.wallStart.date(), rule.wallStart.time(), QTimeZone::utc());
            try {
                const QString stored = RecurrenceRule::validated(rule.rule, start, QTimeZone::utc());
                QVERIFY(stored.startsWith(QLatin1String("FREQ=")));
            } catch (const RecordError& error) {
                QFAIL(qPrintable(
                    QStringLiteral("%1 %2 %3: %4").arg(rule.file, rule.component, rule.rule, error.message())));
            }
        }
    }

    void timeZoneRulesExpandToTheirSundays()
    {
        // Every STANDARD/DAYLIGHT rule in the files is "the n-th weekday of a month each year", optionally until a
        // date. Expanding it must give exactly the dates QDate computes for those years.
        std::vector<IcalRule> rules;
        for (const char* file : {"2445.ics", "alarm_google_future.ics", "alarm_thunderbird_future.ics"}) {
            for (const IcalRule& rule : rulesIn(QString::fromLatin1(file))) {
                if (rule.component == QLatin1String("STANDARD") || rule.component == QLatin1String("DAYLIGHT"))
                    rules.push_back(rule);
            }
        }
        QVERIFY(rules.size() >= 30);
        const QRegularExpression shape(
            QStringLiteral("^FREQ=YEARLY;(?:UNTIL=(\\d{8}T\\d{6}Z?);)?BYDAY=(-?\\d)([A-Z]{2});"
                           "BYMONTH=(\\d+)$"));
        const QStringList days
            = {QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"), QStringLiteral("TH"),
               QStringLiteral("FR"), QStringLiteral("SA"), QStringLiteral("SU")};
        int checked = 0;
        for (const IcalRule& rule : rules) {
            const QRegularExpressionMatch match = shape.match(rule.rule);
            QVERIFY2(match.hasMatch(), qPrintable(rule.rule));
            const QDateTime until = match.captured(1).isEmpty()
                ? QDateTime(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC)
                : QDateTime::fromString(match.captured(1).left(15), QStringLiteral("yyyyMMddTHHmmss"))
                      .toTimeZone(QTimeZone::utc());
            const QDateTime untilUtc(until.date(), until.time(), Qt::UTC);
            const int n = match.captured(2).toInt();
            const int weekday = static_cast<int>(days.indexOf(match.captured(3))) + 1;
            const int month = match.captured(4).toInt();

            const QDateTime start(rule.wallStart.date(), rule.wallStart.time(), Qt::UTC);
            QStringList expected {start.toString(Qt::ISODate)}; // DTSTART comes first
            for (int year = start.date().year(); year <= untilUtc.date().year(); ++year) {
                const QDateTime date(nthWeekday(year, month, n, weekday), start.time(), Qt::UTC);
                if (date > start && date <= untilUtc)
                    expected << date.toString(Qt::ISODate);
            }
            const RecurrenceRule::Expansion expansion
                = RecurrenceRule::expand(rule.rule, start, QTimeZone::utc(), QDateTime(), untilUtc.addSecs(1));
            QVERIFY(!expansion.truncated);
            QStringList got;
            for (const QDateTime& date : expansion.starts)
                got << date.toString(Qt::ISODate);
            QCOMPARE(got, expected);
            ++checked;
        }
        QCOMPARE(checked, static_cast<int>(rules.size()));
    }

    void recurErrorsFile()
    {
        // recur-errors.ics holds the RFC 5545 examples that depend on WKST and BYSETPOS, with DTSTART;TZID=US-Eastern
        // and no VTIMEZONE. The rules themselves are valid; the zone name is not an IANA zone and is refused.
        const std::vector<IcalRule> rules = rulesIn(QStringLiteral("recur-errors.ics"));
        QCOMPARE(rules.size(), std::size_t(4));
        for (const IcalRule& rule : rules) {
            QCOMPARE(rule.tzid, QStringLiteral("US-Eastern"));
            Appointment appointment
                = recurring(rule.rule, QDateTime(rule.wallStart.date(), rule.wallStart.time(), NewYork));
            appointment.timeZone = rule.tzid;
            try {
                m_repository->add(appointment);
                QFAIL("a time zone that is not an IANA zone was accepted");
            } catch (const RecordError& error) {
                QCOMPARE(error.kind(), RecordError::Kind::Invalid);
                QVERIFY2(error.message().contains(QLatin1String("US-Eastern")), qPrintable(error.message()));
            }
        }

        // In the zone the RFC examples mean, they expand to the dates RFC 5545 §3.8.5.3 lists, at 09:00 local
        // time through the end of daylight saving time.
        QStringList expected[] = {
            {QStringLiteral("1997-08-05"), QStringLiteral("1997-08-10"), QStringLiteral("1997-08-19"),
             QStringLiteral("1997-08-24")},
            {QStringLiteral("1997-08-05"), QStringLiteral("1997-08-10"), QStringLiteral("1997-08-19"),
             QStringLiteral("1997-08-24")},
            {QStringLiteral("1997-09-04"), QStringLiteral("1997-10-07"), QStringLiteral("1997-11-06"),
             QStringLiteral("1997-12-04"), QStringLiteral("1998-01-07"), QStringLiteral("1998-02-05")},
            {QStringLiteral("1997-09-29"), QStringLiteral("1997-10-30"), QStringLiteral("1997-11-27"),
             QStringLiteral("1997-12-30"), QStringLiteral("1998-01-29"), QStringLiteral("1998-02-26"),
             QStringLiteral("1998-03-30"), QStringLiteral("1998-04-29"), QStringLiteral("1998-05-28"),
             QStringLiteral("1998-06-29")},
        };
        for (std::size_t i = 0; i < rules.size(); ++i) {
            const auto dates = occurrencesOf(
                recurring(rules[i].rule, QDateTime(rules[i].wallStart.date(), rules[i].wallStart.time(), NewYork)),
                at(NewYork, 1997, 1, 1), at(NewYork, 1999, 1, 1));
            QCOMPARE(localStarts(dates, QStringLiteral("yyyy-MM-dd")), expected[i]);
            for (const Occurrence& occurrence : dates) {
                QCOMPARE(occurrence.localStart().time(), QTime(9, 0));
                const bool summer = NewYork.isDaylightTime(occurrence.start);
                QCOMPARE(occurrence.start.time(), summer ? QTime(13, 0) : QTime(14, 0));
            }
        }
    }

    void anniversaryFrom2445IsAllDayYearly()
    {
        std::vector<IcalRule> events;
        for (const IcalRule& rule : rulesIn(QStringLiteral("2445.ics"))) {
            if (rule.component == QLatin1String("VEVENT"))
                events.push_back(rule);
        }
        QCOMPARE(events.size(), std::size_t(1));
        QVERIFY(events[0].isDate);
        Appointment anniversary = recurring(events[0].rule, QDateTime(events[0].wallStart.date(), QTime(0, 0), Berlin));
        anniversary.allDay = true;
        anniversary.end = QDateTime();
        const auto dates = occurrencesOf(anniversary, at(Berlin, 1997, 1, 1), at(Berlin, 2001, 1, 1));
        QCOMPARE(localStarts(dates, QStringLiteral("yyyy-MM-dd")),
                 (QStringList {QStringLiteral("1997-11-02"), QStringLiteral("1998-11-02"), QStringLiteral("1999-11-02"),
                               QStringLiteral("2000-11-02")}));
        for (const Occurrence& occurrence : dates)
            QVERIFY(occurrence.allDay);
    }

    void googleAlarmsBecomeReminders()
    {
        // The Google Calendar export's event, with its VALARM triggers as reminders (two of them are both 15 minutes).
        const QString path
            = QDir(testsupport::sharedTestDataDir()).filePath(QStringLiteral("ical/alarm_google_future.ics"));
        icalcomponent* root = icalparser_parse_string(testsupport::readFile(path).constData());
        QVERIFY(root);
        icalcomponent* event = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT);
        QVERIFY(event);
        Appointment appointment;
        appointment.title = QString::fromUtf8(icalcomponent_get_summary(event));
        const icaltimetype start = icalcomponent_get_dtstart(event);
        const icaltimetype end = icalcomponent_get_dtend(event);
        appointment.start
            = QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute), Qt::UTC);
        appointment.end = QDateTime(QDate(end.year, end.month, end.day), QTime(end.hour, end.minute), Qt::UTC);
        appointment.timeZone = QStringLiteral("Europe/Berlin");
        for (icalcomponent* alarm = icalcomponent_get_first_component(event, ICAL_VALARM_COMPONENT); alarm;
             alarm = icalcomponent_get_next_component(event, ICAL_VALARM_COMPONENT)) {
            icalproperty* trigger = icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY);
            const icaltriggertype value = icalproperty_get_trigger(trigger);
            appointment.reminderMinutes.push_back(-icaldurationtype_as_int(value.duration) / 60);
        }
        icalcomponent_free(root);
        QCOMPARE(appointment.reminderMinutes.size(), std::size_t(4));

        const std::int64_t id = m_repository->add(appointment);
        const Appointment saved = m_repository->get(id);
        QCOMPARE(saved.title, QStringLiteral("event with alarms"));
        QCOMPARE(saved.reminderMinutes, (std::vector<int> {15, 14, 10}));
        QCOMPARE(saved.localStart(), at(Berlin, 2024, 10, 4, 20, 15));

        QStringList fire;
        for (const Reminder& reminder :
             m_repository->reminders(at(Berlin, 2024, 10, 4, 19), at(Berlin, 2024, 10, 4, 21))) {
            if (reminder.key.startsWith(QStringLiteral("appointment:%1:").arg(id)))
                fire << reminder.at.toString(QStringLiteral("HH:mm"));
        }
        QCOMPARE(fire, (QStringList {QStringLiteral("18:00"), QStringLiteral("18:01"), QStringLiteral("18:05")}));
    }
};

QTEST_GUILESS_MAIN(TestRecurrence)
#include "TestRecurrence.moc"
