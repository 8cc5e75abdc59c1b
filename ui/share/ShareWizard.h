#pragma once

#include <QWizard>

#include <cstdint>
#include <memory>
#include <vector>

namespace carnet {

class ClipboardGuard;
class ShareChoosePage;
class ShareDonePage;
class ShareDraft;
class SharePreviewPage;
class SharePrivacyPage;
class ShareRecipientsPage;
class Vault;

// File › New share…: a patient makes an encrypted, signed share of chosen records in five steps (choose, check
// for identifiers, recipients, preview and confirm, done). Nothing leaves the vault before the preview page's
// "Save share", and what leaves is what that page showed. Open it with open() or exec(); it holds record data, so
// it must be a child of the main window (locking the vault deletes it).
class ShareWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ChoosePageId, PrivacyPageId, RecipientsPageId, PreviewPageId, DonePageId };

    ShareWizard(Vault& vault, ClipboardGuard& clipboard, QWidget* parent = nullptr);
    ~ShareWizard() override;

    // Ticks these journal entries on the first page (e.g. the entries selected in the journal).
    void preselectEntries(const std::vector<std::int64_t>& ids);

    // For tests only: a cheap scrypt work factor for passphrase shares. Real shares keep age's default.
    void setScryptLogN(int logN);

    ShareDraft& draft() { return *m_draft; }
    ShareChoosePage* choosePage() const { return m_choose; }
    SharePrivacyPage* privacyPage() const { return m_privacy; }
    ShareRecipientsPage* recipientsPage() const { return m_recipients; }
    SharePreviewPage* previewPage() const { return m_preview; }
    ShareDonePage* donePage() const { return m_done; }
    // True while the passphrase is checked and the package written; the wizard cannot be closed meanwhile.
    bool isBusy() const;

    void reject() override;
    void done(int result) override;

signals:
    // A share was written (and logged): e.g. to refresh the disclosure log.
    void shareWritten(const QString& path);

private:
    std::unique_ptr<ShareDraft> m_draft;
    ShareChoosePage* m_choose;
    SharePrivacyPage* m_privacy;
    ShareRecipientsPage* m_recipients;
    SharePreviewPage* m_preview;
    ShareDonePage* m_done;
};

} // namespace carnet
