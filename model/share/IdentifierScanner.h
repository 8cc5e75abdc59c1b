#pragma once

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

namespace carnet {

// Finds the identifiers of the HIPAA Safe Harbor list in text a patient is about to share, so the share preview can
// point at each one and offer to redact it. It errs towards flagging: a false alarm costs a glance, a miss costs
// privacy. Photos are flagged by the caller (every image attachment is one).
class IdentifierScanner
{
    Q_DECLARE_TR_FUNCTIONS(IdentifierScanner)

public:
    enum class Category { Name, Date, Phone, Email, Address, PostalCode, RecordNumber, Url, IpAddress, Ssn };

    struct Match
    {
        qsizetype start = 0;
        qsizetype length = 0;
        Category category = Category::Name;
        QString text;
    };

    IdentifierScanner();

    // Names known to the vault (the patient's, emergency contacts', care team's): each is matched as whole words,
    // ignoring case, and so is each part of three letters or more ("Ana Lima" also flags "Lima").
    void addKnownNames(const QStringList& names);

    // Matches in text order, without overlaps (the longer match wins).
    std::vector<Match> scan(const QString& text) const;

    // Replaces each match with a visible placeholder such as "[phone removed]"; matches must come from scan(text).
    static QString redact(const QString& text, const std::vector<Match>& matches);

    static QString categoryName(Category category);

private:
    struct Pattern
    {
        Category category;
        QRegularExpression expression;
    };

    std::vector<Pattern> m_patterns;
    QStringList m_names;
    QRegularExpression m_nameExpression;
};

} // namespace carnet
