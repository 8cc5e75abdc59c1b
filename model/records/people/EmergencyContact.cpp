#include "EmergencyContact.h"

#include <QJsonDocument>

namespace carnet {

QJsonObject EmergencyContact::toJson() const
{
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("relation"), relation},
        {QStringLiteral("phone"), phone},
    };
}

EmergencyContact EmergencyContact::fromJson(const QJsonObject& object)
{
    return {object.value(QStringLiteral("name")).toString(), object.value(QStringLiteral("relation")).toString(),
            object.value(QStringLiteral("phone")).toString()};
}

QJsonArray EmergencyContact::listToJson(const QList<EmergencyContact>& contacts)
{
    QJsonArray array;
    for (const EmergencyContact& contact : contacts)
        array.append(contact.toJson());
    return array;
}

QList<EmergencyContact> EmergencyContact::listFromJson(const QJsonArray& array)
{
    QList<EmergencyContact> contacts;
    for (const QJsonValue& value : array)
        contacts.append(fromJson(value.toObject()));
    return contacts;
}

QString EmergencyContact::listToStorage(const QList<EmergencyContact>& contacts)
{
    return QString::fromUtf8(QJsonDocument(listToJson(contacts)).toJson(QJsonDocument::Compact));
}

QList<EmergencyContact> EmergencyContact::listFromStorage(const QString& text)
{
    return listFromJson(QJsonDocument::fromJson(text.toUtf8()).array());
}

} // namespace carnet
