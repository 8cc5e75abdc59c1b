#include "Database.h"

#include "FaultInjection.h"
#include "SecretBytes.h"
#include "SqliteApi.h"
#include "StorageError.h"

#include <QFileInfo>

#include <sodium.h>

namespace carnet {

namespace {

// Builds SQLCipher's raw-key literal x'<hex>' in locked memory so the hex form never sits in the normal heap.
SecretBytes rawKeyLiteral(const SecretBytes& key)
{
    if (key.size() != 32)
        throw StorageError("database key must be 32 bytes");
    SecretBytes literal(2 + 64 + 1 + 1);
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    SecretReadGuard guard(key);
    sodium_bin2hex(reinterpret_cast<char*>(literal.data() + 2), 65, key.data(), key.size());
    literal.data()[66] = '\'';
    literal.data()[67] = 0;
    return literal;
}

int cipherMajorVersion()
{
    return Database::libraryCipherVersion().section(QLatin1Char('.'), 0, 0).toInt();
}

sqlite3* openHandle(const QString& path, Database::OpenMode mode)
{
    if (mode == Database::OpenMode::OpenExisting && !QFileInfo::exists(path))
        throw StorageError("database file does not exist: " + path.toStdString(), SQLITE_CANTOPEN);
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (mode == Database::OpenMode::CreateNew)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close_v2(db);
        throw StorageError("cannot open database: " + message, rc);
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 2000);
    return db;
}

} // namespace

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

QString Database::libraryCipherVersion()
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return {};
    }
    QString version;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK && stmt
        && sqlite3_step(stmt) == SQLITE_ROW) {
        version = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    sqlite3_close_v2(db);
    return version;
}

QString Database::librarySqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

std::unique_ptr<Database> Database::openEncrypted(const QString& path, const SecretBytes& rawKey,
                                                  const CipherSettings& cipher, OpenMode mode)
{
    if (libraryCipherVersion().isEmpty())
        throw StorageError("the SQLite library loaded is not SQLCipher: refusing to store health data unencrypted");
    if (mode == OpenMode::OpenExisting && QFileInfo(path).size() == 0)
        throw StorageError("database file is empty: " + path.toStdString(), SQLITE_NOTADB);

    std::unique_ptr<Database> db(new Database(openHandle(path, mode), path));
    {
        const SecretBytes literal = rawKeyLiteral(rawKey);
        const int rc = sqlite3_key(db->m_db, literal.data(), static_cast<int>(literal.size() - 1));
        if (rc != SQLITE_OK)
            throw StorageError("cannot key database", rc);
    }
    if (cipherMajorVersion() >= 4)
        db->exec(QStringLiteral("PRAGMA cipher_compatibility = %1").arg(cipher.compatibility));
    db->exec(QStringLiteral("PRAGMA cipher_page_size = %1").arg(cipher.pageSize));
    // First read of page 1: a wrong key or a damaged header fails here with SQLITE_NOTADB.
    db->prepare(QStringLiteral("SELECT count(*) FROM sqlite_master")).step();
    db->applyConnectionPragmas();
    return db;
}

std::unique_ptr<Database> Database::openPlain(const QString& path, OpenMode mode)
{
    std::unique_ptr<Database> db(new Database(openHandle(path, mode), path));
    db->prepare(QStringLiteral("SELECT count(*) FROM sqlite_master")).step();
    db->applyConnectionPragmas();
    return db;
}

void Database::applyConnectionPragmas()
{
    setAndCheckPragma(QStringLiteral("journal_mode"), QStringLiteral("WAL"), QStringLiteral("wal"));
    setAndCheckPragma(QStringLiteral("synchronous"), QStringLiteral("FULL"), QStringLiteral("2"));
    setAndCheckPragma(QStringLiteral("secure_delete"), QStringLiteral("ON"), QStringLiteral("1"));
    setAndCheckPragma(QStringLiteral("temp_store"), QStringLiteral("MEMORY"), QStringLiteral("2"));
    setAndCheckPragma(QStringLiteral("foreign_keys"), QStringLiteral("ON"), QStringLiteral("1"));
    setAndCheckPragma(QStringLiteral("cache_size"), QStringLiteral("-65536"), QStringLiteral("-65536"));
}

void Database::setAndCheckPragma(const QString& name, const QString& value, const QString& expected)
{
    exec(QStringLiteral("PRAGMA %1 = %2").arg(name, value));
    const QString actual = pragma(name);
    if (actual.compare(expected, Qt::CaseInsensitive) != 0)
        throw StorageError(QStringLiteral("PRAGMA %1 reads back %2, expected %3").arg(name, actual, expected).toStdString());
}

void Database::exec(const QString& sql)
{
    if (!m_db)
        throw StorageError("database is closed", SQLITE_MISUSE);
    const QString trimmed = sql.trimmed();
    if (!trimmed.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive)
        && !trimmed.startsWith(QLatin1String("PRAGMA"), Qt::CaseInsensitive)
        && !trimmed.startsWith(QLatin1String("ROLLBACK"), Qt::CaseInsensitive))
        FaultInjection::check(FaultInjection::Operation::DatabaseWrite, trimmed.left(80));
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw StorageError(message, rc);
    }
}

Statement Database::prepare(const QString& sql)
{
    if (!m_db)
        throw StorageError("database is closed", SQLITE_MISUSE);
    return Statement(m_db, sql);
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::pragma(const QString& name)
{
    Statement stmt = prepare(QStringLiteral("PRAGMA %1").arg(name));
    return stmt.step() ? stmt.text(0) : QString();
}

bool Database::hasTable(const QString& name)
{
    Statement stmt = prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    stmt.bind(1, name);
    return stmt.step();
}

void Database::exportTo(const QString& path, const SecretBytes& newKey, const CipherSettings& cipher)
{
    const SecretBytes literal = rawKeyLiteral(newKey);
    {
        Statement attach = prepare(QStringLiteral("ATTACH DATABASE ? AS carnet_export KEY ?"));
        attach.bind(1, path);
        // SQLCipher copies the key literal into its codec and wipes that copy when the database detaches.
        attach.bind(2, QByteArray::fromRawData(literal.chars(), static_cast<int>(literal.size() - 1)));
        attach.exec();
    }
    try {
        if (cipherMajorVersion() >= 4)
            exec(QStringLiteral("PRAGMA carnet_export.cipher_compatibility = %1").arg(cipher.compatibility));
        exec(QStringLiteral("PRAGMA carnet_export.cipher_page_size = %1").arg(cipher.pageSize));
        prepare(QStringLiteral("SELECT sqlcipher_export('carnet_export')")).step();
        exec(QStringLiteral("PRAGMA carnet_export.user_version = %1").arg(pragma(QStringLiteral("user_version"))));
    } catch (...) {
        exec(QStringLiteral("DETACH DATABASE carnet_export"));
        throw;
    }
    exec(QStringLiteral("DETACH DATABASE carnet_export"));
}

void Database::close()
{
    if (!m_db)
        return;
    sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    const int rc = sqlite3_close_v2(m_db);
    m_db = nullptr;
    if (rc != SQLITE_OK)
        throw StorageError("cannot close database cleanly", rc);
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        m_db.exec(QStringLiteral("ROLLBACK"));
    } catch (...) {
        // A failed rollback leaves SQLite to roll back on close; nothing more can be done here.
    }
}

void Transaction::commit()
{
    m_db.exec(QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace carnet
