#include "AgeArmorReader.h"
#include "AgeArmorWriter.h"

#include <QBuffer>
#include <QtTest>

using carnet::AgeArmorReader;
using carnet::AgeArmorWriter;

namespace {

QByteArray sequence(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        data[i] = static_cast<char>((i * 29 + 11) & 0xff);
    }
    return data;
}

QByteArray armor(const QByteArray& data)
{
    QByteArray text;
    QBuffer out(&text);
    out.open(QIODevice::WriteOnly);
    AgeArmorWriter writer(out);
    writer.write(data);
    writer.finish();
    return text;
}

// What the reader yields, or nothing if it fails anywhere.
std::optional<QByteArray> dearmor(const QByteArray& text)
{
    QByteArray input = text;
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    AgeArmorReader reader(in);
    QByteArray data;
    char buffer[100];
    for (;;) {
        const qint64 got = reader.read(buffer, sizeof buffer);
        if (got < 0) {
            if (!reader.hasFailed()) {
                qFatal("read failed without hasFailed()");
            }
            return std::nullopt;
        }
        if (got == 0) {
            return data;
        }
        data.append(buffer, got);
    }
}

} // namespace

class TestAgeArmor : public QObject
{
    Q_OBJECT

private slots:
    void writerFormat()
    {
        QCOMPARE(armor("age"),
                 QByteArray("-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n"));
        QCOMPARE(armor("ag"),
                 QByteArray("-----BEGIN AGE ENCRYPTED FILE-----\nYWc=\n-----END AGE ENCRYPTED FILE-----\n"));
        // 48 bytes fill one 64-column line exactly; one more starts a padded line.
        const QList<QByteArray> full = armor(sequence(48)).split('\n');
        QCOMPARE(full.size(), 4);
        QCOMPARE(full.at(1).size(), 64);
        const QList<QByteArray> more = armor(sequence(49)).split('\n');
        QCOMPARE(more.size(), 5);
        QCOMPARE(more.at(2), sequence(49).mid(48).toBase64());
        QVERIFY(more.at(2).endsWith("=="));
    }

    void roundTrip()
    {
        for (const int size : {1, 2, 3, 47, 48, 49, 95, 96, 97, 1000, 70000}) {
            const QByteArray data = sequence(size);
            // Written in uneven pieces, as the payload writer does.
            QByteArray text;
            QBuffer out(&text);
            out.open(QIODevice::WriteOnly);
            AgeArmorWriter writer(out);
            for (qsizetype offset = 0; offset < data.size(); offset += 13) {
                writer.write(data.mid(offset, 13));
            }
            writer.finish();
            QCOMPARE(text, armor(data));
            QCOMPARE(dearmor(text), std::optional<QByteArray>(data));
            // CRLF line endings are accepted too.
            QByteArray crlf = text;
            crlf.replace("\n", "\r\n");
            QCOMPARE(dearmor(crlf), std::optional<QByteArray>(data));
            // So is whitespace around the block.
            QCOMPARE(dearmor(" \t\r\n" + text + "\n\n  "), std::optional<QByteArray>(data));
        }
    }

    void rejectsDeviations_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray begin = "-----BEGIN AGE ENCRYPTED FILE-----\n";
        const QByteArray end = "-----END AGE ENCRYPTED FILE-----\n";
        const QByteArray line = QByteArray(64, 'A') + '\n';
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("no data") << begin + end;
        QTest::newRow("no end") << begin + "YWdl\n";
        QTest::newRow("end without newline before") << begin + "YWdl" + end;
        QTest::newRow("text before") << "x\n" + begin + "YWdl\n" + end;
        QTest::newRow("text after") << begin + "YWdl\n" + end + "x";
        QTest::newRow("second block after") << begin + "YWdl\n" + end + begin + "YWdl\n" + end;
        QTest::newRow("short line then more") << begin + "YWdl\n" + "YWdl\n" + end;
        QTest::newRow("padded full line then more") << begin + QByteArray(60, 'A') + "AAA=\n" + "YWdl\n" + end;
        QTest::newRow("long line") << begin + QByteArray(68, 'A') + '\n' + end;
        QTest::newRow("missing padding") << begin + "YWc\n" + end;
        QTest::newRow("non-canonical padding bits") << begin + "YWd=\n" + end;
        QTest::newRow("empty line") << begin + line + '\n' + "YWdl\n" + end;
        QTest::newRow("space inside") << begin + "YW dl\n" + end;
        QTest::newRow("lower-case label") << QByteArray("-----BEGIN age ENCRYPTED FILE-----\nYWdl\n") + end;
        QTest::newRow("other label") << QByteArray("-----BEGIN PGP MESSAGE-----\nYWdl\n-----END PGP MESSAGE-----\n");
        QTest::newRow("mismatched end") << begin + "YWdl\n" + "-----END PGP MESSAGE-----\n";
        QTest::newRow("bare carriage return") << begin + "YWdl\r" + end;
        QTest::newRow("NUL byte") << begin + QByteArray("YW\0l\n", 5) + end;
    }

    void rejectsDeviations()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!dearmor(text).has_value());
    }

    void writerRefusesWritesAfterFinish()
    {
        QByteArray text;
        QBuffer out(&text);
        out.open(QIODevice::WriteOnly);
        AgeArmorWriter writer(out);
        writer.write("abc");
        writer.finish();
        const QByteArray finished = text;
        QCOMPARE(writer.write("more"), qint64(-1));
        writer.finish();
        QCOMPARE(text, finished);
    }
};

QTEST_GUILESS_MAIN(TestAgeArmor)
#include "TestAgeArmor.moc"
