#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace carnet {

class Database;

// One step of the schema: applied once, in order, inside a transaction.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

// Brings a database's schema up to date from a version table; refuses databases newer than it knows.
class SchemaMigrator
{
public:
    explicit SchemaMigrator(std::vector<Migration> migrations);

    int latestVersion() const;
    static int currentVersion(Database& db);
    // Returns the number of migrations applied. Throws StorageError if the database is newer than latestVersion().
    int migrate(Database& db) const;

private:
    std::vector<Migration> m_migrations;
};

} // namespace carnet
