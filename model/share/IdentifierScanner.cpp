#include "IdentifierScanner.h"

#include <algorithm>

namespace carnet {

namespace {

QRegularExpression caseless(const QString& pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
}

// Month names in the languages Carnet speaks, for dates written out ("3 March 2024", "le 3 mars").
const QString Months = QStringLiteral(
    "jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|f[ée]vr(?:ier)?|mar(?:ch|s)?|m[äa]rz|apr(?:il)?|avr(?:il)?|may|mai|"
    "jun[ei]?|juin|jul[iy]?|juil(?:let)?|aug(?:ust)?|ao[ûu]t|sep(?:t(?:ember|embre)?)?|oct(?:ober|obre)?|okt(?:ober)?|"
    "nov(?:ember|embre)?|dec(?:ember)?|d[ée]c(?:embre)?|dez(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|"
    "agosto|septiembre|octubre|noviembre|diciembre");

} // namespace

namespace {

// How little a kind of match is a guess: structured identifiers first, the catch-all digit runs last.
int precisionRank(IdentifierScanner::Category category)
{
    using Category = IdentifierScanner::Category;
    switch (category) {
    case Category::Email:
    case Category::Url:
    case Category::IpAddress:
    case Category::Ssn:
        return 0;
    case Category::Date:
    case Category::Phone:
    case Category::Name:
        return 1;
    case Category::Address:
    case Category::PostalCode:
        return 2;
    case Category::RecordNumber:
        return 3;
    }
    return 3;
}

} // namespace

IdentifierScanner::IdentifierScanner()
{
    const auto add = [this](Category category, const QString& pattern) {
        m_patterns.push_back({category, caseless(pattern)});
    };
    add(Category::Email, QStringLiteral(R"([\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})"));
    add(Category::Url, QStringLiteral(R"(\b(?:https?://|ftp://|www\.)[^\s<>"]+)"));
    add(Category::IpAddress, QStringLiteral(R"(\b(?:\d{1,3}\.){3}\d{1,3}\b|\b(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}\b)"));
    add(Category::Ssn, QStringLiteral(R"(\b\d{3}-\d{2}-\d{4}\b)"));
    add(Category::Date, QStringLiteral(R"(\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b)"));
    // A month name counts only next to a day or a year: "may" alone is a verb.
    const QString month = QStringLiteral("(?:%1)\\.?").arg(Months);
    add(Category::Date, QStringLiteral(R"(\b\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?%1(?:\s+(?:de\s+)?\d{4})?\b)").arg(month));
    add(Category::Date, QStringLiteral(R"(\b%1\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4}\b)?)").arg(month));
    add(Category::Date, QStringLiteral(R"(\b%1\s+(?:de\s+)?\d{4}\b)").arg(month));
    add(Category::Phone,
        QStringLiteral(R"((?:\+\d{1,3}[\s.-]?)?\(\d{1,4}\)[\s.-]?\d{2,4}(?:[\s.-]\d{1,4}){1,4}\b|)"
                       R"((?:\+\d{1,3}[\s.-]?(?:\d[\s.-])?)?\b\d{2,4}(?:[\s.-]\d{1,4}){2,5}\b)"));
    // International numbers are often written in a few long groups ("+49 30 1234567"), national ones with a trunk 0
    // ("030 1234567", "030/1234567").
    add(Category::Phone, QStringLiteral(R"(\+\d{1,3}(?:[\s.-]\d{1,8}){1,5}\b|\b0\d{1,4}[\s/-]\d{4,8}\b)"));
    add(Category::RecordNumber,
        QStringLiteral(R"(\b(?:mrn|medical record|record|account|acct|policy|member|group|licen[cs]e|plate|serial|)"
                       R"(device|vin|certificate|patient|id|no\.?|nr\.?|#)\s*(?:number|no\.?|#|id)?\s*[:#]?\s*[a-z0-9][a-z0-9-]{3,}\d[a-z0-9-]*)"));
    add(Category::RecordNumber, QStringLiteral(R"(\b(?=[a-z0-9-]*\d{5})[a-z0-9][a-z0-9-]{5,}\b)"));
    add(Category::Address,
        QStringLiteral(R"(\b\d{1,5}[a-z]?,?\s+(?:[\w'-]+\s+){0,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|)"
                       R"(ln|drive|dr|court|ct|way|place|pl|square|sq|rue|all[ée]e|chemin|calle|avenida|plaza)\b\.?)"));
    add(Category::Address,
        QStringLiteral(R"(\b(?:rue|avenue|boulevard|calle|avenida|plaza)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+(?:\s+\d{1,5})?)"));
    add(Category::Address, QStringLiteral(R"(\b[\w-]+(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee)\s+\d{1,5}[a-z]?\b)"));
    add(Category::PostalCode, QStringLiteral(R"(\b\d{5}(?:-\d{4})?\b|\b[a-z]\d[a-z]\s?\d[a-z]\d\b)"));
    add(Category::Name, QStringLiteral(R"(\b(?:dr|mr|mrs|ms|prof|herr|frau|mme|mlle|sr|sra|srta)\.?\s+\p{Lu}[\w'-]+)"));
}

void IdentifierScanner::addKnownNames(const QStringList& names)
{
    for (const QString& name : names) {
        const QString trimmed = name.simplified();
        if (trimmed.isEmpty())
            continue;
        m_names << QRegularExpression::escape(trimmed);
        for (const QString& part : trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (part.size() >= 3)
                m_names << QRegularExpression::escape(part);
        }
    }
    m_names.removeDuplicates();
    // Longest first, so the full name wins over its parts.
    std::sort(m_names.begin(), m_names.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    m_nameExpression = m_names.isEmpty() ? QRegularExpression()
                                         : caseless(QStringLiteral(R"((?<!\w)(?:%1)(?!\w))").arg(m_names.join(u'|')));
}

std::vector<IdentifierScanner::Match> IdentifierScanner::scan(const QString& text) const
{
    std::vector<Match> found;
    const auto collect = [&](Category category, const QRegularExpression& expression) {
        auto it = expression.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                found.push_back({m.capturedStart(), m.capturedLength(), category, m.captured()});
        }
    };
    if (!m_names.isEmpty())
        collect(Category::Name, m_nameExpression);
    for (const Pattern& pattern : m_patterns)
        collect(pattern.category, pattern.expression);

    // The precise kinds choose first, longest first within a kind: a loose address pattern ("2024 mit Dr.") must not
    // hide the date and the name it clips. A later match is kept when it overlaps nothing kept, or when it strictly
    // contains every kept match it overlaps ("42 Elm Street" over a known name "Elm"): it then replaces them, so
    // what is flagged only ever grows.
    std::stable_sort(found.begin(), found.end(), [](const Match& a, const Match& b) {
        if (precisionRank(a.category) != precisionRank(b.category))
            return precisionRank(a.category) < precisionRank(b.category);
        return a.length != b.length ? a.length > b.length : a.start < b.start;
    });
    std::vector<Match> kept;
    for (const Match& match : found) {
        const auto overlaps = [&](const Match& k) {
            return match.start < k.start + k.length && k.start < match.start + match.length;
        };
        const auto containedStrictly = [&](const Match& k) {
            return match.start <= k.start && k.start + k.length <= match.start + match.length && match.length > k.length;
        };
        bool containsAll = true;
        bool overlapsAny = false;
        for (const Match& k : kept) {
            if (overlaps(k)) {
                overlapsAny = true;
                containsAll = containsAll && containedStrictly(k);
            }
        }
        if (overlapsAny && !containsAll)
            continue;
        if (overlapsAny)
            kept.erase(std::remove_if(kept.begin(), kept.end(), overlaps), kept.end());
        kept.push_back(match);
    }
    std::sort(kept.begin(), kept.end(), [](const Match& a, const Match& b) { return a.start < b.start; });
    return kept;
}

QString IdentifierScanner::redact(const QString& text, const std::vector<Match>& matches)
{
    QString out = text;
    // From the end, so earlier offsets stay valid.
    std::vector<Match> ordered = matches;
    std::sort(ordered.begin(), ordered.end(), [](const Match& a, const Match& b) { return a.start > b.start; });
    for (const Match& match : ordered) {
        if (match.start < 0 || match.start + match.length > out.size())
            continue;
        out.replace(match.start, match.length, tr("[%1 removed]").arg(categoryName(match.category)));
    }
    return out;
}

QString IdentifierScanner::categoryName(Category category)
{
    switch (category) {
    case Category::Name:
        return tr("name");
    case Category::Date:
        return tr("date");
    case Category::Phone:
        return tr("phone number");
    case Category::Email:
        return tr("e-mail address");
    case Category::Address:
        return tr("address");
    case Category::PostalCode:
        return tr("postal code");
    case Category::RecordNumber:
        return tr("record or account number");
    case Category::Url:
        return tr("web address");
    case Category::IpAddress:
        return tr("IP address");
    case Category::Ssn:
        return tr("social security number");
    }
    return {};
}

} // namespace carnet
