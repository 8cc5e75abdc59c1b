#include "AppointmentListModel.h"
#include "AppointmentRepository.h"
#include "OccurrencesByDay.h"
#include "TemporaryVault.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

const QTimeZone Berlin("Europe/Berlin");

QDateTime berlin(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Berlin);
}

Appointment appointment(const QString& title, const QDateTime& start, int minutes, const QString& rule = {})
{
    Appointment a;
    a.title = title;
    a.provider = QStringLiteral("Dr. Roe");
    a.place = QStringLiteral("City Clinic");
    a.start = start;
    a.end = start.addSecs(minutes * 60);
    a.timeZone = QString::fromUtf8(start.timeZone().id());
    a.recurrenceRule = rule;
    return a;
}

QStringList titlesOn(const std::map<QDate, std::vector<Occurrence>>& days, const QDate& day)
{
    QStringList out;
    const auto found = days.find(day);
    if (found == days.end())
        return {QStringLiteral("<missing day>")};
    for (const Occurrence& occurrence : found->second)
        out << occurrence.title;
    return out;
}

} // namespace

class TestAppointmentModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TemporaryVault> m_vault;
    std::unique_ptr<AppointmentRepository> m_repository;
    std::int64_t m_physio = 0;
    std::int64_t m_dentist = 0;

