#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace carnet {

class Database;
struct Migration;

// What left the vault, to whom and when: one row per export, append-only (triggers refuse edits and deletes), shown
// in the app and by `carnet-cli disclosures` so the patient can always answer "who has seen what".
class DisclosureLog
{
    Q_DECLARE_TR_FUNCTIONS(DisclosureLog)

public:
    struct Recipient
    {
        QString label;       // "Dr. Moreau (care team)", "age1… key", "one-time passphrase"
        QString kind;        // "careteam", "age-recipient", "passphrase"
        QString fingerprint; // empty for a passphrase
    };

    struct Disclosure
    {
        std::int64_t id = 0;
        QDateTime at;
        QString exportId;
        std::vector<Recipient> recipients;
        QJsonObject items; // {"journal": [ids], "medications": bool, "insurance": bool, "appointments": bool}
        int itemCount = 0;
        QString packageSha256; // hex, of the file as written
        QString fileName;      // the name only, never the folder
    };

    // Migration 8: the disclosure log, received shares and the export ids already seen.
    static Migration migration();

    explicit DisclosureLog(Database& db);

    std::int64_t record(const Disclosure& disclosure);
    std::vector<Disclosure> list() const;
    std::int64_t count() const;

private:
    Database& m_db;
};

} // namespace carnet
