#include "ProcessHardening.h"

#include <QtTest>

using carnet::ProcessHardening;

class TestProcessHardening : public QObject
{
    Q_OBJECT

private slots:
    void coreDumpsStayDisabled()
    {
        QVERIFY(ProcessHardening::disableCoreDumps());
        QVERIFY(ProcessHardening::isCoreDumpDisabled());
        // Applying it again is harmless (the hard limit is already zero).
        QVERIFY(ProcessHardening::disableCoreDumps());
        QVERIFY(ProcessHardening::isCoreDumpDisabled());
    }
};

QTEST_APPLESS_MAIN(TestProcessHardening)
#include "TestProcessHardening.moc"
