#pragma once

#include "JournalListModel.h"
#include "JournalRepository.h"
#include "PagedRows.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace carnet {

// Search results for the journal view, best match first, read a page at a time as the view scrolls. Rows carry
// the same roles as JournalListModel, so one view and delegate show either.
class JournalSearchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 50;

    explicit JournalSearchModel(JournalRepository& repository, QObject* parent = nullptr,
                                int pageSize = DefaultPageSize);

    // Resets to the first page of the hits for query (no rows for a query without a word).
    void setQuery(const QString& query);
    const QString& query() const { return m_query; }
    // Markers around matched words in the snippets (the GUI uses JournalRepository::Highlight::html()).
    void setHighlight(const JournalRepository::Highlight& highlight);
    void reload();

    // Hits, loaded or not.
    int count() const { return m_paging.total(); }
    std::int64_t idAt(int row) const;
    // Why the last search failed (e.g. too many words); empty when it worked.
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
        double score = 0.0;
    };

    std::vector<Row> readPage(int offset);
    // Whether a snippet only repeats the entry's title (the match was in the title).
    bool isJustTheTitle(const QString& snippet, const QString& title) const;

    JournalRepository& m_repository;
    QString m_query;
    JournalRepository::Highlight m_highlight;
    int m_pageSize;
    std::vector<Row> m_rows;
    PagedRows<Row> m_paging {m_rows};
};

} // namespace carnet
