#include "ManualClock.h"
#include "MedicationEditorDialog.h"
#include "MedicationRepository.h"
#include "MedicationScheduleEditor.h"
#include "TemporaryVault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>

using namespace carnet;
using testsupport::ManualClock;
using testsupport::TemporaryVault;

Q_DECLARE_METATYPE(carnet::MedicationSchedule)

namespace {

template<typename T>
T* child(QObject& parent, const QString& name)
{
    auto* found = parent.findChild<T*>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

void chooseKind(MedicationScheduleEditor& editor, MedicationSchedule::Kind kind)
{
    QComboBox* box = editor.kindBox();
    box->setCurrentIndex(box->findData(static_cast<int>(kind)));
}

void clearTimes(MedicationScheduleEditor& editor)
{
    auto* list = child<QListWidget>(editor, QStringLiteral("scheduleTimes"));
    while (list->count() > 0) {
        list->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("scheduleRemoveTime")), Qt::LeftButton);
    }
}

void addTime(MedicationScheduleEditor& editor, const QTime& time)
{
    child<QTimeEdit>(editor, QStringLiteral("scheduleNewTime"))->setTime(time);
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("scheduleAddTime")), Qt::LeftButton);
}

} // namespace

class TestMedicationScheduleEditor : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEachKind_data()
    {
        QTest::addColumn<MedicationSchedule>("schedule");
        QTest::addColumn<QString>("description");
        QTest::newRow("times") << MedicationSchedule::fixedTimes({QTime(8, 0), QTime(14, 30), QTime(20, 0)})
                               << QStringLiteral("3 times a day at 08:00, 14:30 and 20:00");
        QTest::newRow("every-hours") << MedicationSchedule::everyHours(6, QTime(5, 45))
                                     << QStringLiteral("Every 6 hours from 05:45");
        QTest::newRow("days") << MedicationSchedule::onWeekdays({1, 3, 5}, {QTime(9, 0)})
                              << QStringLiteral("Mon, Wed, Fri at 09:00");
        QTest::newRow("as-needed") << MedicationSchedule::asNeeded() << QStringLiteral("As needed");
    }

    // From a schedule into the widgets and back.
    void roundTripsEachKind()
    {
        QFETCH(MedicationSchedule, schedule);
        QFETCH(QString, description);
        MedicationScheduleEditor editor;
        editor.setSchedule(schedule);
        QCOMPARE(static_cast<MedicationSchedule::Kind>(editor.kindBox()->currentData().toInt()), schedule.kind);
        QCOMPARE(editor.schedule(), schedule);
        QCOMPARE(editor.schedule().describe(), description);
        QVERIFY(editor.problem().isEmpty());
        if (!schedule.isAsNeeded())
            QCOMPARE(child<QLabel>(editor, QStringLiteral("scheduleSummary"))->text(), description);
        // And into a second editor, as the edit dialog does with a stored medication.
        MedicationScheduleEditor again;
        again.setSchedule(editor.schedule());
        QCOMPARE(again.schedule(), schedule);
    }

    // From widgets typed and clicked into a schedule.
    void buildsEachKindFromTheWidgets()
    {
        MedicationScheduleEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // A new editor proposes once a day at 08:00.
        QCOMPARE(editor.schedule(), MedicationSchedule::fixedTimes({QTime(8, 0)}));

        addTime(editor, QTime(21, 15));
        addTime(editor, QTime(13, 0));
        addTime(editor, QTime(13, 0)); // the same time twice is one time
        QCOMPARE(editor.schedule(), MedicationSchedule::fixedTimes({QTime(8, 0), QTime(13, 0), QTime(21, 15)}));
        // Del in the list removes the selected time.
        auto* list = child<QListWidget>(editor, QStringLiteral("scheduleTimes"));
        list->setFocus();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(editor.schedule(), MedicationSchedule::fixedTimes({QTime(8, 0), QTime(21, 15)}));

        chooseKind(editor, MedicationSchedule::Kind::EveryHours);
        auto* interval = child<QSpinBox>(editor, QStringLiteral("scheduleInterval"));
        interval->selectAll();
        QTest::keyClicks(interval, QStringLiteral("12"));
        child<QTimeEdit>(editor, QStringLiteral("scheduleFirstTime"))->setTime(QTime(6, 0));
        QCOMPARE(editor.schedule(), MedicationSchedule::everyHours(12, QTime(6, 0)));

        chooseKind(editor, MedicationSchedule::Kind::Weekdays);
        QVERIFY(!editor.problem().isEmpty()); // no day ticked yet
        QTest::mouseClick(child<QCheckBox>(editor, QStringLiteral("scheduleDay2")), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(editor, QStringLiteral("scheduleDay6")), Qt::LeftButton);
        // The times entered for the daily schedule carry over.
        QCOMPARE(editor.schedule(), MedicationSchedule::onWeekdays({2, 6}, {QTime(8, 0), QTime(21, 15)}));
        for (int day = 1; day <= 7; ++day) {
            auto* box = child<QCheckBox>(editor, QStringLiteral("scheduleDay%1").arg(day));
            if (!box->isChecked())
                QTest::mouseClick(box, Qt::LeftButton);
        }
        // Every day of the week is simply every day.
        QCOMPARE(editor.schedule(), MedicationSchedule::fixedTimes({QTime(8, 0), QTime(21, 15)}));

        chooseKind(editor, MedicationSchedule::Kind::AsNeeded);
        QCOMPARE(editor.schedule(), MedicationSchedule::asNeeded());
        QVERIFY(!child<QWidget>(editor, QStringLiteral("scheduleTimes"))->isVisible());
    }

    void invalidInputDisablesOk()
    {
        TemporaryVault tv;
        ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
        MedicationRepository repository(tv.db(), clock);
        MedicationEditorDialog dialog(repository, Medication());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* name = child<QLineEdit>(dialog, QStringLiteral("name"));
        auto* nameError = child<QLabel>(dialog, QStringLiteral("nameError"));

        // Nothing typed: OK is off, but no error is shouted before the field was touched.
        QVERIFY(!ok->isEnabled());
        QVERIFY(!nameError->isVisible());
        QTest::keyClicks(name, QStringLiteral("Warfarin"));
        QVERIFY(ok->isEnabled());
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(!ok->isEnabled());
        QVERIFY(nameError->isVisible());
        QCOMPARE(nameError->text(), QStringLiteral("A medication needs a name."));
        QTest::keyClicks(name, QStringLiteral("Warfarin"));
        QVERIFY(!nameError->isVisible());

        // A dose that is not a positive number.
        auto* dose = child<QLineEdit>(dialog, QStringLiteral("doseAmount"));
        auto* doseError = child<QLabel>(dialog, QStringLiteral("doseError"));
        QTest::keyClicks(dose, QStringLiteral("abc"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(doseError->isVisible());
        dose->clear();
        QTest::keyClicks(dose, QStringLiteral("0"));
        QVERIFY(!ok->isEnabled());
        dose->clear();
        QTest::keyClicks(dose, QStringLiteral("2.5"));
        QVERIFY(ok->isEnabled());
        QVERIFY(!doseError->isVisible());

        // A schedule without a time, then without a day.
        MedicationScheduleEditor* schedule = dialog.scheduleEditor();
        auto* scheduleError = child<QLabel>(dialog, QStringLiteral("scheduleError"));
        clearTimes(*schedule);
        QVERIFY(!ok->isEnabled());
        QVERIFY(scheduleError->isVisible());
        QCOMPARE(scheduleError->text(), QStringLiteral("The schedule needs at least one time of day."));
        QCOMPARE(dialog.problem(), scheduleError->text());
        addTime(*schedule, QTime(18, 0));
        QVERIFY(ok->isEnabled());
        chooseKind(*schedule, MedicationSchedule::Kind::Weekdays);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(scheduleError->text(), QStringLiteral("The schedule needs at least one day of the week."));
        QTest::mouseClick(child<QCheckBox>(dialog, QStringLiteral("scheduleDay4")), Qt::LeftButton);
        QVERIFY(ok->isEnabled());
        QVERIFY(!scheduleError->isVisible());

        // Accepting saves what the widgets say.
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Medication saved = repository.get(dialog.savedId());
        QCOMPARE(saved.name, QStringLiteral("Warfarin"));
        QCOMPARE(saved.doseAmount.value_or(0), 2.5);
        QCOMPARE(saved.schedule, MedicationSchedule::onWeekdays({4}, {QTime(18, 0)}));
    }

    void editingShowsTheStoredSchedule()
    {
        TemporaryVault tv;
        ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
        MedicationRepository repository(tv.db(), clock);
        Medication m;
        m.name = QStringLiteral("Prednisolone");
        m.schedule = MedicationSchedule::everyHours(8, QTime(6, 0));
        const std::int64_t id = repository.add(m);
        MedicationEditorDialog dialog(repository, repository.get(id));
        QCOMPARE(dialog.scheduleEditor()->schedule(), m.schedule);
        QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("scheduleInterval"))->value(), 8);
        QVERIFY(dialog.canAccept());
        chooseKind(*dialog.scheduleEditor(), MedicationSchedule::Kind::AsNeeded);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(repository.get(id).schedule.isAsNeeded());
        QCOMPARE(repository.get(id).version, 2);
    }
};

QTEST_MAIN(TestMedicationScheduleEditor)
#include "TestMedicationScheduleEditor.moc"
