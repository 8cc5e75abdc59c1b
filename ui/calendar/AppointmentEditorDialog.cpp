#include "AppointmentEditorDialog.h"

#include "AppointmentRepository.h"
#include "DialogSeams.h"
#include "RecordError.h"
#include "RecurrenceEditor.h"
#include "ReminderListEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace carnet {

namespace {

constexpr int MaxDurationMinutes = 14 * 24 * 60;

// The locale's short date, with a four-digit year: a two-digit one is ambiguous when typing.
QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString systemZoneName()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    return id.isEmpty() || !QTimeZone(id).isValid() ? QStringLiteral("UTC") : QString::fromUtf8(id);
}

QDateTime wall(const QDate& date, const QTime& time)
{
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

AppointmentEditorDialog::AppointmentEditorDialog(const Appointment& appointment, const QDateTime& now, QWidget* parent)
    : QDialog(parent)
    , m_original(appointment)
    , m_now(now)
    , m_title(new QLineEdit(this))
    , m_provider(new QLineEdit(this))
    , m_place(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_allDay(new QCheckBox(tr("A&ll day"), this))
    , m_startDate(new QDateEdit(this))
    , m_startTime(new QTimeEdit(this))
    , m_endDate(new QDateEdit(this))
    , m_endTime(new QTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_durationLabel(new QLabel(tr("D&uration:"), this))
    , m_timeZone(new QComboBox(this))
    , m_recurrence(new RecurrenceEditor(this))
    , m_reminders(new ReminderListEditor(this))
    , m_notes(new QPlainTextEdit(this))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(appointment.id > 0 ? tr("Edit Appointment") : tr("New Appointment"));
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("tabs"));
    tabs->addTab(buildDetailsTab(), tr("&Details"));

    auto* repeatTab = new QWidget(tabs);
    auto* repeatLayout = new QVBoxLayout(repeatTab);
    if (appointment.id > 0 && appointment.isRecurring()) {
        auto* seriesNote = new QLabel(tr("Changes apply to every date of this series."), repeatTab);
        seriesNote->setWordWrap(true);
        repeatLayout->addWidget(seriesNote);
    }
    repeatLayout->addWidget(m_recurrence);
    repeatLayout->addStretch(1);
    tabs->addTab(repeatTab, tr("&Repeat"));

    auto* moreTab = new QWidget(tabs);
    auto* moreLayout = new QVBoxLayout(moreTab);
    auto* remindersLabel = new QLabel(tr("Reminders:"), moreTab);
    moreLayout->addWidget(remindersLabel);
    moreLayout->addWidget(m_reminders, 1);
    auto* notesLabel = new QLabel(tr("N&otes:"), moreTab);
    notesLabel->setBuddy(m_notes);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    moreLayout->addWidget(notesLabel);
    moreLayout->addWidget(m_notes, 2);
    tabs->addTab(moreTab, tr("Reminders and &notes"));
    layout->addWidget(tabs, 1);

    m_problemLabel->setObjectName(QStringLiteral("problem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setAccessibleName(tr("Problem"));
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AppointmentEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    load(appointment);

    connect(m_title, &QLineEdit::textChanged, this, &AppointmentEditorDialog::revalidate);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &AppointmentEditorDialog::revalidate);
    connect(m_startDate, &QDateEdit::dateChanged, this, &AppointmentEditorDialog::startEdited);
    connect(m_startTime, &QTimeEdit::timeChanged, this, &AppointmentEditorDialog::startEdited);
    connect(m_endDate, &QDateEdit::dateChanged, this, &AppointmentEditorDialog::endEdited);
    connect(m_endTime, &QTimeEdit::timeChanged, this, &AppointmentEditorDialog::endEdited);
    connect(m_duration, &QSpinBox::valueChanged, this, &AppointmentEditorDialog::durationEdited);
    connect(m_allDay, &QCheckBox::toggled, this, &AppointmentEditorDialog::allDayToggled);
    connect(m_recurrence, &RecurrenceEditor::changed, this, &AppointmentEditorDialog::revalidate);
    connect(m_reminders, &ReminderListEditor::changed, this, &AppointmentEditorDialog::revalidate);
    revalidate();
    m_title->setFocus();
}

QWidget* AppointmentEditorDialog::buildDetailsTab()
{
    auto* tab = new QWidget(this);
    auto* form = new QFormLayout(tab);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto named = [](QWidget* widget, const char* objectName, const QString& accessibleName) {
        widget->setObjectName(QLatin1String(objectName));
        widget->setAccessibleName(accessibleName);
    };
    named(m_title, "title", tr("Title"));
    m_title->setPlaceholderText(tr("Required, e.g. Dermatology check-up"));
    form->addRow(tr("&Title:"), m_title);
    named(m_provider, "provider", tr("Provider"));
    m_provider->setPlaceholderText(tr("e.g. Dr. Jane Roe"));
    form->addRow(tr("&Provider:"), m_provider);
    named(m_place, "place", tr("Place"));
    m_place->setPlaceholderText(tr("e.g. City Clinic, room 4"));
    form->addRow(tr("Pl&ace:"), m_place);
    named(m_address, "address", tr("Address"));
    form->addRow(tr("Addre&ss:"), m_address);

    named(m_allDay, "allDay", tr("All day"));
    form->addRow(QString(), m_allDay);

    const QString dates = dateFormat();
    const QString times = QLocale().timeFormat(QLocale::ShortFormat);
    for (QDateEdit* edit : {m_startDate, m_endDate}) {
        edit->setDisplayFormat(dates);
        edit->setCalendarPopup(true);
    }
    for (QTimeEdit* edit : {m_startTime, m_endTime})
        edit->setDisplayFormat(times);
    named(m_startDate, "startDate", tr("Start date"));
    named(m_startTime, "startTime", tr("Start time"));
    named(m_endDate, "endDate", tr("End date"));
    named(m_endTime, "endTime", tr("End time"));
    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_startDate);
    startRow->addWidget(m_startTime);
    startRow->addStretch(1);
    auto* startLabel = new QLabel(tr("&Starts:"), tab);
    startLabel->setBuddy(m_startDate);
    form->addRow(startLabel, startRow);
    auto* endRow = new QHBoxLayout;
    endRow->addWidget(m_endDate);
    endRow->addWidget(m_endTime);
    endRow->addStretch(1);
    auto* endLabel = new QLabel(tr("&Ends:"), tab);
    endLabel->setBuddy(m_endDate);
    form->addRow(endLabel, endRow);

    named(m_duration, "duration", tr("Duration in minutes"));
    m_duration->setRange(0, MaxDurationMinutes);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_durationLabel->setBuddy(m_duration);
    form->addRow(m_durationLabel, m_duration);

    named(m_timeZone, "timeZone", tr("Time zone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    QStringList zones;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    zones.sort();
    m_timeZone->addItems(zones);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->setToolTip(tr("The times above are in this zone; a repeating appointment keeps its local time "
                              "across daylight-saving changes."));
    form->addRow(tr("Time &zone:"), m_timeZone);
    return tab;
}

void AppointmentEditorDialog::load(const Appointment& appointment)
{
    m_syncing = true;
    m_title->setText(appointment.title);
    m_provider->setText(appointment.provider);
    m_place->setText(appointment.place);
    m_address->setText(appointment.address);
    m_notes->setPlainText(appointment.notes);
    const QString zoneName = appointment.timeZone.isEmpty() ? systemZoneName() : appointment.timeZone;
    m_timeZone->setCurrentText(zoneName);
    QDateTime start = appointment.start.isValid() ? appointment.start : m_now;
    QDateTime end = appointment.end.isValid() ? appointment.end : start.addSecs(3600);
    const QTimeZone shownZone
        = QTimeZone(zoneName.toUtf8()).isValid() ? QTimeZone(zoneName.toUtf8()) : QTimeZone::utc();
    start = start.toTimeZone(shownZone);
    end = end.toTimeZone(shownZone);
    m_allDay->setChecked(appointment.allDay);
    m_startDate->setDate(start.date());
    m_startTime->setTime(start.time());
    if (appointment.allDay) {
        // Stored as the midnight after the last day; shown as the last day.
        const QDate lastDay = end.time() == QTime(0, 0) ? end.date().addDays(-1) : end.date();
        m_endDate->setDate(std::max(lastDay, start.date()));
        m_endTime->setTime(start.time());
        m_duration->setValue(60);
    } else {
        m_endDate->setDate(end.date());
        m_endTime->setTime(end.time());
        m_duration->setValue(static_cast<int>(std::clamp<qint64>(
            wall(start.date(), start.time()).secsTo(wall(end.date(), end.time())) / 60, 0, MaxDurationMinutes)));
    }
    m_reminders->setMinutes(appointment.reminderMinutes);
    m_shownStartDate = m_startDate->date();
    m_syncing = false;
    allDayToggled(appointment.allDay);
    m_recurrence->setContext(this->appointment(), m_now);
    m_recurrence->setRule(appointment.recurrenceRule);
}

QTimeZone AppointmentEditorDialog::zone() const
{
    const QTimeZone named(m_timeZone->currentText().trimmed().toUtf8());
    return named.isValid() ? named : QTimeZone::utc();
}

QDateTime AppointmentEditorDialog::wallStart() const
{
    return wall(m_startDate->date(), m_allDay->isChecked() ? QTime(0, 0) : m_startTime->time());
}

QDateTime AppointmentEditorDialog::wallEnd() const
{
    if (m_allDay->isChecked())
        return wall(m_endDate->date().addDays(1), QTime(0, 0));
    return wall(m_endDate->date(), m_endTime->time());
}

Appointment AppointmentEditorDialog::appointment() const
{
    Appointment appointment = m_original;
    appointment.title = m_title->text();
    appointment.provider = m_provider->text();
    appointment.place = m_place->text();
    appointment.address = m_address->text();
    appointment.notes = m_notes->toPlainText();
    appointment.timeZone = m_timeZone->currentText().trimmed();
    appointment.allDay = m_allDay->isChecked();
    const QTimeZone shownZone = zone();
    const QDateTime start = wallStart();
    const QDateTime end = wallEnd();
    appointment.start = QDateTime(start.date(), start.time(), shownZone);
    appointment.end = QDateTime(end.date(), end.time(), shownZone);
    appointment.recurrenceRule = m_recurrence->rule();
    appointment.reminderMinutes = m_reminders->minutes();
    return appointment;
}

std::vector<QDateTime> AppointmentEditorDialog::previewStarts() const
{
    return m_recurrence->previewStarts();
}

void AppointmentEditorDialog::startEdited()
{
    if (m_syncing)
        return;
    m_syncing = true;
    if (m_allDay->isChecked()) {
        // Keep the number of days.
        const qint64 days
            = m_shownStartDate.isValid() ? std::max<qint64>(0, m_shownStartDate.daysTo(m_endDate->date())) : 0;
        m_endDate->setDate(m_startDate->date().addDays(days));
    } else {
        const QDateTime end = wallStart().addSecs(qint64(m_duration->value()) * 60);
        m_endDate->setDate(end.date());
        m_endTime->setTime(end.time());
    }
    m_shownStartDate = m_startDate->date();
    m_syncing = false;
    revalidate();
}

void AppointmentEditorDialog::endEdited()
{
    if (m_syncing)
        return;
    m_syncing = true;
    if (!m_allDay->isChecked()) {
        const qint64 minutes = wallStart().secsTo(wallEnd()) / 60;
        if (minutes >= 0 && minutes <= MaxDurationMinutes)
            m_duration->setValue(static_cast<int>(minutes));
    }
    m_syncing = false;
    revalidate();
}

void AppointmentEditorDialog::durationEdited()
{
    if (m_syncing)
        return;
    m_syncing = true;
    const QDateTime end = wallStart().addSecs(qint64(m_duration->value()) * 60);
    m_endDate->setDate(end.date());
    m_endTime->setTime(end.time());
    m_syncing = false;
    revalidate();
}

void AppointmentEditorDialog::allDayToggled(bool allDay)
{
    m_startTime->setVisible(!allDay);
    m_endTime->setVisible(!allDay);
    m_duration->setVisible(!allDay);
    m_durationLabel->setVisible(!allDay);
    if (!m_syncing) {
        m_syncing = true;
        if (allDay && m_endDate->date() < m_startDate->date())
            m_endDate->setDate(m_startDate->date());
        if (!allDay) {
            const QDateTime end = wallStart().addSecs(qint64(m_duration->value()) * 60);
            m_endDate->setDate(end.date());
            m_endTime->setTime(end.time());
        }
        m_syncing = false;
    }
    revalidate();
}

void AppointmentEditorDialog::revalidate()
{
    if (m_syncing)
        return;
    m_syncing = true;
    const Appointment current = appointment();
    m_recurrence->setContext(current, m_now);
    m_syncing = false;
    m_problem.clear();
    try {
        AppointmentRepository::normalized(appointment());
    } catch (const RecordError& error) {
        m_problem = error.message();
    }
    if (m_problem.isEmpty() && !m_recurrence->isValid())
        m_problem = m_recurrence->error();
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

void AppointmentEditorDialog::accept()
{
    revalidate();
    if (!isValid())
        return;
    if (m_saver) {
        try {
            m_saver(appointment());
        } catch (const RecordError& error) {
            MessageBoxSeam::warning(this, tr("Appointment not saved"), error.message());
            return;
        }
    }
    QDialog::accept();
}

} // namespace carnet
