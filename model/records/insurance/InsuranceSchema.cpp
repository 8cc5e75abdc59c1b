#include "RecordsSchema.h"

namespace carnet {

Migration insuranceMigration()
{
    // Placeholder until the insurance tables are written.
    return {6, QStringLiteral("insurance"), {}};
}

} // namespace carnet
