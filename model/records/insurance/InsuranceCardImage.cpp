#include "InsuranceCardImage.h"

#include "RecordStore.h"

#include <QJsonObject>

namespace carnet {

QString InsuranceCardImage::sideName(Side side)
{
    return side == Side::Front ? QStringLiteral("front") : QStringLiteral("back");
}

QString InsuranceCardImage::sideLabel(Side side)
{
    return side == Side::Front ? tr("Front of the card") : tr("Back of the card");
}

QJsonValue InsuranceCardImage::toJson() const
{
    if (isNull())
        return QJsonValue::Null;
    return QJsonObject {
        {QStringLiteral("file_name"), fileName},
        {QStringLiteral("media_type"), mediaType},
        {QStringLiteral("size"), size},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("added_at"), addedAt.isValid() ? QJsonValue(RecordStore::timestamp(addedAt)) : QJsonValue()},
    };
}

} // namespace carnet
