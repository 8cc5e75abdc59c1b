#include "DialogSeams.h"
#include "JournalAttachmentPreviewDialog.h"
#include "DialogSeams.h"
#include "JournalEntryDelegate.h"
#include "JournalEntryEditorDialog.h"
#include "JournalEntryView.h"
#include "JournalListModel.h"
#include "JournalMarkdownView.h"
#include "JournalPage.h"
#include "JournalSearchModel.h"
#include "PeopleRestoreDialog.h"
#include "RecordHistoryDialog.h"
#include "TemporaryVault.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

QAction* action(QWidget& page, const char* name)
{
    auto* found = page.findChild<QAction*>(QLatin1String(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

template <typename T> T* child(QObject& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

JournalEntry entry(const QString& title, const QString& body, const QDateTime& at, const QStringList& tags = {},
                   std::optional<int> mood = std::nullopt)
{
    JournalEntry e;
    e.title = title;
    e.body = body;
    e.occurredAt = at;
    e.tags = tags;
    e.mood = mood;
    return e;
}

QString writePng(const QTemporaryDir& dir, const QString& name)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(40, 120, 200));
    const QString path = dir.filePath(name);
    if (!image.save(path, "PNG"))
        qFatal("cannot write png");
    return path;
}

QString writePdf(const QTemporaryDir& dir, const QString& name, int pages)
{
    const QString path = dir.filePath(name);
    QPdfWriter writer(path);
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.drawText(100, 100, QStringLiteral("Lab report page %1").arg(page + 1));
    }
    painter.end();
    return path;
}

// Fills the editor in as a person would and presses Save.
DialogSeam::Driver fillEditor(const QString& title, const QString& body, const QString& tags, int moodIndex,
                                     bool* reached)
{
    return [=](QDialog& dialog) {
        auto* editor = qobject_cast<JournalEntryEditorDialog*>(&dialog);
        if (!editor)
            return int(QDialog::Rejected);
        *reached = true;
        auto* titleField = child<QLineEdit>(dialog, "journalTitle");
        titleField->selectAll();
        QTest::keyClicks(titleField, title);
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "journalBody"), body);
        auto* tagField = child<QLineEdit>(dialog, "journalTags");
        tagField->clear();
        QTest::keyClicks(tagField, tags);
        child<QComboBox>(dialog, "journalMood")->setCurrentIndex(moodIndex);
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "journalEditorButtons")->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        return dialog.result();
    };
}

} // namespace

