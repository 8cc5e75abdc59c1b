#include "AgreementKeyPair.h"
#include "AllergyEditorDialog.h"
#include "AllergyListModel.h"
#include "AllergyPanel.h"
#include "AllergyRepository.h"
#include "AllergySeverityMarking.h"
#include "CareTeamListModel.h"
#include "CareTeamMemberEditorDialog.h"
#include "CareTeamPanel.h"
#include "CareTeamRepository.h"
#include "ConditionEditorDialog.h"
#include "ConditionListModel.h"
#include "ConditionPanel.h"
#include "ConditionRepository.h"
#include "DialogSeams.h"
#include "PeopleChoiceBox.h"
#include "OptionalDateField.h"
#include "DialogSeams.h"
#include "PeopleRestoreDialog.h"
#include "PeopleTableEditor.h"
#include "ProfileForm.h"
#include "ProfilePage.h"
#include "ProfileRepository.h"
#include "PublicKeyText.h"
#include "RecordHistoryDialog.h"
#include "TemporaryVault.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <memory>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

QPushButton* okButton(QDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

// A fingerprint as a provider might read it out: 64 hex digits, grouped their own way.
const QString SpokenFingerprint
    = QStringLiteral("3F2A91C0 5B7D0E11 22AA33BB 44CC55DD 66EE77FF 8899AABB CCDDEEFF 00112233");

} // namespace

class TestProfilePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TemporaryVault> m_vault;

    std::unique_ptr<ProfilePage> makePage()
    {
        auto page = std::make_unique<ProfilePage>(m_vault->vault(), nullptr);
        for (QAbstractItemModel* model : {static_cast<QAbstractItemModel*>(page->allergyPanel()->model()),
                                          static_cast<QAbstractItemModel*>(page->allergyPanel()->markedModel()),
                                          static_cast<QAbstractItemModel*>(page->conditionPanel()->model()),
                                          static_cast<QAbstractItemModel*>(page->careTeamPanel()->model())}) {
            new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, page.get());
        }
        page->resize(1000, 760);
        page->show();
        QApplication::setActiveWindow(page.get());
        if (!QTest::qWaitForWindowActive(page.get()))
            qWarning("the page did not become the active window");
        return page;
    }

