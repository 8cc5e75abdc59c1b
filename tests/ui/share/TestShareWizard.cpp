// The share wizard driven as a patient would, over a real vault: what the written file holds is checked by opening
// it as the recipient.
#include "AgeIdentity.h"
#include "CareTeamRepository.h"
#include "ClipboardGuard.h"
#include "DialogSeams.h"
#include "DisclosureLog.h"
#include "JournalRepository.h"
#include "OneTimePassphrase.h"
#include "RecordStore.h"
#include "ShareChoosePage.h"
#include "ShareDonePage.h"
#include "ShareDraft.h"
#include "ShareEntryChoiceModel.h"
#include "SharePackageReader.h"
#include "SharePreviewPage.h"
#include "SharePrivacyPage.h"
#include "ShareSamples.h"
#include "ShareWizard.h"
#include "TemporaryVault.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <memory>

using namespace carnet;
using testsupport::ShareSamples;
using testsupport::TemporaryVault;

namespace {

constexpr int TestScryptLogN = 10;
constexpr int WriteTimeoutMs = 20000;

template <typename T> T* child(QObject& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QString vaultPassphrase()
{
    return QString::fromLatin1(TemporaryVault::Passphrase);
}

} // namespace

class TestShareWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TemporaryVault> m_vault;
    QTemporaryDir m_dir;
    ShareSamples m_samples;
    std::unique_ptr<AgeIdentity> m_doctorKey;
    std::int64_t m_doctor = 0;
    ClipboardGuard m_clipboard;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    int rowOf(ShareWizard& wizard, std::int64_t id) const
    {
        ShareEntryChoiceModel* model = wizard.choosePage()->entryModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->idAt(row) == id)
                return row;
        }
        return -1;
    }

    // Ticks an entry as a person does with the keyboard: move to it, press Space.
    void tickEntry(ShareWizard& wizard, std::int64_t id)
    {
        auto* list = child<QTreeView>(wizard, "shareEntryList");
        list->setFocus();
        list->setCurrentIndex(list->model()->index(rowOf(wizard, id), ShareEntryChoiceModel::TitleColumn));
        QTest::keyClick(list, Qt::Key_Space);
    }

    static void clickNext(ShareWizard& wizard)
    {
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        QVERIFY(next->isVisible());
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
    }

    // A radio button takes clicks on its circle and label only: press it as a keyboard user does.
    static void choosePassphrase(ShareWizard& wizard)
    {
        auto* radio = child<QRadioButton>(wizard, "shareUsePassphrase");
        radio->setFocus();
        QTest::keyClick(radio, Qt::Key_Space);
        QVERIFY(radio->isChecked());
    }

    static QTreeWidgetItem* findingItem(ShareWizard& wizard, const QString& text)
    {
        auto* list = child<QTreeWidget>(wizard, "shareFindingList");
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            if (list->topLevelItem(row)->text(SharePrivacyPage::TextColumn) == text)
                return list->topLevelItem(row);
        }
        return nullptr;
    }

    static void chooseDoctor(ShareWizard& wizard)
    {
        auto* members = child<QListWidget>(wizard, "shareMemberList");
        QCOMPARE(members->count(), 1);
        members->setFocus();
        members->setCurrentRow(0);
        QTest::keyClick(members, Qt::Key_Space);
        QCOMPARE(members->item(0)->checkState(), Qt::Checked);
    }

    // From the first page to the preview with one entry and the doctor as recipient.
    void goToPreviewWithOneEntry(ShareWizard& wizard)
    {
        wizard.preselectEntries({m_samples.entryIds[0]});
        wizard.show();
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ShareWizard::PrivacyPageId));
        clickNext(wizard);
        chooseDoctor(wizard);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ShareWizard::PreviewPageId));
    }

    void save(ShareWizard& wizard, const QString& file, const QString& passphrase)
    {
        auto* name = child<QLineEdit>(wizard, "shareFileName");
        name->clear();
        QTest::keyClicks(name, file);
        auto* secret = child<QLineEdit>(wizard, "shareVaultPassphrase");
        secret->clear();
        QTest::keyClicks(secret, passphrase);
        QAbstractButton* commit = wizard.button(QWizard::CommitButton);
        QVERIFY(commit->isVisible());
        QCOMPARE(commit->text(), QStringLiteral("&Save share"));
        QVERIFY(commit->isEnabled());
        QTest::mouseClick(commit, Qt::LeftButton);
    }

    OpenedShare openAsDoctor(const QString& file) const
    {
        SharePackageReader reader;
        reader.addIdentity(m_doctorKey->clone());
        return reader.open(file);
    }

    QString uuidOf(std::int64_t id) const { return RecordStore(m_vault->db()).meta(id)->uuid; }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_vault = std::make_unique<TemporaryVault>();
        m_samples = ShareSamples::fill(m_vault->db());
        m_doctorKey = std::make_unique<AgeIdentity>(AgeIdentity::generate());
        CareTeamMember doctor;
        doctor.name = QStringLiteral("Dr. Claire Moreau");
        doctor.specialty = QStringLiteral("cardiology");
        doctor.ageRecipient = m_doctorKey->recipient().toString();
        doctor.pinned = true;
        m_doctor = CareTeamRepository(m_vault->db()).add(doctor);
        CareTeamMember desk;
        desk.name = QStringLiteral("Front Desk");
        CareTeamRepository(m_vault->db()).add(desk);
    }

    void cleanupTestCase()
    {
        m_vault.reset();
        QSettings().clear();
    }

    void cleanup() { QApplication::clipboard()->clear(); }

    void redactsThePhoneKeepsTheEmailAndSharesWithTheMember()
    {
        const qint64 logged = DisclosureLog(m_vault->db()).count();
        ShareWizard wizard(m_vault->vault(), m_clipboard);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(ShareWizard::ChoosePageId));
        // Nothing chosen, nothing to go on with.
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        tickEntry(wizard, m_samples.entryIds[0]);
        tickEntry(wizard, m_samples.entryIds[1]);
        QCOMPARE(child<QLabel>(wizard, "shareChosenCount")->text(), QStringLiteral("Entries chosen: 2"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(child<QCheckBox>(wizard, "shareMedications"), Qt::LeftButton);
        QVERIFY(child<QCheckBox>(wizard, "shareMedications")->isChecked());
        clickNext(wizard);

        // Privacy check: both identifiers are shown, neither redacted until the patient says so.
        QCOMPARE(wizard.currentId(), int(ShareWizard::PrivacyPageId));
        QTreeWidgetItem* phone = findingItem(wizard, QLatin1String(ShareSamples::Phone));
        QTreeWidgetItem* email = findingItem(wizard, QLatin1String(ShareSamples::Email));
        QVERIFY(phone && email);
        QCOMPARE(phone->text(SharePrivacyPage::KindColumn), QStringLiteral("phone number"));
        QCOMPARE(phone->checkState(SharePrivacyPage::RedactColumn), Qt::Unchecked);
        QCOMPARE(email->checkState(SharePrivacyPage::RedactColumn), Qt::Unchecked);
        QVERIFY(wizard.privacyPage()->shownText().contains(QLatin1String(ShareSamples::Phone)));
        auto* findings = child<QTreeWidget>(wizard, "shareFindingList");
        findings->setFocus();
        findings->setCurrentItem(phone, SharePrivacyPage::TextColumn);
        QTest::keyClick(findings, Qt::Key_Space);
        QCOMPARE(phone->checkState(SharePrivacyPage::RedactColumn), Qt::Checked);
        QCOMPARE(email->checkState(SharePrivacyPage::RedactColumn), Qt::Unchecked);
        // The text shows what the share will say in its place.
        QVERIFY(wizard.privacyPage()->shownText().contains(QStringLiteral("[phone number removed]")));
        QVERIFY(child<QLabel>(wizard, "sharePrivacySummary")->text().contains(QStringLiteral("To be redacted: 1.")));
        clickNext(wizard);

        // Recipients: the member with a key, and a word about the one without.
        QCOMPARE(wizard.currentId(), int(ShareWizard::RecipientsPageId));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(child<QListWidget>(wizard, "shareMemberList")->item(0)->text().contains(QStringLiteral("Key pinned")));
        QVERIFY(child<QLabel>(wizard, "shareMembersHint")->text().contains(QStringLiteral("without an age key")));
        chooseDoctor(wizard);
        clickNext(wizard);

        // Preview: exactly what leaves.
        QCOMPARE(wizard.currentId(), int(ShareWizard::PreviewPageId));
        const QString preview = wizard.previewPage()->previewText();
        QVERIFY(preview.contains(QStringLiteral("[phone number removed]")));
        QVERIFY(!preview.contains(QLatin1String(ShareSamples::Phone)));
        QVERIFY(preview.contains(QLatin1String(ShareSamples::Email)));
        QVERIFY(preview.contains(QStringLiteral("Metformin")));
        QVERIFY(!preview.contains(m_samples.titles[2]));
        QVERIFY(child<QLabel>(wizard, "sharePreviewRecipients")->text().contains(QStringLiteral("Dr. Claire Moreau")));
        QVERIFY(child<QLabel>(wizard, "sharePreviewWhat")
                    ->text()
                    .contains(QStringLiteral("signed with your vault key: 3 (journal entries: 2, medications: 1)")));
        // The suggested name is in Documents, dated today, and not written yet.
        const QString suggested = child<QLineEdit>(wizard, "shareFileName")->text();
        QVERIFY2(suggested.endsWith(
                     QStringLiteral("carnet-share-%1.carnet-share").arg(QDate::currentDate().toString(Qt::ISODate))),
                 qPrintable(suggested));
        QVERIFY(!QFileInfo::exists(suggested));

        const QString file = path(QStringLiteral("to-doctor.carnet-share"));
        save(wizard, file, vaultPassphrase());
        QVERIFY(wizard.isBusy());
        QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
        wizard.reject(); // Esc or the window's close button while writing: the wizard waits for the write
        QVERIFY(wizard.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ShareWizard::DonePageId), WriteTimeoutMs);
        QVERIFY(child<QLineEdit>(wizard, "shareVaultPassphrase")->text().isEmpty());

        // Done: where, how big, which hash; no passphrase for a key share.
        QCOMPARE(wizard.donePage()->savedPath(), file);
        QVERIFY(!child<QWidget>(wizard, "sharePassphrasePanel")->isVisible());
        const QByteArray bytes = testsupport::readFile(file);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(child<QLabel>(wizard, "shareSha256")->text().remove(QLatin1Char(' ')), sha);
        QVERIFY(child<QLabel>(wizard, "shareSize")->text().contains(QString::number(bytes.size())));

        // The recipient's view.
        const OpenedShare share = openAsDoctor(file);
        QCOMPARE(share.view.entries.size(), std::size_t(2));
        QCOMPARE(share.view.entries[0].id, uuidOf(m_samples.entryIds[0]));
        QCOMPARE(share.view.entries[1].id, uuidOf(m_samples.entryIds[1]));
        const QString body = share.view.entries[1].body;
        QVERIFY2(!body.contains(QLatin1String(ShareSamples::Phone)), qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("[phone number removed]")));
        QVERIFY(body.contains(QLatin1String(ShareSamples::Email)));
        QVERIFY(share.view.hasMedicationSection);
        QCOMPARE(share.view.medications.size(), std::size_t(1));
        QVERIFY(share.view.medications[0].name.contains(QStringLiteral("Metformin")));
        QVERIFY(!share.view.hasCoverageSection);
        QVERIFY(!share.view.hasAppointmentSection);

        const std::vector<DisclosureLog::Disclosure> log = DisclosureLog(m_vault->db()).list();
        QCOMPARE(qint64(log.size()), logged + 1);
        QCOMPARE(log.front().packageSha256, sha);
        QCOMPARE(log.front().recipients.size(), std::size_t(1));
        QVERIFY(log.front().recipients[0].label.contains(QStringLiteral("Dr. Claire Moreau")));
        // The vault keeps the phone number; only the copy that left lost it.
        QCOMPARE(JournalRepository(m_vault->db()).get(m_samples.entryIds[1]).body, m_samples.bodies[1]);
        // The folder is remembered for next time, not the file.
        QCOMPARE(QSettings().value(QLatin1String(SharePreviewPage::FolderSetting)).toString(), m_dir.path());
        wizard.accept();
    }

    void wrongPassphraseKeepsThePreviewAndWritesNothing()
    {
        const qint64 logged = DisclosureLog(m_vault->db()).count();
        ShareWizard wizard(m_vault->vault(), m_clipboard);
        goToPreviewWithOneEntry(wizard);
        const QString file = path(QStringLiteral("wrong.carnet-share"));
        save(wizard, file, QStringLiteral("not my passphrase"));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), WriteTimeoutMs);
        QCOMPARE(wizard.currentId(), int(ShareWizard::PreviewPageId));
        QVERIFY(wizard.isVisible());
        auto* error = child<QLabel>(wizard, "sharePassphraseError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("not this vault’s passphrase")));
        QVERIFY(!QFileInfo::exists(file));
        QCOMPARE(DisclosureLog(m_vault->db()).count(), logged);
        QVERIFY(child<QLineEdit>(wizard, "shareVaultPassphrase")->text().isEmpty());
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());

        // The right one then goes through.
        QTest::keyClicks(child<QLineEdit>(wizard, "shareVaultPassphrase"), vaultPassphrase());
        QVERIFY(!error->isVisible());
        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ShareWizard::DonePageId), WriteTimeoutMs);
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(DisclosureLog(m_vault->db()).count(), logged + 1);
    }

    void refusesToReplaceAFileUnlessConfirmed()
    {
        const QString file = path(QStringLiteral("existing.carnet-share"));
        {
            QFile existing(file);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("keep me");
        }
        ShareWizard wizard(m_vault->vault(), m_clipboard);
        goToPreviewWithOneEntry(wizard);
        MessageBoxSeam::setNextAnswer(QMessageBox::No);
        save(wizard, file, vaultPassphrase());
        QVERIFY(MessageBoxSeam::lastText().contains(QStringLiteral("already exists")));
        QVERIFY(!wizard.isBusy());
        QCOMPARE(wizard.currentId(), int(ShareWizard::PreviewPageId));
        QCOMPARE(testsupport::readFile(file), QByteArray("keep me"));

        // "Choose…" gives a name; the field takes it.
        FileDialogSeam::setNextFileName(path(QStringLiteral("chosen")));
        QTest::mouseClick(child<QAbstractButton>(wizard, "shareChooseFile"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(wizard, "shareFileName")->text(), path(QStringLiteral("chosen")));

        MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
        save(wizard, file, vaultPassphrase());
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ShareWizard::DonePageId), WriteTimeoutMs);
        QVERIFY(openAsDoctor(file).view.entries.size() == 1);
    }

    void missingFolderIsRefusedBeforeAnythingIsWritten()
    {
        ShareWizard wizard(m_vault->vault(), m_clipboard);
        goToPreviewWithOneEntry(wizard);
        const QString file = path(QStringLiteral("no-such-folder/share.carnet-share"));
        MessageBoxSeam::setNextAnswer(QMessageBox::Ok);
        save(wizard, file, vaultPassphrase());
        QVERIFY(MessageBoxSeam::lastText().contains(QStringLiteral("does not exist")));
        QCOMPARE(wizard.currentId(), int(ShareWizard::PreviewPageId));
        QVERIFY(!wizard.isBusy());
        QVERIFY(!QFileInfo::exists(file));
    }

    void passphraseShareShowsTheWordsOnceAndOpensWithThem()
    {
        ShareWizard wizard(m_vault->vault(), m_clipboard);
        wizard.setScryptLogN(TestScryptLogN);
        wizard.preselectEntries({m_samples.entryIds[2]});
        wizard.show();
        QCOMPARE(child<QLabel>(wizard, "shareChosenCount")->text(), QStringLiteral("Entries chosen: 1"));
        QTest::mouseClick(child<QCheckBox>(wizard, "shareAppointments"), Qt::LeftButton);
        clickNext(wizard);
        clickNext(wizard);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        choosePassphrase(wizard);
        QVERIFY(!child<QListWidget>(wizard, "shareMemberList")->isEnabled());
        clickNext(wizard);
        QVERIFY(
            child<QLabel>(wizard, "sharePreviewRecipients")->text().contains(QStringLiteral("one-time passphrase")));
        // The words do not exist before the share is saved.
        QVERIFY(!wizard.previewPage()->previewText().contains(QLatin1Char(OneTimePassphrase::Separator)
                                                              + QStringLiteral("-")));

        const QString file = path(QStringLiteral("words.carnet-share"));
        save(wizard, file, vaultPassphrase());
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ShareWizard::DonePageId), WriteTimeoutMs);
        QVERIFY(child<QWidget>(wizard, "sharePassphrasePanel")->isVisible());
        const QString words = child<QLabel>(wizard, "shareOneTimePassphrase")->text();
        QCOMPARE(words.split(QLatin1Char(OneTimePassphrase::Separator)).size(), OneTimePassphrase::DefaultWords);
        QTest::mouseClick(child<QAbstractButton>(wizard, "shareCopyPassphrase"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), words);

        SharePackageReader reader;
        reader.setPassphrase(SecretBytes::fromUtf8(words));
        const OpenedShare share = reader.open(file);
        QCOMPARE(share.view.entries.size(), std::size_t(1));
        QCOMPARE(share.view.entries[0].id, uuidOf(m_samples.entryIds[2]));
        QCOMPARE(share.view.appointments.size(), std::size_t(1));
        QCOMPARE(DisclosureLog(m_vault->db()).list().front().recipients[0].kind,
                 QLatin1String(ShareRecipient::PassphraseKind));

        // Closing wipes the words from the window.
        wizard.accept();
        QVERIFY(child<QLabel>(wizard, "shareOneTimePassphrase")->text().isEmpty());
        QVERIFY(wizard.donePage()->passphraseText().isEmpty());
    }

    void pastedKeyIsCheckedAsItIsTyped()
    {
        ShareWizard wizard(m_vault->vault(), m_clipboard);
        wizard.preselectEntries({m_samples.entryIds[0]});
        wizard.show();
        clickNext(wizard);
        clickNext(wizard);
        auto* key = child<QLineEdit>(wizard, "shareAgeKey");
        auto* error = child<QLabel>(wizard, "shareAgeKeyError");
        QTest::keyClicks(key, QStringLiteral("AGE-SECRET-KEY-1QQQ"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("secret key")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        key->clear();
        const QString good = AgeIdentity::generate().recipient().toString();
        QTest::keyClicks(key, good.left(30));
        QVERIFY(error->text().contains(QStringLiteral("62 characters")));
        QTest::keyClicks(key, good.mid(30));
        QVERIFY(!error->isVisible());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        clickNext(wizard);
        QVERIFY(child<QLabel>(wizard, "sharePreviewRecipients")->text().contains(good));
        // Back, then a one-time passphrase instead: the key no longer counts.
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        choosePassphrase(wizard);
        QVERIFY(wizard.draft().recipients().empty());
    }

    void filtersAndSelectAllOnTheFirstPage()
    {
        ShareWizard wizard(m_vault->vault(), m_clipboard);
        wizard.show();
        ShareEntryChoiceModel* model = wizard.choosePage()->entryModel();
        QCOMPARE(model->shownCount(), 3);
        QTest::keyClicks(child<QLineEdit>(wizard, "shareSearch"), QStringLiteral("clinic"));
        QTRY_COMPARE(model->shownCount(), 1);
        QCOMPARE(model->idAt(0), m_samples.entryIds[1]);
        QTest::mouseClick(child<QAbstractButton>(wizard, "shareSelectAllShown"), Qt::LeftButton);
        QCOMPARE(model->checkedIds(), std::vector<std::int64_t> {m_samples.entryIds[1]});
        child<QLineEdit>(wizard, "shareSearch")->clear();
        QTRY_COMPARE(model->shownCount(), 3);

        auto* tag = child<QComboBox>(wizard, "shareTagFilter");
        tag->setCurrentIndex(tag->findData(QStringLiteral("bp")));
        QCOMPARE(model->shownCount(), 2);
        QTest::mouseClick(child<QAbstractButton>(wizard, "shareSelectAllShown"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(wizard, "shareChosenCount")->text(), QStringLiteral("Entries chosen: 2"));
        tag->setCurrentIndex(0);

        auto* from = child<QWidget>(wizard, "shareFromDate");
        QTest::mouseClick(from->findChild<QCheckBox*>(), Qt::LeftButton);
        from->findChild<QDateEdit*>()->setDate(QDate(2024, 5, 2));
        QCOMPARE(model->shownCount(), 2);
        QTest::mouseClick(child<QAbstractButton>(wizard, "shareClearChoice"), Qt::LeftButton);
        QCOMPARE(model->checkedCount(), 0);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }

    void worksWithTheKeyboardAlone()
    {
        const qint64 logged = DisclosureLog(m_vault->db()).count();
        const QString file = path(QStringLiteral("keyboard.carnet-share"));
        ShareWizard wizard(m_vault->vault(), m_clipboard);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QApplication::setActiveWindow(&wizard);
        const auto press = [](Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); };
        const auto tabTo = [&](const char* name) {
            QWidget* target = child<QWidget>(wizard, name);
            for (int i = 0; i < 40 && QApplication::focusWidget() != target; ++i)
                press(Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), target);
        };
        // Choose: the list, the newest entry, Space; Enter goes on.
        tabTo("shareEntryList");
        press(Qt::Key_Down);
        press(Qt::Key_Space);
        QCOMPARE(wizard.choosePage()->entryModel()->checkedCount(), 1);
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(ShareWizard::PrivacyPageId));
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(ShareWizard::RecipientsPageId));
        tabTo("shareMemberList");
        press(Qt::Key_Space);
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(ShareWizard::PreviewPageId));
        // The passphrase field has the focus; the file name is one Shift+Tab (or a few) away.
        QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(wizard, "shareVaultPassphrase"));
        tabTo("shareFileName");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), file);
        tabTo("shareVaultPassphrase");
        QTest::keyClicks(QApplication::focusWidget(), vaultPassphrase());
        press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ShareWizard::DonePageId), WriteTimeoutMs);
        QCOMPARE(DisclosureLog(m_vault->db()).count(), logged + 1);
        press(Qt::Key_Return);
        QVERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(QFileInfo::exists(file));
    }

    // Pictures of every page over a fuller vault (long titles, many rows, an unpinned member), for a person to
    // look at: set CARNET_SHARE_SCREENSHOTS to a folder to get them.
    void screenshotsOfEachPage()
    {
        const QString folder = qEnvironmentVariable("CARNET_SHARE_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set CARNET_SHARE_SCREENSHOTS to a folder to take screenshots");
        const QPalette light = QApplication::palette();
        if (qEnvironmentVariableIsSet("CARNET_SHARE_DARK")) {
            // A dark theme, to see that every accent follows the palette.
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(45, 45, 48));
            dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
            dark.setColor(QPalette::Base, QColor(30, 30, 32));
            dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
            dark.setColor(QPalette::Text, QColor(230, 230, 230));
            dark.setColor(QPalette::Button, QColor(55, 55, 60));
            dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
            dark.setColor(QPalette::Highlight, QColor(60, 120, 200));
            dark.setColor(QPalette::HighlightedText, QColor(255, 255, 255));
            dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
            QApplication::setPalette(dark);
        }
        const auto restore = qScopeGuard([&] { QApplication::setPalette(light); });
        TemporaryVault vault;
        const ShareSamples samples = ShareSamples::fill(vault.db());
        JournalRepository journal(vault.db());
        std::vector<JournalEntry> batch;
        for (int i = 0; i < 60; ++i) {
            JournalEntry entry;
            entry.occurredAt = QDateTime(QDate(2024, 1, 1).addDays(i), QTime(8, 30));
            entry.title = i % 3 == 0 ? QStringLiteral("Nachuntersuchung bei der Hausärztin wegen anhaltender "
                                                      "Kopfschmerzen und Schwindelgefühl, Tag %1")
                                           .arg(i)
                                     : QStringLiteral("Day %1: slept badly").arg(i);
            entry.body = i % 3 == 0 ? QStringLiteral("Termin am 12.03.2024 mit Dr. Weber, Hauptstraße 12, 10115 "
                                                     "Berlin. Rückruf unter +49 30 1234567.")
                                    : QStringLiteral("Nothing special.");
            entry.tags = {i % 2 == 0 ? QStringLiteral("kopfschmerzen") : QStringLiteral("sleep")};
            batch.push_back(entry);
        }
        journal.addBatch(batch);
        CareTeamMember doctor;
        doctor.name = QStringLiteral("Prof. Dr. med. Friederike Schwarzenberger-Hohenstein");
        doctor.specialty = QStringLiteral("Neurologie und Schlafmedizin");
        doctor.organization = QStringLiteral("Universitätsklinikum");
        doctor.ageRecipient = AgeIdentity::generate().recipient().toString();
        doctor.fingerprint
            = QStringLiteral("3f2a 91c0 0000 1111 2222 3333 4444 5555 6666 7777 8888 9999 aaaa bbbb cccc dddd");
        CareTeamRepository(vault.db()).add(doctor);
        CareTeamMember nurse;
        nurse.name = QStringLiteral("Sam Home Nurse");
        nurse.role = QStringLiteral("caregiver");
        nurse.ageRecipient = AgeIdentity::generate().recipient().toString();
        nurse.pinned = true;
        CareTeamRepository(vault.db()).add(nurse);

        ShareWizard wizard(vault.vault(), m_clipboard);
        wizard.setScryptLogN(TestScryptLogN);
        wizard.preselectEntries(samples.entryIds);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const auto grab = [&](const QString& name) {
            QCoreApplication::processEvents();
            QVERIFY(wizard.grab().save(QDir(folder).filePath(QStringLiteral("wizard-%1.png").arg(name))));
        };
        tickEntry(wizard, wizard.choosePage()->entryModel()->idAt(5));
        QTest::mouseClick(child<QCheckBox>(wizard, "shareMedications"), Qt::LeftButton);
        grab(QStringLiteral("1-choose"));
        clickNext(wizard);
        auto* findings = child<QTreeWidget>(wizard, "shareFindingList");
        findings->setCurrentItem(findings->topLevelItem(2), 0);
        QTest::keyClick(findings, Qt::Key_Space);
        grab(QStringLiteral("2-privacy"));
        clickNext(wizard);
        auto* members = child<QListWidget>(wizard, "shareMemberList");
        members->item(0)->setCheckState(Qt::Checked);
        QTest::keyClicks(child<QLineEdit>(wizard, "shareAgeKey"), QStringLiteral("age1qqqq"));
        grab(QStringLiteral("3-recipients"));
        child<QLineEdit>(wizard, "shareAgeKey")->clear();
        clickNext(wizard);
        grab(QStringLiteral("4-preview"));
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        choosePassphrase(wizard);
        grab(QStringLiteral("3-recipients-passphrase"));
        clickNext(wizard);
        save(wizard, QDir(m_dir.path()).filePath(QStringLiteral("shot.carnet-share")), QStringLiteral("wrong one"));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), WriteTimeoutMs);
        grab(QStringLiteral("4-preview-wrong-passphrase"));
        save(wizard, QDir(m_dir.path()).filePath(QStringLiteral("shot.carnet-share")), vaultPassphrase());
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ShareWizard::DonePageId), WriteTimeoutMs);
        grab(QStringLiteral("5-done"));
    }

    void everyControlHasAnAccessibleName()
    {
        ShareWizard wizard(m_vault->vault(), m_clipboard);
        wizard.show();
        QStringList unnamed;
        const auto check = [&](QWidget* widget) {
            if (qobject_cast<QAbstractButton*>(widget)) {
                auto* button = static_cast<QAbstractButton*>(widget);
                if (button->text().isEmpty() && button->accessibleName().isEmpty() && button->isVisibleTo(&wizard))
                    unnamed << widget->metaObject()->className() + QStringLiteral(" ") + widget->objectName();
                return;
            }
            const bool control = qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget)
                || qobject_cast<QAbstractItemView*>(widget) || qobject_cast<QTextEdit*>(widget);
            // Line edits inside spin boxes and combo boxes are named by their owner.
            if (control && widget->accessibleName().isEmpty()
                && !qobject_cast<QAbstractSpinBox*>(widget->parentWidget())
                && !qobject_cast<QComboBox*>(widget->parentWidget()) && !widget->inherits("QComboBoxListView"))
                unnamed << widget->metaObject()->className() + QStringLiteral(" ") + widget->objectName();
        };
        for (int id : wizard.pageIds()) {
            for (QWidget* widget : wizard.page(id)->findChildren<QWidget*>())
                check(widget);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestShareWizard)
#include "TestShareWizard.moc"
