#include "JournalRepository.h"

#include "Database.h"
#include "JournalSearchQuery.h"
#include "MediaFile.h"
#include "RecordError.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace carnet {

namespace {

// Title matches count three times a body match, a tag twice: a word someone chose as title or tag says more.
constexpr std::array<double, 3> ColumnWeights {3.0, 1.0, 2.0};
constexpr int SnippetTokens = 15;
// snippet() marks matches with these; Highlight::apply() swaps in the caller's markers after any HTML escaping, so
// neither the markers nor the entry's text can be mistaken for the other. Entry text holding these control
// characters at worst gains a highlight.
constexpr QChar SnippetStart(0x01);
constexpr QChar SnippetEnd(0x02);
constexpr QChar SnippetEllipsis(0x03);

QString journalKind()
{
    return QLatin1String(RecordStore::Journal);
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Ids come from our own queries, never from user text, so they are safe to inline; a bound list would run into
// SQLite's limit on host parameters.
QString idList(const std::vector<std::int64_t>& ids)
{
    QStringList parts;
    parts.reserve(static_cast<qsizetype>(ids.size()));
    for (std::int64_t id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

const QString EntryColumns = QStringLiteral(
    "e.id, e.occurred_at, e.title, e.body, e.mood, e.symptoms, r.created_at, r.updated_at, r.version, r.deleted_at");

JournalEntry entryFromRow(const Statement& stmt)
{
    JournalEntry entry;
    entry.id = stmt.int64(0);
    entry.occurredAt = RecordStore::parseTimestamp(stmt.text(1));
    entry.title = stmt.text(2);
    entry.body = stmt.text(3);
    if (!stmt.isNull(4))
        entry.mood = stmt.integer(4);
    entry.symptoms = stmt.text(5).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    entry.createdAt = RecordStore::parseTimestamp(stmt.text(6));
    entry.updatedAt = RecordStore::parseTimestamp(stmt.text(7));
    entry.version = stmt.integer(8);
    entry.deleted = !stmt.isNull(9);
    return entry;
}

JournalAttachment attachmentFromRow(const Statement& stmt)
{
    JournalAttachment attachment;
    attachment.id = stmt.int64(0);
    attachment.entryId = stmt.int64(1);
    attachment.fileName = stmt.text(2);
    attachment.mimeType = stmt.text(3);
    attachment.size = stmt.int64(4);
    attachment.sha256 = stmt.text(5);
    attachment.addedAt = RecordStore::parseTimestamp(stmt.text(6));
    return attachment;
}

// Lowercase, no leading '#', whitespace runs as '-'; no length check (filters use it on whatever was typed).
QString foldTag(const QString& tag)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QString folded = tag.trimmed();
    while (folded.startsWith(QLatin1Char('#')))
        folded.remove(0, 1);
    folded = folded.trimmed().toLower();
    folded.replace(whitespace, QStringLiteral("-"));
    return folded;
}

// Statement binds a null QString as NULL; these columns are NOT NULL and hold '' when empty.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool hasTextFilter(const JournalRepository::Filter& filter)
{
    return !JournalSearchQuery::parse(filter.text).isEmpty();
}

} // namespace

// An attachment checked and cleaned before the transaction starts, so a bad file changes nothing.
struct JournalRepository::PreparedAttachment
{
    QString fileName;
    QString mimeType;
    QByteArray bytes;
    QString sha256;
};

// The statements that write one entry's rows, prepared once per transaction and reused for every entry in it.
class JournalRepository::EntryWriter
{
public:
    explicit EntryWriter(Database& db)
        : m_store(db)
        , m_insertEntry(db.prepare(QStringLiteral(
              "INSERT INTO journal_entries (id, occurred_at, title, body, mood, symptoms) VALUES (?, ?, ?, ?, ?, ?)")))
        , m_insertTag(db.prepare(QStringLiteral("INSERT INTO journal_tags (entry_id, tag) VALUES (?, ?)")))
        , m_insertIndex(
              db.prepare(QStringLiteral("INSERT INTO journal_fts (docid, title, body, tags) VALUES (?, ?, ?, ?)")))
        , m_db(db)
    {
    }

    // entry is validated; its id and attachments are filled in.
    void insert(JournalEntry& entry, const std::vector<PreparedAttachment>& attachments, const QDateTime& now)
    {
        entry.id = m_store.createRecord(journalKind(), now);
        m_insertEntry.bind(1, entry.id)
            .bind(2, RecordStore::timestamp(entry.occurredAt))
            .bind(3, entry.title)
            .bind(4, notNull(entry.body))
            .bind(6, notNull(entry.symptoms.join(QLatin1Char('\n'))));
        if (entry.mood)
            m_insertEntry.bind(5, *entry.mood);
        else
            m_insertEntry.bindNull(5);
        m_insertEntry.exec();
        insertTags(entry.id, entry.tags);
        insertAttachments(entry, attachments, now);
        index(entry);
        m_store.recordVersion(entry.id, QStringLiteral("create"), entry.toJson(), now);
    }

    void insertTags(std::int64_t id, const QStringList& tags)
    {
        for (const QString& tag : tags)
            m_insertTag.bind(1, id).bind(2, tag).exec();
    }

    void insertAttachments(JournalEntry& entry, const std::vector<PreparedAttachment>& attachments,
                           const QDateTime& now)
    {
        if (attachments.empty())
            return;
        Statement insert = m_db.prepare(QStringLiteral(
            "INSERT INTO journal_attachments (entry_id, file_name, mime_type, size, sha256, added_at, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const PreparedAttachment& file : attachments) {
            insert.bind(1, entry.id)
                .bind(2, file.fileName)
                .bind(3, file.mimeType)
                .bind(4, static_cast<std::int64_t>(file.bytes.size()))
                .bind(5, file.sha256)
                .bind(6, RecordStore::timestamp(now))
                .bind(7, file.bytes)
                .exec();
            JournalAttachment stored;
            stored.id = m_db.lastInsertRowId();
            stored.entryId = entry.id;
            stored.fileName = file.fileName;
            stored.mimeType = file.mimeType;
            stored.size = file.bytes.size();
            stored.sha256 = file.sha256;
            stored.addedAt = now;
            entry.attachments.push_back(stored);
        }
    }

    void index(const JournalEntry& entry)
    {
        m_insertIndex.bind(1, entry.id)
            .bind(2, entry.title)
            .bind(3, notNull(entry.body))
            .bind(4, notNull(entry.tags.join(QLatin1Char(' '))))
            .exec();
    }

private:
    RecordStore m_store;
    Statement m_insertEntry;
    Statement m_insertTag;
    Statement m_insertIndex;
    Database& m_db;
};

JournalRepository::Highlight::Highlight()
    : Highlight(QStringLiteral("["), QStringLiteral("]"), QString(QChar(0x2026)))
{
}

JournalRepository::Highlight::Highlight(QString startMarker, QString endMarker, QString ellipsisText, bool escape)
    : start(std::move(startMarker))
    , end(std::move(endMarker))
    , ellipsis(std::move(ellipsisText))
    , escapeHtml(escape)
{
}

JournalRepository::Highlight JournalRepository::Highlight::html()
{
    return {QStringLiteral("<b>"), QStringLiteral("</b>"), QString(QChar(0x2026)), true};
}

QString JournalRepository::Highlight::apply(const QString& marked) const
{
    QString out = escapeHtml ? marked.toHtmlEscaped() : marked;
    out.replace(SnippetStart, start).replace(SnippetEnd, end).replace(SnippetEllipsis, ellipsis);
    return out;
}

JournalRepository::JournalRepository(Database& db)
    : m_db(db)
{
}

QString JournalRepository::normalizeTag(const QString& tag)
{
    const QString folded = foldTag(tag);
    if (folded.size() > MaxTagLength)
        throw RecordError(
            RecordError::Kind::Invalid,
            tr("The tag '%1' is longer than %2 characters.").arg(folded.left(20) + QChar(0x2026)).arg(MaxTagLength));
    return folded;
}

QStringList JournalRepository::normalizeTags(const QStringList& tags)
{
    QStringList out;
    for (const QString& tag : tags) {
        const QString normalized = normalizeTag(tag);
        if (!normalized.isEmpty())
            out << normalized;
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

JournalEntry JournalRepository::validated(const JournalEntry& entry) const
{
    JournalEntry out = entry;
    out.attachments.clear();
    out.title = entry.title.simplified();
    if (out.title.isEmpty())
        throw RecordError(RecordError::Kind::Invalid, tr("The title is empty; every journal entry needs one."));
    if (out.title.size() > MaxTitleLength)
        throw RecordError(
            RecordError::Kind::Invalid,
            tr("The title is %1 characters long; at most %2 are allowed.").arg(out.title.size()).arg(MaxTitleLength));
    if (!entry.occurredAt.isValid())
        throw RecordError(RecordError::Kind::Invalid, tr("The entry has no valid date."));
    out.occurredAt = entry.occurredAt.toUTC();
    if (entry.mood && (*entry.mood < JournalEntry::MinMood || *entry.mood > JournalEntry::MaxMood))
        throw RecordError(RecordError::Kind::Invalid,
                          tr("The mood must be between %1 and %2, not %3.")
                              .arg(JournalEntry::MinMood)
                              .arg(JournalEntry::MaxMood)
                              .arg(*entry.mood));
    out.body = entry.body;
    out.body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.symptoms.clear();
    for (const QString& symptom : entry.symptoms) {
        const QString cleaned = symptom.simplified();
        if (cleaned.isEmpty() || out.symptoms.contains(cleaned))
            continue;
        if (cleaned.size() > MaxSymptomLength)
            throw RecordError(RecordError::Kind::Invalid,
                              tr("A symptom is %1 characters long; at most %2 are allowed.")
                                  .arg(cleaned.size())
                                  .arg(MaxSymptomLength));
        out.symptoms << cleaned;
    }
    out.tags = normalizeTags(entry.tags);
    if (out.tags.size() > MaxTagsPerEntry)
        throw RecordError(RecordError::Kind::Invalid,
                          tr("An entry can have at most %1 tags, not %2.").arg(MaxTagsPerEntry).arg(out.tags.size()));
    return out;
}

std::vector<JournalRepository::PreparedAttachment>
JournalRepository::prepareAttachments(const std::vector<AttachmentFile>& files)
{
    std::vector<PreparedAttachment> prepared;
    for (const AttachmentFile& file : files) {
        // Only the last path component is kept: where the file lay on disk is nobody's business.
        QString name = QFileInfo(file.fileName).fileName().simplified();
        name.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")));
        if (name.isEmpty())
            name = tr("attachment");
        name = name.left(MaxFileNameLength);
        PreparedAttachment out;
        out.bytes = MediaFile::sanitized(file.bytes, name);
        out.fileName = name;
        out.mimeType = MediaFile::mimeType(MediaFile::detect(out.bytes));
        out.sha256 = sha256Hex(out.bytes);
        prepared.push_back(std::move(out));
    }
    return prepared;
}

std::int64_t JournalRepository::add(const JournalEntry& entry, const std::vector<AttachmentFile>& attachments)
{
    JournalEntry checked = validated(entry);
    const std::vector<PreparedAttachment> prepared = prepareAttachments(attachments);
    Transaction transaction(m_db);
    EntryWriter writer(m_db);
    writer.insert(checked, prepared, QDateTime::currentDateTimeUtc());
    transaction.commit();
    return checked.id;
}

std::vector<std::int64_t> JournalRepository::addBatch(const std::vector<JournalEntry>& entries)
{
    std::vector<JournalEntry> checked;
    checked.reserve(entries.size());
    for (const JournalEntry& entry : entries)
        checked.push_back(validated(entry));
    std::vector<std::int64_t> ids;
    ids.reserve(entries.size());
    Transaction transaction(m_db);
    EntryWriter writer(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (JournalEntry& entry : checked) {
        writer.insert(entry, {}, now);
        ids.push_back(entry.id);
    }
    transaction.commit();
    return ids;
}

void JournalRepository::update(const JournalEntry& entry, const std::vector<AttachmentFile>& newAttachments,
                               const std::vector<std::int64_t>& removedAttachments)
{
    JournalEntry checked = validated(entry);
    const std::vector<PreparedAttachment> prepared = prepareAttachments(newAttachments);
    Transaction transaction(m_db);
    const JournalEntry before = requireEntry(entry.id, false);
    Statement update = m_db.prepare(QStringLiteral(
        "UPDATE journal_entries SET occurred_at = ?, title = ?, body = ?, mood = ?, symptoms = ? WHERE id = ?"));
    update.bind(1, RecordStore::timestamp(checked.occurredAt))
        .bind(2, checked.title)
        .bind(3, notNull(checked.body))
        .bind(5, notNull(checked.symptoms.join(QLatin1Char('\n'))))
        .bind(6, entry.id);
    if (checked.mood)
        update.bind(4, *checked.mood);
    else
        update.bindNull(4);
    update.exec();
    for (std::int64_t attachmentId : removedAttachments) {
        const auto owned = std::find_if(before.attachments.begin(), before.attachments.end(),
                                        [&](const JournalAttachment& a) { return a.id == attachmentId; });
        if (owned == before.attachments.end())
            throw RecordError(RecordError::Kind::NotFound,
                              tr("Journal entry %1 has no attachment with id %2.").arg(entry.id).arg(attachmentId));
        Statement remove = m_db.prepare(QStringLiteral("DELETE FROM journal_attachments WHERE id = ?"));
        remove.bind(1, attachmentId).exec();
    }
    Statement clearTags = m_db.prepare(QStringLiteral("DELETE FROM journal_tags WHERE entry_id = ?"));
    clearTags.bind(1, entry.id).exec();
    EntryWriter writer(m_db);
    writer.insertTags(entry.id, checked.tags);
    writer.insertAttachments(checked, prepared, QDateTime::currentDateTimeUtc());
    unindexEntry(entry.id);
    writer.index(checked);
    const JournalEntry after = requireEntry(entry.id, false);
    const QJsonObject values = after.toJson();
    // Saving unchanged values is not an amendment; leave the trail and updated_at alone.
    if (values == before.toJson())
        return;
    RecordStore(m_db).recordVersion(entry.id, QStringLiteral("edit"), values);
    transaction.commit();
}

JournalEntry JournalRepository::requireEntry(std::int64_t id, bool allowDeleted) const
{
    Statement stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM journal_entries e JOIN records r ON r.id = e.id"
                                                 " WHERE e.id = ? AND r.kind = ?")
                                      .arg(EntryColumns));
    stmt.bind(1, id).bind(2, journalKind());
    if (!stmt.step())
        throw RecordError(RecordError::Kind::NotFound, tr("No journal entry with id %1.").arg(id));
    std::vector<JournalEntry> entries {entryFromRow(stmt)};
    if (entries.front().deleted && !allowDeleted)
        throw RecordError(RecordError::Kind::NotFound, tr("Journal entry %1 is deleted; restore it first.").arg(id));
    loadDetails(entries);
    return entries.front();
}

std::vector<JournalEntry> JournalRepository::listDeleted() const
{
    Statement stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM journal_entries e JOIN records r ON r.id = e.id"
                                                 " WHERE r.kind = ? AND r.deleted_at IS NOT NULL"
                                                 " ORDER BY r.deleted_at DESC, e.id DESC")
                                      .arg(EntryColumns));
    stmt.bind(1, journalKind());
    std::vector<JournalEntry> entries;
    while (stmt.step())
        entries.push_back(entryFromRow(stmt));
    loadDetails(entries);
    return entries;
}

JournalEntry JournalRepository::get(std::int64_t id, bool allowDeleted) const
{
    return requireEntry(id, allowDeleted);
}

QString JournalRepository::matchExpressionFor(const QString& query)
{
    const JournalSearchQuery parsed = JournalSearchQuery::parse(query);
    if (parsed.isEmpty())
        throw RecordError(RecordError::Kind::Invalid,
                          tr("The search has no word to look for; type at least one letter or digit."));
    if (static_cast<int>(parsed.terms().size()) > JournalSearchQuery::MaxTerms)
        throw RecordError(RecordError::Kind::Invalid,
                          tr("The search has %1 terms; at most %2 are allowed.")
                              .arg(parsed.terms().size())
                              .arg(JournalSearchQuery::MaxTerms));
    return parsed.matchExpression();
}

QString JournalRepository::filterSql(const Filter& filter, bool* hasMatch) const
{
    QString where = QStringLiteral("r.deleted_at IS NULL");
    if (!foldTag(filter.tag).isEmpty())
        where += QStringLiteral(" AND e.id IN (SELECT entry_id FROM journal_tags WHERE tag = :tag)");
    if (filter.from.isValid())
        where += QStringLiteral(" AND e.occurred_at >= :from");
    if (filter.to.isValid())
        where += QStringLiteral(" AND e.occurred_at <= :to");
    *hasMatch = hasTextFilter(filter);
    if (*hasMatch)
        where += QStringLiteral(" AND e.id IN (SELECT docid FROM journal_fts WHERE journal_fts MATCH :match)");
    return where;
}

void JournalRepository::bindFilter(Statement& stmt, const Filter& filter, bool hasMatch) const
{
    const QString tag = foldTag(filter.tag);
    if (!tag.isEmpty())
        stmt.bind(":tag", tag);
    if (filter.from.isValid())
        stmt.bind(":from", RecordStore::timestamp(filter.from));
    if (filter.to.isValid())
        stmt.bind(":to", RecordStore::timestamp(filter.to));
    if (hasMatch)
        stmt.bind(":match", matchExpressionFor(filter.text));
}

std::vector<JournalEntry> JournalRepository::list(const Filter& filter, int offset, int limit) const
{
    if (limit < 1 || limit > MaxPageSize)
        throw RecordError(RecordError::Kind::Invalid,
                          tr("The number of entries to list must be between 1 and %1.").arg(MaxPageSize));
    if (offset < 0)
        throw RecordError(RecordError::Kind::Invalid, tr("The list offset cannot be negative."));
    bool hasMatch = false;
    const QString where = filterSql(filter, &hasMatch);
    Statement stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM journal_entries e JOIN records r ON r.id = e.id"
                                                 " WHERE %2 ORDER BY e.occurred_at DESC, e.id DESC"
                                                 " LIMIT :limit OFFSET :offset")
                                      .arg(EntryColumns, where));
    bindFilter(stmt, filter, hasMatch);
    stmt.bind(":limit", limit).bind(":offset", offset);
    std::vector<JournalEntry> entries;
    while (stmt.step())
        entries.push_back(entryFromRow(stmt));
    loadDetails(entries);
    return entries;
}

