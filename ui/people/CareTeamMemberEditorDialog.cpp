#include "CareTeamMemberEditorDialog.h"

#include "ContactFormat.h"
#include "DialogSeams.h"
#include "PeopleChoiceBox.h"
#include "PeopleProblemLabel.h"
#include "PeopleTableEditor.h"
#include "PublicKeyText.h"
#include "RecordError.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <functional>

namespace carnet {

namespace {

// A .pub file is two short lines; anything much longer is not one.
constexpr qint64 MaxKeyFileBytes = 4096;

QLineEdit* lineEdit(const QString& text, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QString problemOf(const std::function<void()>& check)
{
    try {
        check();
    } catch (const RecordError& error) {
        return error.message();
    }
    return {};
}

} // namespace

CareTeamMemberEditorDialog::CareTeamMemberEditorDialog(const CareTeamMember& member, QWidget* parent)
    : QDialog(parent)
    , m_original(member)
    , m_name(lineEdit(member.name, tr("Name"), this))
    , m_role(new PeopleChoiceBox(CareTeamMember::roles(), &CareTeamMember::roleLabel, false, tr("Role"), this))
    , m_specialty(lineEdit(member.specialty, tr("Specialty"), this))
    , m_organization(lineEdit(member.organization, tr("Organization"), this))
    , m_phones(new PeopleTableEditor({tr("What for"), tr("Number")}, tr("Phone numbers"), tr("&Add phone"),
                                     tr("Remo&ve phone"), this))
    , m_email(lineEdit(member.email, tr("E-mail"), this))
    , m_emailProblem(new PeopleProblemLabel(this))
    , m_address(new QPlainTextEdit(member.address, this))
    , m_ageRecipient(lineEdit(member.ageRecipient, tr("age recipient"), this))
    , m_ageProblem(new PeopleProblemLabel(this))
    , m_minisignKey(lineEdit(member.minisignKey, tr("minisign public key"), this))
    , m_readKeyFile(new QPushButton(tr("&Read .pub file…"), this))
    , m_minisignProblem(new PeopleProblemLabel(this))
    , m_keyId(new QLabel(this))
    , m_fingerprint(lineEdit(member.fingerprint, tr("Fingerprint"), this))
    , m_fingerprintProblem(new PeopleProblemLabel(this))
    , m_fingerprintGroups(new QLabel(this))
    , m_pinState(new QLabel(this))
    , m_notes(new QPlainTextEdit(member.notes, this))
    , m_problemLabel(new PeopleProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(member.id == 0 ? tr("New care-team member") : tr("Edit care-team member"));
    m_role->setWord(member.role);
    m_specialty->setPlaceholderText(tr("For example: cardiology, home nurse"));
    QList<QStringList> phones;
    for (const LabelledPhone& phone : member.phones)
        phones.append({phone.label, phone.number});
    m_phones->setRows(phones);
    m_address->setAccessibleName(tr("Address"));
    m_notes->setAccessibleName(tr("Notes"));
    for (QPlainTextEdit* edit : {m_address, m_notes}) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4);
    }
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Wide enough to show a whole age recipient, so it can be compared without scrolling.
    const int keyWidth
        = QFontMetrics(fixed).horizontalAdvance(QString(PublicKeyText::AgeRecipientLength + 2, QLatin1Char('m')));
    for (QLineEdit* edit : {m_ageRecipient, m_minisignKey, m_fingerprint}) {
        edit->setFont(fixed);
        edit->setMinimumWidth(keyWidth);
    }
    m_fingerprintGroups->setFont(fixed);
    m_fingerprintGroups->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprintGroups->setAccessibleName(tr("Fingerprint in groups"));
    m_ageRecipient->setPlaceholderText(tr("age1…"));
    m_ageRecipient->setToolTip(tr("Their age public key (from age-keygen or their Carnet), to encrypt shares to them"));
    m_minisignKey->setToolTip(tr("Their minisign public key, to check what they sign: the line after the comment "
                                 "in their .pub file"));
    m_fingerprint->setToolTip(tr("The fingerprint they read out to you: 64 hexadecimal digits, spaces allowed"));
    m_readKeyFile->setAccessibleName(tr("Read a minisign .pub file"));
    m_keyId->setWordWrap(true);
    m_pinState->setWordWrap(true);
    if (member.pinned) {
        m_pinState->setText(tr("Keys pinned on %1. Changing a key removes the pin; pin the new keys from the list "
                               "after comparing them.")
                                .arg(QLocale().toString(member.pinnedAt.toLocalTime(), QLocale::ShortFormat)));
    } else {
        m_pinState->setText(tr("Keys not pinned. After saving, compare them with the person and pin them from the "
                               "list."));
    }

    auto* contact = new QFormLayout;
    contact->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    contact->addRow(tr("&Name:"), m_name);
    contact->addRow(tr("R&ole:"), m_role);
    contact->addRow(tr("&Specialty:"), m_specialty);
    contact->addRow(tr("Or&ganization:"), m_organization);
    contact->addRow(tr("&Phones:"), m_phones);
    m_emailProblem->addRowBelow(contact, tr("&E-mail:"), m_email);
    contact->addRow(tr("A&ddress:"), m_address);
    contact->addRow(tr("No&tes:"), m_notes);

