#include "ShareReadme.h"

#include "SharePackage.h"

namespace carnet {

QByteArray ShareReadme::render(const ShareManifest& manifest, const MinisignPublicKey& signer,
                               const QString& packageFileName, bool passphrase)
{
    const QString file = packageFileName.isEmpty() ? QStringLiteral("share.carnet-share") : packageFileName;
    const QString key = QString::fromLatin1(signer.toBase64());
    QString text;
    text += tr("Carnet share package") + QLatin1Char('\n');
    text += QStringLiteral("====================\n\n");
    text += tr("A patient exported these files from Carnet, a personal health record, on %1\n"
               "(export id %2). They were encrypted with age and signed with minisign: only `age` and\n"
               "`minisign` are needed to open and check them.\n\n")
                .arg(manifest.created.toUTC().toString(Qt::ISODate), manifest.exportId);
    text += tr("Files\n-----\n");
    text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(SharePackage::BundleFile).leftJustified(14),
                                            tr("the records: a FHIR R4 Bundle of type \"document\" (JSON)"));
    text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(SharePackage::SummaryFile).leftJustified(14),
                                            tr("the same records as a web page, for any browser"));
    text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(SharePackage::ReadmeFile).leftJustified(14), tr("this file"));
    text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(SharePackage::SignerKeyFile).leftJustified(14),
                                            tr("the minisign public key that signed them"));
    text += QStringLiteral("  %1  %2\n\n").arg(QStringLiteral("*.minisig").leftJustified(14),
                                              tr("one minisign signature for each file above"));

    text += tr("1. Decrypt\n----------\n");
    if (passphrase)
        text += tr("This package was encrypted to a one-time passphrase; the patient gave it to you separately.\n"
                   "age asks for it:\n\n    age -d -o share.tar %1\n\n")
                    .arg(file);
    else
        text += tr("This package was encrypted to your age key. With your identity file (key.txt, from age-keygen):\n\n"
                   "    age -d -i key.txt -o share.tar %1\n\n")
                    .arg(file);
    text += tr("Then unpack it into a new folder:\n\n    mkdir share && tar -xf share.tar -C share && cd share\n\n");
    text += tr("Carnet does this and every check below in one step:\n\n    carnet-cli share open %1 %2\n\n")
                .arg(file, passphrase ? QStringLiteral("--passphrase") : QStringLiteral("--identity VAULT"));

    text += tr("2. Verify\n---------\n");
    text += tr("Each file must verify with the patient's key; minisign then prints the same trusted comment for all:\n\n");
    for (const char* signedFile : {SharePackage::BundleFile, SharePackage::SummaryFile, SharePackage::ReadmeFile,
                                   SharePackage::SignerKeyFile})
        text += QStringLiteral("    minisign -Vm %1 -P %2\n").arg(QLatin1String(signedFile), key);
    text += QLatin1Char('\n');
    text += tr("Signer's minisign public key:  %1\n").arg(key);
    text += tr("Signer's minisign key id:      %1\n").arg(signer.keyIdHex());
    text += tr("Signer's Carnet fingerprint:   %1\n\n").arg(manifest.signerFingerprint);
    text += tr("The key above came inside this package: it proves that the files were not changed after they were\n"
               "signed, not who signed them. Compare it (or the fingerprint) with the one the patient gave you, or\n"
               "verify with the key you already hold for them. In Carnet the patient finds both under their\n"
               "identity (`carnet-cli identity show VAULT`).\n\n");
    text += tr("The trusted comment is one line of JSON: format version, export id, creation time (UTC), the signer's\n"
               "fingerprint, the recipients' fingerprints (or \"passphrase\"), the number of shared records, and\n"
               "the file it covers.\n");
    return text.toUtf8();
}

} // namespace carnet
