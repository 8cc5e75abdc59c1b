#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstdint>

namespace carnet {

// An allergy or intolerance (FHIR R4 AllergyIntolerance): what to, what happens, how bad, and whether it still
// holds.
struct Allergy
{
    Q_DECLARE_TR_FUNCTIONS(Allergy)

public:
    std::int64_t id = 0; // 0 until added
    QString substance; // "penicillin", "peanuts", "cat dander"
    QString category; // one of categories(), or empty
    QString reaction; // "hives", "anaphylaxis"
    QString severity; // one of severities(), or empty
    QString criticality; // one of criticalities(), or empty: the risk of a future reaction, not the last one
    QDate onsetDate;
    QString status = QStringLiteral("active"); // one of statuses()
    QString notes;

    // From the record; read-only for callers.
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    // Machine words, stored as such and accepted by the CLI.
    static const QStringList& categories(); // food, medication, environment, other
    static const QStringList& severities(); // mild, moderate, severe
    static const QStringList& criticalities(); // low, high, unable-to-assess
    static const QStringList& statuses(); // active, inactive, resolved
    // Translated words for display; empty for an empty value.
    static QString categoryLabel(const QString& category);
    static QString severityLabel(const QString& severity);
    static QString criticalityLabel(const QString& criticality);
    static QString statusLabel(const QString& status);

    bool isActive() const { return status == QLatin1String("active"); }

    // Every stored value, as kept in the amendment trail and printed by `carnet-cli allergy … --json`.
    QJsonObject toJson() const;
    // Throws RecordError(Invalid) naming the first wrong field; trims text and lower-cases the words.
    void normalizeAndValidate();
};

} // namespace carnet
