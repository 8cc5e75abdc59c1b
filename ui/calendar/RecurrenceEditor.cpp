#include "RecurrenceEditor.h"

#include "AppointmentRepository.h"
#include "RecordError.h"
#include "RecurrenceRule.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QStringList>
#include <algorithm>

namespace carnet {

namespace {

enum EndEntry { EndNever, EndAfterCount, EndUntil };

RecurrencePattern::Frequency frequencyOf(RecurrenceEditor::Repeat repeat)
{
    switch (repeat) {
    case RecurrenceEditor::Repeat::Daily:
        return RecurrencePattern::Frequency::Daily;
    case RecurrenceEditor::Repeat::Weekly:
        return RecurrencePattern::Frequency::Weekly;
    case RecurrenceEditor::Repeat::Monthly:
        return RecurrencePattern::Frequency::Monthly;
    case RecurrenceEditor::Repeat::Yearly:
        return RecurrencePattern::Frequency::Yearly;
    case RecurrenceEditor::Repeat::Never:
    case RecurrenceEditor::Repeat::Custom:
        break;
    }
    return RecurrencePattern::Frequency::None;
}

RecurrenceEditor::Repeat repeatOf(RecurrencePattern::Frequency frequency)
{
    switch (frequency) {
    case RecurrencePattern::Frequency::None:
        return RecurrenceEditor::Repeat::Never;
    case RecurrencePattern::Frequency::Daily:
        return RecurrenceEditor::Repeat::Daily;
    case RecurrencePattern::Frequency::Weekly:
        return RecurrenceEditor::Repeat::Weekly;
    case RecurrencePattern::Frequency::Monthly:
        return RecurrenceEditor::Repeat::Monthly;
    case RecurrencePattern::Frequency::Yearly:
        return RecurrenceEditor::Repeat::Yearly;
    }
    return RecurrenceEditor::Repeat::Never;
}

// The start the rule is checked against: an all-day appointment starts at midnight of its first day.
QDateTime ruleStart(const Appointment& appointment)
{
    if (!appointment.start.isValid())
        return {};
    if (appointment.allDay)
        return QDateTime(appointment.localStart().date(), QTime(0, 0), appointment.zone());
    return appointment.start;
}

} // namespace

RecurrenceEditor::RecurrenceEditor(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_repeat(new QComboBox(this))
    , m_interval(new QSpinBox(this))
    , m_intervalUnit(new QLabel(this))
    , m_intervalRow(new QWidget(this))
    , m_weekdayRow(new QWidget(this))
    , m_endKind(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_until(new QDateEdit(this))
    , m_endRow(new QWidget(this))
    , m_rule(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_previewLabel(new QLabel(this))
{
    buildForm();
    updateVisibility();
    check();
}

void RecurrenceEditor::buildForm()
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_repeat->addItems(
        {tr("Does not repeat"), tr("Daily"), tr("Weekly"), tr("Monthly"), tr("Yearly"), tr("Custom rule")});
    m_repeat->setAccessibleName(tr("Repeats"));
    m_form->addRow(tr("Re&peats:"), m_repeat);

    auto* intervalLayout = new QHBoxLayout(m_intervalRow);
    intervalLayout->setContentsMargins(0, 0, 0, 0);
    m_interval->setObjectName(QStringLiteral("interval"));
    m_interval->setRange(1, RecurrencePattern::MaxInterval);
    m_interval->setAccessibleName(tr("Repeat every"));
    intervalLayout->addWidget(m_interval);
    intervalLayout->addWidget(m_intervalUnit, 1);
    m_form->addRow(tr("E&very:"), m_intervalRow);
    qobject_cast<QLabel*>(m_form->labelForField(m_intervalRow))->setBuddy(m_interval);

    auto* weekdayLayout = new QHBoxLayout(m_weekdayRow);
    weekdayLayout->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int i = 0; i < 7; ++i) {
        const int day = (locale.firstDayOfWeek() - 1 + i) % 7 + 1;
        auto* box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), m_weekdayRow);
        box->setObjectName(QStringLiteral("weekday%1").arg(day));
        box->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        box->setToolTip(tr("Repeat on %1").arg(locale.dayName(day, QLocale::LongFormat)));
        m_weekdays[static_cast<std::size_t>(day - 1)] = box;
        weekdayLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &RecurrenceEditor::formEdited);
    }
    weekdayLayout->addStretch(1);
    m_form->addRow(tr("&On:"), m_weekdayRow);
    const std::size_t firstBox = static_cast<std::size_t>(locale.firstDayOfWeek() - 1);
    qobject_cast<QLabel*>(m_form->labelForField(m_weekdayRow))->setBuddy(m_weekdays[firstBox]);

    auto* endLayout = new QHBoxLayout(m_endRow);
    endLayout->setContentsMargins(0, 0, 0, 0);
    m_endKind->setObjectName(QStringLiteral("endKind"));
    m_endKind->addItems({tr("Never"), tr("After a number of dates"), tr("On a date")});
    m_endKind->setAccessibleName(tr("Ends"));
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(1, RecurrencePattern::MaxCount);
    m_count->setValue(10);
    m_count->setAccessibleName(tr("Number of dates"));
    m_count->setToolTip(tr("How many dates in all, the first one included"));
    m_until->setObjectName(QStringLiteral("untilDate"));
    m_until->setCalendarPopup(true);
    m_until->setAccessibleName(tr("Last day"));
    m_until->setToolTip(tr("The last day that can have a date"));
    endLayout->addWidget(m_endKind);
    endLayout->addWidget(m_count);
    endLayout->addWidget(m_until);
    endLayout->addStretch(1);
    m_form->addRow(tr("&Ends:"), m_endRow);
    qobject_cast<QLabel*>(m_form->labelForField(m_endRow))->setBuddy(m_endKind);

    m_rule->setObjectName(QStringLiteral("rule"));
    m_rule->setAccessibleName(tr("Recurrence rule (RRULE)"));
    m_rule->setPlaceholderText(tr("e.g. FREQ=MONTHLY;BYDAY=1TU"));
    m_rule->setToolTip(tr("The rule in iCalendar (RFC 5545) form. The choices above write it; edit it directly for "
                          "patterns they cannot express, such as the first Tuesday of each month."));
    m_form->addRow(tr("R&ule:"), m_rule);

    m_status->setObjectName(QStringLiteral("ruleStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(QString(), m_status);

    m_previewLabel->setObjectName(QStringLiteral("preview"));
    m_previewLabel->setAccessibleName(tr("Next dates"));
    m_previewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(tr("Next dates:"), m_previewLabel);

    connect(m_repeat, &QComboBox::currentIndexChanged, this, &RecurrenceEditor::formEdited);
    connect(m_interval, &QSpinBox::valueChanged, this, &RecurrenceEditor::formEdited);
    connect(m_endKind, &QComboBox::currentIndexChanged, this, &RecurrenceEditor::formEdited);
    connect(m_count, &QSpinBox::valueChanged, this, &RecurrenceEditor::formEdited);
    connect(m_until, &QDateEdit::dateChanged, this, &RecurrenceEditor::formEdited);
    connect(m_rule, &QLineEdit::textEdited, this, &RecurrenceEditor::ruleEdited);
}

QString RecurrenceEditor::rule() const
{
    return m_rule->text().trimmed();
}

void RecurrenceEditor::setRule(const QString& rule)
{
    m_updating = true;
    m_rule->setText(rule.trimmed());
    m_updating = false;
    ruleEdited();
}

RecurrenceEditor::Repeat RecurrenceEditor::repeat() const
{
    return static_cast<Repeat>(m_repeat->currentIndex());
}

void RecurrenceEditor::setContext(const Appointment& appointment, const QDateTime& now)
{
    const QDate oldStart = m_context.start.isValid() ? m_context.localStart().date() : QDate();
    m_context = appointment;
    m_now = now;
    const QDate newStart = m_context.start.isValid() ? m_context.localStart().date() : QDate();
    // A weekly rule on the start's weekday alone follows the start to its new weekday.
    if (repeat() == Repeat::Weekly && oldStart.isValid() && newStart.isValid()
        && oldStart.dayOfWeek() != newStart.dayOfWeek()) {
        const RecurrencePattern pattern = patternFromForm();
        if (pattern.weekdays == std::vector<int> {oldStart.dayOfWeek()}) {
            m_updating = true;
            m_weekdays[static_cast<std::size_t>(oldStart.dayOfWeek() - 1)]->setChecked(false);
            m_weekdays[static_cast<std::size_t>(newStart.dayOfWeek() - 1)]->setChecked(true);
            m_updating = false;
            formEdited();
            return;
        }
    }
    check();
}

RecurrencePattern RecurrenceEditor::patternFromForm() const
{
    RecurrencePattern pattern;
    pattern.frequency = frequencyOf(repeat());
    pattern.interval = m_interval->value();
    if (pattern.frequency == RecurrencePattern::Frequency::Weekly) {
        for (int day = 1; day <= 7; ++day) {
            if (m_weekdays[static_cast<std::size_t>(day - 1)]->isChecked())
                pattern.weekdays.push_back(day);
        }
    }
    switch (m_endKind->currentIndex()) {
    case EndAfterCount:
        pattern.end = RecurrencePattern::End::AfterCount;
        pattern.count = m_count->value();
        break;
    case EndUntil:
        pattern.end = RecurrencePattern::End::Until;
        pattern.until = m_until->date();
        break;
    default:
        break;
    }
    return pattern;
}

void RecurrenceEditor::formEdited()
{
    if (m_updating)
        return;
    const QDate start = m_context.start.isValid() ? m_context.localStart().date() : QDate();
    m_updating = true;
    if (repeat() == Repeat::Weekly && start.isValid()) {
        const bool anyChecked
            = std::any_of(m_weekdays.begin(), m_weekdays.end(), [](const QCheckBox* box) { return box->isChecked(); });
        if (!anyChecked)
            m_weekdays[static_cast<std::size_t>(start.dayOfWeek() - 1)]->setChecked(true);
    }
    if (m_endKind->currentIndex() == EndUntil && start.isValid() && m_until->date() < start)
        m_until->setDate(start.addMonths(1));
    if (repeat() == Repeat::Never)
        m_rule->clear();
    else if (repeat() != Repeat::Custom)
        m_rule->setText(patternFromForm().toRule());
    m_updating = false;
    updateVisibility();
    check();
    emit changed();
}

void RecurrenceEditor::ruleEdited()
{
    if (m_updating)
        return;
    const std::optional<RecurrencePattern> pattern = RecurrencePattern::fromRule(rule());
    m_updating = true;
    if (pattern)
        showPattern(*pattern);
    else
        m_repeat->setCurrentIndex(static_cast<int>(Repeat::Custom));
    m_updating = false;
    updateVisibility();
    check();
    emit changed();
}

void RecurrenceEditor::showPattern(const RecurrencePattern& pattern)
{
    m_repeat->setCurrentIndex(static_cast<int>(repeatOf(pattern.frequency)));
    m_interval->setValue(pattern.interval);
    std::vector<int> days = pattern.weekdays;
    if (days.empty() && m_context.start.isValid())
        days.push_back(m_context.localStart().date().dayOfWeek());
    for (int day = 1; day <= 7; ++day)
        m_weekdays[static_cast<std::size_t>(day - 1)]->setChecked(std::find(days.begin(), days.end(), day)
                                                                  != days.end());
    switch (pattern.end) {
    case RecurrencePattern::End::Never:
        m_endKind->setCurrentIndex(EndNever);
        break;
    case RecurrencePattern::End::AfterCount:
        m_endKind->setCurrentIndex(EndAfterCount);
        m_count->setValue(pattern.count);
        break;
    case RecurrencePattern::End::Until:
        m_endKind->setCurrentIndex(EndUntil);
        m_until->setDate(pattern.until);
        break;
    }
}

void RecurrenceEditor::updateVisibility()
{
    const Repeat current = repeat();
    const bool simple = current != Repeat::Never && current != Repeat::Custom;
    m_form->setRowVisible(m_intervalRow, simple);
    m_form->setRowVisible(m_weekdayRow, current == Repeat::Weekly);
    m_form->setRowVisible(m_endRow, simple);
    m_form->setRowVisible(m_previewLabel, current != Repeat::Never);
    m_count->setVisible(m_endKind->currentIndex() == EndAfterCount);
    m_until->setVisible(m_endKind->currentIndex() == EndUntil);
    switch (current) {
    case Repeat::Daily:
        m_intervalUnit->setText(m_interval->value() == 1 ? tr("day") : tr("days", nullptr, m_interval->value()));
        break;
    case Repeat::Weekly:
        m_intervalUnit->setText(m_interval->value() == 1 ? tr("week") : tr("weeks", nullptr, m_interval->value()));
        break;
    case Repeat::Monthly:
        m_intervalUnit->setText(m_interval->value() == 1 ? tr("month") : tr("months", nullptr, m_interval->value()));
        break;
    case Repeat::Yearly:
        m_intervalUnit->setText(m_interval->value() == 1 ? tr("year") : tr("years", nullptr, m_interval->value()));
        break;
    default:
        m_intervalUnit->clear();
        break;
    }
}

void RecurrenceEditor::check()
{
    m_error.clear();
    m_preview.clear();
    const QString text = rule();
    if (text.isEmpty()) {
        m_status->setText(repeat() == Repeat::Custom ? tr("Type a rule, or choose how often it repeats.") : QString());
        if (repeat() == Repeat::Custom)
            m_error = tr("The recurrence rule is empty.");
        m_previewLabel->clear();
        return;
    }
    const QDateTime start = ruleStart(m_context);
    if (!start.isValid()) {
        m_status->clear();
        m_previewLabel->clear();
        return;
    }
    try {
        RecurrenceRule::validated(text, start, m_context.zone());
    } catch (const RecordError& error) {
        m_error = error.message();
        m_status->setText(tr("Not valid: %1").arg(m_error));
        m_previewLabel->setText(tr("No dates until the rule is valid."));
        return;
    }
    const std::optional<RecurrencePattern> pattern = RecurrencePattern::fromRule(text);
    m_status->setText(pattern ? pattern->describe() : tr("A custom rule; its dates are listed below."));

    Appointment withRule = m_context;
    withRule.recurrenceRule = text;
    if (withRule.title.trimmed().isEmpty())
        withRule.title = QStringLiteral("-"); // the title is checked elsewhere; the dates do not depend on it
    std::vector<Occurrence> dates;
    try {
        dates = AppointmentRepository::expandOccurrences(AppointmentRepository::normalized(withRule), m_now, {},
                                                         PreviewCount);
    } catch (const RecordError&) {
        m_previewLabel->setText(tr("No dates until the times are valid."));
        return;
    }
    const QLocale locale;
    QStringList lines;
    for (const Occurrence& occurrence : dates) {
        m_preview.push_back(occurrence.start);
        const QDateTime local = occurrence.localStart();
        const QString day = tr("%1 %2").arg(locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat),
                                            locale.toString(local.date(), QLocale::ShortFormat));
        lines << (occurrence.allDay ? day : tr("%1 %2").arg(day, locale.toString(local.time(), QLocale::ShortFormat)));
    }
    m_previewLabel->setText(lines.isEmpty() ? tr("No more dates.") : lines.join(QLatin1Char('\n')));
}

} // namespace carnet
