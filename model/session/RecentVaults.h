#pragma once

#include <QString>
#include <QStringList>

namespace carnet {

// The vault folders opened on this computer, newest first, for the start window. Only folder paths are kept (in
// QSettings, beside the window geometry): nothing from inside a vault.
class RecentVaults
{
public:
    static constexpr int MaxCount = 6;

    // Folders that still hold a vault; missing ones drop out of the list.
    static QStringList list();
    // The folder last opened (empty when none).
    static QString last();
    // Puts folder first and makes it the last opened.
    static void remember(const QString& folder);
    static void forget(const QString& folder);
};

} // namespace carnet
