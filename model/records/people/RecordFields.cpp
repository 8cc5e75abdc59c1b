#include "RecordFields.h"

#include "RecordError.h"
#include "Statement.h"

#include <QStringList>

namespace carnet {

QJsonValue RecordFields::text(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue RecordFields::date(const QDate& value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue RecordFields::number(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue RecordFields::flag(const std::optional<bool>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString RecordFields::dateText(const QDate& value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

QDate RecordFields::dateFromText(const QString& text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

void RecordFields::bindText(Statement& stmt, int index, const QString& value)
{
    stmt.bindOptional(index, value);
}

void RecordFields::bindDate(Statement& stmt, int index, const QDate& value)
{
    stmt.bindOptional(index, dateText(value));
}

void RecordFields::bindNumber(Statement& stmt, int index, const std::optional<double>& value)
{
    if (value)
        stmt.bind(index, *value);
    else
        stmt.bindNull(index);
}

std::optional<double> RecordFields::numberAt(const Statement& stmt, int column)
{
    if (stmt.isNull(column))
        return std::nullopt;
    return stmt.real(column);
}

void RecordFields::checkWord(const QString& value, const QStringList& allowed, const QString& field)
{
    if (value.isEmpty() || allowed.contains(value))
        return;
    throw RecordError(RecordError::Kind::Invalid,
                      tr("%1: unknown value '%2' (use %3)").arg(field, value, allowed.join(QStringLiteral(", "))));
}

void RecordFields::checkDate(const QDate& value, const QString& field, bool allowFuture)
{
    if (!value.isValid())
        return;
    if (value.year() < 1850)
        throw RecordError(RecordError::Kind::Invalid, tr("%1: %2 is too far in the past").arg(field, dateText(value)));
    if (!allowFuture && value > QDate::currentDate())
        throw RecordError(RecordError::Kind::Invalid, tr("%1: %2 is in the future").arg(field, dateText(value)));
}

void RecordFields::checkOrder(const QDate& first, const QDate& last, const QString& firstField,
                              const QString& lastField)
{
    if (first.isValid() && last.isValid() && last < first) {
        throw RecordError(RecordError::Kind::Invalid,
                          tr("%1 (%2) is before %3 (%4)").arg(lastField, dateText(last), firstField, dateText(first)));
    }
}

} // namespace carnet
