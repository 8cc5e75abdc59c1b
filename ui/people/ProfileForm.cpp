#include "ProfileForm.h"

#include "ContactFormat.h"
#include "PeopleActionErrors.h"
#include "PeopleChoiceBox.h"
#include "OptionalDateField.h"
#include "DialogSeams.h"
#include "PeopleProblemLabel.h"
#include "PeopleTableEditor.h"
#include "ProfileRepository.h"
#include "RecordError.h"
#include "RecordHistoryDialog.h"

#include <QAction>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace carnet {

namespace {

QLineEdit* lineEdit(const QString& accessibleName, const QString& placeholder, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QDoubleSpinBox* measureBox(double maximum, const QString& unit, const QString& accessibleName, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, maximum);
    box->setDecimals(1);
    box->setSuffix(unit);
    // 0 is "not recorded": the first step up from nothing.
    box->setSpecialValueText(ProfileForm::tr("Not recorded"));
    box->setAccessibleName(accessibleName);
    return box;
}

std::optional<double> measure(const QDoubleSpinBox* box)
{
    return box->value() > 0 ? std::optional<double>(box->value()) : std::nullopt;
}

QString organDonorLabel(const QString& word)
{
    return word == QLatin1String("yes") ? ProfileForm::tr("Yes") : ProfileForm::tr("No");
}

QGroupBox* group(const QString& title, QLayout* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    box->setLayout(content);
    return box;
}

QFormLayout* form()
{
    auto* layout = new QFormLayout;
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return layout;
}

} // namespace

ProfileForm::ProfileForm(ProfileRepository& repository, Database& db, QWidget* parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_db(db)
    , m_fullName(lineEdit(tr("Full name"), QString(), this))
    , m_preferredName(lineEdit(tr("Preferred name"), tr("What people call you"), this))
    , m_birthDate(new OptionalDateField(tr("Known"), tr("Birth date"), this))
    , m_age(new QLabel(this))
    , m_sex(new PeopleChoiceBox(Profile::sexes(), &Profile::sexLabel, true, tr("Sex"), this))
    , m_genderIdentity(lineEdit(tr("Gender identity"), tr("In your own words"), this))
    , m_bloodType(new PeopleChoiceBox(Profile::bloodTypes(), {}, true, tr("Blood type"), this))
    , m_height(measureBox(300, tr(" cm"), tr("Height in centimetres"), this))
    , m_weight(measureBox(700, tr(" kg"), tr("Weight in kilograms"), this))
    , m_address(new QPlainTextEdit(this))
    , m_phone(lineEdit(tr("Phone"), tr("+1 555 0100"), this))
    , m_phoneProblem(new PeopleProblemLabel(this))
    , m_email(lineEdit(tr("E-mail"), tr("name@example.org"), this))
    , m_emailProblem(new PeopleProblemLabel(this))
    , m_language(lineEdit(tr("Language"), tr("A language tag: en, fr-CA, de"), this))
    , m_languageProblem(new PeopleProblemLabel(this))
    , m_organDonor(new PeopleChoiceBox({QStringLiteral("yes"), QStringLiteral("no")}, &organDonorLabel, true,
                                       tr("Organ donor"), this))
    , m_notes(new QPlainTextEdit(this))
    , m_contacts(new PeopleTableEditor({tr("Name"), tr("Relation"), tr("Phone")}, tr("Emergency contacts"),
                                       tr("&Add contact"), tr("Re&move contact"), this))
    , m_problemLabel(new PeopleProblemLabel(this))
    , m_status(new QLabel(this))
    , m_history(new QPushButton(tr("H&istory…"), this))
    , m_revert(new QPushButton(tr("Rever&t"), this))
    , m_save(new QPushButton(tr("Sa&ve"), this))
{
    m_address->setAccessibleName(tr("Address"));
    m_notes->setAccessibleName(tr("Notes"));
    for (QPlainTextEdit* edit : {m_address, m_notes}) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 5);
    }
    m_age->setAccessibleName(tr("Age"));
    m_birthDate->dateEdit()->setMaximumDate(QDate::currentDate());
    m_history->setToolTip(tr("Every saved version of your profile (Ctrl+H)"));
    m_revert->setToolTip(tr("Drop what you typed and show the saved profile"));
    m_save->setToolTip(tr("Save the profile (Ctrl+S); the earlier version is kept in the history"));
    m_save->setDefault(true);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(buildFields());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_history);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problemLabel);
    layout->addLayout(buttons);

    auto* saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    auto* historyAction = new QAction(this);
    historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    historyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(historyAction);
    connect(historyAction, &QAction::triggered, this, &ProfileForm::showHistory);
    connect(m_save, &QPushButton::clicked, this, &ProfileForm::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        load();
        m_status->setText(tr("Reverted to the saved profile."));
    });
    connect(m_history, &QPushButton::clicked, this, &ProfileForm::showHistory);

    const auto edited = [this] {
        if (!m_loading)
            validate();
    };
    for (QLineEdit* edit : {m_fullName, m_preferredName, m_genderIdentity, m_phone, m_email, m_language})
        connect(edit, &QLineEdit::textChanged, this, edited);
    for (PeopleChoiceBox* box : {m_sex, m_bloodType, m_organDonor})
        connect(box, &QComboBox::currentIndexChanged, this, edited);
    for (QDoubleSpinBox* box : {m_height, m_weight})
        connect(box, &QDoubleSpinBox::valueChanged, this, edited);
    for (QPlainTextEdit* edit : {m_address, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, edited);
    connect(m_birthDate, &OptionalDateField::changed, this, edited);
    connect(m_contacts, &PeopleTableEditor::changed, this, edited);
    load();
}