int JournalRepository::count(const Filter& filter) const
{
    bool hasMatch = false;
    const QString where = filterSql(filter, &hasMatch);
    const bool unfiltered = where == QLatin1String("r.deleted_at IS NULL");
    // Unfiltered, the records index answers alone without touching the entries.
    Statement stmt = unfiltered
        ? m_db.prepare(QStringLiteral("SELECT count(*) FROM records WHERE kind = :kind AND deleted_at IS NULL"))
        : m_db.prepare(
            QStringLiteral("SELECT count(*) FROM journal_entries e JOIN records r ON r.id = e.id WHERE %1").arg(where));
    if (unfiltered)
        stmt.bind(":kind", journalKind());
    else
        bindFilter(stmt, filter, hasMatch);
    return stmt.step() ? stmt.integer(0) : 0;
}

void JournalRepository::loadDetails(std::vector<JournalEntry>& entries) const
{
    if (entries.empty())
        return;
    QHash<std::int64_t, std::size_t> position;
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        position.insert(entries[i].id, i);
        ids.push_back(entries[i].id);
    }
    const QString in = idList(ids);
    Statement tags = m_db.prepare(
        QStringLiteral("SELECT entry_id, tag FROM journal_tags WHERE entry_id IN (%1) ORDER BY entry_id, tag").arg(in));
    while (tags.step())
        entries[position.value(tags.int64(0))].tags << tags.text(1);
    Statement files = m_db.prepare(QStringLiteral("SELECT id, entry_id, file_name, mime_type, size, sha256, added_at"
                                                  " FROM journal_attachments WHERE entry_id IN (%1) ORDER BY id")
                                       .arg(in));
    while (files.step()) {
        const JournalAttachment attachment = attachmentFromRow(files);
        entries[position.value(attachment.entryId)].attachments.push_back(attachment);
    }
}

