#pragma once

#include <QByteArray>
#include <QString>

namespace carnet {

// Tells from the age header alone how a .carnet-share is locked, so the app asks for a passphrase only when one can
// open it, and says "unlock your vault first" for a share made for a key. Nothing is decrypted or trusted here.
class SharePackageProbe
{
public:
    enum class Lock {
        Passphrase, // one scrypt stanza: a one-time passphrase opens it
        Keys, // age recipients' keys (X25519): a vault's own key opens it
        Unknown, // not a binary age file, or unreadable: let the reader say why
    };

    static Lock lockOf(const QString& path);
    static Lock lockOfBytes(const QByteArray& file);
};

} // namespace carnet
