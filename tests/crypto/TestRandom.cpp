#include "Random.h"

#include <QtTest>
#include <algorithm>
#include <array>

using carnet::Random;

class TestRandom : public QObject
{
    Q_OBJECT

private slots:
    void bytesHaveRequestedSizeAndDiffer()
    {
        QVERIFY(Random::bytes(0).isEmpty());
        const QByteArray first = Random::bytes(32);
        const QByteArray second = Random::bytes(32);
        QCOMPARE(first.size(), 32);
        QVERIFY(first != second);
        QVERIFY(first != QByteArray(32, '\0'));
    }

    void fillOverwritesBuffer()
    {
        std::array<unsigned char, 64> buffer {};
        Random::fill(buffer.data(), buffer.size());
        QVERIFY(std::any_of(buffer.begin(), buffer.end(), [](unsigned char b) { return b != 0; }));
        Random::fill(nullptr, 0);
    }

    void uniformStaysInRangeAndCoversIt()
    {
        std::array<int, 6> counts {};
        for (int i = 0; i < 6000; ++i) {
            const std::uint32_t value = Random::uniform(6);
            QVERIFY(value < 6);
            ++counts[value];
        }
        // Each bucket expects 1000; below 700 is more than 10 standard deviations away.
        for (const int count : counts) {
            QVERIFY2(count > 700, qPrintable(QString::number(count)));
        }
        QCOMPARE(Random::uniform(1), std::uint32_t {0});
    }
};

QTEST_APPLESS_MAIN(TestRandom)
#include "TestRandom.moc"