void JournalRepository::indexEntry(const JournalEntry& entry)
{
    EntryWriter(m_db).index(entry);
}

void JournalRepository::unindexEntry(std::int64_t id)
{
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM journal_fts WHERE docid = ?"));
    stmt.bind(1, id).exec();
}

void JournalRepository::softDelete(std::int64_t id)
{
    Transaction transaction(m_db);
    const JournalEntry current = requireEntry(id, false);
    RecordStore(m_db).softDelete(id, journalKind(), current.toJson());
    unindexEntry(id);
    transaction.commit();
}

void JournalRepository::restore(std::int64_t id)
{
    Transaction transaction(m_db);
    const JournalEntry current = requireEntry(id, true);
    if (!current.deleted)
        return;
    RecordStore(m_db).restore(id, journalKind(), current.toJson());
    unindexEntry(id);
    indexEntry(current);
    transaction.commit();
}

void JournalRepository::purge(std::int64_t id)
{
    Transaction transaction(m_db);
    requireEntry(id, true);
    unindexEntry(id);
    // The entry row, its tags and attachments follow through ON DELETE CASCADE.
    RecordStore(m_db).purge(id);
    // An FTS4 delete only adds a marker; the entry's words and their positions stay in older index segments until
    // they merge. Purged means gone, so merge now (about half a second at 100,000 entries; purges are rare).
    m_db.exec(QStringLiteral("INSERT INTO journal_fts (journal_fts) VALUES ('optimize')"));
    transaction.commit();
}