private slots:
    void init() { m_vault = std::make_unique<TemporaryVault>(); }

    void cleanup()
    {
        m_vault.reset();
        QCOMPARE(DialogSeam::pendingDrivers(), 0);
    }

    void editsAndSavesTheProfile()
    {
        auto page = makePage();
        ProfileForm* form = page->profileForm();
        QVERIFY(!form->saveButton()->isEnabled()); // nothing typed yet
        QVERIFY(!form->revertButton()->isEnabled());

        QTest::keyClicks(form->fullNameEdit(), QStringLiteral("Ada Lovelace"));
        QTest::keyClicks(form->preferredNameEdit(), QStringLiteral("Ada"));
        const QDate birth = QDate::currentDate().addYears(-36).addDays(-10);
        form->birthDateField()->checkBox()->setChecked(true);
        form->birthDateField()->dateEdit()->setDate(birth);
        QCOMPARE(form->ageLabel()->text(), QStringLiteral("Age: 36"));
        form->sexBox()->setWord(QStringLiteral("female"));
        form->bloodTypeBox()->setWord(QStringLiteral("AB-"));
        form->heightBox()->setValue(168.5);
        QTest::keyClicks(form->phoneEdit(), QStringLiteral("+44 20 7946 0000"));
        QTest::keyClicks(form->emailEdit(), QStringLiteral("ada@example.org"));
        QTest::keyClicks(form->languageEdit(), QStringLiteral("en-GB"));
        form->organDonorBox()->setWord(QStringLiteral("yes"));
        QTest::keyClicks(form->addressEdit(), QStringLiteral("12 St James's Square"));
        QTest::keyClick(form->addressEdit(), Qt::Key_Return);
        QTest::keyClicks(form->addressEdit(), QStringLiteral("London"));

        PeopleTableEditor* contacts = form->emergencyContactsEditor();
        QTest::mouseClick(contacts->addButton(), Qt::LeftButton);
        QCOMPARE(contacts->table()->rowCount(), 1);
        contacts->table()->item(0, 0)->setText(QStringLiteral("Mary Somerville"));
        contacts->table()->item(0, 1)->setText(QStringLiteral("friend"));
        contacts->table()->item(0, 2)->setText(QStringLiteral("+44 20 7946 0001"));

        QVERIFY(form->problem().isEmpty());
        QVERIFY(form->saveButton()->isEnabled());
        QTest::mouseClick(form->saveButton(), Qt::LeftButton);

        const Profile stored = ProfileRepository(m_vault->db()).get();
        QVERIFY(stored.id > 0);
        QCOMPARE(stored.fullName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(stored.preferredName, QStringLiteral("Ada"));
        QCOMPARE(stored.birthDate, birth);
        QCOMPARE(stored.sex, QStringLiteral("female"));
        QCOMPARE(stored.bloodType, QStringLiteral("AB-"));
        QCOMPARE(stored.heightCm, std::optional<double>(168.5));
        QVERIFY(!stored.weightKg);
        QCOMPARE(stored.email, QStringLiteral("ada@example.org"));
        QCOMPARE(stored.language, QStringLiteral("en-GB"));
        QCOMPARE(stored.organDonor, std::optional<bool>(true));
        QCOMPARE(stored.address, QStringLiteral("12 St James's Square\nLondon"));
        QCOMPARE(stored.emergencyContacts.size(), 1);
        QCOMPARE(stored.emergencyContacts.first().name, QStringLiteral("Mary Somerville"));
        QCOMPARE(stored.emergencyContacts.first().phone, QStringLiteral("+44 20 7946 0001"));
        QCOMPARE(form->statusText(), QStringLiteral("Saved."));
        QVERIFY(!form->saveButton()->isEnabled());

        // Revert drops what was typed since.
        form->fullNameEdit()->setText(QStringLiteral("Augusta Ada King"));
        QVERIFY(form->revertButton()->isEnabled());
        QTest::mouseClick(form->revertButton(), Qt::LeftButton);
        QCOMPARE(form->fullNameEdit()->text(), QStringLiteral("Ada Lovelace"));

        // A second save (by Ctrl+S) leaves the first version in the history.
        form->fullNameEdit()->setText(QStringLiteral("Augusta Ada King"));
        form->fullNameEdit()->setFocus();
        QTest::keyClick(form->fullNameEdit(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(ProfileRepository(m_vault->db()).get().fullName, QStringLiteral("Augusta Ada King"));
        int versions = 0;
        DialogSeam::pushDriver([&](QDialog& dialog) -> int {
            versions = dynamic_cast<RecordHistoryDialog&>(dialog).versionCount();
            return QDialog::Rejected;
        });
        form->showHistory();
        QCOMPARE(versions, 2);
    }

    void anInvalidEmailBlocksSaving()
    {
        auto page = makePage();
        ProfileForm* form = page->profileForm();
        QTest::keyClicks(form->fullNameEdit(), QStringLiteral("Ada Lovelace"));
        QTest::keyClicks(form->emailEdit(), QStringLiteral("ada at example"));
        QVERIFY(!form->emailProblem().isEmpty());
        QVERIFY(form->problem().contains(QStringLiteral("E-mail")));
        QVERIFY(!form->saveButton()->isEnabled());
        QTest::keyClick(form->emailEdit(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!form->save());
        QVERIFY(!ProfileRepository(m_vault->db()).exists());

        QTest::keyClicks(form->phoneEdit(), QStringLiteral("call me"));
        QVERIFY(!form->phoneProblem().isEmpty());
        form->phoneEdit()->clear();
        QVERIFY(form->phoneProblem().isEmpty());

        form->emailEdit()->setText(QStringLiteral("ada@example.org"));
        QVERIFY(form->emailProblem().isEmpty());
        QVERIFY(form->saveButton()->isEnabled());
        QVERIFY(form->save());
        QCOMPARE(ProfileRepository(m_vault->db()).get().email, QStringLiteral("ada@example.org"));
    }

    void addsAnAllergyAndACondition()
    {
        auto page = makePage();
        page->tabs()->setCurrentWidget(page->allergyPanel());
        AllergyPanel* allergies = page->allergyPanel();
        QVERIFY(allergies->showsEmptyHint());

        DialogSeam::pushDriver([](QDialog& dialog) -> int {
            auto& editor = dynamic_cast<AllergyEditorDialog&>(dialog);
            if (okButton(dialog)->isEnabled())
                return QDialog::Rejected; // no substance yet
            QTest::keyClicks(editor.substanceEdit(), QStringLiteral("Penicillin"));
            editor.categoryBox()->setWord(QStringLiteral("medication"));
            QTest::keyClicks(editor.reactionEdit(), QStringLiteral("anaphylaxis"));
            editor.severityBox()->setWord(QStringLiteral("severe"));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
            return dialog.result();
        });
        allergies->newAction()->trigger();
        DialogSeam::pushDriver([](QDialog& dialog) -> int {
            auto& editor = dynamic_cast<AllergyEditorDialog&>(dialog);
            QTest::keyClicks(editor.substanceEdit(), QStringLiteral("Cat dander"));
            editor.severityBox()->setWord(QStringLiteral("mild"));
            editor.statusBox()->setWord(QStringLiteral("resolved"));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
            return dialog.result();
        });
        allergies->newAction()->trigger();

        const std::vector<Allergy> stored = AllergyRepository(m_vault->db()).list();
        QCOMPARE(stored.size(), std::size_t(2));
        QCOMPARE(stored[0].substance, QStringLiteral("Penicillin"));
        QCOMPARE(stored[0].severity, QStringLiteral("severe"));
        QCOMPARE(stored[0].category, QStringLiteral("medication"));
        QVERIFY(!allergies->showsEmptyHint());
        QCOMPARE(allergies->model()->rowCount(), 2);
        // The severe one is marked with words and a sign, not by colour alone; the mild one is not.
        AllergySeverityMarking* marked = allergies->markedModel();
        QVERIFY(marked->isMarked(0));
        QVERIFY(!marked->isMarked(1));
        QCOMPARE(marked->index(0, AllergyListModel::SeverityColumn).data().toString(), QStringLiteral("⚠ Severe"));
        QVERIFY(!marked->index(0, AllergyListModel::SubstanceColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(marked->index(1, AllergyListModel::SeverityColumn).data().toString(), QStringLiteral("Mild"));

        // Delete asks, is soft, and the row can come back.
        allergies->selectId(stored[1].id);
        MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
        allergies->table()->setFocus();
        QTest::keyClick(allergies->table(), Qt::Key_Delete);
        QVERIFY(MessageBoxSeam::lastText().contains(QStringLiteral("Cat dander")));
        QCOMPARE(allergies->model()->rowCount(), 1);
        QCOMPARE(AllergyRepository(m_vault->db()).listDeleted().size(), std::size_t(1));
        DialogSeam::pushDriver([](QDialog& dialog) -> int {
            dynamic_cast<PeopleRestoreDialog&>(dialog).selectRow(0);
            return QDialog::Accepted;
        });
        allergies->deletedAction()->trigger();
        QCOMPARE(allergies->model()->rowCount(), 2);

        page->tabs()->setCurrentWidget(page->conditionPanel());
        ConditionPanel* conditions = page->conditionPanel();
        DialogSeam::pushDriver([](QDialog& dialog) -> int {
            auto& editor = dynamic_cast<ConditionEditorDialog&>(dialog);
            QTest::keyClicks(editor.nameEdit(), QStringLiteral("Asthma"));
            editor.onsetField()->checkBox()->setChecked(true);
            editor.onsetField()->dateEdit()->setDate(QDate(2001, 4, 1));
            // Resolved before it began: refused where it is typed.
            editor.abatementField()->checkBox()->setChecked(true);
            editor.abatementField()->dateEdit()->setDate(QDate(1999, 1, 1));
            editor.statusBox()->setWord(QStringLiteral("resolved"));
            if (okButton(dialog)->isEnabled() || editor.problem().isEmpty())
                return QDialog::Rejected;
            editor.abatementField()->checkBox()->setChecked(false);
            editor.statusBox()->setWord(QStringLiteral("active"));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
            return dialog.result();
        });
        conditions->newAction()->trigger();
        const std::vector<Condition> storedConditions = ConditionRepository(m_vault->db()).list();
        QCOMPARE(storedConditions.size(), std::size_t(1));
        QCOMPARE(storedConditions[0].name, QStringLiteral("Asthma"));
        QCOMPARE(storedConditions[0].onsetDate, QDate(2001, 4, 1));
        QCOMPARE(conditions->model()->rowCount(), 1);
        QCOMPARE(conditions->selectedId(), storedConditions[0].id);

        // Return edits the selected row.
        DialogSeam::pushDriver([](QDialog& dialog) -> int {
            auto& editor = dynamic_cast<ConditionEditorDialog&>(dialog);
            editor.statusBox()->setWord(QStringLiteral("remission"));
            editor.abatementField()->checkBox()->setChecked(true);
            editor.abatementField()->dateEdit()->setDate(QDate(2010, 6, 1));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
            return dialog.result();
        });
        conditions->table()->setFocus();
        QTest::keyClick(conditions->table(), Qt::Key_Return);
        QCOMPARE(ConditionRepository(m_vault->db()).get(storedConditions[0].id).status, QStringLiteral("remission"));
        QCOMPARE(ConditionRepository(m_vault->db()).history(storedConditions[0].id).size(), std::size_t(2));
    }

    void addsACareTeamMemberAndPinsTheirKeys()
    {
        const AgreementKeyPair keys = AgreementKeyPair::generate();
        const QString recipient = PublicKeyText::encodeAgeRecipient(keys.publicKey());
        auto page = makePage();
        page->tabs()->setCurrentWidget(page->careTeamPanel());
        CareTeamPanel* team = page->careTeamPanel();
        QVERIFY(!team->pinAction()->isEnabled());

        DialogSeam::pushDriver([&](QDialog& dialog) -> int {
            auto& editor = dynamic_cast<CareTeamMemberEditorDialog&>(dialog);
            QTest::keyClicks(editor.nameEdit(), QStringLiteral("Dr. Grace Hopper"));
            QTest::keyClicks(editor.specialtyEdit(), QStringLiteral("cardiology"));
            QTest::keyClicks(editor.emailEdit(), QStringLiteral("hopper@clinic.example"));
            // A mistyped key is caught where it is typed.
            QString typo = recipient;
            typo[10] = typo[10] == QLatin1Char('q') ? QLatin1Char('p') : QLatin1Char('q');
            QTest::keyClicks(editor.ageRecipientEdit(), typo);
            if (editor.ageRecipientProblem().isEmpty() || okButton(dialog)->isEnabled())
                return QDialog::Rejected;
            editor.ageRecipientEdit()->setText(recipient);
            if (!editor.ageRecipientProblem().isEmpty())
                return QDialog::Rejected;
            QTest::keyClicks(editor.minisignKeyEdit(), QStringLiteral("RWQ not a key"));
            if (editor.minisignKeyProblem().isEmpty())
                return QDialog::Rejected;
            editor.minisignKeyEdit()->clear();
            QTest::keyClicks(editor.fingerprintEdit(), SpokenFingerprint);
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
            return dialog.result();
        });
        team->newAction()->trigger();

        CareTeamRepository repository(m_vault->db());
        std::vector<CareTeamMember> members = repository.list();
        QCOMPARE(members.size(), std::size_t(1));
        const std::int64_t id = members[0].id;
        QCOMPARE(members[0].ageRecipient, recipient);
        QCOMPARE(members[0].fingerprint,
                 QStringLiteral("3f2a 91c0 5b7d 0e11 22aa 33bb 44cc 55dd 66ee 77ff 8899 "
                                "aabb ccdd eeff 0011 2233"));
        QVERIFY(!members[0].pinned);
        QCOMPARE(team->selectedId(), id);
        QVERIFY(team->pinAction()->isEnabled());

        // Declining the comparison pins nothing; the question showed the fingerprint in groups.
        MessageBoxSeam::setNextAnswer(QMessageBox::No);
        team->pinAction()->trigger();
        QVERIFY(!repository.get(id).pinned);
        const QString shown = MessageBoxSeam::lastText();
        QVERIFY(shown.contains(QStringLiteral("3f2a 91c0 5b7d 0e11\n22aa 33bb 44cc 55dd")));
        QVERIFY(shown.contains(recipient.mid(4, 5)));
        QVERIFY(shown.contains(QStringLiteral("Dr. Grace Hopper")));

        MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
        team->table()->setFocus();
        QTest::keyClick(team->table(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(repository.get(id).pinned);
        QVERIFY(repository.get(id).pinnedAt.isValid());
        QCOMPARE(team->model()->index(0, CareTeamListModel::KeysColumn).data().toString(), QStringLiteral("Pinned"));
        QCOMPARE(team->pinAction()->text(), QStringLiteral("Un&pin keys"));

        // Unpinning needs no comparison.
        team->pinAction()->trigger();
        QVERIFY(!repository.get(id).pinned);
        QCOMPARE(repository.history(id).size(), std::size_t(3));
    }

    void aMemberWithoutKeysCannotBePinned()
    {
        CareTeamRepository repository(m_vault->db());
        CareTeamMember member;
        member.name = QStringLiteral("Home nurse");
        member.role = QStringLiteral("caregiver");
        const std::int64_t id = repository.add(member);
        auto page = makePage();
        CareTeamPanel* team = page->careTeamPanel();
        QCOMPARE(team->selectedId(), id);
        MessageBoxSeam::setNextAnswer(QMessageBox::Ok);
        team->pinAction()->trigger();
        QVERIFY(MessageBoxSeam::lastText().contains(QStringLiteral("no keys")));
        QVERIFY(!repository.get(id).pinned);
    }
};

QTEST_MAIN(TestProfilePage)
#include "TestProfilePage.moc"
