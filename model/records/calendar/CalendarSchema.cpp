#include "RecordsSchema.h"

namespace carnet {

Migration calendarMigration()
{
    // Times are UTC instants in RecordStore::timestamp form, so text order is time order; time_zone keeps the IANA
    // zone they were entered in, which recurrence expansion needs to keep the local wall-clock time across DST.
    return {5,
            QStringLiteral("calendar: appointments, recurrence exceptions, reminders"),
            {
                QStringLiteral("CREATE TABLE appointments ("
                               " record_id INTEGER PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,"
                               " title TEXT NOT NULL CHECK (length(title) > 0),"
                               " provider TEXT NOT NULL DEFAULT '',"
                               " care_team_id INTEGER REFERENCES records (id) ON DELETE SET NULL,"
                               " place TEXT NOT NULL DEFAULT '',"
                               " address TEXT NOT NULL DEFAULT '',"
                               " starts_at TEXT NOT NULL,"
                               " ends_at TEXT NOT NULL CHECK (ends_at >= starts_at),"
                               " time_zone TEXT NOT NULL,"
                               " all_day INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),"
                               " notes TEXT NOT NULL DEFAULT '',"
                               " rrule TEXT,"
                               " status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled')))"),
                QStringLiteral("CREATE INDEX appointments_starts_at ON appointments (starts_at)"),
                QStringLiteral("CREATE INDEX appointments_care_team ON appointments (care_team_id)"),
                QStringLiteral("CREATE TABLE appointment_exceptions ("
                               " appointment_id INTEGER NOT NULL"
                               "  REFERENCES appointments (record_id) ON DELETE CASCADE,"
                               " occurrence_start TEXT NOT NULL,"
                               " PRIMARY KEY (appointment_id, occurrence_start)) WITHOUT ROWID"),
                QStringLiteral("CREATE TABLE appointment_reminders ("
                               " appointment_id INTEGER NOT NULL"
                               "  REFERENCES appointments (record_id) ON DELETE CASCADE,"
                               " minutes_before INTEGER NOT NULL CHECK (minutes_before >= 0),"
                               " PRIMARY KEY (appointment_id, minutes_before)) WITHOUT ROWID"),
            }};
}

} // namespace carnet
