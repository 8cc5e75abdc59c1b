#include "Profile.h"

#include "ContactFormat.h"
#include "RecordError.h"
#include "RecordFields.h"

namespace carnet {

namespace {

constexpr double MinHeightCm = 20;
constexpr double MaxHeightCm = 300;
constexpr double MinWeightKg = 0.2;
constexpr double MaxWeightKg = 700;

} // namespace

const QStringList& Profile::sexes()
{
    static const QStringList words
        = {QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("other"), QStringLiteral("unknown")};
    return words;
}

QString Profile::sexLabel(const QString& sex)
{
    if (sex == QLatin1String("female"))
        return tr("Female");
    if (sex == QLatin1String("male"))
        return tr("Male");
    if (sex == QLatin1String("other"))
        return tr("Other");
    if (sex == QLatin1String("unknown"))
        return tr("Unknown");
    return sex;
}

const QStringList& Profile::bloodTypes()
{
    static const QStringList types
        = {QStringLiteral("A+"),  QStringLiteral("A-"),  QStringLiteral("B+"), QStringLiteral("B-"),
           QStringLiteral("AB+"), QStringLiteral("AB-"), QStringLiteral("O+"), QStringLiteral("O-")};
    return types;
}

QString Profile::normalizedBloodType(const QString& text)
{
    QString value = text.toUpper().remove(QLatin1Char(' '));
    for (const auto& [word, sign] :
         {std::pair {QLatin1String("POSITIVE"), QLatin1String("+")},
          std::pair {QLatin1String("NEGATIVE"), QLatin1String("-")},
          std::pair {QLatin1String("POS"), QLatin1String("+")}, std::pair {QLatin1String("NEG"), QLatin1String("-")}}) {
        if (value.endsWith(word)) {
            value.chop(word.size());
            value += sign;
            break;
        }
    }
    value.replace(QChar(0x2212), QLatin1Char('-')); // a typographic minus
    return bloodTypes().contains(value) ? value : QString();
}

bool Profile::isEmpty() const
{
    return fullName.isEmpty() && preferredName.isEmpty() && !birthDate.isValid() && sex.isEmpty()
        && genderIdentity.isEmpty() && bloodType.isEmpty() && !heightCm && !weightKg && address.isEmpty()
        && phone.isEmpty() && email.isEmpty() && language.isEmpty() && emergencyContacts.isEmpty() && !organDonor
        && notes.isEmpty();
}

QString Profile::displayName() const
{
    return preferredName.isEmpty() ? fullName : preferredName;
}

std::optional<int> Profile::ageOn(const QDate& day) const
{
    if (!birthDate.isValid() || day < birthDate)
        return std::nullopt;
    int years = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --years;
    return years;
}

QJsonObject Profile::toJson() const
{
    return {
        {QStringLiteral("full_name"), RecordFields::text(fullName)},
        {QStringLiteral("preferred_name"), RecordFields::text(preferredName)},
        {QStringLiteral("birth_date"), RecordFields::date(birthDate)},
        {QStringLiteral("sex"), RecordFields::text(sex)},
        {QStringLiteral("gender_identity"), RecordFields::text(genderIdentity)},
        {QStringLiteral("blood_type"), RecordFields::text(bloodType)},
        {QStringLiteral("height_cm"), RecordFields::number(heightCm)},
        {QStringLiteral("weight_kg"), RecordFields::number(weightKg)},
        {QStringLiteral("address"), RecordFields::text(address)},
        {QStringLiteral("phone"), RecordFields::text(phone)},
        {QStringLiteral("email"), RecordFields::text(email)},
        {QStringLiteral("language"), RecordFields::text(language)},
        {QStringLiteral("emergency_contacts"), EmergencyContact::listToJson(emergencyContacts)},
        {QStringLiteral("organ_donor"), RecordFields::flag(organDonor)},
        {QStringLiteral("notes"), RecordFields::text(notes)},
    };
}

void Profile::normalizeAndValidate()
{
    fullName = fullName.trimmed();
    preferredName = preferredName.trimmed();
    sex = sex.trimmed().toLower();
    genderIdentity = genderIdentity.trimmed();
    address = address.trimmed();
    phone = phone.trimmed();
    email = email.trimmed();
    language = language.trimmed();
    notes = notes.trimmed();

    RecordFields::checkDate(birthDate, tr("Birth date"), false);
    RecordFields::checkWord(sex, sexes(), tr("Sex"));
    if (!bloodType.trimmed().isEmpty()) {
        const QString normalized = normalizedBloodType(bloodType);
        if (normalized.isEmpty()) {
            throw RecordError(RecordError::Kind::Invalid,
                              tr("Blood type: '%1' is not one of %2")
                                  .arg(bloodType.trimmed(), bloodTypes().join(QStringLiteral(", "))));
        }
        bloodType = normalized;
    } else {
        bloodType.clear();
    }
    if (heightCm && !(*heightCm >= MinHeightCm && *heightCm <= MaxHeightCm)) {
        throw RecordError(
            RecordError::Kind::Invalid,
            tr("Height: %1 cm is not between %2 and %3 cm").arg(*heightCm).arg(MinHeightCm).arg(MaxHeightCm));
    }
    if (weightKg && !(*weightKg >= MinWeightKg && *weightKg <= MaxWeightKg)) {
        throw RecordError(
            RecordError::Kind::Invalid,
            tr("Weight: %1 kg is not between %2 and %3 kg").arg(*weightKg).arg(MinWeightKg).arg(MaxWeightKg));
    }
    ContactFormat::checkPhone(phone, tr("Phone"));
    ContactFormat::checkEmail(email, tr("E-mail"));
    ContactFormat::checkLanguage(language, tr("Language"));

    QList<EmergencyContact> kept;
    for (EmergencyContact contact : emergencyContacts) {
        contact.name = contact.name.trimmed();
        contact.relation = contact.relation.trimmed();
        contact.phone = contact.phone.trimmed();
        if (contact.name.isEmpty() && contact.relation.isEmpty() && contact.phone.isEmpty())
            continue;
        if (contact.name.isEmpty())
            throw RecordError(RecordError::Kind::Invalid, tr("Emergency contact: a name is needed"));
        ContactFormat::checkPhone(contact.phone, tr("Emergency contact %1").arg(contact.name));
        kept.append(contact);
    }
    emergencyContacts = kept;
}

} // namespace carnet
