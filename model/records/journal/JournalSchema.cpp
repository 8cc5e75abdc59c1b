#include "RecordsSchema.h"

namespace carnet {

Migration journalMigration()
{
    // Placeholder until the journal tables are written.
    return {3, QStringLiteral("journal"), {}};
}

} // namespace carnet
