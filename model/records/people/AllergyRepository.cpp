#include "AllergyRepository.h"

#include "Database.h"
#include "RecordError.h"
#include "RecordFields.h"

namespace carnet {

namespace {

const QString AllergyKind = QLatin1String(RecordStore::Allergy);

const QString SelectAllergies
    = QStringLiteral("SELECT a.id, substance, category, reaction, severity, criticality, onset_date, status, notes,"
                     " r.created_at, r.updated_at, r.version"
                     " FROM allergies a JOIN records r ON r.id = a.id ");

const QString ListOrder
    = QStringLiteral(" ORDER BY CASE status WHEN 'active' THEN 0 WHEN 'inactive' THEN 1 ELSE 2 END,"
                     " CASE severity WHEN 'severe' THEN 0 WHEN 'moderate' THEN 1 WHEN 'mild' THEN 2 ELSE 3 END,"
                     " CASE criticality WHEN 'high' THEN 0 WHEN 'unable-to-assess' THEN 1 WHEN 'low' THEN 2 ELSE 3 END,"
                     " substance COLLATE NOCASE, a.id");

void bindValues(Statement& stmt, const Allergy& allergy)
{
    stmt.bind(1, allergy.substance);
    RecordFields::bindText(stmt, 2, allergy.category);
    RecordFields::bindText(stmt, 3, allergy.reaction);
    RecordFields::bindText(stmt, 4, allergy.severity);
    RecordFields::bindText(stmt, 5, allergy.criticality);
    RecordFields::bindDate(stmt, 6, allergy.onsetDate);
    stmt.bind(7, allergy.status);
    RecordFields::bindText(stmt, 8, allergy.notes);
}

} // namespace

AllergyRepository::AllergyRepository(Database& db)
    : m_db(db)
    , m_store(db)
{
}

Allergy AllergyRepository::fromRow(const Statement& stmt)
{
    Allergy allergy;
    allergy.id = stmt.int64(0);
    allergy.substance = stmt.text(1);
    allergy.category = stmt.text(2);
    allergy.reaction = stmt.text(3);
    allergy.severity = stmt.text(4);
    allergy.criticality = stmt.text(5);
    allergy.onsetDate = RecordFields::dateFromText(stmt.text(6));
    allergy.status = stmt.text(7);
    allergy.notes = stmt.text(8);
    allergy.createdAt = RecordStore::parseTimestamp(stmt.text(9));
    allergy.updatedAt = RecordStore::parseTimestamp(stmt.text(10));
    allergy.version = stmt.integer(11);
    return allergy;
}

std::vector<Allergy> AllergyRepository::select(const QString& whereAndOrder, std::int64_t id) const
{
    Statement stmt = m_db.prepare(SelectAllergies + whereAndOrder);
    if (id != 0)
        stmt.bind(1, id);
    std::vector<Allergy> out;
    while (stmt.step())
        out.push_back(fromRow(stmt));
    return out;
}

Allergy AllergyRepository::read(std::int64_t id, bool allowDeleted) const
{
    const std::optional<RecordMeta> meta = m_store.meta(id);
    if (!meta || meta->kind != AllergyKind)
        throw RecordError(RecordError::Kind::NotFound, tr("No allergy with id %1.").arg(id));
    if (meta->isDeleted() && !allowDeleted)
        throw RecordError(RecordError::Kind::NotFound, tr("The allergy with id %1 was deleted.").arg(id));
    const std::vector<Allergy> found = select(QStringLiteral("WHERE a.id = ?"), id);
    if (found.empty())
        throw RecordError(RecordError::Kind::NotFound, tr("No allergy with id %1.").arg(id));
    return found.front();
}

std::int64_t AllergyRepository::add(Allergy allergy)
{
    allergy.normalizeAndValidate();
    Transaction tx(m_db);
    const std::int64_t id = m_store.createRecord(AllergyKind);
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO allergies (substance, category, reaction, severity, criticality, onset_date, status, notes, id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindValues(insert, allergy);
    insert.bind(9, id).exec();
    m_store.recordVersion(id, QStringLiteral("create"), allergy.toJson());
    tx.commit();
    return id;
}

void AllergyRepository::update(Allergy allergy)
{
    allergy.normalizeAndValidate();
    Transaction tx(m_db);
    const Allergy current = read(allergy.id, false);
    if (current.toJson() == allergy.toJson())
        return;
    Statement update = m_db.prepare(
        QStringLiteral("UPDATE allergies SET substance = ?, category = ?, reaction = ?, severity = ?, criticality = ?,"
                       " onset_date = ?, status = ?, notes = ? WHERE id = ?"));
    bindValues(update, allergy);
    update.bind(9, allergy.id).exec();
    m_store.recordVersion(allergy.id, QStringLiteral("edit"), allergy.toJson());
    tx.commit();
}

Allergy AllergyRepository::get(std::int64_t id) const
{
    return read(id, false);
}

std::vector<Allergy> AllergyRepository::list() const
{
    return select(QStringLiteral("WHERE r.deleted_at IS NULL") + ListOrder);
}

std::vector<Allergy> AllergyRepository::listDeleted() const
{
    return select(QStringLiteral("WHERE r.deleted_at IS NOT NULL ORDER BY r.deleted_at DESC, a.id DESC"));
}

void AllergyRepository::softDelete(std::int64_t id)
{
    Transaction tx(m_db);
    const Allergy current = read(id, false);
    m_store.softDelete(id, AllergyKind, current.toJson());
    tx.commit();
}

void AllergyRepository::restore(std::int64_t id)
{
    Transaction tx(m_db);
    const Allergy current = read(id, true);
    m_store.restore(id, AllergyKind, current.toJson());
    tx.commit();
}

void AllergyRepository::purge(std::int64_t id)
{
    Transaction tx(m_db);
    read(id, true);
    m_store.purge(id);
    tx.commit();
}

std::vector<RecordVersion> AllergyRepository::history(std::int64_t id) const
{
    read(id, true);
    return m_store.history(id);
}

} // namespace carnet
