#include "AppointmentListModel.h"

#include "AppointmentRepository.h"

#include <QLocale>

namespace carnet {

AppointmentListModel::AppointmentListModel(const AppointmentRepository& repository, QObject* parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
}

void AppointmentListModel::setRange(const QDateTime& from, const QDateTime& to)
{
    m_from = from;
    m_to = to;
    reload();
}

void AppointmentListModel::reload()
{
    beginResetModel();
    m_rows = m_repository.occurrences(m_from, m_to);
    endResetModel();
}

const Occurrence& AppointmentListModel::occurrenceAt(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row));
}

int AppointmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AppointmentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.column() != 0 || index.row() >= rowCount())
        return {};
    const Occurrence& occurrence = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale;
        const QString when = occurrence.allDay ? locale.toString(occurrence.localStart().date(), QLocale::ShortFormat)
                                               : locale.toString(occurrence.start.toLocalTime(), QLocale::ShortFormat);
        return tr("%1  %2").arg(when, occurrence.title);
    }
    case Qt::ToolTipRole:
        return occurrence.place.isEmpty() ? occurrence.provider
                                          : tr("%1, %2").arg(occurrence.provider, occurrence.place);
    case AppointmentIdRole:
        return QVariant::fromValue<qint64>(occurrence.appointmentId);
    case StartRole:
        return occurrence.start;
    case EndRole:
        return occurrence.end;
    case TitleRole:
        return occurrence.title;
    case ProviderRole:
        return occurrence.provider;
    case PlaceRole:
        return occurrence.place;
    case RecurringRole:
        return occurrence.recurring;
    case AllDayRole:
        return occurrence.allDay;
    case TimeZoneRole:
        return occurrence.timeZone;
    case KeyRole:
        return occurrence.key();
    default:
        return {};
    }
}

QHash<int, QByteArray> AppointmentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AppointmentIdRole, "appointmentId");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(TitleRole, "title");
    names.insert(ProviderRole, "provider");
    names.insert(PlaceRole, "place");
    names.insert(RecurringRole, "recurring");
    names.insert(AllDayRole, "allDay");
    names.insert(TimeZoneRole, "timeZone");
    names.insert(KeyRole, "key");
    return names;
}

} // namespace carnet
