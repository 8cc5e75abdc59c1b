#include "VaultLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace carnet {

QString VaultLocation::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("vault"));
}

} // namespace carnet
