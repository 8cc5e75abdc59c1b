#include "RecordsSchema.h"

namespace carnet {

Migration medicationsMigration()
{
    // Placeholder until the medications tables are written.
    return {4, QStringLiteral("medications"), {}};
}

} // namespace carnet
