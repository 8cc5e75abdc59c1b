// Writes the seed corpora of tests/fuzz/corpus from the format example in tests/data/share: the share itself and
// the same tar re-encrypted to the fuzz passphrase, the tar, age files (binary and armored, identity and
// passphrase), the signatures and signer key, bundle.json and an identity card. Run by hand when the format
// changes: carnet-fuzz-seeds tests/data/share tests/fuzz/corpus
#include "AgeDecryptor.h"
#include "AgeEncryptor.h"
#include "FuzzKeys.h"
#include "IdentityCard.h"
#include "MinisignPublicKey.h"
#include "SharePackage.h"
#include "TarArchive.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <cstdio>
#include <stdexcept>

using carnet::fuzz::FuzzKeys;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return file.readAll();
}

void writeFile(const QString& folder, const QString& name, const QByteArray& bytes)
{
    if (!QDir().mkpath(folder))
        throw std::runtime_error("cannot create " + folder.toStdString());
    QFile file(folder + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + file.fileName().toStdString());
}

QByteArray encryptToPassphrase(const QByteArray& plaintext, bool armored)
{
    carnet::AgeEncryptor encryptor = carnet::AgeEncryptor::forPassphrase(FuzzKeys::passphrase(), FuzzKeys::ScryptLogN);
    encryptor.setArmored(armored);
    return encryptor.encrypt(plaintext);
}

QByteArray encryptToIdentity(const QByteArray& plaintext, bool armored)
{
    carnet::AgeEncryptor encryptor = carnet::AgeEncryptor::forRecipients({FuzzKeys::identity().recipient()});
    encryptor.setArmored(armored);
    return encryptor.encrypt(plaintext);
}

void writeSeeds(const QString& exampleFolder, const QString& corpus)
{
    const QByteArray share = readFile(exampleFolder + QStringLiteral("/example.carnet-share"));
    carnet::AgeDecryptor decryptor;
    decryptor.addIdentity(FuzzKeys::identity());
    const QByteArray tar = decryptor.decrypt(share);
    QByteArray bundle;
    QByteArray signerKey;
    const QString minisign = corpus + QStringLiteral("/FuzzMinisign");
    for (const carnet::TarArchive::Member& member : carnet::TarArchive::read(tar, carnet::SharePackage::limits())) {
        if (member.path == QLatin1String(carnet::SharePackage::BundleFile))
            bundle = member.data;
        else if (member.path == QLatin1String(carnet::SharePackage::SignerKeyFile))
            signerKey = member.data;
        if (member.path == QLatin1String(carnet::SharePackage::SignerKeyFile)
            || member.path.endsWith(QLatin1String(carnet::SharePackage::SignatureSuffix)))
            writeFile(minisign, member.path, member.data);
    }
    const carnet::MinisignPublicKey key = carnet::MinisignPublicKey::parse(signerKey);
    writeFile(minisign, QStringLiteral("signer-base64.txt"), key.toBase64());

    writeFile(corpus + QStringLiteral("/FuzzSharePackage"), QStringLiteral("identity.carnet-share"), share);
    writeFile(corpus + QStringLiteral("/FuzzSharePackage"), QStringLiteral("passphrase.carnet-share"),
              encryptToPassphrase(tar, false));
    writeFile(corpus + QStringLiteral("/FuzzTarArchive"), QStringLiteral("share.tar"), tar);
    const QString age = corpus + QStringLiteral("/FuzzAgeFile");
    const QByteArray note("A short note.\n");
    writeFile(age, QStringLiteral("identity.age"), encryptToIdentity(note, false));
    writeFile(age, QStringLiteral("identity-armored.age"), encryptToIdentity(note, true));
    writeFile(age, QStringLiteral("passphrase.age"), encryptToPassphrase(note, false));
    writeFile(age, QStringLiteral("passphrase-armored.age"), encryptToPassphrase(note, true));
    writeFile(age, QStringLiteral("empty.age"), encryptToIdentity(QByteArray(), false));
    writeFile(corpus + QStringLiteral("/FuzzFhirShareBundle"), QStringLiteral("bundle.json"), bundle);
    const carnet::IdentityCard card(FuzzKeys::identity().recipient(), key);
    writeFile(corpus + QStringLiteral("/FuzzIdentityCard"), QStringLiteral("card.txt"), card.toText().toUtf8());
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: carnet-fuzz-seeds EXAMPLE_FOLDER CORPUS_FOLDER\n");
        return 2;
    }
    try {
        writeSeeds(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]));
    } catch (const std::exception& error) {
        std::fprintf(stderr, "carnet-fuzz-seeds: %s\n", error.what());
        return 1;
    }
    return 0;
}