private slots:
    void initTestCase()
    {
        m_vault = std::make_unique<TemporaryVault>();
        m_repository = std::make_unique<AppointmentRepository>(m_vault->db());
        m_physio = m_repository->add(appointment(QStringLiteral("Physiotherapy"), berlin(2026, 3, 2, 17), 60,
                                                 QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6")));
        m_dentist = m_repository->add(appointment(QStringLiteral("Dentist"), berlin(2026, 3, 10, 9), 45));
    }

    void cleanupTestCase()
    {
        m_repository.reset();
        m_vault.reset();
    }

    void agendaListsOccurrencesInOrder()
    {
        AppointmentListModel model(*m_repository);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // no range yet

        model.setRange(berlin(2026, 3, 1), berlin(2026, 3, 15));
        QCOMPARE(model.rowCount(), 5); // Mo 2, Th 5, Mo 9, Tu 10 (dentist), Th 12
        QStringList titles;
        for (int row = 0; row < model.rowCount(); ++row)
            titles << model.index(row).data(AppointmentListModel::TitleRole).toString();
        QCOMPARE(titles,
                 (QStringList {QStringLiteral("Physiotherapy"), QStringLiteral("Physiotherapy"),
                               QStringLiteral("Physiotherapy"), QStringLiteral("Dentist"),
                               QStringLiteral("Physiotherapy")}));

        const QModelIndex dentist = model.index(3);
        QCOMPARE(dentist.data(AppointmentListModel::AppointmentIdRole).toLongLong(), m_dentist);
        QCOMPARE(dentist.data(AppointmentListModel::StartRole).toDateTime(), berlin(2026, 3, 10, 9).toUTC());
        QCOMPARE(dentist.data(AppointmentListModel::EndRole).toDateTime(), berlin(2026, 3, 10, 9, 45).toUTC());
        QCOMPARE(dentist.data(AppointmentListModel::ProviderRole).toString(), QStringLiteral("Dr. Roe"));
        QCOMPARE(dentist.data(AppointmentListModel::PlaceRole).toString(), QStringLiteral("City Clinic"));
        QCOMPARE(dentist.data(AppointmentListModel::RecurringRole).toBool(), false);
        QCOMPARE(dentist.data(AppointmentListModel::AllDayRole).toBool(), false);
        QCOMPARE(dentist.data(AppointmentListModel::TimeZoneRole).toString(), QStringLiteral("Europe/Berlin"));
        QVERIFY(dentist.data(Qt::DisplayRole).toString().contains(QLatin1String("Dentist")));
        QCOMPARE(model.index(0).data(AppointmentListModel::RecurringRole).toBool(), true);
        QCOMPARE(model.index(0).data(AppointmentListModel::AppointmentIdRole).toLongLong(), m_physio);
        QCOMPARE(model.index(0).data(AppointmentListModel::KeyRole).toString(),
                 QStringLiteral("appointment:%1:2026-03-02T16:00:00.000Z").arg(m_physio));
        QCOMPARE(model.occurrenceAt(3).appointmentId, m_dentist);
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, model.occurrenceAt(5));
        QVERIFY(!model.index(0, 1).isValid());

        const QHash<int, QByteArray> roles = model.roleNames();
        QCOMPARE(roles.value(AppointmentListModel::StartRole), QByteArray("start"));
        QCOMPARE(roles.value(AppointmentListModel::RecurringRole), QByteArray("recurring"));

        // A narrower range, then a reload that sees a new appointment.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRange(berlin(2026, 3, 9), berlin(2026, 3, 11));
        QCOMPARE(model.rowCount(), 2);
        const std::int64_t added
            = m_repository->add(appointment(QStringLiteral("Blood test"), berlin(2026, 3, 9, 8), 10));
        model.reload();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(AppointmentListModel::TitleRole).toString(), QStringLiteral("Blood test"));
        QCOMPARE(reset.count(), 2);
        m_repository->purge(added);
        model.reload();
        QCOMPARE(model.rowCount(), 2);

        // After the series ran out (COUNT=6 ends on 19 March) nothing is left.
        model.setRange(berlin(2026, 3, 20), berlin(2026, 4, 30));
        QCOMPARE(model.rowCount(), 0);
    }

    void daysForAMonthView()
    {
        const std::int64_t trip = m_repository->add(
            appointment(QStringLiteral("Overnight sleep study"), berlin(2026, 3, 3, 21), 11 * 60)); // 21:00 to 08:00
        Appointment allDay = appointment(QStringLiteral("Vaccination day"),
                                         QDateTime(QDate(2026, 3, 4), QTime(0, 0), QTimeZone("Pacific/Auckland")), 0);
        allDay.allDay = true;
        allDay.end = QDateTime();
        const std::int64_t vaccination = m_repository->add(allDay);
        const std::int64_t untilMidnight
            = m_repository->add(appointment(QStringLiteral("Late check"), berlin(2026, 3, 6, 23), 60)); // ends at 00:00

        const auto days = OccurrencesByDay::collect(*m_repository, QDate(2026, 3, 2), QDate(2026, 3, 8), Berlin);
        QCOMPARE(days.size(), std::size_t(7)); // every day is there, even an empty one
        QCOMPARE(titlesOn(days, QDate(2026, 3, 2)), QStringList {QStringLiteral("Physiotherapy")});
        QCOMPARE(titlesOn(days, QDate(2026, 3, 3)), QStringList {QStringLiteral("Overnight sleep study")});
        // The sleep study runs past midnight; the all-day date in Auckland stays the 4th for a viewer in Berlin.
        QCOMPARE(titlesOn(days, QDate(2026, 3, 4)),
                 (QStringList {QStringLiteral("Vaccination day"), QStringLiteral("Overnight sleep study")}));
        QCOMPARE(titlesOn(days, QDate(2026, 3, 5)), QStringList {QStringLiteral("Physiotherapy")});
        QCOMPARE(titlesOn(days, QDate(2026, 3, 6)), QStringList {QStringLiteral("Late check")});
        QCOMPARE(titlesOn(days, QDate(2026, 3, 7)), QStringList {}); // ending at midnight does not reach the 7th
        QCOMPARE(titlesOn(days, QDate(2026, 3, 8)), QStringList {});

        // A week view in New York sees the evening sleep study on the 3rd, starting at 15:00 there.
        const auto newYork = OccurrencesByDay::collect(*m_repository, QDate(2026, 3, 3), QDate(2026, 3, 3),
                                                       QTimeZone("America/New_York"));
        QCOMPARE(newYork.size(), std::size_t(1));
        QCOMPARE(titlesOn(newYork, QDate(2026, 3, 3)), QStringList {QStringLiteral("Overnight sleep study")});

        QVERIFY(OccurrencesByDay::collect(*m_repository, QDate(2026, 3, 8), QDate(2026, 3, 2), Berlin).empty());
        const auto capped = OccurrencesByDay::collect(*m_repository, QDate(2026, 1, 1), QDate(2036, 1, 1), Berlin);
        QCOMPARE(capped.size(), std::size_t(OccurrencesByDay::MaxDays));

        for (std::int64_t id : {trip, vaccination, untilMidnight})
            m_repository->purge(id);
    }
};

QTEST_GUILESS_MAIN(TestAppointmentModels)
#include "TestAppointmentModels.moc"
