#include "RecentVaults.h"
#include "StartWindow.h"
#include "TemporaryVault.h"

#include <QComboBox>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace carnet;

class TestRecentVaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void newestFirstOnlyExistingVaultsAtMostSix()
    {
        testsupport::TemporaryVault a;
        testsupport::TemporaryVault b;
        RecentVaults::remember(a.folder());
        RecentVaults::remember(b.folder());
        RecentVaults::remember(QDir(a.folder()).filePath(QStringLiteral("../") + QDir(a.folder()).dirName()));
        QCOMPARE(RecentVaults::list(), (QStringList{a.folder(), b.folder()}));
        QCOMPARE(RecentVaults::last(), a.folder());
        RecentVaults::remember(QStringLiteral("/nonexistent/vault"));
        QCOMPARE(RecentVaults::list().size(), 2); // remembered, but not offered while it holds no vault
        for (int i = 0; i < 8; ++i)
            RecentVaults::remember(QStringLiteral("/gone/%1").arg(i));
        QCOMPARE(QSettings().value(QStringLiteral("vault/recent")).toStringList().size(), RecentVaults::MaxCount);
        RecentVaults::forget(QStringLiteral("/gone/7"));
        QVERIFY(RecentVaults::last().isEmpty());
    }

    void startWindowOffersThemAndSwitches()
    {
        QSettings().clear();
        testsupport::TemporaryVault a;
        testsupport::TemporaryVault b;
        RecentVaults::remember(b.folder());
        RecentVaults::remember(a.folder());
        StartWindow start(a.folder());
        QComboBox* recent = start.recentVaults();
        QCOMPARE(recent->count(), 2);
        QVERIFY(!recent->isHidden());
        QCOMPARE(recent->currentData().toString(), a.folder());
        recent->setCurrentIndex(1);
        emit recent->activated(1);
        QCOMPARE(start.vaultFolder(), b.folder());
        QCOMPARE(recent->currentData().toString(), b.folder());

        QSettings().clear();
        StartWindow single(a.folder());
        QVERIFY(single.recentVaults()->isHidden());
    }
};

QTEST_MAIN(TestRecentVaults)
#include "TestRecentVaults.moc"
