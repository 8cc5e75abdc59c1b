#include "Medication.h"

#include "RecordError.h"

#include <QLocale>

#include <cmath>

namespace carnet {

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

const QStringList& Medication::forms()
{
    static const QStringList values = {
        QStringLiteral("tablet"), QStringLiteral("capsule"), QStringLiteral("liquid"),
        QStringLiteral("inhaler"), QStringLiteral("injection"), QStringLiteral("patch"),
        QStringLiteral("drops"), QStringLiteral("cream"), QStringLiteral("other"),
    };
    return values;
}

const QStringList& Medication::routes()
{
    static const QStringList values = {
        QStringLiteral("oral"), QStringLiteral("sublingual"), QStringLiteral("topical"),
        QStringLiteral("transdermal"), QStringLiteral("inhaled"), QStringLiteral("nasal"),
        QStringLiteral("eye"), QStringLiteral("ear"), QStringLiteral("rectal"),
        QStringLiteral("vaginal"), QStringLiteral("subcutaneous"), QStringLiteral("intramuscular"),
        QStringLiteral("intravenous"), QStringLiteral("other"),
    };
    return values;
}

QString Medication::formLabel(const QString& form)
{
    static const char* const labels[] = {
        QT_TR_NOOP("Tablet"), QT_TR_NOOP("Capsule"), QT_TR_NOOP("Liquid"),
        QT_TR_NOOP("Inhaler"), QT_TR_NOOP("Injection"), QT_TR_NOOP("Patch"),
        QT_TR_NOOP("Drops"), QT_TR_NOOP("Cream"), QT_TR_NOOP("Other"),
    };
    const qsizetype index = forms().indexOf(form);
    return index < 0 ? form : tr(labels[index]);
}

QString Medication::routeLabel(const QString& route)
{
    static const char* const labels[] = {
        QT_TR_NOOP("By mouth"), QT_TR_NOOP("Under the tongue"), QT_TR_NOOP("On the skin"),
        QT_TR_NOOP("Through the skin (patch)"), QT_TR_NOOP("Inhaled"), QT_TR_NOOP("In the nose"),
        QT_TR_NOOP("In the eye"), QT_TR_NOOP("In the ear"), QT_TR_NOOP("Rectal"),
        QT_TR_NOOP("Vaginal"), QT_TR_NOOP("Under the skin (injection)"), QT_TR_NOOP("Into a muscle"),
        QT_TR_NOOP("Into a vein"), QT_TR_NOOP("Other"),
    };
    const qsizetype index = routes().indexOf(route);
    return index < 0 ? route : tr(labels[index]);
}

QDate Medication::scheduleStart() const
{
    if (startDate.isValid())
        return startDate;
    return createdAt.isValid() ? createdAt.toLocalTime().date() : QDate();
}

std::vector<QDateTime> Medication::scheduledOn(const QDate& day) const
{
    if (stopDate.isValid() && day >= stopDate)
        return {};
    return schedule.occurrencesOn(day, scheduleStart());
}

QString Medication::amountText(double amount)
{
    return QLocale::c().toString(amount, 'g', 6);
}

QString Medication::doseText() const
{
    if (!doseAmount)
        return doseUnit;
    if (doseUnit.isEmpty())
        return amountText(*doseAmount);
    return amountText(*doseAmount) + QLatin1Char(' ') + doseUnit;
}

QString Medication::displayName() const
{
    return strength.isEmpty() ? name : name + QLatin1Char(' ') + strength;
}

QJsonObject Medication::toJson() const
{
    return {
        {QStringLiteral("id"), static_cast<qint64>(id)},
        {QStringLiteral("name"), name},
        {QStringLiteral("strength"), textOrNull(strength)},
        {QStringLiteral("form"), textOrNull(form)},
        {QStringLiteral("route"), textOrNull(route)},
        {QStringLiteral("dose_amount"), doseAmount ? QJsonValue(*doseAmount) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("dose_unit"), textOrNull(doseUnit)},
        {QStringLiteral("schedule"), schedule.toJson()},
        {QStringLiteral("prescriber"), textOrNull(prescriber)},
        {QStringLiteral("pharmacy"), textOrNull(pharmacy)},
        {QStringLiteral("reason"), textOrNull(reason)},
        {QStringLiteral("start_date"), dateOrNull(startDate)},
        {QStringLiteral("stop_date"), dateOrNull(stopDate)},
        {QStringLiteral("stop_reason"), textOrNull(stopReason)},
        {QStringLiteral("refills_left"), refillsLeft ? QJsonValue(*refillsLeft) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("next_refill_date"), dateOrNull(nextRefillDate)},
        {QStringLiteral("notes"), textOrNull(notes)},
    };
}

void Medication::normalizeAndValidate()
{
    constexpr int MaxNameLength = 200;
    name = name.trimmed();
    if (name.isEmpty())
        throw RecordError(RecordError::Kind::Invalid, tr("A medication needs a name."));
    if (name.size() > MaxNameLength)
        throw RecordError(RecordError::Kind::Invalid,
                          tr("The name is longer than %1 characters.").arg(MaxNameLength));
    strength = strength.trimmed();
    form = form.trimmed().toLower();
    if (!form.isEmpty() && !forms().contains(form))
        throw RecordError(RecordError::Kind::Invalid,
                          tr("'%1' is not a known form; use one of: %2.").arg(form, forms().join(QStringLiteral(", "))));
    route = route.trimmed().toLower();
    if (!route.isEmpty() && !routes().contains(route))
        throw RecordError(RecordError::Kind::Invalid, tr("'%1' is not a known route; use one of: %2.")
                                                          .arg(route, routes().join(QStringLiteral(", "))));
    if (doseAmount && (!std::isfinite(*doseAmount) || *doseAmount <= 0))
        throw RecordError(RecordError::Kind::Invalid,
                          tr("The dose must be more than zero, not %1.").arg(amountText(*doseAmount)));
    doseUnit = doseUnit.trimmed();
    schedule.normalizeAndValidate();
    prescriber = prescriber.trimmed();
    pharmacy = pharmacy.trimmed();
    reason = reason.trimmed();
    if (startDate.isValid() && stopDate.isValid() && stopDate < startDate)
        throw RecordError(RecordError::Kind::Invalid,
                          tr("The stop date %1 is before the start date %2.")
                              .arg(stopDate.toString(Qt::ISODate), startDate.toString(Qt::ISODate)));
    stopReason = stopDate.isValid() ? stopReason.trimmed() : QString();
    if (refillsLeft && *refillsLeft < 0)
        throw RecordError(RecordError::Kind::Invalid,
                          tr("The number of refills left cannot be negative (%1).").arg(*refillsLeft));
}

} // namespace carnet
