#include "ShareError.h"
#include "TarArchive.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace carnet;

namespace {

const QDateTime Epoch = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);

// Writes a tar whose entries a Carnet writer would refuse to produce (to test the reader against hostile input).
QByteArray rawTar(const QList<QPair<QByteArray, int>>& entries, const QByteArray& data = "x")
{
    QByteArray out(1 << 16, '\0');
    size_t used = 0;
    archive* a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_open_memory(a, out.data(), static_cast<size_t>(out.size()), &used);
    for (const auto& [path, type] : entries) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, path.constData());
        archive_entry_set_filetype(e, static_cast<unsigned>(type));
        archive_entry_set_perm(e, 0644);
        if (type == AE_IFLNK)
            archive_entry_set_symlink(e, "/etc/passwd");
        archive_entry_set_size(e, type == AE_IFREG ? data.size() : 0);
        archive_write_header(a, e);
        if (type == AE_IFREG)
            archive_write_data(a, data.constData(), static_cast<size_t>(data.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    out.truncate(static_cast<qsizetype>(used));
    return out;
}

ShareError::Kind readError(const QByteArray& tar, const TarArchive::Limits& limits = {})
{
    try {
        TarArchive::read(tar, limits);
    } catch (const ShareError& error) {
        return error.kind();
    }
    return ShareError::Kind::Io; // stands for "no error" here: no reader path throws Io
}

} // namespace

class TestTarArchive : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsOrderAndBytes()
    {
        QByteArray binary(70000, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = static_cast<char>(i * 31);
        const std::vector<TarArchive::Member> members{
            {QStringLiteral("bundle.json"), QByteArrayLiteral("{\"resourceType\":\"Bundle\"}")},
            {QStringLiteral("bundle.json.minisig"), QByteArrayLiteral("untrusted comment: x\n")},
            {QStringLiteral("attachments/scan.pdf"), binary},
            {QStringLiteral("empty.txt"), QByteArray()},
        };
        const QByteArray tar = TarArchive::write(members, Epoch);
        QCOMPARE(tar.size() % 512, 0);
        const auto read = TarArchive::read(tar);
        QCOMPARE(read.size(), members.size());
        for (std::size_t i = 0; i < members.size(); ++i) {
            QCOMPARE(read[i].path, members[i].path);
            QCOMPARE(read[i].data, members[i].data);
        }
        // Same input, same bytes: nothing of the writing machine or moment gets in.
        QCOMPARE(TarArchive::write(members, Epoch), tar);
    }

    void standardTarReadsIt()
    {
        QTemporaryDir dir;
        const QByteArray tar = TarArchive::write({{QStringLiteral("README.txt"), QByteArrayLiteral("hello\n")}}, Epoch);
        QFile file(dir.filePath(QStringLiteral("p.tar")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(tar);
        file.close();
        QProcess tarTool;
        tarTool.start(QStringLiteral("tar"), {QStringLiteral("-tvf"), file.fileName()});
        QVERIFY(tarTool.waitForFinished());
        QCOMPARE(tarTool.exitCode(), 0);
        const QByteArray listing = tarTool.readAllStandardOutput();
        QVERIFY(listing.contains("README.txt"));
        QVERIFY(listing.contains("-rw-r--r--"));
    }

    void refusesUnsafePaths()
    {
        for (const char* path : {"../evil", "/etc/passwd", "a/../../b", "./x", "a//b", "C:/x", "a\\b", "dir/"}) {
            QVERIFY2(!TarArchive::isSafePath(QString::fromLatin1(path)), path);
            QCOMPARE(readError(rawTar({{QByteArray(path), AE_IFREG}})), ShareError::Kind::UnsafeContent);
        }
        QVERIFY(TarArchive::isSafePath(QStringLiteral("attachments/scan 1.pdf")));
        QVERIFY_THROWS_EXCEPTION(ShareError, TarArchive::write({{QStringLiteral("../x"), {}}}, Epoch));
    }

    void refusesDuplicatesLinksAndDevices()
    {
        QCOMPARE(readError(rawTar({{"bundle.json", AE_IFREG}, {"bundle.json", AE_IFREG}})),
                 ShareError::Kind::UnsafeContent);
        QCOMPARE(readError(rawTar({{"link", AE_IFLNK}})), ShareError::Kind::UnsafeContent);
        QCOMPARE(readError(rawTar({{"dir", AE_IFDIR}})), ShareError::Kind::UnsafeContent);
        QCOMPARE(readError(rawTar({{"fifo", AE_IFIFO}})), ShareError::Kind::UnsafeContent);
    }

    void refusesOversizeMembersAndTooMany()
    {
        TarArchive::Limits small;
        small.maxMemberBytes = 10;
        QCOMPARE(readError(rawTar({{"big", AE_IFREG}}, QByteArray(11, 'a')), small), ShareError::Kind::TooLarge);
        QCOMPARE(readError(rawTar({{"ok", AE_IFREG}}, QByteArray(10, 'a')), small), ShareError::Kind::Io);
        TarArchive::Limits few;
        few.maxMembers = 1;
        QCOMPARE(readError(rawTar({{"a", AE_IFREG}, {"b", AE_IFREG}}), few), ShareError::Kind::TooLarge);
        TarArchive::Limits total;
        total.maxTotalBytes = 15;
        QCOMPARE(readError(rawTar({{"a", AE_IFREG}, {"b", AE_IFREG}}, QByteArray(8, 'a')), total),
                 ShareError::Kind::TooLarge);
    }

    void refusesTruncatedAndGarbage()
    {
        const QByteArray tar =
            TarArchive::write({{QStringLiteral("bundle.json"), QByteArray(3000, 'j')}}, Epoch);
        QCOMPARE(readError(tar.left(512 + 1000)), ShareError::Kind::Malformed);
        QCOMPARE(readError(tar.left(300)), ShareError::Kind::Malformed);
        QCOMPARE(readError(QByteArray(2048, 'z')), ShareError::Kind::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestTarArchive)
#include "TestTarArchive.moc"