std::vector<RecordVersion> JournalRepository::history(std::int64_t id) const
{
    requireEntry(id, true);
    return RecordStore(m_db).history(id);
}

std::vector<JournalRepository::TagCount> JournalRepository::allTags() const
{
    Statement stmt = m_db.prepare(QStringLiteral("SELECT t.tag, count(*) FROM journal_tags t"
                                                 " JOIN records r ON r.id = t.entry_id"
                                                 " WHERE r.deleted_at IS NULL GROUP BY t.tag ORDER BY t.tag"));
    std::vector<TagCount> out;
    while (stmt.step())
        out.push_back({stmt.text(0), stmt.integer(1)});
    return out;
}

std::int64_t JournalRepository::addAttachment(std::int64_t entryId, const QString& fileName, const QByteArray& bytes)
{
    const std::vector<PreparedAttachment> prepared = prepareAttachments({{fileName, bytes}});
    Transaction transaction(m_db);
    JournalEntry entry = requireEntry(entryId, false);
    entry.attachments.clear();
    EntryWriter(m_db).insertAttachments(entry, prepared, QDateTime::currentDateTimeUtc());
    const std::int64_t attachmentId = entry.attachments.front().id;
    RecordStore(m_db).recordVersion(entryId, QStringLiteral("edit"), requireEntry(entryId, false).toJson());
    transaction.commit();
    return attachmentId;
}

