#include "AppointmentEditorDialog.h"
#include "DialogSeams.h"
#include "RecordError.h"
#include "RecurrenceEditor.h"
#include "ReminderListEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>

using namespace carnet;

namespace {

// Wednesday 4 March 2026, 09:00 local time, one hour.
Appointment wednesdayCheckUp(const QString& rule = {})
{
    Appointment appointment;
    appointment.title = QStringLiteral("Check-up");
    appointment.start = QDateTime(QDate(2026, 3, 4), QTime(9, 0));
    appointment.end = appointment.start.addSecs(3600);
    appointment.recurrenceRule = rule;
    return appointment;
}

const QDateTime Now(QDate(2026, 3, 1), QTime(8, 0));

template <typename T> T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QPushButton* okButton(const AppointmentEditorDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestAppointmentEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void ruleShowsInTheForm_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("repeat");
        QTest::addColumn<int>("interval");
        QTest::addColumn<QList<int>>("weekdays");
        QTest::addColumn<int>("endKind");
        QTest::newRow("none") << "" << int(RecurrenceEditor::Repeat::Never) << 1 << QList<int> {} << 0;
        QTest::newRow("daily") << "FREQ=DAILY;INTERVAL=3;COUNT=4" << int(RecurrenceEditor::Repeat::Daily) << 3
                               << QList<int> {} << 1;
        QTest::newRow("weekly") << "FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20260630" << int(RecurrenceEditor::Repeat::Weekly)
                                << 1 << QList<int> {1, 4} << 2;
        QTest::newRow("weekly on the start's day")
            << "FREQ=WEEKLY;INTERVAL=2" << int(RecurrenceEditor::Repeat::Weekly) << 2 << QList<int> {3} << 0;
        QTest::newRow("monthly") << "FREQ=MONTHLY;COUNT=12" << int(RecurrenceEditor::Repeat::Monthly) << 1
                                 << QList<int> {} << 1;
        QTest::newRow("yearly") << "FREQ=YEARLY" << int(RecurrenceEditor::Repeat::Yearly) << 1 << QList<int> {} << 0;
        QTest::newRow("custom") << "FREQ=MONTHLY;BYDAY=1TU" << int(RecurrenceEditor::Repeat::Custom) << 1
                                << QList<int> {} << 0;
    }

    void ruleShowsInTheForm()
    {
        QFETCH(QString, rule);
        QFETCH(int, repeat);
        QFETCH(int, interval);
        QFETCH(QList<int>, weekdays);
        QFETCH(int, endKind);
        AppointmentEditorDialog dialog(wednesdayCheckUp(rule), Now);
        QCOMPARE(int(dialog.recurrenceEditor()->repeat()), repeat);
        QCOMPARE(child<QComboBox>(dialog, "repeat")->currentIndex(), repeat);
        QCOMPARE(child<QLineEdit>(dialog, "rule")->text(), rule);
        QCOMPARE(dialog.appointment().recurrenceRule, rule);
        QVERIFY2(dialog.isValid(), qPrintable(dialog.problem()));
        QVERIFY(okButton(dialog)->isEnabled());
        if (repeat == int(RecurrenceEditor::Repeat::Custom) || repeat == int(RecurrenceEditor::Repeat::Never))
            return;
        QCOMPARE(child<QSpinBox>(dialog, "interval")->value(), interval);
        QCOMPARE(child<QComboBox>(dialog, "endKind")->currentIndex(), endKind);
        if (repeat == int(RecurrenceEditor::Repeat::Weekly)) {
            for (int day = 1; day <= 7; ++day) {
                const QString name = QStringLiteral("weekday%1").arg(day);
                QCOMPARE(child<QCheckBox>(dialog, name.toLatin1().constData())->isChecked(), weekdays.contains(day));
            }
        }
        if (endKind == 1)
            QCOMPARE(QStringLiteral("COUNT=%1").arg(child<QSpinBox>(dialog, "count")->value()),
                     rule.section(QLatin1Char(';'), -1));
        if (endKind == 2)
            QCOMPARE(child<QDateEdit>(dialog, "untilDate")->date(), QDate(2026, 6, 30));
    }

