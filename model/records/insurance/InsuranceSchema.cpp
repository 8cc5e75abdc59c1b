#include "RecordsSchema.h"

namespace carnet {

Migration insuranceMigration()
{
    // A plan's row shares its id with its records row, so soft delete, versions and purge (by cascade, down to the
    // card images) come from there. Allowed words are checked here too, so a vault edited with sqlite tools cannot
    // hold a value the app would not know how to show. other_phones is a compact JSON array of {label, number},
    // only ever read and written whole with its row.
    return {
        6,
        QStringLiteral("insurance plans and card images"),
        {
            QStringLiteral(
                "CREATE TABLE insurance_plans ("
                " id INTEGER PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,"
                " payer TEXT NOT NULL CHECK (length(trim(payer)) > 0),"
                " plan_name TEXT,"
                " plan_type TEXT NOT NULL CHECK (plan_type IN"
                "  ('medical', 'dental', 'vision', 'drug', 'other')),"
                " member_id TEXT,"
                " group_number TEXT,"
                " subscriber_name TEXT,"
                " relationship TEXT NOT NULL CHECK (relationship IN ('self', 'spouse', 'child', 'other')),"
                " effective_from TEXT,"
                " effective_to TEXT,"
                " payer_phone TEXT,"
                " other_phones TEXT NOT NULL DEFAULT '[]',"
                " notes TEXT,"
                " CHECK (effective_from IS NULL OR effective_to IS NULL OR effective_to >= effective_from))"),
            // The image bytes live here, inside the encrypted database, already stripped of camera metadata; the
            // amendment trail keeps only name, type, size and hash.
            QStringLiteral("CREATE TABLE insurance_cards ("
                           " plan_id INTEGER NOT NULL REFERENCES insurance_plans (id) ON DELETE CASCADE,"
                           " side TEXT NOT NULL CHECK (side IN ('front', 'back')),"
                           " file_name TEXT NOT NULL,"
                           " media_type TEXT NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),"
                           " size INTEGER NOT NULL CHECK (size > 0),"
                           " sha256 TEXT NOT NULL,"
                           " added_at TEXT NOT NULL,"
                           " data BLOB NOT NULL,"
                           " UNIQUE (plan_id, side))"),
        },
    };
}

} // namespace carnet