QWidget* ProfileForm::buildFields()
{
    auto* fields = new QWidget(this);

    auto* about = form();
    about->addRow(tr("&Full name:"), m_fullName);
    about->addRow(tr("P&referred name:"), m_preferredName);
    auto* birth = new QHBoxLayout;
    birth->addWidget(m_birthDate, 1);
    birth->addWidget(m_age);
    auto* birthLabel = new QLabel(tr("&Birth date:"), fields);
    birthLabel->setBuddy(m_birthDate);
    about->addRow(birthLabel, birth);
    about->addRow(tr("&Sex:"), m_sex);
    about->addRow(tr("&Gender identity:"), m_genderIdentity);
    m_languageProblem->addRowBelow(about, tr("&Language:"), m_language);
    about->addRow(tr("&Organ donor:"), m_organDonor);

    auto* body = form();
    body->addRow(tr("Blood t&ype:"), m_bloodType);
    body->addRow(tr("&Height:"), m_height);
    body->addRow(tr("&Weight:"), m_weight);

    auto* contact = form();
    contact->addRow(tr("A&ddress:"), m_address);
    m_phoneProblem->addRowBelow(contact, tr("&Phone:"), m_phone);
    m_emailProblem->addRowBelow(contact, tr("&E-mail:"), m_email);
    // The box is as tall as "About you" beside it; the spare height goes below the last row, not between rows.
    auto* filler = new QVBoxLayout;
    filler->addStretch(1);
    contact->addRow(filler);

    auto* contacts = new QVBoxLayout;
    auto* contactsHint = new QLabel(tr("Whom to call for you in an emergency, in the order to call them."), fields);
    contactsHint->setWordWrap(true);
    contacts->addWidget(contactsHint);
    contacts->addWidget(m_contacts);

    auto* notes = new QVBoxLayout;
    notes->addWidget(m_notes);

    auto* grid = new QGridLayout(fields);
    grid->addWidget(group(tr("About you"), about, fields), 0, 0);
    grid->addWidget(group(tr("Body"), body, fields), 1, 0);
    grid->addWidget(group(tr("Contact"), contact, fields), 0, 1);
    grid->addWidget(group(tr("Emergency contacts"), contacts, fields), 1, 1, 2, 1);
    grid->addWidget(group(tr("&Notes"), notes, fields), 2, 0);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1);
    return fields;
}

Profile ProfileForm::profile() const
{
    Profile profile = m_stored;
    profile.fullName = m_fullName->text();
    profile.preferredName = m_preferredName->text();
    profile.birthDate = m_birthDate->date();
    profile.sex = m_sex->word();
    profile.genderIdentity = m_genderIdentity->text();
    profile.bloodType = m_bloodType->word();
    profile.heightCm = measure(m_height);
    profile.weightKg = measure(m_weight);
    profile.address = m_address->toPlainText();
    profile.phone = m_phone->text();
    profile.email = m_email->text();
    profile.language = m_language->text();
    profile.organDonor = m_organDonor->word().isEmpty()
        ? std::nullopt
        : std::optional<bool>(m_organDonor->word() == QLatin1String("yes"));
    profile.notes = m_notes->toPlainText();
    profile.emergencyContacts.clear();
    for (const QStringList& row : m_contacts->rows())
        profile.emergencyContacts.append({row.value(0), row.value(1), row.value(2)});
    return profile;
}

