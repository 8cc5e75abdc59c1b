#pragma once

#include "AgeIdentity.h"
#include "MinisignPublicKey.h"
#include "OpenedShare.h"
#include "SecretBytes.h"
#include "ShareError.h"
#include "SharePackage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace carnet {

class AgeError;
class Database;

// Opens a .carnet-share as hostile input: decrypts it (age, with identities or a passphrase), reads the tar within
// limits, requires exactly the eight expected members, verifies every signature over the exact bytes before
// parsing anything else, checks that the trusted comments agree and name a known format, then reads bundle.json.
// Every refusal is a ShareError; nothing of a refused package is returned.
class SharePackageReader
{
    Q_DECLARE_TR_FUNCTIONS(SharePackageReader)

public:
    SharePackageReader() = default;

    void addIdentity(AgeIdentity identity);
    void setPassphrase(const SecretBytes& passphrase);
    void setMaxScryptLogN(int maxLogN) { m_maxScryptLogN = maxLogN; }

    // Verify with this key only (a pinned care-team member's, or one the person passed); the package's own
    // signer.pub must then be the same key. Without it the package's key is used and the result is unpinned.
    void setExpectedSigner(const MinisignPublicKey& key, const QString& name = {});
    // The vault opening the share: its seen_exports table flags a replayed export id (and, with recordExport,
    // remembers this one), and its own key and pinned care team name the signer.
    void setVault(Database& db, bool recordExport = true);

    // Throws ShareError: WrongSecret (no key or passphrase given opens it), Malformed (not a share, damaged,
    // truncated, missing or extra members, inconsistent signed data), UnsafeContent (escaping or repeated paths),
    // TooLarge, UnsupportedVersion, BadSignature, Io (the file cannot be read), Invalid (no key nor passphrase).
    OpenedShare open(const QString& path) const;
    OpenedShare openBytes(const QByteArray& file) const;

    // Maps an age failure to the share error a person acts on: a wrong key is not a damaged file.
    static ShareError fromAgeError(const AgeError& error);

private:
    QByteArray decrypt(const QByteArray& file) const;

    std::vector<AgeIdentity> m_identities;
    SecretBytes m_passphrase;
    bool m_hasPassphrase = false;
    int m_maxScryptLogN = SharePackage::MaxScryptLogN;
    std::optional<MinisignPublicKey> m_expectedSigner;
    QString m_expectedSignerName;
    Database* m_db = nullptr;
    bool m_recordExport = true;
};

} // namespace carnet
