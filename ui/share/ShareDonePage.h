#pragma once

#include "SecretBytes.h"
#include "ShareDraft.h"

#include <QWizardPage>

#include <memory>

class QLabel;
class QPushButton;
class QWidget;

namespace carnet {

class ClipboardGuard;

// The share wizard's end: where the file is, its size and SHA-256 (to compare after sending), and for a passphrase
// share the one-time passphrase, shown here once, with a copy button that clears the clipboard again.
class ShareDonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ShareDonePage(ClipboardGuard& clipboard, QWidget* parent = nullptr);
    ~ShareDonePage() override;

    void showWritten(const std::shared_ptr<ShareDraft::Written>& written);
    // Wipes the one-time passphrase from the page (when the wizard closes).
    void forgetPassphrase();

    QString savedPath() const { return m_path; }
    QString passphraseText() const;

private:
    void copyPassphrase();
    void showInFolder();

    ClipboardGuard& m_clipboard;
    QLabel* m_saved;
    QLabel* m_size;
    QLabel* m_sha256;
    QWidget* m_passphrasePanel;
    QLabel* m_passphrase;
    QPushButton* m_copy;
    QPushButton* m_showFolder;
    QString m_path;
    SecretBytes m_oneTime;
};

} // namespace carnet
