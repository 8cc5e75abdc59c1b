#include "VaultError.h"
#include "VaultLock.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace carnet;

class TestVaultLock : public QObject
{
    Q_OBJECT

private slots:
    void exclusiveWithinAProcess()
    {
        QTemporaryDir dir;
        {
            VaultLock first(dir.path());
            QVERIFY(QFile::exists(QDir(dir.path()).filePath(QLatin1String(VaultLock::FileName))));
            try {
                VaultLock second(dir.path());
                QFAIL("second lock taken");
            } catch (const VaultError& error) {
                QCOMPARE(error.kind(), VaultError::Kind::InUse);
                QVERIFY(error.message().contains(QString::number(QCoreApplication::applicationPid())));
            }
        }
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QLatin1String(VaultLock::FileName))));
        VaultLock again(dir.path());
    }

    // A lock file left by a process that died (crash, power loss) must not lock the user out.
    void staleLockOfADeadProcessIsReclaimed()
    {
        QTemporaryDir dir;
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exit 0")});
        QVERIFY(shell.waitForFinished());
        const qint64 deadPid = shell.processId() > 0 ? shell.processId() : 999999;
        QFile stale(QDir(dir.path()).filePath(QLatin1String(VaultLock::FileName)));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(QByteArray::number(deadPid) + "\ncarnet\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        stale.close();
        VaultLock reclaimed(dir.path());
    }
};

QTEST_GUILESS_MAIN(TestVaultLock)
#include "TestVaultLock.moc"
