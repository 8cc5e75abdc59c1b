#include "RecordsSchema.h"

namespace carnet {

Migration peopleMigration()
{
    // Each row shares its id with its records row, so soft delete, versions and purge (by cascade) come from there.
    // Allowed words are checked here too, so a vault edited with sqlite tools cannot hold a value the app would not
    // know how to show. Lists of phones and emergency contacts are compact JSON arrays: they are only ever read
    // and written whole with their row.
    return {
        7,
        QStringLiteral("profile, allergies, conditions, care team"),
        {
            // singleton: at most one profile per vault.
            QStringLiteral("CREATE TABLE profile ("
                           " id INTEGER PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,"
                           " singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),"
                           " full_name TEXT,"
                           " preferred_name TEXT,"
                           " birth_date TEXT,"
                           " sex TEXT CHECK (sex IS NULL OR sex IN ('female', 'male', 'other', 'unknown')),"
                           " gender_identity TEXT,"
                           " blood_type TEXT CHECK (blood_type IS NULL OR blood_type IN"
                           "  ('A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-')),"
                           " height_cm REAL CHECK (height_cm IS NULL OR height_cm > 0),"
                           " weight_kg REAL CHECK (weight_kg IS NULL OR weight_kg > 0),"
                           " address TEXT,"
                           " phone TEXT,"
                           " email TEXT,"
                           " language TEXT,"
                           " emergency_contacts TEXT NOT NULL DEFAULT '[]',"
                           " organ_donor INTEGER CHECK (organ_donor IS NULL OR organ_donor IN (0, 1)),"
                           " notes TEXT)"),
            QStringLiteral("CREATE TABLE allergies ("
                           " id INTEGER PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,"
                           " substance TEXT NOT NULL CHECK (length(trim(substance)) > 0),"
                           " category TEXT CHECK (category IS NULL OR category IN"
                           "  ('food', 'medication', 'environment', 'other')),"
                           " reaction TEXT,"
                           " severity TEXT CHECK (severity IS NULL OR severity IN ('mild', 'moderate', 'severe')),"
                           " criticality TEXT CHECK (criticality IS NULL OR criticality IN"
                           "  ('low', 'high', 'unable-to-assess')),"
                           " onset_date TEXT,"
                           " status TEXT NOT NULL CHECK (status IN ('active', 'inactive', 'resolved')),"
                           " notes TEXT)"),
            QStringLiteral("CREATE TABLE conditions ("
                           " id INTEGER PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,"
                           " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                           " onset_date TEXT,"
                           " abatement_date TEXT,"
                           " status TEXT NOT NULL CHECK (status IN ('active', 'remission', 'resolved')),"
                           " notes TEXT,"
                           " CHECK (onset_date IS NULL OR abatement_date IS NULL OR abatement_date >= onset_date))"),
            // The key texts are stored as given (validated, normalized); pinned_at is the UTC instant the patient
            // confirmed them, cleared when a key changes.
            QStringLiteral("CREATE TABLE care_team ("
                           " id INTEGER PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,"
                           " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                           " role TEXT NOT NULL CHECK (role IN ('provider', 'caregiver', 'other')),"
                           " specialty TEXT,"
                           " organization TEXT,"
                           " phones TEXT NOT NULL DEFAULT '[]',"
                           " email TEXT,"
                           " address TEXT,"
                           " notes TEXT,"
                           " age_recipient TEXT CHECK (age_recipient IS NULL OR"
                           "  (length(age_recipient) = 62 AND substr(age_recipient, 1, 4) = 'age1')),"
                           " minisign_key TEXT CHECK (minisign_key IS NULL OR length(minisign_key) = 56),"
                           " fingerprint TEXT,"
                           " pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),"
                           " pinned_at TEXT,"
                           " CHECK (pinned = 0 OR pinned_at IS NOT NULL))"),
            // Who signed an export is looked up by key.
            QStringLiteral("CREATE INDEX care_team_minisign_key ON care_team (minisign_key)"),
            QStringLiteral("CREATE INDEX care_team_age_recipient ON care_team (age_recipient)"),
        },
    };
}

} // namespace carnet
