#include "JournalRepository.h"
#include "JournalSearchQuery.h"
#include "RecordError.h"
#include "StorageError.h"
#include "TemporaryVault.h"

#include <QTest>
#include <algorithm>
#include <memory>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

QDateTime day(int n)
{
    return QDateTime(QDate(2026, 1, 1).addDays(n), QTime(9, 0), Qt::UTC);
}

JournalEntry makeEntry(const QString& title, const QString& body, const QStringList& tags = {}, int dayNumber = 0)
{
    JournalEntry entry;
    entry.title = title;
    entry.body = body;
    entry.tags = tags;
    entry.occurredAt = day(dayNumber);
    return entry;
}

std::vector<std::int64_t> idsOf(const std::vector<JournalRepository::SearchHit>& hits)
{
    std::vector<std::int64_t> ids;
    for (const auto& hit : hits)
        ids.push_back(hit.id);
    return ids;
}

int indexRows(Database& db)
{
    Statement stmt = db.prepare(QStringLiteral("SELECT count(*) FROM journal_fts"));
    return stmt.step() ? stmt.integer(0) : -1;
}

// FTS4's own check that the index matches the stored text; throws StorageError when it does not.
void checkIndexIntegrity(Database& db)
{
    db.exec(QStringLiteral("INSERT INTO journal_fts (journal_fts) VALUES ('integrity-check')"));
}

} // namespace

class TestJournalSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TemporaryVault> m_vault;
    std::unique_ptr<JournalRepository> m_journal;
    std::int64_t m_breath = 0;
    std::int64_t m_breathWords = 0;
    std::int64_t m_medication = 0;
    std::int64_t m_medical = 0;
    std::int64_t m_cafe = 0;
    std::int64_t m_operators = 0;

