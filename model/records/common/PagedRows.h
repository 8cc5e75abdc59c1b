#pragma once

#include "RecordError.h"
#include "StorageError.h"

#include <QString>

#include <vector>

namespace carnet {

// The paging a lazily filled list model needs: how many rows there are in all, the last read error, and reading the
// next page into the model's rows without ever appending the same page twice. The model keeps the Qt calls (resets
// and insertions are protected members of QAbstractItemModel) and hands them in as callables.
template <typename Row>
class PagedRows
{
public:
    explicit PagedRows(std::vector<Row>& rows)
        : m_rows(rows)
    {
    }

    int total() const { return m_total; }
    const QString& lastError() const { return m_lastError; }
    // For a read the model makes itself outside paging (e.g. every id of the filter).
    void setLastError(const QString& message) { m_lastError = message; }
    bool canFetchMore() const { return !m_announcing && static_cast<int>(m_rows.size()) < m_total; }

    // Call between beginResetModel() and endResetModel(): counts, then reads the first page (none when the count is
    // 0). A read error leaves the list empty and is kept for lastError().
    template <typename Count, typename ReadPage>
    void reload(Count&& count, ReadPage&& readPage)
    {
        m_rows.clear();
        m_lastError.clear();
        m_total = 0;
        try {
            m_total = count();
            if (m_total > 0)
                m_rows = readPage(0);
        } catch (const RecordError& error) {
            fail(error.message());
        } catch (const StorageError& error) {
            fail(QString::fromStdString(error.what()));
        }
    }

    // Runs a call that makes views and proxies react (endResetModel(), an insertion) with fetching held back:
    // listeners handle the signal in turn, and a fetch started by one of them would nest a change inside the one
    // the others have not seen yet.
    template <typename Announce>
    void announce(Announce&& call)
    {
        m_announcing = true;
        call();
        m_announcing = false;
    }

    // Reads the page after the rows loaded and appends it through insert(first, last, append), which must call
    // append() between beginInsertRows() and endInsertRows().
    template <typename ReadPage, typename Insert>
    void fetchMore(ReadPage&& readPage, Insert&& insert)
    {
        if (!canFetchMore())
            return;
        std::vector<Row> page;
        try {
            page = readPage(static_cast<int>(m_rows.size()));
        } catch (const RecordError& error) {
            m_lastError = error.message();
        } catch (const StorageError& error) {
            m_lastError = QString::fromStdString(error.what());
        }
        if (page.empty()) {
            // Rows went away since the count; stop asking rather than loop on an empty page.
            m_total = static_cast<int>(m_rows.size());
            return;
        }
        const int first = static_cast<int>(m_rows.size());
        const int last = first + static_cast<int>(page.size()) - 1;
        announce([&] {
            insert(first, last, [&] {
                for (Row& row : page)
                    m_rows.push_back(std::move(row));
            });
        });
    }

private:
    void fail(const QString& message)
    {
        m_total = 0;
        m_rows.clear();
        m_lastError = message;
    }

    std::vector<Row>& m_rows;
    int m_total = 0;
    bool m_announcing = false;
    QString m_lastError;
};

} // namespace carnet
