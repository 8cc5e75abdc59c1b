#include "MediaFile.h"
#include "RecordError.h"

#include <QBuffer>
#include <QImage>
#include <QTest>

using namespace carnet;

namespace {

// A real JPEG from Qt's encoder, with an EXIF APP1 segment (carrying a GPS-like marker) and a comment inserted
// right after SOI, as a phone camera would write them.
QByteArray jpegWithMetadata()
{
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray encoded;
    QBuffer buffer(&encoded);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    const QByteArray exifBody = QByteArrayLiteral("Exif\0\0GPSLatitude=48.8566;GPSLongitude=2.3522");
    QByteArray app1 = QByteArrayLiteral("\xFF\xE1");
    app1.append(char((exifBody.size() + 2) >> 8)).append(char((exifBody.size() + 2) & 0xFF)).append(exifBody);
    const QByteArray commentBody = QByteArrayLiteral("taken at home");
    QByteArray com = QByteArrayLiteral("\xFF\xFE");
    com.append(char(0)).append(char(commentBody.size() + 2)).append(commentBody);
    return encoded.left(2) + app1 + com + encoded.mid(2);
}

} // namespace

class TestMediaFile : public QObject
{
    Q_OBJECT

private slots:
    void detectsTypeFromBytes()
    {
        QCOMPARE(MediaFile::detect(jpegWithMetadata()), MediaFile::Type::Jpeg);
        QCOMPARE(MediaFile::detect(QByteArrayLiteral("\x89PNG\r\n\x1a\n....")), MediaFile::Type::Png);
        QCOMPARE(MediaFile::detect(QByteArrayLiteral("%PDF-1.7\n")), MediaFile::Type::Pdf);
        QCOMPARE(MediaFile::detect(QByteArrayLiteral("GIF89a")), MediaFile::Type::Unknown);
        QCOMPARE(MediaFile::detect({}), MediaFile::Type::Unknown);
        QCOMPARE(MediaFile::mimeType(MediaFile::Type::Pdf), QStringLiteral("application/pdf"));
    }

    void stripsExifAndCommentsButKeepsTheImage()
    {
        const QByteArray original = jpegWithMetadata();
        QVERIFY(original.contains("GPSLatitude"));
        const QByteArray stored = MediaFile::sanitized(original, QStringLiteral("photo.jpg"));
        QVERIFY(!stored.contains("GPSLatitude"));
        QVERIFY(!stored.contains("Exif"));
        QVERIFY(!stored.contains("taken at home"));
        QVERIFY(stored.size() < original.size());
        QImage decoded;
        QVERIFY(decoded.loadFromData(stored, "JPEG"));
        QCOMPARE(decoded.size(), QSize(16, 16));
        // Stripping is idempotent.
        QCOMPARE(MediaFile::stripJpegMetadata(stored), stored);
    }

    void refusesDamagedJpeg()
    {
        const QByteArray original = jpegWithMetadata();
        QVERIFY_THROWS_EXCEPTION(RecordError, MediaFile::stripJpegMetadata(original.left(40)));
        QByteArray badLength = original;
        badLength[4] = char(0xFF); // APP1 length now runs past the end
        badLength[5] = char(0xFF);
        QVERIFY_THROWS_EXCEPTION(RecordError, MediaFile::stripJpegMetadata(badLength));
    }

    void refusesUnknownTypesAndOversizeFilesByName()
    {
        try {
            MediaFile::sanitized(QByteArrayLiteral("MZ\x90\x00 not an image"), QStringLiteral("setup.exe"));
            QFAIL("an executable was accepted");
        } catch (const RecordError& error) {
            QCOMPARE(error.kind(), RecordError::Kind::Invalid);
            QVERIFY(error.message().contains(QStringLiteral("setup.exe")));
        }
        QByteArray huge(MediaFile::MaxBytes + 1, 'x');
        huge.replace(0, 5, "%PDF-");
        try {
            MediaFile::sanitized(huge, QStringLiteral("scan.pdf"));
            QFAIL("an oversize file was accepted");
        } catch (const RecordError& error) {
            QCOMPARE(error.kind(), RecordError::Kind::TooLarge);
            QVERIFY(error.message().contains(QStringLiteral("scan.pdf")));
        }
        const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n%%EOF\n");
        QCOMPARE(MediaFile::sanitized(pdf, QStringLiteral("letter.pdf")), pdf);
    }
};

QTEST_GUILESS_MAIN(TestMediaFile)
#include "TestMediaFile.moc"
