#include "Allergy.h"

#include "RecordError.h"
#include "RecordFields.h"

namespace carnet {

const QStringList& Allergy::categories()
{
    static const QStringList words = {QStringLiteral("food"), QStringLiteral("medication"),
                                      QStringLiteral("environment"), QStringLiteral("other")};
    return words;
}

const QStringList& Allergy::severities()
{
    static const QStringList words = {QStringLiteral("mild"), QStringLiteral("moderate"), QStringLiteral("severe")};
    return words;
}

const QStringList& Allergy::criticalities()
{
    static const QStringList words
        = {QStringLiteral("low"), QStringLiteral("high"), QStringLiteral("unable-to-assess")};
    return words;
}

const QStringList& Allergy::statuses()
{
    static const QStringList words = {QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("resolved")};
    return words;
}

QString Allergy::categoryLabel(const QString& category)
{
    if (category == QLatin1String("food"))
        return tr("Food");
    if (category == QLatin1String("medication"))
        return tr("Medication");
    if (category == QLatin1String("environment"))
        return tr("Environment");
    if (category == QLatin1String("other"))
        return tr("Other");
    return category;
}

QString Allergy::severityLabel(const QString& severity)
{
    if (severity == QLatin1String("mild"))
        return tr("Mild");
    if (severity == QLatin1String("moderate"))
        return tr("Moderate");
    if (severity == QLatin1String("severe"))
        return tr("Severe");
    return severity;
}

QString Allergy::criticalityLabel(const QString& criticality)
{
    if (criticality == QLatin1String("low"))
        return tr("Low risk");
    if (criticality == QLatin1String("high"))
        return tr("High risk");
    if (criticality == QLatin1String("unable-to-assess"))
        return tr("Unable to assess");
    return criticality;
}

QString Allergy::statusLabel(const QString& status)
{
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("inactive"))
        return tr("Inactive");
    if (status == QLatin1String("resolved"))
        return tr("Resolved");
    return status;
}

QJsonObject Allergy::toJson() const
{
    return {
        {QStringLiteral("substance"), substance},
        {QStringLiteral("category"), RecordFields::text(category)},
        {QStringLiteral("reaction"), RecordFields::text(reaction)},
        {QStringLiteral("severity"), RecordFields::text(severity)},
        {QStringLiteral("criticality"), RecordFields::text(criticality)},
        {QStringLiteral("onset_date"), RecordFields::date(onsetDate)},
        {QStringLiteral("status"), status},
        {QStringLiteral("notes"), RecordFields::text(notes)},
    };
}

void Allergy::normalizeAndValidate()
{
    substance = substance.trimmed();
    category = category.trimmed().toLower();
    reaction = reaction.trimmed();
    severity = severity.trimmed().toLower();
    criticality = criticality.trimmed().toLower();
    status = status.trimmed().toLower();
    notes = notes.trimmed();
    if (substance.isEmpty())
        throw RecordError(RecordError::Kind::Invalid, tr("Substance: say what the allergy is to"));
    if (status.isEmpty())
        status = QStringLiteral("active");
    RecordFields::checkWord(category, categories(), tr("Category"));
    RecordFields::checkWord(severity, severities(), tr("Severity"));
    RecordFields::checkWord(criticality, criticalities(), tr("Criticality"));
    RecordFields::checkWord(status, statuses(), tr("Status"));
    RecordFields::checkDate(onsetDate, tr("Onset date"), false);
}

} // namespace carnet