std::vector<JournalAttachment> JournalRepository::attachments(std::int64_t entryId) const
{
    return requireEntry(entryId, false).attachments;
}

JournalAttachment JournalRepository::attachment(std::int64_t attachmentId) const
{
    Statement stmt = m_db.prepare(
        QStringLiteral("SELECT a.id, a.entry_id, a.file_name, a.mime_type, a.size, a.sha256, a.added_at, r.deleted_at"
                       " FROM journal_attachments a JOIN records r ON r.id = a.entry_id WHERE a.id = ?"));
    stmt.bind(1, attachmentId);
    if (!stmt.step())
        throw RecordError(RecordError::Kind::NotFound, tr("No journal attachment with id %1.").arg(attachmentId));
    if (!stmt.isNull(7))
        throw RecordError(
            RecordError::Kind::NotFound,
            tr("Attachment %1 belongs to a deleted journal entry; restore the entry first.").arg(attachmentId));
    return attachmentFromRow(stmt);
}

QByteArray JournalRepository::attachmentBytes(std::int64_t attachmentId) const
{
    attachment(attachmentId);
    Statement stmt = m_db.prepare(QStringLiteral("SELECT data FROM journal_attachments WHERE id = ?"));
    stmt.bind(1, attachmentId);
    if (!stmt.step())
        throw RecordError(RecordError::Kind::NotFound, tr("No journal attachment with id %1.").arg(attachmentId));
    QByteArray bytes = stmt.blob(0);
    // An empty blob reads back as null; callers compare sizes, so hand back an empty array instead.
    return bytes.isNull() ? QByteArray("") : bytes;
}