private slots:
    // One vault for the read-only cases: unlocking costs an Argon2 run.
    void initTestCase()
    {
        m_vault = std::make_unique<TemporaryVault>();
        m_journal = std::make_unique<JournalRepository>(m_vault->db());
        m_breath = m_journal->add(
            makeEntry(QStringLiteral("Stairs"), QStringLiteral("Felt short of breath after the stairs."), {}, 1));
        m_breathWords = m_journal->add(makeEntry(
            QStringLiteral("Walk"), QStringLiteral("Breath was short; of course the hill did not help."), {}, 2));
        m_medication = m_journal->add(
            makeEntry(QStringLiteral("Pharmacy"), QStringLiteral("Picked up the new medication."), {}, 3));
        m_medical = m_journal->add(makeEntry(QStringLiteral("Letter"), QStringLiteral("A medical certificate came."),
                                             {QStringLiteral("paperwork")}, 4));
        m_cafe = m_journal->add(makeEntry(QStringLiteral("Café visit"), QStringLiteral("Coffee gave me a headache."),
                                          {QStringLiteral("caffeine")}, 5));
        m_operators = m_journal->add(makeEntry(QStringLiteral("Choices"),
                                               QStringLiteral("Tea or coffee, and not both: near the end I chose tea."),
                                               {}, 6));
    }

    void cleanupTestCase()
    {
        m_journal.reset();
        m_vault.reset();
    }

    void plainWordsMustAllMatch()
    {
        QCOMPARE(idsOf(m_journal->search(QStringLiteral("stairs"))), std::vector<std::int64_t> {m_breath});
        QCOMPARE(idsOf(m_journal->search(QStringLiteral("Breath SHORT"))).size(), std::size_t(2));
        QCOMPARE(idsOf(m_journal->search(QStringLiteral("breath stairs"))), std::vector<std::int64_t> {m_breath});
        QVERIFY(m_journal->search(QStringLiteral("breath medication")).empty());
        QCOMPARE(m_journal->searchCount(QStringLiteral("breath")), 2);
        // Accents are folded both ways, and tags are searched.
        QCOMPARE(idsOf(m_journal->search(QStringLiteral("cafe"))), std::vector<std::int64_t> {m_cafe});
        QCOMPARE(idsOf(m_journal->search(QStringLiteral("CAFÉ caffeine"))), std::vector<std::int64_t> {m_cafe});
        QCOMPARE(idsOf(m_journal->search(QStringLiteral("paperwork"))), std::vector<std::int64_t> {m_medical});
    }

    void prefixQueries()
    {
        auto hits = idsOf(m_journal->search(QStringLiteral("medic*")));
        std::sort(hits.begin(), hits.end());
        QCOMPARE(hits, (std::vector<std::int64_t> {m_medication, m_medical}));
        QVERIFY(m_journal->search(QStringLiteral("medic")).empty());
        QCOMPARE(idsOf(m_journal->search(QStringLiteral("certif* medic*"))), std::vector<std::int64_t> {m_medical});
        QCOMPARE(idsOf(m_journal->search(QStringLiteral("\"new medic*\""))), std::vector<std::int64_t> {m_medication});
    }

    void phraseQueries()
    {
        QCOMPARE(idsOf(m_journal->search(QStringLiteral("\"short of breath\""))), std::vector<std::int64_t> {m_breath});
        // The same words out of order do not make the phrase.
        QVERIFY(m_journal->search(QStringLiteral("\"breath of short\"")).empty());
        QCOMPARE(m_journal->search(QStringLiteral("short of breath")).size(), std::size_t(2));
        // An unclosed quote runs to the end of the query.
        QCOMPARE(idsOf(m_journal->search(QStringLiteral("felt \"short of breath"))),
                 std::vector<std::int64_t> {m_breath});
        // A hyphenated word is the phrase the index holds.
        QCOMPARE(JournalSearchQuery::parse(QStringLiteral("e-mail")).matchExpression(), QStringLiteral("\"e mail\""));
    }

    void operatorsAreOnlyWords()
    {
        // OR, NOT and NEAR are words to find, never FTS operators: "tea OR stairs" needs all three words.
        QVERIFY(m_journal->search(QStringLiteral("tea OR stairs")).empty());
        QCOMPARE(idsOf(m_journal->search(QStringLiteral("tea OR coffee"))), std::vector<std::int64_t> {m_operators});
        QCOMPARE(idsOf(m_journal->search(QStringLiteral("NOT near"))), std::vector<std::int64_t> {m_operators});
        // Column filters are not available to users: "title:stairs" is the phrase "title stairs".
        QVERIFY(m_journal->search(QStringLiteral("title:stairs")).empty());
        QCOMPARE(idsOf(m_journal->search(QStringLiteral("-stairs"))), std::vector<std::int64_t> {m_breath});
    }

    void hostileQueriesNeverReachSqlAsSyntax_data()
    {
        QTest::addColumn<QString>("query");
        const QStringList queries {
            QStringLiteral(""),
            QStringLiteral("   "),
            QStringLiteral("\""),
            QStringLiteral("\"\""),
            QStringLiteral("\"unbalanced"),
            QStringLiteral("unbalanced\""),
            QStringLiteral("\"a\" \"b"),
            QStringLiteral("-"),
            QStringLiteral("--"),
            QStringLiteral("*"),
            QStringLiteral("**"),
            QStringLiteral("* *"),
            QStringLiteral("a**"),
            QStringLiteral("*medic"),
            QStringLiteral("AND"),
            QStringLiteral("OR"),
            QStringLiteral("NOT"),
            QStringLiteral("NEAR"),
            QStringLiteral("NEAR/3"),
            QStringLiteral("a NEAR/2 b"),
            QStringLiteral("breath OR"),
            QStringLiteral("OR breath"),
            QStringLiteral("("),
            QStringLiteral(")"),
            QStringLiteral("(breath"),
            QStringLiteral("breath)"),
            QStringLiteral("^breath"),
            QStringLiteral("body:"),
            QStringLiteral(":"),
            QStringLiteral("journal_fts:breath"),
            QStringLiteral("docid:1"),
            QStringLiteral("'; DROP TABLE journal_entries; --"),
            QStringLiteral("\\"),
            QStringLiteral("%"),
            QStringLiteral("_"),
            QStringLiteral("'"),
            QStringLiteral("\"*\""),
            QStringLiteral("\"-\""),
            QStringLiteral("breath*\"short"),
            QStringLiteral("\x01\x02"),
            QString(QChar(0)),
            QStringLiteral("😷 breath"),
            QStringLiteral("😷"),
            QString(3000, QLatin1Char('a')),
            QStringLiteral("a ").repeated(200),
            QStringLiteral("\"a\" ").repeated(33),
        };
        for (qsizetype i = 0; i < queries.size(); ++i)
            QTest::addRow("%d:%s", int(i), queries[i].left(16).toUtf8().toHex().constData()) << queries[i];
    }

    void hostileQueriesNeverReachSqlAsSyntax()
    {
        QFETCH(QString, query);
        const bool hasWords = !JournalSearchQuery::parse(query).isEmpty();
        const bool tooMany
            = static_cast<int>(JournalSearchQuery::parse(query).terms().size()) > JournalSearchQuery::MaxTerms;
        try {
            const auto hits = m_journal->search(query);
            QVERIFY2(hasWords && !tooMany, "a query without usable words returned results instead of an error");
            const int total = m_journal->searchCount(query);
            QVERIFY(total >= static_cast<int>(hits.size()));
        } catch (const RecordError& error) {
            QCOMPARE(error.kind(), RecordError::Kind::Invalid);
            QVERIFY(!error.message().isEmpty());
            QVERIFY(!hasWords || tooMany);
        } catch (const StorageError& error) {
            QFAIL(qPrintable(QStringLiteral("SQL error for a user query: ") + QString::fromUtf8(error.what())));
        }
        // The same text as a list filter narrows or is ignored, never fails with an SQL error.
        JournalRepository::Filter filter;
        filter.text = query;
        try {
            m_journal->list(filter);
            m_journal->count(filter);
        } catch (const RecordError& error) {
            QCOMPARE(error.kind(), RecordError::Kind::Invalid);
        } catch (const StorageError& error) {
            QFAIL(qPrintable(QStringLiteral("SQL error for a list filter: ") + QString::fromUtf8(error.what())));
        }
    }

    void rankingPutsTheBestMatchFirst()
    {
        TemporaryVault tv;
        JournalRepository journal(tv.db());
        const QString filler = QStringLiteral("walked to the shop and back then read a book for a while. ").repeated(8);
        const std::int64_t passing
            = journal.add(makeEntry(QStringLiteral("Tuesday"), filler + QStringLiteral("Mild asthma later."), {}, 1));
        const std::int64_t focused = journal.add(makeEntry(
            QStringLiteral("Asthma attack"), QStringLiteral("Asthma all night; used the asthma inhaler twice."),
            {QStringLiteral("asthma")}, 2));
        const std::int64_t some = journal.add(
            makeEntry(QStringLiteral("Wednesday"), QStringLiteral("Asthma in the morning, better by noon."), {}, 3));
        for (int i = 0; i < 5; ++i)
            journal.add(makeEntry(QStringLiteral("Unrelated %1").arg(i), filler, {}, 10 + i));

        const auto hits = journal.search(QStringLiteral("asthma"));
        QCOMPARE(idsOf(hits), (std::vector<std::int64_t> {focused, some, passing}));
        QVERIFY(hits[0].score > hits[1].score);
        QVERIFY(hits[1].score > hits[2].score);
        QVERIFY(hits[2].score > 0.0);

        // Paging follows the same order.
        QCOMPARE(idsOf(journal.search(QStringLiteral("asthma"), 1, 1)), std::vector<std::int64_t> {some});
        QCOMPARE(idsOf(journal.search(QStringLiteral("asthma"), 5, 2)), std::vector<std::int64_t> {passing});
        QVERIFY(journal.search(QStringLiteral("asthma"), 5, 3).empty());
        QVERIFY_THROWS_EXCEPTION(RecordError, journal.search(QStringLiteral("asthma"), 0, 0));
        QVERIFY_THROWS_EXCEPTION(RecordError, journal.search(QStringLiteral("asthma"), 5, -1));
    }

    void snippetsMarkMatchesWithTheCallersMarkers()
    {
        const auto brackets = m_journal->search(QStringLiteral("medic*"));
        QCOMPARE(brackets.size(), std::size_t(2));
        for (const auto& hit : brackets) {
            QVERIFY2(hit.snippet.contains(QLatin1String("[medication]"))
                         || hit.snippet.contains(QLatin1String("[medical]")),
                     qPrintable(hit.snippet));
            QVERIFY(!hit.title.isEmpty());
            QVERIFY(hit.occurredAt.isValid());
        }
        const JournalRepository::Highlight bold(QStringLiteral("<b>"), QStringLiteral("</b>"), QStringLiteral("..."));
        const auto html = m_journal->search(QStringLiteral("\"short of breath\""), 20, 0, bold);
        QCOMPARE(html.size(), std::size_t(1));
        QVERIFY2(html[0].snippet.contains(QLatin1String("<b>short</b> <b>of</b> <b>breath</b>")),
                 qPrintable(html[0].snippet));
        QVERIFY(!html[0].snippet.contains(QLatin1Char('[')));

        // With html(), the entry's own markup is text; only the highlight is markup.
        TemporaryVault tv;
        JournalRepository journal(tv.db());
        journal.add(makeEntry(QStringLiteral("BP"), QStringLiteral("Reading <b>high</b>: BP < 140 & pulse fine")));
        const auto escaped = journal.search(QStringLiteral("pulse"), 20, 0, JournalRepository::Highlight::html());
        QCOMPARE(escaped.size(), std::size_t(1));
        QVERIFY2(escaped[0].snippet.contains(QLatin1String("&lt;b&gt;high&lt;/b&gt;")), qPrintable(escaped[0].snippet));
        QVERIFY(escaped[0].snippet.contains(QLatin1String("BP &lt; 140 &amp; <b>pulse</b> fine")));
        const auto raw = journal.search(QStringLiteral("pulse"), 20, 0, bold);
        QVERIFY(raw[0].snippet.contains(QLatin1String("<b>high</b>: BP < 140 & <b>pulse</b>")));

        const auto byId = m_journal->snippets(QStringLiteral("coffee"), {m_cafe, m_operators, m_breath}, bold);
        QCOMPARE(byId.size(), 2);
        QVERIFY(byId.value(m_cafe).contains(QLatin1String("<b>Coffee</b>")));
        QVERIFY(!byId.contains(m_breath));
    }

    void indexFollowsEditDeleteRestoreAndPurge()
    {
        TemporaryVault tv;
        JournalRepository journal(tv.db());
        const std::int64_t id = journal.add(
            makeEntry(QStringLiteral("Alpha title"), QStringLiteral("gamma body"), {QStringLiteral("delta")}));
        const std::int64_t other = journal.add(makeEntry(QStringLiteral("Other"), QStringLiteral("gamma too")));
        QCOMPARE(indexRows(tv.db()), 2);

        JournalEntry edited = journal.get(id);
        edited.title = QStringLiteral("Beta title");
        edited.body = QStringLiteral("epsilon body");
        edited.tags = {QStringLiteral("zeta")};
        journal.update(edited);
        QVERIFY(journal.search(QStringLiteral("alpha")).empty());
        QVERIFY(journal.search(QStringLiteral("delta")).empty());
        QCOMPARE(idsOf(journal.search(QStringLiteral("gamma"))), std::vector<std::int64_t> {other});
        QCOMPARE(idsOf(journal.search(QStringLiteral("beta epsilon zeta"))), std::vector<std::int64_t> {id});
        QCOMPARE(indexRows(tv.db()), 2);
        checkIndexIntegrity(tv.db());

        journal.softDelete(id);
        QVERIFY(journal.search(QStringLiteral("beta")).empty());
        QCOMPARE(indexRows(tv.db()), 1);
        checkIndexIntegrity(tv.db());

        journal.restore(id);
        QCOMPARE(idsOf(journal.search(QStringLiteral("beta zeta"))), std::vector<std::int64_t> {id});
        QCOMPARE(indexRows(tv.db()), 2);
        checkIndexIntegrity(tv.db());

        journal.softDelete(id);
        journal.purge(id);
        QVERIFY(journal.search(QStringLiteral("beta")).empty());
        QCOMPARE(indexRows(tv.db()), 1);
        checkIndexIntegrity(tv.db());
        QCOMPARE(idsOf(journal.search(QStringLiteral("gamma"))), std::vector<std::int64_t> {other});

        // Reopening the vault finds the same index.
        tv.reopen();
        JournalRepository reopened(tv.db());
        QCOMPARE(idsOf(reopened.search(QStringLiteral("gamma"))), std::vector<std::int64_t> {other});
        QVERIFY(reopened.search(QStringLiteral("beta")).empty());
    }

    void purgedWordsLeaveTheIndexSegments()
    {
        TemporaryVault tv;
        JournalRepository journal(tv.db());
        const QByteArray word = "zzyzxpurgemarker";
        const auto inSegments = [&] {
            bool found = false;
            for (const char* sql : {"SELECT root FROM journal_fts_segdir", "SELECT block FROM journal_fts_segments"}) {
                Statement stmt = tv.db().prepare(QString::fromLatin1(sql));
                while (stmt.step())
                    found = found || stmt.blob(0).contains(word);
            }
            return found;
        };
        journal.add(makeEntry(QStringLiteral("Kept"), QStringLiteral("alpha beta")));
        const std::int64_t id = journal.add(makeEntry(QStringLiteral("Gone"), QString::fromLatin1(word)));
        QVERIFY(inSegments());
        journal.softDelete(id);
        // A soft delete only hides: the words stay until purge (restore needs nothing else).
        QVERIFY(inSegments());
        journal.purge(id);
        QVERIFY(!inSegments());
        QCOMPARE(journal.searchCount(QStringLiteral("alpha")), 1);
        checkIndexIntegrity(tv.db());
    }

    void textFilterNarrowsTheList()
    {
        JournalRepository::Filter filter;
        filter.text = QStringLiteral("coffee");
        QCOMPARE(m_journal->count(filter), 2);
        const auto entries = m_journal->list(filter);
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries[0].id, m_operators); // newest first, not by rank
        filter.text = QStringLiteral("*"); // nothing to look for: the text is ignored
        QCOMPARE(m_journal->count(filter), m_journal->count());
    }
};

QTEST_GUILESS_MAIN(TestJournalSearch)
#include "TestJournalSearch.moc"
