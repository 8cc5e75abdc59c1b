#pragma once

#include "SecretBytes.h"
#include "Vault.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace carnet::testsupport {

// A real vault (SQLCipher file, Argon2id at the interactive floor) in a fresh temporary folder.
class TemporaryVault
{
public:
    static constexpr const char* Passphrase = "correct horse battery staple";

    TemporaryVault();

    Vault& vault() { return *m_vault; }
    Database& db() { return m_vault->database(); }
    const QString& folder() const { return m_folder; }
    const QString& recoveryCode() const { return m_recoveryCode; }
    const QString& tempRoot() const { return m_root; }

    void lock() { m_vault->lock(); }
    void reopen();

    static SecretBytes passphrase() { return SecretBytes::fromUtf8(QString::fromLatin1(Passphrase)); }

private:
    QTemporaryDir m_dir;
    QString m_root;
    QString m_folder;
    QString m_recoveryCode;
    std::unique_ptr<Vault> m_vault;
};

} // namespace carnet::testsupport
