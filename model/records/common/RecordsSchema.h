#pragma once

#include "SchemaMigrator.h"

namespace carnet {

// The schema steps of each record kind, applied after the vault core (version 1). Versions are fixed once shipped.
Migration recordsCommonMigration(); // 2: records, record_versions
Migration journalMigration();       // 3: journal entries, tags, attachments, FTS4 index
Migration medicationsMigration();   // 4: medications, schedules, dose log
Migration calendarMigration();      // 5: appointments, recurrence, reminders
Migration insuranceMigration();     // 6: insurance plans and card images
Migration peopleMigration();        // 7: profile, allergies, conditions, care team

} // namespace carnet
