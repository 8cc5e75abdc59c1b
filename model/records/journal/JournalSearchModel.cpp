#include "JournalSearchModel.h"

#include "JournalSearchQuery.h"
#include "RecordError.h"
#include "StorageError.h"

#include <algorithm>

namespace carnet {

JournalSearchModel::JournalSearchModel(JournalRepository& repository, QObject* parent, int pageSize)
    : QAbstractListModel(parent)
    , m_repository(repository)
    , m_pageSize(std::clamp(pageSize, 1, JournalRepository::MaxPageSize))
{
}

void JournalSearchModel::setQuery(const QString& query)
{
    m_query = query;
    reload();
}

void JournalSearchModel::setHighlight(const JournalRepository::Highlight& highlight)
{
    m_highlight = highlight;
    reload();
}

void JournalSearchModel::reload()
{
    beginResetModel();
    // An empty query matches nothing and asks nothing of the repository.
    const bool hasWords = !JournalSearchQuery::parse(m_query).isEmpty();
    m_paging.reload([this, hasWords] { return hasWords ? m_repository.searchCount(m_query) : 0; },
                    [this](int offset) { return readPage(offset); });
    m_paging.announce([this] { endResetModel(); });
}

std::vector<JournalSearchModel::Row> JournalSearchModel::readPage(int offset)
{
    const std::vector<JournalRepository::SearchHit> hits
        = m_repository.search(m_query, m_pageSize, offset, m_highlight);
    std::vector<Row> rows;
    rows.reserve(hits.size());
    for (const JournalRepository::SearchHit& hit : hits) {
        Row row;
        row.id = hit.id;
        row.date = hit.occurredAt.toLocalTime();
        row.title = hit.title;
        row.snippet = hit.snippet;
        row.score = hit.score;
        // Tags, mood and attachments for the list's third line; a page is small, so one read per hit is cheap.
        const JournalEntry entry = m_repository.get(hit.id);
        if (isJustTheTitle(row.snippet, hit.title)) {
            // The list shows the title already; its second line says more with the start of the text.
            row.snippet = m_highlight.escapeHtml ? entry.firstLine().toHtmlEscaped() : entry.firstLine();
        }
        row.tags = entry.tags;
        if (entry.mood)
            row.mood = *entry.mood;
        row.attachmentCount = static_cast<int>(entry.attachments.size());
        rows.push_back(std::move(row));
    }
    return rows;
}

bool JournalSearchModel::isJustTheTitle(const QString& snippet, const QString& title) const
{
    QString plain = snippet;
    for (const QString& marker : {m_highlight.start, m_highlight.end, m_highlight.ellipsis}) {
        if (!marker.isEmpty())
            plain.remove(marker);
    }
    const QString shownTitle = m_highlight.escapeHtml ? title.toHtmlEscaped() : title;
    return plain.trimmed().compare(shownTitle.trimmed(), Qt::CaseInsensitive) == 0;
}

std::int64_t JournalSearchModel::idAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_rows[static_cast<std::size_t>(row)].id;
}

int JournalSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant JournalSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case JournalListModel::TitleRole:
        return row.title;
    case Qt::ToolTipRole:
    case JournalListModel::SnippetRole:
        return row.snippet;
    case JournalListModel::IdRole:
        return QVariant::fromValue(static_cast<qint64>(row.id));
    case JournalListModel::DateRole:
        return row.date;
    case JournalListModel::TagsRole:
        return row.tags;
    case JournalListModel::MoodRole:
        return row.mood;
    case JournalListModel::AttachmentCountRole:
        return row.attachmentCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> JournalSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(JournalListModel::IdRole, "entryId");
    names.insert(JournalListModel::DateRole, "date");
    names.insert(JournalListModel::TitleRole, "title");
    names.insert(JournalListModel::SnippetRole, "snippet");
    names.insert(JournalListModel::TagsRole, "tags");
    names.insert(JournalListModel::MoodRole, "mood");
    names.insert(JournalListModel::AttachmentCountRole, "attachmentCount");
    return names;
}

bool JournalSearchModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_paging.canFetchMore();
}

void JournalSearchModel::fetchMore(const QModelIndex& parent)
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
