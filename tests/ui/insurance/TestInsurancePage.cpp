#include "ClipboardGuard.h"
#include "DialogSeams.h"
#include "InsuranceCardViewer.h"
#include "InsuranceListModel.h"
#include "InsurancePage.h"
#include "InsurancePlanCard.h"
#include "InsurancePlanEditorDialog.h"
#include "InsuranceRepository.h"
#include "MediaFile.h"
#include "PeopleChoiceBox.h"
#include "OptionalDateField.h"
#include "DialogSeams.h"
#include "PeopleRestoreDialog.h"
#include "RecordHistoryDialog.h"
#include "TemporaryVault.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QImage>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

// Fills the editor as a person would and presses OK; returns the dialog's result.
int fillAndAccept(QDialog& dialog, const QString& payer, const QString& memberId, const QString& group)
{
    auto& editor = dynamic_cast<InsurancePlanEditorDialog&>(dialog);
    QPushButton* ok = editor.buttons()->button(QDialogButtonBox::Ok);
    if (ok->isEnabled())
        return QDialog::Rejected; // a new plan without a payer must not be accepted
    QTest::keyClicks(editor.payerEdit(), payer);
    QTest::keyClicks(editor.planNameEdit(), QStringLiteral("Gold PPO 500"));
    QTest::keyClicks(editor.memberIdEdit(), memberId);
    QTest::keyClicks(editor.groupNumberEdit(), group);
    editor.typeBox()->setWord(QStringLiteral("dental"));
    QTest::keyClicks(editor.payerPhoneEdit(), QStringLiteral("+1 800 555 0100"));
    editor.fromField()->checkBox()->setChecked(true);
    editor.fromField()->dateEdit()->setDate(QDate::currentDate().addYears(-1));
    if (!ok->isEnabled())
        return QDialog::Rejected;
    QTest::mouseClick(ok, Qt::LeftButton);
    return dialog.result();
}

QString writeImage(const QString& folder, const QString& name, const char* format, const QColor& colour)
{
    QImage image(856, 540, QImage::Format_RGB32);
    image.fill(colour);
    QPainter painter(&image);
    painter.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("MEMBER 123"));
    painter.end();
    const QString path = folder + QLatin1Char('/') + name;
    if (!image.save(path, format))
        return {};
    return path;
}

} // namespace

class TestInsurancePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TemporaryVault> m_vault;
    ClipboardGuard* m_clipboard = nullptr;

    std::unique_ptr<InsurancePage> makePage()
    {
        auto page = std::make_unique<InsurancePage>(m_vault->vault(), *m_clipboard, nullptr);
        new QAbstractItemModelTester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, page.get());
        page->resize(900, 700);
        page->show();
        // Shortcuts (Del, F2, Ctrl+N) only fire in the active window.
        QApplication::setActiveWindow(page.get());
        if (!QTest::qWaitForWindowActive(page.get()))
            qWarning("the page did not become the active window");
        return page;
    }

    std::int64_t addPlanThroughEditor(InsurancePage& page, const QString& payer, const QString& memberId)
    {
        DialogSeam::pushDriver(
            [&](QDialog& dialog) -> int { return fillAndAccept(dialog, payer, memberId, QStringLiteral("GRP-77")); });
        page.newAction()->trigger();
        if (DialogSeam::pendingDrivers() != 0)
            return 0;
        for (const InsurancePlan& plan : InsuranceRepository(m_vault->db()).list()) {
            if (plan.payer == payer)
                return plan.id;
        }
        return 0;
    }

