#pragma once

#include "Profile.h"
#include "ProfileChanges.h"
#include "RecordStore.h"

#include <QCoreApplication>
#include <vector>

namespace carnet {

class Database;

// Reads and writes the vault's one profile; the first save creates its record, every later change adds a version.
class ProfileRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRepository)

public:
    explicit ProfileRepository(Database& db);

    // The saved profile, or an empty one (id 0) before the first save.
    Profile get() const;
    bool exists() const;
    // Replaces every field. Returns the profile as stored (normalized, with its id and version). Saving the same
    // values again changes nothing and adds no version.
    Profile set(Profile profile);
    // Changes only the fields given in changes; the rest stay as they are.
    Profile set(const ProfileChanges& changes);
    // Every saved version, oldest first; empty before the first save.
    std::vector<RecordVersion> history() const;

private:
    Database& m_db;
    RecordStore m_store;
};

} // namespace carnet
