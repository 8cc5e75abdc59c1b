#pragma once

#include "Statement.h"

#include <QString>

#include <cstdint>
#include <memory>

struct sqlite3;

namespace carnet {

class SecretBytes;

// Page layout of an encrypted database; fixed when the vault is created and recorded in the keyring.
struct CipherSettings
{
    int pageSize = 4096;
    // SQLCipher major format: Carnet writes the 3.x format, so 4.x builds run with cipher_compatibility = 3.
    int compatibility = 3;
};

// One SQLCipher connection through the sqlite3 C API, keyed with a raw 256-bit key and configured per DESIGN.md.
class Database
{
public:
    enum class OpenMode { OpenExisting, CreateNew };

    // Throws StorageError: isNotADatabase() for a wrong key or a damaged file.
    static std::unique_ptr<Database> openEncrypted(const QString& path, const SecretBytes& rawKey,
                                                   const CipherSettings& cipher, OpenMode mode);
    // An unkeyed database on the same library (benchmarks compare against it).
    static std::unique_ptr<Database> openPlain(const QString& path, OpenMode mode);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The SQLCipher version string; empty means a plain SQLite library was loaded.
    static QString libraryCipherVersion();
    static QString librarySqliteVersion();

    void exec(const QString& sql);
    Statement prepare(const QString& sql);
    std::int64_t lastInsertRowId() const;
    int changes() const;
    QString pragma(const QString& name);
    bool hasTable(const QString& name);

    // Copies every table into a new file keyed with newKey (sqlcipher_export) and closes that file.
    void exportTo(const QString& path, const SecretBytes& newKey, const CipherSettings& cipher);

    // Checkpoints and truncates the WAL, then closes; further calls throw.
    void close();
    bool isOpen() const { return m_db != nullptr; }
    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

private:
    Database(sqlite3* db, QString path);
    void applyConnectionPragmas();
    void setAndCheckPragma(const QString& name, const QString& value, const QString& expected);

    sqlite3* m_db;
    QString m_path;
};

// BEGIN IMMEDIATE … COMMIT; rolls back if destroyed without commit().
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace carnet
