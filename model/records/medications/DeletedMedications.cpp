#include "DeletedMedications.h"

#include "Database.h"
#include "RecordStore.h"

namespace carnet {

DeletedMedications::DeletedMedications(Database& db)
    : m_db(db)
{
}

std::vector<DeletedMedications::Entry> DeletedMedications::list() const
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "SELECT m.id, m.name, m.strength, r.deleted_at FROM medications m JOIN records r ON r.id = m.id"
        " WHERE r.kind = ? AND r.deleted_at IS NOT NULL ORDER BY r.deleted_at DESC, m.id DESC"));
    stmt.bind(1, QString::fromLatin1(RecordStore::Medication));
    std::vector<Entry> out;
    while (stmt.step()) {
        Entry entry;
        entry.id = stmt.int64(0);
        const QString strength = stmt.text(2);
        entry.displayName = strength.isEmpty() ? stmt.text(1) : stmt.text(1) + QLatin1Char(' ') + strength;
        entry.deletedAt = RecordStore::parseTimestamp(stmt.text(3));
        out.push_back(std::move(entry));
    }
    return out;
}

} // namespace carnet
