#include "RecordsSchema.h"

namespace carnet {

Migration medicationsMigration()
{
    // Forms, routes, schedule kinds and dose statuses are checked here too, so a vault edited by hand with sqlite
    // tools still cannot hold a value the app would not know how to show.
    return {
        4,
        QStringLiteral("medications, schedules, dose log"),
        {
            QStringLiteral(
                "CREATE TABLE medications ("
                " id INTEGER PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,"
                " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                " strength TEXT,"
                " form TEXT CHECK (form IS NULL OR form IN ('tablet', 'capsule', 'liquid', 'inhaler', 'injection',"
                "  'patch', 'drops', 'cream', 'other')),"
                " route TEXT CHECK (route IS NULL OR route IN ('oral', 'sublingual', 'topical', 'transdermal',"
                "  'inhaled', 'nasal', 'eye', 'ear', 'rectal', 'vaginal', 'subcutaneous', 'intramuscular',"
                "  'intravenous', 'other')),"
                " dose_amount REAL CHECK (dose_amount IS NULL OR dose_amount > 0),"
                " dose_unit TEXT,"
                " schedule_kind TEXT NOT NULL CHECK (schedule_kind IN ('times', 'every-hours', 'days', 'as-needed')),"
                " interval_hours INTEGER CHECK (interval_hours IS NULL OR interval_hours BETWEEN 1 AND 168),"
                " first_time TEXT,"
                " prescriber TEXT,"
                " pharmacy TEXT,"
                " reason TEXT,"
                " start_date TEXT,"
                " stop_date TEXT,"
                " stop_reason TEXT,"
                " refills_left INTEGER CHECK (refills_left IS NULL OR refills_left >= 0),"
                " next_refill_date TEXT,"
                " notes TEXT,"
                " CHECK (start_date IS NULL OR stop_date IS NULL OR stop_date >= start_date))"),
            // Times of day ("HH:MM", local wall clock) for the 'times' and 'days' schedules.
            QStringLiteral("CREATE TABLE medication_times ("
                           " medication_id INTEGER NOT NULL REFERENCES medications (id) ON DELETE CASCADE,"
                           " time_of_day TEXT NOT NULL,"
                           " PRIMARY KEY (medication_id, time_of_day)) WITHOUT ROWID"),
            // ISO days of week (1 = Monday … 7 = Sunday) for the 'days' schedule.
            QStringLiteral("CREATE TABLE medication_weekdays ("
                           " medication_id INTEGER NOT NULL REFERENCES medications (id) ON DELETE CASCADE,"
                           " weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),"
                           " PRIMARY KEY (medication_id, weekday)) WITHOUT ROWID"),
            // The dose log. scheduled_for is NULL for an as-needed or extra dose; times are UTC instants.
            QStringLiteral("CREATE TABLE medication_doses ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " medication_id INTEGER NOT NULL REFERENCES medications (id) ON DELETE CASCADE,"
                           " scheduled_for TEXT,"
                           " recorded_at TEXT NOT NULL,"
                           " status TEXT NOT NULL CHECK (status IN ('taken', 'skipped', 'late')),"
                           " amount REAL CHECK (amount IS NULL OR amount > 0),"
                           " note TEXT,"
                           " logged_at TEXT NOT NULL)"),
            // One log entry per scheduled dose; NULLs are distinct, so as-needed doses are not limited.
            QStringLiteral("CREATE UNIQUE INDEX medication_doses_slot ON medication_doses (medication_id, scheduled_for)"),
            QStringLiteral("CREATE INDEX medication_doses_medication_time ON medication_doses (medication_id, recorded_at)"),
            QStringLiteral("CREATE INDEX medication_doses_recorded ON medication_doses (recorded_at)"),
            QStringLiteral("CREATE INDEX medication_doses_scheduled ON medication_doses (scheduled_for)"),
        },
    };
}

} // namespace carnet
