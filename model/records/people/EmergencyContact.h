#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace carnet {

// Someone to call for the patient in an emergency (FHIR Patient.contact): kept in the profile, in the order given.
struct EmergencyContact
{
    QString name;
    QString relation; // free text: "spouse", "daughter", "neighbour"
    QString phone;

    bool operator==(const EmergencyContact& other) const = default;

    QJsonObject toJson() const;
    static EmergencyContact fromJson(const QJsonObject& object);
    static QJsonArray listToJson(const QList<EmergencyContact>& contacts);
    static QList<EmergencyContact> listFromJson(const QJsonArray& array);
    static QString listToStorage(const QList<EmergencyContact>& contacts);
    static QList<EmergencyContact> listFromStorage(const QString& text);
};

} // namespace carnet
