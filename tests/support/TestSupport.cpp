#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringConverter>

namespace carnet::testsupport {

QString testDataDir()
{
    return qEnvironmentVariable("CARNET_TEST_DATA");
}

QString sharedTestDataDir()
{
    return qEnvironmentVariable("CARNET_SHARED_TESTDATA");
}

QStringList filesBelow(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QMap<QString, QByteArray> fileDigests(const QString& dir)
{
    QMap<QString, QByteArray> digests;
    for (const QString& path : filesBelow(dir))
        digests.insert(path, QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256));
    return digests;
}

bool anyFileContains(const QString& dir, const QString& needle, QString* foundIn)
{
    const QByteArray utf8 = needle.toUtf8();
    auto encode = [&](QStringConverter::Encoding encoding) {
        QStringEncoder encoder(encoding, QStringConverter::Flag::Stateless);
        return QByteArray(encoder.encode(needle));
    };
    const QByteArray utf16le = encode(QStringConverter::Utf16LE);
    const QByteArray utf16be = encode(QStringConverter::Utf16BE);
    for (const QString& path : filesBelow(dir)) {
        const QByteArray content = readFile(path);
        if (content.contains(utf8) || content.contains(utf16le) || content.contains(utf16be)) {
            if (foundIn)
                *foundIn = path;
            return true;
        }
    }
    return false;
}

} // namespace carnet::testsupport
