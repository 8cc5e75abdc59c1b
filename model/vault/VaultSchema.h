#pragma once

#include "SchemaMigrator.h"

namespace carnet {

// Every migration of a vault's records.db, in order: the vault core first, then the record kinds.
class VaultSchema
{
public:
    static const SchemaMigrator& migrator();
};

} // namespace carnet
