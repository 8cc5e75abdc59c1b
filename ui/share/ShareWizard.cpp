#include "ShareWizard.h"

#include "ShareChoosePage.h"
#include "ShareDonePage.h"
#include "ShareDraft.h"
#include "SharePreviewPage.h"
#include "SharePrivacyPage.h"
#include "ShareRecipientsPage.h"
#include "Vault.h"

namespace carnet {

ShareWizard::ShareWizard(Vault& vault, ClipboardGuard& clipboard, QWidget* parent)
    : QWizard(parent)
    , m_draft(std::make_unique<ShareDraft>(vault))
    , m_choose(new ShareChoosePage(vault.database(), *m_draft, this))
    , m_privacy(new SharePrivacyPage(*m_draft, this))
    , m_recipients(new ShareRecipientsPage(*m_draft, this))
    , m_preview(new SharePreviewPage(vault, *m_draft, this))
    , m_done(new ShareDonePage(clipboard, this))
{
    setObjectName(QStringLiteral("shareWizard"));
    setWindowTitle(tr("New share"));
    setAccessibleName(tr("New share"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ChoosePageId, m_choose);
    setPage(PrivacyPageId, m_privacy);
    setPage(RecipientsPageId, m_recipients);
    setPage(PreviewPageId, m_preview);
    setPage(DonePageId, m_done);
    setStartId(ChoosePageId);
    resize(880, 680);

    connect(m_preview, &SharePreviewPage::written, this, [this](std::shared_ptr<ShareDraft::Written> written) {
        m_done->showWritten(written);
        emit shareWritten(written->result.path);
    });
}

// A write under way works on its own copy of the draft; the preview page's destructor waits for it.
ShareWizard::~ShareWizard() = default;

void ShareWizard::preselectEntries(const std::vector<std::int64_t>& ids)
{
    m_choose->preselectEntries(ids);
}

void ShareWizard::setScryptLogN(int logN)
{
    m_draft->setScryptLogN(logN);
}

bool ShareWizard::isBusy() const
{
    return m_preview->isBusy();
}

void ShareWizard::reject()
{
    // Closing while the package is written would leave the write to finish unseen; wait for it.
    if (isBusy())
        return;
    QWizard::reject();
}

void ShareWizard::done(int result)
{
    m_done->forgetPassphrase();
    QWizard::done(result);
}

} // namespace carnet
