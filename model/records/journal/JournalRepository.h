#pragma once

#include "JournalAttachment.h"
#include "JournalEntry.h"
#include "RecordStore.h"
#include "Timeline.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <cstdint>
#include <vector>

namespace carnet {

class Database;
class Statement;

// Reads and writes journal entries, their tags and attachments, keeps every version and the full-text index.
class JournalRepository
{
    Q_DECLARE_TR_FUNCTIONS(JournalRepository)

public:
    static constexpr int MaxTitleLength = 500;
    static constexpr int MaxTagLength = 64;
    static constexpr int MaxTagsPerEntry = 50;
    static constexpr int MaxSymptomLength = 200;
    static constexpr int MaxFileNameLength = 255;
    static constexpr int MaxPageSize = 1000;

    // Which entries a list or count covers; empty members leave that dimension open.
    struct Filter
    {
        QString tag; // normalized with normalizeTag() before use
        QDateTime from; // inclusive
        QDateTime to; // inclusive
        // Full-text words, as for search(); text with no word in it (only spaces or punctuation) is ignored.
        QString text;
    };

    // How matched words are marked in snippets: the CLI uses square brackets, the GUI html() for bold.
    struct Highlight
    {
        // Square brackets and an ellipsis, as the CLI prints them. (Defined out of line: a default member
        // initializer here could not serve the default arguments below.)
        Highlight();
        Highlight(QString startMarker, QString endMarker, QString ellipsisText, bool escapeHtml = false);
        // <b>…</b> around matches, and the entry's own text HTML-escaped so "BP < 120" stays text.
        static Highlight html();

        // Turns a snippet made with the internal markers into this highlight's form.
        QString apply(const QString& marked) const;

        QString start;
        QString end;
        QString ellipsis;
        bool escapeHtml;
    };

    struct SearchHit
    {
        std::int64_t id = 0;
        QDateTime occurredAt;
        QString title;
        QString snippet;
        double score = 0.0; // higher is better
    };

    struct TagCount
    {
        QString tag;
        int count = 0;
    };

    // A file to attach: its name as the user knows it and its bytes as read from disk.
    struct AttachmentFile
    {
        QString fileName;
        QByteArray bytes;
    };

    explicit JournalRepository(Database& db);

    // Each write runs in its own transaction and keeps the resulting values as a version.
    std::int64_t add(const JournalEntry& entry, const std::vector<AttachmentFile>& attachments = {});
    // All in one transaction (bulk import): validated first, so nothing is written if one entry is invalid.
    std::vector<std::int64_t> addBatch(const std::vector<JournalEntry>& entries);
    // Replaces the values of entry.id in one amendment: its attachments are kept except removedAttachments (which
    // must belong to it), newAttachments are added. Saving unchanged values records nothing.
    void update(const JournalEntry& entry, const std::vector<AttachmentFile>& newAttachments = {},
                const std::vector<std::int64_t>& removedAttachments = {});
    // Throws RecordError(NotFound) for an unknown id, another kind, or (unless allowDeleted) a deleted entry.
    JournalEntry get(std::int64_t id, bool allowDeleted = false) const;
    // Live entries, newest first (occurred_at, then id), with tags and attachment names.
    std::vector<JournalEntry> list(const Filter& filter = {}, int offset = 0, int limit = 200) const;
    int count(const Filter& filter = {}) const;

    // Hides the entry from lists and search until restore(); purge() removes it and its attachments for good.
    void softDelete(std::int64_t id);
    // Deleted entries not yet purged, most recently deleted first, for the patient to restore one.
    std::vector<JournalEntry> listDeleted() const;
    void restore(std::int64_t id);
    void purge(std::int64_t id);
    std::vector<RecordVersion> history(std::int64_t id) const;

    // Tags of live entries with how many entries carry each, by name.
    std::vector<TagCount> allTags() const;

    // Stores MediaFile::sanitized(bytes): throws RecordError(TooLarge) past MediaFile::MaxBytes, Invalid for a
    // type other than JPEG, PNG or PDF. JPEGs lose their EXIF/GPS segments.
    std::int64_t addAttachment(std::int64_t entryId, const QString& fileName, const QByteArray& bytes);
    std::vector<JournalAttachment> attachments(std::int64_t entryId) const;
    JournalAttachment attachment(std::int64_t attachmentId) const;
    QByteArray attachmentBytes(std::int64_t attachmentId) const;
    void removeAttachment(std::int64_t attachmentId);

    // Ranked full-text search (BM25 over title, body and tags) with highlighted snippets. Throws
    // RecordError(Invalid) when the query has no word to look for or too many terms; never an SQL error.
    std::vector<SearchHit> search(const QString& query, int limit = 20, int offset = 0,
                                  const Highlight& highlight = {}) const;
    int searchCount(const QString& query) const;
    // Snippets for the given entries (e.g. one page of a filtered list), keyed by id; entries that do not match
    // the query are absent.
    QHash<std::int64_t, QString> snippets(const QString& query, const std::vector<std::int64_t>& ids,
                                          const Highlight& highlight = {}) const;

    std::vector<TimelineItem> timeline(const QDateTime& from, const QDateTime& to) const;

    // Lowercase, no leading '#', inner spaces as '-'; empty when nothing is left. Throws RecordError(Invalid) when
    // longer than MaxTagLength.
    static QString normalizeTag(const QString& tag);
    // Normalized, without duplicates or empties, sorted.
    static QStringList normalizeTags(const QStringList& tags);

private:
    struct PreparedAttachment;
    class EntryWriter;

    JournalEntry validated(const JournalEntry& entry) const;
    static std::vector<PreparedAttachment> prepareAttachments(const std::vector<AttachmentFile>& files);
    JournalEntry requireEntry(std::int64_t id, bool allowDeleted) const;
    QString filterSql(const Filter& filter, bool* hasMatch) const;
    void bindFilter(Statement& stmt, const Filter& filter, bool hasMatch) const;
    void loadDetails(std::vector<JournalEntry>& entries) const;
    void indexEntry(const JournalEntry& entry);
    void unindexEntry(std::int64_t id);
    static QString matchExpressionFor(const QString& query);

    Database& m_db;
};

} // namespace carnet
