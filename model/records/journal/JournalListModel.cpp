#include "JournalListModel.h"

#include "JournalSearchQuery.h"
#include "RecordError.h"
#include "StorageError.h"

#include <algorithm>

namespace carnet {

JournalListModel::JournalListModel(JournalRepository& repository, QObject* parent, int pageSize)
    : QAbstractListModel(parent)
    , m_repository(repository)
    , m_pageSize(std::clamp(pageSize, 1, JournalRepository::MaxPageSize))
{
    reload();
}

void JournalListModel::setFilter(const JournalRepository::Filter& filter)
{
    m_filter = filter;
    reload();
}

void JournalListModel::setHighlight(const JournalRepository::Highlight& highlight)
{
    m_highlight = highlight;
    reload();
}

void JournalListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    try {
        m_total = m_repository.count(m_filter);
        m_rows = readPage(0);
    } catch (const RecordError& error) {
        m_total = 0;
        m_rows.clear();
        m_lastError = error.message();
    } catch (const StorageError& error) {
        m_total = 0;
        m_rows.clear();
        m_lastError = QString::fromStdString(error.what());
    }
    // Views and proxies handle modelReset in turn; a fetch triggered by one of them would nest an insertion inside
    // the reset the others have not seen yet, so fetching waits until every one of them has.
    m_announcing = true;
    endResetModel();
    m_announcing = false;
}

std::vector<JournalListModel::Row> JournalListModel::readPage(int offset)
{
    const std::vector<JournalEntry> entries = m_repository.list(m_filter, offset, m_pageSize);
    QHash<std::int64_t, QString> snippets;
    if (!JournalSearchQuery::parse(m_filter.text).isEmpty()) {
        std::vector<std::int64_t> ids;
        for (const JournalEntry& entry : entries)
            ids.push_back(entry.id);
        snippets = m_repository.snippets(m_filter.text, ids, m_highlight);
    }
    std::vector<Row> rows;
    rows.reserve(entries.size());
    for (const JournalEntry& entry : entries) {
        Row row;
        row.id = entry.id;
        row.date = entry.occurredAt.toLocalTime();
        row.title = entry.title;
        row.snippet = snippets.value(entry.id, entry.firstLine());
        row.tags = entry.tags;
        if (entry.mood)
            row.mood = *entry.mood;
        row.attachmentCount = static_cast<int>(entry.attachments.size());
        rows.push_back(std::move(row));
    }
    return rows;
}

std::int64_t JournalListModel::idAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_rows[static_cast<std::size_t>(row)].id;
}

int JournalListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant JournalListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case Qt::ToolTipRole:
    case SnippetRole:
        return row.snippet;
    case IdRole:
        return QVariant::fromValue(static_cast<qint64>(row.id));
    case DateRole:
        return row.date;
    case TagsRole:
        return row.tags;
    case MoodRole:
        return row.mood;
    case AttachmentCountRole:
        return row.attachmentCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> JournalListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "entryId");
    names.insert(DateRole, "date");
    names.insert(TitleRole, "title");
    names.insert(SnippetRole, "snippet");
    names.insert(TagsRole, "tags");
    names.insert(MoodRole, "mood");
    names.insert(AttachmentCountRole, "attachmentCount");
    return names;
}

bool JournalListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_announcing && static_cast<int>(m_rows.size()) < m_total;
}

void JournalListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
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
        // Entries went away since the count; stop asking rather than loop on an empty page.
        m_total = static_cast<int>(m_rows.size());
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    // Listeners of rowsAboutToBeInserted/rowsInserted may ask for more; the same page must not be appended twice.
    m_announcing = true;
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    for (Row& row : page)
        m_rows.push_back(std::move(row));
    endInsertRows();
    m_announcing = false;
}

} // namespace carnet
