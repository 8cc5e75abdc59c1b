#include "AgendaModel.h"

#include "AppointmentListModel.h"
#include "CalendarDay.h"
#include "MedicationRepository.h"

#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <map>

namespace carnet {

AgendaModel::AgendaModel(AppointmentListModel& source, const MedicationRepository* medications, QObject* parent)
    : QAbstractListModel(parent)
    , m_source(source)
    , m_medications(medications)
{
    connect(&m_source, &QAbstractItemModel::modelReset, this, &AgendaModel::rebuild);
    connect(&m_source, &QAbstractItemModel::rowsInserted, this, &AgendaModel::rebuild);
    connect(&m_source, &QAbstractItemModel::rowsRemoved, this, &AgendaModel::rebuild);
    connect(&m_source, &QAbstractItemModel::dataChanged, this, &AgendaModel::rebuild);
    rebuild();
}

void AgendaModel::setToday(const QDate& today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (!m_rows.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, Qt::AccessibleTextRole});
}

void AgendaModel::setShowDoses(bool show)
{
    if (show == m_showDoses)
        return;
    m_showDoses = show;
    rebuild();
}

void AgendaModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    std::map<QDate, std::vector<int>> appointmentsByDay;
    std::map<QDate, std::vector<DueDose>> dosesByDay;
    if (m_source.from().isValid() && m_source.to().isValid() && m_source.from() < m_source.to()) {
        const QDate firstDay = m_source.from().toLocalTime().date();
        const QDate lastDay = m_source.to().addMSecs(-1).toLocalTime().date();
        for (int row = 0; row < m_source.rowCount(); ++row) {
            const Occurrence& occurrence = m_source.occurrenceAt(row);
            const QDate day
                = occurrence.allDay ? occurrence.localStart().date() : occurrence.start.toLocalTime().date();
            // One that began before the range is listed on its first day in the range.
            appointmentsByDay[std::max(day, firstDay)].push_back(row);
        }
        if (m_showDoses && m_medications) {
            const QDate end = std::min(lastDay, firstDay.addDays(CalendarDay::MaxDays - 1));
            for (QDate day = firstDay; day <= end; day = day.addDays(1)) {
                std::vector<DueDose> doses = m_medications->dueDoses(day);
                if (!doses.empty())
                    dosesByDay[day] = std::move(doses);
            }
        }
    }
    std::vector<QDate> days;
    for (const auto& [day, rows] : appointmentsByDay)
        days.push_back(day);
    for (const auto& [day, doses] : dosesByDay)
        days.push_back(day);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    for (const QDate& day : days) {
        m_rows.push_back({RowKind::DayHeader, day, -1, {}});
        const auto appointments = appointmentsByDay.find(day);
        if (appointments != appointmentsByDay.end()) {
            for (int sourceRow : appointments->second)
                m_rows.push_back({RowKind::Appointment, day, sourceRow, {}});
        }
        const auto doses = dosesByDay.find(day);
        if (doses != dosesByDay.end())
            m_rows.push_back({RowKind::Doses, day, -1, doses->second});
    }
    endResetModel();
}

AgendaModel::RowKind AgendaModel::kindAt(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row)).kind;
}

int AgendaModel::sourceRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return m_rows[static_cast<std::size_t>(row)].sourceRow;
}

int AgendaModel::rowOfKey(const QString& key) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const int source = m_rows[static_cast<std::size_t>(row)].sourceRow;
        if (source >= 0 && m_source.occurrenceAt(source).key() == key)
            return row;
    }
    return -1;
}

int AgendaModel::appointmentCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row& row) { return row.kind == RowKind::Appointment; }));
}

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QString AgendaModel::headerText(const QDate& date) const
{
    const QString day = QLocale().toString(date, QLocale::LongFormat);
    if (m_today.isValid() && date == m_today)
        return tr("Today, %1").arg(day);
    if (m_today.isValid() && date == m_today.addDays(1))
        return tr("Tomorrow, %1").arg(day);
    return day;
}

