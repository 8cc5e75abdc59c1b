#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace carnet {

// A phone number with what it is for ("mobile", "claims", "pharmacy help desk"), as kept for care-team members and
// insurance plans; lists of them are stored as compact JSON text in their record's row.
struct LabelledPhone
{
    QString label; // may be empty
    QString number;

    bool operator==(const LabelledPhone& other) const = default;

    QJsonObject toJson() const;
    static LabelledPhone fromJson(const QJsonObject& object);

    static QJsonArray listToJson(const QList<LabelledPhone>& phones);
    static QList<LabelledPhone> listFromJson(const QJsonArray& array);
    // The column text; an empty list is "[]".
    static QString listToStorage(const QList<LabelledPhone>& phones);
    static QList<LabelledPhone> listFromStorage(const QString& text);

    // "label: number", or the number alone.
    QString displayText() const;
};

} // namespace carnet
