#include "AgeDecryptor.h"
#include "AgeIdentity.h"
#include "ClipboardGuard.h"
#include "DialogSeams.h"
#include "DisclosureLogModel.h"
#include "DisclosureLogPanel.h"
#include "IdentityCard.h"
#include "MinisignPublicKey.h"
#include "ShareContent.h"
#include "SharePackageWriter.h"
#include "ShareSamples.h"
#include "SharingPage.h"
#include "TemporaryVault.h"
#include "TestSupport.h"
#include "VaultIdentity.h"
#include "VaultIdentityPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace carnet;
using testsupport::ShareSamples;
using testsupport::TemporaryVault;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(30000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

// The Sharing section over a real vault: the keys it shows are the vault's, copying and saving them works with the
// real tools, and a share written by SharePackageWriter shows up in the log with its recipient, count and hash.
class TestSharingPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TemporaryVault> m_vault;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    QTemporaryDir m_dir;
    ShareSamples m_samples;

    std::unique_ptr<SharingPage> makePage()
    {
        auto page = std::make_unique<SharingPage>(m_vault->vault(), *m_clipboard);
        page->resize(1000, 720);
        return page;
    }

    SharePackageWriter::Result writeShare(const QString& name, const AgeIdentity& to, bool medications)
    {
        ShareSelection selection;
        selection.entryIds = {m_samples.entryIds.at(0), m_samples.entryIds.at(1)};
        selection.medications = medications;
        const ShareContent content = ShareContent::collect(m_vault->db(), selection);
        SharePackageWriter writer(m_vault->vault(), 10);
        return writer.writeForRecipients(content, {ShareRecipient::fromText(to.recipient().toString())},
                                         m_dir.filePath(name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vault = std::make_unique<TemporaryVault>();
        m_clipboard = std::make_unique<ClipboardGuard>();
    }

    void showsTheVaultsOwnKeys()
    {
        auto page = makePage();
        VaultIdentityPanel* panel = page->identityPanel();
        const VaultIdentity identity = VaultIdentity::load(m_vault->db());
        QVERIFY(panel->hasIdentity());
        QCOMPARE(panel->fingerprintText(), identity.fingerprint().toDisplayString());
        QCOMPARE(panel->ageRecipientText(), identity.ageRecipient().toString());
        QCOMPARE(panel->minisignKeyText(), identity.minisignPublicKeyText());

        // What a person sees: the fingerprint in lines of groups, the keys in read-only fields.
        bool shown = false;
        for (QLabel* label : panel->findChildren<QLabel*>()) {
            if (label->accessibleName() == QLatin1String("Vault fingerprint")) {
                QCOMPARE(label->text().replace(QLatin1Char('\n'), QLatin1Char(' ')),
                         identity.fingerprint().toDisplayString());
                QCOMPARE(label->text().count(QLatin1Char('\n')), 3);
                shown = true;
            }
        }
        QVERIFY(shown);
        QStringList fields;
        for (QLineEdit* edit : panel->findChildren<QLineEdit*>()) {
            QVERIFY(edit->isReadOnly());
            fields << edit->text();
        }
        QVERIFY(fields.contains(identity.ageRecipient().toString()));
        QVERIFY(fields.contains(identity.minisignPublicKeyText()));

        // The QR code holds the identity card of exactly these keys.
        const QImage qr = panel->qrImage();
        QVERIFY(!qr.isNull());
        QCOMPARE(qr.width(), qr.height());
        QCOMPARE(IdentityCard::parse(panel->cardText()), IdentityCard::fromVault(identity));
    }

    void qrCodeDecodesToTheCard()
    {
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbarimg.isEmpty())
            QSKIP("zbarimg (Debian zbar-tools) is not installed");
        auto page = makePage();
        const QString png = m_dir.filePath(QStringLiteral("identity-qr.png"));
        QVERIFY(page->identityPanel()->qrImage().save(png));
        const Run zbar
            = run(zbarimg, {QStringLiteral("--quiet"), QStringLiteral("--raw"), QStringLiteral("-Sbinary"), png});
        QCOMPARE(zbar.exitCode, 0);
        QCOMPARE(QString::fromUtf8(zbar.out), page->identityPanel()->cardText());
    }

    void copiesTheKeys()
    {
        auto page = makePage();
        VaultIdentityPanel* panel = page->identityPanel();
        QClipboard* clipboard = QGuiApplication::clipboard();
        clipboard->clear();
        QTest::mouseClick(panel->copyAgeRecipientButton(), Qt::LeftButton);
        QCOMPARE(clipboard->text(), panel->ageRecipientText());
        QVERIFY(panel->statusText().contains(QLatin1String("copied")));
        QTest::mouseClick(panel->copyMinisignKeyButton(), Qt::LeftButton);
        QCOMPARE(clipboard->text(), panel->minisignKeyText());
        QTest::mouseClick(panel->copyFingerprintButton(), Qt::LeftButton);
        QCOMPARE(clipboard->text(), panel->fingerprintText());
        // Copies go through the guard, which clears them again.
        m_clipboard->clearIfOurs();
        QVERIFY(clipboard->text().isEmpty());
        QVERIFY(panel->statusText().isEmpty());
    }

    void savesKeysTheToolsRead()
    {
        auto page = makePage();
        VaultIdentityPanel* panel = page->identityPanel();
        const VaultIdentity identity = VaultIdentity::load(m_vault->db());
        const QString pubPath = m_dir.filePath(QStringLiteral("ana.pub"));
        const QString agePath = m_dir.filePath(QStringLiteral("ana.age-recipient.txt"));
        QCOMPARE(VaultIdentityPanel::ageRecipientPathFor(pubPath), agePath);

        FileDialogSeam::setNextFileName(QString()); // cancelled
        QVERIFY(!panel->savePublicKeys());
        QVERIFY(!QFile::exists(pubPath));

        FileDialogSeam::setNextFileName(pubPath);
        QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
        const QByteArray pub = testsupport::readFile(pubPath);
        QCOMPARE(pub, identity.minisignPublicKey().toFileText());
        QCOMPARE(MinisignPublicKey::parse(pub), identity.minisignPublicKey());
        QVERIFY(pub.startsWith("untrusted comment: minisign public key "));
        QCOMPARE(pub.count('\n'), 2);
        QStringList ageLines;
        for (const QByteArray& line : testsupport::readFile(agePath).split('\n')) {
            if (!line.isEmpty() && !line.startsWith('#'))
                ageLines << QString::fromLatin1(line);
        }
        QCOMPARE(ageLines, QStringList {identity.ageRecipient().toString()});
        QVERIFY(panel->statusText().contains(QLatin1String("ana.pub")));

        // A different file where the age key would go is only replaced when the person agrees.
        const QString otherPub = m_dir.filePath(QStringLiteral("other.pub"));
        const QString otherAge = VaultIdentityPanel::ageRecipientPathFor(otherPub);
        QFile existing(otherAge);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me\n");
        existing.close();
        FileDialogSeam::setNextFileName(otherPub);
        MessageBoxSeam::setNextAnswer(QMessageBox::No);
        QVERIFY(!panel->savePublicKeys());
        QVERIFY(MessageBoxSeam::lastText().contains(QLatin1String("already exists")));
        QCOMPARE(testsupport::readFile(otherAge), QByteArray("keep me\n"));
        QVERIFY(!QFile::exists(otherPub));

        // A folder that cannot be written gives a specific warning, not silence.
        FileDialogSeam::setNextFileName(m_dir.filePath(QStringLiteral("no-such-folder/keys.pub")));
        MessageBoxSeam::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!panel->savePublicKeys());
        QVERIFY(MessageBoxSeam::lastText().contains(QLatin1String("could not be saved")));

        // The real tools take the files as they are.
        const QString minisign = QStandardPaths::findExecutable(QStringLiteral("minisign"));
        if (!minisign.isEmpty()) {
            const QString message = m_dir.filePath(QStringLiteral("message.txt"));
            QFile file(message);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("signed by the vault\n");
            file.close();
            const MinisignSignature signature
                = identity.minisignKeyPair().sign(QByteArray("signed by the vault\n"), QByteArray("test"));
            QFile sig(message + QStringLiteral(".minisig"));
            QVERIFY(sig.open(QIODevice::WriteOnly));
            sig.write(signature.toFileText());
            sig.close();
            const Run verified
                = run(minisign, {QStringLiteral("-V"), QStringLiteral("-p"), pubPath, QStringLiteral("-m"), message});
            QVERIFY2(verified.exitCode == 0, verified.err.constData());
        }
        const QString age = QStandardPaths::findExecutable(QStringLiteral("age"));
        if (!age.isEmpty()) {
            const QString plain = m_dir.filePath(QStringLiteral("for-ana.txt"));
            QFile file(plain);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("for the vault only\n");
            file.close();
            const QString encrypted = plain + QStringLiteral(".age");
            const Run encryptedRun = run(
                age, {QStringLiteral("-e"), QStringLiteral("-R"), agePath, QStringLiteral("-o"), encrypted, plain});
            QVERIFY2(encryptedRun.exitCode == 0, encryptedRun.err.constData());
            AgeDecryptor decryptor;
            decryptor.addIdentity(identity.ageIdentity().clone());
            QCOMPARE(decryptor.decrypt(testsupport::readFile(encrypted)), QByteArray("for the vault only\n"));
        }
    }

    void logStartsEmpty()
    {
        auto page = makePage();
        DisclosureLogPanel* log = page->logPanel();
        QVERIFY(log->showsEmptyState());
        QCOMPARE(log->model()->rowCount(), 0);
        QCOMPARE(log->selectedId(), 0);
        QVERIFY(!log->copyHashButton()->isEnabled());
        QCOMPARE(page->tabs()->currentIndex(), int(SharingPage::LogTab));
    }

    void logShowsAWrittenShare()
    {
        m_samples = ShareSamples::fill(m_vault->db());
        auto page = makePage();
        DisclosureLogPanel* log = page->logPanel();
        QAbstractItemModelTester tester(log->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(log->showsEmptyState());

        const AgeIdentity provider = AgeIdentity::generate();
        const SharePackageWriter::Result first = writeShare(QStringLiteral("first.carnet-share"), provider, true);
        page->reload();
        QVERIFY(!log->showsEmptyState());
        QCOMPARE(log->model()->rowCount(), 1);
        QAbstractItemModel* shown = log->table()->model();
        const QString recipient = shown->index(0, DisclosureLogModel::RecipientsColumn).data().toString();
        const QString providerKey = provider.recipient().toString();
        QVERIFY2(recipient.startsWith(providerKey.left(10)) && recipient.endsWith(providerKey.right(6)),
                 qPrintable(recipient));
        QVERIFY(shown->index(0, DisclosureLogModel::RecipientsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(providerKey));
        QCOMPARE(shown->index(0, DisclosureLogModel::ItemsColumn).data().toInt(), first.itemCount);
        QCOMPARE(first.itemCount, 2 + 1); // two entries and one medication
        QCOMPARE(shown->index(0, DisclosureLogModel::WhatColumn).data().toString(),
                 QStringLiteral("2 journal entries, medications"));
        QCOMPARE(shown->index(0, DisclosureLogModel::FileColumn).data().toString(),
                 QStringLiteral("first.carnet-share"));

        // The first row is selected; its details carry the full hash, the recipient's fingerprint and the export id.
        log->selectRow(0);
        QCOMPARE(log->selectedHash(), first.sha256);
        const QString details = log->detailsText();
        QVERIFY2(details.contains(first.sha256), qPrintable(details));
        QVERIFY(details.contains(providerKey));
        QVERIFY(details.contains(ShareRecipient::fromText(providerKey).fingerprint()));
        QVERIFY(details.contains(first.exportId));
        QVERIFY(details.contains(QLatin1String("first.carnet-share")));
        QVERIFY(details.contains(QStringLiteral("#%1").arg(m_samples.entryIds.at(0))));
        QVERIFY(log->copyHashButton()->isEnabled());
        QTest::mouseClick(log->copyHashButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), first.sha256);

        // A second share: newest first, the selection stays on the first one, the keyboard moves to the new one.
        const SharePackageWriter::Result second = writeShare(QStringLiteral("second.carnet-share"), provider, false);
        page->reload();
        QCOMPARE(log->model()->rowCount(), 2);
        QCOMPARE(log->selectedHash(), first.sha256);
        QCOMPARE(log->table()->currentIndex().row(), 1);
        log->table()->setFocus();
        QTest::keyClick(log->table(), Qt::Key_Up);
        QCOMPARE(log->selectedHash(), second.sha256);
        QCOMPARE(log->selectedId(), second.disclosureId);

        // Sorted by the number of records, the smaller share comes first; the selection follows the share.
        log->table()->sortByColumn(DisclosureLogModel::ItemsColumn, Qt::AscendingOrder);
        QCOMPARE(shown->index(0, DisclosureLogModel::ItemsColumn).data().toInt(), second.itemCount);
        QCOMPARE(log->selectedHash(), second.sha256);
        QCOMPARE(log->table()->editTriggers(), QAbstractItemView::NoEditTriggers);
    }

    void saysWhyKeysAreMissing()
    {
        TemporaryVault broken;
        broken.db().exec(QStringLiteral("DELETE FROM vault_identity"));
        SharingPage page(broken.vault(), *m_clipboard);
        VaultIdentityPanel* panel = page.identityPanel();
        QVERIFY(!panel->hasIdentity());
        QCOMPARE(panel->errorText(), QStringLiteral("This vault has no identity keys."));
        QVERIFY(panel->qrImage().isNull());
        QVERIFY(!panel->saveButton());
        QVERIFY(!panel->savePublicKeys());
        panel->copyAgeRecipient(); // nothing to copy, nothing happens
        bool explained = false;
        for (QLabel* label : panel->findChildren<QLabel*>())
            explained = explained || label->text().contains(panel->errorText());
        QVERIFY(explained);
        QVERIFY(page.logPanel()->showsEmptyState()); // the log does not need the keys
    }

    void buttonsAskForTheOtherWindows()
    {
        auto page = makePage();
        QSignalSpy newShare(page.get(), &SharingPage::newShareRequested);
        QSignalSpy openShared(page.get(), &SharingPage::openSharedRecordRequested);
        QTest::mouseClick(page->newShareButton(), Qt::LeftButton);
        QCOMPARE(newShare.count(), 1);
        QCOMPARE(openShared.count(), 0);
        QTest::mouseClick(page->openSharedRecordButton(), Qt::LeftButton);
        QCOMPARE(openShared.count(), 1);

        page->show();
        QApplication::setActiveWindow(page.get());
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        page->logPanel()->table()->setFocus();
        QTest::keyClick(page->logPanel()->table(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(newShare.count(), 2);
    }
};

QTEST_MAIN(TestSharingPage)
#include "TestSharingPage.moc"
