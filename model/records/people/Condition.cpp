#include "Condition.h"

#include "RecordError.h"
#include "RecordFields.h"

namespace carnet {

const QStringList& Condition::statuses()
{
    static const QStringList words
        = {QStringLiteral("active"), QStringLiteral("remission"), QStringLiteral("resolved")};
    return words;
}

QString Condition::statusLabel(const QString& status)
{
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("remission"))
        return tr("In remission");
    if (status == QLatin1String("resolved"))
        return tr("Resolved");
    return status;
}

QJsonObject Condition::toJson() const
{
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("onset_date"), RecordFields::date(onsetDate)},
        {QStringLiteral("abatement_date"), RecordFields::date(abatementDate)},
        {QStringLiteral("status"), status},
        {QStringLiteral("notes"), RecordFields::text(notes)},
    };
}

void Condition::normalizeAndValidate()
{
    name = name.trimmed();
    status = status.trimmed().toLower();
    notes = notes.trimmed();
    if (name.isEmpty())
        throw RecordError(RecordError::Kind::Invalid, tr("Name: say what the condition is"));
    if (status.isEmpty())
        status = QStringLiteral("active");
    RecordFields::checkWord(status, statuses(), tr("Status"));
    RecordFields::checkDate(onsetDate, tr("Onset date"), false);
    RecordFields::checkDate(abatementDate, tr("Abatement date"), false);
    RecordFields::checkOrder(onsetDate, abatementDate, tr("the onset date"), tr("The abatement date"));
    if (abatementDate.isValid() && isActive()) {
        throw RecordError(RecordError::Kind::Invalid,
                          tr("Status: a condition with an abatement date is in remission or resolved, not active"));
    }
}

} // namespace carnet
