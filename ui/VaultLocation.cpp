#include "VaultLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace carnet {

QString VaultLocation::defaultFolder()
{
    // Not AppLocalDataLocation: that nests organisation and application name ("Carnet/carnet").
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("carnet/vault"));
}

} // namespace carnet
