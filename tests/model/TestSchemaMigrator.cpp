#include "Database.h"
#include "SchemaMigrator.h"
#include "SecretBytes.h"
#include "StorageError.h"

#include <QTemporaryDir>
#include <QTest>

using namespace carnet;

class TestSchemaMigrator : public QObject
{
    Q_OBJECT

private slots:
    void appliesInOrderOnce()
    {
        QTemporaryDir dir;
        auto db = Database::openEncrypted(dir.filePath(QStringLiteral("m.db")), SecretBytes::random(32), {},
                                          Database::OpenMode::CreateNew);
        const SchemaMigrator v1({{1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE a (x)")}}});
        QCOMPARE(v1.migrate(*db), 1);
        QCOMPARE(v1.migrate(*db), 0);
        const SchemaMigrator v2({{2, QStringLiteral("two"), {QStringLiteral("CREATE TABLE b (y)")}},
                                 {1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE a (x)")}}});
        QCOMPARE(v2.migrate(*db), 1);
        QCOMPARE(SchemaMigrator::currentVersion(*db), 2);
        QVERIFY(db->hasTable(QStringLiteral("b")));
    }

    void failedMigrationRollsBack()
    {
        QTemporaryDir dir;
        auto db = Database::openEncrypted(dir.filePath(QStringLiteral("m.db")), SecretBytes::random(32), {},
                                          Database::OpenMode::CreateNew);
        const SchemaMigrator broken({{1, QStringLiteral("broken"),
                                      {QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("CREATE TABLE a (x)")}}});
        QVERIFY_THROWS_EXCEPTION(StorageError, broken.migrate(*db));
        QCOMPARE(SchemaMigrator::currentVersion(*db), 0);
        QVERIFY(!db->hasTable(QStringLiteral("a")));
    }

    void refusesNewerDatabases()
    {
        QTemporaryDir dir;
        auto db = Database::openEncrypted(dir.filePath(QStringLiteral("m.db")), SecretBytes::random(32), {},
                                          Database::OpenMode::CreateNew);
        const SchemaMigrator newer({{1, QStringLiteral("one"), {}}, {2, QStringLiteral("two"), {}}});
        newer.migrate(*db);
        const SchemaMigrator older({{1, QStringLiteral("one"), {}}});
        QVERIFY_THROWS_EXCEPTION(StorageError, older.migrate(*db));
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "TestSchemaMigrator.moc"
