#include "AgendaModel.h"
#include "AgendaView.h"
#include "AppointmentEditorDialog.h"
#include "AppointmentListModel.h"
#include "AppointmentRepository.h"
#include "CalendarDayPanel.h"
#include "CalendarMonthModel.h"
#include "CalendarPage.h"
#include "DeletedAppointmentsDialog.h"
#include "DialogSeams.h"
#include "ManualClock.h"
#include "MedicationRepository.h"
#include "MonthView.h"
#include "RecordError.h"
#include "RecordHistoryDialog.h"
#include "RecurrenceEditor.h"
#include "TemporaryVault.h"
#include "WeekView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>

using namespace carnet;
using testsupport::ManualClock;
using testsupport::TemporaryVault;

namespace {

const QDate Today(2026, 3, 4); // a Wednesday

// The page over a fresh vault, on a fixed day, with its models checked.
struct Fixture
{
    TemporaryVault vault;
    ManualClock clock {QDateTime(Today, QTime(10, 0))};
    AppointmentRepository appointments {vault.db()};
    MedicationRepository medications {vault.db(), clock};
    CalendarPage page {vault.vault(), clock, nullptr};
    QAbstractItemModelTester monthTester {page.monthModel(), QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester agendaTester {page.agendaModel(), QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester sourceTester {page.agendaSource(), QAbstractItemModelTester::FailureReportingMode::QtTest};

    Fixture()
    {
        page.resize(1000, 700);
        page.show();
    }

    std::int64_t add(const QString& title, const QDate& day, const QTime& time, int minutes = 60,
                     const QString& rule = {})
    {
        Appointment appointment;
        appointment.title = title;
        appointment.start = QDateTime(day, time);
        appointment.end = appointment.start.addSecs(minutes * 60);
        appointment.recurrenceRule = rule;
        const std::int64_t id = appointments.add(appointment);
        page.reload();
        return id;
    }

    AppointmentEditorDialog* editor() const
    {
        for (AppointmentEditorDialog* dialog : page.findChildren<AppointmentEditorDialog*>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    const CalendarDay& monthDay(const QDate& date) const
    {
        return page.monthModel()->dayAt(page.monthModel()->indexOf(date));
    }

    int countOn(const QDate& date) const
    {
        return page.monthModel()->indexOf(date).data(CalendarMonthModel::AppointmentCountRole).toInt();
    }

    const CalendarDay* weekDay(const QDate& date) const
    {
        for (const CalendarDay& day : page.weekView()->days()) {
            if (day.date == date)
                return &day;
        }
        return nullptr;
    }

    // Rows of the agenda as "# date", titles and "doses: text".
    QStringList agendaShape() const
    {
        QStringList shape;
        const AgendaModel* model = page.agendaModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            switch (model->kindAt(row)) {
            case AgendaModel::RowKind::DayHeader:
                shape << QStringLiteral("# ") + index.data(AgendaModel::DateRole).toDate().toString(Qt::ISODate);
                break;
            case AgendaModel::RowKind::Appointment:
                shape << index.data(AppointmentListModel::TitleRole).toString();
                break;
            case AgendaModel::RowKind::Doses:
                shape << QStringLiteral("doses: ") + index.data().toString();
                break;
            }
        }
        return shape;
    }
};

template <typename T> T* field(QWidget* dialog, const char* name)
{
    T* found = dialog->findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no field %s", name);
    return found;
}

void clickOk(AppointmentEditorDialog* dialog)
{
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY2(ok->isEnabled(), qPrintable(dialog->problem()));
    QTest::mouseClick(ok, Qt::LeftButton);
}

} // namespace

class TestCalendarPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void appointmentAddedInTheEditorShowsInEveryView()
    {
        Fixture f;
        QCOMPARE(f.page.selectedDate(), Today);
        QCOMPARE(f.page.titleText(), QStringLiteral("March 2026"));
        QVERIFY(f.page.hintText().contains(QStringLiteral("calendar is empty")));
        QVERIFY(!f.page.editAction()->isEnabled());

        f.page.selectDate(QDate(2026, 3, 10));
        f.page.newAction()->trigger();
        AppointmentEditorDialog* editor = f.editor();
        QVERIFY(editor);
        QCOMPARE(field<QDateEdit>(editor, "startDate")->date(), QDate(2026, 3, 10));
        QTest::keyClicks(field<QLineEdit>(editor, "title"), QStringLiteral("Dermatology check-up"));
        QTest::keyClicks(field<QLineEdit>(editor, "provider"), QStringLiteral("Dr. Jane Roe"));
        QTest::keyClicks(field<QLineEdit>(editor, "place"), QStringLiteral("City Clinic, room 4"));
        field<QTimeEdit>(editor, "startTime")->setTime(QTime(14, 30));
        field<QSpinBox>(editor, "duration")->setValue(45);
        clickOk(editor);
        QVERIFY(!f.editor());

        // Saved in the vault as typed.
        const std::vector<Appointment> saved = f.appointments.list();
        QCOMPARE(saved.size(), std::size_t(1));
        const Appointment& appointment = saved.front();
        QCOMPARE(appointment.title, QStringLiteral("Dermatology check-up"));
        QCOMPARE(appointment.provider, QStringLiteral("Dr. Jane Roe"));
        QCOMPARE(appointment.start.toLocalTime(), QDateTime(QDate(2026, 3, 10), QTime(14, 30)));
        QCOMPARE(appointment.end.toLocalTime(), QDateTime(QDate(2026, 3, 10), QTime(15, 15)));
        QVERIFY(!appointment.isRecurring());

        // Month: on the 10th and picked in the day's list.
        QCOMPARE(f.countOn(QDate(2026, 3, 10)), 1);
        QCOMPARE(f.countOn(QDate(2026, 3, 11)), 0);
        QCOMPARE(f.monthDay(QDate(2026, 3, 10)).appointments.front().title, QStringLiteral("Dermatology check-up"));
        QCOMPARE(f.page.monthView()->selectedDate(), QDate(2026, 3, 10));
        QCOMPARE(f.page.selectedAppointmentId(), appointment.id);
        QVERIFY(f.page.dayPanel()->list()->currentItem()->text().contains(QStringLiteral("14:30 – 15:15")));
        QVERIFY(f.page.editAction()->isEnabled());
        QCOMPARE(f.page.hintText(), QString());

        // Week: in Tuesday's column (Monday is the first day in en_GB).
        f.page.viewAction(CalendarPage::View::Week)->trigger();
        QCOMPARE(f.page.view(), CalendarPage::View::Week);
        QCOMPARE(f.page.weekView()->days().front().date, QDate(2026, 3, 9));
        const CalendarDay* tuesday = f.weekDay(QDate(2026, 3, 10));
        QVERIFY(tuesday);
        QCOMPARE(tuesday->appointments.size(), std::size_t(1));
        const QString key = tuesday->appointments.front().key();
        const QRect block = f.page.weekView()->occurrenceRect(QDate(2026, 3, 10), key);
        QVERIFY(!block.isEmpty());
        QCOMPARE(f.page.weekView()->dayAt(block.center()), 1);
        QVERIFY(qAbs(block.height() - f.page.weekView()->hourHeight() * 3 / 4) <= 1); // 45 minutes
        QCOMPARE(f.page.weekView()->selectedKey(), key);
        QVERIFY(f.page.titleText().contains(QStringLiteral("09/03/2026")));

        // Agenda: under the header of its day.
        f.page.viewAction(CalendarPage::View::Agenda)->trigger();
        QCOMPARE(f.agendaShape(),
                 (QStringList {QStringLiteral("# 2026-03-10"), QStringLiteral("Dermatology check-up")}));
        QCOMPARE(f.page.agendaModel()->index(1).data(AgendaModel::TimeTextRole).toString(),
                 QStringLiteral("14:30 – 15:15"));
        QCOMPARE(f.page.agendaSource()->from().toLocalTime(), QDateTime(Today, QTime(0, 0)));
        QCOMPARE(f.page.agendaSource()->to().toLocalTime(),
                 QDateTime(Today.addDays(CalendarPage::AgendaDays), QTime(0, 0)));
        f.page.agendaView()->setCurrentIndex(f.page.agendaModel()->index(1));
        QCOMPARE(f.page.selectedAppointmentId(), appointment.id);
        QCOMPARE(f.page.selectedOccurrenceKey(), key);
        // Ninety days later there is nothing, and the hint says so.
        f.page.nextAction()->trigger();
        QCOMPARE(f.page.agendaModel()->appointmentCount(), 0);
        QVERIFY(f.page.hintText().contains(QStringLiteral("No appointments")));
        f.page.todayAction()->trigger();
        QCOMPARE(f.page.agendaModel()->appointmentCount(), 1);
    }

    void weeklyAppointmentShowsOnEachWeek()
    {
        Fixture f;
        f.page.newAction()->trigger();
        AppointmentEditorDialog* editor = f.editor();
        QVERIFY(editor);
        QTest::keyClicks(field<QLineEdit>(editor, "title"), QStringLiteral("Physiotherapy"));
        field<QTimeEdit>(editor, "startTime")->setTime(QTime(17, 0));
        field<QComboBox>(editor, "repeat")->setCurrentIndex(int(RecurrenceEditor::Repeat::Weekly));
        field<QComboBox>(editor, "endKind")->setCurrentIndex(1);
        field<QSpinBox>(editor, "count")->setValue(5);
        QCOMPARE(editor->previewStarts().size(), std::size_t(5));
        clickOk(editor);

        const Appointment saved = f.appointments.list().front();
        QCOMPARE(saved.recurrenceRule, QStringLiteral("FREQ=WEEKLY;BYDAY=WE;COUNT=5"));

        for (const QDate& day : {QDate(2026, 3, 4), QDate(2026, 3, 11), QDate(2026, 3, 18), QDate(2026, 3, 25)})
            QCOMPARE(f.countOn(day), 1);
        QCOMPARE(f.countOn(QDate(2026, 3, 5)), 0);
        f.page.nextAction()->trigger();
        QCOMPARE(f.page.titleText(), QStringLiteral("April 2026"));
        QCOMPARE(f.countOn(QDate(2026, 4, 1)), 1);
        QCOMPARE(f.countOn(QDate(2026, 4, 8)), 0); // the sixth would be past COUNT=5

        f.page.setView(CalendarPage::View::Week);
        f.page.selectDate(Today);
        for (int week = 0; week < 5; ++week) {
            const QDate wednesday = Today.addDays(7 * week);
            const CalendarDay* day = f.weekDay(wednesday);
            QVERIFY(day);
            QCOMPARE(day->appointments.size(), std::size_t(1));
            QCOMPARE(day->appointments.front().title, QStringLiteral("Physiotherapy"));
            QVERIFY(!f.page.weekView()->occurrenceRect(wednesday, day->appointments.front().key()).isEmpty());
            f.page.nextAction()->trigger();
        }
        QVERIFY(f.weekDay(Today.addDays(35))->appointments.empty());
        QVERIFY(f.page.hintText().contains(QStringLiteral("No appointments this week")));
    }

    void keyboardMovesTheSelectedDay()
    {
        Fixture f;
        const std::int64_t id = f.add(QStringLiteral("Blood test"), QDate(2026, 4, 2), QTime(8, 0));
        f.page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        MonthView* month = f.page.monthView();
        month->setFocus();
        f.page.selectDate(QDate(2026, 3, 31));
        QTest::keyClick(month, Qt::Key_Right);
        QCOMPARE(f.page.selectedDate(), QDate(2026, 4, 1));
        QCOMPARE(f.page.titleText(), QStringLiteral("April 2026"));
        QCOMPARE(month->selectedDate(), QDate(2026, 4, 1));
        QTest::keyClick(month, Qt::Key_Up);
        QCOMPARE(f.page.selectedDate(), QDate(2026, 3, 25));
        QCOMPARE(f.page.titleText(), QStringLiteral("March 2026"));
        QTest::keyClick(month, Qt::Key_Left);
        QCOMPARE(f.page.selectedDate(), QDate(2026, 3, 24));
        QTest::keyClick(month, Qt::Key_Down);
        QCOMPARE(f.page.selectedDate(), QDate(2026, 3, 31));
        QTest::keyClick(month, Qt::Key_PageDown);
        QCOMPARE(f.page.selectedDate(), QDate(2026, 4, 30));
        QTest::keyClick(month, Qt::Key_Home);
        QCOMPARE(f.page.selectedDate(), QDate(2026, 4, 1));
        QCOMPARE(month->currentIndex().data(CalendarMonthModel::DateRole).toDate(), QDate(2026, 4, 1));

        // Return on an empty day offers a new appointment on it; cancelling saves nothing.
        QTest::keyClick(month, Qt::Key_Return);
        AppointmentEditorDialog* editor = f.editor();
        QVERIFY(editor);
        QCOMPARE(field<QDateEdit>(editor, "startDate")->date(), QDate(2026, 4, 1));
        editor->reject();
        QCOMPARE(f.appointments.list().size(), std::size_t(1));

        // Return on a day with one appointment opens it.
        QTest::keyClick(month, Qt::Key_Right);
        QCOMPARE(f.page.selectedAppointmentId(), id);
        QTest::keyClick(month, Qt::Key_Return);
        editor = f.editor();
        QVERIFY(editor);
        QCOMPARE(field<QLineEdit>(editor, "title")->text(), QStringLiteral("Blood test"));
        editor->reject();

        // The page's shortcuts: next and previous month, today.
        QTest::keyClick(month, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(f.page.selectedDate(), QDate(2026, 5, 2));
        QTest::keyClick(month, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(f.page.selectedDate(), QDate(2026, 4, 2));
        QTest::keyClick(month, Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(f.page.selectedDate(), Today);
        QTest::keyClick(month, Qt::Key_2, Qt::AltModifier);
        QCOMPARE(f.page.view(), CalendarPage::View::Week);

        // The week view moves by day and by week.
        WeekView* week = f.page.weekView();
        QTest::keyClick(week, Qt::Key_Right);
        QCOMPARE(f.page.selectedDate(), QDate(2026, 3, 5));
        QTest::keyClick(week, Qt::Key_PageDown);
        QCOMPARE(f.page.selectedDate(), QDate(2026, 3, 12));
        QCOMPARE(week->days().front().date, QDate(2026, 3, 9));
        QTest::keyClick(week, Qt::Key_End);
        QCOMPARE(f.page.selectedDate(), QDate(2026, 3, 15));
        QCOMPARE(week->selectedDate(), QDate(2026, 3, 15));
    }

    void deleteAsksAndHides()
    {
        Fixture f;
        const std::int64_t id = f.add(QStringLiteral("Dentist"), QDate(2026, 3, 12), QTime(9, 0));
        f.page.selectDate(QDate(2026, 3, 12));
        QCOMPARE(f.page.selectedAppointmentId(), id);

        MessageBoxSeam::setNextAnswer(QMessageBox::No);
        f.page.deleteAction()->trigger();
        QVERIFY(MessageBoxSeam::lastText().contains(QStringLiteral("“Dentist”")));
        QCOMPARE(f.countOn(QDate(2026, 3, 12)), 1);
        QVERIFY(!f.appointments.get(id).deleted);

        // The Delete key, answered Yes.
        f.page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        f.page.monthView()->setFocus();
        MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(f.page.monthView(), Qt::Key_Delete);
        QCOMPARE(f.countOn(QDate(2026, 3, 12)), 0);
        QCOMPARE(f.page.selectedAppointmentId(), std::int64_t(0));
        QVERIFY_THROWS_EXCEPTION(RecordError, f.appointments.get(id));
        QVERIFY(f.appointments.get(id, true).deleted); // soft: still there

        // Deleted Appointments… brings it back.
        f.page.deletedAction()->trigger();
        auto* deleted = f.page.findChild<DeletedAppointmentsDialog*>();
        QVERIFY(deleted);
        QCOMPARE(deleted->count(), 1);
        deleted->restoreSelected();
        QCOMPARE(deleted->count(), 0);
        QCOMPARE(f.countOn(QDate(2026, 3, 12)), 1);
        QVERIFY(!f.appointments.get(id).deleted);
    }

    void cancelKeepsItStruckThrough()
    {
        Fixture f;
        const std::int64_t id = f.add(QStringLiteral("Optician"), Today, QTime(15, 0));
        QCOMPARE(f.page.selectedAppointmentId(), id);
        f.page.cancelAction()->trigger();
        QVERIFY(f.appointments.get(id).isCancelled());
        QCOMPARE(f.countOn(Today), 0);
        QCOMPARE(f.monthDay(Today).appointments.size(), std::size_t(1));
        QVERIFY(f.monthDay(Today).appointments.front().cancelled);
        QCOMPARE(f.page.selectedAppointmentId(), id);
        QVERIFY(f.page.dayPanel()->list()->currentItem()->font().strikeOut());
        QCOMPARE(f.page.cancelAction()->text(), QStringLiteral("Re&book Appointment"));
        f.page.viewAction(CalendarPage::View::Agenda)->trigger();
        QCOMPARE(f.page.agendaModel()->appointmentCount(), 0); // the agenda lists what will take place
        f.page.viewAction(CalendarPage::View::Month)->trigger();
        f.page.cancelAction()->trigger();
        QVERIFY(!f.appointments.get(id).isCancelled());
        QCOMPARE(f.countOn(Today), 1);
    }

    void dueDosesShowOnTheirDays()
    {
        Fixture f;
        Medication metformin;
        metformin.name = QStringLiteral("Metformin");
        metformin.strength = QStringLiteral("500 mg");
        metformin.doseAmount = 1;
        metformin.doseUnit = QStringLiteral("tablet");
        metformin.schedule = MedicationSchedule::fixedTimes({QTime(8, 0), QTime(20, 0)});
        metformin.startDate = QDate(2026, 3, 1);
        const std::int64_t medication = f.medications.add(metformin);
        f.medications.recordDose(medication, DoseEvent::Status::Taken, QDateTime(Today, QTime(8, 5)),
                                 QDateTime(Today, QTime(8, 0)));
        f.add(QStringLiteral("Dentist"), QDate(2026, 3, 5), QTime(9, 0));

        QCOMPARE(f.page.monthModel()->indexOf(QDate(2026, 3, 5)).data(CalendarMonthModel::DoseCountRole).toInt(), 2);
        QCOMPARE(f.page.monthModel()->indexOf(QDate(2026, 2, 28)).data(CalendarMonthModel::DoseCountRole).toInt(), 0);
        // The day's list: the dose times with what the log says, not selectable.
        QListWidget* list = f.page.dayPanel()->list();
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("08:00  Dose: Metformin 500 mg, 1 tablet (Taken)"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("20:00  Dose: Metformin 500 mg, 1 tablet (Not yet taken)"));
        QVERIFY(!(list->item(0)->flags() & Qt::ItemIsSelectable));
        QCOMPARE(f.page.selectedAppointmentId(), std::int64_t(0));
        f.page.selectDate(QDate(2026, 3, 5));
        QCOMPARE(list->count(), 3);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Dentist")));

        f.page.setView(CalendarPage::View::Week);
        QCOMPARE(f.weekDay(QDate(2026, 3, 5))->doses.size(), std::size_t(2));
        QCOMPARE(f.weekDay(QDate(2026, 3, 5))->doses.front().scheduledFor.toLocalTime().time(), QTime(8, 0));

        f.page.setView(CalendarPage::View::Agenda);
        const QStringList shape = f.agendaShape();
        const QString doses = QStringLiteral("doses: Doses: 08:00 Metformin 500 mg · 20:00 Metformin 500 mg");
        QCOMPARE(shape.mid(0, 5),
                 (QStringList {QStringLiteral("# 2026-03-04"), doses, QStringLiteral("# 2026-03-05"),
                               QStringLiteral("Dentist"), doses}));
        QCOMPARE(shape.count(doses), CalendarPage::AgendaDays);

        // They can be hidden.
        f.page.showDosesAction()->trigger();
        QCOMPARE(f.agendaShape(), (QStringList {QStringLiteral("# 2026-03-05"), QStringLiteral("Dentist")}));
        f.page.setView(CalendarPage::View::Month);
        QCOMPARE(f.page.monthModel()->indexOf(QDate(2026, 3, 5)).data(CalendarMonthModel::DoseCountRole).toInt(), 0);
        QCOMPARE(list->count(), 1);
    }

    void historyOpensOnTheSelectedAppointment()
    {
        Fixture f;
        const std::int64_t id = f.add(QStringLiteral("Cardiology"), Today, QTime(11, 0));
        f.page.editAction()->trigger();
        AppointmentEditorDialog* editor = f.editor();
        QVERIFY(editor);
        QCOMPARE(editor->windowTitle(), QStringLiteral("Edit Appointment"));
        QLineEdit* title = field<QLineEdit>(editor, "title");
        title->clear();
        QTest::keyClicks(title, QStringLiteral("Cardiology follow-up"));
        clickOk(editor);
        QCOMPARE(f.appointments.get(id).title, QStringLiteral("Cardiology follow-up"));
        QCOMPARE(f.appointments.history(id).size(), std::size_t(2));
        QCOMPARE(f.page.selectedAppointmentId(), id);

        f.page.historyAction()->trigger();
        auto* history = f.page.findChild<RecordHistoryDialog*>();
        QVERIFY(history);
        QVERIFY(history->isVisible());
        QCOMPARE(history->versionCount(), 2);
        QVERIFY(history->windowTitle().contains(QStringLiteral("Cardiology follow-up")));
        QVERIFY(history->shownText().contains(QStringLiteral("Cardiology → Cardiology follow-up")));
        history->close();
    }
};

QTEST_MAIN(TestCalendarPage)
#include "TestCalendarPage.moc"
