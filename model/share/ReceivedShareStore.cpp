#include "ReceivedShareStore.h"

#include "Database.h"
#include "FhirShareBundle.h"
#include "MinisignError.h"
#include "MinisignPublicKey.h"
#include "OpenedShare.h"
#include "ReceivingVault.h"
#include "RecordError.h"
#include "RecordStore.h"
#include "ShareError.h"
#include "SharePackage.h"
#include "Vault.h"
#include "VaultIdentity.h"

#include <QHash>

namespace carnet {

namespace {

QString bundleFile()
{
    return QLatin1String(SharePackage::BundleFile);
}

RecordError notFound(std::int64_t id)
{
    return RecordError(RecordError::Kind::NotFound, ReceivedShareStore::tr("No received share with id %1.").arg(id));
}

// The trusted comment of bundle.json's signature, handed out only once signature and comment verify with the key
// the reader used.
QByteArray verifiedBundleComment(const OpenedShare& share, const QByteArray& bundle)
{
    try {
        const MinisignPublicKey key = MinisignPublicKey::parse(share.signerKey.toLatin1());
        if (VaultIdentity::fingerprintOfSigningKey(key.publicKey()).toDisplayString() != share.signerFingerprint)
            throw ShareError(ShareError::Kind::BadSignature,
                             ReceivedShareStore::tr("The share's signer key does not match its fingerprint."));
        const MinisignSignature signature
            = MinisignSignature::parse(share.member(SharePackage::signatureFileFor(bundleFile())));
        return key.verify(bundle, signature);
    } catch (const MinisignError& error) {
        throw ShareError(ShareError::Kind::BadSignature,
                         ReceivedShareStore::tr("The share's bundle does not verify: %1")
                             .arg(MinisignError::describe(error.kind())));
    }
}

} // namespace

ReceivedShareStore::ReceivedShareStore(Vault& vault)
    : m_vault(vault)
{
}

std::int64_t ReceivedShareStore::keep(const OpenedShare& share)
{
    if (const std::optional<std::int64_t> existing = findByExportId(share.manifest.exportId))
        return *existing;
    const QByteArray bundle = share.member(bundleFile());
    if (bundle.isEmpty() || share.signerKey.isEmpty())
        throw ShareError(ShareError::Kind::Invalid, tr("This share holds no verified bundle to keep."));
    const QByteArray comment = verifiedBundleComment(share, bundle);
    const ShareManifest manifest = ShareManifest::parse(comment, bundleFile());
    if (!manifest.sameAs(share.manifest))
        throw ShareError(ShareError::Kind::BadSignature,
                         tr("The share's bundle was signed for another export than the one opened."));
    // What is stored must read back: a bundle that does not is refused now rather than on every load.
    FhirShareBundle::read(bundle);

    Database& db = m_vault.database();
    Transaction transaction(db);
    Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO received_shares (received_at, export_id, signer_fingerprint, signer_name, trusted_comment, bundle)"
        " VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(1, RecordStore::timestamp(QDateTime::currentDateTimeUtc()))
        .bind(2, manifest.exportId)
        .bind(3, share.signerFingerprint)
        .bind(4, share.signerName.isEmpty() ? QStringLiteral("") : share.signerName) // NOT NULL: no name is ""
        .bind(5, QString::fromUtf8(comment))
        .bind(6, bundle)
        .exec();
    const std::int64_t id = db.lastInsertRowId();
    m_vault.auditLog().append(QLatin1String(KeptEvent),
                              QStringLiteral("export_id=%1 items=%2").arg(manifest.exportId).arg(manifest.itemCount));
    transaction.commit();
    return id;
}

std::optional<std::int64_t> ReceivedShareStore::findByExportId(const QString& exportId) const
{
    Statement select = m_vault.database().prepare(
        QStringLiteral("SELECT id FROM received_shares WHERE export_id = ? ORDER BY id LIMIT 1"));
    select.bind(1, exportId);
    if (!select.step())
        return std::nullopt;
    return select.int64(0);
}

std::vector<ReceivedShareStore::Summary> ReceivedShareStore::list() const
{
    Database& db = m_vault.database();
    const ReceivingVault receiving(db);
    QHash<QString, ReceivingVault::Signer> signers;
    Statement select = db.prepare(QStringLiteral(
        "SELECT id, received_at, export_id, signer_fingerprint, signer_name, trusted_comment FROM received_shares"
        " ORDER BY received_at DESC, id DESC"));
    std::vector<Summary> out;
    while (select.step()) {
        Summary s;
        s.id = select.int64(0);
        s.receivedAt = RecordStore::parseTimestamp(select.text(1));
        s.exportId = select.text(2);
        s.signerFingerprint = select.text(3);
        s.signerName = select.text(4);
        try {
            const ShareManifest manifest = ShareManifest::parse(select.text(5).toUtf8(), bundleFile());
            s.itemCount = manifest.itemCount;
            s.created = manifest.created;
        } catch (const ShareError&) {
            // Listed without count or date; load() reports the problem when it is opened.
        }
        if (!signers.contains(s.signerFingerprint))
            signers.insert(s.signerFingerprint, receiving.signerFor(s.signerFingerprint));
        const ReceivingVault::Signer signer = signers.value(s.signerFingerprint);
        if (signer.known) {
            s.signerName = signer.name;
            s.signerPinned = signer.pinned;
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::int64_t ReceivedShareStore::count() const
{
    Statement select = m_vault.database().prepare(QStringLiteral("SELECT count(*) FROM received_shares"));
    select.step();
    return select.int64(0);
}

ReceivedShareStore::Share ReceivedShareStore::load(std::int64_t id) const
{
    Database& db = m_vault.database();
    Statement select = db.prepare(QStringLiteral(
        "SELECT received_at, export_id, signer_fingerprint, signer_name, trusted_comment, bundle FROM received_shares"
        " WHERE id = ?"));
    select.bind(1, id);
    if (!select.step())
        throw notFound(id);
    Share share;
    share.summary.id = id;
    share.summary.receivedAt = RecordStore::parseTimestamp(select.text(0));
    share.summary.exportId = select.text(1);
    share.summary.signerFingerprint = select.text(2);
    share.summary.signerName = select.text(3);
    share.manifest = ShareManifest::parse(select.text(4).toUtf8(), bundleFile());
    share.view = FhirShareBundle::read(select.blob(5));
    share.summary.itemCount = share.manifest.itemCount;
    share.summary.created = share.manifest.created;
    const ReceivingVault::Signer signer = ReceivingVault(db).signerFor(share.summary.signerFingerprint);
    if (signer.known) {
        share.summary.signerName = signer.name;
        share.summary.signerPinned = signer.pinned;
    }
    return share;
}

void ReceivedShareStore::remove(std::int64_t id)
{
    Database& db = m_vault.database();
    QString exportId;
    {
        Statement select = db.prepare(QStringLiteral("SELECT export_id FROM received_shares WHERE id = ?"));
        select.bind(1, id);
        if (!select.step())
            throw notFound(id);
        exportId = select.text(0);
    }
    Transaction transaction(db);
    Statement remove = db.prepare(QStringLiteral("DELETE FROM received_shares WHERE id = ?"));
    remove.bind(1, id).exec();
    m_vault.auditLog().append(QLatin1String(RemovedEvent), QStringLiteral("export_id=%1").arg(exportId));
    transaction.commit();
}

} // namespace carnet
