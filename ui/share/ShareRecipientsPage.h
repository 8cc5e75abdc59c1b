#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QRadioButton;
class QWidget;

namespace carnet {

class ShareDraft;

// The share wizard's choice of who can open the share: care-team members with an age key (pinned or not, said
// plainly), pasted age1… keys checked as they are typed, or a one-time passphrase instead of keys.
class ShareRecipientsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ShareRecipientsPage(ShareDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void fillMembers();
    void memberToggled(QListWidgetItem* item);
    void keysEdited();
    void protectionChosen();
    void updateState();

    ShareDraft& m_draft;
    QRadioButton* m_useKeys;
    QRadioButton* m_usePassphrase;
    QWidget* m_keysPanel;
    QListWidget* m_members;
    QLabel* m_membersHint;
    QLineEdit* m_ageKey;
    QLabel* m_ageKeyError;
    QLabel* m_unpinned;
    QLabel* m_passphraseNote;
    QLabel* m_problem;
    bool m_filling = false;
};

} // namespace carnet