QString AgendaModel::timeText(int sourceRow) const
{
    const Occurrence& occurrence = m_source.occurrenceAt(sourceRow);
    if (occurrence.allDay)
        return tr("All day");
    const QLocale locale;
    const QDateTime start = occurrence.start.toLocalTime();
    const QDateTime end = occurrence.end.toLocalTime();
    if (end <= start)
        return locale.toString(start.time(), QLocale::ShortFormat);
    const QString endText = end.date() == start.date() ? locale.toString(end.time(), QLocale::ShortFormat)
                                                       : locale.toString(end, QLocale::ShortFormat);
    return tr("%1 – %2").arg(locale.toString(start.time(), QLocale::ShortFormat), endText);
}

QString AgendaModel::dosesText(const std::vector<DueDose>& doses)
{
    const QLocale locale;
    QStringList groups;
    QTime groupTime;
    QStringList names;
    auto flush = [&] {
        if (!names.isEmpty())
            groups << tr("%1 %2").arg(locale.toString(groupTime, QLocale::ShortFormat), names.join(tr(", ")));
        names.clear();
    };
    for (const DueDose& dose : doses) {
        const QTime time = dose.scheduledFor.toLocalTime().time();
        if (time != groupTime)
            flush();
        groupTime = time;
        names << dose.medicationName;
    }
    flush();
    return tr("Doses: %1").arg(groups.join(tr(" · ")));
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() != 0)
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == RowKindRole)
        return static_cast<int>(row.kind);
    if (role == DateRole)
        return row.date;
    switch (row.kind) {
    case RowKind::DayHeader:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return headerText(row.date);
        return {};
    case RowKind::Doses: {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return dosesText(row.doses);
        if (role == DoseCountRole)
            return static_cast<int>(row.doses.size());
        if (role == Qt::ToolTipRole) {
            const QLocale locale;
            QStringList lines;
            for (const DueDose& dose : row.doses) {
                const QString what = dose.doseText.isEmpty() ? dose.medicationName
                                                             : tr("%1, %2").arg(dose.medicationName, dose.doseText);
                lines << tr("%1 %2 (%3)")
                             .arg(locale.toString(dose.scheduledFor.toLocalTime().time(), QLocale::ShortFormat), what,
                                  DueDose::statusLabel(dose.status));
            }
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    }
    case RowKind::Appointment: {
        const Occurrence& occurrence = m_source.occurrenceAt(row.sourceRow);
        QStringList detail;
        if (!occurrence.provider.isEmpty())
            detail << occurrence.provider;
        if (!occurrence.place.isEmpty())
            detail << occurrence.place;
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1  %2").arg(timeText(row.sourceRow), occurrence.title);
        case Qt::AccessibleTextRole:
            return detail.isEmpty()
                ? tr("%1  %2").arg(timeText(row.sourceRow), occurrence.title)
                : tr("%1  %2, %3").arg(timeText(row.sourceRow), occurrence.title, detail.join(tr(", ")));
        case Qt::ToolTipRole:
            return detail.isEmpty() ? occurrence.title
                                    : tr("%1\n%2").arg(occurrence.title, detail.join(QLatin1Char('\n')));
        case TimeTextRole:
            return timeText(row.sourceRow);
        case DetailTextRole:
            return detail.join(tr(", "));
        case CancelledRole:
            return occurrence.cancelled;
        default:
            return m_source.data(m_source.index(row.sourceRow), role);
        }
    }
    }
    return {};
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() != 0)
        return Qt::NoItemFlags;
    if (m_rows[static_cast<std::size_t>(index.row())].kind == RowKind::Appointment)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> AgendaModel::roleNames() const
{
    QHash<int, QByteArray> names = m_source.roleNames();
    names.insert(RowKindRole, "rowKind");
    names.insert(DateRole, "date");
    names.insert(TimeTextRole, "timeText");
    names.insert(DetailTextRole, "detailText");
    names.insert(DoseCountRole, "doseCount");
    names.insert(CancelledRole, "cancelled");
    return names;
}

} // namespace carnet