    void formWritesTheRule()
    {
        AppointmentEditorDialog dialog(wednesdayCheckUp(), Now);
        auto* repeat = child<QComboBox>(dialog, "repeat");
        auto* rule = child<QLineEdit>(dialog, "rule");
        auto* interval = child<QSpinBox>(dialog, "interval");
        auto* endKind = child<QComboBox>(dialog, "endKind");

        repeat->setCurrentIndex(int(RecurrenceEditor::Repeat::Daily));
        QCOMPARE(rule->text(), QStringLiteral("FREQ=DAILY"));
        interval->setValue(2);
        QCOMPARE(rule->text(), QStringLiteral("FREQ=DAILY;INTERVAL=2"));
        endKind->setCurrentIndex(1);
        child<QSpinBox>(dialog, "count")->setValue(6);
        QCOMPARE(rule->text(), QStringLiteral("FREQ=DAILY;INTERVAL=2;COUNT=6"));

        // Weekly starts on the start's weekday (a Wednesday); more days are ticked by hand.
        repeat->setCurrentIndex(int(RecurrenceEditor::Repeat::Weekly));
        QVERIFY(child<QCheckBox>(dialog, "weekday3")->isChecked());
        QTest::mouseClick(child<QCheckBox>(dialog, "weekday5"), Qt::LeftButton);
        QCOMPARE(rule->text(), QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,FR;COUNT=6"));
        // Unticking every day leaves the start's weekday.
        QTest::mouseClick(child<QCheckBox>(dialog, "weekday5"), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(dialog, "weekday3"), Qt::LeftButton);
        QVERIFY(child<QCheckBox>(dialog, "weekday3")->isChecked());
        QCOMPARE(rule->text(), QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;COUNT=6"));
        // Moving the start to a Thursday moves a rule on the start's weekday along.
        child<QDateEdit>(dialog, "startDate")->setDate(QDate(2026, 3, 5));
        QCOMPARE(rule->text(), QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=6"));

        endKind->setCurrentIndex(2);
        child<QDateEdit>(dialog, "untilDate")->setDate(QDate(2026, 12, 31));
        interval->setValue(1);
        repeat->setCurrentIndex(int(RecurrenceEditor::Repeat::Monthly));
        QCOMPARE(rule->text(), QStringLiteral("FREQ=MONTHLY;UNTIL=20261231"));
        repeat->setCurrentIndex(int(RecurrenceEditor::Repeat::Yearly));
        endKind->setCurrentIndex(0);
        QCOMPARE(rule->text(), QStringLiteral("FREQ=YEARLY"));
        QCOMPARE(dialog.appointment().recurrenceRule, QStringLiteral("FREQ=YEARLY"));
        repeat->setCurrentIndex(int(RecurrenceEditor::Repeat::Never));
        QCOMPARE(rule->text(), QString());
        QVERIFY(dialog.isValid());
    }

    void typedRuleFillsTheForm()
    {
        AppointmentEditorDialog dialog(wednesdayCheckUp(), Now);
        auto* rule = child<QLineEdit>(dialog, "rule");
        QTest::keyClicks(rule, QStringLiteral("freq=weekly;byday=tu,sa;count=3"));
        QCOMPARE(int(dialog.recurrenceEditor()->repeat()), int(RecurrenceEditor::Repeat::Weekly));
        QVERIFY(child<QCheckBox>(dialog, "weekday2")->isChecked());
        QVERIFY(child<QCheckBox>(dialog, "weekday6")->isChecked());
        QVERIFY(!child<QCheckBox>(dialog, "weekday3")->isChecked());
        QCOMPARE(child<QSpinBox>(dialog, "count")->value(), 3);
        QVERIFY(dialog.isValid());
        QCOMPARE(child<QLabel>(dialog, "ruleStatus")->text(), QStringLiteral("Weekly on Tue and Sat, 3 times"));

        rule->clear();
        QTest::keyClicks(rule, QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR"));
        QCOMPARE(int(dialog.recurrenceEditor()->repeat()), int(RecurrenceEditor::Repeat::Custom));
        QVERIFY(dialog.isValid());
        QCOMPARE(dialog.appointment().recurrenceRule, QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR"));
        // The last Fridays after 4 March 2026.
        const std::vector<QDateTime> preview = dialog.previewStarts();
        QCOMPARE(preview.size(), std::size_t(RecurrenceEditor::PreviewCount));
        QCOMPARE(preview[1].toLocalTime(), QDateTime(QDate(2026, 3, 27), QTime(9, 0)));
        QCOMPARE(preview[2].toLocalTime(), QDateTime(QDate(2026, 4, 24), QTime(9, 0)));
    }

    void invalidInputDisablesOk()
    {
        Appointment empty = wednesdayCheckUp();
        empty.title.clear();
        AppointmentEditorDialog dialog(empty, Now);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("title")));
        QVERIFY(child<QLabel>(dialog, "problem")->isVisibleTo(&dialog));

        QTest::keyClicks(child<QLineEdit>(dialog, "title"), QStringLiteral("Eye test"));
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog.problem()));
        QVERIFY(!child<QLabel>(dialog, "problem")->isVisibleTo(&dialog));

        // An end before the start.
        child<QDateEdit>(dialog, "endDate")->setDate(QDate(2026, 3, 3));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("before it starts")));
        child<QSpinBox>(dialog, "duration")->setValue(30);
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(child<QTimeEdit>(dialog, "endTime")->time(), QTime(9, 30));

