#include "ShareRecipientsPage.h"

#include "OneTimePassphrase.h"
#include "ShareColours.h"
#include "ShareDraft.h"

#include <QButtonGroup>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace carnet {

namespace {

void warnWith(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, ShareColours::warningText(label->palette()));
    label->setPalette(palette);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

} // namespace

ShareRecipientsPage::ShareRecipientsPage(ShareDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_useKeys(new QRadioButton(tr("Encrypt to the recipients’ &keys"), this))
    , m_usePassphrase(new QRadioButton(tr("Protect with a one-time &passphrase"), this))
    , m_keysPanel(new QWidget(this))
    , m_members(new QListWidget(m_keysPanel))
    , m_membersHint(new QLabel(m_keysPanel))
    , m_ageKey(new QLineEdit(m_keysPanel))
    , m_ageKeyError(new QLabel(m_keysPanel))
    , m_unpinned(new QLabel(m_keysPanel))
    , m_passphraseNote(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setTitle(tr("Choose who can open it"));
    setSubTitle(tr("The share is encrypted: only the holders of the keys you choose, or of a one-time passphrase, "
                   "can read it."));

    auto* group = new QButtonGroup(this);
    group->addButton(m_useKeys);
    group->addButton(m_usePassphrase);
    m_useKeys->setObjectName(QStringLiteral("shareUseKeys"));
    m_useKeys->setAccessibleName(tr("Encrypt to the recipients’ keys"));
    m_useKeys->setChecked(true);
    m_usePassphrase->setObjectName(QStringLiteral("shareUsePassphrase"));
    m_usePassphrase->setAccessibleName(tr("Protect with a one-time passphrase"));
    m_usePassphrase->setToolTip(tr("For a recipient without an age key: age encrypts to a passphrase alone, never "
                                   "together with keys"));

    auto* membersLabel = new QLabel(tr("Care-team &members with an age key:"), m_keysPanel);
    membersLabel->setBuddy(m_members);
    m_members->setObjectName(QStringLiteral("shareMemberList"));
    m_members->setAccessibleName(tr("Care-team members to share with"));
    m_members->setAccessibleDescription(tr("Space ticks or unticks the member"));
    m_members->setWordWrap(true);
    m_members->setAlternatingRowColors(true);
    m_membersHint->setObjectName(QStringLiteral("shareMembersHint"));
    m_membersHint->setWordWrap(true);
    m_membersHint->setForegroundRole(QPalette::PlaceholderText);

    auto* keyLabel
        = new QLabel(tr("Or paste an &age public key (age1…), or several separated by spaces:"), m_keysPanel);
    keyLabel->setWordWrap(true);
    keyLabel->setBuddy(m_ageKey);
    m_ageKey->setObjectName(QStringLiteral("shareAgeKey"));
    m_ageKey->setAccessibleName(tr("Age public key of a recipient"));
    m_ageKey->setPlaceholderText(QStringLiteral("age1…"));
    m_ageKey->setClearButtonEnabled(true);
    QFont mono = m_ageKey->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_ageKey->setFont(mono);
    m_ageKeyError->setObjectName(QStringLiteral("shareAgeKeyError"));
    m_ageKeyError->setAccessibleName(tr("Problem with the key"));
    warnWith(m_ageKeyError);
    m_unpinned->setObjectName(QStringLiteral("shareUnpinnedWarning"));
    warnWith(m_unpinned);

    m_passphraseNote->setObjectName(QStringLiteral("sharePassphraseNote"));
    m_passphraseNote->setWordWrap(true);
    m_passphraseNote->setText(
        tr("Carnet makes a passphrase of %1 random words (%2 bits) and shows it once, after the share is saved; it is "
           "not kept anywhere. Give it to the recipient another way than the file: read it out on the phone or hand "
           "it over, never in the same e-mail. Anyone with both the file and the passphrase can read the share.")
            .arg(OneTimePassphrase::DefaultWords)
            .arg(OneTimePassphrase::entropyBits()));
    m_problem->setObjectName(QStringLiteral("shareRecipientProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);

    auto* keysLayout = new QVBoxLayout(m_keysPanel);
    keysLayout->setContentsMargins(24, 0, 0, 0);
    keysLayout->addWidget(membersLabel);
    keysLayout->addWidget(m_members, 1);
    keysLayout->addWidget(m_membersHint);
    keysLayout->addWidget(m_unpinned);
    keysLayout->addSpacing(6);
    keysLayout->addWidget(keyLabel);
    keysLayout->addWidget(m_ageKey);
    keysLayout->addWidget(m_ageKeyError);

    auto* passphraseLayout = new QVBoxLayout;
    passphraseLayout->setContentsMargins(24, 0, 0, 0);
    passphraseLayout->addWidget(m_passphraseNote);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_useKeys);
    layout->addWidget(m_keysPanel, 1);
    layout->addWidget(m_usePassphrase);
    layout->addLayout(passphraseLayout);
    layout->addWidget(m_problem);

    setTabOrder(m_useKeys, m_members);
    setTabOrder(m_members, m_ageKey);
    setTabOrder(m_ageKey, m_usePassphrase);

    connect(m_members, &QListWidget::itemChanged, this, &ShareRecipientsPage::memberToggled);
    connect(m_ageKey, &QLineEdit::textChanged, this, &ShareRecipientsPage::keysEdited);
    connect(m_useKeys, &QRadioButton::toggled, this, &ShareRecipientsPage::protectionChosen);
}

void ShareRecipientsPage::initializePage()
{
    m_draft.reloadCareTeam();
    fillMembers();
    updateState();
}

void ShareRecipientsPage::fillMembers()
{
    m_filling = true;
    m_members->clear();
    for (const ShareDraft::MemberChoice& choice : m_draft.careTeam()) {
        const CareTeamMember& member = choice.member;
        QStringList about {CareTeamMember::roleLabel(member.role)};
        if (!member.specialty.isEmpty())
            about << member.specialty;
        if (!member.organization.isEmpty())
            about << member.organization;
        QString pin;
        if (member.pinned) {
            pin = tr("Key pinned: you confirmed it with them.");
        } else {
            const QString compare = member.fingerprint.isEmpty() ? member.ageRecipient : member.fingerprint;
            pin = tr("Key not pinned: before sending, compare %1 with them.").arg(compare);
        }
        auto* item
            = new QListWidgetItem(tr("%1 (%2)\n%3").arg(member.name, about.join(QStringLiteral(", ")), pin), m_members);
        item->setData(Qt::UserRole, QVariant::fromValue(static_cast<qint64>(member.id)));
        item->setCheckState(choice.chosen ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("Age key: %1").arg(member.ageRecipient));
        item->setData(Qt::AccessibleTextRole,
                      tr("%1, %2").arg(member.name, member.pinned ? tr("key pinned") : tr("key not pinned")));
    }
    if (m_members->count() > 0)
        m_members->setCurrentRow(0);
    m_filling = false;

    QString hint;
    if (m_draft.careTeam().empty())
        hint = tr("No care-team member has an age key yet. Add their key in Profile & care team › Care team, or "
                  "paste it below.");
    if (m_draft.careTeamWithoutKeyCount() > 0) {
        if (!hint.isEmpty())
            hint += QLatin1Char(' ');
        hint += tr("Care-team members without an age key, who cannot be chosen yet: %1.")
                    .arg(m_draft.careTeamWithoutKeyCount());
    }
    m_membersHint->setText(hint);
    m_membersHint->setVisible(!hint.isEmpty());
    m_members->setVisible(!m_draft.careTeam().empty());
}

void ShareRecipientsPage::memberToggled(QListWidgetItem* item)
{
    if (m_filling)
        return;
    m_draft.setMemberChosen(item->data(Qt::UserRole).toLongLong(), item->checkState() == Qt::Checked);
    updateState();
}

void ShareRecipientsPage::keysEdited()
{
    m_draft.setPastedKeys(m_ageKey->text());
    updateState();
}

void ShareRecipientsPage::protectionChosen()
{
    m_draft.setProtection(m_usePassphrase->isChecked() ? ShareDraft::Protection::Passphrase
                                                       : ShareDraft::Protection::Keys);
    updateState();
}

void ShareRecipientsPage::updateState()
{
    const bool keys = m_draft.protection() == ShareDraft::Protection::Keys;
    m_keysPanel->setEnabled(keys);
    m_passphraseNote->setEnabled(!keys);

    m_ageKeyError->setText(m_draft.pastedKeysProblem());
    m_ageKeyError->setVisible(keys && !m_draft.pastedKeysProblem().isEmpty());

    const QStringList unpinned = m_draft.unpinnedChosenMembers();
    m_unpinned->setText(tr("Not pinned: %1. Check the key with them (in person or by phone) before you send the "
                           "file; Profile & care team › Care team can pin it once confirmed.")
                            .arg(unpinned.join(QStringLiteral(", "))));
    m_unpinned->setVisible(keys && !unpinned.isEmpty());

    // The key field says what is wrong with a key; this line says what is still missing.
    const QString problem = m_draft.recipientProblem();
    const bool keyProblem = !m_draft.pastedKeysProblem().isEmpty();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty() && !keyProblem);
    emit completeChanged();
}

bool ShareRecipientsPage::isComplete() const
{
    return m_draft.recipientProblem().isEmpty();
}

} // namespace carnet
