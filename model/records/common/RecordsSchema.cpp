#include "RecordsSchema.h"

#include "RecordStore.h"

namespace carnet {

Migration recordsCommonMigration()
{
    return {2, QStringLiteral("records and their amendment trail"), RecordStore::schema()};
}

} // namespace carnet
