#include "RecordError.h"
#include "RecordStore.h"
#include "TemporaryVault.h"

#include <QTest>

using namespace carnet;
using testsupport::TemporaryVault;

class TestRecordStore : public QObject
{
    Q_OBJECT

private slots:
    void keepsEveryVersion()
    {
        TemporaryVault tv;
        RecordStore store(tv.db());
        Transaction tx(tv.db());
        const std::int64_t id = store.createRecord(QLatin1String(RecordStore::Journal));
        store.recordVersion(id, QStringLiteral("create"), {{QStringLiteral("title"), QStringLiteral("first")}});
        store.recordVersion(id, QStringLiteral("edit"), {{QStringLiteral("title"), QStringLiteral("second")}});
        tx.commit();

        const auto meta = store.meta(id);
        QVERIFY(meta);
        QCOMPARE(meta->kind, QStringLiteral("journal"));
        QCOMPARE(meta->version, 2);
        QCOMPARE(meta->uuid.size(), 36);
        QVERIFY(!meta->isDeleted());
        const auto history = store.history(id);
        QCOMPARE(history.size(), std::size_t(2));
        QCOMPARE(history[0].change, QStringLiteral("create"));
        QCOMPARE(history[0].values.value(QStringLiteral("title")).toString(), QStringLiteral("first"));
        QCOMPARE(history[1].values.value(QStringLiteral("title")).toString(), QStringLiteral("second"));
        QVERIFY(history[1].at >= history[0].at);
    }

    void idsAreUniqueAcrossKinds()
    {
        TemporaryVault tv;
        RecordStore store(tv.db());
        const std::int64_t a = store.createRecord(QLatin1String(RecordStore::Journal));
        const std::int64_t b = store.createRecord(QLatin1String(RecordStore::Medication));
        QVERIFY(a != b);
        QCOMPARE(store.meta(b)->kind, QStringLiteral("medication"));
        QVERIFY_THROWS_EXCEPTION(RecordError, store.requireLive(a, QLatin1String(RecordStore::Medication)));
        QCOMPARE(store.requireLive(b, QLatin1String(RecordStore::Medication)).id, b);
    }

    void softDeleteRestoreAndPurge()
    {
        TemporaryVault tv;
        RecordStore store(tv.db());
        const std::int64_t id = store.createRecord(QLatin1String(RecordStore::Allergy));
        store.recordVersion(id, QStringLiteral("create"), {{QStringLiteral("substance"), QStringLiteral("penicillin")}});
        store.softDelete(id, QLatin1String(RecordStore::Allergy), {{QStringLiteral("substance"), QStringLiteral("penicillin")}});
        QVERIFY(store.meta(id)->isDeleted());
        try {
            store.requireLive(id, QLatin1String(RecordStore::Allergy));
            QFAIL("a deleted record counted as live");
        } catch (const RecordError& error) {
            QCOMPARE(error.kind(), RecordError::Kind::NotFound);
            QVERIFY(error.message().contains(QLatin1String("deleted")));
        }
        QVERIFY_THROWS_EXCEPTION(RecordError, store.softDelete(id, QLatin1String(RecordStore::Allergy), {}));
        store.restore(id, QLatin1String(RecordStore::Allergy), {{QStringLiteral("substance"), QStringLiteral("penicillin")}});
        QVERIFY(!store.meta(id)->isDeleted());
        QStringList changes;
        for (const auto& version : store.history(id))
            changes << version.change;
        QCOMPARE(changes, (QStringList{QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("restore")}));
        store.purge(id);
        QVERIFY(!store.meta(id));
        QVERIFY_THROWS_EXCEPTION(RecordError, store.history(id));
        Statement versions = tv.db().prepare(QStringLiteral("SELECT count(*) FROM record_versions WHERE record_id = ?"));
        versions.bind(1, id);
        QVERIFY(versions.step());
        QCOMPARE(versions.integer(0), 0);
    }

    void unknownIdsAreNotFound()
    {
        TemporaryVault tv;
        RecordStore store(tv.db());
        QVERIFY(!store.meta(424242));
        QVERIFY_THROWS_EXCEPTION(RecordError, store.recordVersion(424242, QStringLiteral("edit"), {}));
        QVERIFY_THROWS_EXCEPTION(RecordError, store.purge(424242));
    }

    void timestampsRoundTrip()
    {
        const QDateTime at(QDate(2026, 7, 14), QTime(8, 30, 15, 250), Qt::UTC);
        const QString text = RecordStore::timestamp(at);
        QCOMPARE(text, QStringLiteral("2026-07-14T08:30:15.250Z"));
        QCOMPARE(RecordStore::parseTimestamp(text), at);
        QVERIFY(!RecordStore::parseTimestamp(QString()).isValid());
    }
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "TestRecordStore.moc"
