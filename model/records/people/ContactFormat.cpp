#include "ContactFormat.h"

#include "RecordError.h"

#include <QRegularExpression>

namespace carnet {

bool ContactFormat::isPhoneNumber(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\+?[0-9(][0-9 ().\\-/]*[0-9](?: *(?:ext\\.?|x|#) *[0-9]{1,6})?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (text.size() > MaxPhoneLength || !pattern.match(text).hasMatch())
        return false;
    int digits = 0;
    for (const QChar c : text) {
        if (c.isDigit())
            ++digits;
    }
    return digits >= 3;
}

bool ContactFormat::isEmailAddress(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^\\s@\"(),:;<>\\[\\]\\\\]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
                       "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return text.size() <= 254 && !text.startsWith(QLatin1Char('.')) && !text.contains(QLatin1String(".."))
        && pattern.match(text).hasMatch();
}

bool ContactFormat::isLanguageTag(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$"));
    return text.size() <= 35 && pattern.match(text).hasMatch();
}

void ContactFormat::checkPhone(const QString& text, const QString& field)
{
    if (!text.isEmpty() && !isPhoneNumber(text)) {
        throw RecordError(RecordError::Kind::Invalid,
                          tr("%1: '%2' is not a phone number (digits, spaces, + ( ) - . / and an optional "
                             "extension)")
                              .arg(field, text));
    }
}

void ContactFormat::checkEmail(const QString& text, const QString& field)
{
    if (!text.isEmpty() && !isEmailAddress(text))
        throw RecordError(RecordError::Kind::Invalid, tr("%1: '%2' is not an e-mail address").arg(field, text));
}

void ContactFormat::checkLanguage(const QString& text, const QString& field)
{
    if (!text.isEmpty() && !isLanguageTag(text)) {
        throw RecordError(RecordError::Kind::Invalid,
                          tr("%1: '%2' is not a language tag such as en, fr or pt-BR").arg(field, text));
    }
}

void ContactFormat::normalizePhones(QList<LabelledPhone>& phones, const QString& field)
{
    QList<LabelledPhone> kept;
    for (LabelledPhone phone : phones) {
        phone.label = phone.label.trimmed();
        phone.number = phone.number.trimmed();
        if (phone.label.isEmpty() && phone.number.isEmpty())
            continue;
        if (phone.number.isEmpty()) {
            throw RecordError(RecordError::Kind::Invalid,
                              tr("%1: the phone labelled '%2' has no number").arg(field, phone.label));
        }
        checkPhone(phone.number, field);
        kept.append(phone);
    }
    phones = kept;
}

} // namespace carnet
