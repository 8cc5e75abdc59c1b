#include "SharedRecordOpener.h"

#include "BackgroundTask.h"
#include "DialogSeams.h"
#include "OpenedShare.h"
#include "ReceivingVault.h"
#include "ShareError.h"
#include "SharePackageReader.h"
#include "SharePassphraseDialog.h"
#include "SharedRecordWindow.h"
#include "Vault.h"
#include "VaultIdentity.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QTimer>

namespace carnet {

SharedRecordOpener* SharedRecordOpener::open(QWidget* parent, Vault* vault, const QString& path)
{
    QString file = path;
    if (file.isEmpty())
        file = FileDialogSeam::openFileName(parent, tr("Open shared record"), tr("Carnet shares (*.carnet-share)"));
    if (file.isEmpty())
        return nullptr;
    auto* opener = new SharedRecordOpener(parent, vault, file);
    // After open() returns, so the caller can connect to its signals first.
    QTimer::singleShot(0, opener, &SharedRecordOpener::start);
    return opener;
}

SharedRecordOpener::SharedRecordOpener(QWidget* parent, Vault* vault, QString path)
    : QObject(parent)
    , m_parent(parent)
    , m_vault(vault)
    , m_path(std::move(path))
{
}

SharedRecordOpener::~SharedRecordOpener()
{
    // Deleted while working when the vault locks under it: the worker's result is dropped, the cursor restored.
    setBusy(false);
}

QString SharedRecordOpener::explain(const ShareError& error, Attempt attempt)
{
    QString text;
    switch (error.kind()) {
    case ShareError::Kind::WrongSecret:
        text = attempt == Attempt::Passphrase
            ? tr("Wrong passphrase: the share does not open with the passphrase you typed. Check it with the "
                 "person who sent it (it is the one-time passphrase they gave you, not your vault's).")
            : tr("This share is not for your key: it was made for someone else's vault, so it cannot be opened "
                 "here. Ask the sender to share it with your vault's key or with a one-time passphrase.");
        break;
    case ShareError::Kind::Malformed:
        text = tr("This file is damaged or was tampered with, or it is not a Carnet share. Do not trust its contents; "
                  "ask the sender for a new copy.");
        break;
    case ShareError::Kind::BadSignature:
        text = tr("The signature does not verify: this share was tampered with, or was not signed by the key it "
                  "names. Do not trust its contents.");
        break;
    case ShareError::Kind::UnsafeContent:
        text = tr("This share holds unsafe content (a file that would land outside its folder, or a repeated or "
                  "special file) and was refused. Do not trust its contents.");
        break;
    case ShareError::Kind::TooLarge:
        text = tr("This file is too large to be a Carnet share, or its passphrase protection asks for more work than "
                  "Carnet allows. It was not opened.");
        break;
    case ShareError::Kind::UnsupportedVersion:
        text = tr("This share was made by a newer Carnet. Update Carnet to open it.");
        break;
    case ShareError::Kind::Io:
        text = tr("Cannot read the file.");
        break;
    case ShareError::Kind::Invalid:
        text = tr("The share could not be opened.");
        break;
    }
    return text + QStringLiteral("\n\n") + tr("Details: %1").arg(error.message());
}

QString SharedRecordOpener::needsVaultText(const QString& fileName)
{
    return tr("“%1” is locked to a vault's key, not to a passphrase. Unlock your vault first, then open the file with "
              "File › Open shared record…")
        .arg(fileName);
}

void SharedRecordOpener::start()
{
    const QFileInfo info(m_path);
    if (!info.isFile() || !info.isReadable()) {
        // Before any passphrase is asked for.
        warn(explain(ShareError(ShareError::Kind::Io,
                                tr("%1 does not exist or cannot be read.").arg(QDir::toNativeSeparators(m_path))),
                     Attempt::VaultKey));
        finish();
        return;
    }
    m_lock = SharePackageProbe::lockOf(m_path);
    if (m_vault && m_lock != SharePackageProbe::Lock::Passphrase) {
        openWithVaultKey();
        return;
    }
    if (!m_vault && m_lock == SharePackageProbe::Lock::Keys) {
        warn(needsVaultText(QFileInfo(m_path).fileName()));
        finish();
        return;
    }
    askPassphrase();
}

void SharedRecordOpener::openWithVaultKey()
{
    auto reader = std::make_shared<SharePackageReader>();
    try {
        reader->addIdentity(VaultIdentity::load(m_vault->database()).ageIdentity().clone());
    } catch (const ShareError& error) {
        if (m_lock == SharePackageProbe::Lock::Unknown) {
            askPassphrase();
            return;
        }
        warn(tr("This vault has no key to open shares with.") + QStringLiteral("\n\n") + error.message());
        finish();
        return;
    }
    run(std::move(reader), Attempt::VaultKey);
}

void SharedRecordOpener::askPassphrase()
{
    const QPointer<SharedRecordOpener> self(this);
    GuardedDialog<SharePassphraseDialog> dialog(QFileInfo(m_path).fileName(), m_parent.data());
    const int result = dialog.exec();
    if (!self)
        return; // the window under it went (the vault locked)
    if (result != QDialog::Accepted) {
        finish();
        return;
    }
    auto reader = std::make_shared<SharePackageReader>();
    reader->setPassphrase(dialog->takePassphrase());
    run(std::move(reader), Attempt::Passphrase);
}

void SharedRecordOpener::run(std::shared_ptr<SharePackageReader> reader, Attempt attempt)
{
    setBusy(true);
    // The vault's database is not touched on the worker: it belongs to the UI thread. Naming the signer and the
    // replay check happen in opened().
    const QString path = m_path;
    BackgroundTask<std::shared_ptr<OpenedShare>>::run(
        this, [reader, path] { return std::make_shared<OpenedShare>(reader->open(path)); },
        [this](std::shared_ptr<OpenedShare> share) {
            setBusy(false);
            opened(std::move(share));
        },
        [this, attempt](std::exception_ptr error) {
            setBusy(false);
            failed(error, attempt);
        });
}

void SharedRecordOpener::opened(std::shared_ptr<OpenedShare> share)
{
    if (m_vault) {
        try {
            ReceivingVault(m_vault->database()).recognise(*share);
        } catch (const std::exception& error) {
            // Shown all the same: the signer then counts as not pinned, which is the careful side.
            MessageBoxSeam::warning(m_parent.data(), tr("Shared record"),
                                    tr("The share verified, but could not be checked against your care team and the "
                                       "shares opened before: %1")
                                        .arg(QString::fromStdString(error.what())));
        }
    }
    // Out of the task's callback, so the window's own event loop does not run inside it.
    QTimer::singleShot(0, this, [this, share] { showWindow(share); });
}

void SharedRecordOpener::showWindow(std::shared_ptr<OpenedShare> share)
{
    const QPointer<SharedRecordOpener> self(this);
    auto* window = new SharedRecordWindow(std::move(share), m_vault, m_parent.data());
    connect(window, &SharedRecordWindow::kept, this, &SharedRecordOpener::shareKept);
    emit shown();
    if (!self)
        return;
    DialogSeam::show(window);
    if (self)
        finish();
}

void SharedRecordOpener::failed(std::exception_ptr error, Attempt attempt)
{
    try {
        std::rethrow_exception(error);
    } catch (const ShareError& shareError) {
        // Not for this vault's key, but maybe for a passphrase the probe could not see (an armored file).
        if (shareError.kind() == ShareError::Kind::WrongSecret && attempt == Attempt::VaultKey
            && m_lock == SharePackageProbe::Lock::Unknown) {
            // Out of the task's callback, as for the share window.
            QTimer::singleShot(0, this, &SharedRecordOpener::askPassphrase);
            return;
        }
        warn(explain(shareError, attempt));
    } catch (const std::exception& other) {
        warn(tr("The share could not be opened: %1").arg(QString::fromStdString(other.what())));
    }
    finish();
}

void SharedRecordOpener::setBusy(bool busy)
{
    if (busy == m_isBusy)
        return;
    m_isBusy = busy;
    if (busy) {
        m_busy
            = new QProgressDialog(tr("Decrypting “%1” and checking its signatures…").arg(QFileInfo(m_path).fileName()),
                                  QString(), 0, 0, m_parent.data());
        m_busy->setWindowTitle(tr("Opening shared record"));
        m_busy->setWindowModality(Qt::WindowModal);
        m_busy->setAccessibleName(tr("Opening the shared record"));
        m_busy->setMinimumDuration(200);
        m_busy->setAutoClose(false);
        m_busy->setAutoReset(false);
        // Brief work should not flash a window; anything longer shows it is being done.
        QTimer::singleShot(200, m_busy.data(), &QProgressDialog::show);
        QApplication::setOverrideCursor(Qt::BusyCursor);
        return;
    }
    delete m_busy.data();
    QApplication::restoreOverrideCursor();
}

void SharedRecordOpener::warn(const QString& text)
{
    MessageBoxSeam::warning(m_parent.data(), tr("Cannot open the shared record"), text);
}

void SharedRecordOpener::finish()
{
    emit finished();
    deleteLater();
}

} // namespace carnet
