#pragma once

#include "ShareManifest.h"
#include "ShareView.h"
#include "TarArchive.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace carnet {

// A share that decrypted and verified: who signed it (and whether that key was pinned), whether its export id was
// seen before, its verified members byte for byte, and the records for display.
struct OpenedShare
{
    ShareManifest manifest; // from the trusted comments, which all agree
    QString signerKey; // the minisign public key that verified every signature (base64 line)
    QString signerKeyId; // as minisign prints it
    QString signerFingerprint; // grouped
    // True when the key was one the caller expected, this vault's own, or a pinned care-team member's; false means
    // the package vouched for itself: show signerFingerprint for the person to compare.
    bool signerPinned = false;
    QString signerName; // the care-team member's name (pinned or not), "this vault", a caller's label, or empty
    bool replayed = false; // this export id was opened in this vault before
    QDateTime firstSeen; // when it was first opened, if replayed
    std::vector<TarArchive::Member> members; // in the tar's order, as verified
    ShareView view;

    QByteArray member(const QString& path) const
    {
        for (const TarArchive::Member& m : members) {
            if (m.path == path)
                return m.data;
        }
        return {};
    }
};

} // namespace carnet
