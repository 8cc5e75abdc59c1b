// Tests of the vault's smaller parts: settings, the audit-log item model, pending unlock failures, strength meter.
#include "AuditLogModel.h"
#include "PassphraseStrength.h"
#include "TemporaryVault.h"
#include "UnlockFailureLog.h"
#include "VaultSettings.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace carnet;
using testsupport::TemporaryVault;

class TestVaultExtras : public QObject
{
    Q_OBJECT

private slots:
    void settingsPersistInsideTheVault()
    {
        TemporaryVault tv;
        {
            VaultSettings settings(tv.db());
            QCOMPARE(settings.intValue(QLatin1String(VaultSettings::AutoLockSeconds), 300), 300);
            QCOMPARE(settings.boolValue(QLatin1String(VaultSettings::RemindersEnabled), true), true);
            settings.setValue(QLatin1String(VaultSettings::AutoLockSeconds), 120);
            settings.setValue(QLatin1String(VaultSettings::RemindersEnabled), false);
        }
        tv.reopen();
        VaultSettings settings(tv.db());
        QCOMPARE(settings.intValue(QLatin1String(VaultSettings::AutoLockSeconds), 300), 120);
        QCOMPARE(settings.boolValue(QLatin1String(VaultSettings::RemindersEnabled), true), false);
        settings.setValue(QLatin1String(VaultSettings::AutoLockSeconds), QStringLiteral("not a number"));
        QCOMPARE(settings.intValue(QLatin1String(VaultSettings::AutoLockSeconds), 300), 300);
    }

    void auditLogModelShowsNewestFirst()
    {
        TemporaryVault tv;
        AuditLog& log = tv.vault().auditLog();
        AuditLogModel model(log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.rowCount();
        QVERIFY(before >= 1);
        log.append(QLatin1String(AuditLog::PassphraseChanged), QStringLiteral("test"));
        model.reload();
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
        QCOMPARE(model.index(0, AuditLogModel::EventColumn).data().toString(), QStringLiteral("Passphrase changed"));
        QCOMPARE(model.index(0, AuditLogModel::DetailColumn).data().toString(), QStringLiteral("test"));
        QCOMPARE(model.index(model.rowCount() - 1, AuditLogModel::EventColumn).data().toString(),
                 QStringLiteral("Vault created"));
        QVERIFY(model.index(0, AuditLogModel::TimeColumn).data().toDateTime().isValid());
        QCOMPARE(model.headerData(AuditLogModel::EventColumn, Qt::Horizontal).toString(), QStringLiteral("What"));
    }

    void unlockFailuresWaitOutsideTheVault()
    {
        QTemporaryDir dir;
        qputenv("XDG_DATA_HOME", dir.path().toUtf8());
        UnlockFailureLog log(QByteArray(16, '\x11'));
        QVERIFY(log.filePath().startsWith(dir.path()));
        QVERIFY(log.pending().empty());
        log.record(QStringLiteral("passphrase"));
        log.record(QStringLiteral("recovery code"));
        const auto pending = log.pending();
        QCOMPARE(pending.size(), std::size_t(2));
        QCOMPARE(pending[1].method, QStringLiteral("recovery code"));
        QVERIFY(pending[0].at.isValid());
        QCOMPARE(QFile::permissions(log.filePath()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        log.clear();
        QVERIFY(log.pending().empty());
    }

    void passphraseStrength()
    {
        QCOMPARE(PassphraseStrength::estimate(QString()).level, PassphraseStrength::Level::Empty);
        const auto weak = PassphraseStrength::estimate(QStringLiteral("password1"));
        QVERIFY(weak.level <= PassphraseStrength::Level::Weak);
        QVERIFY(!weak.advice.isEmpty());
        const auto tooShort = PassphraseStrength::estimate(QStringLiteral("x7#Qp"));
        QVERIFY(!tooShort.acceptable);
        const auto strong = PassphraseStrength::estimate(QStringLiteral("tulip quarry saxophone meridian"));
        QVERIFY(strong.level >= PassphraseStrength::Level::Strong);
        QVERIFY(strong.acceptable);
        QVERIFY(strong.entropyBits > weak.entropyBits);
        // The user's own name is among the first guesses.
        const auto named = PassphraseStrength::estimate(QStringLiteral("marianne1987"), {QStringLiteral("marianne")});
        const auto unnamed = PassphraseStrength::estimate(QStringLiteral("marianne1987"));
        QVERIFY(named.entropyBits <= unnamed.entropyBits);
    }
};

QTEST_GUILESS_MAIN(TestVaultExtras)
#include "TestVaultExtras.moc"
