#include "MedicationScheduleEditor.h"

#include "OptionalDateField.h"
#include "MedicationStatusColours.h"
#include "RecordError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace carnet {

namespace {

const QTime DefaultTime(8, 0);
constexpr int DefaultIntervalHours = 8;

QString timeLabel(const QTime& time)
{
    return QLocale().toString(time, OptionalDateField::timeFormat());
}

} // namespace

MedicationScheduleEditor::MedicationScheduleEditor(QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_timesPanel(new QWidget(this))
    , m_times(new QListWidget(m_timesPanel))
    , m_newTime(new QTimeEdit(DefaultTime, m_timesPanel))
    , m_addTime(new QPushButton(tr("&Add"), m_timesPanel))
    , m_removeTime(new QPushButton(tr("Re&move"), m_timesPanel))
    , m_intervalPanel(new QWidget(this))
    , m_interval(new QSpinBox(m_intervalPanel))
    , m_firstTime(new QTimeEdit(DefaultTime, m_intervalPanel))
    , m_daysPanel(new QWidget(this))
    , m_asNeeded(new QLabel(tr("No doses are due. Record each dose with “Take extra dose” when you take it."), this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_kind->setObjectName(QStringLiteral("scheduleKind"));
    m_kind->setAccessibleName(tr("How often"));
    m_kind->addItem(tr("Times per day"), static_cast<int>(MedicationSchedule::Kind::FixedTimes));
    m_kind->addItem(tr("Every few hours"), static_cast<int>(MedicationSchedule::Kind::EveryHours));
    m_kind->addItem(tr("On days of the week"), static_cast<int>(MedicationSchedule::Kind::Weekdays));
    m_kind->addItem(tr("As needed"), static_cast<int>(MedicationSchedule::Kind::AsNeeded));

    // Times of day, shared by the daily and the weekly schedule.
    const QString timeFormat = OptionalDateField::timeFormat();
    m_times->setObjectName(QStringLiteral("scheduleTimes"));
    m_times->setAccessibleName(tr("Times of day"));
    m_times->setToolTip(tr("Times of day; Del removes the selected time"));
    m_times->setMaximumHeight(m_times->fontMetrics().height() * 5 + 2 * m_times->frameWidth());
    m_newTime->setObjectName(QStringLiteral("scheduleNewTime"));
    m_newTime->setAccessibleName(tr("Time to add"));
    m_newTime->setDisplayFormat(timeFormat);
    m_addTime->setObjectName(QStringLiteral("scheduleAddTime"));
    m_addTime->setAccessibleName(tr("Add time"));
    m_addTime->setToolTip(tr("Add this time of day"));
    m_addTime->setAutoDefault(false);
    m_removeTime->setObjectName(QStringLiteral("scheduleRemoveTime"));
    m_removeTime->setAccessibleName(tr("Remove time"));
    m_removeTime->setToolTip(tr("Remove the selected time (Del)"));
    m_removeTime->setAutoDefault(false);
    auto* timesLayout = new QGridLayout(m_timesPanel);
    timesLayout->setContentsMargins(0, 0, 0, 0);
    auto* timesLabel = new QLabel(tr("T&imes:"), m_timesPanel);
    timesLabel->setBuddy(m_times);
    timesLayout->addWidget(timesLabel, 0, 0, Qt::AlignTop);
    timesLayout->addWidget(m_times, 0, 1);
    timesLayout->addWidget(m_removeTime, 0, 2, Qt::AlignTop);
    timesLayout->addWidget(m_newTime, 1, 1);
    timesLayout->addWidget(m_addTime, 1, 2);
    timesLayout->setColumnStretch(1, 1);
    auto* removeShortcut = new QShortcut(QKeySequence::Delete, m_times, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, &MedicationScheduleEditor::removeSelectedTime);

    m_interval->setObjectName(QStringLiteral("scheduleInterval"));
    m_interval->setAccessibleName(tr("Hours between doses"));
    m_interval->setRange(1, MedicationSchedule::MaxIntervalHours);
    m_interval->setValue(DefaultIntervalHours);
    m_interval->setSuffix(tr(" hours", "every N hours"));
    m_firstTime->setObjectName(QStringLiteral("scheduleFirstTime"));
    m_firstTime->setAccessibleName(tr("First dose at"));
    m_firstTime->setDisplayFormat(timeFormat);
    auto* intervalLayout = new QFormLayout(m_intervalPanel);
    intervalLayout->setContentsMargins(0, 0, 0, 0);
    intervalLayout->addRow(tr("E&very:"), m_interval);
    intervalLayout->addRow(tr("First dose &at:"), m_firstTime);

    // Check boxes in the locale's week order, but indexed by ISO day number as the schedule stores them.
    auto* daysLayout = new QHBoxLayout(m_daysPanel);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    const int firstDay = QLocale().firstDayOfWeek();
    for (int i = 0; i < 7; ++i) {
        const int day = (firstDay - 1 + i) % 7 + 1;
        auto* box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), m_daysPanel);
        box->setObjectName(QStringLiteral("scheduleDay%1").arg(day));
        box->setAccessibleName(QLocale().dayName(day, QLocale::LongFormat));
        m_days[static_cast<std::size_t>(day - 1)] = box;
        daysLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &MedicationScheduleEditor::update);
    }
    daysLayout->addStretch(1);

    m_asNeeded->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("scheduleSummary"));
    m_summary->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("scheduleError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, MedicationStatusColours::attention(palette()));
    m_error->setPalette(errorPalette);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* kindRow = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("Ho&w often:"), this);
    kindLabel->setBuddy(m_kind);
    kindRow->addWidget(kindLabel);
    kindRow->addWidget(m_kind, 1);
    layout->addLayout(kindRow);
    layout->addWidget(m_daysPanel);
    layout->addWidget(m_timesPanel);
    layout->addWidget(m_intervalPanel);
    layout->addWidget(m_asNeeded);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addStretch(1);
    setFocusProxy(m_kind);
    // In the order they are shown: the days sit above the times.
    QList<QWidget*> order = {m_kind};
    for (int i = 0; i < 7; ++i)
        order << m_days[static_cast<std::size_t>((firstDay - 1 + i) % 7)];
    order << m_times << m_removeTime << m_newTime << m_addTime << m_interval << m_firstTime;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &MedicationScheduleEditor::kindChanged);
    connect(m_addTime, &QPushButton::clicked, this, &MedicationScheduleEditor::addTime);
    connect(m_removeTime, &QPushButton::clicked, this, &MedicationScheduleEditor::removeSelectedTime);
    connect(m_times, &QListWidget::currentRowChanged, this, &MedicationScheduleEditor::update);
    connect(m_interval, &QSpinBox::valueChanged, this, &MedicationScheduleEditor::update);
    connect(m_firstTime, &QTimeEdit::timeChanged, this, &MedicationScheduleEditor::update);
    setSchedule(MedicationSchedule::fixedTimes({DefaultTime}));
}

