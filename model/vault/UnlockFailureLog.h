#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace carnet {

// Failed unlocks cannot be written into the still-locked vault, so their times wait in a per-user file outside
// the vault folder (no health data, vault files untouched) until the next successful unlock moves them in.
class UnlockFailureLog
{
public:
    struct Failure
    {
        QDateTime at;
        QString method; // "passphrase" or "recovery code"
    };

    explicit UnlockFailureLog(const QByteArray& vaultId);

    void record(const QString& method);
    std::vector<Failure> pending() const;
    void clear();
    QString filePath() const { return m_path; }

private:
    QString m_path;
};

} // namespace carnet
