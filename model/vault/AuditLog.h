#pragma once

#include "SecretBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace carnet {

class Database;

// The vault's append-only, hash-chained record of security events; each row's MAC covers the one before it.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    struct Entry
    {
        std::int64_t seq = 0;
        QDateTime at;
        QString event;
        QString detail;
    };

    struct Verification
    {
        bool ok = true;
        std::int64_t rowsChecked = 0;
        std::int64_t firstBadSeq = 0; // 0 when ok
        QString problem;
    };

    // Event names as stored; details never hold health data.
    static constexpr const char* VaultCreated = "vault_created";
    static constexpr const char* Unlocked = "unlocked";
    static constexpr const char* UnlockFailed = "unlock_failed";
    static constexpr const char* Locked = "locked";
    static constexpr const char* PassphraseChanged = "passphrase_changed";
    static constexpr const char* Recovered = "recovered_with_code";
    static constexpr const char* DataKeyRotated = "data_key_rotated";

    AuditLog(Database& db, SecretBytes macKey);

    static QStringList schema();

    void append(const QString& event, const QString& detail = {}, const QDateTime& at = QDateTime::currentDateTimeUtc());
    std::vector<Entry> entries(std::int64_t afterSeq = 0, int limit = -1) const;
    std::int64_t count() const;
    Verification verify() const;

    // A person-readable name for an event, for the Activity view and the CLI.
    static QString describe(const QString& event);

private:
    QByteArray computeMac(const QByteArray& previousMac, std::int64_t seq, const QString& at, const QString& event,
                          const QString& detail) const;

    Database& m_db;
    SecretBytes m_macKey;
};

} // namespace carnet
