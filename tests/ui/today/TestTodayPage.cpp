#include "DemoVault.h"
#include "DueDoseModel.h"
#include "ManualClock.h"
#include "MedicationRepository.h"
#include "TemporaryVault.h"
#include "TodayPage.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace carnet;
using testsupport::ManualClock;
using testsupport::TemporaryVault;

namespace {

QStringList texts(const QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

} // namespace

class TestTodayPage : public QObject
{
    Q_OBJECT

private slots:
    void showsTheDayOfADemoPatient()
    {
        TemporaryVault tv;
        ManualClock clock(QDateTime(QDate(2026, 5, 20), QTime(7, 30)));
        DemoVault::populate(tv.db(), clock);
        TodayPage page(tv.vault(), clock);
        page.show();

        // Metformin twice, amlodipine once; vitamin D only on Mondays and Thursdays (20 May 2026 is a Wednesday).
        QCOMPARE(page.doseView()->model()->rowCount(), 3);
        QVERIFY(texts(page.upcomingList()).join(u'\n').contains(QStringLiteral("Diabetes check-up")));
        QVERIFY(texts(page.refillList()).join(u'\n').contains(QStringLiteral("Metformin 500 mg")));
        QCOMPARE(page.recentList()->count(), 12);
        QVERIFY(!texts(page.recentList()).join(u'\n').contains(QStringLiteral(":00:")));

        // The first pending dose is selected, so Take acts on it at once.
        auto* take = page.findChild<QPushButton*>();
        QVERIFY(take && take->isEnabled());
        MedicationRepository meds(tv.db(), clock);
        const auto before = meds.dueDoses(clock.now().date());
        QCOMPARE(before.front().status, DueDose::Status::Pending);
        clock.advanceSeconds(45 * 60);
        page.takeSelectedDose();
        const auto after = meds.dueDoses(clock.now().date());
        QCOMPARE(after.front().status, DueDose::Status::Taken);
        QCOMPARE(page.doseView()->model()->index(0, DueDoseModel::StatusColumn).data(DueDoseModel::StatusRole).toInt(),
                 static_cast<int>(DueDose::Status::Taken));
        QVERIFY(texts(page.recentList()).first().contains(QStringLiteral("Amlodipine")));

        // Opening a line asks the main window for that section.
        QSignalSpy requested(&page, &TodayPage::sectionRequested);
        emit page.upcomingList()->itemActivated(page.upcomingList()->item(0));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("appointment"));
    }

    void anEmptyVaultSaysWhatWillAppear()
    {
        TemporaryVault tv;
        ManualClock clock;
        TodayPage page(tv.vault(), clock);
        QCOMPARE(page.doseView()->model()->rowCount(), 0);
        QCOMPARE(page.upcomingList()->count(), 1);
        QVERIFY(!(page.upcomingList()->item(0)->flags() & Qt::ItemIsSelectable));
        QVERIFY(page.recentList()->item(0)->text().contains(QStringLiteral("Nothing yet")));
    }
};

QTEST_MAIN(TestTodayPage)
#include "TestTodayPage.moc"
