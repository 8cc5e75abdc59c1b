#include "CareTeamMember.h"

#include "ContactFormat.h"
#include "PublicKeyText.h"
#include "RecordError.h"
#include "RecordFields.h"
#include "RecordStore.h"

namespace carnet {

const QStringList& CareTeamMember::roles()
{
    static const QStringList words = {QStringLiteral("provider"), QStringLiteral("caregiver"), QStringLiteral("other")};
    return words;
}

QString CareTeamMember::roleLabel(const QString& role)
{
    if (role == QLatin1String("provider"))
        return tr("Provider");
    if (role == QLatin1String("caregiver"))
        return tr("Caregiver");
    if (role == QLatin1String("other"))
        return tr("Other");
    return role;
}

QString CareTeamMember::primaryPhone() const
{
    return phones.isEmpty() ? QString() : phones.first().number;
}

QJsonObject CareTeamMember::toJson() const
{
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("role"), role},
        {QStringLiteral("specialty"), RecordFields::text(specialty)},
        {QStringLiteral("organization"), RecordFields::text(organization)},
        {QStringLiteral("phones"), LabelledPhone::listToJson(phones)},
        {QStringLiteral("email"), RecordFields::text(email)},
        {QStringLiteral("address"), RecordFields::text(address)},
        {QStringLiteral("notes"), RecordFields::text(notes)},
        {QStringLiteral("age_recipient"), RecordFields::text(ageRecipient)},
        {QStringLiteral("minisign_key"), RecordFields::text(minisignKey)},
        {QStringLiteral("fingerprint"), RecordFields::text(fingerprint)},
        {QStringLiteral("pinned"), pinned},
        {QStringLiteral("pinned_at"),
         pinnedAt.isValid() ? QJsonValue(RecordStore::timestamp(pinnedAt)) : QJsonValue(QJsonValue::Null)},
    };
}

void CareTeamMember::normalizeAndValidate()
{
    name = name.trimmed();
    role = role.trimmed().toLower();
    specialty = specialty.trimmed();
    organization = organization.trimmed();
    email = email.trimmed();
    address = address.trimmed();
    notes = notes.trimmed();
    if (name.isEmpty())
        throw RecordError(RecordError::Kind::Invalid, tr("Name: say who this is"));
    if (role.isEmpty())
        role = QStringLiteral("provider");
    RecordFields::checkWord(role, roles(), tr("Role"));
    ContactFormat::normalizePhones(phones, tr("Phone"));
    ContactFormat::checkEmail(email, tr("E-mail"));
    ageRecipient = PublicKeyText::checkedAgeRecipient(ageRecipient);
    minisignKey = PublicKeyText::checkedMinisignKey(minisignKey);
    fingerprint = PublicKeyText::checkedFingerprint(fingerprint);
    if (pinned && !hasKeys()) {
        throw RecordError(RecordError::Kind::Invalid,
                          tr("Pin: there is no key to pin; add an age recipient or a minisign key first"));
    }
    if (!pinned)
        pinnedAt = QDateTime();
    else if (!pinnedAt.isValid())
        pinnedAt = QDateTime::currentDateTimeUtc();
    // Stored with millisecond precision; keep the value identical to what reading it back gives.
    if (pinnedAt.isValid())
        pinnedAt = RecordStore::parseTimestamp(RecordStore::timestamp(pinnedAt));
}

} // namespace carnet
