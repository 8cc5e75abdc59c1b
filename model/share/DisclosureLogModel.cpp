#include "DisclosureLogModel.h"

#include "ShareRecipient.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringList>

namespace carnet {

namespace {

constexpr qsizetype AgeKeyHead = 10; // "age1" and six characters
constexpr qsizetype AgeKeyTail = 6;

} // namespace

DisclosureLogModel::DisclosureLogModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

void DisclosureLogModel::reload()
{
    beginResetModel();
    // DisclosureLog::list() is already newest first.
    m_rows = DisclosureLog(m_db).list();
    endResetModel();
}

const DisclosureLog::Disclosure& DisclosureLogModel::disclosure(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row));
}

QString DisclosureLogModel::whatText(const QJsonObject& items)
{
    QStringList parts;
    const int entries = static_cast<int>(items.value(QStringLiteral("journal")).toArray().size());
    if (entries > 0)
        parts << (entries == 1 ? tr("1 journal entry") : tr("%n journal entries", nullptr, entries));
    if (items.value(QStringLiteral("medications")).toBool())
        parts << tr("medications");
    if (items.value(QStringLiteral("insurance")).toBool())
        parts << tr("insurance");
    if (items.value(QStringLiteral("appointments")).toBool())
        parts << tr("appointments");
    if (parts.isEmpty())
        return tr("the profile only");
    return parts.join(tr(", ", "separator between the kinds of records shared"));
}

QString DisclosureLogModel::kindText(const QString& kind)
{
    if (kind == QLatin1String(ShareRecipient::CareTeamKind))
        return tr("care team member");
    if (kind == QLatin1String(ShareRecipient::AgeKeyKind))
        return tr("age key");
    if (kind == QLatin1String(ShareRecipient::PassphraseKind))
        return tr("one-time passphrase");
    return kind;
}

QString DisclosureLogModel::shortLabel(const DisclosureLog::Recipient& recipient)
{
    const QString& label = recipient.label;
    if (label.startsWith(QLatin1String("age1")) && label.size() > AgeKeyHead + AgeKeyTail + 1)
        return label.left(AgeKeyHead) + QChar(0x2026) + label.right(AgeKeyTail);
    return label;
}

QString DisclosureLogModel::shortHash(const QString& sha256)
{
    if (sha256.size() <= ShortHashDigits)
        return sha256;
    return sha256.left(ShortHashDigits) + QChar(0x2026);
}

QString DisclosureLogModel::recipientsText(const DisclosureLog::Disclosure& disclosure) const
{
    QStringList labels;
    for (const DisclosureLog::Recipient& recipient : disclosure.recipients)
        labels << shortLabel(recipient);
    return labels.join(QStringLiteral("; "));
}

QString DisclosureLogModel::recipientsToolTip(const DisclosureLog::Disclosure& disclosure) const
{
    QStringList lines;
    for (const DisclosureLog::Recipient& recipient : disclosure.recipients) {
        if (recipient.fingerprint.isEmpty())
            lines << tr("%1 (%2)").arg(recipient.label, kindText(recipient.kind));
        else
            lines
                << tr("%1 (%2), fingerprint %3").arg(recipient.label, kindText(recipient.kind), recipient.fingerprint);
    }
    return lines.join(QLatin1Char('\n'));
}

int DisclosureLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DisclosureLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisclosureLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DisclosureLog::Disclosure& d = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case FullHashRole:
        return d.packageSha256;
    case DisclosureIdRole:
        return QVariant::fromValue<qint64>(d.id);
    case ExportIdRole:
        return d.exportId;
    case Qt::TextAlignmentRole:
        if (index.column() == ItemsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        if (role == SortRole)
            return d.at;
        return QLocale().toString(d.at.toLocalTime(),
                                  role == Qt::ToolTipRole ? QLocale::LongFormat : QLocale::ShortFormat);
    case RecipientsColumn:
        return role == Qt::ToolTipRole ? recipientsToolTip(d) : recipientsText(d);
    case WhatColumn:
        return whatText(d.items);
    case ItemsColumn:
        if (role == Qt::ToolTipRole)
            return d.itemCount == 1 ? tr("1 record shared") : tr("%n records shared", nullptr, d.itemCount);
        return d.itemCount;
    case FileColumn:
        return d.fileName;
    case HashColumn:
        if (role == Qt::ToolTipRole)
            return tr("SHA-256 of the file as written: %1").arg(d.packageSha256);
        return role == SortRole ? d.packageSha256 : shortHash(d.packageSha256);
    default:
        return {};
    }
}

QVariant DisclosureLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case WhenColumn:
        return role == Qt::ToolTipRole ? tr("When the file was written (local time)") : tr("When");
    case RecipientsColumn:
        return role == Qt::ToolTipRole ? tr("Who the file was encrypted to") : tr("Shared with");
    case WhatColumn:
        return role == Qt::ToolTipRole ? tr("Which kinds of records the file holds") : tr("What");
    case ItemsColumn:
        return role == Qt::ToolTipRole ? tr("How many records the file holds") : tr("Records");
    case FileColumn:
        return role == Qt::ToolTipRole ? tr("The file's name (the folder is not kept)") : tr("File");
    case HashColumn:
        return role == Qt::ToolTipRole ? tr("SHA-256 of the file, to check that a file is the one you sent")
                                       : tr("SHA-256");
    default:
        return {};
    }
}

} // namespace carnet
