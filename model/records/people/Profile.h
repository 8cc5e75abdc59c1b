#pragma once

#include "EmergencyContact.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace carnet {

// Who the vault is about (FHIR R4 Patient): name, birth date, sex, blood type, body size, contacts and emergency
// contacts. One per vault, kept as a record of kind "profile" so every change leaves a version.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    std::int64_t id = 0; // 0 until first saved
    QString fullName;
    QString preferredName;
    QDate birthDate;
    QString sex; // one of sexes() (FHIR administrative gender), or empty
    QString genderIdentity; // free text, as the patient describes it
    QString bloodType; // one of bloodTypes(), or empty
    std::optional<double> heightCm;
    std::optional<double> weightKg;
    QString address; // free text, several lines allowed
    QString phone;
    QString email;
    QString language; // BCP 47 tag: "en", "fr-CA"
    QList<EmergencyContact> emergencyContacts;
    std::optional<bool> organDonor; // unset: not recorded
    QString notes;

    // From the record; read-only for callers.
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    static const QStringList& sexes(); // female, male, other, unknown
    static QString sexLabel(const QString& sex);
    static const QStringList& bloodTypes(); // A+, A-, B+, B-, AB+, AB-, O+, O-
    // "a pos", "AB negative", "o+" → the stored form; empty if it is not a blood type.
    static QString normalizedBloodType(const QString& text);

    bool isEmpty() const;
    // The preferred name, else the full name.
    QString displayName() const;
    // Whole years on a day; nullopt without a birth date.
    std::optional<int> ageOn(const QDate& day) const;

    // Every stored value, as kept in the amendment trail and printed by `carnet-cli profile show --json`.
    QJsonObject toJson() const;
    // Throws RecordError(Invalid) naming the first wrong field; trims text and normalizes the blood type.
    void normalizeAndValidate();
};

} // namespace carnet
