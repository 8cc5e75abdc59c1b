#include "AppointmentRepository.h"
#include "ManualClock.h"
#include "RecordError.h"
#include "ReminderScheduler.h"
#include "TemporaryVault.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

const QTimeZone Berlin("Europe/Berlin");

QDateTime berlin(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Berlin);
}

Appointment dentist()
{
    Appointment appointment;
    appointment.title = QStringLiteral("Dental check-up");
    appointment.provider = QStringLiteral("Dr. Jane Roe");
    appointment.place = QStringLiteral("City Clinic, room 4");
    appointment.address = QStringLiteral("1 Main Street");
    appointment.start = berlin(2026, 3, 10, 9);
    appointment.end = berlin(2026, 3, 10, 9, 45);
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    appointment.notes = QStringLiteral("Bring the X-ray.");
    appointment.reminderMinutes = {60, 1440, 60};
    return appointment;
}

int rowCount(Database& db, const QString& table, std::int64_t id)
{
    Statement stmt = db.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                                    .arg(table,
                                         table == QLatin1String("appointments") ? QStringLiteral("record_id")
                                                                                : QStringLiteral("appointment_id")));
    stmt.bind(1, id);
    stmt.step();
    return stmt.integer(0);
}

RecordError::Kind refusal(const std::function<void()>& action, QString* message = nullptr)
{
    try {
        action();
    } catch (const RecordError& error) {
        if (message)
            *message = error.message();
        return error.kind();
    }
    return static_cast<RecordError::Kind>(-1);
}

} // namespace

class TestAppointmentRepository : public QObject
{
    Q_OBJECT

private slots:
    void addStoresNormalisedValues()
    {
        TemporaryVault tv;
        AppointmentRepository repository(tv.db());
        const std::int64_t id = repository.add(dentist());
        QVERIFY(id > 0);

        const Appointment saved = repository.get(id);
        QCOMPARE(saved.id, id);
        QCOMPARE(saved.title, QStringLiteral("Dental check-up"));
        QCOMPARE(saved.provider, QStringLiteral("Dr. Jane Roe"));
        QCOMPARE(saved.place, QStringLiteral("City Clinic, room 4"));
        QCOMPARE(saved.address, QStringLiteral("1 Main Street"));
        QCOMPARE(saved.notes, QStringLiteral("Bring the X-ray."));
        QCOMPARE(saved.start, QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC)); // 09:00 CET
        QCOMPARE(saved.start.timeSpec(), Qt::UTC);
        QCOMPARE(saved.end, QDateTime(QDate(2026, 3, 10), QTime(8, 45), Qt::UTC));
        QCOMPARE(saved.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(saved.localStart().time(), QTime(9, 0));
        QCOMPARE(saved.reminderMinutes, (std::vector<int> {1440, 60})); // earliest first, duplicate dropped
        QCOMPARE(saved.status, Appointment::Status::Booked);
        QVERIFY(!saved.isRecurring());
        QCOMPARE(saved.version, 1);
        QVERIFY(saved.createdAt.isValid());
        QVERIFY(!saved.deleted);

        // The values survive locking and unlocking the real vault.
        tv.reopen();
        AppointmentRepository reopened(tv.db());
        const Appointment again = reopened.get(id);
        QCOMPARE(again.toJson(), saved.toJson());
        const auto history = reopened.history(id);
        QCOMPARE(history.size(), std::size_t(1));
        QCOMPARE(history[0].change, QStringLiteral("create"));
        QCOMPARE(history[0].values, saved.toJson());
    }

    void zoneComesFromTheStartWhenNotNamed()
    {
        TemporaryVault tv;
        AppointmentRepository repository(tv.db());
        Appointment appointment = dentist();
        appointment.timeZone.clear();
        appointment.start = QDateTime(QDate(2026, 7, 1), QTime(14, 30), QTimeZone("America/New_York"));
        appointment.end = QDateTime();
        const Appointment saved = repository.get(repository.add(appointment));
        QCOMPARE(saved.timeZone, QStringLiteral("America/New_York"));
        QCOMPARE(saved.start, QDateTime(QDate(2026, 7, 1), QTime(18, 30), Qt::UTC));
        QCOMPARE(saved.end, saved.start); // no end given: a point in time
    }

