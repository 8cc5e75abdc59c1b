#include "InsurancePlan.h"

#include "ContactFormat.h"
#include "RecordError.h"
#include "RecordFields.h"

namespace carnet {

const QStringList& InsurancePlan::types()
{
    static const QStringList words = {QStringLiteral("medical"), QStringLiteral("dental"), QStringLiteral("vision"),
                                      QStringLiteral("drug"), QStringLiteral("other")};
    return words;
}

const QStringList& InsurancePlan::relationships()
{
    static const QStringList words
        = {QStringLiteral("self"), QStringLiteral("spouse"), QStringLiteral("child"), QStringLiteral("other")};
    return words;
}

QString InsurancePlan::typeLabel(const QString& type)
{
    if (type == QLatin1String("medical"))
        return tr("Medical");
    if (type == QLatin1String("dental"))
        return tr("Dental");
    if (type == QLatin1String("vision"))
        return tr("Vision");
    if (type == QLatin1String("drug"))
        return tr("Prescription drugs");
    if (type == QLatin1String("other"))
        return tr("Other");
    return type;
}

QString InsurancePlan::relationshipLabel(const QString& relationship)
{
    if (relationship == QLatin1String("self"))
        return tr("Self");
    if (relationship == QLatin1String("spouse"))
        return tr("Spouse");
    if (relationship == QLatin1String("child"))
        return tr("Child");
    if (relationship == QLatin1String("other"))
        return tr("Other");
    return relationship;
}

InsurancePlan::Status InsurancePlan::statusOn(const QDate& day) const
{
    if (effectiveTo.isValid() && effectiveTo < day)
        return Status::Expired;
    if (effectiveFrom.isValid() && effectiveFrom > day)
        return Status::Upcoming;
    return Status::Active;
}

QString InsurancePlan::statusName(Status status)
{
    switch (status) {
    case Status::Active:
        return QStringLiteral("active");
    case Status::Upcoming:
        return QStringLiteral("upcoming");
    case Status::Expired:
        break;
    }
    return QStringLiteral("expired");
}

QString InsurancePlan::statusLabel(Status status)
{
    switch (status) {
    case Status::Active:
        return tr("Active");
    case Status::Upcoming:
        return tr("Not yet in effect");
    case Status::Expired:
        break;
    }
    return tr("Expired");
}

QString InsurancePlan::displayName() const
{
    return planName.isEmpty() ? payer : tr("%1, %2").arg(payer, planName);
}

const InsuranceCardImage& InsurancePlan::card(InsuranceCardImage::Side side) const
{
    return side == InsuranceCardImage::Side::Front ? frontCard : backCard;
}

QJsonObject InsurancePlan::toJson() const
{
    return {
        {QStringLiteral("payer"), payer},
        {QStringLiteral("plan_name"), RecordFields::text(planName)},
        {QStringLiteral("plan_type"), planType},
        {QStringLiteral("member_id"), RecordFields::text(memberId)},
        {QStringLiteral("group_number"), RecordFields::text(groupNumber)},
        {QStringLiteral("subscriber_name"), RecordFields::text(subscriberName)},
        {QStringLiteral("relationship"), relationship},
        {QStringLiteral("effective_from"), RecordFields::date(effectiveFrom)},
        {QStringLiteral("effective_to"), RecordFields::date(effectiveTo)},
        {QStringLiteral("payer_phone"), RecordFields::text(payerPhone)},
        {QStringLiteral("other_phones"), LabelledPhone::listToJson(otherPhones)},
        {QStringLiteral("notes"), RecordFields::text(notes)},
        {QStringLiteral("front_card"), frontCard.toJson()},
        {QStringLiteral("back_card"), backCard.toJson()},
    };
}

void InsurancePlan::normalizeAndValidate()
{
    payer = payer.trimmed();
    planName = planName.trimmed();
    planType = planType.trimmed().toLower();
    memberId = memberId.trimmed();
    groupNumber = groupNumber.trimmed();
    subscriberName = subscriberName.trimmed();
    relationship = relationship.trimmed().toLower();
    payerPhone = payerPhone.trimmed();
    notes = notes.trimmed();
    if (payer.isEmpty())
        throw RecordError(RecordError::Kind::Invalid, tr("Payer: say who the insurer is"));
    if (planType.isEmpty())
        planType = QStringLiteral("medical");
    if (relationship.isEmpty())
        relationship = QStringLiteral("self");
    RecordFields::checkWord(planType, types(), tr("Plan type"));
    RecordFields::checkWord(relationship, relationships(), tr("Relationship"));
    RecordFields::checkDate(effectiveFrom, tr("Effective from"), true);
    RecordFields::checkDate(effectiveTo, tr("Effective to"), true);
    RecordFields::checkOrder(effectiveFrom, effectiveTo, tr("the first day covered"), tr("The last day covered"));
    ContactFormat::checkPhone(payerPhone, tr("Payer phone"));
    ContactFormat::normalizePhones(otherPhones, tr("Other phones"));
}

} // namespace carnet