QWidget* MedicationScheduleEditor::tabOrderEnd() const
{
    return m_firstTime;
}

MedicationSchedule::Kind MedicationScheduleEditor::kind() const
{
    return static_cast<MedicationSchedule::Kind>(m_kind->currentData().toInt());
}

std::vector<QTime> MedicationScheduleEditor::times() const
{
    std::vector<QTime> out;
    for (int i = 0; i < m_times->count(); ++i)
        out.push_back(m_times->item(i)->data(Qt::UserRole).toTime());
    return out;
}

void MedicationScheduleEditor::setTimes(const std::vector<QTime>& times)
{
    m_times->clear();
    std::vector<QTime> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (const QTime& time : sorted) {
        auto* item = new QListWidgetItem(timeLabel(time), m_times);
        item->setData(Qt::UserRole, time);
    }
}

MedicationSchedule MedicationScheduleEditor::schedule() const
{
    MedicationSchedule schedule;
    schedule.kind = kind();
    switch (schedule.kind) {
    case MedicationSchedule::Kind::Weekdays:
        for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
            if (m_days[static_cast<std::size_t>(day - 1)]->isChecked())
                schedule.weekdays.push_back(day);
        }
        [[fallthrough]];
    case MedicationSchedule::Kind::FixedTimes:
        schedule.times = times();
        break;
    case MedicationSchedule::Kind::EveryHours:
        schedule.intervalHours = m_interval->value();
        schedule.firstTime = m_firstTime->time();
        break;
    case MedicationSchedule::Kind::AsNeeded:
        break;
    }
    MedicationSchedule normalized = schedule;
    try {
        normalized.normalizeAndValidate();
    } catch (const RecordError&) {
        return schedule;
    }
    return normalized;
}

