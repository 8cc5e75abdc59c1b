#pragma once

#include "MinisignPublicKey.h"
#include "ShareManifest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace carnet {

// README.txt: how to decrypt and check a share with only `age` and `minisign`, with the exact commands, the
// signer's minisign public key and its fingerprint.
class ShareReadme
{
    Q_DECLARE_TR_FUNCTIONS(ShareReadme)

public:
    static QByteArray render(const ShareManifest& manifest, const MinisignPublicKey& signer,
                             const QString& packageFileName, bool passphrase);
};

} // namespace carnet
