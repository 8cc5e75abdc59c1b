#pragma once

#include "JournalRepository.h"
#include "PagedRows.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace carnet {

class Database;

// The journal entries a share can carry, as a checkable table: newest first, read a page at a time, narrowed by
// dates, a tag and full-text words. What is checked stays checked while the filter changes, so a patient can pick
// entries from several searches.
class ShareEntryChoiceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 200;

    enum Column { DateColumn, TitleColumn, TagsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        DateRole, // QDateTime, local time
        TitleRole, // the title as written (may be empty)
        TagsRole, // QStringList
    };
    Q_ENUM(Role)

    // Reads the first page at once; later pages come through fetchMore().
    explicit ShareEntryChoiceModel(Database& db, QObject* parent = nullptr, int pageSize = DefaultPageSize);

    // Each narrows the list and reads its first page again; checks are kept. Dates are local calendar days, both
    // inclusive; an invalid date leaves that end open. A tag or text that is empty (or has no word) is no filter.
    void setDateRange(const QDate& from, const QDate& to);
    void setTag(const QString& tag);
    void setSearchText(const QString& text);
    QDate fromDate() const { return m_from; }
    QDate toDate() const { return m_to; }
    QString tag() const { return m_filter.tag; }
    QString searchText() const { return m_filter.text; }
    // Re-reads from the first page, after the journal changed.
    void reload();

    // Entries that pass the filter, loaded or not.
    int shownCount() const { return m_paging.total(); }
    std::int64_t idAt(int row) const;
    // Why the last read failed (e.g. a search with too many words); empty when it worked.
    const QString& lastError() const { return m_paging.lastError(); }

    bool isChecked(std::int64_t id) const { return m_checked.contains(id); }
    // Checking an id that is not a live entry is allowed here; collecting the share refuses it.
    void setChecked(std::int64_t id, bool checked);
    void setChecked(const std::vector<std::int64_t>& ids, bool checked);
    // Every entry that passes the filter, including pages not read yet.
    void checkAllShown();
    // Every entry, shown or not.
    void uncheckAll();
    // Ascending ids.
    std::vector<std::int64_t> checkedIds() const;
    int checkedCount() const { return static_cast<int>(m_checked.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void checkedChanged();

private:
    struct Row
    {
        std::int64_t id = 0;
        QDateTime date;
        QString title;
        QString firstLine;
        QStringList tags;
    };

    std::vector<Row> readPage(int offset) const;
    void applyDates();
    void announceChecks(int firstRow, int lastRow);

    JournalRepository m_repository;
    JournalRepository::Filter m_filter;
    QDate m_from;
    QDate m_to;
    int m_pageSize;
    std::vector<Row> m_rows;
    PagedRows<Row> m_paging {m_rows};
    QSet<std::int64_t> m_checked;
};

} // namespace carnet
