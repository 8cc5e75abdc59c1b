#include "TemporaryVault.h"

#include <QDir>

namespace carnet::testsupport {

TemporaryVault::TemporaryVault()
{
    m_root = m_dir.path();
    // Failed-unlock notes go under XDG_DATA_HOME; keep them inside the test's own folder.
    qputenv("XDG_DATA_HOME", QDir(m_root).filePath(QStringLiteral("xdg-data")).toUtf8());
    m_folder = QDir(m_root).filePath(QStringLiteral("vault"));
    Vault::Created created =
        Vault::create(m_folder, passphrase(), PassphraseKdf::profile(PassphraseKdf::Profile::Interactive));
    m_vault = std::move(created.vault);
    m_recoveryCode = created.recoveryCode;
}

void TemporaryVault::reopen()
{
    m_vault.reset();
    m_vault = Vault::unlock(m_folder, passphrase());
}

} // namespace carnet::testsupport
