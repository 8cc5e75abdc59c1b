#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace carnet {

// Estimates how hard a passphrase is to guess (zxcvbn), for the meter shown while choosing one.
class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)

public:
    enum class Level { Empty, VeryWeak, Weak, Fair, Strong, VeryStrong };

    struct Estimate
    {
        double entropyBits = 0;
        Level level = Level::Empty;
        QString label;  // e.g. "Weak"
        QString advice; // what would make it better, empty when it is strong
        bool acceptable = false; // long enough for Vault::create and not very weak
    };

    // userWords are words an attacker would try first (the user's name, the app's name).
    static Estimate estimate(const QString& passphrase, const QStringList& userWords = {});
};

} // namespace carnet