        // A rule that is not RFC 5545.
        auto* rule = child<QLineEdit>(dialog, "rule");
        QTest::keyClicks(rule, QStringLiteral("FREQ=FORTNIGHTLY"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(child<QLabel>(dialog, "ruleStatus")->text().startsWith(QStringLiteral("Not valid:")));
        QVERIFY(child<QLabel>(dialog, "ruleStatus")->text().contains(QStringLiteral("FORTNIGHTLY")));
        QVERIFY(dialog.previewStarts().empty());
        rule->clear();
        QTest::keyClicks(rule, QStringLiteral("FREQ=DAILY;COUNT=2;UNTIL=20260401"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("COUNT and UNTIL")));
        rule->clear();
        QTest::keyClicks(rule, QStringLiteral("FREQ=DAILY;UNTIL=20260201"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("before the appointment starts")));
        rule->clear();
        QTest::keyClicks(rule, QStringLiteral("FREQ=DAILY"));
        QVERIFY(okButton(dialog)->isEnabled());

        // An unknown time zone.
        auto* zone = child<QComboBox>(dialog, "timeZone");
        zone->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("Mars/Olympus_Mons")));
        zone->setCurrentText(QStringLiteral("Europe/Paris"));
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.appointment().timeZone, QStringLiteral("Europe/Paris"));
        QCOMPARE(dialog.appointment().start, QDateTime(QDate(2026, 3, 4), QTime(9, 0), QTimeZone("Europe/Paris")));

        // Accepting an invalid dialog does nothing.
        child<QLineEdit>(dialog, "title")->clear();
        bool saved = false;
        dialog.setSaver([&saved](const Appointment&) { saved = true; });
        dialog.accept();
        QVERIFY(!saved);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void previewListsTheNextDates()
    {
        AppointmentEditorDialog dialog(wednesdayCheckUp(QStringLiteral("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4")), Now);
        std::vector<QDateTime> expected;
        for (const QDate& day : {QDate(2026, 3, 4), QDate(2026, 3, 9), QDate(2026, 3, 11), QDate(2026, 3, 16)})
            expected.push_back(QDateTime(day, QTime(9, 0)).toUTC());
        QCOMPARE(dialog.previewStarts(), expected);
        QCOMPARE(child<QLabel>(dialog, "preview")->text().split(QLatin1Char('\n')).size(), 4);
        QVERIFY(child<QLabel>(dialog, "preview")->text().startsWith(QStringLiteral("Wed 04/03/2026 09:00")));

        // More dates than the preview shows: the first five; a later time moves every date.
        child<QComboBox>(dialog, "endKind")->setCurrentIndex(0);
        child<QTimeEdit>(dialog, "startTime")->setTime(QTime(14, 15));
        expected.clear();
        for (const QDate& day :
             {QDate(2026, 3, 4), QDate(2026, 3, 9), QDate(2026, 3, 11), QDate(2026, 3, 16), QDate(2026, 3, 18)})
            expected.push_back(QDateTime(day, QTime(14, 15)).toUTC());
        QCOMPARE(dialog.previewStarts(), expected);
        QCOMPARE(child<QTimeEdit>(dialog, "endTime")->time(), QTime(15, 15));

        // Dates already past are left out.
        AppointmentEditorDialog later(wednesdayCheckUp(QStringLiteral("FREQ=DAILY")),
                                      QDateTime(QDate(2026, 5, 1), QTime(12, 0)));
        QCOMPARE(later.previewStarts().front(), QDateTime(QDate(2026, 5, 2), QTime(9, 0)).toUTC());
    }

    void allDayKeepsTheLastDay()
    {
        Appointment trip = wednesdayCheckUp();
        trip.allDay = true;
        trip.start = QDateTime(QDate(2026, 3, 4), QTime(0, 0));
        trip.end = QDateTime(QDate(2026, 3, 7), QTime(0, 0)); // the midnight after 6 March
        AppointmentEditorDialog dialog(trip, Now);
        QVERIFY(child<QCheckBox>(dialog, "allDay")->isChecked());
        QCOMPARE(child<QDateEdit>(dialog, "endDate")->date(), QDate(2026, 3, 6));
        QVERIFY(!child<QTimeEdit>(dialog, "startTime")->isVisibleTo(&dialog));
        // Moving the start keeps the three days.
        child<QDateEdit>(dialog, "startDate")->setDate(QDate(2026, 3, 10));
        QCOMPARE(child<QDateEdit>(dialog, "endDate")->date(), QDate(2026, 3, 12));
        const Appointment values = dialog.appointment();
        QVERIFY(values.allDay);
        QCOMPARE(values.start.toLocalTime(), QDateTime(QDate(2026, 3, 10), QTime(0, 0)));
        QCOMPARE(values.end.toLocalTime(), QDateTime(QDate(2026, 3, 13), QTime(0, 0)));
        QVERIFY(dialog.isValid());
    }

    void remindersAreListed()
    {
        Appointment appointment = wednesdayCheckUp();
        appointment.reminderMinutes = {60};
        AppointmentEditorDialog dialog(appointment, Now);
        auto* list = child<QListWidget>(dialog, "reminderList");
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("1 hour before"));
        child<QSpinBox>(dialog, "reminderAmount")->setValue(2);
        child<QComboBox>(dialog, "reminderUnit")->setCurrentIndex(2); // days
        QTest::mouseClick(child<QPushButton>(dialog, "addReminder"), Qt::LeftButton);
        child<QSpinBox>(dialog, "reminderAmount")->setValue(15);
        child<QComboBox>(dialog, "reminderUnit")->setCurrentIndex(0); // minutes
        QTest::mouseClick(child<QPushButton>(dialog, "addReminder"), Qt::LeftButton);
        QCOMPARE(dialog.appointment().reminderMinutes, (std::vector<int> {2880, 60, 15}));
        QCOMPARE(list->item(0)->text(), QStringLiteral("2 days before"));
        // The amount cannot go beyond what the model accepts.
        child<QComboBox>(dialog, "reminderUnit")->setCurrentIndex(2);
        QCOMPARE(child<QSpinBox>(dialog, "reminderAmount")->maximum(), 30);
        list->setCurrentRow(1);
        QTest::mouseClick(child<QPushButton>(dialog, "removeReminder"), Qt::LeftButton);
        QCOMPARE(dialog.appointment().reminderMinutes, (std::vector<int> {2880, 15}));
    }

    void saverErrorKeepsTheDialogOpen()
    {
        AppointmentEditorDialog dialog(wednesdayCheckUp(), Now);
        QTest::keyClicks(child<QLineEdit>(dialog, "provider"), QStringLiteral("Dr. Roe"));
        int calls = 0;
        dialog.setSaver([&calls](const Appointment& values) {
            ++calls;
            QCOMPARE(values.provider, QStringLiteral("Dr. Roe"));
            if (calls == 1)
                throw RecordError(RecordError::Kind::NotFound, QStringLiteral("No appointment with id 7."));
        });
        dialog.show();
        MessageBoxSeam::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(calls, 1);
        QCOMPARE(MessageBoxSeam::lastText(), QStringLiteral("No appointment with id 7."));
        QVERIFY(dialog.isVisible());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(calls, 2);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestAppointmentEditor)
#include "TestAppointmentEditor.moc"