private slots:
    void init()
    {
        m_vault = std::make_unique<TemporaryVault>();
        m_clipboard = new ClipboardGuard(this);
    }

    void cleanup()
    {
        delete m_clipboard;
        m_clipboard = nullptr;
        m_vault.reset();
        QCOMPARE(DialogSeam::pendingDrivers(), 0);
    }

    void emptyVaultShowsAHint()
    {
        auto page = makePage();
        QVERIFY(page->showsEmptyState());
        QVERIFY(page->cards().isEmpty());
        QVERIFY(!page->editAction()->isEnabled());
        QVERIFY(!page->deleteAction()->isEnabled());
        QVERIFY(page->newAction()->isEnabled());
    }

    void addsAPlanThroughTheEditorAndShowsItsCard()
    {
        auto page = makePage();
        const std::int64_t id = addPlanThroughEditor(*page, QStringLiteral("Acme Health"), QStringLiteral("XJ-4411"));
        QVERIFY(id > 0);
        const InsurancePlan stored = InsuranceRepository(m_vault->db()).get(id);
        QCOMPARE(stored.memberId, QStringLiteral("XJ-4411"));
        QCOMPARE(stored.groupNumber, QStringLiteral("GRP-77"));
        QCOMPARE(stored.planType, QStringLiteral("dental"));
        QCOMPARE(stored.payerPhone, QStringLiteral("+1 800 555 0100"));
        QCOMPARE(stored.effectiveFrom, QDate::currentDate().addYears(-1));

        QVERIFY(!page->showsEmptyState());
        QCOMPARE(page->cards().size(), 1);
        InsurancePlanCard* card = page->cardFor(id);
        QVERIFY(card);
        QCOMPARE(card->payerText(), QStringLiteral("Acme Health"));
        QCOMPARE(card->statusText(), InsurancePlan::statusLabel(InsurancePlan::Status::Active));
        QCOMPARE(page->selectedId(), id);
        QVERIFY(page->statusText().contains(QStringLiteral("added")));
    }

    void showsStatusOfEachPlan()
    {
        InsuranceRepository repository(m_vault->db());
        InsurancePlan expired;
        expired.payer = QStringLiteral("Old Mutual Krankenversicherungsgesellschaft auf Gegenseitigkeit");
        expired.effectiveFrom = QDate::currentDate().addYears(-3);
        expired.effectiveTo = QDate::currentDate().addYears(-1);
        const std::int64_t expiredId = repository.add(expired);
        InsurancePlan upcoming;
        upcoming.payer = QStringLiteral("Next Year Health");
        upcoming.effectiveFrom = QDate::currentDate().addMonths(2);
        const std::int64_t upcomingId = repository.add(upcoming);

        auto page = makePage();
        QCOMPARE(page->cards().size(), 2);
        QCOMPARE(page->cardFor(expiredId)->statusText(), InsurancePlan::statusLabel(InsurancePlan::Status::Expired));
        QCOMPARE(page->cardFor(upcomingId)->statusText(), InsurancePlan::statusLabel(InsurancePlan::Status::Upcoming));
        // Expired plans come last, as the model orders them.
        QCOMPARE(page->cards().last()->planId(), expiredId);
        // A plan without a member ID offers nothing to copy.
        QVERIFY(!page->cardFor(upcomingId)->copyMemberIdButton());
    }

    void copiesTheMemberIdAndTheGuardClearsIt()
    {
        auto page = makePage();
        const std::int64_t id = addPlanThroughEditor(*page, QStringLiteral("Acme Health"), QStringLiteral("XJ-4411"));
        QVERIFY(id > 0);
        m_clipboard->setClearDelayMs(200);
        QSignalSpy cleared(m_clipboard, &ClipboardGuard::cleared);

        QToolButton* copy = page->cardFor(id)->copyMemberIdButton();
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("XJ-4411"));
        QCOMPARE(QApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        QCOMPARE(page->statusText(), QStringLiteral("Copied — clears in 30 s"));

        QVERIFY(cleared.wait(5000));
        QVERIFY(QApplication::clipboard()->text().isEmpty());
        QCOMPARE(page->statusText(), QStringLiteral("Clipboard cleared."));

        // The keyboard shortcut copies the group number the same way.
        page->cardFor(id)->setFocus();
        page->findChild<QAction*>(QStringLiteral("copyGroupNumber"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("GRP-77"));
        QVERIFY(cleared.wait(5000));
        QVERIFY(QApplication::clipboard()->text().isEmpty());
    }

    void addsCardPhotosFromFilesAndShowsThem()
    {
        auto page = makePage();
        const std::int64_t id = addPlanThroughEditor(*page, QStringLiteral("Acme Health"), QStringLiteral("XJ-4411"));
        QVERIFY(id > 0);
        QTemporaryDir files;
        const QString png = writeImage(files.path(), QStringLiteral("front.png"), "PNG", Qt::darkCyan);
        const QString jpeg = writeImage(files.path(), QStringLiteral("back.jpg"), "JPEG", Qt::darkYellow);
        QVERIFY(!png.isEmpty());
        QVERIFY(!jpeg.isEmpty());
        QVERIFY(!page->cardFor(id)->thumbnailButton(InsuranceCardImage::Side::Front));

        FileDialogSeam::setNextFileName(png);
        page->findChild<QAction*>(QStringLiteral("setFrontPhoto"))->trigger();
        FileDialogSeam::setNextFileName(jpeg);
        page->findChild<QAction*>(QStringLiteral("setBackPhoto"))->trigger();

        InsuranceRepository repository(m_vault->db());
        const std::optional<InsuranceCardImage> front = repository.cardImage(id, InsuranceCardImage::Side::Front);
        QVERIFY(front);
        QCOMPARE(front->mediaType, QStringLiteral("image/png"));
        QCOMPARE(front->fileName, QStringLiteral("front.png"));
        QCOMPARE(repository.cardImage(id, InsuranceCardImage::Side::Back)->mediaType, QStringLiteral("image/jpeg"));

        InsurancePlanCard* card = page->cardFor(id);
        QToolButton* frontThumb = card->thumbnailButton(InsuranceCardImage::Side::Front);
        QVERIFY(frontThumb);
        QVERIFY(card->thumbnailButton(InsuranceCardImage::Side::Back));
        QVERIFY(!frontThumb->icon().isNull());
        QVERIFY(page->statusText().contains(QStringLiteral("back of the card")));

        // Clicking the thumbnail opens the viewer on that side; it zooms and switches sides.
        QStringList viewerSteps;
        DialogSeam::pushDriver([&](QDialog& dialog) -> int {
            auto& viewer = dynamic_cast<InsuranceCardViewer&>(dialog);
            QApplication::setActiveWindow(&viewer);
            if (viewer.shownSide() == InsuranceCardImage::Side::Front && viewer.fitsWindow()
                && !viewer.shownSize().isEmpty()) {
                viewerSteps << QStringLiteral("front fitted");
            }
            const double fitted = viewer.zoom();
            viewer.zoomIn();
            if (!viewer.fitsWindow() && viewer.zoom() > fitted)
                viewerSteps << QStringLiteral("zoomed");
            QTest::keyClick(&viewer, Qt::Key_2, Qt::ControlModifier);
            if (viewer.shownSide() == InsuranceCardImage::Side::Back)
                viewerSteps << QStringLiteral("back");
            viewer.setFitToWindow(true);
            if (viewer.shownSize().width() <= viewer.width())
                viewerSteps << QStringLiteral("fitted again");
            return QDialog::Rejected;
        });
        QTest::mouseClick(frontThumb, Qt::LeftButton);
        QCOMPARE(viewerSteps,
                 QStringList({QStringLiteral("front fitted"), QStringLiteral("zoomed"), QStringLiteral("back"),
                              QStringLiteral("fitted again")}));

        // Return on a focused thumbnail opens it as well.
        bool opened = false;
        DialogSeam::pushDriver([&](QDialog& dialog) -> int {
            opened = dynamic_cast<InsuranceCardViewer&>(dialog).shownSide() == InsuranceCardImage::Side::Back;
            return QDialog::Rejected;
        });
        QToolButton* backThumb = page->cardFor(id)->thumbnailButton(InsuranceCardImage::Side::Back);
        backThumb->setFocus();
        QTest::keyClick(backThumb, Qt::Key_Return);
        QVERIFY(opened);

        // Removing asks first.
        MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
        page->findChild<QAction*>(QStringLiteral("removeFrontPhoto"))->trigger();
        QVERIFY(!repository.cardImage(id, InsuranceCardImage::Side::Front));
        QVERIFY(!page->cardFor(id)->thumbnailButton(InsuranceCardImage::Side::Front));
        QVERIFY(page->cardFor(id)->thumbnailButton(InsuranceCardImage::Side::Back));
    }

    void refusesAFileThatIsNotAnImage()
    {
        auto page = makePage();
        const std::int64_t id = addPlanThroughEditor(*page, QStringLiteral("Acme Health"), QStringLiteral("XJ-4411"));
        QTemporaryDir files;
        const QString path = files.path() + QStringLiteral("/card-notes.txt");
        QFile text(path);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("This is not a picture of a card.\n");
        text.close();

        FileDialogSeam::setNextFileName(path);
        MessageBoxSeam::setNextAnswer(QMessageBox::Ok);
        page->findChild<QAction*>(QStringLiteral("setFrontPhoto"))->trigger();
        QVERIFY(MessageBoxSeam::lastText().contains(QStringLiteral("card-notes.txt")));
        QVERIFY(MessageBoxSeam::lastText().contains(QStringLiteral("not a JPEG or PNG")));
        QVERIFY(!InsuranceRepository(m_vault->db()).cardImage(id, InsuranceCardImage::Side::Front));
        QVERIFY(!page->cardFor(id)->thumbnailButton(InsuranceCardImage::Side::Front));

        // Too large: refused by its size, with the limit in the message.
        const QString huge = files.path() + QStringLiteral("/huge-scan.png");
        QFile big(huge);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(MediaFile::MaxBytes + 1));
        big.close();
        FileDialogSeam::setNextFileName(huge);
        MessageBoxSeam::setNextAnswer(QMessageBox::Ok);
        page->findChild<QAction*>(QStringLiteral("setBackPhoto"))->trigger();
        QVERIFY(MessageBoxSeam::lastText().contains(QStringLiteral("huge-scan.png")));
        QVERIFY(MessageBoxSeam::lastText().contains(QStringLiteral("at most 20 MiB")));
        QVERIFY(!InsuranceRepository(m_vault->db()).cardImage(id, InsuranceCardImage::Side::Back));
    }

    void deleteAsksHidesAndRestores()
    {
        auto page = makePage();
        const std::int64_t id = addPlanThroughEditor(*page, QStringLiteral("Acme Health"), QStringLiteral("XJ-4411"));
        QVERIFY(id > 0);
        page->cardFor(id)->setFocus();

        MessageBoxSeam::setNextAnswer(QMessageBox::No);
        QTest::keyClick(page->cardFor(id), Qt::Key_Delete);
        QVERIFY(MessageBoxSeam::lastText().contains(QStringLiteral("Acme Health")));
        QVERIFY(page->cardFor(id));

        MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
        page->deleteAction()->trigger();
        QVERIFY(!page->cardFor(id));
        QVERIFY(page->showsEmptyState());
        InsuranceRepository repository(m_vault->db());
        QVERIFY(repository.list().empty());
        QCOMPARE(repository.listDeleted().size(), std::size_t(1));

        DialogSeam::pushDriver([](QDialog& dialog) -> int {
            auto& restore = dynamic_cast<PeopleRestoreDialog&>(dialog);
            restore.selectRow(0);
            return restore.selectedId() > 0 ? QDialog::Accepted : QDialog::Rejected;
        });
        page->findChild<QAction*>(QStringLiteral("deletedPlans"))->trigger();
        QVERIFY(page->cardFor(id));
        QCOMPARE(repository.list().size(), std::size_t(1));
    }

    void editsByKeyboardAndShowsTheHistory()
    {
        auto page = makePage();
        const std::int64_t id = addPlanThroughEditor(*page, QStringLiteral("Acme Health"), QStringLiteral("XJ-4411"));
        QVERIFY(id > 0);
        page->cardFor(id)->setFocus();

        DialogSeam::pushDriver([](QDialog& dialog) -> int {
            auto& editor = dynamic_cast<InsurancePlanEditorDialog&>(dialog);
            editor.memberIdEdit()->clear();
            QTest::keyClicks(editor.memberIdEdit(), QStringLiteral("XJ-9999"));
            // A wrong phone number is shown where it is typed and blocks OK.
            editor.payerPhoneEdit()->setText(QStringLiteral("call me maybe"));
            if (editor.buttons()->button(QDialogButtonBox::Ok)->isEnabled() || editor.problem().isEmpty())
                return QDialog::Rejected;
            editor.payerPhoneEdit()->setText(QStringLiteral("+1 800 555 0199"));
            QTest::mouseClick(editor.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            return dialog.result();
        });
        QTest::keyClick(page->cardFor(id), Qt::Key_Return);
        QCOMPARE(DialogSeam::pendingDrivers(), 0);
        QCOMPARE(InsuranceRepository(m_vault->db()).get(id).memberId, QStringLiteral("XJ-9999"));
        QCOMPARE(InsuranceRepository(m_vault->db()).get(id).payerPhone, QStringLiteral("+1 800 555 0199"));

        int versions = 0;
        DialogSeam::pushDriver([&](QDialog& dialog) -> int {
            versions = dynamic_cast<RecordHistoryDialog&>(dialog).versionCount();
            return QDialog::Rejected;
        });
        page->historyAction()->trigger();
        QCOMPARE(versions, 2);
    }
};

QTEST_MAIN(TestInsurancePage)
#include "TestInsurancePage.moc"
