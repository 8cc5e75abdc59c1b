#pragma once

#include "ReceivedShareStore.h"

#include <QAbstractTableModel>
#include <vector>

namespace carnet {

class Vault;

// The kept shares for the "Shared with me" section: signer, when received, how many records; newest first.
class ReceivedShareListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SignerColumn, ReceivedColumn, ItemsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        PinnedRole, // bool: the signer's key is pinned now
        FingerprintRole, // grouped
        CreatedRole, // QDateTime (UTC) the sender made it
        ReceivedAtRole, // QDateTime (UTC)
    };

    explicit ReceivedShareListModel(Vault& vault, QObject* parent = nullptr);

    void reload();
    // The row of a kept share, or -1.
    int rowOf(std::int64_t id) const;
    const ReceivedShareStore::Summary& summaryAt(int row) const { return m_shares.at(static_cast<size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Dr. Moreau", "Dr. Moreau (not pinned)" or "Unknown signer (3f2a 91c0 …)".
    static QString signerText(const ReceivedShareStore::Summary& share);

private:
    ReceivedShareStore m_store;
    std::vector<ReceivedShareStore::Summary> m_shares;
};

} // namespace carnet
