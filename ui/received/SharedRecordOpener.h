#pragma once

#include "SharePackageProbe.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <cstdint>
#include <exception>
#include <memory>

class QProgressDialog;
class QWidget;

namespace carnet {

class ShareError;
class SharePackageReader;
class Vault;
struct OpenedShare;

// Opens a .carnet-share the way a person expects: with the vault's own key when a vault is unlocked (so a pinned
// care-team signer is named and a replayed export is flagged), else or when the share is locked with a passphrase, by
// asking for the one-time passphrase. Decryption and verification run off the UI thread with a busy indicator; a
// refused package shows a specific reason and nothing of its content; a verified one opens in a SharedRecordWindow.
class SharedRecordOpener : public QObject
{
    Q_OBJECT

public:
    enum class Attempt { VaultKey, Passphrase };

    // Asks for the file (filter "Carnet shares (*.carnet-share)") when path is empty. vault may be null (the start
    // window): only passphrase shares open then. Returns the opener, which works on after this returns and deletes
    // itself when done (connect to shareKept / finished), or nullptr when the file dialog was cancelled.
    static SharedRecordOpener* open(QWidget* parent, Vault* vault, const QString& path = {});

    // What a person is told about a refused package; every kind says something different.
    static QString explain(const ShareError& error, Attempt attempt);
    // For a share locked to a key, opened where no vault is unlocked.
    static QString needsVaultText(const QString& fileName);

    const QString& path() const { return m_path; }
    bool isBusy() const { return m_isBusy; }
    ~SharedRecordOpener() override;

signals:
    // The share verified and its window is shown.
    void shown();
    // The share was kept in "Shared with me" (refresh the list).
    void shareKept(std::int64_t id);
    // Done: shown and closed, refused, or cancelled. The opener is deleted soon after.
    void finished();

private:
    SharedRecordOpener(QWidget* parent, Vault* vault, QString path);

    void start();
    void openWithVaultKey();
    void askPassphrase();
    void run(std::shared_ptr<SharePackageReader> reader, Attempt attempt);
    void opened(std::shared_ptr<OpenedShare> share);
    void failed(std::exception_ptr error, Attempt attempt);
    void showWindow(std::shared_ptr<OpenedShare> share);
    void setBusy(bool busy);
    void warn(const QString& text);
    void finish();

    QPointer<QWidget> m_parent;
    Vault* m_vault;
    QString m_path;
    SharePackageProbe::Lock m_lock = SharePackageProbe::Lock::Unknown;
    QPointer<QProgressDialog> m_busy;
    bool m_isBusy = false;
};

} // namespace carnet
