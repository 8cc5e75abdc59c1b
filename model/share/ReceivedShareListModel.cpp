#include "ReceivedShareListModel.h"

#include <QLocale>

namespace carnet {

ReceivedShareListModel::ReceivedShareListModel(Vault& vault, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(vault)
{
    reload();
}

void ReceivedShareListModel::reload()
{
    beginResetModel();
    m_shares = m_store.list();
    endResetModel();
}

int ReceivedShareListModel::rowOf(std::int64_t id) const
{
    for (size_t row = 0; row < m_shares.size(); ++row) {
        if (m_shares[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int ReceivedShareListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shares.size());
}

int ReceivedShareListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReceivedShareListModel::signerText(const ReceivedShareStore::Summary& share)
{
    if (share.signerName.isEmpty()) {
        const QString start = share.signerFingerprint.section(QLatin1Char(' '), 0, 1);
        return tr("Unknown signer (%1 …)").arg(start);
    }
    return share.signerPinned ? share.signerName : tr("%1 (not pinned)").arg(share.signerName);
}

QVariant ReceivedShareListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReceivedShareStore::Summary& share = m_shares[static_cast<size_t>(index.row())];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SignerColumn:
            return signerText(share);
        case ReceivedColumn:
            return locale.toString(share.receivedAt.toLocalTime(), QLocale::ShortFormat);
        case ItemsColumn:
            return share.itemCount;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = share.signerPinned
            ? tr("Signed by %1; the key is pinned in your care team.").arg(share.signerName)
            : tr("The signer's key is not pinned in your care team.");
        tip += QLatin1Char('\n') + tr("Fingerprint: %1").arg(share.signerFingerprint);
        if (share.created.isValid())
            tip += QLatin1Char('\n')
                + tr("Made on %1").arg(locale.toString(share.created.toLocalTime(), QLocale::ShortFormat));
        return tip;
    }
    case Qt::AccessibleTextRole:
        if (index.column() == ItemsColumn)
            return tr("%n record(s)", nullptr, share.itemCount);
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == ItemsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case IdRole:
        return static_cast<qint64>(share.id);
    case PinnedRole:
        return share.signerPinned;
    case FingerprintRole:
        return share.signerFingerprint;
    case CreatedRole:
        return share.created;
    case ReceivedAtRole:
        return share.receivedAt;
    default:
        return {};
    }
}

QVariant ReceivedShareListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SignerColumn:
        return tr("Signed by");
    case ReceivedColumn:
        return tr("Received");
    case ItemsColumn:
        return tr("Records");
    default:
        return {};
    }
}

} // namespace carnet