void JournalRepository::removeAttachment(std::int64_t attachmentId)
{
    Transaction transaction(m_db);
    const JournalAttachment found = attachment(attachmentId);
    Statement remove = m_db.prepare(QStringLiteral("DELETE FROM journal_attachments WHERE id = ?"));
    remove.bind(1, attachmentId).exec();
    RecordStore(m_db).recordVersion(found.entryId, QStringLiteral("edit"), requireEntry(found.entryId, false).toJson());
    transaction.commit();
}

std::vector<JournalRepository::SearchHit> JournalRepository::search(const QString& query, int limit, int offset,
                                                                    const Highlight& highlight) const
{
    const QString match = matchExpressionFor(query);
    if (limit < 1 || limit > MaxPageSize)
        throw RecordError(RecordError::Kind::Invalid,
                          tr("The number of search results must be between 1 and %1.").arg(MaxPageSize));
    if (offset < 0)
        throw RecordError(RecordError::Kind::Invalid, tr("The search offset cannot be negative."));

    // Rank every match from its statistics alone; snippets are made afterwards for the page shown, since building
    // one costs far more than scoring.
    Statement rank = m_db.prepare(
        QStringLiteral("SELECT docid, matchinfo(journal_fts, 'pcnalx') FROM journal_fts WHERE journal_fts MATCH ?"));
    rank.bind(1, match);
    std::vector<std::pair<double, std::int64_t>> scored;
    while (rank.step())
        scored.emplace_back(JournalSearchQuery::score(rank.blob(1), ColumnWeights), rank.int64(0));
    if (static_cast<std::size_t>(offset) >= scored.size())
        return {};
    const auto better = [](const std::pair<double, std::int64_t>& a, const std::pair<double, std::int64_t>& b) {
        return a.first != b.first ? a.first > b.first : a.second > b.second;
    };
    const std::size_t end = std::min(scored.size(), static_cast<std::size_t>(offset) + static_cast<std::size_t>(limit));
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(end), scored.end(), better);

    std::vector<std::int64_t> ids;
    for (std::size_t i = static_cast<std::size_t>(offset); i < end; ++i)
        ids.push_back(scored[i].second);
    // CROSS JOIN keeps the full-text table as the outer loop, so the MATCH runs once rather than once per entry.
    Statement details = m_db.prepare(
        QStringLiteral("SELECT journal_fts.docid, snippet(journal_fts, ?, ?, ?, -1, %1), e.occurred_at, e.title"
                       " FROM journal_fts CROSS JOIN journal_entries e ON e.id = journal_fts.docid"
                       " WHERE journal_fts MATCH ? AND journal_fts.docid IN (%2)")
            .arg(SnippetTokens)
            .arg(idList(ids)));
    details.bind(1, QString(SnippetStart))
        .bind(2, QString(SnippetEnd))
        .bind(3, QString(SnippetEllipsis))
        .bind(4, match);
    QHash<std::int64_t, SearchHit> found;
    while (details.step()) {
        SearchHit hit;
        hit.id = details.int64(0);
        hit.snippet = highlight.apply(details.text(1));
        hit.occurredAt = RecordStore::parseTimestamp(details.text(2));
        hit.title = details.text(3);
        found.insert(hit.id, hit);
    }
    std::vector<SearchHit> hits;
    for (std::size_t i = static_cast<std::size_t>(offset); i < end; ++i) {
        auto it = found.find(scored[i].second);
        if (it == found.end())
            continue;
        it->score = scored[i].first;
        hits.push_back(*it);
    }
    return hits;
}

