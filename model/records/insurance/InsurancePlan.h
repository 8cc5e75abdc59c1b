#pragma once

#include "InsuranceCardImage.h"
#include "LabelledPhone.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>

namespace carnet {

// One insurance plan the patient holds or held (FHIR R4 Coverage): who pays, the ids printed on the card, whose
// plan it is, when it is in effect, whom to call, and photos of both sides of the card.
struct InsurancePlan
{
    Q_DECLARE_TR_FUNCTIONS(InsurancePlan)

public:
    enum class Status { Active, Upcoming, Expired };

    std::int64_t id = 0; // 0 until added
    QString payer; // the insurer: "Acme Health"
    QString planName; // "Gold PPO 500"
    QString planType = QStringLiteral("medical"); // one of types()
    QString memberId;
    QString groupNumber;
    QString subscriberName; // the policy holder, when it is not the patient
    QString relationship = QStringLiteral("self"); // the patient's relationship to the subscriber: relationships()
    QDate effectiveFrom; // first day covered; may be unknown
    QDate effectiveTo; // last day covered (inclusive); unknown while the plan runs
    QString payerPhone; // member services, as printed on the card
    QList<LabelledPhone> otherPhones; // "pharmacy help desk", "pre-authorization", ...
    QString notes;

    // From the repository; read-only for callers. Summaries without bytes: see InsuranceRepository::cardImage().
    InsuranceCardImage frontCard;
    InsuranceCardImage backCard;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    // Machine words, stored as such and accepted by the CLI.
    static const QStringList& types(); // medical, dental, vision, drug, other
    static const QStringList& relationships(); // self, spouse, child, other
    static QString typeLabel(const QString& type);
    static QString relationshipLabel(const QString& relationship);

    Status statusOn(const QDate& day) const;
    static QString statusName(Status status); // "active", "upcoming", "expired"
    static QString statusLabel(Status status);

    // "Acme Health, Gold PPO 500", or the payer alone.
    QString displayName() const;
    const InsuranceCardImage& card(InsuranceCardImage::Side side) const;

    // Every stored value (card images as name, type, size and hash), as kept in the amendment trail and printed by
    // `carnet-cli insurance … --json`.
    QJsonObject toJson() const;
    // Throws RecordError(Invalid) naming the first wrong field; trims text and lower-cases the words.
    void normalizeAndValidate();
};

} // namespace carnet
