#pragma once

#include "LabelledPhone.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>

namespace carnet {

// A provider or caregiver the patient deals with (FHIR R4 CareTeam participant: Practitioner or RelatedPerson), with
// the public keys used to share with them and to check what they send: an age recipient, a minisign key, the
// fingerprint to compare, and whether the patient pinned (confirmed) those keys.
struct CareTeamMember
{
    Q_DECLARE_TR_FUNCTIONS(CareTeamMember)

public:
    std::int64_t id = 0; // 0 until added
    QString name;
    QString role = QStringLiteral("provider"); // one of roles()
    QString specialty; // "cardiology", "home nurse"
    QString organization;
    QList<LabelledPhone> phones;
    QString email;
    QString address;
    QString notes;
    QString ageRecipient; // "age1…" (lower case), or empty
    QString minisignKey; // the 56-character base64 line, or empty
    QString fingerprint; // "3f2a 91c0 …" (16 groups of 4 hex digits), or empty
    bool pinned = false;
    QDateTime pinnedAt; // UTC; valid exactly when pinned

    // From the record; read-only for callers.
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    static const QStringList& roles(); // provider, caregiver, other
    static QString roleLabel(const QString& role);

    bool hasKeys() const { return !ageRecipient.isEmpty() || !minisignKey.isEmpty(); }
    // The first phone number, for one-line lists.
    QString primaryPhone() const;

    // Every stored value, as kept in the amendment trail and printed by `carnet-cli careteam … --json`.
    QJsonObject toJson() const;
    // Throws RecordError(Invalid) naming the first wrong field. Normalizes the key texts (see PublicKeyText); a pin
    // needs at least one key, and pinning without a time pins now.
    void normalizeAndValidate();
};

} // namespace carnet