bool ProfileForm::hasChanges() const
{
    return profile().toJson() != m_shown.toJson();
}

QString ProfileForm::statusText() const
{
    return m_status->text();
}

QString ProfileForm::phoneProblem() const
{
    return m_phoneProblem->problem();
}

QString ProfileForm::emailProblem() const
{
    return m_emailProblem->problem();
}

void ProfileForm::showFields(const Profile& profile)
{
    m_loading = true;
    m_fullName->setText(profile.fullName);
    m_preferredName->setText(profile.preferredName);
    m_birthDate->setDate(profile.birthDate, QDate(1970, 1, 1));
    m_sex->setWord(profile.sex);
    m_genderIdentity->setText(profile.genderIdentity);
    m_bloodType->setWord(profile.bloodType);
    m_height->setValue(profile.heightCm.value_or(0));
    m_weight->setValue(profile.weightKg.value_or(0));
    m_address->setPlainText(profile.address);
    m_phone->setText(profile.phone);
    m_email->setText(profile.email);
    m_language->setText(profile.language);
    m_organDonor->setWord(!profile.organDonor ? QString()
                                              : (*profile.organDonor ? QStringLiteral("yes") : QStringLiteral("no")));
    m_notes->setPlainText(profile.notes);
    QList<QStringList> rows;
    for (const EmergencyContact& contact : profile.emergencyContacts)
        rows.append({contact.name, contact.relation, contact.phone});
    m_contacts->setRows(rows);
    m_loading = false;
}

void ProfileForm::load()
{
    PeopleActionErrors::runOrWarn(this, tr("Profile"), [this] { m_stored = m_repository.get(); });
    showFields(m_stored);
    m_shown = profile();
    validate();
}

void ProfileForm::validate()
{
    const QString phone = m_phone->text().trimmed();
    m_phoneProblem->setProblem(phone.isEmpty() || ContactFormat::isPhoneNumber(phone)
                                   ? QString()
                                   : tr("This does not look like a phone number."));
    const QString email = m_email->text().trimmed();
    m_emailProblem->setProblem(email.isEmpty() || ContactFormat::isEmailAddress(email)
                                   ? QString()
                                   : tr("This does not look like an e-mail address."));
    const QString language = m_language->text().trimmed();
    m_languageProblem->setProblem(language.isEmpty() || ContactFormat::isLanguageTag(language)
                                      ? QString()
                                      : tr("Use a language tag such as en, fr-CA or de."));

    Profile born;
    born.birthDate = m_birthDate->date();
    const std::optional<int> age = born.ageOn(QDate::currentDate());
    m_age->setText(age ? tr("Age: %1").arg(*age) : QString());

    Profile candidate = profile();
    try {
        candidate.normalizeAndValidate();
        m_problem.clear();
    } catch (const RecordError& error) {
        m_problem = error.message();
    }
    m_problemLabel->setProblem(m_problem);
    const bool changed = hasChanges();
    m_save->setEnabled(changed && m_problem.isEmpty());
    m_revert->setEnabled(changed);
    m_history->setEnabled(m_stored.id != 0);
    if (changed)
        m_status->setText(tr("Not saved yet."));
    else if (m_status->text() == tr("Not saved yet."))
        m_status->clear();
}

bool ProfileForm::save()
{
    validate();
    if (!m_problem.isEmpty())
        return false;
    const Profile typed = profile();
    Profile stored;
    if (!PeopleActionErrors::runOrWarn(this, tr("Save profile"), [&] { stored = m_repository.set(typed); }))
        return false;
    load();
    m_status->setText(tr("Saved."));
    emit saved();
    return true;
}

void ProfileForm::showHistory()
{
    if (m_stored.id == 0)
        return;
    DialogSeam::show(new RecordHistoryDialog(m_db, m_stored.id, tr("your profile"), this));
}

} // namespace carnet
