#pragma once

#include "ShareManifest.h"
#include "ShareView.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace carnet {

class Vault;
struct OpenedShare;

// The shares others made that this vault keeps ("Shared with me"), in table received_shares: the verified
// bundle.json bytes, the verified trusted comment of its signature, and who signed it. A kept share is a copy of
// someone else's record, so removing it is allowed and final. Keeping and removing are written to the audit log
// (export id and item count only).
class ReceivedShareStore
{
    Q_DECLARE_TR_FUNCTIONS(ReceivedShareStore)

public:
    static constexpr char KeptEvent[] = "share_kept";
    static constexpr char RemovedEvent[] = "share_removed";

    struct Summary
    {
        std::int64_t id = 0;
        QDateTime receivedAt; // UTC
        QString exportId;
        QString signerFingerprint; // grouped
        // As this vault knows the signer now: "this vault" or the care-team member holding the key; otherwise the
        // name it had when the share was kept (may be empty).
        QString signerName;
        // Pinned now: the key is this vault's or a pinned care-team member's. Pinning or unpinning a member later
        // changes it, so the warning to compare fingerprints follows the care team.
        bool signerPinned = false;
        int itemCount = 0;
        QDateTime created; // when the sender made the share, from the signed manifest
    };

    struct Share
    {
        Summary summary;
        ShareManifest manifest;
        ShareView view;
    };

    explicit ReceivedShareStore(Vault& vault);

    // Keeps a share that SharePackageReader opened: its bundle.json is checked once more against the signer key and
    // the signature it came with, then stored byte for byte. Keeping an export id already kept stores nothing and
    // returns the existing id. Throws ShareError(Invalid) for a share without verified members, BadSignature when
    // they do not verify.
    std::int64_t keep(const OpenedShare& share);
    std::optional<std::int64_t> findByExportId(const QString& exportId) const;

    // Newest first.
    std::vector<Summary> list() const;
    std::int64_t count() const;
    // Throws RecordError(NotFound) "No received share with id N.", ShareError(Malformed) if the stored bundle does
    // not read (a vault written by another version).
    Share load(std::int64_t id) const;
    // Throws RecordError(NotFound).
    void remove(std::int64_t id);

private:
    Vault& m_vault;
};

} // namespace carnet
