#include "LabelledPhone.h"

#include <QJsonDocument>

namespace carnet {

QJsonObject LabelledPhone::toJson() const
{
    return {{QStringLiteral("label"), label}, {QStringLiteral("number"), number}};
}

LabelledPhone LabelledPhone::fromJson(const QJsonObject& object)
{
    return {object.value(QStringLiteral("label")).toString(), object.value(QStringLiteral("number")).toString()};
}

QJsonArray LabelledPhone::listToJson(const QList<LabelledPhone>& phones)
{
    QJsonArray array;
    for (const LabelledPhone& phone : phones)
        array.append(phone.toJson());
    return array;
}

QList<LabelledPhone> LabelledPhone::listFromJson(const QJsonArray& array)
{
    QList<LabelledPhone> phones;
    for (const QJsonValue& value : array)
        phones.append(fromJson(value.toObject()));
    return phones;
}

QString LabelledPhone::listToStorage(const QList<LabelledPhone>& phones)
{
    return QString::fromUtf8(QJsonDocument(listToJson(phones)).toJson(QJsonDocument::Compact));
}

QList<LabelledPhone> LabelledPhone::listFromStorage(const QString& text)
{
    return listFromJson(QJsonDocument::fromJson(text.toUtf8()).array());
}

QString LabelledPhone::displayText() const
{
    return label.isEmpty() ? number : label + QStringLiteral(": ") + number;
}

} // namespace carnet
