#include "RecordsSchema.h"

namespace carnet {

Migration peopleMigration()
{
    // Placeholder until the people tables are written.
    return {7, QStringLiteral("people"), {}};
}

} // namespace carnet
