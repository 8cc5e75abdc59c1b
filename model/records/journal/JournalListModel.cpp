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
    m_paging.reload([this] { return m_repository.count(m_filter); }, [this](int offset) { return readPage(offset); });
    m_paging.announce([this] { endResetModel(); });
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
    return !parent.isValid() && m_paging.canFetchMore();
}

void JournalListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid())
        return;
    m_paging.fetchMore([this](int offset) { return readPage(offset); },
                       [this](int first, int last, const auto& append) {
                           beginInsertRows({}, first, last);
                           append();
                           endInsertRows();
                       });
}

} // namespace carnet
