#include "ShareSamples.h"

#include "AppointmentRepository.h"
#include "Database.h"
#include "InsuranceRepository.h"
#include "JournalRepository.h"
#include "MedicationRepository.h"
#include "ProfileRepository.h"

namespace carnet::testsupport {

ShareSamples ShareSamples::fill(Database& db)
{
    ShareSamples samples;
    Profile profile;
    profile.fullName = QString::fromLatin1(PatientName);
    profile.birthDate = QDate(1980, 4, 2);
    profile.sex = QStringLiteral("female");
    ProfileRepository(db).set(profile);

    JournalRepository journal(db);
    const struct
    {
        QDateTime at;
        const char* title;
        QString body;
        QStringList tags;
    } entries[] = {
        {QDateTime(QDate(2024, 5, 1), QTime(8, 15), Qt::UTC), "Blood pressure <check>",
         QStringLiteral("BP **128/82** this morning.\n\n<script>alert('x')</script> & \"quotes\""),
         {QStringLiteral("bp"), QStringLiteral("heart")}},
        {QDateTime(QDate(2024, 5, 3), QTime(19, 40), Qt::UTC), "Dizzy after lunch",
         QStringLiteral("Called the clinic at %1, wrote to %2.").arg(QLatin1String(Phone), QLatin1String(Email)),
         {QStringLiteral("bp")}},
        {QDateTime(QDate(2024, 5, 9), QTime(7, 0), Qt::UTC), "Réveil difficile",
         QStringLiteral("Mal dormi ; tension à vérifier. ✓"), {}},
    };
    for (const auto& e : entries) {
        JournalEntry entry;
        entry.occurredAt = e.at;
        entry.title = QString::fromUtf8(e.title);
        entry.body = e.body;
        entry.tags = e.tags;
        samples.entryIds.push_back(journal.add(entry));
        samples.titles.push_back(entry.title);
        samples.bodies.push_back(entry.body);
    }

    Medication medication;
    medication.name = QStringLiteral("Metformin");
    medication.strength = QStringLiteral("500 mg");
    medication.form = QStringLiteral("tablet");
    medication.route = QStringLiteral("oral");
    medication.doseAmount = 1;
    medication.doseUnit = QStringLiteral("tablet");
    medication.schedule = MedicationSchedule::fixedTimes({QTime(8, 0), QTime(20, 0)});
    medication.reason = QStringLiteral("type 2 diabetes");
    medication.startDate = QDate(2023, 1, 10);
    samples.medicationId = MedicationRepository(db).add(medication);

    InsurancePlan plan;
    plan.payer = QStringLiteral("Acme Health");
    plan.planName = QStringLiteral("Gold PPO 500");
    plan.memberId = QStringLiteral("XYZ123456");
    plan.groupNumber = QStringLiteral("G-777");
    plan.effectiveFrom = QDate(2024, 1, 1);
    samples.insuranceId = InsuranceRepository(db).add(plan);

    Appointment appointment;
    appointment.title = QStringLiteral("Cardiology follow-up");
    appointment.provider = QStringLiteral("Dr. Moreau");
    appointment.place = QStringLiteral("City Clinic");
    appointment.start = QDateTime(QDate(2024, 6, 10), QTime(9, 30), Qt::UTC);
    appointment.end = appointment.start.addSecs(30 * 60);
    appointment.timeZone = QStringLiteral("UTC");
    samples.appointmentId = AppointmentRepository(db).add(appointment);
    return samples;
}

std::int64_t ShareSamples::addTinyEntry(Database& db)
{
    JournalEntry entry;
    entry.occurredAt = QDateTime(QDate(2024, 2, 2), QTime(10, 0), Qt::UTC);
    entry.title = QStringLiteral("Note");
    entry.body = QStringLiteral("ok");
    return JournalRepository(db).add(entry);
}

} // namespace carnet::testsupport
