// The checkable list of journal entries the share wizard offers: paging, filters, checks kept across filters.
#include "JournalRepository.h"
#include "ShareEntryChoiceModel.h"
#include "TemporaryVault.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

std::int64_t addEntry(JournalRepository& journal, const QDateTime& at, const QString& title, const QString& body,
                      const QStringList& tags = {})
{
    JournalEntry entry;
    entry.occurredAt = at;
    entry.title = title;
    entry.body = body;
    entry.tags = tags;
    return journal.add(entry);
}

} // namespace

class TestShareEntryChoiceModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TemporaryVault> m_vault;
    std::vector<std::int64_t> m_ids; // 25 entries, one per day of March 2024, oldest first
    std::int64_t m_migraine = 0;
    std::int64_t m_deleted = 0;

private slots:
    void initTestCase()
    {
        m_vault = std::make_unique<TemporaryVault>();
        JournalRepository journal(m_vault->db());
        std::vector<JournalEntry> batch;
        for (int day = 1; day <= 25; ++day) {
            JournalEntry entry;
            entry.occurredAt = QDateTime(QDate(2024, 3, day), QTime(12, 0));
            entry.title = QStringLiteral("Day %1").arg(day);
            entry.body = day % 5 == 0 ? QStringLiteral("Walked to the pharmacy.") : QStringLiteral("Quiet day.");
            entry.tags = day % 2 == 0 ? QStringList {QStringLiteral("sleep")} : QStringList {};
            batch.push_back(entry);
        }
        m_ids = journal.addBatch(batch);
        m_migraine = addEntry(journal, QDateTime(QDate(2024, 4, 2), QTime(9, 0)), QStringLiteral("Migraine"),
                              QStringLiteral("Migraine since the morning."), {QStringLiteral("migraine")});
        m_deleted = addEntry(journal, QDateTime(QDate(2024, 4, 3), QTime(9, 0)), QStringLiteral("Gone"),
                             QStringLiteral("deleted entry"));
        journal.softDelete(m_deleted);
    }

    void cleanupTestCase() { m_vault.reset(); }

    void listsLiveEntriesNewestFirstInPages()
    {
        ShareEntryChoiceModel model(m_vault->db(), nullptr, 10);
        QCOMPARE(model.shownCount(), 26);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.columnCount(), int(ShareEntryChoiceModel::ColumnCount));
        QCOMPARE(model.idAt(0), m_migraine);
        QCOMPARE(model.idAt(1), m_ids.back());
        QCOMPARE(model.index(0, ShareEntryChoiceModel::TitleColumn).data().toString(), QStringLiteral("Migraine"));
        QCOMPARE(model.index(0, 0).data(ShareEntryChoiceModel::TitleRole).toString(), QStringLiteral("Migraine"));
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Migraine\nMigraine since the morning."));
        QCOMPARE(model.index(0, ShareEntryChoiceModel::TagsColumn).data().toString(), QStringLiteral("#migraine"));
        QCOMPARE(model.index(0, 0).data(ShareEntryChoiceModel::DateRole).toDateTime(),
                 QDateTime(QDate(2024, 4, 2), QTime(9, 0)));
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(!model.index(0, ShareEntryChoiceModel::TitleColumn).data(Qt::CheckStateRole).isValid());
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(!model.flags(model.index(0, 1)).testFlag(Qt::ItemIsUserCheckable));
        QCOMPARE(model.headerData(ShareEntryChoiceModel::TitleColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Title"));

        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 20);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 26);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.idAt(25), m_ids.front());
        // The soft-deleted entry is never offered.
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.idAt(row) != m_deleted);
        QCOMPARE(model.idAt(26), std::int64_t(0));
        // The tester reads every page itself (it fetches more while it checks).
        ShareEntryChoiceModel tested(m_vault->db(), nullptr, 4);
        QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (tested.canFetchMore({}))
            tested.fetchMore({});
        QCOMPARE(tested.rowCount(), 26);
    }

    void checksSurviveFilterChanges()
    {
        ShareEntryChoiceModel model(m_vault->db(), nullptr, 10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &ShareEntryChoiceModel::checkedChanged);
        QVERIFY(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(3, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(3, 1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.checkedCount(), 2);
        const std::int64_t third = model.idAt(3);

        model.setTag(QStringLiteral("sleep"));
        QCOMPARE(model.shownCount(), 12);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(ShareEntryChoiceModel::TagsRole).toStringList(),
                     QStringList {QStringLiteral("sleep")});
        QCOMPARE(model.checkedCount(), 2);
        model.setTag(QString());
        QCOMPARE(model.shownCount(), 26);
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(model.index(3, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(model.checkedIds(), (std::vector<std::int64_t> {third, m_migraine}));

        QVERIFY(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.checkedIds(), std::vector<std::int64_t> {third});
        // Unchanged checks announce nothing.
        const int before = changed.count();
        model.setChecked(third, true);
        QCOMPARE(changed.count(), before);
    }

    void filtersByDatesTagAndWords()
    {
        ShareEntryChoiceModel model(m_vault->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Whole days at both ends.
        model.setDateRange(QDate(2024, 3, 10), QDate(2024, 3, 12));
        QCOMPARE(model.shownCount(), 3);
        QCOMPARE(model.idAt(0), m_ids[11]);
        QCOMPARE(model.idAt(2), m_ids[9]);
        model.setDateRange(QDate(2024, 4, 1), QDate());
        QCOMPARE(model.shownCount(), 1);
        QCOMPARE(model.idAt(0), m_migraine);
        model.setDateRange(QDate(), QDate());

        model.setSearchText(QStringLiteral("pharmacy"));
        QCOMPARE(model.shownCount(), 5);
        model.setTag(QStringLiteral("sleep"));
        QCOMPARE(model.shownCount(), 2); // days 10 and 20
        QCOMPARE(model.idAt(0), m_ids[19]);
        model.setTag(QString());
        model.setSearchText(QStringLiteral("   "));
        QCOMPARE(model.shownCount(), 26);
        QVERIFY(model.lastError().isEmpty());
    }

    void searchThatCannotRunSaysWhy()
    {
        ShareEntryChoiceModel model(m_vault->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList words;
        for (int i = 0; i < 200; ++i)
            words << QStringLiteral("word%1").arg(i);
        model.setSearchText(words.join(QLatin1Char(' ')));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY2(!model.lastError().isEmpty(), "a refused search must say why");
        model.setSearchText(QString());
        QVERIFY(model.lastError().isEmpty());
        QCOMPARE(model.shownCount(), 26);
    }

    void checkAllShownReachesUnreadPagesAndUncheckAllClears()
    {
        // No tester here: it would read the pages this test wants left unread.
        ShareEntryChoiceModel model(m_vault->db(), nullptr, 5);
        model.setChecked(m_migraine, true);
        model.setTag(QStringLiteral("sleep"));
        QCOMPARE(model.rowCount(), 5);
        QSignalSpy changed(&model, &ShareEntryChoiceModel::checkedChanged);
        model.checkAllShown();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.checkedCount(), 13); // the 12 "sleep" entries, read or not, and the one checked before
        for (std::size_t i = 1; i < m_ids.size(); i += 2)
            QVERIFY(model.isChecked(m_ids[i]));
        QVERIFY(!model.isChecked(m_ids[0]));
        model.fetchMore({});
        QCOMPARE(model.index(5, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

        model.uncheckAll();
        QCOMPARE(model.checkedCount(), 0);
        QVERIFY(model.checkedIds().empty());
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    }

    void reloadSeesNewEntries()
    {
        TemporaryVault vault;
        ShareEntryChoiceModel model(vault.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.shownCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        JournalRepository journal(vault.db());
        addEntry(journal, QDateTime::currentDateTime(), QStringLiteral("New"), QStringLiteral("text"));
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ShareEntryChoiceModel::TitleColumn).data().toString(), QStringLiteral("New"));
    }
};

QTEST_GUILESS_MAIN(TestShareEntryChoiceModel)
#include "TestShareEntryChoiceModel.moc"