    auto* keys = new QGroupBox(tr("Keys for sharing"), this);
    auto* keyForm = new QFormLayout(keys);
    keyForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    keyForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    keyForm->addRow(tr("age re&cipient:"), m_ageRecipient);
    keyForm->addRow(m_ageProblem);
    auto* minisignRow = new QHBoxLayout;
    minisignRow->addWidget(m_minisignKey, 1);
    minisignRow->addWidget(m_readKeyFile);
    auto* minisignLabel = new QLabel(tr("&minisign public key:"), keys);
    minisignLabel->setBuddy(m_minisignKey);
    keyForm->addRow(minisignLabel, minisignRow);
    keyForm->addRow(m_minisignProblem);
    keyForm->addRow(m_keyId);
    keyForm->addRow(tr("&Fingerprint:"), m_fingerprint);
    keyForm->addRow(m_fingerprintProblem);
    keyForm->addRow(m_fingerprintGroups);
    keyForm->addRow(m_pinState);

    // One above the other: the keys need the width of an age recipient, which the contact fields then share.
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(contact);
    layout->addWidget(keys);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CareTeamMemberEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_readKeyFile, &QPushButton::clicked, this, &CareTeamMemberEditorDialog::readMinisignKeyFile);

    const auto edited = [this] {
        m_touched = true;
        validate();
    };
    for (QLineEdit* edit : {m_name, m_specialty, m_organization, m_email, m_ageRecipient, m_minisignKey, m_fingerprint})
        connect(edit, &QLineEdit::textChanged, this, edited);
    connect(m_role, &QComboBox::currentIndexChanged, this, edited);
    connect(m_phones, &PeopleTableEditor::changed, this, edited);
    connect(m_address, &QPlainTextEdit::textChanged, this, edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, edited);
    m_touched = member.id != 0;
    validate();
    m_name->setFocus();
}

CareTeamMember CareTeamMemberEditorDialog::member() const
{
    CareTeamMember member = m_original;
    member.name = m_name->text();
    member.role = m_role->word();
    member.specialty = m_specialty->text();
    member.organization = m_organization->text();
    member.phones.clear();
    for (const QStringList& row : m_phones->rows())
        member.phones.append({row.value(0), row.value(1)});
    member.email = m_email->text();
    member.address = m_address->toPlainText();
    member.ageRecipient = m_ageRecipient->text();
    member.minisignKey = m_minisignKey->text();
    member.fingerprint = m_fingerprint->text();
    member.notes = m_notes->toPlainText();
    return member;
}

QString CareTeamMemberEditorDialog::ageRecipientProblem() const
{
    return m_ageProblem->problem();
}

QString CareTeamMemberEditorDialog::minisignKeyProblem() const
{
    return m_minisignProblem->problem();
}

void CareTeamMemberEditorDialog::checkKeys()
{
    const QString email = m_email->text().trimmed();
    m_emailProblem->setProblem(email.isEmpty() || ContactFormat::isEmailAddress(email)
                                   ? QString()
                                   : tr("This does not look like an e-mail address."));
    m_ageProblem->setProblem(problemOf([this] { PublicKeyText::checkedAgeRecipient(m_ageRecipient->text()); }));
    m_minisignProblem->setProblem(problemOf([this] { PublicKeyText::checkedMinisignKey(m_minisignKey->text()); }));
    m_fingerprintProblem->setProblem(problemOf([this] { PublicKeyText::checkedFingerprint(m_fingerprint->text()); }));
    const std::optional<QByteArray> key = PublicKeyText::decodeMinisignKey(m_minisignKey->text());
    m_keyId->setText(key ? tr("Key ID: %1").arg(PublicKeyText::minisignKeyId(*key)) : QString());
    m_keyId->setVisible(key.has_value());
    // Two lines of eight groups, the way it is read out.
    const std::optional<QString> fingerprint = PublicKeyText::normalizeFingerprint(m_fingerprint->text());
    m_fingerprintGroups->setVisible(fingerprint.has_value());
    if (fingerprint) {
        const QStringList groups = fingerprint->split(QLatin1Char(' '));
        m_fingerprintGroups->setText(groups.mid(0, 8).join(QLatin1Char(' ')) + QLatin1Char('\n')
                                     + groups.mid(8).join(QLatin1Char(' ')));
    }
}

void CareTeamMemberEditorDialog::validate()
{
    checkKeys();
    CareTeamMember candidate = member();
    try {
        candidate.normalizeAndValidate();
        m_problem.clear();
    } catch (const RecordError& error) {
        m_problem = error.message();
    }
    m_problemLabel->setProblem(m_touched ? m_problem : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

void CareTeamMemberEditorDialog::readMinisignKeyFile()
{
    const QString path = FileDialogSeam::openFileName(this, tr("minisign public key"),
                                                      tr("minisign public keys (*.pub);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBoxSeam::warning(this, tr("minisign public key"),
                                tr("%1 could not be read: %2").arg(name, file.errorString()));
        return;
    }
    const QString text = QString::fromUtf8(file.read(MaxKeyFileBytes));
    if (!file.atEnd() || !PublicKeyText::decodeMinisignKey(text)) {
        MessageBoxSeam::warning(this, tr("minisign public key"), tr("%1 is not a minisign public key.").arg(name));
        return;
    }
    m_minisignKey->setText(PublicKeyText::checkedMinisignKey(text));
}

void CareTeamMemberEditorDialog::accept()
{
    validate();
    if (m_problem.isEmpty())
        QDialog::accept();
}

} // namespace carnet
