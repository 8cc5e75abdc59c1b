#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace carnet {

class Clock;
class Database;
class Vault;

// Fills a vault with a synthetic patient's year — journal, medications and their dose log, appointments, insurance,
// profile, allergies, conditions and care team — so a newcomer (`carnet --demo`) or a screenshot sees a lived-in
// record. Everything is invented; the same seed and clock give the same vault.
class DemoVault
{
    Q_DECLARE_TR_FUNCTIONS(DemoVault)

public:
    struct Counts
    {
        int journalEntries = 0;
        int medications = 0;
        int doses = 0;
        int appointments = 0;
        int insurancePlans = 0;
        int careTeam = 0;
    };

    // The demo vault's passphrase: it guards nothing real, and the app shows it so the demo can be locked and
    // unlocked like a real vault.
    static constexpr const char* Passphrase = "carnet demo vault";

    static Counts populate(Database& db, const Clock& clock, quint32 seed = 7);
    // Creates a vault in folder (which must not exist yet) with the interactive KDF and the demo passphrase, and
    // fills it.
    static std::unique_ptr<Vault> create(const QString& folder, const Clock& clock);
};

} // namespace carnet
