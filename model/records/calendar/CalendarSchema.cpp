#include "RecordsSchema.h"

namespace carnet {

Migration calendarMigration()
{
    // Placeholder until the calendar tables are written.
    return {5, QStringLiteral("calendar"), {}};
}

} // namespace carnet
