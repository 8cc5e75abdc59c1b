#include "IdentifierScanner.h"

#include <QTest>

using namespace carnet;
using Category = IdentifierScanner::Category;

namespace {

// The categories found in text, in order, each with the exact text it matched.
QList<QPair<Category, QString>> found(const IdentifierScanner& scanner, const QString& text)
{
    QList<QPair<Category, QString>> out;
    for (const auto& match : scanner.scan(text))
        out.append({match.category, match.text});
    return out;
}

bool flags(const IdentifierScanner& scanner, const QString& text, Category category, const QString& expected)
{
    const auto all = found(scanner, text);
    return all.contains({category, expected});
}

} // namespace

class TestIdentifierScanner : public QObject
{
    Q_OBJECT

private slots:
    void findsEachSafeHarborCategory()
    {
        IdentifierScanner s;
        QVERIFY(flags(s, QStringLiteral("write to ana.lima@example.org today"), Category::Email,
                      QStringLiteral("ana.lima@example.org")));
        QVERIFY(flags(s, QStringLiteral("see https://portal.example.com/x?id=3."), Category::Url,
                      QStringLiteral("https://portal.example.com/x?id=3.")));
        QVERIFY(flags(s, QStringLiteral("from 192.168.10.4 again"), Category::IpAddress, QStringLiteral("192.168.10.4")));
        QVERIFY(flags(s, QStringLiteral("SSN 123-45-6789"), Category::Ssn, QStringLiteral("123-45-6789")));
        QVERIFY(flags(s, QStringLiteral("on 2024-03-07 I"), Category::Date, QStringLiteral("2024-03-07")));
        QVERIFY(flags(s, QStringLiteral("on 07/03/2024 I"), Category::Date, QStringLiteral("07/03/2024")));
        QVERIFY(flags(s, QStringLiteral("born March 7, 1961 in"), Category::Date, QStringLiteral("March 7, 1961")));
        QVERIFY(flags(s, QStringLiteral("le 7 mars 2024"), Category::Date, QStringLiteral("7 mars 2024")));
        QVERIFY(flags(s, QStringLiteral("am 7. März 2024"), Category::Date, QStringLiteral("7. März 2024")));
        QVERIFY(flags(s, QStringLiteral("call (555) 123-4567 now"), Category::Phone, QStringLiteral("(555) 123-4567")));
        QVERIFY(flags(s, QStringLiteral("tel +33 1 42 68 53 00."), Category::Phone, QStringLiteral("+33 1 42 68 53 00")));
        QVERIFY(flags(s, QStringLiteral("MRN: A1234567"), Category::RecordNumber, QStringLiteral("MRN: A1234567")));
        QVERIFY(flags(s, QStringLiteral("policy #XG-99812 ok"), Category::RecordNumber, QStringLiteral("policy #XG-99812")));
        QVERIFY(flags(s, QStringLiteral("at 42 Elm Street, Springfield"), Category::Address,
                      QStringLiteral("42 Elm Street")));
        QVERIFY(flags(s, QStringLiteral("Hauptstraße 12, Berlin"), Category::Address, QStringLiteral("Hauptstraße 12")));
        QVERIFY(flags(s, QStringLiteral("ZIP 02139 area"), Category::PostalCode, QStringLiteral("02139")));
        QVERIFY(flags(s, QStringLiteral("saw Dr. Moreau about it"), Category::Name, QStringLiteral("Dr. Moreau")));
        // An address does not run across a sentence: "Dr." here is a title, not "Drive".
        QVERIFY(flags(s, QStringLiteral("BP 128/82 this morning. Called Dr. Moreau"), Category::Name,
                      QStringLiteral("Dr. Moreau")));
    }

    void leavesOrdinaryHealthTextAlone()
    {
        IdentifierScanner s;
        for (const char* text : {"I may feel better after 500 mg of ibuprofen.",
                                 "Blood pressure 120/80, pulse 72, slept 7 hours.",
                                 "Headache in the morning; took 2 tablets at 8:00.",
                                 "March was hard."}) {
            QVERIFY2(s.scan(QString::fromUtf8(text)).empty(), text);
        }
    }

    void knownNamesMatchWholeWordsIgnoringCase()
    {
        IdentifierScanner s;
        s.addKnownNames({QStringLiteral("Ana Lima"), QStringLiteral("Jo"), QString()});
        QCOMPARE(found(s, QStringLiteral("ana lima came; LIMA said hi; Limassol is a city")),
                 (QList<QPair<Category, QString>>{{Category::Name, QStringLiteral("ana lima")},
                                                  {Category::Name, QStringLiteral("LIMA")}}));
        QCOMPARE(found(s, QStringLiteral("Jo and Joanna")).size(), 1);
    }

    void matchesDoNotOverlapAndLongestWins()
    {
        IdentifierScanner s;
        const auto matches = s.scan(QStringLiteral("Email bob@example.com or visit www.example.com on 2024-01-02"));
        QCOMPARE(matches.size(), std::size_t(3));
        for (std::size_t i = 1; i < matches.size(); ++i)
            QVERIFY(matches[i - 1].start + matches[i - 1].length <= matches[i].start);
        QCOMPARE(matches[0].category, Category::Email);
    }

    void aLooseAddressDoesNotHideADateOrAName()
    {
        IdentifierScanner s;
        const QString text = QStringLiteral("Termin am 12.03.2024 mit Dr. Weber, Hauptstraße 12, 10115 Berlin. "
                                            "Rückruf unter +49 30 1234567 oder 030/7654321.");
        QCOMPARE(found(s, text), (QList<QPair<Category, QString>>{
                                     {Category::Date, QStringLiteral("12.03.2024")},
                                     {Category::Name, QStringLiteral("Dr. Weber")},
                                     {Category::Address, QStringLiteral("Hauptstraße 12")},
                                     {Category::PostalCode, QStringLiteral("10115")},
                                     {Category::Phone, QStringLiteral("+49 30 1234567")},
                                     {Category::Phone, QStringLiteral("030/7654321")},
                                 }));
    }

    void aLongerMatchReplacesTheMatchesItContains()
    {
        IdentifierScanner s;
        s.addKnownNames({QStringLiteral("Elm")});
        QCOMPARE(found(s, QStringLiteral("moved to 42 Elm Street last year")),
                 (QList<QPair<Category, QString>>{{Category::Address, QStringLiteral("42 Elm Street")}}));
    }

    void redactsWithVisiblePlaceholders()
    {
        IdentifierScanner s;
        s.addKnownNames({QStringLiteral("Ana Lima")});
        const QString text = QStringLiteral("Ana Lima, 555-123-4567, ana@example.org: dizzy again.");
        const QString redacted = IdentifierScanner::redact(text, s.scan(text));
        QCOMPARE(redacted, QStringLiteral("[name removed], [phone number removed], [e-mail address removed]: dizzy again."));
        // Redacting a chosen subset leaves the rest.
        auto some = s.scan(text);
        some.erase(some.begin());
        QVERIFY(IdentifierScanner::redact(text, some).startsWith(QStringLiteral("Ana Lima, [phone")));
    }
};

QTEST_GUILESS_MAIN(TestIdentifierScanner)
#include "TestIdentifierScanner.moc"
