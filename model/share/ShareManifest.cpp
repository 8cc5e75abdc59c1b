#include "ShareManifest.h"

#include "MinisignSignature.h"
#include "OrderedJson.h"
#include "Random.h"
#include "ShareError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace carnet {

namespace {

const QString FormatKey = QStringLiteral("format");
const QString ExportIdKey = QStringLiteral("export_id");
const QString CreatedKey = QStringLiteral("created");
const QString SignerKey = QStringLiteral("signer_fingerprint");
const QString RecipientsKey = QStringLiteral("recipient_fingerprints");
const QString ItemsKey = QStringLiteral("items");
const QString FileKey = QStringLiteral("file");

[[noreturn]] void malformed(const QString& why)
{
    throw ShareError(ShareError::Kind::Malformed, ShareManifest::tr("The package's signed description is invalid: %1").arg(why));
}

bool isGroupedFingerprint(const QString& text)
{
    static const QRegularExpression grouped(QStringLiteral("^[0-9a-f]{4}( [0-9a-f]{4}){15}$"));
    return grouped.match(text).hasMatch();
}

} // namespace

QString ShareManifest::newExportId()
{
    return QString::fromLatin1(Random::bytes(ExportIdBytes).toHex());
}

QString ShareManifest::exportIdAsUuid(const QString& exportId)
{
    if (exportId.size() != 2 * ExportIdBytes)
        return exportId;
    return exportId.left(8) + QLatin1Char('-') + exportId.mid(8, 4) + QLatin1Char('-') + exportId.mid(12, 4)
        + QLatin1Char('-') + exportId.mid(16, 4) + QLatin1Char('-') + exportId.mid(20);
}

QByteArray ShareManifest::trustedComment(const QString& file) const
{
    OrderedJson recipients = OrderedJson::array();
    for (const QString& fingerprint : recipientFingerprints)
        recipients.append(fingerprint);
    OrderedJson json = OrderedJson::object();
    json.set(FormatKey, QJsonValue(format))
        .set(ExportIdKey, exportId)
        .set(CreatedKey, created.toUTC().toString(Qt::ISODate))
        .set(SignerKey, signerFingerprint)
        .set(RecipientsKey, std::move(recipients))
        .set(ItemsKey, QJsonValue(itemCount))
        .set(FileKey, file);
    const QByteArray line = json.toJson(false);
    if (line.size() > MinisignSignature::MaxTrustedCommentSize)
        throw ShareError(ShareError::Kind::Invalid, tr("Too many recipients for one package."));
    return line;
}

ShareManifest ShareManifest::parse(const QByteArray& trustedComment, const QString& file)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(trustedComment, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        malformed(tr("not a JSON object"));
    const QJsonObject json = doc.object();

    // The version first: a newer format may change every other field.
    const QJsonValue format = json.value(FormatKey);
    if (!format.isDouble() || format.toDouble() != static_cast<double>(format.toInt()))
        malformed(tr("no format version"));
    if (format.toInt() != FormatVersion)
        throw ShareError(ShareError::Kind::UnsupportedVersion,
                         tr("This package uses format %1; this version of Carnet reads format %2 only.")
                             .arg(format.toInt())
                             .arg(FormatVersion));
    static const QStringList known = {FormatKey, ExportIdKey, CreatedKey, SignerKey, RecipientsKey, ItemsKey, FileKey};
    for (const QString& key : json.keys()) {
        if (!known.contains(key))
            malformed(tr("unknown field \"%1\"").arg(key));
    }

    ShareManifest manifest;
    manifest.format = FormatVersion;
    manifest.exportId = json.value(ExportIdKey).toString();
    static const QRegularExpression hexId(QStringLiteral("^[0-9a-f]{32}$"));
    if (!hexId.match(manifest.exportId).hasMatch())
        malformed(tr("bad export id"));
    const QString created = json.value(CreatedKey).toString();
    manifest.created = QDateTime::fromString(created, Qt::ISODate);
    if (!manifest.created.isValid() || !created.endsWith(QLatin1Char('Z')))
        malformed(tr("bad creation time"));
    manifest.created = manifest.created.toUTC();
    manifest.signerFingerprint = json.value(SignerKey).toString();
    if (!isGroupedFingerprint(manifest.signerFingerprint))
        malformed(tr("bad signer fingerprint"));
    const QJsonValue recipients = json.value(RecipientsKey);
    if (!recipients.isArray() || recipients.toArray().isEmpty())
        malformed(tr("no recipients"));
    for (const QJsonValue& value : recipients.toArray()) {
        const QString text = value.toString();
        if (text != QLatin1String(PassphraseRecipient) && !isGroupedFingerprint(text))
            malformed(tr("bad recipient fingerprint"));
        manifest.recipientFingerprints << text;
    }
    const QJsonValue items = json.value(ItemsKey);
    if (!items.isDouble() || items.toDouble() != static_cast<double>(items.toInt()) || items.toInt() < 0)
        malformed(tr("bad item count"));
    manifest.itemCount = items.toInt();
    if (json.value(FileKey).toString() != file)
        malformed(tr("the signature of %1 was made for another file").arg(file));
    return manifest;
}

bool ShareManifest::sameAs(const ShareManifest& other) const
{
    return format == other.format && exportId == other.exportId && created == other.created
        && signerFingerprint == other.signerFingerprint && recipientFingerprints == other.recipientFingerprints
        && itemCount == other.itemCount;
}

} // namespace carnet
