#include "RecordHistoryDialog.h"
#include "TemporaryVault.h"

#include <QListWidget>
#include <QTest>

using namespace carnet;
using testsupport::TemporaryVault;

class TestRecordHistoryDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsEachVersionAndWhatItChanged()
    {
        TemporaryVault tv;
        RecordStore store(tv.db());
        const std::int64_t id = store.createRecord(QLatin1String(RecordStore::Medication));
        store.recordVersion(id, QStringLiteral("create"),
                            {{QStringLiteral("name"), QStringLiteral("Metformin")},
                             {QStringLiteral("next_refill_date"), QStringLiteral("2026-12-01")}});
        store.recordVersion(id, QStringLiteral("edit"),
                            {{QStringLiteral("name"), QStringLiteral("Metformin")},
                             {QStringLiteral("next_refill_date"), QStringLiteral("2026-12-15")}});
        store.softDelete(id, QLatin1String(RecordStore::Medication),
                         {{QStringLiteral("name"), QStringLiteral("Metformin")},
                          {QStringLiteral("next_refill_date"), QStringLiteral("2026-12-15")}});

        RecordHistoryDialog dialog(tv.db(), id, QStringLiteral("Metformin"));
        QCOMPARE(dialog.versionCount(), 3);
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("Metformin")));
        // Opens on the newest version: a deletion that changed no field.
        QVERIFY(dialog.shownText().contains(QStringLiteral("Deleted")));
        QVERIFY(dialog.shownText().contains(QStringLiteral("No field changed")));
        dialog.showVersion(1);
        QVERIFY(dialog.shownText().contains(QStringLiteral("Next refill date")));
        QVERIFY(dialog.shownText().contains(QStringLiteral("2026-12-01 → 2026-12-15")));
        QVERIFY(!dialog.shownText().contains(QStringLiteral("Name")));
        dialog.showVersion(0);
        QVERIFY(dialog.shownText().contains(QStringLiteral("Metformin")));
        QVERIFY(dialog.shownText().contains(QStringLiteral("Created")));
        QCOMPARE(dialog.findChild<QListWidget*>()->count(), 3);
    }
};

QTEST_MAIN(TestRecordHistoryDialog)
#include "TestRecordHistoryDialog.moc"
