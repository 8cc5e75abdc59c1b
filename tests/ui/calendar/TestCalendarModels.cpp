#include "AgendaModel.h"
#include "AppointmentListModel.h"
#include "AppointmentRepository.h"
#include "CalendarDay.h"
#include "CalendarMonthModel.h"
#include "ManualClock.h"
#include "MedicationRepository.h"
#include "RecurrencePattern.h"
#include "ReminderLead.h"
#include "TemporaryVault.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace carnet;
using testsupport::ManualClock;
using testsupport::TemporaryVault;

namespace {

Appointment appointment(const QString& title, const QDateTime& start, int minutes, const QString& rule = {})
{
    Appointment a;
    a.title = title;
    a.provider = QStringLiteral("Dr. Roe");
    a.place = QStringLiteral("City Clinic");
    a.start = start;
    a.end = start.addSecs(minutes * 60);
    a.recurrenceRule = rule;
    return a;
}

QDateTime local(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute));
}

QStringList titles(const CalendarDay& day)
{
    QStringList out;
    for (const Occurrence& occurrence : day.appointments)
        out << occurrence.title;
    return out;
}

} // namespace

class TestCalendarModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TemporaryVault> m_vault;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AppointmentRepository> m_appointments;
    std::unique_ptr<MedicationRepository> m_medications;
    std::int64_t m_cancelled = 0;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_vault = std::make_unique<TemporaryVault>();
        m_clock = std::make_unique<ManualClock>(local(3, 4, 10));
        m_appointments = std::make_unique<AppointmentRepository>(m_vault->db());
        m_medications = std::make_unique<MedicationRepository>(m_vault->db(), *m_clock);
        m_appointments->add(appointment(QStringLiteral("Physiotherapy"), local(3, 2, 17), 60,
                                        QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6")));
        m_appointments->add(appointment(QStringLiteral("Dentist"), local(3, 10, 9), 45));
        Appointment conference = appointment(QStringLiteral("Clinic open day"), local(3, 10, 0), 0);
        conference.allDay = true;
        conference.end = local(3, 12, 0); // the midnight after its last day, 11 March
        m_appointments->add(conference);
        Appointment cancelled = appointment(QStringLiteral("Optician"), local(3, 12, 15), 30);
        cancelled.status = Appointment::Status::Cancelled;
        m_cancelled = m_appointments->add(cancelled);
        // Ends after midnight: on both days.
        m_appointments->add(appointment(QStringLiteral("Sleep study"), local(3, 20, 21), 10 * 60));

        Medication metformin;
        metformin.name = QStringLiteral("Metformin");
        metformin.strength = QStringLiteral("500 mg");
        metformin.doseAmount = 1;
        metformin.doseUnit = QStringLiteral("tablet");
        metformin.schedule = MedicationSchedule::fixedTimes({QTime(8, 0), QTime(20, 0)});
        metformin.startDate = QDate(2026, 3, 1);
        metformin.stopDate = QDate(2026, 3, 21);
        m_medications->add(metformin);
    }

    void cleanupTestCase()
    {
        m_medications.reset();
        m_appointments.reset();
        m_vault.reset();
    }

    void patternRoundTrips_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("frequency");
        QTest::addColumn<int>("interval");
        QTest::addColumn<QString>("description");
        QTest::newRow("daily") << "FREQ=DAILY;INTERVAL=2;COUNT=3" << int(RecurrencePattern::Frequency::Daily) << 2
                               << "Every 2 days, 3 times";
        QTest::newRow("weekly") << "FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20260630" << int(RecurrencePattern::Frequency::Weekly)
                                << 1 << "Weekly on Mon and Thu, until 30/06/2026";
        QTest::newRow("monthly") << "FREQ=MONTHLY" << int(RecurrencePattern::Frequency::Monthly) << 1 << "Monthly";
        QTest::newRow("yearly") << "FREQ=YEARLY;INTERVAL=5;COUNT=1" << int(RecurrencePattern::Frequency::Yearly) << 5
                                << "Every 5 years, once";
        QTest::newRow("none") << "" << int(RecurrencePattern::Frequency::None) << 1 << "";
    }

    void patternRoundTrips()
    {
        QFETCH(QString, rule);
        QFETCH(int, frequency);
        QFETCH(int, interval);
        QFETCH(QString, description);
        const std::optional<RecurrencePattern> pattern = RecurrencePattern::fromRule(rule);
        QVERIFY(pattern);
        QCOMPARE(int(pattern->frequency), frequency);
        QCOMPARE(pattern->interval, interval);
        QCOMPARE(pattern->toRule(), rule);
        QCOMPARE(pattern->describe(), description);
        // Lower case, an RRULE: prefix and another order of parts read the same.
        if (!rule.isEmpty()) {
            QStringList parts = rule.split(QLatin1Char(';'));
            std::reverse(parts.begin(), parts.end());
            QCOMPARE(RecurrencePattern::fromRule(QStringLiteral("rrule:") + parts.join(QLatin1Char(';')).toLower()),
                     pattern);
        }
    }

    void patternLeavesOtherRulesRaw_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("numbered weekday") << "FREQ=MONTHLY;BYDAY=1TU";
        QTest::newRow("by month day") << "FREQ=MONTHLY;BYMONTHDAY=15";
        QTest::newRow("timed until") << "FREQ=DAILY;UNTIL=20260630T120000Z";
        QTest::newRow("hourly") << "FREQ=HOURLY";
        QTest::newRow("week start") << "FREQ=WEEKLY;WKST=SU";
        QTest::newRow("weekdays on a daily rule") << "FREQ=DAILY;BYDAY=MO";
        QTest::newRow("no frequency") << "COUNT=3";
        QTest::newRow("zero interval") << "FREQ=DAILY;INTERVAL=0";
        QTest::newRow("garbage") << "hello";
    }

    void patternLeavesOtherRulesRaw()
    {
        QFETCH(QString, rule);
        QVERIFY(!RecurrencePattern::fromRule(rule));
    }

    void patternWritesWeekdaysInOrder()
    {
        RecurrencePattern pattern;
        pattern.frequency = RecurrencePattern::Frequency::Weekly;
        pattern.interval = 2;
        pattern.weekdays = {Qt::Friday, Qt::Monday, Qt::Friday};
        pattern.end = RecurrencePattern::End::AfterCount;
        pattern.count = 8;
        QCOMPARE(pattern.toRule(), QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;COUNT=8"));
    }

    void reminderLeadsUseTheLargestEvenUnit()
    {
        QCOMPARE(ReminderLead::fromMinutes(1440), (ReminderLead {1, ReminderLead::Unit::Days}));
        QCOMPARE(ReminderLead::fromMinutes(120), (ReminderLead {2, ReminderLead::Unit::Hours}));
        QCOMPARE(ReminderLead::fromMinutes(90), (ReminderLead {90, ReminderLead::Unit::Minutes}));
        QCOMPARE(ReminderLead::fromMinutes(0).text(), QStringLiteral("At the start"));
        QCOMPARE(ReminderLead::fromMinutes(2880).text(), QStringLiteral("2 days before"));
        QCOMPARE(ReminderLead::fromMinutes(15).text(), QStringLiteral("15 minutes before"));
        QCOMPARE((ReminderLead {3, ReminderLead::Unit::Hours}).minutes(), 180);
    }

    void daysCarryAppointmentsAndDoses()
    {
        const std::vector<CalendarDay> days
            = CalendarDay::collect(*m_appointments, m_medications.get(), QDate(2026, 3, 9), QDate(2026, 3, 22));
        QCOMPARE(days.size(), std::size_t(14));
        QCOMPARE(days.front().date, QDate(2026, 3, 9));
        // 9 March: physiotherapy (Monday); 10 March: the all-day one first, then the dentist.
        QCOMPARE(titles(days[0]), QStringList {QStringLiteral("Physiotherapy")});
        QCOMPARE(titles(days[1]), (QStringList {QStringLiteral("Clinic open day"), QStringLiteral("Dentist")}));
        QCOMPARE(titles(days[2]), QStringList {QStringLiteral("Clinic open day")});
        // The cancelled one is there, flagged, and not counted as booked.
        QCOMPARE(titles(days[3]), (QStringList {QStringLiteral("Optician"), QStringLiteral("Physiotherapy")}));
        QVERIFY(days[3].appointments[0].cancelled);
        QCOMPARE(days[3].bookedCount(), 1);
        // The overnight one is on both of its days.
        QCOMPARE(titles(days[11]), QStringList {QStringLiteral("Sleep study")});
        QCOMPARE(titles(days[12]), QStringList {QStringLiteral("Sleep study")});
        // Two doses a day until the stop date.
        QCOMPARE(days[0].doses.size(), std::size_t(2));
        QCOMPARE(days[0].doses[0].scheduledFor.toLocalTime().time(), QTime(8, 0));
        QCOMPARE(days[0].doses[0].medicationName, QStringLiteral("Metformin 500 mg"));
        QCOMPARE(days[12].doses.size(), std::size_t(0)); // 21 March: stopped

        const std::vector<CalendarDay> withoutCancelled
            = CalendarDay::collect(*m_appointments, nullptr, QDate(2026, 3, 12), QDate(2026, 3, 12), false);
        QCOMPARE(titles(withoutCancelled.front()), QStringList {QStringLiteral("Physiotherapy")});
        QVERIFY(withoutCancelled.front().doses.empty());
        QVERIFY(CalendarDay::collect(*m_appointments, nullptr, QDate(2026, 3, 12), QDate(2026, 3, 11)).empty());
        QCOMPARE(CalendarDay::collect(*m_appointments, nullptr, QDate(2026, 1, 1), QDate(2030, 1, 1)).size(),
                 std::size_t(CalendarDay::MaxDays));
    }

    void monthGridFollowsTheFirstDayOfWeek()
    {
        CalendarMonthModel model(*m_appointments, m_medications.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setFirstDayOfWeek(Qt::Monday);
        model.setMonth(QDate(2026, 3, 17));
        model.setToday(QDate(2026, 3, 4));
        QCOMPARE(model.firstShown(), QDate(2026, 2, 23));
        QCOMPARE(model.lastShown(), QDate(2026, 4, 5));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), 7);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QLocale().dayName(Qt::Monday, QLocale::ShortFormat));

        const QModelIndex tenth = model.indexOf(QDate(2026, 3, 10));
        QCOMPARE(tenth, model.index(2, 1));
        QCOMPARE(tenth.data(CalendarMonthModel::DateRole).toDate(), QDate(2026, 3, 10));
        QCOMPARE(tenth.data().toString(), QStringLiteral("10"));
        QCOMPARE(tenth.data(CalendarMonthModel::AppointmentCountRole).toInt(), 2);
        QCOMPARE(tenth.data(CalendarMonthModel::DoseCountRole).toInt(), 2);
        QVERIFY(tenth.data(CalendarMonthModel::InMonthRole).toBool());
        QVERIFY(tenth.data(Qt::ToolTipRole).toString().contains(QStringLiteral("09:00 Dentist")));
        QVERIFY(tenth.data(Qt::ToolTipRole).toString().contains(QStringLiteral("All day Clinic open day")));
        QVERIFY(model.indexOf(QDate(2026, 3, 12))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Optician (cancelled)")));
        QVERIFY(model.indexOf(QDate(2026, 3, 4)).data(CalendarMonthModel::TodayRole).toBool());
        QVERIFY(!tenth.data(CalendarMonthModel::TodayRole).toBool());
        QVERIFY(!model.indexOf(QDate(2026, 2, 23)).data(CalendarMonthModel::InMonthRole).toBool());
        QVERIFY(!model.indexOf(QDate(2026, 4, 6)).isValid());
        QCOMPARE(titles(model.dayAt(tenth)),
                 (QStringList {QStringLiteral("Clinic open day"), QStringLiteral("Dentist")}));

        QVERIFY(model.hasAppointmentsInMonth());
        model.setShowDoses(false);
        QCOMPARE(model.indexOf(QDate(2026, 3, 10)).data(CalendarMonthModel::DoseCountRole).toInt(), 0);
        model.setShowDoses(true);

        // February 2026 starts on a Sunday: with Sunday first it fills exactly four rows.
        model.setFirstDayOfWeek(Qt::Sunday);
        model.setMonth(QDate(2026, 2, 1));
        QCOMPARE(model.firstShown(), QDate(2026, 2, 1));
        QCOMPARE(model.lastShown(), QDate(2026, 2, 28));
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!model.hasAppointmentsInMonth());
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QLocale().dayName(Qt::Sunday, QLocale::ShortFormat));
    }

    void agendaGroupsByDay()
    {
        AppointmentListModel source(*m_appointments);
        AgendaModel agenda(source, m_medications.get());
        QAbstractItemModelTester tester(&agenda, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(agenda.rowCount(), 0);
        agenda.setToday(QDate(2026, 3, 9));
        agenda.setShowDoses(false);
        source.setRange(local(3, 9, 0), local(3, 13, 0));

        QStringList shape;
        for (int row = 0; row < agenda.rowCount(); ++row) {
            const QModelIndex index = agenda.index(row);
            switch (agenda.kindAt(row)) {
            case AgendaModel::RowKind::DayHeader:
                shape << QStringLiteral("# ") + index.data(AgendaModel::DateRole).toDate().toString(Qt::ISODate);
                break;
            case AgendaModel::RowKind::Appointment:
                shape << index.data(AppointmentListModel::TitleRole).toString();
                break;
            case AgendaModel::RowKind::Doses:
                shape << QStringLiteral("doses");
                break;
            }
        }
        // The cancelled optician is not in the agenda; the all-day day lists on its first day.
        QCOMPARE(
            shape,
            (QStringList {QStringLiteral("# 2026-03-09"), QStringLiteral("Physiotherapy"),
                          QStringLiteral("# 2026-03-10"), QStringLiteral("Clinic open day"), QStringLiteral("Dentist"),
                          QStringLiteral("# 2026-03-12"), QStringLiteral("Physiotherapy")}));
        QCOMPARE(agenda.appointmentCount(), 4);
        QCOMPARE(agenda.index(0).data().toString(), QStringLiteral("Today, Monday, 9 March 2026"));
        QVERIFY(agenda.index(2).data().toString().startsWith(QStringLiteral("Tomorrow, ")));
        QVERIFY(!(agenda.flags(agenda.index(0)) & Qt::ItemIsSelectable));
        QVERIFY(agenda.flags(agenda.index(1)) & Qt::ItemIsSelectable);
        QCOMPARE(agenda.index(4).data(AgendaModel::TimeTextRole).toString(), QStringLiteral("09:00 – 09:45"));
        QCOMPARE(agenda.index(3).data(AgendaModel::TimeTextRole).toString(), QStringLiteral("All day"));
        QCOMPARE(agenda.index(4).data(AgendaModel::DetailTextRole).toString(), QStringLiteral("Dr. Roe, City Clinic"));
        QCOMPARE(agenda.sourceRow(0), -1);
        QCOMPARE(agenda.index(4).data(AppointmentListModel::KeyRole).toString(),
                 source.occurrenceAt(agenda.sourceRow(4)).key());
        QCOMPARE(agenda.rowOfKey(source.occurrenceAt(agenda.sourceRow(4)).key()), 4);
        QCOMPARE(agenda.rowOfKey(QStringLiteral("appointment:999:x")), -1);

        // With doses, 11 March (no appointment) gets a header and every day a doses line.
        agenda.setShowDoses(true);
        QCOMPARE(agenda.kindAt(2), AgendaModel::RowKind::Doses);
        QCOMPARE(agenda.index(2).data().toString(),
                 QStringLiteral("Doses: 08:00 Metformin 500 mg · 20:00 Metformin 500 mg"));
        QVERIFY(agenda.index(2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not yet taken")));
        int headers = 0;
        for (int row = 0; row < agenda.rowCount(); ++row)
            headers += agenda.kindAt(row) == AgendaModel::RowKind::DayHeader ? 1 : 0;
        QCOMPARE(headers, 4);
        QCOMPARE(agenda.appointmentCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCalendarModels)
#include "TestCalendarModels.moc"
