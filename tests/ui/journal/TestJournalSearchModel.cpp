#include "JournalListModel.h"
#include "JournalRepository.h"
#include "JournalSearchModel.h"
#include "TemporaryVault.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

JournalEntry entry(const QString& title, const QString& body, const QDateTime& at, const QStringList& tags = {})
{
    JournalEntry e;
    e.title = title;
    e.body = body;
    e.occurredAt = at;
    e.tags = tags;
    return e;
}

} // namespace

// The journal's ranked search results as a lazily paged list model.
class TestJournalSearchModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_vault = std::make_unique<TemporaryVault>(); }
    void cleanupTestCase() { m_vault.reset(); }

    void ranksBestMatchFirstWithHighlightedSnippets()
    {
        JournalRepository repo(m_vault->db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const std::int64_t strong = repo.add(entry(QStringLiteral("Dizziness again"),
                                                   QStringLiteral("Dizziness in the morning, dizziness at noon"),
                                                   now.addDays(-30), {QStringLiteral("dizziness")}));
        const std::int64_t weak = repo.add(entry(QStringLiteral("Long walk"),
                                                 QStringLiteral("A long walk by the river with the dog; slight "
                                                                "dizziness near the end, otherwise a fine day "
                                                                "with sun and wind and birds and a picnic"),
                                                 now.addDays(-1)));
        repo.add(entry(QStringLiteral("Unrelated"), QStringLiteral("nothing to see"), now));
        JournalSearchModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHighlight(JournalRepository::Highlight::html());
        QCOMPARE(model.rowCount(), 0); // no query yet
        model.setQuery(QStringLiteral("dizziness"));
        QCOMPARE(model.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        // The older entry about it ranks above the newer one that mentions it once.
        QCOMPARE(model.idAt(0), strong);
        QCOMPARE(model.idAt(1), weak);
        const QModelIndex top = model.index(0);
        QVERIFY(top.data(JournalListModel::SnippetRole).toString().contains(QStringLiteral("<b>")));
        QCOMPARE(top.data(JournalListModel::TagsRole).toStringList(), QStringList {QStringLiteral("dizziness")});
        QCOMPARE(top.data(JournalListModel::TitleRole).toString(), QStringLiteral("Dizziness again"));
        QCOMPARE(top.data(JournalListModel::IdRole).toLongLong(), strong);
        QVERIFY(model.lastError().isEmpty());

        model.setQuery(QStringLiteral("?? !!"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.lastError().isEmpty());
    }

    void matchInTitleShowsTheTextBelowIt()
    {
        JournalRepository repo(m_vault->db());
        const std::int64_t id = repo.add(entry(QStringLiteral("Vertigo & nausea"),
                                               QStringLiteral("Started after standing up <quickly>"),
                                               QDateTime::currentDateTimeUtc()));
        JournalSearchModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHighlight(JournalRepository::Highlight::html());
        model.setQuery(QStringLiteral("vertigo"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), id);
        QCOMPARE(model.index(0).data(JournalListModel::SnippetRole).toString(),
                 QStringLiteral("Started after standing up &lt;quickly&gt;"));
    }

    void pagesThroughManyHits()
    {
        JournalRepository repo(m_vault->db());
        std::vector<JournalEntry> entries;
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-400);
        for (int i = 0; i < 120; ++i)
            entries.push_back(
                entry(QStringLiteral("Walk %1").arg(i), QStringLiteral("walked in the park"), start.addDays(i)));
        repo.addBatch(entries);
        JournalSearchModel model(repo, nullptr, 50);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(QStringLiteral("park"));
        QCOMPARE(model.count(), 120);
        QCOMPARE(model.rowCount(), 50);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 100);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 120);
        QVERIFY(!model.canFetchMore({}));
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.idAt(row));
        QCOMPARE(ids.size(), 120);
    }

    void tooManyWordsIsAnErrorNotACrash()
    {
        JournalRepository repo(m_vault->db());
        JournalSearchModel model(repo);
        QStringList words;
        for (int i = 0; i < 40; ++i)
            words << QStringLiteral("w%1").arg(i);
        model.setQuery(words.join(QLatin1Char(' ')));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(model.idAt(0), std::int64_t(0));
    }

private:
    std::unique_ptr<TemporaryVault> m_vault;
};

QTEST_MAIN(TestJournalSearchModel)
#include "TestJournalSearchModel.moc"
