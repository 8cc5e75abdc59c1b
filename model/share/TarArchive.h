#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <vector>

namespace carnet {

// The tar inside a share package, built and read in memory with libarchive. Reading treats the archive as hostile:
// only plain files with short, relative, unique paths, within size limits, from an archive that is not truncated.
class TarArchive
{
    Q_DECLARE_TR_FUNCTIONS(TarArchive)

public:
    struct Member
    {
        QString path;
        QByteArray data;
    };

    struct Limits
    {
        qint64 maxMemberBytes = 64 * 1024 * 1024;
        qint64 maxTotalBytes = 256 * 1024 * 1024;
        int maxMembers = 4096;
    };

    // Members are written in the given order as POSIX (pax) entries, mode 0644, all with the same mtime so that
    // nothing about the patient's machine (user, group, umask, clock skew between files) leaks into the package.
    static QByteArray write(const std::vector<Member>& members, const QDateTime& mtime);

    // Throws ShareError: Malformed (not a tar, truncated), UnsafeContent (escaping, absolute, duplicate or non-file
    // entries), TooLarge (past the limits).
    static std::vector<Member> read(const QByteArray& tar, const Limits& limits);
    static std::vector<Member> read(const QByteArray& tar) { return read(tar, Limits()); }

    // A path a reader may create under its own folder: relative, no "..", ".", empty or backslash parts.
    static bool isSafePath(const QString& path);
};

} // namespace carnet
