#include "IdentityCard.h"

#include "CryptoError.h"
#include "ShareError.h"
#include "VaultIdentity.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <optional>

namespace carnet {

namespace {

const QString AgeKey = QStringLiteral("age");
const QString MinisignKey = QStringLiteral("minisign");
const QString FingerprintKey = QStringLiteral("fingerprint");

[[noreturn]] void invalid(const QString& why)
{
    throw ShareError(ShareError::Kind::Invalid, why);
}

} // namespace

IdentityCard::IdentityCard(AgeRecipient ageRecipient, MinisignPublicKey minisignPublicKey)
    : m_ageRecipient(std::move(ageRecipient))
    , m_minisignPublicKey(std::move(minisignPublicKey))
{
}

IdentityCard IdentityCard::fromVault(const VaultIdentity& identity)
{
    return IdentityCard(identity.ageRecipient(), identity.minisignPublicKey());
}

Fingerprint IdentityCard::fingerprint() const
{
    return VaultIdentity::fingerprintOfSigningKey(m_minisignPublicKey.publicKey());
}

QString IdentityCard::toText() const
{
    return QStringLiteral("%1:v%2\n%3:%4\n%5:%6\n%7:%8\n")
        .arg(QLatin1String(Magic))
        .arg(Version)
        .arg(AgeKey, m_ageRecipient.toString(), MinisignKey, QString::fromLatin1(m_minisignPublicKey.toBase64()),
             FingerprintKey, fingerprint().toHex());
}

IdentityCard IdentityCard::parse(const QString& text)
{
    if (text.size() > MaxTextSize)
        invalid(tr("This is not a Carnet identity card: it is longer than %1 characters.").arg(MaxTextSize));
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QStringList lines = normalized.split(QLatin1Char('\n'));
    // One final newline is how the card is written; tolerate it missing, refuse any other blank line.
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        invalid(tr("This is not a Carnet identity card: it is empty."));

    const QString prefix = QLatin1String(Magic) + QLatin1String(":v");
    const QString& header = lines.first();
    if (!header.startsWith(prefix))
        invalid(
            tr("This is not a Carnet identity card: it does not start with \"%1\".").arg(prefix + QLatin1Char('1')));
    static const QRegularExpression versionPattern(QStringLiteral("^[1-9][0-9]{0,5}$"));
    const QString versionText = header.mid(prefix.size());
    if (!versionPattern.match(versionText).hasMatch())
        invalid(tr("This identity card has an unreadable version \"%1\".").arg(versionText.left(20)));
    if (versionText.toInt() != Version)
        throw ShareError(ShareError::Kind::UnsupportedVersion,
                         tr("This identity card is of version %1, made by a newer Carnet; this one reads version %2.")
                             .arg(versionText)
                             .arg(Version));

    // Keys of version 1 are lower-case words; fields this version does not know are skipped, so that later
    // versions of 1 can add optional lines without breaking older readers.
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9-]{0,31}$"));
    QHash<QString, QString> fields;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0)
            invalid(tr("Line %1 of the identity card is not \"name:value\".").arg(i + 1));
        const QString key = line.left(colon);
        if (!keyPattern.match(key).hasMatch())
            invalid(tr("Line %1 of the identity card has an invalid name.").arg(i + 1));
        if (fields.contains(key))
            invalid(tr("The identity card has \"%1\" twice.").arg(key));
        fields.insert(key, line.mid(colon + 1).trimmed());
    }
    for (const QString& required : {AgeKey, MinisignKey, FingerprintKey}) {
        if (!fields.contains(required))
            invalid(tr("The identity card has no \"%1\" line.").arg(required));
    }

    const std::optional<AgeRecipient> recipient = AgeRecipient::parse(fields.value(AgeKey));
    if (!recipient)
        invalid(tr("The identity card's age key is not an age recipient (age1…)."));
    std::optional<MinisignPublicKey> signingKey;
    try {
        signingKey = MinisignPublicKey::parse(fields.value(MinisignKey).toLatin1());
    } catch (const CryptoError&) {
        invalid(tr("The identity card's minisign key is not a minisign public key."));
    }
    // The fingerprint is what people compare aloud, so a card whose fingerprint and key disagree has been altered
    // or damaged: refuse it rather than show either.
    QString fingerprintHex = fields.value(FingerprintKey);
    fingerprintHex.remove(QLatin1Char(' '));
    IdentityCard card(*recipient, *signingKey);
    if (fingerprintHex.toLower() != card.fingerprint().toHex())
        invalid(tr("The identity card's fingerprint does not match its signing key: the card is damaged or altered."));
    return card;
}

} // namespace carnet
