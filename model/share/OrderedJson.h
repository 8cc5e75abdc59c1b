#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <utility>
#include <vector>

namespace carnet {

// A JSON value that keeps object members in the order they were added, so bundle.json reads the way FHIR writes
// resources ("resourceType" first) and a trusted comment lists its fields in the documented order. QJsonObject
// would sort the keys.
class OrderedJson
{
public:
    static OrderedJson object();
    static OrderedJson array();
    // A string, number, bool or null. Implicit, so that set("status", "final") reads like the JSON it writes.
    OrderedJson(const QJsonValue& value);
    OrderedJson(const QString& text);
    OrderedJson(const char* text);

    // For objects: adds a member (keys are not checked for repeats; callers add each once).
    OrderedJson& set(const QString& key, OrderedJson value);
    // Adds the member only when text is not empty: FHIR forbids empty strings.
    OrderedJson& setText(const QString& key, const QString& text);
    // For arrays.
    OrderedJson& append(OrderedJson value);

    bool isEmptyContainer() const;

    // Indented with one space per level (the HL7 examples' layout) or on one line.
    QByteArray toJson(bool indented = true) const;

private:
    enum class Type { Object, Array, Value };
    explicit OrderedJson(Type type);
    void write(QByteArray& out, bool indented, int depth) const;

    Type m_type = Type::Value;
    QJsonValue m_value;
    std::vector<std::pair<QString, OrderedJson>> m_members;
    std::vector<OrderedJson> m_items;
};

} // namespace carnet
