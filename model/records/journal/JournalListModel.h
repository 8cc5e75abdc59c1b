#pragma once

#include "JournalRepository.h"
#include "PagedRows.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace carnet {

// The journal as a list for the journal view, newest first, read a page at a time as the view scrolls so a vault
// with a hundred thousand entries opens as fast as an empty one.
class JournalListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 200;

    enum Role {
        IdRole = Qt::UserRole + 1,
        DateRole, // QDateTime, local time
        TitleRole,
        SnippetRole, // the search snippet while a text filter is set, else the body's first line
        TagsRole, // QStringList
        MoodRole, // int 1..5, or an invalid QVariant
        AttachmentCountRole, // int
    };
    Q_ENUM(Role)

    // Reads the first page at once; later pages come through fetchMore().
    explicit JournalListModel(JournalRepository& repository, QObject* parent = nullptr, int pageSize = DefaultPageSize);

    // Resets to the first page of the entries that pass filter.
    void setFilter(const JournalRepository::Filter& filter);
    const JournalRepository::Filter& filter() const { return m_filter; }
    // Markers around matched words in SnippetRole (the GUI uses JournalRepository::Highlight::html()).
    void setHighlight(const JournalRepository::Highlight& highlight);
    // Re-reads from the first page, after the entries changed.
    void reload();

    // Entries that pass the filter, loaded or not.
    int count() const { return m_paging.total(); }
    int pageSize() const { return m_pageSize; }
    std::int64_t idAt(int row) const;
    // Why the last read failed (e.g. a search with too many words); empty when it worked.
    const QString& lastError() const { return m_paging.lastError(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct Row
    {
        std::int64_t id = 0;
        QDateTime date;
        QString title;
        QString snippet;
        QStringList tags;
        QVariant mood;
        int attachmentCount = 0;
    };

    std::vector<Row> readPage(int offset);

    JournalRepository& m_repository;
    JournalRepository::Filter m_filter;
    JournalRepository::Highlight m_highlight;
    int m_pageSize;
    std::vector<Row> m_rows;
    PagedRows<Row> m_paging {m_rows};
};

} // namespace carnet
