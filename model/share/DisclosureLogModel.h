#pragma once

#include "DisclosureLog.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <vector>

namespace carnet {

class Database;

// The disclosure log as a read-only table for the Sharing view: when, to whom, what, how many records, the file and
// its SHA-256; newest first.
class DisclosureLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, RecipientsColumn, WhatColumn, ItemsColumn, FileColumn, HashColumn, ColumnCount };
    enum Role {
        // The raw value a column sorts by: the instant, the count, or the text.
        SortRole = Qt::UserRole + 1,
        FullHashRole,
        DisclosureIdRole,
        ExportIdRole,
    };
    // How many hex digits of the hash the table shows; the tooltip and FullHashRole give all 64.
    static constexpr int ShortHashDigits = 12;

    explicit DisclosureLogModel(Database& db, QObject* parent = nullptr);

    // Reads the log again (after a share was written).
    void reload();

    // The row's disclosure; row must be in range.
    const DisclosureLog::Disclosure& disclosure(int row) const;

    // "3 journal entries, medications" from the log's items object.
    static QString whatText(const QJsonObject& items);
    // "care team member", "age key", "one-time passphrase" for a recipient kind.
    static QString kindText(const QString& kind);
    // A recipient as the table names it: a bare age1… key is shortened to its ends.
    static QString shortLabel(const DisclosureLog::Recipient& recipient);
    static QString shortHash(const QString& sha256);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString recipientsText(const DisclosureLog::Disclosure& disclosure) const;
    QString recipientsToolTip(const DisclosureLog::Disclosure& disclosure) const;

    Database& m_db;
    std::vector<DisclosureLog::Disclosure> m_rows;
};

} // namespace carnet
