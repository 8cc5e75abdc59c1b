#include "QrCodeImage.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <vector>

using namespace carnet;

namespace {

// The symbol read back from the image, one bool per module (true = dark), after checking every module is one flat
// colour: pure black or pure white across all its pixels.
struct Matrix
{
    int size = 0;
    std::vector<bool> dark;
    bool at(int row, int column) const { return dark[static_cast<std::size_t>(row * size + column)]; }
};

bool readMatrix(const QrCodeImage::Result& qr, Matrix* out, QString* problem)
{
    const int quiet = QrCodeImage::QuietZoneModules;
    const int total = qr.modules + 2 * quiet;
    if (qr.image.width() != total * qr.scale || qr.image.height() != total * qr.scale) {
        *problem = QStringLiteral("image is %1x%2, expected %3 px square")
                       .arg(qr.image.width())
                       .arg(qr.image.height())
                       .arg(total * qr.scale);
        return false;
    }
    out->size = qr.modules;
    out->dark.assign(static_cast<std::size_t>(qr.modules * qr.modules), false);
    for (int my = 0; my < total; ++my) {
        for (int mx = 0; mx < total; ++mx) {
            const QRgb first = qr.image.pixel(mx * qr.scale, my * qr.scale);
            if (first != qRgb(0, 0, 0) && first != qRgb(255, 255, 255)) {
                *problem = QStringLiteral("module %1,%2 is grey").arg(mx).arg(my);
                return false;
            }
            for (int py = 0; py < qr.scale; ++py) {
                for (int px = 0; px < qr.scale; ++px) {
                    if (qr.image.pixel(mx * qr.scale + px, my * qr.scale + py) != first) {
                        *problem = QStringLiteral("module %1,%2 is not one colour").arg(mx).arg(my);
                        return false;
                    }
                }
            }
            const bool isDark = first == qRgb(0, 0, 0);
            const bool inQuietZone = mx < quiet || my < quiet || mx >= total - quiet || my >= total - quiet;
            if (inQuietZone) {
                if (isDark) {
                    *problem = QStringLiteral("quiet zone module %1,%2 is dark").arg(mx).arg(my);
                    return false;
                }
                continue;
            }
            out->dark[static_cast<std::size_t>((my - quiet) * qr.modules + (mx - quiet))] = isDark;
        }
    }
    return true;
}

// A finder pattern: 7x7 with a dark ring, a light ring and a dark 3x3 core, and a light separator around it.
bool isFinderAt(const Matrix& m, int top, int left)
{
    for (int r = -1; r <= 7; ++r) {
        for (int c = -1; c <= 7; ++c) {
            const int row = top + r;
            const int column = left + c;
            if (row < 0 || column < 0 || row >= m.size || column >= m.size)
                continue;
            bool expected;
            if (r == -1 || r == 7 || c == -1 || c == 7)
                expected = false; // separator
            else if (r == 0 || r == 6 || c == 0 || c == 6)
                expected = true;
            else if (r == 1 || r == 5 || c == 1 || c == 5)
                expected = false;
            else
                expected = true;
            if (m.at(row, column) != expected)
                return false;
        }
    }
    return true;
}

// The 15 format bits (ISO/IEC 18004, 7.9), from the copy around the top-left finder and the one split between the
// other two; bit i of the result is format bit i.
int formatBits(const Matrix& m, bool secondCopy)
{
    int bits = 0;
    auto set = [&bits](int i, bool dark) {
        if (dark)
            bits |= 1 << i;
    };
    if (!secondCopy) {
        for (int i = 0; i <= 5; ++i)
            set(i, m.at(i, 8));
        set(6, m.at(7, 8));
        set(7, m.at(8, 8));
        set(8, m.at(8, 7));
        for (int i = 9; i < 15; ++i)
            set(i, m.at(8, 14 - i));
    } else {
        for (int i = 0; i < 8; ++i)
            set(i, m.at(8, m.size - 1 - i));
        for (int i = 8; i < 15; ++i)
            set(i, m.at(m.size - 15 + i, 8));
    }
    return bits;
}

// The format bits' BCH(15,5) code check: the remainder the generator 0x537 leaves.
int bchRemainder(int data)
{
    int rem = data;
    for (int i = 0; i < 10; ++i)
        rem = (rem << 1) ^ ((rem >> 9) * 0x537);
    return rem & 0x3ff;
}

QrCodeImage::Result encodeChecked(const QString& text, int scale, Matrix* matrix)
{
    const QrCodeImage::Result qr = QrCodeImage::encode(text, scale);
    QString problem;
    if (!qr.ok() || !readMatrix(qr, matrix, &problem))
        qWarning("%s", qPrintable(qr.ok() ? problem : qr.error));
    return qr;
}

} // namespace

