#include "OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace carnet {

namespace {

// Qt's own writer for scalars, so escaping and number formatting are exactly QJsonDocument's.
QByteArray scalarJson(const QJsonValue& value)
{
    QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void newline(QByteArray& out, bool indented, int depth)
{
    if (!indented)
        return;
    out.append('\n');
    out.append(QByteArray(depth, ' '));
}

} // namespace

OrderedJson::OrderedJson(Type type)
    : m_type(type)
{
}

OrderedJson::OrderedJson(const QJsonValue& value)
    : m_value(value)
{
}

OrderedJson::OrderedJson(const QString& text)
    : m_value(text)
{
}

OrderedJson::OrderedJson(const char* text)
    : m_value(QString::fromUtf8(text))
{
}

OrderedJson OrderedJson::object()
{
    return OrderedJson(Type::Object);
}

OrderedJson OrderedJson::array()
{
    return OrderedJson(Type::Array);
}

OrderedJson& OrderedJson::set(const QString& key, OrderedJson value)
{
    m_members.emplace_back(key, std::move(value));
    return *this;
}

OrderedJson& OrderedJson::setText(const QString& key, const QString& text)
{
    if (!text.isEmpty())
        set(key, OrderedJson(text));
    return *this;
}

OrderedJson& OrderedJson::append(OrderedJson value)
{
    m_items.push_back(std::move(value));
    return *this;
}

bool OrderedJson::isEmptyContainer() const
{
    return (m_type == Type::Object && m_members.empty()) || (m_type == Type::Array && m_items.empty());
}

QByteArray OrderedJson::toJson(bool indented) const
{
    QByteArray out;
    write(out, indented, 0);
    if (indented)
        out.append('\n');
    return out;
}

void OrderedJson::write(QByteArray& out, bool indented, int depth) const
{
    switch (m_type) {
    case Type::Value:
        out.append(scalarJson(m_value));
        return;
    case Type::Array:
        out.append('[');
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            if (i > 0)
                out.append(',');
            newline(out, indented, depth + 1);
            m_items[i].write(out, indented, depth + 1);
        }
        if (!m_items.empty())
            newline(out, indented, depth);
        out.append(']');
        return;
    case Type::Object:
        out.append('{');
        for (std::size_t i = 0; i < m_members.size(); ++i) {
            if (i > 0)
                out.append(',');
            newline(out, indented, depth + 1);
            out.append(scalarJson(QJsonValue(m_members[i].first)));
            out.append(indented ? ": " : ":");
            m_members[i].second.write(out, indented, depth + 1);
        }
        if (!m_members.empty())
            newline(out, indented, depth);
        out.append('}');
        return;
    }
}

} // namespace carnet
