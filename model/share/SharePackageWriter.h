#pragma once

#include "AgeEncryptor.h"
#include "SecretBytes.h"
#include "ShareContent.h"
#include "ShareManifest.h"
#include "ShareRecipient.h"
#include "TarArchive.h"
#include "VaultIdentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace carnet {

class MinisignKeyPair;
class Vault;

// Makes a .carnet-share file from a ShareContent: bundle.json, summary.html, README.txt and signer.pub, each
// signed with the vault's key (minisign, prehashed) over the exact bytes written, in a tar, encrypted with age to
// the recipients' keys or to a one-time passphrase; written atomically (0600) and recorded in the disclosure log
// and the audit log.
class SharePackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(SharePackageWriter)

public:
    static constexpr char AuditEvent[] = "share_exported";

    struct Result
    {
        QString exportId;
        QDateTime created;
        QString path;
        qint64 size = 0;
        QString sha256; // hex, of the file as written
        int itemCount = 0;
        QStringList recipientFingerprints; // or {"passphrase"}
        std::int64_t disclosureId = 0;
    };

    // The signed members and the tar, before encryption.
    struct Archive
    {
        ShareManifest manifest;
        std::vector<TarArchive::Member> members;
        QByteArray tar;
    };

    // Loads the vault's identity (throws ShareError(Malformed) if it has none). scryptLogN is the work factor of
    // passphrase packages: keep the default outside tests.
    explicit SharePackageWriter(Vault& vault, int scryptLogN = AgeEncryptor::DefaultScryptLogN);

    const VaultIdentity& identity() const { return m_identity; }

    // A package signed and encrypted in memory, not yet written nor logged.
    struct Sealed
    {
        Archive archive;
        QByteArray file;
        QString path;
        std::vector<ShareRecipient> recipients; // empty for a passphrase package
        QJsonObject disclosureItems;
    };

    // Throws ShareError(Invalid) for no recipient or more than SharePackage::MaxRecipients, ShareError(Io) when the
    // file cannot be written; nothing is logged unless the file was written. Same as commit(sealForRecipients()).
    Result writeForRecipients(const ShareContent& content, const std::vector<ShareRecipient>& recipients,
                              const QString& path);
    // The passphrase should come from OneTimePassphrase::generate(); age's scrypt stanza stands alone.
    Result writeForPassphrase(const ShareContent& content, const SecretBytes& passphrase, const QString& path);

    // The slow half of a write (signing, and scrypt for a passphrase): touches no database, so the app runs it on a
    // worker thread while the vault's connection stays on the thread that owns it.
    Sealed sealForRecipients(const ShareContent& content, const std::vector<ShareRecipient>& recipients,
                             const QString& path) const;
    Sealed sealForPassphrase(const ShareContent& content, const SecretBytes& passphrase, const QString& path) const;
    // The other half, on the vault's thread: writes the file atomically (0600) and logs it, both or neither.
    Result commit(const Sealed& sealed);

    // What the two above encrypt; packageFileName goes into README.txt's commands.
    Archive buildArchive(const ShareContent& content, const QStringList& recipientFingerprints,
                         const QString& packageFileName) const;
    // Each file followed by its .minisig, whose trusted comment is manifest.trustedComment(file name).
    static std::vector<TarArchive::Member> signMembers(const MinisignKeyPair& key, const ShareManifest& manifest,
                                                       const std::vector<TarArchive::Member>& files);

private:
    Vault& m_vault;
    VaultIdentity m_identity;
    int m_scryptLogN;
};

} // namespace carnet
