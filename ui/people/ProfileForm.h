#pragma once

#include "Profile.h"

#include <QWidget>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace carnet {

class Database;
class PeopleChoiceBox;
class OptionalDateField;
class PeopleProblemLabel;
class PeopleTableEditor;
class ProfileRepository;

// The patient's own details (name, birth date, sex, blood type, body size, contacts, emergency contacts) as a form
// with Save and Revert; a wrong phone number or e-mail address is shown where it is typed and blocks saving.
class ProfileForm : public QWidget
{
    Q_OBJECT

public:
    ProfileForm(ProfileRepository& repository, Database& db, QWidget* parent = nullptr);

    // The profile as typed (not yet normalized), with the stored id.
    Profile profile() const;
    bool hasChanges() const;
    // Empty when the profile as typed would be accepted.
    QString problem() const { return m_problem; }
    QString statusText() const;

    // Shows the stored profile, dropping what was typed (Revert).
    void load();
    // Stores the profile as typed; false (with a warning) when the vault refused it.
    bool save();
    void showHistory();

    QLineEdit* fullNameEdit() const { return m_fullName; }
    QLineEdit* preferredNameEdit() const { return m_preferredName; }
    OptionalDateField* birthDateField() const { return m_birthDate; }
    QLabel* ageLabel() const { return m_age; }
    PeopleChoiceBox* sexBox() const { return m_sex; }
    QLineEdit* genderIdentityEdit() const { return m_genderIdentity; }
    PeopleChoiceBox* bloodTypeBox() const { return m_bloodType; }
    QDoubleSpinBox* heightBox() const { return m_height; }
    QDoubleSpinBox* weightBox() const { return m_weight; }
    QPlainTextEdit* addressEdit() const { return m_address; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* languageEdit() const { return m_language; }
    PeopleChoiceBox* organDonorBox() const { return m_organDonor; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    PeopleTableEditor* emergencyContactsEditor() const { return m_contacts; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* revertButton() const { return m_revert; }
    QString phoneProblem() const;
    QString emailProblem() const;

signals:
    void saved();

private:
    QWidget* buildFields();
    void validate();
    void showFields(const Profile& profile);

    ProfileRepository& m_repository;
    Database& m_db;
    Profile m_stored;
    Profile m_shown; // the stored profile as the fields give it back, to tell whether anything was typed
    QLineEdit* m_fullName;
    QLineEdit* m_preferredName;
    OptionalDateField* m_birthDate;
    QLabel* m_age;
    PeopleChoiceBox* m_sex;
    QLineEdit* m_genderIdentity;
    PeopleChoiceBox* m_bloodType;
    QDoubleSpinBox* m_height;
    QDoubleSpinBox* m_weight;
    QPlainTextEdit* m_address;
    QLineEdit* m_phone;
    PeopleProblemLabel* m_phoneProblem;
    QLineEdit* m_email;
    PeopleProblemLabel* m_emailProblem;
    QLineEdit* m_language;
    PeopleProblemLabel* m_languageProblem;
    PeopleChoiceBox* m_organDonor;
    QPlainTextEdit* m_notes;
    PeopleTableEditor* m_contacts;
    PeopleProblemLabel* m_problemLabel;
    QLabel* m_status;
    QPushButton* m_history;
    QPushButton* m_revert;
    QPushButton* m_save;
    QString m_problem;
    bool m_loading = false;
};

} // namespace carnet
