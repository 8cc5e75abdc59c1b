#include "CryptoSelfTest.h"

#include <QElapsedTimer>
#include <QtTest>

using carnet::CryptoSelfTest;

class TestCryptoSelfTest : public QObject
{
    Q_OBJECT

private slots:
    void passesOnThisBuild()
    {
        const QString failure = CryptoSelfTest::run();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void isFastEnoughForStartUp()
    {
        CryptoSelfTest::run(); // first call pays libsodium's one-time initialisation
        QElapsedTimer timer;
        timer.start();
        const QString failure = CryptoSelfTest::run();
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        // The budget is 50 ms; allow slack for loaded CI machines and sanitizer builds.
        QVERIFY2(elapsed < 200, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    }
};

QTEST_APPLESS_MAIN(TestCryptoSelfTest)
#include "TestCryptoSelfTest.moc"
