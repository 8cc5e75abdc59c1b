#pragma once

#include "CareTeamMember.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace carnet {

class PeopleChoiceBox;
class PeopleProblemLabel;
class PeopleTableEditor;

// Adds or edits a care-team member: contact details and the public keys used to share with them (age recipient,
// minisign key, fingerprint), each key checked as it is typed. Pinning is done from the list, after comparing.
class CareTeamMemberEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CareTeamMemberEditorDialog(const CareTeamMember& member, QWidget* parent = nullptr);

    // As typed (not yet normalized); id, pin and times as given (the repository drops a pin whose keys changed).
    CareTeamMember member() const;
    QString problem() const { return m_problem; }

    QLineEdit* nameEdit() const { return m_name; }
    PeopleChoiceBox* roleBox() const { return m_role; }
    QLineEdit* specialtyEdit() const { return m_specialty; }
    QLineEdit* organizationEdit() const { return m_organization; }
    PeopleTableEditor* phonesEditor() const { return m_phones; }
    QLineEdit* emailEdit() const { return m_email; }
    QPlainTextEdit* addressEdit() const { return m_address; }
    QLineEdit* ageRecipientEdit() const { return m_ageRecipient; }
    QLineEdit* minisignKeyEdit() const { return m_minisignKey; }
    QLineEdit* fingerprintEdit() const { return m_fingerprint; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    // The note under a key field; empty when the key is fine or not given.
    QString ageRecipientProblem() const;
    QString minisignKeyProblem() const;

    // Reads a minisign .pub file chosen through FileDialogSeam into the minisign key field.
    void readMinisignKeyFile();

    void accept() override;

private:
    void validate();
    void checkKeys();

    CareTeamMember m_original;
    QLineEdit* m_name;
    PeopleChoiceBox* m_role;
    QLineEdit* m_specialty;
    QLineEdit* m_organization;
    PeopleTableEditor* m_phones;
    QLineEdit* m_email;
    PeopleProblemLabel* m_emailProblem;
    QPlainTextEdit* m_address;
    QLineEdit* m_ageRecipient;
    PeopleProblemLabel* m_ageProblem;
    QLineEdit* m_minisignKey;
    QPushButton* m_readKeyFile;
    PeopleProblemLabel* m_minisignProblem;
    QLabel* m_keyId;
    QLineEdit* m_fingerprint;
    PeopleProblemLabel* m_fingerprintProblem;
    QLabel* m_fingerprintGroups;
    QLabel* m_pinState;
    QPlainTextEdit* m_notes;
    PeopleProblemLabel* m_problemLabel;
    QDialogButtonBox* m_buttons;
    QString m_problem;
    bool m_touched = false;
};

} // namespace carnet