void MedicationScheduleEditor::setSchedule(const MedicationSchedule& schedule)
{
    const QSignalBlocker blockKind(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(schedule.kind)));
    setTimes(schedule.times);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        QCheckBox* box = m_days[static_cast<std::size_t>(day - 1)];
        const QSignalBlocker blockDay(box);
        box->setChecked(std::find(schedule.weekdays.begin(), schedule.weekdays.end(), day) != schedule.weekdays.end());
    }
    {
        const QSignalBlocker blockInterval(m_interval);
        const QSignalBlocker blockFirst(m_firstTime);
        m_interval->setValue(schedule.intervalHours > 0 ? schedule.intervalHours : DefaultIntervalHours);
        m_firstTime->setTime(schedule.firstTime.isValid() ? schedule.firstTime : DefaultTime);
    }
    update();
}

QString MedicationScheduleEditor::problem() const
{
    MedicationSchedule candidate = schedule();
    try {
        candidate.normalizeAndValidate();
    } catch (const RecordError& error) {
        return error.message();
    }
    return {};
}

void MedicationScheduleEditor::addTime()
{
    std::vector<QTime> list = times();
    const QTime time = m_newTime->time();
    const QTime minute(time.hour(), time.minute());
    if (std::find(list.begin(), list.end(), minute) == list.end())
        list.push_back(minute);
    setTimes(list);
    for (int i = 0; i < m_times->count(); ++i) {
        if (m_times->item(i)->data(Qt::UserRole).toTime() == minute)
            m_times->setCurrentRow(i);
    }
    update();
}

void MedicationScheduleEditor::removeSelectedTime()
{
    const int row = m_times->currentRow();
    if (row < 0)
        return;
    delete m_times->takeItem(row);
    if (m_times->count() > 0)
        m_times->setCurrentRow(std::min(row, m_times->count() - 1));
    update();
}

void MedicationScheduleEditor::kindChanged()
{
    // A daily or weekly schedule without any time is never what was meant; start from a common time instead.
    const MedicationSchedule::Kind k = kind();
    if ((k == MedicationSchedule::Kind::FixedTimes || k == MedicationSchedule::Kind::Weekdays) && m_times->count() == 0)
        setTimes({DefaultTime});
    update();
}

void MedicationScheduleEditor::update()
{
    const MedicationSchedule::Kind k = kind();
    m_timesPanel->setVisible(k == MedicationSchedule::Kind::FixedTimes || k == MedicationSchedule::Kind::Weekdays);
    m_daysPanel->setVisible(k == MedicationSchedule::Kind::Weekdays);
    m_intervalPanel->setVisible(k == MedicationSchedule::Kind::EveryHours);
    m_asNeeded->setVisible(k == MedicationSchedule::Kind::AsNeeded);
    m_removeTime->setEnabled(m_times->currentRow() >= 0);

    const QString why = problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    m_summary->setText(why.isEmpty() && k != MedicationSchedule::Kind::AsNeeded ? schedule().describe() : QString());
    m_summary->setVisible(!m_summary->text().isEmpty());
    // Screen readers hear the problem when they land on the kind box.
    m_kind->setAccessibleDescription(why.isEmpty() ? m_summary->text() : why);
    emit changed();
}

} // namespace carnet
