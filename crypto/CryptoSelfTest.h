#pragma once

#include <QString>

namespace carnet {

// Known-answer checks run at start-up so a broken libsodium build is refused before it touches a vault.
class CryptoSelfTest
{
public:
    // Empty on success, else a description of the first failing check.
    static QString run();
};

} // namespace carnet
