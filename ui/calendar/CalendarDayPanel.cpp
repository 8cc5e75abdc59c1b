#include "CalendarDayPanel.h"

#include "AgendaDelegate.h"
#include "AgendaModel.h"
#include "AppointmentListModel.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace carnet {

CalendarDayPanel::CalendarDayPanel(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading->setObjectName(QStringLiteral("dayHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_list->setObjectName(QStringLiteral("dayList"));
    m_list->setAccessibleName(tr("Appointments and doses of the selected day"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Drawn like the agenda's rows, elided to the panel's width; the full text is in each row's tooltip.
    m_list->setItemDelegate(new AgendaDelegate(m_list));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_heading->setBuddy(m_list);
    layout->addWidget(m_list, 1);
    m_hint->setObjectName(QStringLiteral("dayHint"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Nothing on this day. Press Return or Ctrl+N to add an appointment."));
    layout->addWidget(m_hint);

    connect(m_list, &QListWidget::currentItemChanged, this, [this] { emit currentKeyChanged(currentKey()); });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString key = item->data(KeyRole).toString();
        if (!key.isEmpty())
            emit keyActivated(key);
    });
}

void CalendarDayPanel::setDay(const CalendarDay& day)
{
    const QString previous = currentKey();
    m_day = day;
    const QLocale locale;
    m_heading->setText(locale.toString(day.date, QLocale::LongFormat));
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Occurrence& occurrence : day.appointments) {
        QString when = tr("All day");
        if (!occurrence.allDay) {
            const QDateTime start = occurrence.start.toLocalTime();
            const QDateTime end = occurrence.end.toLocalTime();
            const QString startText = start.date() == day.date ? locale.toString(start.time(), QLocale::ShortFormat)
                                                               : locale.toString(start, QLocale::ShortFormat);
            const QString endText = end.date() == day.date ? locale.toString(end.time(), QLocale::ShortFormat)
                                                           : locale.toString(end, QLocale::ShortFormat);
            when = end > start ? tr("%1 – %2").arg(startText, endText) : startText;
        }
        QStringList lines {tr("%1  %2").arg(when, occurrence.title)};
        QStringList detail;
        for (const QString& part : {occurrence.provider, occurrence.place}) {
            if (!part.isEmpty())
                detail << part;
        }
        if (occurrence.cancelled)
            detail.prepend(tr("Cancelled"));
        if (!detail.isEmpty())
            lines << detail.join(tr(", "));
        auto* item = new QListWidgetItem(lines.join(QLatin1Char('\n')), m_list);
        item->setData(KeyRole, occurrence.key());
        item->setData(AppointmentIdRole, QVariant::fromValue<qint64>(occurrence.appointmentId));
        item->setData(CancelledRole, occurrence.cancelled);
        item->setData(AgendaModel::RowKindRole, static_cast<int>(AgendaModel::RowKind::Appointment));
        item->setData(AgendaModel::TimeTextRole, when);
        item->setData(AgendaModel::DetailTextRole, detail.join(tr(", ")));
        item->setData(AgendaModel::CancelledRole, occurrence.cancelled);
        item->setData(AppointmentListModel::TitleRole, occurrence.title);
        item->setToolTip(lines.join(QLatin1Char('\n')));
        if (occurrence.cancelled) {
            QFont font = m_list->font();
            font.setStrikeOut(true);
            item->setFont(font);
        }
    }
    for (const DueDose& dose : day.doses) {
        const QString what
            = dose.doseText.isEmpty() ? dose.medicationName : tr("%1, %2").arg(dose.medicationName, dose.doseText);
        const QString text = tr("%1  Dose: %2 (%3)")
                                 .arg(locale.toString(dose.scheduledFor.toLocalTime().time(), QLocale::ShortFormat),
                                      what, DueDose::statusLabel(dose.status));
        auto* item = new QListWidgetItem(text, m_list);
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(AgendaModel::RowKindRole, static_cast<int>(AgendaModel::RowKind::Doses));
        item->setToolTip(text);
    }
    m_hint->setVisible(day.appointments.empty());
    m_hint->setText(day.doses.empty() ? tr("Nothing on this day. Press Return or Ctrl+N to add an appointment.")
                                      : tr("No appointments on this day. Press Return or Ctrl+N to add one."));
    selectKey(previous);
}

QString CalendarDayPanel::currentKey() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(KeyRole).toString() : QString();
}

void CalendarDayPanel::selectKey(const QString& key)
{
    QListWidgetItem* chosen = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const QString itemKey = item->data(KeyRole).toString();
        if (itemKey.isEmpty())
            continue;
        if (!chosen || itemKey == key)
            chosen = item;
        if (itemKey == key)
            break;
    }
    const QString before = currentKey();
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(chosen);
        if (!chosen)
            m_list->clearSelection();
    }
    if (currentKey() != before)
        emit currentKeyChanged(currentKey());
}

} // namespace carnet
