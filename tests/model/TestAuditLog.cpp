#include "AuditLog.h"
#include "ReceivedShareStore.h"
#include "SharePackageWriter.h"
#include "StorageError.h"
#include "TemporaryVault.h"

#include <QTest>

using namespace carnet;
using testsupport::TemporaryVault;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    // Tampering needs the append-only triggers gone, as an attacker with the key could do.
    static void dropTriggers(Database& db)
    {
        db.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        db.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    }

    static void appendSome(AuditLog& log)
    {
        for (int i = 0; i < 5; ++i)
            log.append(QStringLiteral("test_event"), QStringLiteral("n=%1").arg(i));
    }

private slots:
    void chainVerifies()
    {
        TemporaryVault tv;
        AuditLog& log = tv.vault().auditLog();
        appendSome(log);
        const auto result = log.verify();
        QVERIFY(result.ok);
        QCOMPARE(result.rowsChecked, log.count());
        QVERIFY(log.count() >= 6);
        const auto entries = log.entries();
        QCOMPARE(entries.front().event, QStringLiteral("vault_created"));
        QCOMPARE(entries.back().detail, QStringLiteral("n=4"));
        QVERIFY(entries.back().at.isValid());
    }

    void isAppendOnly()
    {
        TemporaryVault tv;
        QVERIFY_THROWS_EXCEPTION(StorageError, tv.db().exec(QStringLiteral("UPDATE audit_log SET detail = 'x'")));
        QVERIFY_THROWS_EXCEPTION(StorageError, tv.db().exec(QStringLiteral("DELETE FROM audit_log")));
    }

    void editedRowIsDetected()
    {
        TemporaryVault tv;
        appendSome(tv.vault().auditLog());
        dropTriggers(tv.db());
        tv.db().exec(QStringLiteral("UPDATE audit_log SET detail = 'n=9' WHERE seq = 3"));
        const auto result = tv.vault().auditLog().verify();
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSeq, std::int64_t(3));
        QVERIFY(!result.problem.isEmpty());
    }

    void editedTimeOrEventIsDetected()
    {
        TemporaryVault tv;
        appendSome(tv.vault().auditLog());
        dropTriggers(tv.db());
        tv.db().exec(QStringLiteral("UPDATE audit_log SET event = 'locked' WHERE seq = 2"));
        QCOMPARE(tv.vault().auditLog().verify().firstBadSeq, std::int64_t(2));
    }

    void deletedRowIsDetected()
    {
        TemporaryVault tv;
        appendSome(tv.vault().auditLog());
        dropTriggers(tv.db());
        tv.db().exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 4"));
        const auto result = tv.vault().auditLog().verify();
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSeq, std::int64_t(4));
    }

    void deletedTailIsDetected()
    {
        TemporaryVault tv;
        appendSome(tv.vault().auditLog());
        dropTriggers(tv.db());
        tv.db().exec(QStringLiteral("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"));
        QVERIFY(!tv.vault().auditLog().verify().ok);
    }

    void forgedRowWithoutTheKeyIsDetected()
    {
        TemporaryVault tv;
        appendSome(tv.vault().auditLog());
        dropTriggers(tv.db());
        // Re-chain a replaced row with an unkeyed hash: without the MAC key the chain cannot be rebuilt.
        tv.db().exec(QStringLiteral("UPDATE audit_log SET mac = zeroblob(32) WHERE seq = 2"));
        tv.db().exec(QStringLiteral("UPDATE audit_log SET prev_mac = zeroblob(32) WHERE seq = 3"));
        QCOMPARE(tv.vault().auditLog().verify().firstBadSeq, std::int64_t(2));
    }

    void survivesLockAndUnlock()
    {
        TemporaryVault tv;
        appendSome(tv.vault().auditLog());
        tv.reopen();
        QVERIFY(tv.vault().auditLog().verify().ok);
    }

    void describesEveryEvent()
    {
        for (const char* event : {AuditLog::VaultCreated, AuditLog::Unlocked, AuditLog::UnlockFailed, AuditLog::Locked,
                                  AuditLog::PassphraseChanged, AuditLog::Recovered, AuditLog::DataKeyRotated,
                                  // the sharing events, written outside model/vault
                                  SharePackageWriter::AuditEvent, ReceivedShareStore::KeptEvent,
                                  ReceivedShareStore::RemovedEvent})
            QVERIFY(AuditLog::describe(QLatin1String(event)) != QLatin1String(event));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
