#pragma once

#include "ShareDraft.h"

#include <QMutex>
#include <QWaitCondition>
#include <QWizardPage>

#include <exception>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace carnet {

class ShareSummaryBrowser;
class Vault;

// The share wizard's last look before anything leaves: the summary exactly as the package will hold it, the
// recipients and the item count, where to save it, and the vault passphrase again to confirm. Saving checks the
// passphrase and writes the package on a worker thread; a wrong passphrase or an error keeps the wizard here with
// nothing written.
class SharePreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr char FolderSetting[] = "share/folder";

    SharePreviewPage(Vault& vault, ShareDraft& draft, QWidget* parent = nullptr);
    // Waits for a write under way: it uses the vault, which is locked right after the window goes.
    ~SharePreviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // Starts the check and the write and returns false; once written, moves on by itself.
    bool validatePage() override;

    bool isBusy() const { return m_busy; }
    QString previewText() const;
    // "carnet-share-YYYY-MM-DD.carnet-share" in folder, with "-2", "-3", … when that name is taken.
    static QString suggestedPath(const QString& folder);

signals:
    void written(std::shared_ptr<ShareDraft::Written> written);
    void busyChanged(bool busy);

private:
    // A write on the worker thread, for the destructor to wait on.
    struct Work
    {
        QMutex mutex;
        QWaitCondition finished;
        bool running = false;
    };
    struct Outcome
    {
        bool wrongPassphrase = false;
        std::shared_ptr<ShareDraft::Sealed> sealed;
    };

    void chooseFile();
    QString checkedPath();
    void setBusy(bool busy);
    void finishWrite(const std::shared_ptr<Outcome>& outcome, const QString& path);
    void failWrite(const std::exception_ptr& error);

    Vault& m_vault;
    ShareDraft& m_draft;
    QLabel* m_what;
    QLabel* m_recipients;
    ShareSummaryBrowser* m_preview;
    QLineEdit* m_fileName;
    QPushButton* m_choose;
    QLineEdit* m_passphrase;
    QLabel* m_passphraseError;
    QProgressBar* m_progress;
    QLabel* m_status;
    QString m_confirmedPath; // chosen in the file dialog, which already asked about replacing it
    bool m_busy = false;
    bool m_written = false;
    std::shared_ptr<Work> m_work;
};

} // namespace carnet
