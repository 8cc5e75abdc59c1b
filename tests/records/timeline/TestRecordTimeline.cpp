#include "AppointmentRepository.h"
#include "JournalRepository.h"
#include "ManualClock.h"
#include "MedicationRepository.h"
#include "RecordTimeline.h"
#include "TemporaryVault.h"

#include <QTest>

using namespace carnet;
using testsupport::ManualClock;
using testsupport::TemporaryVault;

namespace {

QStringList kindsOf(const std::vector<TimelineItem>& items)
{
    QStringList out;
    for (const TimelineItem& item : items)
        out << item.kind + QLatin1Char('/') + item.event;
    return out;
}

} // namespace

class TestRecordTimeline : public QObject
{
    Q_OBJECT

private slots:
    void mergesEveryKindByDate()
    {
        TemporaryVault tv;
        ManualClock clock(QDateTime(QDate(2026, 3, 10), QTime(12, 0)));
        JournalRepository journal(tv.db());
        JournalEntry entry;
        entry.occurredAt = QDateTime(QDate(2026, 3, 5), QTime(9, 0));
        entry.title = QStringLiteral("Dizzy in the morning");
        const std::int64_t entryId = journal.add(entry);

        MedicationRepository meds(tv.db(), clock);
        Medication m;
        m.name = QStringLiteral("Metformin");
        m.doseAmount = 1;
        m.doseUnit = QStringLiteral("tablet");
        m.schedule = MedicationSchedule::fixedTimes({QTime(8, 0)});
        m.startDate = QDate(2026, 3, 4);
        const std::int64_t medId = meds.add(m);
        meds.recordDose(medId, DoseEvent::Status::Taken, QDateTime(QDate(2026, 3, 6), QTime(8, 5)),
                        QDateTime(QDate(2026, 3, 6), QTime(8, 0)));

        AppointmentRepository calendar(tv.db());
        Appointment a;
        a.title = QStringLiteral("Check-up");
        a.start = QDateTime(QDate(2026, 3, 8), QTime(10, 0)).toUTC();
        a.end = a.start.addSecs(1800);
        a.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        calendar.add(a);
        Appointment later = a;
        later.start = QDateTime(QDate(2026, 4, 8), QTime(10, 0)).toUTC();
        later.end = later.start.addSecs(1800);
        calendar.add(later);

        const RecordTimeline timeline(tv.db(), clock);
        const auto items = timeline.between(QDateTime(QDate(2026, 3, 1), QTime(0, 0)), QDateTime(QDate(2026, 3, 31), QTime(0, 0)));
        QCOMPARE(kindsOf(items), (QStringList{QStringLiteral("medication/started"), QStringLiteral("journal/entry"),
                                              QStringLiteral("medication/dose-taken"),
                                              QStringLiteral("appointment/appointment")}));
        for (std::size_t i = 1; i < items.size(); ++i)
            QVERIFY(items[i - 1].at <= items[i].at);
        QCOMPARE(items[1].recordId, entryId);
        QCOMPARE(items[1].title, QStringLiteral("Dizzy in the morning"));

        const auto onlyJournal = timeline.between(QDateTime(QDate(2026, 3, 1), QTime(0, 0)),
                                                  QDateTime(QDate(2026, 3, 31), QTime(0, 0)), {QStringLiteral("journal")});
        QCOMPARE(kindsOf(onlyJournal), QStringList{QStringLiteral("journal/entry")});

        // Recent: newest first, nothing after now (the April appointment is still to come).
        const auto recent = timeline.recent(3);
        QCOMPARE(kindsOf(recent), (QStringList{QStringLiteral("appointment/appointment"),
                                               QStringLiteral("medication/dose-taken"), QStringLiteral("journal/entry")}));
        QCOMPARE(timeline.recent(50).size(), std::size_t(4));
    }

    void boundsAreHalfOpen()
    {
        TemporaryVault tv;
        ManualClock clock;
        JournalRepository journal(tv.db());
        JournalEntry entry;
        entry.title = QStringLiteral("Exactly at the edge");
        entry.occurredAt = QDateTime(QDate(2026, 2, 1), QTime(0, 0));
        journal.add(entry);
        const RecordTimeline timeline(tv.db(), clock);
        QCOMPARE(timeline.between(entry.occurredAt, entry.occurredAt.addSecs(1)).size(), std::size_t(1));
        QCOMPARE(timeline.between(entry.occurredAt.addSecs(-60), entry.occurredAt).size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestRecordTimeline)
#include "TestRecordTimeline.moc"
