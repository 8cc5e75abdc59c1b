#include "AtomicFile.h"
#include "FaultInjection.h"
#include "SqliteApi.h"
#include "StorageError.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace carnet;

class TestAtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void writesWithOwnerOnlyPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyring"));
        AtomicFile::write(path, "first");
        QCOMPARE(testsupport::readFile(path), QByteArray("first"));
        const auto perms = QFile::permissions(path);
        QVERIFY(perms & QFileDevice::ReadOwner);
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    }

    void keepsThePreviousCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyring"));
        AtomicFile::write(path, "first", QStringLiteral(".bak"));
        QVERIFY(!QFile::exists(path + QStringLiteral(".bak")));
        AtomicFile::write(path, "second", QStringLiteral(".bak"));
        QCOMPARE(testsupport::readFile(path), QByteArray("second"));
        QCOMPARE(testsupport::readFile(path + QStringLiteral(".bak")), QByteArray("first"));
    }

    void failedWriteLeavesTheOldFile_data()
    {
        QTest::addColumn<int>("operation");
        QTest::newRow("write") << int(FaultInjection::Operation::FileWrite);
        QTest::newRow("sync") << int(FaultInjection::Operation::FileSync);
        QTest::newRow("rename") << int(FaultInjection::Operation::FileRename);
    }

    void failedWriteLeavesTheOldFile()
    {
        QFETCH(int, operation);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyring"));
        AtomicFile::write(path, "intact");
        {
            ScopedFault fault([operation](FaultInjection::Operation op, const QString&) {
                return int(op) == operation ? SQLITE_FULL : SQLITE_OK;
            });
            try {
                AtomicFile::write(path, "replacement");
                QFAIL("write succeeded despite the fault");
            } catch (const StorageError& error) {
                QVERIFY(error.isDiskFull());
            }
        }
        QCOMPARE(testsupport::readFile(path), QByteArray("intact"));
        QCOMPARE(testsupport::filesBelow(dir.path()).size(), 1); // no temporary left behind
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "TestAtomicFile.moc"
