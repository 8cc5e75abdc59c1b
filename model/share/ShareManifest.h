#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace carnet {

// The facts every signature in a share vouches for, carried as the trusted comment of each .minisig: one line of
// JSON, {"format":1,"export_id":…,"created":…,"signer_fingerprint":…,"recipient_fingerprints":[…],"items":N,
// "file":…}. The comments of one package differ only in "file", the member each signature covers.
struct ShareManifest
{
    Q_DECLARE_TR_FUNCTIONS(ShareManifest)

public:
    static constexpr int FormatVersion = 1;
    // What recipient_fingerprints holds for a package encrypted to a passphrase.
    static constexpr char PassphraseRecipient[] = "passphrase";
    static constexpr int ExportIdBytes = 16;

    int format = FormatVersion;
    QString exportId; // 32 lower-case hex digits (128 random bits)
    QDateTime created; // UTC, whole seconds
    QString signerFingerprint; // grouped, as Fingerprint::toDisplayString()
    QStringList recipientFingerprints; // grouped X25519 fingerprints, or {"passphrase"}
    int itemCount = 0;

    static QString newExportId();
    // The export id as a UUID ("0123abcd-…"), for FHIR ids and urn:uuid identifiers.
    static QString exportIdAsUuid(const QString& exportId);

    // The trusted comment for one member. Throws ShareError(Invalid) if it would exceed minisign's limit.
    QByteArray trustedComment(const QString& file) const;
    // Parses a verified trusted comment and checks it names `file`. Throws ShareError: UnsupportedVersion for a
    // format other than FormatVersion, Malformed for anything else that is off.
    static ShareManifest parse(const QByteArray& trustedComment, const QString& file);

    // Everything but the member name.
    bool sameAs(const ShareManifest& other) const;
};

} // namespace carnet
