#include "TarArchive.h"

#include "ShareError.h"

#include <archive.h>
#include <archive_entry.h>

#include <QSet>

#include <memory>

namespace carnet {

namespace {

struct ArchiveDeleter
{
    void operator()(archive* a) const { archive_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

struct EntryDeleter
{
    void operator()(archive_entry* e) const { archive_entry_free(e); }
};
using EntryPtr = std::unique_ptr<archive_entry, EntryDeleter>;

la_ssize_t appendToBuffer(archive*, void* clientData, const void* buffer, size_t length)
{
    static_cast<QByteArray*>(clientData)->append(static_cast<const char*>(buffer), static_cast<qsizetype>(length));
    return static_cast<la_ssize_t>(length);
}

QString archiveMessage(archive* a)
{
    const char* text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : QString();
}

} // namespace

bool TarArchive::isSafePath(const QString& path)
{
    if (path.isEmpty() || path.size() > 255 || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return false;
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c == QChar(0x7f))
            return false;
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    // A drive letter would make the path absolute on Windows.
    return !(parts.first().size() == 2 && parts.first().at(1) == QLatin1Char(':'));
}

QByteArray TarArchive::write(const std::vector<Member>& members, const QDateTime& mtime)
{
    QByteArray out;
    ArchivePtr writer(archive_write_new());
    if (!writer || archive_write_set_format_pax_restricted(writer.get()) != ARCHIVE_OK
        || archive_write_set_bytes_in_last_block(writer.get(), 1) != ARCHIVE_OK
        || archive_write_open(writer.get(), &out, nullptr, appendToBuffer, nullptr) != ARCHIVE_OK)
        throw ShareError(ShareError::Kind::Io, tr("Could not start the archive: %1").arg(archiveMessage(writer.get())));

    QSet<QString> seen;
    for (const Member& member : members) {
        if (!isSafePath(member.path) || seen.contains(member.path))
            throw ShareError(ShareError::Kind::UnsafeContent, tr("Refusing to write the member \"%1\".").arg(member.path));
        seen.insert(member.path);
        EntryPtr entry(archive_entry_new());
        archive_entry_set_pathname_utf8(entry.get(), member.path.toUtf8().constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), member.data.size());
        archive_entry_set_mtime(entry.get(), mtime.toSecsSinceEpoch(), 0);
        if (archive_write_header(writer.get(), entry.get()) != ARCHIVE_OK
            || archive_write_data(writer.get(), member.data.constData(), static_cast<size_t>(member.data.size()))
                   != member.data.size())
            throw ShareError(ShareError::Kind::Io,
                             tr("Could not add %1 to the archive: %2").arg(member.path, archiveMessage(writer.get())));
    }
    if (archive_write_close(writer.get()) != ARCHIVE_OK)
        throw ShareError(ShareError::Kind::Io, tr("Could not finish the archive: %1").arg(archiveMessage(writer.get())));
    return out;
}

std::vector<TarArchive::Member> TarArchive::read(const QByteArray& tar, const Limits& limits)
{
    // Tar only, no compression filters: a share is small, and a filter would open the door to decompression bombs.
    ArchivePtr reader(archive_read_new());
    if (!reader || archive_read_support_format_tar(reader.get()) != ARCHIVE_OK
        || archive_read_open_memory(reader.get(), tar.constData(), static_cast<size_t>(tar.size())) != ARCHIVE_OK)
        throw ShareError(ShareError::Kind::Malformed, tr("The package's contents are not a valid archive."));

    std::vector<Member> members;
    QSet<QString> seen;
    qint64 total = 0;
    for (;;) {
        archive_entry* entry = nullptr;
        const int rc = archive_read_next_header(reader.get(), &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc != ARCHIVE_OK)
            throw ShareError(ShareError::Kind::Malformed,
                             tr("The package's archive is damaged: %1").arg(archiveMessage(reader.get())));
        const char* rawPath = archive_entry_pathname_utf8(entry);
        const QString path = rawPath ? QString::fromUtf8(rawPath) : QString();
        if (archive_entry_filetype(entry) != AE_IFREG || archive_entry_hardlink(entry) || archive_entry_symlink(entry))
            throw ShareError(ShareError::Kind::UnsafeContent,
                             tr("The package contains \"%1\", which is not a plain file.").arg(path));
        if (!isSafePath(path))
            throw ShareError(ShareError::Kind::UnsafeContent,
                             tr("The package contains the unsafe path \"%1\".").arg(path));
        if (seen.contains(path))
            throw ShareError(ShareError::Kind::UnsafeContent, tr("The package contains \"%1\" twice.").arg(path));
        if (static_cast<int>(members.size()) >= limits.maxMembers)
            throw ShareError(ShareError::Kind::TooLarge, tr("The package contains too many files."));
        const la_int64_t size = archive_entry_size(entry);
        if (!archive_entry_size_is_set(entry) || size < 0 || size > limits.maxMemberBytes
            || total + size > limits.maxTotalBytes)
            throw ShareError(ShareError::Kind::TooLarge, tr("\"%1\" in the package is too large.").arg(path));
        seen.insert(path);

        Member member{path, QByteArray(static_cast<qsizetype>(size), Qt::Uninitialized)};
        qint64 done = 0;
        while (done < size) {
            const la_ssize_t n = archive_read_data(reader.get(), member.data.data() + done, static_cast<size_t>(size - done));
            if (n <= 0)
                throw ShareError(ShareError::Kind::Malformed, tr("\"%1\" in the package is truncated.").arg(path));
            done += n;
        }
        total += size;
        members.push_back(std::move(member));
    }
    return members;
}

} // namespace carnet
