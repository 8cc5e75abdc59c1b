#include "ShareEntryChoiceModel.h"

#include "RecordError.h"
#include "StorageError.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace carnet {

namespace {

// The locale's short date and time, to the minute: entries are written to the minute.
QString shortDateTime(const QDateTime& at)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    QString time = QLocale().timeFormat(QLocale::ShortFormat);
    time.remove(seconds);
    return QLocale().toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') + QLocale().toString(at.time(), time);
}

} // namespace

ShareEntryChoiceModel::ShareEntryChoiceModel(Database& db, QObject* parent, int pageSize)
    : QAbstractTableModel(parent)
    , m_repository(db)
    , m_pageSize(std::clamp(pageSize, 1, JournalRepository::MaxPageSize))
{
    reload();
}

void ShareEntryChoiceModel::setDateRange(const QDate& from, const QDate& to)
{
    m_from = from;
    m_to = to;
    applyDates();
    reload();
}

void ShareEntryChoiceModel::setTag(const QString& tag)
{
    m_filter.tag = tag;
    reload();
}

void ShareEntryChoiceModel::setSearchText(const QString& text)
{
    m_filter.text = text;
    reload();
}

void ShareEntryChoiceModel::applyDates()
{
    // Whole local days: "to 3 March" includes the evening of 3 March.
    m_filter.from = m_from.isValid() ? QDateTime(m_from, QTime(0, 0)) : QDateTime();
    m_filter.to = m_to.isValid() ? QDateTime(m_to, QTime(23, 59, 59, 999)) : QDateTime();
}

void ShareEntryChoiceModel::reload()
{
    beginResetModel();
    m_paging.reload([this] { return m_repository.count(m_filter); }, [this](int offset) { return readPage(offset); });
    m_paging.announce([this] { endResetModel(); });
}

std::vector<ShareEntryChoiceModel::Row> ShareEntryChoiceModel::readPage(int offset) const
{
    std::vector<Row> rows;
    for (const JournalEntry& entry : m_repository.list(m_filter, offset, m_pageSize))
        rows.push_back({entry.id, entry.occurredAt.toLocalTime(), entry.title, entry.firstLine(), entry.tags});
    return rows;
}

std::int64_t ShareEntryChoiceModel::idAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_rows[static_cast<std::size_t>(row)].id;
}

void ShareEntryChoiceModel::announceChecks(int firstRow, int lastRow)
{
    if (firstRow <= lastRow)
        emit dataChanged(index(firstRow, DateColumn), index(lastRow, DateColumn), {Qt::CheckStateRole});
    emit checkedChanged();
}

void ShareEntryChoiceModel::setChecked(std::int64_t id, bool checked)
{
    setChecked(std::vector<std::int64_t> {id}, checked);
}

void ShareEntryChoiceModel::setChecked(const std::vector<std::int64_t>& ids, bool checked)
{
    bool changed = false;
    for (const std::int64_t id : ids) {
        if (id <= 0 || m_checked.contains(id) == checked)
            continue;
        if (checked)
            m_checked.insert(id);
        else
            m_checked.remove(id);
        changed = true;
    }
    if (!changed)
        return;
    int first = rowCount();
    int last = -1;
    const QSet<std::int64_t> touched(ids.begin(), ids.end());
    for (int row = 0; row < rowCount(); ++row) {
        if (touched.contains(m_rows[static_cast<std::size_t>(row)].id)) {
            first = std::min(first, row);
            last = std::max(last, row);
        }
    }
    announceChecks(first, last);
}

void ShareEntryChoiceModel::checkAllShown()
{
    std::vector<std::int64_t> ids;
    try {
        for (int offset = 0;; offset += JournalRepository::MaxPageSize) {
            const std::vector<JournalEntry> page = m_repository.list(m_filter, offset, JournalRepository::MaxPageSize);
            for (const JournalEntry& entry : page)
                ids.push_back(entry.id);
            if (static_cast<int>(page.size()) < JournalRepository::MaxPageSize)
                break;
        }
    } catch (const RecordError& error) {
        m_paging.setLastError(error.message());
        return;
    } catch (const StorageError& error) {
        m_paging.setLastError(QString::fromStdString(error.what()));
        return;
    }
    const qsizetype before = m_checked.size();
    for (const std::int64_t id : ids)
        m_checked.insert(id);
    if (m_checked.size() != before)
        announceChecks(0, rowCount() - 1);
}

void ShareEntryChoiceModel::uncheckAll()
{
    if (m_checked.isEmpty())
        return;
    m_checked.clear();
    announceChecks(0, rowCount() - 1);
}

std::vector<std::int64_t> ShareEntryChoiceModel::checkedIds() const
{
    std::vector<std::int64_t> ids(m_checked.begin(), m_checked.end());
    std::sort(ids.begin(), ids.end());
    return ids;
}

int ShareEntryChoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ShareEntryChoiceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShareEntryChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return shortDateTime(row.date);
        case TitleColumn:
            return row.title.isEmpty() ? tr("(untitled)") : row.title;
        case TagsColumn: {
            QStringList hashed;
            for (const QString& tag : row.tags)
                hashed << QLatin1Char('#') + tag;
            return hashed.join(QLatin1Char(' '));
        }
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() != DateColumn)
            return {};
        return m_checked.contains(row.id) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        // The whole title, which a narrow column cuts, and how the entry begins.
        return row.firstLine.isEmpty() ? row.title : row.title + QLatin1Char('\n') + row.firstLine;
    case Qt::AccessibleTextRole:
        if (index.column() != DateColumn)
            return {};
        return tr("%1, %2").arg(shortDateTime(row.date), row.title.isEmpty() ? tr("(untitled)") : row.title);
    case IdRole:
        return QVariant::fromValue(static_cast<qint64>(row.id));
    case DateRole:
        return row.date;
    case TitleRole:
        return row.title;
    case TagsRole:
        return row.tags;
    default:
        return {};
    }
}

bool ShareEntryChoiceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != DateColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const std::int64_t id = m_rows[static_cast<std::size_t>(index.row())].id;
    setChecked(id, value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags ShareEntryChoiceModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == DateColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ShareEntryChoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

bool ShareEntryChoiceModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_paging.canFetchMore();
}

void ShareEntryChoiceModel::fetchMore(const QModelIndex& parent)
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