    void allDayRunsFromMidnightToMidnight()
    {
        TemporaryVault tv;
        AppointmentRepository repository(tv.db());
        Appointment appointment = dentist();
        appointment.allDay = true;
        appointment.start = berlin(2026, 3, 28, 15);
        appointment.end = berlin(2026, 3, 29, 10); // the DST night: 23 hours long
        const Appointment saved = repository.get(repository.add(appointment));
        QCOMPARE(saved.localStart(), berlin(2026, 3, 28, 0));
        QCOMPARE(saved.localEnd(), berlin(2026, 3, 30, 0));
        QCOMPARE(saved.start.secsTo(saved.end), qint64(47 * 3600));

        appointment.end = QDateTime();
        const Appointment oneDay = repository.get(repository.add(appointment));
        QCOMPARE(oneDay.localEnd(), berlin(2026, 3, 29, 0));
    }

    void badValuesAreRefusedAndNothingIsStored()
    {
        TemporaryVault tv;
        AppointmentRepository repository(tv.db());
        struct Case
        {
            const char* name;
            std::function<void(Appointment&)> spoil;
            const char* named; // what the message must mention
        };
        const std::vector<Case> cases = {
            {"no title", [](Appointment& a) { a.title = QStringLiteral("   "); }, "title"},
            {"no start", [](Appointment& a) { a.start = QDateTime(); }, "start"},
            {"end before start", [](Appointment& a) { a.end = a.start.addSecs(-60); }, "before it starts"},
            {"negative reminder",
             [](Appointment& a) {
                 a.reminderMinutes = {60, -5};
             },
             "-5"},
            {"reminder too early",
             [](Appointment& a) { a.reminderMinutes = {AppointmentRepository::MaxReminderMinutes + 1}; }, "43201"},
            {"unknown zone", [](Appointment& a) { a.timeZone = QStringLiteral("Mars/Olympus_Mons"); },
             "Mars/Olympus_Mons"},
            {"invalid rule", [](Appointment& a) { a.recurrenceRule = QStringLiteral("FREQ=WEEKLY;BYDAY=XX"); },
             "BYDAY=XX"},
            {"invalid exception",
             [](Appointment& a) {
                 a.recurrenceRule = QStringLiteral("FREQ=DAILY");
                 a.exceptionDates = {QDateTime()};
             },
             "exception"},
        };
        for (const Case& test : cases) {
            Appointment appointment = dentist();
            test.spoil(appointment);
            QString message;
            QCOMPARE(refusal([&] { repository.add(appointment); }, &message), RecordError::Kind::Invalid);
            QVERIFY2(message.contains(QLatin1String(test.named)),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(test.name), message)));
        }
        QVERIFY(repository.list().empty());
        Statement records = tv.db().prepare(QStringLiteral("SELECT count(*) FROM records"));
        records.step();
        QCOMPARE(records.integer(0), 0);
    }

    void careTeamLinkMustExistAndIsClearedOnPurge()
    {
        TemporaryVault tv;
        RecordStore store(tv.db());
        AppointmentRepository repository(tv.db());
        Appointment appointment = dentist();
        appointment.careTeamId = 4242;
        QString message;
        QCOMPARE(refusal([&] { repository.add(appointment); }, &message), RecordError::Kind::NotFound);
        QVERIFY(message.contains(QLatin1String("4242")));

        const std::int64_t member = store.createRecord(QLatin1String(RecordStore::CareTeamMember));
        store.recordVersion(member, QStringLiteral("create"), {{QStringLiteral("name"), QStringLiteral("Dr. Roe")}});
        appointment.careTeamId = member;
        const std::int64_t id = repository.add(appointment);
        QCOMPARE(repository.get(id).careTeamId, member);
        store.purge(member);
        QCOMPARE(repository.get(id).careTeamId, std::int64_t(0));
    }

    void updateKeepsEveryVersion()
    {
        TemporaryVault tv;
        AppointmentRepository repository(tv.db());
        const std::int64_t id = repository.add(dentist());
        Appointment changed = repository.get(id);
        changed.title = QStringLiteral("Dental cleaning");
        changed.start = berlin(2026, 3, 12, 14);
        changed.end = berlin(2026, 3, 12, 15);
        changed.recurrenceRule = QStringLiteral("rrule:freq=monthly;count=3");
        changed.reminderMinutes = {30};
        repository.update(changed);

        const Appointment saved = repository.get(id);
        QCOMPARE(saved.title, QStringLiteral("Dental cleaning"));
        QCOMPARE(saved.recurrenceRule, QStringLiteral("FREQ=MONTHLY;COUNT=3"));
        QCOMPARE(saved.reminderMinutes, std::vector<int> {30});
        QCOMPARE(saved.version, 2);
        const auto history = repository.history(id);
        QCOMPARE(history.size(), std::size_t(2));
        QCOMPARE(history[0].values.value(QStringLiteral("title")).toString(), QStringLiteral("Dental check-up"));
        QCOMPARE(history[0].values.value(QStringLiteral("start")).toString(),
                 QStringLiteral("2026-03-10T08:00:00.000Z"));
        QCOMPARE(history[0].values.value(QStringLiteral("reminders")).toArray().size(), 2);
        QVERIFY(history[0].values.value(QStringLiteral("rrule")).isNull());
        QCOMPARE(history[1].change, QStringLiteral("edit"));
        QCOMPARE(history[1].values, saved.toJson());
        QCOMPARE(rowCount(tv.db(), QStringLiteral("appointment_reminders"), id), 1);

        // A refused edit changes nothing.
        changed.end = changed.start.addSecs(-1);
        QCOMPARE(refusal([&] { repository.update(changed); }), RecordError::Kind::Invalid);
        QCOMPARE(repository.get(id).version, 2);

        Appointment unknown = dentist();
        unknown.id = 9999;
        QString message;
        QCOMPARE(refusal([&] { repository.update(unknown); }, &message), RecordError::Kind::NotFound);
        QCOMPARE(message, QStringLiteral("No appointment with id 9999."));
    }

    void listOrdersByStartAndHidesDeleted()
    {
        TemporaryVault tv;
        AppointmentRepository repository(tv.db());
        Appointment appointment = dentist();
        std::vector<std::int64_t> ids;
        for (int day : {20, 5, 12}) {
            appointment.start = berlin(2026, 4, day, 10);
            appointment.end = appointment.start.addSecs(1800);
            appointment.title = QStringLiteral("Visit %1").arg(day);
            ids.push_back(repository.add(appointment));
        }
        auto titles = [&](AppointmentRepository::Order order, bool includeDeleted = false) {
            QStringList out;
            for (const Appointment& a : repository.list(order, includeDeleted))
                out << a.title;
            return out;
        };
        QCOMPARE(titles(AppointmentRepository::Order::OldestFirst),
                 (QStringList {QStringLiteral("Visit 5"), QStringLiteral("Visit 12"), QStringLiteral("Visit 20")}));
        QCOMPARE(titles(AppointmentRepository::Order::NewestFirst),
                 (QStringList {QStringLiteral("Visit 20"), QStringLiteral("Visit 12"), QStringLiteral("Visit 5")}));

        repository.softDelete(ids[2]);
        QCOMPARE(titles(AppointmentRepository::Order::OldestFirst),
                 (QStringList {QStringLiteral("Visit 5"), QStringLiteral("Visit 20")}));
        QCOMPARE(titles(AppointmentRepository::Order::OldestFirst, true).size(), 3);
        QVERIFY(repository.get(ids[2], true).deleted);
    }

    void softDeleteRestoreAndPurge()
    {
        TemporaryVault tv;
        AppointmentRepository repository(tv.db());
        Appointment appointment = dentist();
        appointment.recurrenceRule = QStringLiteral("FREQ=WEEKLY;COUNT=4");
        appointment.exceptionDates = {berlin(2026, 3, 17, 9)};
        const std::int64_t id = repository.add(appointment);
        const QDateTime from = berlin(2026, 3, 1, 0);
        const QDateTime to = berlin(2026, 5, 1, 0);
        QCOMPARE(repository.occurrences(from, to).size(), std::size_t(3));

        repository.softDelete(id);
        QVERIFY(repository.occurrences(from, to).empty());
        QString message;
        QCOMPARE(refusal([&] { repository.get(id); }, &message), RecordError::Kind::NotFound);
        QVERIFY(message.contains(QLatin1String("deleted")));
        QCOMPARE(refusal([&] { repository.softDelete(id); }), RecordError::Kind::NotFound);
        QCOMPARE(refusal([&] { repository.update(repository.get(id, true)); }), RecordError::Kind::NotFound);

        repository.restore(id);
        QCOMPARE(repository.occurrences(from, to).size(), std::size_t(3));
        QStringList changes;
        for (const RecordVersion& version : repository.history(id))
            changes << version.change;
        QCOMPARE(changes,
                 (QStringList {QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("restore")}));

        repository.purge(id);
        QCOMPARE(refusal([&] { repository.get(id, true); }), RecordError::Kind::NotFound);
        QCOMPARE(rowCount(tv.db(), QStringLiteral("appointments"), id), 0);
        QCOMPARE(rowCount(tv.db(), QStringLiteral("appointment_exceptions"), id), 0);
        QCOMPARE(rowCount(tv.db(), QStringLiteral("appointment_reminders"), id), 0);
        QCOMPARE(refusal([&] { repository.purge(id); }), RecordError::Kind::NotFound);
    }

    void otherKindsAreNotAppointments()
    {
        TemporaryVault tv;
        RecordStore store(tv.db());
        AppointmentRepository repository(tv.db());
        const std::int64_t journal = store.createRecord(QLatin1String(RecordStore::Journal));
        QString message;
        QCOMPARE(refusal([&] { repository.get(journal); }, &message), RecordError::Kind::NotFound);
        QCOMPARE(message, QStringLiteral("No appointment with id %1.").arg(journal));
        QCOMPARE(refusal([&] { repository.softDelete(journal); }), RecordError::Kind::NotFound);
        QCOMPARE(refusal([&] { repository.purge(journal); }), RecordError::Kind::NotFound);
        QVERIFY(store.meta(journal)); // untouched
    }

    void cancelledAppointmentsLeaveTheAgenda()
    {
        TemporaryVault tv;
        AppointmentRepository repository(tv.db());
        const std::int64_t id = repository.add(dentist());
        Appointment appointment = repository.get(id);
        appointment.status = Appointment::Status::Cancelled;
        repository.update(appointment);
        const QDateTime from = berlin(2026, 3, 1, 0);
        const QDateTime to = berlin(2026, 4, 1, 0);
        QVERIFY(repository.occurrences(from, to).empty());
        const auto withCancelled = repository.occurrences(from, to, true);
        QCOMPARE(withCancelled.size(), std::size_t(1));
        QVERIFY(withCancelled[0].cancelled);
        QVERIFY(repository.reminders(from, to).empty());
        QVERIFY(repository.timeline(from, to).empty());
        QVERIFY(repository.upcoming(from, 5).empty());
    }

    void occurrencesOverlapTheWindow()
    {
        TemporaryVault tv;
        AppointmentRepository repository(tv.db());
        Appointment appointment = dentist(); // 09:00-09:45 Berlin on 10 March
        const std::int64_t id = repository.add(appointment);
        QCOMPARE(repository.occurrences(berlin(2026, 3, 10, 9, 30), berlin(2026, 3, 10, 10)).size(), std::size_t(1));
        QVERIFY(repository.occurrences(berlin(2026, 3, 10, 9, 45), berlin(2026, 3, 10, 10)).empty()); // end excluded
        QVERIFY(repository.occurrences(berlin(2026, 3, 10, 8), berlin(2026, 3, 10, 9)).empty()); // start excluded
        appointment.end = appointment.start; // a point in time: counted where it starts
        appointment.id = id;
        repository.update(appointment);
        QCOMPARE(repository.occurrences(berlin(2026, 3, 10, 9), berlin(2026, 3, 10, 10)).size(), std::size_t(1));
        QVERIFY(repository.occurrences(berlin(2026, 3, 10, 8), berlin(2026, 3, 10, 9)).empty());
    }

    void upcomingTakesTheNextDatesAcrossAppointments()
    {
        TemporaryVault tv;
        AppointmentRepository repository(tv.db());
        Appointment weekly = dentist();
        weekly.title = QStringLiteral("Physiotherapy");
        weekly.start = berlin(2026, 3, 2, 17);
        weekly.end = berlin(2026, 3, 2, 18);
        weekly.recurrenceRule = QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TH");
        const std::int64_t physio = repository.add(weekly);
        const std::int64_t dental = repository.add(dentist()); // Tue 10 March 09:00
        Appointment past = dentist();
        past.start = berlin(2026, 1, 5, 9);
        past.end = berlin(2026, 1, 5, 10);
        repository.add(past);

        const std::vector<Occurrence> next = repository.upcoming(berlin(2026, 3, 9, 12), 4);
        QCOMPARE(next.size(), std::size_t(4));
        QCOMPARE(next[0].appointmentId, physio);
        QCOMPARE(next[0].localStart(), berlin(2026, 3, 9, 17));
        QCOMPARE(next[1].appointmentId, dental);
        QCOMPARE(next[2].localStart(), berlin(2026, 3, 12, 17));
        QCOMPARE(next[3].localStart(), berlin(2026, 3, 16, 17));
        // Under way is not upcoming.
        const auto during = repository.upcoming(berlin(2026, 3, 10, 9, 10), 1);
        QCOMPARE(during.size(), std::size_t(1));
        QCOMPARE(during[0].localStart(), berlin(2026, 3, 12, 17));
        QVERIFY(repository.upcoming(berlin(2026, 3, 9, 12), 0).empty());
    }

    void remindersFitTheScheduler()
    {
        TemporaryVault tv;
        AppointmentRepository repository(tv.db());
        const std::int64_t id = repository.add(dentist()); // 09:00 Berlin on 10 March, reminders 1440 and 60
        Appointment weekly = dentist();
        weekly.title = QStringLiteral("Allergy shot");
        weekly.start = berlin(2026, 3, 3, 16);
        weekly.end = berlin(2026, 3, 3, 16, 15);
        weekly.recurrenceRule = QStringLiteral("FREQ=WEEKLY");
        weekly.exceptionDates = {berlin(2026, 3, 10, 16)};
        weekly.reminderMinutes = {15};
        const std::int64_t shots = repository.add(weekly);

        const std::vector<Reminder> reminders = repository.reminders(berlin(2026, 3, 9, 0), berlin(2026, 3, 18, 0));
        QStringList seen;
        for (const Reminder& reminder : reminders)
            seen << reminder.at.toTimeZone(Berlin).toString(QStringLiteral("MM-dd HH:mm ")) + reminder.title;
        QCOMPARE(
            seen,
            (QStringList {QStringLiteral("03-09 09:00 Dental check-up"), QStringLiteral("03-10 08:00 Dental check-up"),
                          QStringLiteral("03-17 15:45 Allergy shot")})); // the 10th is skipped
        QCOMPARE(reminders[0].key, QStringLiteral("appointment:%1:2026-03-10T08:00:00.000Z:1440").arg(id));
        QCOMPARE(reminders[2].key, QStringLiteral("appointment:%1:2026-03-17T15:00:00.000Z:15").arg(shots));
        QVERIFY(reminders[0].detail.contains(QLatin1String("Dr. Jane Roe")));
        QVERIFY(!reminders[0].redacted);

        // A reminder whose time lies in the window fires even when its appointment starts after the window.
        const auto dayBefore = repository.reminders(berlin(2026, 3, 9, 8, 30), berlin(2026, 3, 9, 9, 30));
        QCOMPARE(dayBefore.size(), std::size_t(1));

        // What the app does with them: hand them to the scheduler, which fires each one once.
        testsupport::ManualClock clock(berlin(2026, 3, 9, 8, 59));
        ReminderScheduler scheduler(clock);
        scheduler.setReminders(reminders);
        QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
        scheduler.check();
        QCOMPARE(due.count(), 0);
        clock.set(berlin(2026, 3, 9, 9, 0));
        scheduler.check();
        QCOMPARE(due.count(), 1);
        QCOMPARE(due.at(0).at(0).value<Reminder>().title, QStringLiteral("Dental check-up"));
        scheduler.setReminders(repository.reminders(berlin(2026, 3, 9, 0), berlin(2026, 3, 18, 0)));
        scheduler.check();
        QCOMPARE(due.count(), 1); // rebuilt schedule, same keys: not fired again
    }

    void timelineItemsAreAppointments()
    {
        TemporaryVault tv;
        AppointmentRepository repository(tv.db());
        Appointment weekly = dentist();
        weekly.recurrenceRule = QStringLiteral("FREQ=WEEKLY;COUNT=3");
        const std::int64_t id = repository.add(weekly);
        const std::vector<TimelineItem> items = repository.timeline(berlin(2026, 3, 1, 0), berlin(2026, 4, 1, 0));
        QCOMPARE(items.size(), std::size_t(3));
        for (const TimelineItem& item : items) {
            QCOMPARE(item.kind, QStringLiteral("appointment"));
            QCOMPARE(item.event, QStringLiteral("appointment"));
            QCOMPARE(item.recordId, id);
            QCOMPARE(item.title, QStringLiteral("Dental check-up"));
            QCOMPARE(item.detail, QStringLiteral("Dr. Jane Roe, City Clinic, room 4"));
        }
        QCOMPARE(items[0].at, berlin(2026, 3, 10, 9).toUTC());
        QCOMPARE(items[2].at, berlin(2026, 3, 24, 9).toUTC());
    }
};

QTEST_GUILESS_MAIN(TestAppointmentRepository)
#include "TestAppointmentRepository.moc"
