#include "SharePackageReader.h"

#include "AgeDecryptor.h"
#include "AgeError.h"
#include "Database.h"
#include "FhirShareBundle.h"
#include "MinisignError.h"
#include "MinisignSignature.h"
#include "ReceivingVault.h"
#include "ShareError.h"
#include "VaultIdentity.h"

#include <QFile>
#include <QHash>
#include <QSet>

namespace carnet {

namespace {

QString signatureProblem(const QString& file, const MinisignError& error)
{
    return SharePackageReader::tr("The signature of %1 does not verify: %2").arg(file, MinisignError::describe(error.kind()));
}

} // namespace

void SharePackageReader::addIdentity(AgeIdentity identity)
{
    m_identities.push_back(std::move(identity));
}

void SharePackageReader::setPassphrase(const SecretBytes& passphrase)
{
    m_passphrase = passphrase.clone();
    m_hasPassphrase = true;
}

void SharePackageReader::setExpectedSigner(const MinisignPublicKey& key, const QString& name)
{
    m_expectedSigner = key;
    m_expectedSignerName = name;
}

void SharePackageReader::setVault(Database& db, bool recordExport)
{
    m_db = &db;
    m_recordExport = recordExport;
}

ShareError SharePackageReader::fromAgeError(const AgeError& error)
{
    const QString message = tr("Cannot decrypt the package: %1").arg(AgeError::describe(error.kind()));
    if (error.isWrongSecret())
        return ShareError(ShareError::Kind::WrongSecret, message);
    switch (error.kind()) {
    case AgeError::Kind::UnsupportedVersion:
        return ShareError(ShareError::Kind::UnsupportedVersion, message);
    case AgeError::Kind::ScryptWorkFactorTooHigh:
        return ShareError(ShareError::Kind::TooLarge, message);
    case AgeError::Kind::ReadFailed:
    case AgeError::Kind::WriteFailed:
        return ShareError(ShareError::Kind::Io, message);
    default:
        return ShareError(ShareError::Kind::Malformed, message);
    }
}

OpenedShare SharePackageReader::open(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ShareError(ShareError::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > SharePackage::MaxPackageBytes)
        throw ShareError(ShareError::Kind::TooLarge, tr("%1 is too large to be a share package.").arg(path));
    const QByteArray bytes = file.read(SharePackage::MaxPackageBytes + 1);
    if (file.error() != QFileDevice::NoError)
        throw ShareError(ShareError::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return openBytes(bytes);
}

QByteArray SharePackageReader::decrypt(const QByteArray& file) const
{
    if (m_identities.empty() && !m_hasPassphrase)
        throw ShareError(ShareError::Kind::Invalid, tr("No key or passphrase was given to open the package."));
    AgeDecryptor decryptor;
    for (const AgeIdentity& identity : m_identities)
        decryptor.addIdentity(identity.clone());
    if (m_hasPassphrase)
        decryptor.setPassphrase(m_passphrase);
    decryptor.setMaxScryptLogN(m_maxScryptLogN);
    try {
        return decryptor.decrypt(file);
    } catch (const AgeError& error) {
        throw fromAgeError(error);
    }
}

OpenedShare SharePackageReader::openBytes(const QByteArray& file) const
{
    if (file.size() > SharePackage::MaxPackageBytes)
        throw ShareError(ShareError::Kind::TooLarge, tr("The file is too large to be a share package."));
    const QByteArray tar = decrypt(file);
    std::vector<TarArchive::Member> members = TarArchive::read(tar, SharePackage::limits());

    // Exactly the expected members: a missing signature must not pass as "unsigned", an extra file must not ride
    // along unverified.
    QHash<QString, QByteArray> byName;
    const QStringList expected = SharePackage::memberNames();
    for (const TarArchive::Member& member : members) {
        if (!expected.contains(member.path))
            throw ShareError(ShareError::Kind::Malformed, tr("The package holds an unexpected file, \"%1\".").arg(member.path));
        byName.insert(member.path, member.data);
    }
    for (const QString& name : expected) {
        if (!byName.contains(name))
            throw ShareError(ShareError::Kind::Malformed, tr("The package lacks %1.").arg(name));
    }

    // Which key: the one the caller expects, or the one the package carries (then unpinned).
    std::optional<MinisignPublicKey> embedded;
    try {
        embedded = MinisignPublicKey::parse(byName.value(QLatin1String(SharePackage::SignerKeyFile)));
    } catch (const MinisignError&) {
        throw ShareError(ShareError::Kind::BadSignature, tr("The package's signer.pub is not a minisign public key."));
    }
    const MinisignPublicKey key = m_expectedSigner ? *m_expectedSigner : *embedded;
    if (m_expectedSigner && !(*embedded == *m_expectedSigner))
        throw ShareError(ShareError::Kind::BadSignature,
                         tr("The package was signed with another key than the one expected (its fingerprint is %1).")
                             .arg(VaultIdentity::fingerprintOfSigningKey(embedded->publicKey()).toDisplayString()));

    // Every signature over the exact bytes, before any of them is parsed.
    QHash<QString, QByteArray> comments;
    for (const QString& name : SharePackage::signedFiles()) {
        try {
            const MinisignSignature signature =
                MinisignSignature::parse(byName.value(SharePackage::signatureFileFor(name)));
            // The format signs prehashed ("ED") only; a legacy signature would also make the whole file sit in
            // memory a second time.
            if (signature.algorithm() != MinisignSignature::Algorithm::Prehashed)
                throw ShareError(ShareError::Kind::BadSignature,
                                 tr("The signature of %1 is not a prehashed (ED) minisign signature.").arg(name));
            comments.insert(name, key.verify(byName.value(name), signature));
        } catch (const MinisignError& error) {
            throw ShareError(ShareError::Kind::BadSignature, signatureProblem(name, error));
        }
    }

    OpenedShare share;
    bool first = true;
    for (const QString& name : SharePackage::signedFiles()) {
        const ShareManifest manifest = ShareManifest::parse(comments.value(name), name);
        if (first)
            share.manifest = manifest;
        else if (!manifest.sameAs(share.manifest))
            throw ShareError(ShareError::Kind::Malformed, tr("The package's signatures describe different exports."));
        first = false;
    }
    share.signerKey = QString::fromLatin1(key.toBase64());
    share.signerKeyId = key.keyIdHex();
    share.signerFingerprint = VaultIdentity::fingerprintOfSigningKey(key.publicKey()).toDisplayString();
    if (share.manifest.signerFingerprint != share.signerFingerprint)
        throw ShareError(ShareError::Kind::BadSignature,
                         tr("The package names a signer other than the key that signed it."));

    share.view = FhirShareBundle::read(byName.value(QLatin1String(SharePackage::BundleFile)));
    if (share.view.itemCount() != share.manifest.itemCount)
        throw ShareError(ShareError::Kind::Malformed,
                         tr("The package holds %1 records but its signatures say %2.")
                             .arg(share.view.itemCount())
                             .arg(share.manifest.itemCount));
    if (share.view.signerFingerprint != share.manifest.signerFingerprint)
        throw ShareError(ShareError::Kind::Malformed, tr("The bundle's provenance names another signer."));
    share.members = std::move(members);

    if (m_expectedSigner) {
        share.signerPinned = true;
        share.signerName = m_expectedSignerName;
    }
    if (m_db)
        ReceivingVault(*m_db).recognise(share, m_recordExport);
    return share;
}

} // namespace carnet