class TestJournalPage : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_vault = std::make_unique<TemporaryVault>();
        QVERIFY(m_dir.isValid());
    }
    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        m_vault.reset();
        QCOMPARE(DialogSeam::pendingDrivers(), 0);
    }

    void emptyVaultShowsHint()
    {
        openPage();
        QVERIFY(m_page->listHintText().contains(QStringLiteral("No entries yet")));
        QVERIFY(m_page->listHintText().contains(QStringLiteral("Ctrl+N")));
        QVERIFY(!action(*m_page, "editJournalEntry")->isEnabled());
        QVERIFY(!action(*m_page, "deleteJournalEntry")->isEnabled());
        QVERIFY(!m_page->tagFilter()->isEnabled());
    }

    void newEntryThroughEditorAppearsAtTop()
    {
        JournalRepository repo(m_vault->db());
        repo.add(entry(QStringLiteral("Older day"), QStringLiteral("nothing much"),
                       QDateTime::currentDateTimeUtc().addDays(-3), {QStringLiteral("sleep")}));
        openPage();
        bool reached = false;
        DialogSeam::pushDriver(fillEditor(QStringLiteral("Migraine at work"),
                                                 QStringLiteral("Started **after lunch**."),
                                                 QStringLiteral("migraine, Work"), 2, &reached));
        action(*m_page, "newJournalEntry")->trigger();
        QVERIFY(reached);
        QCOMPARE(m_page->listModel()->rowCount(), 2);
        const QModelIndex top = m_page->listModel()->index(0);
        QCOMPARE(top.data(JournalListModel::TitleRole).toString(), QStringLiteral("Migraine at work"));
        QCOMPARE(m_page->selectedEntryId(), m_page->listModel()->idAt(0));
        const JournalEntry stored = repo.get(m_page->listModel()->idAt(0));
        QCOMPARE(stored.body, QStringLiteral("Started **after lunch**."));
        QCOMPARE(stored.tags, (QStringList {QStringLiteral("migraine"), QStringLiteral("work")}));
        QCOMPARE(stored.mood, std::optional<int>(2));
        // The detail shows the Markdown rendered, not its markers.
        QCOMPARE(m_page->entryView()->titleText(), QStringLiteral("Migraine at work"));
        QVERIFY(m_page->entryView()->bodyText().contains(QStringLiteral("Started after lunch.")));
        QVERIFY(m_page->entryView()->detailsText().contains(QStringLiteral("#migraine #work")));
        // The tag filter learnt the new tags with their counts.
        QVERIFY(m_page->tagFilter()->findText(QStringLiteral("#migraine (1)")) > 0);
    }

    void editorRefusesEmptyTitle()
    {
        openPage();
        bool saveEnabled = true;
        DialogSeam::pushDriver([&](QDialog& dialog) {
            auto* save = child<QDialogButtonBox>(dialog, "journalEditorButtons")->button(QDialogButtonBox::Save);
            QTest::keyClicks(child<QLineEdit>(dialog, "journalTitle"), QStringLiteral("   "));
            saveEnabled = save->isEnabled();
            static_cast<JournalEntryEditorDialog&>(dialog).accept(); // Enter in a field: still refused
            return dialog.result();
        });
        action(*m_page, "newJournalEntry")->trigger();
        QVERIFY(!saveEnabled);
        QCOMPARE(JournalRepository(m_vault->db()).count(), 0);
    }

    void editorCompletesTagsAndPreviewsMarkdown()
    {
        JournalEntry fresh;
        fresh.occurredAt = QDateTime::currentDateTimeUtc();
        JournalEntryEditorDialog editor(fresh, {QStringLiteral("migraine"), QStringLiteral("sleep")});
        editor.show();
        auto* tags = child<QLineEdit>(editor, "journalTags");
        QTest::keyClicks(tags, QStringLiteral("sleep, mi"));
        QCompleter* completer = tags->completer();
        QVERIFY(completer);
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->currentIndex().data().toString(), QStringLiteral("migraine"));
        // Taking the completion keeps the tags typed before it.
        QCOMPARE(completer->currentCompletion(), QStringLiteral("sleep, migraine"));

        QVERIFY(editor.isPreviewShown());
        QTest::keyClicks(child<QPlainTextEdit>(editor, "journalBody"), QStringLiteral("**Strong** pain"));
        QTRY_COMPARE(editor.previewText().trimmed(), QStringLiteral("Strong pain"));
        QCOMPARE(editor.entry().body, QStringLiteral("**Strong** pain"));
    }

    void tooLargeFileIsRefusedWithWarning()
    {
        JournalRepository repo(m_vault->db());
        const std::int64_t id
            = repo.add(entry(QStringLiteral("Scan"), QStringLiteral("x"), QDateTime::currentDateTimeUtc()));
        openPage();
        QFile big(m_dir.filePath(QStringLiteral("huge-scan.pdf")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write("%PDF-1.4\n");
        big.write(QByteArray(21 * 1024 * 1024, ' '));
        big.close();
        FileDialogSeam::setNextFileName(big.fileName());
        MessageBoxSeam::setNextAnswer(QMessageBox::Ok);
        action(*m_page, "attachJournalFile")->trigger();
        QVERIFY2(MessageBoxSeam::lastText().contains(QStringLiteral("at most 20 MiB")),
                 qPrintable(MessageBoxSeam::lastText()));
        QCOMPARE(repo.attachments(id).size(), std::size_t(0));
    }

    void lockingWhileEditorIsOpenLeavesNothingBehind()
    {
        openPage();
        QPointer<QDialog> editor;
        DialogSeam::pushDriver([&](QDialog& dialog) {
            editor = &dialog;
            QTest::keyClicks(child<QLineEdit>(dialog, "journalTitle"), QStringLiteral("Half written"));
            m_tester.reset();
            m_page.reset(); // what locking does to the main window and everything under it
            return int(QDialog::Rejected);
        });
        JournalPage* page = m_page.get();
        page->newEntry();
        QVERIFY(!m_page);
        QVERIFY(!editor);
        QCOMPARE(JournalRepository(m_vault->db()).count(), 0);
    }

    void searchAsYouTypeShowsHighlightedSnippet()
    {
        JournalRepository repo(m_vault->db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        repo.add(entry(QStringLiteral("Bad night"), QStringLiteral("Woke at 3 with a throbbing headache & nausea"),
                       now.addDays(-2)));
        repo.add(entry(QStringLiteral("Knee"), QStringLiteral("Pain after running"), now.addDays(-1)));
        openPage();
        QCOMPARE(m_page->listModel()->rowCount(), 2);
        QAbstractItemModelTester searchTester(m_page->searchModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keyClicks(m_page->searchField(), QStringLiteral("headache"));
        // Nothing happens while the person is still typing.
        QCOMPARE(m_page->shownModel()->rowCount(), 2);
        QTRY_COMPARE(m_page->shownModel()->rowCount(), 1);
        QCOMPARE(m_page->shownModel(), static_cast<QAbstractItemModel*>(m_page->searchModel()));
        const QModelIndex hit = m_page->shownModel()->index(0, 0);
        QCOMPARE(hit.data(JournalListModel::TitleRole).toString(), QStringLiteral("Bad night"));
        const QString snippet = hit.data(JournalListModel::SnippetRole).toString();
        QVERIFY2(snippet.contains(QStringLiteral("<b>headache</b>")), qPrintable(snippet));
        QVERIFY2(snippet.contains(QStringLiteral("&amp;")), qPrintable(snippet)); // the entry's text stays text
        QVERIFY(m_page->delegate()->snippetIsHtml());
        QCOMPARE(m_page->entryView()->titleText(), QStringLiteral("Bad night"));
        QVERIFY(m_page->countText().contains(QStringLiteral("1")));

        m_page->searchField()->selectAll();
        QTest::keyClicks(m_page->searchField(), QStringLiteral("zebra"));
        QTRY_VERIFY(m_page->listHintText().contains(QStringLiteral("No entries match “zebra”")));
        QCOMPARE(m_page->shownModel()->rowCount(), 0);
        QVERIFY(!action(*m_page, "editJournalEntry")->isEnabled());
        QVERIFY(m_page->entryView()->titleText().isEmpty());

        // Ctrl+F goes back to the search field; clearing it shows everything again, newest first.
        m_page->listView()->setFocus();
        action(*m_page, "findInJournal")->trigger();
        QVERIFY(m_page->searchField()->hasFocus());
        m_page->searchField()->clear();
        QTRY_COMPARE(m_page->shownModel(), static_cast<QAbstractItemModel*>(m_page->listModel()));
        QCOMPARE(m_page->listModel()->rowCount(), 2);
        QVERIFY(!m_page->delegate()->snippetIsHtml());
        QCOMPARE(m_page->listModel()->index(0).data(JournalListModel::TitleRole).toString(), QStringLiteral("Knee"));
    }

    void tagFilterNarrowsTheList()
    {
        JournalRepository repo(m_vault->db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        repo.add(entry(QStringLiteral("A"), QStringLiteral("a"), now.addDays(-3), {QStringLiteral("sleep")}));
        repo.add(entry(QStringLiteral("B"), QStringLiteral("b"), now.addDays(-2),
                       {QStringLiteral("sleep"), QStringLiteral("migraine")}));
        repo.add(entry(QStringLiteral("C"), QStringLiteral("c"), now.addDays(-1), {QStringLiteral("knee")}));
        openPage();
        QComboBox* tags = m_page->tagFilter();
        QVERIFY(tags->isEnabled());
        const int sleep = tags->findData(QStringLiteral("sleep"));
        QVERIFY(sleep > 0);
        QCOMPARE(tags->itemText(sleep), QStringLiteral("#sleep (2)"));
        tags->setCurrentIndex(sleep);
        QCOMPARE(m_page->listModel()->rowCount(), 2);
        QCOMPARE(m_page->listModel()->index(0).data(JournalListModel::TitleRole).toString(), QStringLiteral("B"));
        QCOMPARE(m_page->listModel()->index(1).data(JournalListModel::TitleRole).toString(), QStringLiteral("A"));
        // Tag and words together.
        QTest::keyClicks(m_page->searchField(), QStringLiteral("knee"));
        QTRY_VERIFY(m_page->listHintText().contains(QStringLiteral("#sleep")));
        m_page->searchField()->clear();
        m_page->applyFilter();
        tags->setCurrentIndex(0);
        QCOMPARE(m_page->listModel()->rowCount(), 3);
    }

    void attachingPngShowsThumbnailAndPreview()
    {
        JournalRepository repo(m_vault->db());
        const std::int64_t id
            = repo.add(entry(QStringLiteral("Rash"), QStringLiteral("red spots"), QDateTime::currentDateTimeUtc()));
        openPage();
        QCOMPARE(m_page->selectedEntryId(), id);
        FileDialogSeam::setNextFileName(writePng(m_dir, QStringLiteral("rash.png")));
        action(*m_page, "attachJournalFile")->trigger();
        QCOMPARE(repo.attachments(id).size(), std::size_t(1));
        QListWidget* list = m_page->entryView()->attachmentList();
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("rash.png")));
        QVERIFY(!list->item(0)->icon().isNull());
        QCOMPARE(m_page->listModel()->index(0).data(JournalListModel::AttachmentCountRole).toInt(), 1);
        QVERIFY(action(*m_page, "previewJournalAttachment")->isEnabled());

        QSize shown;
        DialogSeam::pushDriver([&](QDialog& dialog) {
            if (auto* preview = qobject_cast<JournalAttachmentPreviewDialog*>(&dialog))
                shown = preview->shownImage().size();
            return int(QDialog::Rejected);
        });
        action(*m_page, "previewJournalAttachment")->trigger();
        QVERIFY(shown.isValid());
        QCOMPARE(shown.width() * 48, shown.height() * 64); // aspect kept
    }

    void pdfPreviewPagesThrough()
    {
        JournalRepository repo(m_vault->db());
        const std::int64_t id
            = repo.add(entry(QStringLiteral("Lab"), QStringLiteral("results"), QDateTime::currentDateTimeUtc()));
        openPage();
        FileDialogSeam::setNextFileName(writePdf(m_dir, QStringLiteral("lab.pdf"), 2));
        action(*m_page, "attachJournalFile")->trigger();
        QCOMPARE(repo.attachments(id).size(), std::size_t(1));
        int pages = 0;
        bool secondShown = false;
        DialogSeam::pushDriver([&](QDialog& dialog) {
            auto* preview = qobject_cast<JournalAttachmentPreviewDialog*>(&dialog);
            if (!preview)
                return int(QDialog::Rejected);
            pages = preview->pageCount();
            preview->showPage(1);
            secondShown = preview->currentPage() == 1 && !preview->shownImage().isNull();
            return int(QDialog::Rejected);
        });
        emit m_page->entryView()->attachmentList()->itemActivated(m_page->entryView()->attachmentList()->item(0));
        QCOMPARE(pages, 2);
        QVERIFY(secondShown);
    }

    void nonImageFileIsRefusedWithWarning()
    {
        JournalRepository repo(m_vault->db());
        const std::int64_t id
            = repo.add(entry(QStringLiteral("Notes"), QStringLiteral("x"), QDateTime::currentDateTimeUtc()));
        openPage();
        QFile text(m_dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("just some text, not an image");
        text.close();
        FileDialogSeam::setNextFileName(text.fileName());
        MessageBoxSeam::setNextAnswer(QMessageBox::Ok);
        action(*m_page, "attachJournalFile")->trigger();
        QVERIFY2(MessageBoxSeam::lastText().contains(QStringLiteral("notes.txt is not a JPEG, PNG or PDF")),
                 qPrintable(MessageBoxSeam::lastText()));
        QCOMPARE(repo.attachments(id).size(), std::size_t(0));
    }

    void editorAddsAndRemovesAttachments()
    {
        JournalRepository repo(m_vault->db());
        const std::int64_t id
            = repo.add(entry(QStringLiteral("Scan"), QStringLiteral("x"), QDateTime::currentDateTimeUtc()));
        openPage();
        const QString png = writePng(m_dir, QStringLiteral("scan.png"));
        const QString bad = m_dir.filePath(QStringLiteral("bad.bin"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(QByteArray(100, '\x01'));
        badFile.close();
        int listed = -1;
        DialogSeam::pushDriver([&](QDialog& dialog) {
            FileDialogSeam::setNextFileName(bad);
            MessageBoxSeam::setNextAnswer(QMessageBox::Ok);
            QTest::mouseClick(child<QPushButton>(dialog, "journalAddAttachment"), Qt::LeftButton);
            FileDialogSeam::setNextFileName(png);
            QTest::mouseClick(child<QPushButton>(dialog, "journalAddAttachment"), Qt::LeftButton);
            listed = child<QListWidget>(dialog, "journalEditorAttachments")->count();
            QTest::mouseClick(child<QDialogButtonBox>(dialog, "journalEditorButtons")->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
            return dialog.result();
        });
        action(*m_page, "editJournalEntry")->trigger();
        QCOMPARE(listed, 1);
        QVERIFY(MessageBoxSeam::lastText().contains(QStringLiteral("bad.bin")));
        QCOMPARE(repo.attachments(id).size(), std::size_t(1));
        QCOMPARE(m_page->entryView()->attachmentList()->count(), 1);

        DialogSeam::pushDriver([&](QDialog& dialog) {
            auto* list = child<QListWidget>(dialog, "journalEditorAttachments");
            list->setCurrentRow(0);
            QTest::mouseClick(child<QPushButton>(dialog, "journalRemoveAttachment"), Qt::LeftButton);
            listed = list->count();
            QTest::mouseClick(child<QDialogButtonBox>(dialog, "journalEditorButtons")->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
            return dialog.result();
        });
        action(*m_page, "editJournalEntry")->trigger();
        QCOMPARE(listed, 0);
        QCOMPARE(repo.attachments(id).size(), std::size_t(0));
        QVERIFY(m_page->entryView()->attachmentList()->isHidden());
    }

    void exportWritesPrivateCopy()
    {
        JournalRepository repo(m_vault->db());
        const std::int64_t id
            = repo.add(entry(QStringLiteral("Card"), QStringLiteral("x"), QDateTime::currentDateTimeUtc()));
        const QString png = writePng(m_dir, QStringLiteral("card.png"));
        QFile source(png);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const std::int64_t attachment = repo.addAttachment(id, QStringLiteral("card.png"), source.readAll());
        openPage();
        const QString target = m_dir.filePath(QStringLiteral("exported.png"));
        FileDialogSeam::setNextFileName(target);
        action(*m_page, "exportJournalAttachment")->trigger();
        QFile exported(target);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll(), repo.attachmentBytes(attachment));
        QCOMPARE(
            exported.permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions());
    }

    void deleteAsksThenHidesAndUndoRestores()
    {
        JournalRepository repo(m_vault->db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        repo.add(entry(QStringLiteral("Keep"), QStringLiteral("k"), now.addDays(-1)));
        const std::int64_t id = repo.add(entry(QStringLiteral("Remove me"), QStringLiteral("r"), now));
        openPage();
        QCOMPARE(m_page->selectedEntryId(), id);
        MessageBoxSeam::setNextAnswer(QMessageBox::No);
        action(*m_page, "deleteJournalEntry")->trigger();
        QVERIFY(MessageBoxSeam::lastText().contains(QStringLiteral("Remove me")));
        QCOMPARE(m_page->listModel()->rowCount(), 2);

        MessageBoxSeam::setNextAnswer(QMessageBox::Yes);
        action(*m_page, "deleteJournalEntry")->trigger();
        QCOMPARE(m_page->listModel()->rowCount(), 1);
        QCOMPARE(m_page->listModel()->index(0).data(JournalListModel::TitleRole).toString(), QStringLiteral("Keep"));
        QVERIFY(repo.get(id, true).deleted); // soft
        QVERIFY(action(*m_page, "undoDeleteJournalEntry")->isEnabled());

        action(*m_page, "undoDeleteJournalEntry")->trigger();
        QCOMPARE(m_page->listModel()->rowCount(), 2);
        QCOMPARE(m_page->selectedEntryId(), id);
        QVERIFY(!action(*m_page, "undoDeleteJournalEntry")->isEnabled());
    }

    void deletedEntriesCanBeRestoredAfterUndoIsGone()
    {
        JournalRepository repo(m_vault->db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        repo.add(entry(QStringLiteral("Still here"), QStringLiteral("s"), now.addDays(-2)));
        const std::int64_t older = repo.add(entry(QStringLiteral("Deleted last week"), QStringLiteral("o"), now));
        repo.softDelete(older); // in an earlier session: Undo cannot reach it
        openPage();
        QCOMPARE(m_page->listModel()->rowCount(), 1);
        QVERIFY(!action(*m_page, "undoDeleteJournalEntry")->isEnabled());

        QStringList shown;
        DialogSeam::pushDriver([&shown](QDialog& dialog) -> int {
            auto& restore = dynamic_cast<PeopleRestoreDialog&>(dialog);
            for (int row = 0; row < restore.list()->count(); ++row)
                shown << restore.list()->item(row)->text();
            restore.selectRow(0);
            return restore.selectedId() > 0 ? QDialog::Accepted : QDialog::Rejected;
        });
        action(*m_page, "showDeletedJournalEntries")->trigger();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().contains(QStringLiteral("Deleted last week")));
        QCOMPARE(m_page->listModel()->rowCount(), 2);
        QCOMPARE(m_page->selectedEntryId(), older);
        QVERIFY(!repo.get(older).deleted);
        QVERIFY(repo.listDeleted().empty());
    }

    void historyListsVersionsAfterEdit()
    {
        JournalRepository repo(m_vault->db());
        repo.add(entry(QStringLiteral("First title"), QStringLiteral("body"), QDateTime::currentDateTimeUtc()));
        openPage();
        bool reached = false;
        DialogSeam::pushDriver(
            fillEditor(QStringLiteral("Second title"), QStringLiteral(" more"), QStringLiteral("x"), 0, &reached));
        m_page->listView()->setFocus();
        QTest::keyClick(m_page->listView(), Qt::Key_F2);
        QVERIFY(reached);
        QCOMPARE(m_page->listModel()->index(0).data(JournalListModel::TitleRole).toString(),
                 QStringLiteral("Second title"));
        int versions = 0;
        QString shown;
        DialogSeam::pushDriver([&](QDialog& dialog) {
            if (auto* history = qobject_cast<RecordHistoryDialog*>(&dialog)) {
                versions = history->versionCount();
                shown = history->shownText();
            }
            return int(QDialog::Rejected);
        });
        action(*m_page, "journalEntryHistory")->trigger();
        QCOMPARE(versions, 2);
        QVERIFY2(shown.contains(QStringLiteral("Second title")), qPrintable(shown));
    }

    void markdownIsShownWithoutFetchingAnything()
    {
        JournalRepository repo(m_vault->db());
        repo.add(entry(QStringLiteral("Links"),
                       QStringLiteral("# Heading\n\nSee <b>raw</b> and ![pixel](https://tracker.example/p.png)\n"
                                      "[site](https://example.com)"),
                       QDateTime::currentDateTimeUtc()));
        openPage();
        const QString text = m_page->entryView()->bodyText();
        QVERIFY2(text.contains(QStringLiteral("Heading")) && !text.contains(QStringLiteral("# Heading")),
                 qPrintable(text));
        QVERIFY(m_page->entryView()->bodyView()->refusedResources() > 0);
        QVERIFY(!m_page->entryView()->bodyView()->openLinks());
        QVERIFY(!m_page->entryView()->bodyView()->openExternalLinks());
    }

    void thousandEntriesLoadOnlyAPage()
    {
        JournalRepository repo(m_vault->db());
        std::vector<JournalEntry> entries;
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1000);
        for (int i = 0; i < 1000; ++i)
            entries.push_back(entry(QStringLiteral("Day %1").arg(i), QStringLiteral("Entry number %1").arg(i),
                                    start.addDays(i), {i % 2 ? QStringLiteral("odd") : QStringLiteral("even")}));
        repo.addBatch(entries);
        openPage();
        QCOMPARE(m_page->listModel()->count(), 1000);
        QVERIFY2(m_page->listModel()->rowCount() < 1000, qPrintable(QString::number(m_page->listModel()->rowCount())));
        QCOMPARE(m_page->listModel()->index(0).data(JournalListModel::TitleRole).toString(), QStringLiteral("Day 999"));
        QCOMPARE(m_page->tagFilter()->itemText(m_page->tagFilter()->findData(QStringLiteral("odd"))),
                 QStringLiteral("#odd (500)"));
        // Scrolling to the end reads the next page.
        const int before = m_page->listModel()->rowCount();
        m_page->listView()->scrollToBottom();
        QTRY_VERIFY(m_page->listModel()->rowCount() > before);
    }

private:
    void openPage()
    {
        m_page = std::make_unique<JournalPage>(m_vault->vault(), nullptr);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_page->listModel(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->reload();
    }

    std::unique_ptr<TemporaryVault> m_vault;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<JournalPage> m_page;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestJournalPage)
#include "TestJournalPage.moc"
