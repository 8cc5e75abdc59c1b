#include "SchemaMigrator.h"

#include "Database.h"
#include "StorageError.h"

#include <algorithm>

namespace carnet {

SchemaMigrator::SchemaMigrator(std::vector<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

int SchemaMigrator::currentVersion(Database& db)
{
    if (!db.hasTable(QStringLiteral("schema_version")))
        return 0;
    Statement stmt = db.prepare(QStringLiteral("SELECT max(version) FROM schema_version"));
    return stmt.step() && !stmt.isNull(0) ? stmt.integer(0) : 0;
}

int SchemaMigrator::migrate(Database& db) const
{
    db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                           " version INTEGER PRIMARY KEY,"
                           " description TEXT NOT NULL,"
                           " applied_at TEXT NOT NULL)"));
    const int current = currentVersion(db);
    if (current > latestVersion()) {
        throw StorageError(QStringLiteral("this vault uses schema version %1, newer than this Carnet understands (%2); "
                                          "update Carnet to open it")
                               .arg(current)
                               .arg(latestVersion())
                               .toStdString());
    }
    int applied = 0;
    for (const Migration& migration : m_migrations) {
        if (migration.version <= current)
            continue;
        Transaction transaction(db);
        for (const QString& sql : migration.statements)
            db.exec(sql);
        Statement record = db.prepare(QStringLiteral(
            "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))"));
        record.bind(1, migration.version).bind(2, migration.description).exec();
        transaction.commit();
        ++applied;
    }
    return applied;
}

} // namespace carnet
