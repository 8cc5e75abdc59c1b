#include "UpcomingReminders.h"

#include "AppointmentRepository.h"
#include "Clock.h"
#include "MedicationRepository.h"

#include <algorithm>

namespace carnet {

std::vector<Reminder> UpcomingReminders::collect(Database& db, const Clock& clock, int hoursAhead)
{
    const QDateTime now = clock.now();
    const QDateTime until = now.addSecs(qint64(hoursAhead) * 3600);
    // A dose due a few minutes ago is still worth a reminder when the vault has just been unlocked.
    const QDateTime from = now.addSecs(-15 * 60);
    std::vector<Reminder> reminders = AppointmentRepository(db).reminders(from, until);

    const MedicationRepository meds(db, clock);
    for (QDate day = from.toLocalTime().date(); day <= until.toLocalTime().date(); day = day.addDays(1)) {
        for (const DueDose& dose : meds.dueDoses(day)) {
            if (dose.status != DueDose::Status::Pending || dose.scheduledFor < from || dose.scheduledFor > until)
                continue;
            Reminder reminder;
            reminder.key = QStringLiteral("dose:%1:%2").arg(dose.medicationId).arg(dose.scheduledFor.toUTC().toString(Qt::ISODate));
            reminder.at = dose.scheduledFor;
            reminder.title = dose.medicationName;
            reminder.detail = tr("%1, due %2").arg(dose.doseText, dose.scheduledFor.toLocalTime().toString(QStringLiteral("HH:mm")));
            reminders.push_back(std::move(reminder));
        }
    }
    std::stable_sort(reminders.begin(), reminders.end(), [](const Reminder& a, const Reminder& b) { return a.at < b.at; });
    return reminders;
}

} // namespace carnet
