#pragma once

#include <QString>

namespace carnet {

// Where Carnet keeps the vault when the user has not chosen another folder.
class VaultLocation
{
public:
    static QString defaultFolder();
};

} // namespace carnet
