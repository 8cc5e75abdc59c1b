#pragma once

#include "TarArchive.h"

#include <QStringList>

namespace carnet {

// The layout of a .carnet-share file that writer and reader both follow: member names and order, and the limits a
// reader enforces before it trusts anything.
class SharePackage
{
public:
    static constexpr char FileExtension[] = "carnet-share";
    static constexpr char BundleFile[] = "bundle.json";
    static constexpr char SummaryFile[] = "summary.html";
    static constexpr char ReadmeFile[] = "README.txt";
    static constexpr char SignerKeyFile[] = "signer.pub";
    static constexpr char SignatureSuffix[] = ".minisig";

    // A whole package, encrypted; a share holds text only, so this is far above any real one.
    static constexpr qint64 MaxPackageBytes = 96LL * 1024 * 1024;
    static constexpr qint64 MaxMemberBytes = 32LL * 1024 * 1024;
    static constexpr int MaxRecipients = 32;
    // scrypt work factor a reader accepts: Carnet writes 18 (age's default); 20 already needs 1 GiB of memory.
    static constexpr int MaxScryptLogN = 20;

    // The signed files, in package order: each is followed in the tar by its .minisig.
    static QStringList signedFiles()
    {
        return {QLatin1String(BundleFile), QLatin1String(SummaryFile), QLatin1String(ReadmeFile),
                QLatin1String(SignerKeyFile)};
    }
    static QString signatureFileFor(const QString& file) { return file + QLatin1String(SignatureSuffix); }
    // All eight members, in tar order.
    static QStringList memberNames()
    {
        QStringList names;
        for (const QString& file : signedFiles())
            names << file << signatureFileFor(file);
        return names;
    }

    static TarArchive::Limits limits()
    {
        TarArchive::Limits limits;
        limits.maxMemberBytes = MaxMemberBytes;
        limits.maxTotalBytes = MaxPackageBytes;
        limits.maxMembers = 64; // more than the eight expected, so extra members are reported as such
        return limits;
    }
};

} // namespace carnet
