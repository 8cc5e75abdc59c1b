#include "VaultSchema.h"

#include "AuditLog.h"
#include "DisclosureLog.h"
#include "RecordsSchema.h"

namespace carnet {

namespace {

Migration coreMigration()
{
    QStringList statements = {
        QStringLiteral("CREATE TABLE vault_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE vault_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE vault_keys (name TEXT PRIMARY KEY, key BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE vault_identity ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " signing_public BLOB NOT NULL,"
                       " signing_secret BLOB NOT NULL,"
                       " agreement_public BLOB NOT NULL,"
                       " agreement_secret BLOB NOT NULL,"
                       " created_at TEXT NOT NULL)"),
    };
    statements += AuditLog::schema();
    return {1, QStringLiteral("vault core: metadata, settings, identity, audit log"), statements};
}

} // namespace

const SchemaMigrator& VaultSchema::migrator()
{
    static const SchemaMigrator migrator({
        coreMigration(),
        recordsCommonMigration(),
        journalMigration(),
        medicationsMigration(),
        calendarMigration(),
        insuranceMigration(),
        peopleMigration(),
        DisclosureLog::migration(),
    });
    return migrator;
}

} // namespace carnet
