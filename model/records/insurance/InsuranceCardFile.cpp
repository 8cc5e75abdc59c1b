#include "InsuranceCardFile.h"

#include "MediaFile.h"
#include "RecordError.h"

#include <QFile>
#include <QFileInfo>

namespace carnet {

namespace {

[[noreturn]] void refuseSize(const QString& name, qint64 size)
{
    throw RecordError(RecordError::Kind::TooLarge,
                      InsuranceCardFile::tr("%1 is %2 MiB; a card photo can be at most %3 MiB.")
                          .arg(name)
                          .arg(static_cast<double>(size) / (1024.0 * 1024.0), 0, 'f', 1)
                          .arg(MediaFile::MaxBytes / (1024 * 1024)));
}

} // namespace

InsuranceRepository::CardUpload InsuranceCardFile::read(const QString& path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        throw RecordError(RecordError::Kind::NotFound, tr("%1 does not exist.").arg(name));
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        throw RecordError(RecordError::Kind::Invalid, tr("%1 could not be read: %2").arg(name, file.errorString()));
    if (file.size() > MediaFile::MaxBytes)
        refuseSize(name, file.size());
    // One byte past the limit: a file that grew since the size was read is still refused.
    const QByteArray bytes = file.read(MediaFile::MaxBytes + 1);
    if (bytes.size() > MediaFile::MaxBytes)
        refuseSize(name, bytes.size());
    if (file.error() != QFileDevice::NoError)
        throw RecordError(RecordError::Kind::Invalid, tr("%1 could not be read: %2").arg(name, file.errorString()));
    return {bytes, name};
}

} // namespace carnet
