#include "JournalListModel.h"
#include "JournalRepository.h"
#include "SampleJpeg.h"
#include "TemporaryVault.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <set>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

constexpr int EntryCount = 450;
constexpr int PageSize = 200;

QDateTime minute(int n)
{
    return QDateTime(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC).addSecs(qint64(n) * 3600);
}

} // namespace

class TestJournalListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TemporaryVault> m_vault;
    std::unique_ptr<JournalRepository> m_journal;
    std::int64_t m_withAttachment = 0;

private slots:
    void initTestCase()
    {
        m_vault = std::make_unique<TemporaryVault>();
        m_journal = std::make_unique<JournalRepository>(m_vault->db());
        std::vector<JournalEntry> batch;
        for (int i = 0; i < EntryCount; ++i) {
            JournalEntry entry;
            entry.title = QStringLiteral("Entry %1").arg(i);
            entry.occurredAt = minute(i);
            entry.body = QStringLiteral("\nLine one of %1\nline two").arg(i);
            if (i % 10 == 0)
                entry.tags << QStringLiteral("tenth");
            if (i % 3 == 0)
                entry.mood = 1 + i % 5;
            if (i == 7)
                entry.body += QStringLiteral(" with a rare zephyr word");
            batch.push_back(entry);
        }
        m_journal->addBatch(batch);
        m_withAttachment = m_journal->list({}, 0, 1).front().id;
        m_journal->addAttachment(m_withAttachment, QStringLiteral("chart.png"), journaltest::smallPng());
    }

    void cleanupTestCase()
    {
        m_journal.reset();
        m_vault.reset();
    }

    void readsOnePageUntilAskedForMore()
    {
        JournalListModel model(*m_journal, nullptr, PageSize);
        QCOMPARE(model.pageSize(), PageSize);
        QCOMPARE(model.count(), EntryCount);
        QCOMPARE(model.rowCount(), PageSize);
        QVERIFY(model.canFetchMore({}));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * PageSize);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), PageSize);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2 * PageSize - 1);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), EntryCount);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), EntryCount);

        // Newest first across page boundaries, each entry once.
        std::set<qint64> seen;
        QDateTime previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            seen.insert(index.data(JournalListModel::IdRole).toLongLong());
            const QDateTime date = index.data(JournalListModel::DateRole).toDateTime();
            if (previous.isValid())
                QVERIFY(date < previous);
            previous = date;
        }
        QCOMPARE(int(seen.size()), EntryCount);
        QVERIFY(!model.canFetchMore(model.index(0)));
    }

    void passesTheModelTester()
    {
        JournalListModel model(*m_journal, nullptr, PageSize);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), EntryCount);
        JournalRepository::Filter filter;
        filter.tag = QStringLiteral("tenth");
        model.setFilter(filter);
        QCOMPARE(model.count(), EntryCount / 10);
        model.setFilter({});
        model.reload();
        QVERIFY(model.rowCount() >= PageSize);
    }

    void rolesCarryTheEntry()
    {
        JournalListModel model(*m_journal, nullptr, PageSize);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex newest = model.index(0);
        QCOMPARE(model.idAt(0), m_withAttachment);
        QCOMPARE(newest.data(JournalListModel::IdRole).toLongLong(), m_withAttachment);
        QCOMPARE(newest.data(Qt::DisplayRole).toString(), QStringLiteral("Entry %1").arg(EntryCount - 1));
        QCOMPARE(newest.data(JournalListModel::TitleRole).toString(), QStringLiteral("Entry %1").arg(EntryCount - 1));
        QCOMPARE(newest.data(JournalListModel::SnippetRole).toString(),
                 QStringLiteral("Line one of %1").arg(EntryCount - 1));
        QCOMPARE(newest.data(JournalListModel::AttachmentCountRole).toInt(), 1);
        QCOMPARE(newest.data(JournalListModel::DateRole).toDateTime(), minute(EntryCount - 1));
        // Entry 449: not a multiple of 3, so no mood; 450 - 1 - 9 = 440 is a tenth.
        QVERIFY(!newest.data(JournalListModel::MoodRole).isValid());
        const QModelIndex tenth = model.index(9);
        QCOMPARE(tenth.data(JournalListModel::TagsRole).toStringList(), QStringList {QStringLiteral("tenth")});
        QCOMPARE(tenth.data(JournalListModel::AttachmentCountRole).toInt(), 0);
        const QModelIndex withMood = model.index(EntryCount - 1 - 447); // entry 447 = 3 * 149
        QCOMPARE(withMood.data(JournalListModel::MoodRole).toInt(), 1 + 447 % 5);
        QVERIFY(!model.data(model.index(0).siblingAtRow(-1), JournalListModel::TitleRole).isValid());
        const auto names = model.roleNames();
        for (const char* name : {"entryId", "date", "title", "snippet", "tags", "mood", "attachmentCount"})
            QVERIFY2(names.values().contains(QByteArray(name)), name);
    }

    void filterResetsToTheFirstPage()
    {
        JournalListModel model(*m_journal, nullptr, 20);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        JournalRepository::Filter byTag;
        byTag.tag = QStringLiteral("Tenth");
        model.setFilter(byTag);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.count(), EntryCount / 10);
        QCOMPARE(model.rowCount(), 20);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), EntryCount / 10);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row).data(JournalListModel::TagsRole).toStringList().contains(QStringLiteral("tenth")));

        JournalRepository::Filter range;
        range.from = minute(100);
        range.to = minute(109);
        model.setFilter(range);
        QCOMPARE(model.count(), 10);
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(0).data(JournalListModel::TitleRole).toString(), QStringLiteral("Entry 109"));

        JournalRepository::Filter text;
        text.text = QStringLiteral("zephyr");
        model.setHighlight({QStringLiteral("<b>"), QStringLiteral("</b>"), QStringLiteral("...")});
        model.setFilter(text);
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(JournalListModel::TitleRole).toString(), QStringLiteral("Entry 7"));
        QVERIFY2(model.index(0).data(JournalListModel::SnippetRole).toString().contains(QLatin1String("<b>zephyr</b>")),
                 qPrintable(model.index(0).data(JournalListModel::SnippetRole).toString()));

        // A search the repository refuses leaves an empty list and says why, rather than throwing into the view.
        text.text = QStringLiteral("a ").repeated(100);
        model.setFilter(text);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.lastError().isEmpty());
        model.setFilter({});
        QVERIFY(model.lastError().isEmpty());
        QCOMPARE(model.count(), EntryCount);
    }

    void reloadSeesChanges()
    {
        JournalListModel model(*m_journal, nullptr, PageSize);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        JournalEntry newest;
        newest.title = QStringLiteral("Just now");
        newest.occurredAt = minute(EntryCount + 10);
        const std::int64_t id = m_journal->add(newest);
        QCOMPARE(model.count(), EntryCount);
        model.reload();
        QCOMPARE(model.count(), EntryCount + 1);
        QCOMPARE(model.idAt(0), id);
        QCOMPARE(model.rowCount(), PageSize);

        m_journal->softDelete(id);
        model.reload();
        QCOMPARE(model.count(), EntryCount);
        QCOMPARE(model.idAt(0), m_withAttachment);
        m_journal->purge(id);
    }
};

QTEST_GUILESS_MAIN(TestJournalListModel)
#include "TestJournalListModel.moc"
