#include "SharePackageWriter.h"

#include "AtomicFile.h"
#include "DisclosureLog.h"
#include "FhirShareBundle.h"
#include "MinisignKeyPair.h"
#include "ShareError.h"
#include "SharePackage.h"
#include "ShareReadme.h"
#include "ShareSummaryPage.h"
#include "StorageError.h"
#include "Vault.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace carnet {

SharePackageWriter::SharePackageWriter(Vault& vault, int scryptLogN)
    : m_vault(vault)
    , m_identity(VaultIdentity::load(vault.database()))
    , m_scryptLogN(scryptLogN)
{
}

std::vector<TarArchive::Member> SharePackageWriter::signMembers(const MinisignKeyPair& key,
                                                                const ShareManifest& manifest,
                                                                const std::vector<TarArchive::Member>& files)
{
    std::vector<TarArchive::Member> members;
    for (const TarArchive::Member& file : files) {
        const MinisignSignature signature = key.sign(file.data, manifest.trustedComment(file.path));
        members.push_back(file);
        members.push_back({SharePackage::signatureFileFor(file.path), signature.toFileText()});
    }
    return members;
}

SharePackageWriter::Archive SharePackageWriter::buildArchive(const ShareContent& content,
                                                             const QStringList& recipientFingerprints,
                                                             const QString& packageFileName) const
{
    Archive archive;
    ShareManifest& manifest = archive.manifest;
    manifest.exportId = ShareManifest::newExportId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    manifest.created = now.addMSecs(-now.time().msec()); // whole seconds: the trusted comment says no more
    manifest.signerFingerprint = m_identity.fingerprint().toDisplayString();
    manifest.recipientFingerprints = recipientFingerprints;
    manifest.itemCount = content.itemCount();

    const QByteArray bundle = FhirShareBundle::build(content, manifest);
    // Read back what was just written, so the summary shows exactly what the signed bundle holds.
    const ShareView view = FhirShareBundle::read(bundle);
    const bool passphrase = recipientFingerprints == QStringList{QLatin1String(ShareManifest::PassphraseRecipient)};
    const std::vector<TarArchive::Member> files = {
        {QLatin1String(SharePackage::BundleFile), bundle},
        {QLatin1String(SharePackage::SummaryFile), ShareSummaryPage::render(view, manifest)},
        {QLatin1String(SharePackage::ReadmeFile),
         ShareReadme::render(manifest, m_identity.minisignPublicKey(), packageFileName, passphrase)},
        {QLatin1String(SharePackage::SignerKeyFile), m_identity.minisignPublicKey().toFileText()},
    };
    archive.members = signMembers(m_identity.minisignKeyPair(), manifest, files);
    archive.tar = TarArchive::write(archive.members, manifest.created);
    return archive;
}

SharePackageWriter::Result SharePackageWriter::writeForRecipients(const ShareContent& content,
                                                                  const std::vector<ShareRecipient>& recipients,
                                                                  const QString& path)
{
    return commit(sealForRecipients(content, recipients, path));
}

SharePackageWriter::Result SharePackageWriter::writeForPassphrase(const ShareContent& content,
                                                                  const SecretBytes& passphrase, const QString& path)
{
    return commit(sealForPassphrase(content, passphrase, path));
}

SharePackageWriter::Sealed SharePackageWriter::sealForRecipients(const ShareContent& content,
                                                                 const std::vector<ShareRecipient>& recipients,
                                                                 const QString& path) const
{
    std::vector<ShareRecipient> unique;
    QSet<QByteArray> seen;
    for (const ShareRecipient& recipient : recipients) {
        if (seen.contains(recipient.recipient.publicKey()))
            continue;
        seen.insert(recipient.recipient.publicKey());
        unique.push_back(recipient);
    }
    if (unique.empty())
        throw ShareError(ShareError::Kind::Invalid, tr("A share needs at least one recipient."));
    if (static_cast<int>(unique.size()) > SharePackage::MaxRecipients)
        throw ShareError(ShareError::Kind::Invalid,
                         tr("A share can have at most %1 recipients.").arg(SharePackage::MaxRecipients));
    QStringList fingerprints;
    QList<AgeRecipient> keys;
    for (const ShareRecipient& recipient : unique) {
        fingerprints << recipient.fingerprint();
        keys << recipient.recipient;
    }
    Sealed sealed;
    sealed.archive = buildArchive(content, fingerprints, QFileInfo(path).fileName());
    sealed.file = AgeEncryptor::forRecipients(keys).encrypt(sealed.archive.tar);
    sealed.path = path;
    sealed.recipients = std::move(unique);
    sealed.disclosureItems = content.disclosureItems();
    return sealed;
}

SharePackageWriter::Sealed SharePackageWriter::sealForPassphrase(const ShareContent& content,
                                                                 const SecretBytes& passphrase,
                                                                 const QString& path) const
{
    if (passphrase.isEmpty())
        throw ShareError(ShareError::Kind::Invalid, tr("The passphrase is empty."));
    Sealed sealed;
    sealed.archive = buildArchive(content, {QLatin1String(ShareManifest::PassphraseRecipient)},
                                  QFileInfo(path).fileName());
    sealed.file = AgeEncryptor::forPassphrase(passphrase, m_scryptLogN).encrypt(sealed.archive.tar);
    sealed.path = path;
    sealed.disclosureItems = content.disclosureItems();
    return sealed;
}

SharePackageWriter::Result SharePackageWriter::commit(const Sealed& sealed)
{
    const Archive& archive = sealed.archive;
    const QByteArray& file = sealed.file;
    const QString& path = sealed.path;
    const std::vector<ShareRecipient>& recipients = sealed.recipients;
    Result result;
    result.exportId = archive.manifest.exportId;
    result.created = archive.manifest.created;
    result.path = path;
    result.size = file.size();
    result.sha256 = QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    result.itemCount = archive.manifest.itemCount;
    result.recipientFingerprints = archive.manifest.recipientFingerprints;

    DisclosureLog::Disclosure disclosure;
    disclosure.at = archive.manifest.created;
    disclosure.exportId = archive.manifest.exportId;
    if (recipients.empty()) {
        disclosure.recipients.push_back({tr("one-time passphrase"), QLatin1String(ShareRecipient::PassphraseKind), {}});
    }
    for (const ShareRecipient& recipient : recipients)
        disclosure.recipients.push_back({recipient.label, recipient.kind, recipient.fingerprint()});
    disclosure.items = sealed.disclosureItems;
    disclosure.itemCount = archive.manifest.itemCount;
    disclosure.packageSha256 = result.sha256;
    disclosure.fileName = QFileInfo(path).fileName();

    // The log rows and the file stand or fall together: the rows are written first, the file next, and the
    // transaction commits only once the file is on disk.
    Database& db = m_vault.database();
    Transaction transaction(db);
    result.disclosureId = DisclosureLog(db).record(disclosure);
    m_vault.auditLog().append(QLatin1String(AuditEvent), QStringLiteral("export_id=%1 items=%2")
                                                             .arg(archive.manifest.exportId)
                                                             .arg(archive.manifest.itemCount));
    try {
        AtomicFile::write(path, file);
    } catch (const StorageError& error) {
        throw ShareError(ShareError::Kind::Io,
                         tr("Could not write %1: %2").arg(path, QString::fromStdString(error.what())));
    }
    try {
        transaction.commit();
    } catch (...) {
        QFile::remove(path);
        throw;
    }
    return result;
}

} // namespace carnet
