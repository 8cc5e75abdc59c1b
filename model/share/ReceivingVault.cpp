#include "ReceivingVault.h"

#include "CareTeamRepository.h"
#include "Database.h"
#include "MinisignError.h"
#include "MinisignPublicKey.h"
#include "OpenedShare.h"
#include "RecordStore.h"
#include "ShareError.h"
#include "VaultIdentity.h"

namespace carnet {

ReceivingVault::ReceivingVault(Database& db)
    : m_db(db)
{
}

void ReceivingVault::recognise(OpenedShare& share, bool rememberExport) const
{
    const Signer signer = signerFor(share.signerFingerprint);
    if (signer.known) {
        if (share.signerName.isEmpty() || signer.ownVault)
            share.signerName = signer.name;
        share.signerPinned = share.signerPinned || signer.pinned;
    }

    if (const std::optional<QDateTime> seen = firstSeen(share.manifest.exportId)) {
        share.replayed = true;
        share.firstSeen = *seen;
        return;
    }
    if (!rememberExport)
        return;
    Statement insert = m_db.prepare(
        QStringLiteral("INSERT INTO seen_exports (export_id, signer_fingerprint, first_seen) VALUES (?, ?, ?)"));
    insert.bind(1, share.manifest.exportId)
        .bind(2, share.signerFingerprint)
        .bind(3, RecordStore::timestamp(QDateTime::currentDateTimeUtc()))
        .exec();
}

ReceivingVault::Signer ReceivingVault::signerFor(const QString& signerFingerprint) const
{
    Signer signer;
    if (signerFingerprint.isEmpty())
        return signer;
    try {
        if (VaultIdentity::load(m_db).fingerprint().toDisplayString() == signerFingerprint)
            return {true, true, true, tr("this vault")};
    } catch (const ShareError&) {
        // A vault without identity keys signs nothing; the care team may still know the signer.
    }
    // The fingerprint covers the Ed25519 key alone, so it names the same signer whatever key id a member's copy of
    // the key carries. A pinned holder wins over an unpinned one.
    for (const CareTeamMember& member : CareTeamRepository(m_db).list()) {
        if (member.minisignKey.isEmpty())
            continue;
        try {
            const MinisignPublicKey key = MinisignPublicKey::parse(member.minisignKey.toLatin1());
            if (VaultIdentity::fingerprintOfSigningKey(key.publicKey()).toDisplayString() != signerFingerprint)
                continue;
        } catch (const MinisignError&) {
            continue;
        }
        if (!signer.known || (member.pinned && !signer.pinned))
            signer = {true, member.pinned, false, member.name};
    }
    return signer;
}

std::optional<QDateTime> ReceivingVault::firstSeen(const QString& exportId) const
{
    Statement select = m_db.prepare(QStringLiteral("SELECT first_seen FROM seen_exports WHERE export_id = ?"));
    select.bind(1, exportId);
    if (!select.step())
        return std::nullopt;
    return RecordStore::parseTimestamp(select.text(0));
}

} // namespace carnet