// QR codes as the Sharing view draws them, checked for structure since no decoder is linked: size per version,
// finder and timing patterns, format bits saying level M, a white quiet zone, sharp modules, stable output.
class TestQrCodeImage : public QObject
{
    Q_OBJECT

private slots:
    void hasTheStructureOfAQrCode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scale");
        QTest::newRow("short") << QStringLiteral("hello") << 1;
        QTest::newRow("scaled") << QStringLiteral("carnet") << 5;
        QTest::newRow("identity card size") << QString(230, QLatin1Char('k')) << 3;
        QTest::newRow("unicode") << QStringLiteral("Müller · ärztliche Praxis · 東京") << 2;
    }

    void hasTheStructureOfAQrCode()
    {
        QFETCH(QString, text);
        QFETCH(int, scale);
        Matrix m;
        const QrCodeImage::Result qr = encodeChecked(text, scale, &m);
        QVERIFY2(qr.ok(), qPrintable(qr.error));
        QVERIFY(qr.error.isEmpty());
        QCOMPARE(qr.scale, scale);
        QVERIFY(qr.version >= 1 && qr.version <= 40);
        QCOMPARE(qr.modules, 17 + 4 * qr.version);
        QCOMPARE(m.size, qr.modules); // readMatrix checked the quiet zone and that every module is flat
        QVERIFY(qr.image.width() == qr.image.height());

        QVERIFY(isFinderAt(m, 0, 0));
        QVERIFY(isFinderAt(m, 0, m.size - 7));
        QVERIFY(isFinderAt(m, m.size - 7, 0));
        QVERIFY(!isFinderAt(m, m.size - 7, m.size - 7));
        // Timing patterns alternate between the finders, starting dark.
        for (int i = 8; i < m.size - 8; ++i) {
            QCOMPARE(m.at(6, i), i % 2 == 0);
            QCOMPARE(m.at(i, 6), i % 2 == 0);
        }
        QVERIFY(m.at(m.size - 8, 8)); // the module that is always dark

        // Both copies of the format bits agree, are a valid BCH code word, and say error correction level M (00).
        const int first = formatBits(m, false);
        QCOMPARE(formatBits(m, true), first);
        const int unmasked = first ^ 0x5412;
        const int data = unmasked >> 10;
        QCOMPARE(unmasked & 0x3ff, bchRemainder(data));
        QCOMPARE(data >> 3, 0);
    }

    void choosesTheVersionLevelMNeeds()
    {
        // Byte-mode capacity at level M is 14 bytes in version 1 and 26 in version 2; at L version 1 holds 17,
        // at Q only 11: so 12 bytes need version 1 and 15 bytes version 2 exactly when the level is M.
        QCOMPARE(QrCodeImage::encode(QString(12, QLatin1Char('a')), 1).version, 1);
        QCOMPARE(QrCodeImage::encode(QString(14, QLatin1Char('a')), 1).version, 1);
        QCOMPARE(QrCodeImage::encode(QString(15, QLatin1Char('a')), 1).version, 2);
        // 8-bit mode even for digits, which numeric mode would fit in version 1.
        QCOMPARE(QrCodeImage::encode(QString(20, QLatin1Char('7')), 1).version, 2);
        QCOMPARE(QrCodeImage::encode(QString(2331, QLatin1Char('a')), 1).version, 40);
    }

    void isStable()
    {
        const QString text = QStringLiteral("carnet-identity:v1\nage:age1example\n");
        const QImage once = QrCodeImage::encode(text, 3).image;
        QCOMPARE(QrCodeImage::encode(text, 3).image, once);
        QVERIFY(QrCodeImage::encode(text + QLatin1Char('x'), 3).image != once);
        // Only the scale differs between scales.
        const QImage big = QrCodeImage::encode(text, 6).image;
        QCOMPARE(big.scaled(once.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation), once);
    }

    void refusesWhatItCannotEncode()
    {
        const QrCodeImage::Result tooLong = QrCodeImage::encode(QString(2332, QLatin1Char('a')), 2);
        QVERIFY(!tooLong.ok());
        QVERIFY(tooLong.image.isNull());
        QVERIFY2(tooLong.error.contains(QLatin1String("too long")), qPrintable(tooLong.error));
        // Multi-byte characters count as their UTF-8 bytes.
        QVERIFY(!QrCodeImage::encode(QString(1200, QChar(0x00e4)), 2).ok());
        const QrCodeImage::Result empty = QrCodeImage::encode(QString(), 2);
        QVERIFY(!empty.ok());
        QVERIFY(!empty.error.isEmpty());
        QVERIFY(!QrCodeImage::encode(QStringLiteral("x"), 0).ok());
        QVERIFY(!QrCodeImage::encode(QStringLiteral("x"), QrCodeImage::MaxScale + 1).ok());
    }

    // A real decoder reads it back, when zbarimg is installed.
    void decodesWithZbar()
    {
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbarimg.isEmpty())
            QSKIP("zbarimg (Debian zbar-tools) is not installed");
        const QString text
            = QStringLiteral("carnet-identity:v1\nage:age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p\n"
                             "note:Müller");
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("code.png"));
        QVERIFY(QrCodeImage::encode(text, 4).image.save(png));
        QProcess zbar;
        zbar.start(zbarimg, {QStringLiteral("--quiet"), QStringLiteral("--raw"), QStringLiteral("-Sbinary"), png});
        QVERIFY(zbar.waitForFinished(20000));
        QCOMPARE(zbar.exitCode(), 0);
        QByteArray out = zbar.readAllStandardOutput();
        if (out.endsWith('\n') && !text.endsWith(QLatin1Char('\n')))
            out.chop(1);
        QCOMPARE(QString::fromUtf8(out), text);
    }
};

QTEST_MAIN(TestQrCodeImage)
#include "TestQrCodeImage.moc"
