#pragma once

#include "Occurrence.h"

#include <QAbstractListModel>
#include <QDateTime>

#include <vector>

namespace carnet {

class AppointmentRepository;

// The agenda: the occurrences of booked appointments in a time range, one row each, in start order.
class AppointmentListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        AppointmentIdRole = Qt::UserRole + 1, // qint64
        StartRole, // QDateTime, UTC
        EndRole, // QDateTime, UTC
        TitleRole,
        ProviderRole,
        PlaceRole,
        RecurringRole, // bool
        AllDayRole, // bool
        TimeZoneRole, // IANA name
        KeyRole, // Occurrence::key()
    };

    explicit AppointmentListModel(const AppointmentRepository& repository, QObject* parent = nullptr);

    // Shows the occurrences overlapping [from, to) and reloads.
    void setRange(const QDateTime& from, const QDateTime& to);
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    // Reads the range again, e.g. after an appointment was saved.
    void reload();
    // Throws std::out_of_range for a row that does not exist.
    const Occurrence& occurrenceAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const AppointmentRepository& m_repository;
    QDateTime m_from;
    QDateTime m_to;
    std::vector<Occurrence> m_rows;
};

} // namespace carnet
