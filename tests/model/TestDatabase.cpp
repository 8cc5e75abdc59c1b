#include "Database.h"
#include "FaultInjection.h"
#include "SecretBytes.h"
#include "SqliteApi.h"
#include "StorageError.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace carnet;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void linksSqlcipher()
    {
        QVERIFY(!Database::libraryCipherVersion().isEmpty());
        QVERIFY(Database::librarySqliteVersion().startsWith(QLatin1String("3.")));
    }

    void encryptedFileHasNoSqliteHeader()
    {
        const SecretBytes key = SecretBytes::random(32);
        {
            auto db = Database::openEncrypted(path("enc.db"), key, {}, Database::OpenMode::CreateNew);
            db->exec(QStringLiteral("CREATE TABLE t (v TEXT)"));
            db->prepare(QStringLiteral("INSERT INTO t VALUES ('needle-in-the-haystack')")).exec();
            db->close();
        }
        const QByteArray bytes = testsupport::readFile(path("enc.db"));
        QVERIFY(bytes.size() >= 4096);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("needle-in-the-haystack"));
        QVERIFY(!QFile::exists(path("enc.db-wal")) || QFileInfo(path("enc.db-wal")).size() == 0);
    }

    void pragmasReadBack()
    {
        const SecretBytes key = SecretBytes::random(32);
        auto db = Database::openEncrypted(path("pragmas.db"), key, {}, Database::OpenMode::CreateNew);
        QCOMPARE(db->pragma(QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(db->pragma(QStringLiteral("synchronous")), QStringLiteral("2"));
        QCOMPARE(db->pragma(QStringLiteral("secure_delete")), QStringLiteral("1"));
        QCOMPARE(db->pragma(QStringLiteral("temp_store")), QStringLiteral("2"));
        QCOMPARE(db->pragma(QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(db->pragma(QStringLiteral("cipher_page_size")), QStringLiteral("4096"));
        QVERIFY(!db->pragma(QStringLiteral("cipher_version")).isEmpty());
    }

    void wrongKeyIsNotADatabase()
    {
        const SecretBytes key = SecretBytes::random(32);
        Database::openEncrypted(path("wrong.db"), key, {}, Database::OpenMode::CreateNew)
            ->exec(QStringLiteral("CREATE TABLE t (v)"));
        const SecretBytes other = SecretBytes::random(32);
        try {
            Database::openEncrypted(path("wrong.db"), other, {}, Database::OpenMode::OpenExisting);
            QFAIL("opened with the wrong key");
        } catch (const StorageError& error) {
            QVERIFY(error.isNotADatabase());
        }
    }

    void missingAndEmptyFilesAreRefused()
    {
        const SecretBytes key = SecretBytes::random(32);
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 Database::openEncrypted(path("absent.db"), key, {}, Database::OpenMode::OpenExisting));
        QFile empty(path("empty.db"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 Database::openEncrypted(path("empty.db"), key, {}, Database::OpenMode::OpenExisting));
    }

    void statementsBindAndRead()
    {
        auto db = Database::openEncrypted(path("bind.db"), SecretBytes::random(32), {}, Database::OpenMode::CreateNew);
        db->exec(QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT, c BLOB, d REAL, e TEXT)"));
        Statement insert = db->prepare(QStringLiteral("INSERT INTO t VALUES (:a, :b, :c, :d, :e)"));
        insert.bind(":a", std::int64_t(1) << 40).bind(":b", QStringLiteral("Grüße 🌿")).bind(":c", QByteArray("\0\1\2", 3));
        insert.bind(":d", 2.5).bindNull(":e").exec();
        Statement select = db->prepare(QStringLiteral("SELECT a, b, c, d, e FROM t"));
        QVERIFY(select.step());
        QCOMPARE(select.int64(0), std::int64_t(1) << 40);
        QCOMPARE(select.text(1), QStringLiteral("Grüße 🌿"));
        QCOMPARE(select.blob(2), QByteArray("\0\1\2", 3));
        QCOMPARE(select.real(3), 2.5);
        QVERIFY(select.isNull(4));
        QVERIFY(!select.step());
    }

    void badSqlThrows()
    {
        auto db = Database::openEncrypted(path("bad.db"), SecretBytes::random(32), {}, Database::OpenMode::CreateNew);
        QVERIFY_THROWS_EXCEPTION(StorageError, db->prepare(QStringLiteral("SELEC nonsense")));
        QVERIFY_THROWS_EXCEPTION(StorageError, db->prepare(QStringLiteral("SELECT * FROM missing_table")));
    }

    void fts4IsAvailable()
    {
        auto db = Database::openEncrypted(path("fts.db"), SecretBytes::random(32), {}, Database::OpenMode::CreateNew);
        db->exec(QStringLiteral("CREATE VIRTUAL TABLE f USING fts4(body)"));
        db->prepare(QStringLiteral("INSERT INTO f (body) VALUES ('migraine after poor sleep')")).exec();
        Statement match = db->prepare(QStringLiteral("SELECT count(*) FROM f WHERE f MATCH 'migr*'"));
        QVERIFY(match.step());
        QCOMPARE(match.integer(0), 1);
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto db = Database::openEncrypted(path("tx.db"), SecretBytes::random(32), {}, Database::OpenMode::CreateNew);
        db->exec(QStringLiteral("CREATE TABLE t (v INTEGER)"));
        {
            Transaction tx(*db);
            db->prepare(QStringLiteral("INSERT INTO t VALUES (1)")).exec();
        }
        {
            Transaction tx(*db);
            db->prepare(QStringLiteral("INSERT INTO t VALUES (2)")).exec();
            tx.commit();
        }
        Statement count = db->prepare(QStringLiteral("SELECT group_concat(v) FROM t"));
        QVERIFY(count.step());
        QCOMPARE(count.text(0), QStringLiteral("2"));
    }

    void injectedDiskFullFailsTheWriteAndKeepsData()
    {
        auto db = Database::openEncrypted(path("full.db"), SecretBytes::random(32), {}, Database::OpenMode::CreateNew);
        db->exec(QStringLiteral("CREATE TABLE t (v INTEGER)"));
        db->prepare(QStringLiteral("INSERT INTO t VALUES (1)")).exec();
        {
            ScopedFault fault([](FaultInjection::Operation op, const QString&) {
                return op == FaultInjection::Operation::DatabaseWrite ? SQLITE_FULL : SQLITE_OK;
            });
            try {
                Transaction tx(*db);
                db->prepare(QStringLiteral("INSERT INTO t VALUES (2)")).exec();
                tx.commit();
                QFAIL("write went through");
            } catch (const StorageError& error) {
                QVERIFY(error.isDiskFull());
            }
        }
        Statement count = db->prepare(QStringLiteral("SELECT count(*) FROM t"));
        QVERIFY(count.step());
        QCOMPARE(count.integer(0), 1);
    }

    void exportReencryptsUnderNewKey()
    {
        const SecretBytes oldKey = SecretBytes::random(32);
        const SecretBytes newKey = SecretBytes::random(32);
        auto db = Database::openEncrypted(path("src.db"), oldKey, {}, Database::OpenMode::CreateNew);
        db->exec(QStringLiteral("CREATE TABLE t (v TEXT)"));
        db->prepare(QStringLiteral("INSERT INTO t VALUES ('kept')")).exec();
        db->exportTo(path("dst.db"), newKey, {});
        auto copy = Database::openEncrypted(path("dst.db"), newKey, {}, Database::OpenMode::OpenExisting);
        Statement select = copy->prepare(QStringLiteral("SELECT v FROM t"));
        QVERIFY(select.step());
        QCOMPARE(select.text(0), QStringLiteral("kept"));
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 Database::openEncrypted(path("dst.db"), oldKey, {}, Database::OpenMode::OpenExisting));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
