#include "ConditionRepository.h"

#include "Database.h"
#include "RecordError.h"
#include "RecordFields.h"

namespace carnet {

namespace {

const QString ConditionKind = QLatin1String(RecordStore::Condition);

const QString SelectConditions = QStringLiteral(
    "SELECT c.id, name, onset_date, abatement_date, status, notes, r.created_at, r.updated_at, r.version"
    " FROM conditions c JOIN records r ON r.id = c.id ");

const QString ListOrder
    = QStringLiteral(" ORDER BY CASE status WHEN 'active' THEN 0 WHEN 'remission' THEN 1 ELSE 2 END,"
                     " onset_date IS NULL, onset_date DESC, name COLLATE NOCASE, c.id");

void bindValues(Statement& stmt, const Condition& condition)
{
    stmt.bind(1, condition.name);
    RecordFields::bindDate(stmt, 2, condition.onsetDate);
    RecordFields::bindDate(stmt, 3, condition.abatementDate);
    stmt.bind(4, condition.status);
    RecordFields::bindText(stmt, 5, condition.notes);
}

} // namespace

ConditionRepository::ConditionRepository(Database& db)
    : m_db(db)
    , m_store(db)
{
}

Condition ConditionRepository::fromRow(const Statement& stmt)
{
    Condition condition;
    condition.id = stmt.int64(0);
    condition.name = stmt.text(1);
    condition.onsetDate = RecordFields::dateFromText(stmt.text(2));
    condition.abatementDate = RecordFields::dateFromText(stmt.text(3));
    condition.status = stmt.text(4);
    condition.notes = stmt.text(5);
    condition.createdAt = RecordStore::parseTimestamp(stmt.text(6));
    condition.updatedAt = RecordStore::parseTimestamp(stmt.text(7));
    condition.version = stmt.integer(8);
    return condition;
}

std::vector<Condition> ConditionRepository::select(const QString& whereAndOrder, std::int64_t id) const
{
    Statement stmt = m_db.prepare(SelectConditions + whereAndOrder);
    if (id != 0)
        stmt.bind(1, id);
    std::vector<Condition> out;
    while (stmt.step())
        out.push_back(fromRow(stmt));
    return out;
}

Condition ConditionRepository::read(std::int64_t id, bool allowDeleted) const
{
    const std::optional<RecordMeta> meta = m_store.meta(id);
    if (!meta || meta->kind != ConditionKind)
        throw RecordError(RecordError::Kind::NotFound, tr("No condition with id %1.").arg(id));
    if (meta->isDeleted() && !allowDeleted)
        throw RecordError(RecordError::Kind::NotFound, tr("The condition with id %1 was deleted.").arg(id));
    const std::vector<Condition> found = select(QStringLiteral("WHERE c.id = ?"), id);
    if (found.empty())
        throw RecordError(RecordError::Kind::NotFound, tr("No condition with id %1.").arg(id));
    return found.front();
}

std::int64_t ConditionRepository::add(Condition condition)
{
    condition.normalizeAndValidate();
    Transaction tx(m_db);
    const std::int64_t id = m_store.createRecord(ConditionKind);
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO conditions (name, onset_date, abatement_date, status, notes, id) VALUES (?, ?, ?, ?, ?, ?)"));
    bindValues(insert, condition);
    insert.bind(6, id).exec();
    m_store.recordVersion(id, QStringLiteral("create"), condition.toJson());
    tx.commit();
    return id;
}

void ConditionRepository::update(Condition condition)
{
    condition.normalizeAndValidate();
    Transaction tx(m_db);
    const Condition current = read(condition.id, false);
    if (current.toJson() == condition.toJson())
        return;
    Statement update = m_db.prepare(QStringLiteral(
        "UPDATE conditions SET name = ?, onset_date = ?, abatement_date = ?, status = ?, notes = ? WHERE id = ?"));
    bindValues(update, condition);
    update.bind(6, condition.id).exec();
    m_store.recordVersion(condition.id, QStringLiteral("edit"), condition.toJson());
    tx.commit();
}

Condition ConditionRepository::get(std::int64_t id) const
{
    return read(id, false);
}

std::vector<Condition> ConditionRepository::list() const
{
    return select(QStringLiteral("WHERE r.deleted_at IS NULL") + ListOrder);
}

std::vector<Condition> ConditionRepository::listDeleted() const
{
    return select(QStringLiteral("WHERE r.deleted_at IS NOT NULL ORDER BY r.deleted_at DESC, c.id DESC"));
}

void ConditionRepository::softDelete(std::int64_t id)
{
    Transaction tx(m_db);
    const Condition current = read(id, false);
    m_store.softDelete(id, ConditionKind, current.toJson());
    tx.commit();
}

void ConditionRepository::restore(std::int64_t id)
{
    Transaction tx(m_db);
    const Condition current = read(id, true);
    m_store.restore(id, ConditionKind, current.toJson());
    tx.commit();
}

void ConditionRepository::purge(std::int64_t id)
{
    Transaction tx(m_db);
    read(id, true);
    m_store.purge(id);
    tx.commit();
}

std::vector<RecordVersion> ConditionRepository::history(std::int64_t id) const
{
    read(id, true);
    return m_store.history(id);
}

} // namespace carnet
