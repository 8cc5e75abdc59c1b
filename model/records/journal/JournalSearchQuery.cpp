#include "JournalSearchQuery.h"

#include <QStringView>
#include <cmath>
#include <cstring>

namespace carnet {

namespace {

bool isWordCharacter(char32_t ucs4)
{
    return QChar::isLetterOrNumber(ucs4) || QChar::isMark(ucs4);
}

} // namespace

JournalSearchQuery JournalSearchQuery::parse(const QString& text)
{
    JournalSearchQuery query;
    const QStringView view(text);
    qsizetype pos = 0;
    while (pos < view.size()) {
        const QChar c = view.at(pos);
        if (c == QLatin1Char('"')) {
            qsizetype close = view.indexOf(QLatin1Char('"'), pos + 1);
            if (close < 0)
                close = view.size();
            query.addTerm(view.mid(pos + 1, close - pos - 1));
            pos = close + 1;
        } else if (c.isSpace()) {
            ++pos;
        } else {
            qsizetype end = pos;
            while (end < view.size() && !view.at(end).isSpace() && view.at(end) != QLatin1Char('"'))
                ++end;
            query.addTerm(view.mid(pos, end - pos));
            pos = end;
        }
    }
    return query;
}

void JournalSearchQuery::addTerm(QStringView chunk)
{
    Term term;
    QString word;
    bool lastWasWord = false;
    bool starAfterWord = false;
    const QList<uint> codePoints = chunk.toUcs4();
    for (uint codePoint : codePoints) {
        const auto ucs4 = static_cast<char32_t>(codePoint);
        if (isWordCharacter(ucs4)) {
            word.append(QString::fromUcs4(&ucs4, 1));
            lastWasWord = true;
            starAfterWord = false;
            continue;
        }
        if (!word.isEmpty()) {
            term.words << word;
            word.clear();
        }
        // A star counts only straight after a word ("medic*"); "*" alone or "a * b" is punctuation.
        starAfterWord = ucs4 == U'*' && (lastWasWord || starAfterWord);
        lastWasWord = false;
    }
    if (!word.isEmpty())
        term.words << word;
    if (term.words.isEmpty())
        return;
    term.prefix = starAfterWord;
    m_terms.push_back(std::move(term));
}

QString JournalSearchQuery::matchExpression() const
{
    QStringList parts;
    for (const Term& term : m_terms) {
        // Words hold letters, digits and marks only, so nothing inside the quotes can end them early.
        parts << QLatin1Char('"') + term.words.join(QLatin1Char(' ')) + (term.prefix ? QStringLiteral("*") : QString())
                + QLatin1Char('"');
    }
    return parts.join(QLatin1Char(' '));
}

double JournalSearchQuery::score(const QByteArray& matchinfo, const std::array<double, 3>& columnWeights)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    const auto count = static_cast<std::size_t>(matchinfo.size()) / sizeof(quint32);
    if (count < 3)
        return 0.0;
    std::vector<quint32> values(count);
    std::memcpy(values.data(), matchinfo.constData(), count * sizeof(quint32));
    // Layout: p, c, n, a[c], l[c], then x: three numbers per (phrase, column).
    const std::size_t phrases = values[0];
    const std::size_t columns = values[1];
    const double rows = values[2];
    if (count != 3 + 2 * columns + 3 * columns * phrases)
        return 0.0;
    const quint32* averageLength = values.data() + 3;
    const quint32* rowLength = averageLength + columns;
    const quint32* hits = rowLength + columns;
    double total = 0.0;
    for (std::size_t phrase = 0; phrase < phrases; ++phrase) {
        for (std::size_t column = 0; column < columns; ++column) {
            const quint32* x = hits + 3 * (column + phrase * columns);
            const double frequency = x[0];
            if (frequency <= 0.0)
                continue;
            const double rowsWithHits = x[2];
            // Lucene's form of the idf stays positive even for a word found in most rows.
            const double idf = std::log(1.0 + (rows - rowsWithHits + 0.5) / (rowsWithHits + 0.5));
            const double average = averageLength[column] > 0 ? averageLength[column] : 1.0;
            const double lengthRatio = rowLength[column] / average;
            const double weight = column < columnWeights.size() ? columnWeights[column] : 1.0;
            total += weight * idf * (frequency * (k1 + 1.0)) / (frequency + k1 * (1.0 - b + b * lengthRatio));
        }
    }
    return total;
}

} // namespace carnet