int JournalRepository::searchCount(const QString& query) const
{
    Statement stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM journal_fts WHERE journal_fts MATCH ?"));
    stmt.bind(1, matchExpressionFor(query));
    return stmt.step() ? stmt.integer(0) : 0;
}

QHash<std::int64_t, QString> JournalRepository::snippets(const QString& query, const std::vector<std::int64_t>& ids,
                                                         const Highlight& highlight) const
{
    QHash<std::int64_t, QString> out;
    if (ids.empty() || JournalSearchQuery::parse(query).isEmpty())
        return out;
    Statement stmt = m_db.prepare(QStringLiteral("SELECT docid, snippet(journal_fts, ?, ?, ?, -1, %1) FROM journal_fts"
                                                 " WHERE journal_fts MATCH ? AND docid IN (%2)")
                                      .arg(SnippetTokens)
                                      .arg(idList(ids)));
    stmt.bind(1, QString(SnippetStart))
        .bind(2, QString(SnippetEnd))
        .bind(3, QString(SnippetEllipsis))
        .bind(4, matchExpressionFor(query));
    while (stmt.step())
        out.insert(stmt.int64(0), highlight.apply(stmt.text(1)));
    return out;
}

std::vector<TimelineItem> JournalRepository::timeline(const QDateTime& from, const QDateTime& to) const
{
    Statement stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM journal_entries e JOIN records r ON r.id = e.id"
                                                 " WHERE r.deleted_at IS NULL AND e.occurred_at >= ?"
                                                 " AND e.occurred_at <= ? ORDER BY e.occurred_at, e.id")
                                      .arg(EntryColumns));
    stmt.bind(1, RecordStore::timestamp(from)).bind(2, RecordStore::timestamp(to));
    std::vector<TimelineItem> items;
    while (stmt.step()) {
        const JournalEntry entry = entryFromRow(stmt);
        TimelineItem item;
        item.at = entry.occurredAt;
        item.kind = journalKind();
        item.event = QStringLiteral("entry");
        item.recordId = entry.id;
        item.title = entry.title;
        item.detail = entry.firstLine();
        items.push_back(std::move(item));
    }
    return items;
}

} // namespace carnet
