#pragma once

#include "Condition.h"
#include "RecordStore.h"

#include <QCoreApplication>
#include <vector>

namespace carnet {

class Database;
class Statement;

// Adds, edits, lists and deletes conditions; every change keeps a version, deletes are soft until purged.
class ConditionRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConditionRepository)

public:
    explicit ConditionRepository(Database& db);

    // Validates, stores and returns the new record id. Throws RecordError(Invalid) naming a wrong field.
    std::int64_t add(Condition condition);
    // Replaces every value of the condition with id condition.id. Throws RecordError(NotFound) for an unknown or
    // deleted id. Saving unchanged values adds no version.
    void update(Condition condition);
    // Throws RecordError(NotFound): "No condition with id N." or, when soft-deleted, that it was deleted.
    Condition get(std::int64_t id) const;
    // Live conditions: active first, then in remission, then resolved; the most recent onset first within each.
    std::vector<Condition> list() const;
    // Soft-deleted conditions, most recently deleted first (a trash to restore from).
    std::vector<Condition> listDeleted() const;

    void softDelete(std::int64_t id);
    void restore(std::int64_t id);
    // Removes a live or deleted condition and its versions for good.
    void purge(std::int64_t id);
    std::vector<RecordVersion> history(std::int64_t id) const;

private:
    Condition read(std::int64_t id, bool allowDeleted) const;
    std::vector<Condition> select(const QString& whereAndOrder, std::int64_t id = 0) const;
    static Condition fromRow(const Statement& stmt);

    Database& m_db;
    RecordStore m_store;
};

} // namespace carnet
