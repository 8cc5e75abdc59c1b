#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace carnet {

class Database;
struct OpenedShare;

// What the vault a share is opened in knows about it: whether its signer is this vault or a care-team member (and
// whether that key is pinned), and whether its export id was seen before. SharePackageReader::open() runs it when
// given a vault; the app runs it itself on the thread that owns the database after opening the package on another.
class ReceivingVault
{
    Q_DECLARE_TR_FUNCTIONS(ReceivingVault)

public:
    struct Signer
    {
        bool known = false; // this vault, or a live care-team member holding that key
        bool pinned = false;
        bool ownVault = false;
        QString name;
    };

    explicit ReceivingVault(Database& db);

    // Names the signer and marks it pinned as the reader would, flags a replayed export id and, with
    // rememberExport, remembers a new one in seen_exports.
    void recognise(OpenedShare& share, bool rememberExport = true) const;

    // Who holds the signing key with this fingerprint (grouped, as in the manifest), as this vault knows it now.
    Signer signerFor(const QString& signerFingerprint) const;
    // When the export id was first opened in this vault, if ever.
    std::optional<QDateTime> firstSeen(const QString& exportId) const;

private:
    Database& m_db;
};

} // namespace carnet
