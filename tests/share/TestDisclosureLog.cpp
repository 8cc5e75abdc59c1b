#include "DisclosureLog.h"
#include "StorageError.h"
#include "TemporaryVault.h"

#include <QJsonArray>
#include <QTest>

using namespace carnet;
using testsupport::TemporaryVault;

class TestDisclosureLog : public QObject
{
    Q_OBJECT

private slots:
    void recordsAndListsNewestFirst()
    {
        TemporaryVault tv;
        DisclosureLog log(tv.db());
        QCOMPARE(log.count(), 0);
        DisclosureLog::Disclosure first;
        first.at = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        first.exportId = QStringLiteral("0f3c2a");
        first.recipients = {{QStringLiteral("Dr. Moreau"), QStringLiteral("careteam"), QStringLiteral("AB12 CD34")}};
        first.items = {{QStringLiteral("journal"), QJsonArray{4, 9}}, {QStringLiteral("medications"), true}};
        first.itemCount = 3;
        first.packageSha256 = QString(64, QLatin1Char('a'));
        first.fileName = QStringLiteral("moreau.carnet-share");
        log.record(first);
        DisclosureLog::Disclosure second = first;
        second.at = first.at.addDays(2);
        second.exportId = QStringLiteral("77aa01");
        second.recipients = {{QStringLiteral("one-time passphrase"), QStringLiteral("passphrase"), QString()}};
        log.record(second);

        tv.lock();
        tv.reopen();
        DisclosureLog reopened(tv.db());
        const auto all = reopened.list();
        QCOMPARE(all.size(), std::size_t(2));
        QCOMPARE(all[0].exportId, QStringLiteral("77aa01"));
        QCOMPARE(all[1].at, first.at);
        QCOMPARE(all[1].recipients.size(), std::size_t(1));
        QCOMPARE(all[1].recipients[0].label, QStringLiteral("Dr. Moreau"));
        QCOMPARE(all[1].recipients[0].fingerprint, QStringLiteral("AB12 CD34"));
        QCOMPARE(all[1].items.value(QStringLiteral("journal")).toArray().size(), 2);
        QCOMPARE(all[1].itemCount, 3);
        QCOMPARE(all[1].fileName, QStringLiteral("moreau.carnet-share"));
    }

    void isAppendOnly()
    {
        TemporaryVault tv;
        DisclosureLog log(tv.db());
        DisclosureLog::Disclosure d;
        d.exportId = QStringLiteral("e1");
        d.packageSha256 = QStringLiteral("00");
        d.fileName = QStringLiteral("x.carnet-share");
        log.record(d);
        QVERIFY(log.list().front().at.isValid());
        QVERIFY_THROWS_EXCEPTION(StorageError, tv.db().exec(QStringLiteral("UPDATE disclosures SET file_name = 'y'")));
        QVERIFY_THROWS_EXCEPTION(StorageError, tv.db().exec(QStringLiteral("DELETE FROM disclosures")));
        // The same export id cannot be logged twice.
        QVERIFY_THROWS_EXCEPTION(StorageError, log.record(d));
        QCOMPARE(log.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDisclosureLog)
#include "TestDisclosureLog.moc"
