#pragma once

#include "Allergy.h"
#include "RecordStore.h"

#include <QCoreApplication>
#include <vector>

namespace carnet {

class Database;
class Statement;

// Adds, edits, lists and deletes allergies; every change keeps a version, deletes are soft until purged.
class AllergyRepository
{
    Q_DECLARE_TR_FUNCTIONS(AllergyRepository)

public:
    explicit AllergyRepository(Database& db);

    // Validates, stores and returns the new record id. Throws RecordError(Invalid) naming a wrong field.
    std::int64_t add(Allergy allergy);
    // Replaces every value of the allergy with id allergy.id. Throws RecordError(NotFound) for an unknown or
    // deleted id. Saving unchanged values adds no version.
    void update(Allergy allergy);
    // Throws RecordError(NotFound): "No allergy with id N." or, when soft-deleted, that it was deleted.
    Allergy get(std::int64_t id) const;
    // Live allergies: active first, then inactive, then resolved; the most severe first within each.
    std::vector<Allergy> list() const;
    // Soft-deleted allergies, most recently deleted first (a trash to restore from).
    std::vector<Allergy> listDeleted() const;

    void softDelete(std::int64_t id);
    void restore(std::int64_t id);
    // Removes a live or deleted allergy and its versions for good.
    void purge(std::int64_t id);
    std::vector<RecordVersion> history(std::int64_t id) const;

private:
    Allergy read(std::int64_t id, bool allowDeleted) const;
    std::vector<Allergy> select(const QString& whereAndOrder, std::int64_t id = 0) const;
    static Allergy fromRow(const Statement& stmt);

    Database& m_db;
    RecordStore m_store;
};

} // namespace carnet
