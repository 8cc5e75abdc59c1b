#pragma once

#include "LabelledPhone.h"

#include <QCoreApplication>
#include <QString>

namespace carnet {

// The checks contact details get before they are stored (phone numbers, e-mail addresses, language tags), so a
// typo is caught when it is typed rather than when someone tries to call.
class ContactFormat
{
    Q_DECLARE_TR_FUNCTIONS(ContactFormat)

public:
    static constexpr int MaxPhoneLength = 40;

    // Digits with the usual separators, an optional leading "+" and an optional extension ("x 12", "ext. 12").
    static bool isPhoneNumber(const QString& text);
    // local@domain.tld, without spaces; not a full RFC 5322 parser, which would accept addresses no one can type.
    static bool isEmailAddress(const QString& text);
    // A BCP 47 tag such as "en", "fr-CA" or "zh-Hant-TW".
    static bool isLanguageTag(const QString& text);

    // Each throws RecordError(Invalid) naming the field; an empty value passes.
    static void checkPhone(const QString& text, const QString& field);
    static void checkEmail(const QString& text, const QString& field);
    static void checkLanguage(const QString& text, const QString& field);
    // Trims labels and numbers, drops entries with neither, and checks every number.
    static void normalizePhones(QList<LabelledPhone>& phones, const QString& field);
};

} // namespace carnet
