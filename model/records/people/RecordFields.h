#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace carnet {

class Statement;

// How the optional values of the insurance and people records are written to their rows and to their JSON (the
// amendment trail, `carnet-cli … --json`): empty text, unknown dates and unset numbers become NULL / null.
class RecordFields
{
    Q_DECLARE_TR_FUNCTIONS(RecordFields)

public:
    static QJsonValue text(const QString& value);
    static QJsonValue date(const QDate& value);
    static QJsonValue number(const std::optional<double>& value);
    static QJsonValue flag(const std::optional<bool>& value);

    // yyyy-MM-dd, or a null string for an invalid date.
    static QString dateText(const QDate& value);
    static QDate dateFromText(const QString& text);

    static void bindText(Statement& stmt, int index, const QString& value);
    static void bindDate(Statement& stmt, int index, const QDate& value);
    static void bindNumber(Statement& stmt, int index, const std::optional<double>& value);
    static std::optional<double> numberAt(const Statement& stmt, int column);

    // Throws RecordError(Invalid) unless value is empty or one of allowed; the message lists the allowed words.
    static void checkWord(const QString& value, const QStringList& allowed, const QString& field);
    // Throws RecordError(Invalid) for a date before 1850 or, unless allowFuture, after today.
    static void checkDate(const QDate& value, const QString& field, bool allowFuture);
    // Throws RecordError(Invalid) when both dates are known and last is before first.
    static void checkOrder(const QDate& first, const QDate& last, const QString& firstField, const QString& lastField);
};

} // namespace carnet
