#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <array>
#include <vector>

namespace carnet {

// What a patient typed into the journal's search box, turned into an FTS4 MATCH expression that cannot be a syntax
// error: every term is quoted by us, so operators, stray quotes and punctuation in the input are only separators.
class JournalSearchQuery
{
public:
    // More terms than this are refused: each costs a doclist walk and no one types them by hand.
    static constexpr int MaxTerms = 32;

    // A single word, or a phrase of several words that must appear in order; prefix applies to the last word.
    struct Term
    {
        QStringList words;
        bool prefix = false;
    };

    // Words must all match. "several words" in double quotes is a phrase; an unclosed quote runs to the end.
    // word* is a prefix. Anything other than letters, digits and marks separates words; a bare chunk such as
    // e-mail becomes the phrase "e mail", the way the index tokenized it.
    static JournalSearchQuery parse(const QString& text);

    bool isEmpty() const { return m_terms.empty(); }
    const std::vector<Term>& terms() const { return m_terms; }
    // For journal_fts MATCH ?: each term in double quotes, separated by spaces (implicit AND).
    QString matchExpression() const;

    // Okapi BM25 over FTS4's matchinfo(..., 'pcnalx') blob; columnWeights are title, body, tags.
    static double score(const QByteArray& matchinfo, const std::array<double, 3>& columnWeights);

private:
    void addTerm(QStringView chunk);

    std::vector<Term> m_terms;
};

} // namespace carnet
