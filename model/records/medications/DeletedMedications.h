#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <vector>

namespace carnet {

class Database;

// The soft-deleted medications of a vault, most recently deleted first, so a view can offer to restore them.
class DeletedMedications
{
public:
    struct Entry
    {
        std::int64_t id = 0;
        QString displayName; // "Metformin 500 mg"
        QDateTime deletedAt; // UTC
    };

    explicit DeletedMedications(Database& db);

    std::vector<Entry> list() const;

private:
    Database& m_db;
};

} // namespace carnet
