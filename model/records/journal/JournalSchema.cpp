#include "RecordsSchema.h"

namespace carnet {

Migration journalMigration()
{
    return {3,
            QStringLiteral("journal entries, tags, attachments and their full-text index"),
            {
                QStringLiteral("CREATE TABLE journal_entries ("
                               " id INTEGER PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,"
                               " occurred_at TEXT NOT NULL,"
                               " title TEXT NOT NULL CHECK (length(title) > 0),"
                               " body TEXT NOT NULL DEFAULT '',"
                               " mood INTEGER CHECK (mood IS NULL OR mood BETWEEN 1 AND 5),"
                               // One symptom per line: a short free-text list that is never queried on its own.
                               " symptoms TEXT NOT NULL DEFAULT '')"),
                // Lists run newest first; the index ends in the rowid, so it also serves the id tie-break.
                QStringLiteral("CREATE INDEX journal_entries_by_time ON journal_entries (occurred_at)"),
                QStringLiteral("CREATE TABLE journal_tags ("
                               " entry_id INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,"
                               " tag TEXT NOT NULL,"
                               " PRIMARY KEY (entry_id, tag)) WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX journal_tags_by_tag ON journal_tags (tag)"),
                // The bytes go last so listing the other columns never reads the blob's overflow pages.
                QStringLiteral("CREATE TABLE journal_attachments ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " entry_id INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,"
                               " file_name TEXT NOT NULL,"
                               " mime_type TEXT NOT NULL,"
                               " size INTEGER NOT NULL,"
                               " sha256 TEXT NOT NULL,"
                               " added_at TEXT NOT NULL,"
                               " data BLOB NOT NULL)"),
                QStringLiteral("CREATE INDEX journal_attachments_by_entry ON journal_attachments (entry_id)"),
                // docid = journal_entries.id; only live entries are indexed, so a search never sees deleted ones.
                QStringLiteral("CREATE VIRTUAL TABLE journal_fts USING fts4("
                               "title, body, tags, tokenize=unicode61 \"remove_diacritics=1\")"),
            }};
}

} // namespace carnet
