#include "AdherenceChart.h"
#include "AdherencePanel.h"
#include "DeletedMedications.h"
#include "DialogSeams.h"
#include "DueDoseModel.h"
#include "DueDosePanel.h"
#include "ManualClock.h"
#include "MedicationDetailsView.h"
#include "DialogSeams.h"
#include "MedicationDoseDialog.h"
#include "MedicationEditorDialog.h"
#include "MedicationListDelegate.h"
#include "MedicationListModel.h"
#include "MedicationScheduleEditor.h"
#include "MedicationsPage.h"
#include "RecordHistoryDialog.h"
#include "StopMedicationDialog.h"
#include "TemporaryVault.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

using namespace carnet;
using testsupport::ManualClock;
using testsupport::TemporaryVault;

namespace {

const QDate Today(2026, 3, 2); // a Monday

Medication scheduled(const QString& name, std::vector<QTime> times, const QDate& start = Today.addDays(-14))
{
    Medication m;
    m.name = name;
    m.strength = QStringLiteral("500 mg");
    m.doseAmount = 1;
    m.doseUnit = QStringLiteral("tablet");
    m.schedule = MedicationSchedule::fixedTimes(std::move(times));
    m.startDate = start;
    return m;
}

Medication asNeeded(const QString& name)
{
    Medication m;
    m.name = name;
    m.doseAmount = 2;
    m.doseUnit = QStringLiteral("puff");
    m.schedule = MedicationSchedule::asNeeded();
    m.startDate = Today.addDays(-30);
    return m;
}

QAction* action(QWidget& page, const char* name)
{
    auto* found = page.findChild<QAction*>(QLatin1String(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

template<typename T>
T* child(QObject& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

int rowOfDose(const DueDoseModel& model, std::int64_t medicationId, const QTime& time)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const DueDose& dose = model.dose(row);
        if (dose.medicationId == medicationId && dose.scheduledFor.toLocalTime().time() == time)
            return row;
    }
    return -1;
}

} // namespace

class TestMedicationsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Fixed formats so the texts checked below do not depend on the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void cleanup()
    {
        // A driver left over means a dialog the test expected never opened.
        QCOMPARE(DialogSeam::pendingDrivers(), 0);
    }

    void emptyVaultShowsAHint()
    {
        TemporaryVault tv;
        ManualClock clock(QDateTime(Today, QTime(9, 0)));
        MedicationsPage page(tv.vault(), clock, nullptr);
        QVERIFY(page.isShowingEmptyState());
        QVERIFY(page.emptyStateText().contains(QStringLiteral("No medications yet")));
        QVERIFY(page.emptyStateText().contains(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
        QCOMPARE(page.listModel()->rowCount(), 0);
        QCOMPARE(page.doseModel()->rowCount(), 0);
        QVERIFY(page.adherenceChart()->adherence().empty());
        QCOMPARE(page.adherenceChart()->accessibleDescription(), AdherenceChart::emptyText());
        QVERIFY(!action(page, "editMedication")->isEnabled());
        QVERIFY(!action(page, "deleteMedication")->isEnabled());
    }

    void addsAMedicationThroughTheEditor()
    {
        TemporaryVault tv;
        ManualClock clock(QDateTime(Today, QTime(9, 0)));
        MedicationsPage page(tv.vault(), clock, nullptr);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));

        bool okWasDisabledWithoutName = false;
        DialogSeam::pushDriver([&](QDialog& dialog) {
            auto& editor = dynamic_cast<MedicationEditorDialog&>(dialog);
            QPushButton* ok = editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            okWasDisabledWithoutName = !ok->isEnabled();
            QTest::keyClicks(child<QLineEdit>(editor, "name"), QStringLiteral("Metformin"));
            QTest::keyClicks(child<QLineEdit>(editor, "strength"), QStringLiteral("500 mg"));
            auto* form = child<QComboBox>(editor, "form");
            form->setCurrentIndex(form->findData(QStringLiteral("tablet")));
            auto* route = child<QComboBox>(editor, "route");
            route->setCurrentIndex(route->findData(QStringLiteral("oral")));
            QTest::keyClicks(child<QLineEdit>(editor, "doseAmount"), QStringLiteral("1"));
            // The schedule starts as once a day at 08:00; add an evening dose.
            child<QTimeEdit>(editor, "scheduleNewTime")->setTime(QTime(20, 0));
            QTest::mouseClick(child<QPushButton>(editor, "scheduleAddTime"), Qt::LeftButton);
            QTest::keyClicks(child<QLineEdit>(editor, "prescriber"), QStringLiteral("Dr. Ada Moreau"));
            QTest::keyClicks(child<QLineEdit>(editor, "reason"), QStringLiteral("Type 2 diabetes"));
            child<QSpinBox>(editor, "refillsLeft")->setValue(3);
            auto* refill = child<QWidget>(editor, "nextRefill");
            QTest::mouseClick(refill->findChild<QCheckBox*>(), Qt::LeftButton);
            refill->findChild<QDateEdit*>()->setDate(Today.addDays(5));
            if (!ok->isEnabled())
                return int(QDialog::Rejected);
            QTest::mouseClick(ok, Qt::LeftButton);
            return dialog.result();
        });
        QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(okWasDisabledWithoutName);

        const std::vector<Medication> stored = page.repository().list();
        QCOMPARE(stored.size(), std::size_t(1));
        const Medication& m = stored.front();
        QCOMPARE(m.name, QStringLiteral("Metformin"));
        QCOMPARE(m.strength, QStringLiteral("500 mg"));
        QCOMPARE(m.form, QStringLiteral("tablet"));
        QCOMPARE(m.route, QStringLiteral("oral"));
        QCOMPARE(m.doseAmount.value_or(0), 1.0);
        QCOMPARE(m.doseUnit, QStringLiteral("tablet")); // proposed from the form
        QCOMPARE(m.schedule, MedicationSchedule::fixedTimes({QTime(8, 0), QTime(20, 0)}));
        QCOMPARE(m.startDate, Today);
        QCOMPARE(m.prescriber, QStringLiteral("Dr. Ada Moreau"));
        QCOMPARE(m.refillsLeft.value_or(-1), 3);
        QCOMPARE(m.nextRefillDate, Today.addDays(5));

        QVERIFY(!page.isShowingEmptyState());
        QCOMPARE(page.listModel()->rowCount(), 1);
        QCOMPARE(page.selectedMedicationId(), m.id);
        QCOMPARE(page.listModel()->data(page.listModel()->index(0, MedicationListModel::ScheduleColumn)).toString(),
                 QStringLiteral("Twice a day at 08:00 and 20:00"));
        QVERIFY(page.detailsView()->text().contains(QStringLiteral("Dr. Ada Moreau")));
        // Due within a week: the list marks it.
        QVERIFY(page.isRefillSoon(m.id));
        auto* delegate = qobject_cast<MedicationListDelegate*>(page.listView()->itemDelegate());
        QVERIFY(delegate);
        QVERIFY(delegate->refillText(page.listModel()->index(0, MedicationListModel::NextRefillColumn))
                    .contains(QStringLiteral("(soon)")));
        QVERIFY(page.refillBannerText().contains(QStringLiteral("Refill soon: Metformin 500 mg")));
        // Today's doses follow at once.
        QCOMPARE(page.doseModel()->rowCount(), 2);
        QCOMPARE(page.doseModel()->dose(0).medicationId, m.id);
    }

    void takesAndSkipsTodaysDoses()
    {
        TemporaryVault tv;
        ManualClock clock(QDateTime(Today, QTime(12, 30)));
        std::int64_t id = 0;
        {
            MedicationRepository repository(tv.db(), clock);
            id = repository.add(scheduled(QStringLiteral("Lisinopril"), {QTime(8, 0), QTime(12, 0), QTime(20, 0)}));
        }
        MedicationsPage page(tv.vault(), clock, nullptr);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        DueDoseModel* doses = page.doseModel();
        QCOMPARE(doses->rowCount(), 3);

        // 08:00 is overdue: marked in words as well as by the delegate's colour and glyph.
        const int morning = rowOfDose(*doses, id, QTime(8, 0));
        QVERIFY(doses->data(doses->index(morning, 0), DueDoseModel::OverdueRole).toBool());
        QCOMPARE(doses->data(doses->index(morning, DueDoseModel::StatusColumn)).toString(), QStringLiteral("Overdue"));
        // 12:00 is only half an hour past: pending, not overdue.
        const int noon = rowOfDose(*doses, id, QTime(12, 0));
        QVERIFY(!doses->data(doses->index(noon, 0), DueDoseModel::OverdueRole).toBool());

        // The first dose still open is selected, so Take acts on it at once.
        QCOMPARE(page.dosePanel()->selectedRow(), morning);
        QVERIFY(page.dosePanel()->selectDose(morning));
        QVERIFY(page.dosePanel()->takeAction()->isEnabled());
        page.dosePanel()->view()->setFocus();
        QTest::keyClick(page.dosePanel()->view(), Qt::Key_T, Qt::ControlModifier);

        std::vector<DoseEvent> log = page.repository().doses(id);
        QCOMPARE(log.size(), std::size_t(1));
        QCOMPARE(log.front().status, DoseEvent::Status::Late); // taken 4½ hours after its time
        QCOMPARE(log.front().scheduledFor.toLocalTime(), QDateTime(Today, QTime(8, 0)));
        QCOMPARE(log.front().recordedAt.toLocalTime(), clock.now());
        QCOMPARE(doses->dose(morning).status, DueDose::Status::Late);
        QCOMPARE(doses->data(doses->index(morning, DueDoseModel::StatusColumn)).toString(),
                 QStringLiteral("Taken late at 12:30"));
        QVERIFY(!doses->data(doses->index(morning, 0), DueDoseModel::OverdueRole).toBool());
        // The row stays selected, and a recorded dose cannot be taken twice.
        QCOMPARE(page.dosePanel()->selectedRow(), morning);
        QVERIFY(!page.dosePanel()->takeAction()->isEnabled());

        QVERIFY(page.dosePanel()->selectDose(noon));
        page.dosePanel()->takeAction()->trigger();
        QCOMPARE(doses->dose(noon).status, DueDose::Status::Taken);
        QVERIFY(doses->data(doses->index(noon, DueDoseModel::StatusColumn))
                    .toString()
                    .startsWith(QStringLiteral("Taken at")));

        const int evening = rowOfDose(*doses, id, QTime(20, 0));
        QVERIFY(page.dosePanel()->selectDose(evening));
        QTest::keyClick(page.dosePanel()->view(), Qt::Key_K, Qt::ControlModifier);
        log = page.repository().doses(id);
        QCOMPARE(log.size(), std::size_t(3));
        QCOMPARE(doses->dose(evening).status, DueDose::Status::Skipped);
        QCOMPARE(doses->data(doses->index(evening, DueDoseModel::StatusColumn)).toString(), QStringLiteral("Skipped"));
        QCOMPARE(log.front().status, DoseEvent::Status::Skipped);
        QCOMPARE(log.front().scheduledFor.toLocalTime(), QDateTime(Today, QTime(20, 0)));

        // The details of the selected medication list the doses just recorded.
        QVERIFY(page.selectMedication(id));
        QVERIFY(page.detailsView()->text().contains(QStringLiteral("Skipped")));
    }

    void stopMovesAMedicationToPast()
    {
        TemporaryVault tv;
        ManualClock clock(QDateTime(Today, QTime(9, 0)));
        std::int64_t id = 0;
        {
            MedicationRepository repository(tv.db(), clock);
            id = repository.add(scheduled(QStringLiteral("Amoxicillin"), {QTime(8, 0)}));
            repository.add(scheduled(QStringLiteral("Zinc"), {QTime(9, 0)}));
        }
        MedicationsPage page(tv.vault(), clock, nullptr);
        QCOMPARE(page.listModel()->rowCount(), 2);
        QVERIFY(page.selectMedication(id));
        QVERIFY(action(page, "stopMedication")->isEnabled());

        QDate proposed;
        DialogSeam::pushDriver([&](QDialog& dialog) {
            auto& stop = dynamic_cast<StopMedicationDialog&>(dialog);
            proposed = stop.stopDate();
            child<QDateEdit>(stop, "stopDate")->setDate(Today.addDays(-1));
            QTest::keyClicks(child<QLineEdit>(stop, "stopReason"), QStringLiteral("Course finished"));
            stop.accept();
            return stop.result();
        });
        action(page, "stopMedication")->trigger();
        QCOMPARE(proposed, Today);

        const Medication stopped = page.repository().get(id);
        QCOMPARE(stopped.stopDate, Today.addDays(-1));
        QCOMPARE(stopped.stopReason, QStringLiteral("Course finished"));
        QCOMPARE(page.listModel()->rowCount(), 1);
        QCOMPARE(page.listModel()->rowOf(id), -1);
        // A stopped medication has no doses due today.
        for (int row = 0; row < page.doseModel()->rowCount(); ++row)
            QVERIFY(page.doseModel()->dose(row).medicationId != id);

        page.showList(MedicationsPage::ListTab::Past);
        QCOMPARE(page.listModel()->filter(), MedicationRepository::Filter::Past);
        QCOMPARE(page.listModel()->rowCount(), 1);
        QVERIFY(page.selectMedication(id));
        QVERIFY(!action(page, "stopMedication")->isEnabled());
        QVERIFY(!action(page, "takeExtraDose")->isEnabled());
        QVERIFY(action(page, "editMedication")->isEnabled());
        QVERIFY(page.detailsView()->text().contains(QStringLiteral("Course finished")));
    }

    void deleteAsksThenHidesAndRestoreBringsBack()
    {
        TemporaryVault tv;
        ManualClock clock(QDateTime(Today, QTime(9, 0)));
        std::int64_t id = 0;
        {
            MedicationRepository repository(tv.db(), clock);
            id = repository.add(scheduled(QStringLiteral("Atorvastatin"), {QTime(21, 0)}));
        }
        MedicationsPage page(tv.vault(), clock, nullptr);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(page.selectMedication(id));

        MessageBoxSeam::setNextAnswer(QMessageBox::No);
        page.listView()->setFocus();
        QTest::keyClick(page.listView(), Qt::Key_Delete);
        QVERIFY(MessageBoxSeam::lastText().contains(QStringLiteral("Atorvastatin 500 mg")));
        QCOMPARE(page.listModel()->rowCount(), 1);
        QCOMPARE(page.repository().get(id).name, QStringLiteral("Atorvastatin"));

        MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(page.listView(), Qt::Key_Delete);
        QCOMPARE(page.listModel()->rowCount(), 0);
        QVERIFY(page.repository().list(MedicationRepository::Filter::All).empty());
        QCOMPARE(page.doseModel()->rowCount(), 0);
        // Soft: the record is still there, listed under Deleted, not the empty first-run state.
        QVERIFY(!page.isShowingEmptyState());
        const std::vector<DeletedMedications::Entry> deleted = DeletedMedications(tv.db()).list();
        QCOMPARE(deleted.size(), std::size_t(1));
        QCOMPARE(deleted.front().id, id);
        QCOMPARE(deleted.front().displayName, QStringLiteral("Atorvastatin 500 mg"));
        QVERIFY(deleted.front().deletedAt.isValid());

        page.showList(MedicationsPage::ListTab::Deleted);
        QCOMPARE(page.deletedView()->count(), 1);
        QVERIFY(page.selectMedication(id));
        QVERIFY(action(page, "restoreMedication")->isEnabled());
        QVERIFY(!action(page, "editMedication")->isEnabled());
        action(page, "restoreMedication")->trigger();
        QCOMPARE(page.currentList(), MedicationsPage::ListTab::Current);
        QCOMPARE(page.listModel()->rowCount(), 1);
        QCOMPARE(page.selectedMedicationId(), id);
        QVERIFY(DeletedMedications(tv.db()).list().empty());
    }

    void deletedMedicationsListsNewestFirst()
    {
        TemporaryVault tv;
        ManualClock clock(QDateTime(Today, QTime(9, 0)));
        MedicationRepository repository(tv.db(), clock);
        const std::int64_t a = repository.add(asNeeded(QStringLiteral("Salbutamol")));
        const std::int64_t b = repository.add(scheduled(QStringLiteral("Zinc"), {QTime(9, 0)}));
        repository.add(scheduled(QStringLiteral("Kept"), {QTime(9, 0)}));
        QVERIFY(DeletedMedications(tv.db()).list().empty());
        repository.softDelete(a);
        QTest::qWait(5); // deletion times are kept to the millisecond
        repository.softDelete(b);
        const std::vector<DeletedMedications::Entry> deleted = DeletedMedications(tv.db()).list();
        QCOMPARE(deleted.size(), std::size_t(2));
        QCOMPARE(deleted[0].id, b);
        QCOMPARE(deleted[0].displayName, QStringLiteral("Zinc 500 mg"));
        QCOMPARE(deleted[1].id, a);
        QCOMPARE(deleted[1].displayName, QStringLiteral("Salbutamol"));
        repository.purge(a);
        QCOMPARE(DeletedMedications(tv.db()).list().size(), std::size_t(1));
    }

    void editKeepsVersionsThatHistoryShows()
    {
        TemporaryVault tv;
        ManualClock clock(QDateTime(Today, QTime(9, 0)));
        std::int64_t id = 0;
        {
            MedicationRepository repository(tv.db(), clock);
            id = repository.add(scheduled(QStringLiteral("Levothyroxine"), {QTime(7, 0)}));
        }
        MedicationsPage page(tv.vault(), clock, nullptr);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(page.selectMedication(id));

        QString shownName;
        DialogSeam::pushDriver([&](QDialog& dialog) {
            auto& editor = dynamic_cast<MedicationEditorDialog&>(dialog);
            shownName = child<QLineEdit>(editor, "name")->text();
            auto* strength = child<QLineEdit>(editor, "strength");
            strength->selectAll();
            QTest::keyClicks(strength, QStringLiteral("75 mcg"));
            editor.accept();
            return editor.result();
        });
        page.listView()->setFocus();
        QTest::keyClick(page.listView(), Qt::Key_F2);
        QCOMPARE(shownName, QStringLiteral("Levothyroxine"));
        QCOMPARE(page.repository().get(id).strength, QStringLiteral("75 mcg"));
        QCOMPARE(page.selectedMedicationId(), id);

        int versions = 0;
        QString shown;
        DialogSeam::pushDriver([&](QDialog& dialog) {
            auto& history = dynamic_cast<RecordHistoryDialog&>(dialog);
            versions = history.versionCount();
            shown = history.shownText();
            return int(QDialog::Accepted);
        });
        QTest::keyClick(page.listView(), Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(versions, 2);
        QVERIFY(shown.contains(QStringLiteral("500 mg → 75 mcg")));
    }

    void takesAnExtraDoseOfAnAsNeededMedication()
    {
        TemporaryVault tv;
        ManualClock clock(QDateTime(Today, QTime(15, 0)));
        std::int64_t id = 0;
        {
            MedicationRepository repository(tv.db(), clock);
            id = repository.add(asNeeded(QStringLiteral("Salbutamol")));
        }
        MedicationsPage page(tv.vault(), clock, nullptr);
        QCOMPARE(page.doseModel()->rowCount(), 0);
        QVERIFY(page.selectMedication(id));
        QString proposedAmount;
        DialogSeam::pushDriver([&](QDialog& dialog) {
            auto& dose = dynamic_cast<MedicationDoseDialog&>(dialog);
            auto* amount = child<QLineEdit>(dose, "amount");
            proposedAmount = amount->text();
            amount->clear();
            QTest::keyClicks(amount, QStringLiteral("-1"));
            if (dose.canAccept())
                return int(QDialog::Rejected);
            amount->clear();
            QTest::keyClicks(amount, QStringLiteral("1"));
            QTest::keyClicks(child<QLineEdit>(dose, "note"), QStringLiteral("after the stairs"));
            dose.accept();
            return dose.result();
        });
        action(page, "takeExtraDose")->trigger();
        QCOMPARE(proposedAmount, QStringLiteral("2"));
        const std::vector<DoseEvent> log = page.repository().doses(id);
        QCOMPARE(log.size(), std::size_t(1));
        QCOMPARE(log.front().status, DoseEvent::Status::Taken);
        QVERIFY(!log.front().scheduledFor.isValid());
        QCOMPARE(log.front().amount.value_or(0), 1.0);
        QCOMPARE(log.front().note, QStringLiteral("after the stairs"));
        QVERIFY(page.detailsView()->text().contains(QStringLiteral("after the stairs")));
        // As needed only: nothing scheduled, so nothing to chart.
        QVERIFY(page.adherenceChart()->adherence().empty());
        QCOMPARE(page.adherenceChart()->accessibleDescription(), QStringLiteral("No scheduled doses in this period"));
    }

    void showsTheRepositorysRefusalAsAWarning()
    {
        TemporaryVault tv;
        ManualClock clock(QDateTime(Today, QTime(15, 0)));
        std::int64_t id = 0;
        {
            MedicationRepository repository(tv.db(), clock);
            Medication later = asNeeded(QStringLiteral("Ibuprofen"));
            later.startDate = Today.addDays(3);
            id = repository.add(later);
        }
        MedicationsPage page(tv.vault(), clock, nullptr);
        QVERIFY(page.selectMedication(id));
        DialogSeam::pushDriver([](QDialog& dialog) {
            dialog.accept();
            return dialog.result();
        });
        MessageBoxSeam::setNextAnswer(QMessageBox::Ok);
        action(page, "takeExtraDose")->trigger();
        QVERIFY2(MessageBoxSeam::lastText().contains(QStringLiteral("no dose can be recorded before then")),
                 qPrintable(MessageBoxSeam::lastText()));
        QVERIFY(page.repository().doses(id).empty());
    }

    // Locking the vault deletes the page, and with it a dialog still open; nothing of the page may be touched after.
    void lockingWhileADialogIsOpenDeletesItCleanly()
    {
        TemporaryVault tv;
        ManualClock clock(QDateTime(Today, QTime(9, 0)));
        std::int64_t id = 0;
        {
            MedicationRepository repository(tv.db(), clock);
            id = repository.add(scheduled(QStringLiteral("Lisinopril"), {QTime(8, 0)}));
        }
        auto* page = new MedicationsPage(tv.vault(), clock, nullptr);
        QPointer<QDialog> opened;
        DialogSeam::pushDriver([&](QDialog& dialog) {
            opened = &dialog;
            delete page;
            return int(QDialog::Accepted);
        });
        page->newMedication();
        QVERIFY(opened.isNull());
        DialogSeam::pushDriver([&](QDialog& dialog) {
            opened = &dialog;
            delete dialog.parent();
            return int(QDialog::Accepted);
        });
        auto* second = new MedicationsPage(tv.vault(), clock, nullptr);
        QVERIFY(second->selectMedication(id));
        second->stopMedication();
        QVERIFY(opened.isNull());
        QVERIFY(MedicationRepository(tv.db(), clock).get(id).stopDate.isNull());
    }

    void adherenceChartShowsTheShareOfAKnownLog()
    {
        TemporaryVault tv;
        // Twice a day since four days ago; it is now noon, so today's 08:00 dose is due and 20:00 is still to come.
        ManualClock clock(QDateTime(Today, QTime(12, 0)));
        std::int64_t id = 0;
        {
            MedicationRepository repository(tv.db(), clock);
            id = repository.add(scheduled(QStringLiteral("Metformin"), {QTime(8, 0), QTime(20, 0)}, Today.addDays(-4)));
            repository.add(asNeeded(QStringLiteral("Salbutamol")));
            auto slot = [](int daysAgo, int hour) { return QDateTime(Today.addDays(-daysAgo), QTime(hour, 0)); };
            // Four days ago: both on time. Three days ago: morning late, evening skipped. Two days ago: morning on
            // time, evening missed. Yesterday: both missed. Today: morning on time.
            repository.recordDose(id, DoseEvent::Status::Taken, slot(4, 8).addSecs(600), slot(4, 8));
            repository.recordDose(id, DoseEvent::Status::Taken, slot(4, 20), slot(4, 20));
            repository.recordDose(id, DoseEvent::Status::Taken, slot(3, 11), slot(3, 8));
            repository.recordDose(id, DoseEvent::Status::Skipped, slot(3, 20), slot(3, 20));
            repository.recordDose(id, DoseEvent::Status::Taken, slot(2, 8), slot(2, 8));
            repository.recordDose(id, DoseEvent::Status::Taken, slot(0, 8), slot(0, 8));
        }
        MedicationsPage page(tv.vault(), clock, nullptr);
        AdherenceChart* chart = page.adherenceChart();
        QCOMPARE(page.adherencePanel()->periodDays(), AdherencePanel::DefaultDays);
        // The as-needed medication has no bar.
        QCOMPARE(chart->adherence().size(), std::size_t(1));
        const Adherence& a = chart->adherence().front();
        QCOMPARE(a.medicationId, id);
        QCOMPARE(a.taken, 5);
        QCOMPARE(a.late, 1);
        QCOMPARE(a.skipped, 1);
        QCOMPARE(a.missed, 3);
        QCOMPARE(a.pending, 1);
        QCOMPARE(a.scheduled, 9);
        QCOMPARE(chart->percentText(0), QStringLiteral("55.6%"));
        QCOMPARE(chart->summaryText(0), QStringLiteral("Metformin 500 mg: 55.6% taken"));
        QVERIFY(chart->detailText(0).contains(QStringLiteral("Taken: 5 of 9 due (1 of them late)")));
        QVERIFY(chart->detailText(0).contains(QStringLiteral("Skipped: 1")));
        QVERIFY(chart->detailText(0).contains(QStringLiteral("Missed: 3")));
        QVERIFY(chart->accessibleDescription().contains(QStringLiteral("55.6% taken")));
        QVERIFY(chart->accessibleDescription().contains(QStringLiteral("Missed: 3")));

        // The last 7 days hold the same doses; a shorter span would leave some out, so compare with the model.
        page.adherencePanel()->setPeriodDays(7);
        QCOMPARE(chart->adherence().front().from, Today.addDays(-6));
        QCOMPARE(chart->adherence().front().scheduled, 9);

        // Taking the evening dose early from today's list updates the chart at once.
        const int evening = rowOfDose(*page.doseModel(), id, QTime(20, 0));
        QVERIFY(page.dosePanel()->selectDose(evening));
        page.dosePanel()->takeAction()->trigger();
        QCOMPARE(chart->adherence().front().taken, 6);
        QCOMPARE(chart->adherence().front().scheduled, 10);
        QCOMPARE(chart->percentText(0), QStringLiteral("60%"));
        // A tooltip on a bar and nothing beside them.
        QCOMPARE(chart->rowAt(QPoint(chart->width() / 2, chart->fontMetrics().height())), 0);
        QCOMPARE(chart->rowAt(QPoint(0, -5)), -1);
    }
};

QTEST_MAIN(TestMedicationsPage)
#include "TestMedicationsPage.moc"
