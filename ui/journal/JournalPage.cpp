#include "JournalPage.h"

#include "DialogSeams.h"
#include "JournalAttachmentFiles.h"
#include "JournalAttachmentPreviewDialog.h"
#include "DialogSeams.h"
#include "JournalEntryDelegate.h"
#include "JournalEntryEditorDialog.h"
#include "JournalEntryView.h"
#include "JournalListModel.h"
#include "JournalSearchModel.h"
#include "JournalSearchQuery.h"
#include "PeopleRestoreDialog.h"
#include "RecordError.h"
#include "RecordHistoryDialog.h"
#include "Vault.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>

namespace carnet {

JournalPage::JournalPage(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_repository(vault.database())
    , m_search(new QLineEdit(this))
    , m_tagFilter(new QComboBox(this))
    , m_countLabel(new QLabel(this))
    , m_listStack(new QStackedWidget(this))
    , m_listHint(new QLabel(this))
    , m_listModel(new JournalListModel(m_repository, this))
    , m_searchModel(new JournalSearchModel(m_repository, this))
    , m_delegate(new JournalEntryDelegate(this))
    , m_listView(new QListView(this))
    , m_entryView(new JournalEntryView(m_repository, this))
    , m_searchTimer(new QTimer(this))
{
    setAccessibleName(tr("Journal"));
    m_listModel->setHighlight(JournalRepository::Highlight::html());
    m_searchModel->setHighlight(JournalRepository::Highlight::html());
    auto* title = new QLabel(tr("<h2>Journal</h2>"), this);
    auto* toolbar = new QToolBar(tr("Journal actions"), this);
    toolbar->setAccessibleName(tr("Journal actions"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createActions();
    for (QAction* action : {m_newAction, m_editAction, m_deleteAction, m_undoDeleteAction, m_showDeletedAction,
                            m_historyAction, m_attachAction, m_previewAction, m_exportAction}) {
        toolbar->addAction(action);
        if (action == m_showDeletedAction || action == m_historyAction)
            toolbar->addSeparator();
    }

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createListArea());
    splitter->addWidget(m_entryView);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    // Shares, not pixels: the splitter scales them to its width.
    splitter->setSizes({2000, 3000});
    m_entryView->setMinimumWidth(fontMetrics().averageCharWidth() * 30);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(toolbar, 1);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &JournalPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, &JournalPage::applyFilter);
    for (QAbstractItemModel* model :
         {static_cast<QAbstractItemModel*>(m_listModel), static_cast<QAbstractItemModel*>(m_searchModel)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &JournalPage::updateListState);
        connect(model, &QAbstractItemModel::rowsInserted, this, &JournalPage::updateListState);
    }
    showModel(m_listModel);
    connect(m_listView, &QListView::doubleClicked, this, &JournalPage::editEntry);
    connect(m_entryView, &JournalEntryView::attachmentActivated, this, &JournalPage::previewAttachment);
    connect(m_entryView->attachmentList(), &QListWidget::currentRowChanged, this, &JournalPage::updateActions);
    reloadTags();
    updateListState();
    // Open on the newest entry rather than an empty reading pane.
    selectFirstUnless(0);
}

JournalPage::~JournalPage() = default;

QAction* JournalPage::addPageAction(const QString& objectName, const QString& text, const QString& toolTip,
                                    const QList<QKeySequence>& shortcuts, Qt::ShortcutContext context,
                                    void (JournalPage::*slot)())
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(context);
    action->setToolTip(shortcuts.isEmpty()
                           ? toolTip
                           : tr("%1 (%2)").arg(toolTip, shortcuts.first().toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void JournalPage::createActions()
{
    m_newAction = addPageAction(QStringLiteral("newJournalEntry"), tr("&New entry"), tr("Write a new journal entry"),
                                {QKeySequence::New}, Qt::WidgetWithChildrenShortcut, &JournalPage::newEntry);
    m_editAction = addPageAction(QStringLiteral("editJournalEntry"), tr("&Edit…"), tr("Edit the selected entry"),
                                 {QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                                 Qt::WidgetShortcut, &JournalPage::editEntry);
    m_deleteAction = addPageAction(QStringLiteral("deleteJournalEntry"), tr("&Delete"),
                                   tr("Delete the selected entry (Undo brings it back)"), {QKeySequence::Delete},
                                   Qt::WidgetShortcut, &JournalPage::deleteEntry);
    m_undoDeleteAction = addPageAction(QStringLiteral("undoDeleteJournalEntry"), tr("&Undo delete"),
                                       tr("Restore the entry deleted last"), {QKeySequence::Undo},
                                       Qt::WidgetWithChildrenShortcut, &JournalPage::undoDelete);
    m_showDeletedAction = addPageAction(QStringLiteral("showDeletedJournalEntries"), tr("De&leted entries…"),
                                        tr("Show the deleted entries and restore one"), {},
                                        Qt::WidgetWithChildrenShortcut, &JournalPage::showDeleted);
    m_historyAction = addPageAction(QStringLiteral("journalEntryHistory"), tr("&History…"),
                                    tr("Every version of the selected entry"), {QKeySequence(Qt::CTRL | Qt::Key_H)},
                                    Qt::WidgetWithChildrenShortcut, &JournalPage::showHistory);
    m_attachAction = addPageAction(QStringLiteral("attachJournalFile"), tr("&Attach file…"),
                                   tr("Attach a JPEG, PNG or PDF file to the selected entry"),
                                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}, Qt::WidgetWithChildrenShortcut,
                                   &JournalPage::attachFile);
    m_previewAction
        = addPageAction(QStringLiteral("previewJournalAttachment"), tr("&Preview"), tr("Show the selected attachment"),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}, Qt::WidgetWithChildrenShortcut,
                        &JournalPage::previewAttachment);
    m_exportAction
        = addPageAction(QStringLiteral("exportJournalAttachment"), tr("E&xport attachment…"),
                        tr("Save a copy of the selected attachment"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
                        Qt::WidgetWithChildrenShortcut, &JournalPage::exportAttachment);
    m_findAction = addPageAction(QStringLiteral("findInJournal"), tr("&Search"), tr("Search the journal"),
                                 {QKeySequence::Find}, Qt::WidgetWithChildrenShortcut, &JournalPage::focusSearch);
    // Page-wide shortcuts need the page among the action's widgets; Edit and Delete act only in the list, so that
    // Return or Del while typing a search never edits or deletes an entry.
    for (QAction* action : {m_newAction, m_undoDeleteAction, m_historyAction, m_attachAction, m_previewAction,
                            m_exportAction, m_findAction})
        addAction(action);
    for (QAction* action : {m_newAction, m_editAction, m_deleteAction, m_historyAction, m_attachAction})
        m_listView->addAction(action);
    m_listView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_entryView->attachmentList()->addAction(m_previewAction);
    m_entryView->attachmentList()->addAction(m_exportAction);
    m_entryView->attachmentList()->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QWidget* JournalPage::createListArea()
{
    auto* box = new QWidget(this);
    m_search->setObjectName(QStringLiteral("journalSearch"));
    m_search->setAccessibleName(tr("Search the journal"));
    m_search->setPlaceholderText(tr("Search titles, text and tags (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Words to look for; results show as you type, best matches first"));
    auto* searchLabel = new QLabel(tr("S&earch:"), box);
    searchLabel->setBuddy(m_search);
    m_tagFilter->setObjectName(QStringLiteral("journalTagFilter"));
    m_tagFilter->setAccessibleName(tr("Show entries with tag"));
    m_tagFilter->setToolTip(tr("Show only entries with this tag"));
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tagFilter->setMinimumContentsLength(12);
    auto* tagLabel = new QLabel(tr("&Tag:"), box);
    tagLabel->setBuddy(m_tagFilter);
    m_countLabel->setObjectName(QStringLiteral("journalCount"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);

    m_listView->setObjectName(QStringLiteral("journalList"));
    m_listView->setAccessibleName(tr("Journal entries"));
    m_listView->setItemDelegate(m_delegate);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setUniformItemSizes(true);
    m_listView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_listView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_listHint->setObjectName(QStringLiteral("journalListHint"));
    m_listHint->setAlignment(Qt::AlignCenter);
    m_listHint->setWordWrap(true);
    m_listHint->setTextFormat(Qt::PlainText);
    m_listHint->setMargin(fontMetrics().height());
    m_listHint->setForegroundRole(QPalette::PlaceholderText);
    m_listStack->addWidget(m_listView);
    m_listStack->addWidget(m_listHint);

    // Stacked rather than side by side, so the search field keeps its width in a narrow window.
    auto* filters = new QGridLayout;
    filters->addWidget(searchLabel, 0, 0);
    filters->addWidget(m_search, 0, 1);
    filters->addWidget(tagLabel, 1, 0);
    filters->addWidget(m_tagFilter, 1, 1);
    filters->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_listStack, 1);
    setTabOrder(m_search, m_tagFilter);
    setTabOrder(m_tagFilter, m_listView);
    return box;
}

QString JournalPage::listHintText() const
{
    return m_listStack->currentWidget() == m_listHint ? m_listHint->text() : QString();
}

QString JournalPage::countText() const
{
    return m_countLabel->text();
}

std::int64_t JournalPage::selectedEntryId() const
{
    const QModelIndex current = m_listView->currentIndex();
    return current.isValid() ? current.data(JournalListModel::IdRole).toLongLong() : 0;
}

bool JournalPage::selectEntry(std::int64_t id)
{
    QAbstractItemModel* model = shownModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(JournalListModel::IdRole).toLongLong() == id) {
            m_listView->setCurrentIndex(index);
            m_listView->scrollTo(index);
            return true;
        }
    }
    return false;
}

QAbstractItemModel* JournalPage::shownModel() const
{
    return m_listView->model();
}

void JournalPage::showModel(QAbstractItemModel* model)
{
    if (m_listView->model() == model)
        return;
    QItemSelectionModel* old = m_listView->selectionModel();
    m_listView->setModel(model);
    delete old;
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this, &JournalPage::selectionChanged);
    updateListState();
}

int JournalPage::shownCount() const
{
    return shownModel() == m_searchModel ? m_searchModel->count() : m_listModel->count();
}

QString JournalPage::shownError() const
{
    return shownModel() == m_searchModel ? m_searchModel->lastError() : m_listModel->lastError();
}

void JournalPage::selectFirstUnless(std::int64_t id)
{
    if (!selectEntry(id) && shownModel()->rowCount() > 0)
        m_listView->setCurrentIndex(shownModel()->index(0, 0));
}

void JournalPage::applyFilter()
{
    m_searchTimer->stop();
    JournalRepository::Filter filter;
    filter.text = m_search->text().trimmed();
    // As you type, the last word is usually unfinished: search it as a prefix ("lighth" finds "lightheaded"). A
    // space after it, a closing quote or a star of the user's own ends the word.
    const QString typed = m_search->text();
    if (!typed.isEmpty() && typed.back().isLetterOrNumber() && typed.count(QLatin1Char('"')) % 2 == 0)
        filter.text += QLatin1Char('*');
    filter.tag = m_tagFilter->currentData().toString();
    const bool words = !JournalSearchQuery::parse(filter.text).isEmpty();
    m_delegate->setSnippetIsHtml(words);
    const std::int64_t selected = selectedEntryId();
    // Ranked search has no tag dimension; with a tag chosen the words narrow the tag's list, newest first.
    if (words && filter.tag.isEmpty()) {
        m_searchModel->setQuery(filter.text);
        showModel(m_searchModel);
    } else {
        m_listModel->setFilter(filter);
        showModel(m_listModel);
    }
    selectFirstUnless(selected);
}

void JournalPage::reload()
{
    const std::int64_t selected = selectedEntryId();
    reloadTags();
    reloadShown();
    selectFirstUnless(selected);
}

void JournalPage::reloadShown()
{
    if (shownModel() == m_searchModel)
        m_searchModel->reload();
    else
        m_listModel->reload();
}

void JournalPage::reloadTags()
{
    const QString current = m_tagFilter->currentData().toString();
    std::vector<JournalRepository::TagCount> tags;
    try {
        tags = m_repository.allTags();
    } catch (const std::exception& error) {
        showError(tr("Journal"), error);
    }
    const QSignalBlocker blocker(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"));
    for (const JournalRepository::TagCount& tag : tags)
        m_tagFilter->addItem(tr("#%1 (%2)").arg(tag.tag).arg(tag.count), tag.tag);
    const int index = current.isEmpty() ? 0 : m_tagFilter->findData(current);
    m_tagFilter->setCurrentIndex(std::max(index, 0));
    m_tagFilter->setEnabled(!tags.empty());
    if (index < 0) // the tag chosen is gone with its last entry: show everything again
        applyFilter();
}

void JournalPage::updateListState()
{
    JournalRepository::Filter filter = m_listModel->filter();
    if (shownModel() == m_searchModel)
        filter = {QString(), {}, {}, m_searchModel->query()};
    // Say what the user typed, not the prefix star added for search-as-you-type.
    if (!filter.text.isEmpty())
        filter.text = m_search->text().trimmed();
    const int total = shownCount();
    const bool filtered = !filter.text.isEmpty() || !filter.tag.isEmpty();
    QString hint;
    if (!shownError().isEmpty()) {
        hint = shownError();
    } else if (total == 0 && !filtered) {
        hint = tr("No entries yet — write one with New entry (Ctrl+N).");
    } else if (total == 0) {
        const QString what = !filter.text.isEmpty() && !filter.tag.isEmpty()
            ? tr("“%1” with tag #%2").arg(filter.text, filter.tag)
            : !filter.text.isEmpty() ? tr("“%1”").arg(filter.text)
                                     : tr("tag #%1").arg(filter.tag);
        hint = tr("No entries match %1. Try other words or All tags.").arg(what);
    }
    m_listHint->setText(hint);
    m_listStack->setCurrentWidget(hint.isEmpty() ? static_cast<QWidget*>(m_listView) : m_listHint);
    if (shownModel() == m_searchModel)
        m_countLabel->setText(tr("%n entries match, best match first", nullptr, total));
    else if (filtered)
        m_countLabel->setText(tr("%n entries match, newest first", nullptr, total));
    else
        m_countLabel->setText(tr("%n entries, newest first", nullptr, total));
    m_countLabel->setVisible(hint.isEmpty());
    if (shownModel()->rowCount() == 0)
        selectionChanged();
}

void JournalPage::selectionChanged()
{
    const std::int64_t id = selectedEntryId();
    if (id == 0) {
        m_entryView->showHint(shownModel() == m_listModel && m_listModel->count() == 0
                                      && m_listModel->filter().text.isEmpty() && m_listModel->filter().tag.isEmpty()
                                  ? tr("Your journal is empty. Press Ctrl+N to write the first entry.")
                                  : tr("Select an entry to read it here."));
    } else {
        try {
            m_entryView->showEntry(m_repository.get(id));
        } catch (const std::exception& error) {
            m_entryView->showHint(tr("This entry cannot be shown."));
            showError(tr("Journal"), error);
        }
    }
    updateActions();
}

void JournalPage::updateActions()
{
    const bool entry = m_entryView->entryId() != 0;
    const bool attachment = entry && m_entryView->selectedAttachmentId() != 0;
    m_editAction->setEnabled(entry);
    m_deleteAction->setEnabled(entry);
    m_historyAction->setEnabled(entry);
    m_attachAction->setEnabled(entry);
    m_previewAction->setEnabled(attachment);
    m_exportAction->setEnabled(attachment);
    m_undoDeleteAction->setEnabled(!m_deletedIds.empty());
}

std::int64_t JournalPage::runEditor(const JournalEntry& entry)
{
    QStringList knownTags;
    try {
        for (const JournalRepository::TagCount& tag : m_repository.allTags())
            knownTags << tag.tag;
    } catch (const std::exception& error) {
        showError(tr("Journal"), error);
    }
    std::int64_t saved = 0;
    GuardedDialog<JournalEntryEditorDialog> dialog(entry, knownTags, this);
    dialog->setSaveHandler([this, &saved](const JournalEntryEditorDialog& editor) {
        try {
            const JournalEntry values = editor.entry();
            if (values.id == 0) {
                saved = m_repository.add(values, editor.newAttachments());
            } else {
                m_repository.update(values, editor.newAttachments(), editor.removedAttachments());
                saved = values.id;
            }
            return true;
        } catch (const std::exception& error) {
            const auto* record = dynamic_cast<const RecordError*>(&error);
            MessageBoxSeam::warning(const_cast<JournalEntryEditorDialog*>(&editor), tr("Entry not saved"),
                                    record ? record->message() : QString::fromLocal8Bit(error.what()));
            return false;
        }
    });
    if (dialog.exec() == GuardedDialog<JournalEntryEditorDialog>::Gone)
        return 0;
    return saved;
}

void JournalPage::newEntry()
{
    JournalEntry entry;
    entry.occurredAt = QDateTime::currentDateTimeUtc();
    // A new entry starts with the tag being looked at, as the person is likely writing about that.
    const QString tag = m_tagFilter->currentData().toString();
    if (!tag.isEmpty())
        entry.tags << tag;
    const std::int64_t id = runEditor(entry);
    if (id == 0)
        return;
    reloadTags();
    reloadShown();
    if (!selectEntry(id) && !m_search->text().trimmed().isEmpty()) {
        // Saved but hidden by the search: show everything so the new entry is where the person expects it.
        m_search->clear();
        applyFilter();
        selectEntry(id);
    }
}

void JournalPage::editEntry()
{
    const std::int64_t id = selectedEntryId();
    if (id == 0)
        return;
    JournalEntry entry;
    try {
        entry = m_repository.get(id);
    } catch (const std::exception& error) {
        showError(tr("Journal"), error);
        reload();
        return;
    }
    if (runEditor(entry) == 0)
        return;
    reload();
    selectEntry(id);
    selectionChanged();
}

void JournalPage::deleteEntry()
{
    const std::int64_t id = selectedEntryId();
    if (id == 0)
        return;
    const QString title = m_entryView->titleText();
    const QPointer<JournalPage> alive(this);
    const QMessageBox::StandardButton answer = MessageBoxSeam::question(
        this, tr("Delete journal entry"),
        tr("Delete “%1”? It disappears from the journal; Undo delete (Ctrl+Z) brings it back.").arg(title));
    if (!alive || answer != QMessageBox::Yes)
        return;
    const int row = m_listView->currentIndex().row();
    try {
        m_repository.softDelete(id);
    } catch (const std::exception& error) {
        showError(tr("Entry not deleted"), error);
        return;
    }
    m_deletedIds.push_back(id);
    reloadTags();
    reloadShown();
    if (shownModel()->rowCount() > 0)
        m_listView->setCurrentIndex(shownModel()->index(std::min(row, shownModel()->rowCount() - 1), 0));
    updateActions();
}

void JournalPage::undoDelete()
{
    if (m_deletedIds.empty())
        return;
    const std::int64_t id = m_deletedIds.back();
    m_deletedIds.pop_back();
    try {
        m_repository.restore(id);
    } catch (const std::exception& error) {
        showError(tr("Entry not restored"), error);
        updateActions();
        return;
    }
    reloadTags();
    reloadShown();
    selectEntry(id);
    updateActions();
}

void JournalPage::showDeleted()
{
    QList<PeopleRestoreDialog::Entry> entries;
    try {
        const QLocale locale;
        for (const JournalEntry& entry : m_repository.listDeleted())
            entries.append({entry.id, tr("%1  %2").arg(locale.toString(entry.occurredAt.toLocalTime(),
                                                                         QLocale::ShortFormat),
                                                       entry.title)});
    } catch (const std::exception& error) {
        showError(tr("Deleted entries"), error);
        return;
    }
    const auto dialog = DialogSeam::accepted(new PeopleRestoreDialog(tr("Deleted journal entries"), entries, this));
    if (!dialog || dialog->selectedId() == 0)
        return;
    const std::int64_t id = dialog->selectedId();
    try {
        m_repository.restore(id);
    } catch (const std::exception& error) {
        showError(tr("Entry not restored"), error);
        return;
    }
    std::erase(m_deletedIds, id);
    reloadTags();
    reloadShown();
    selectEntry(id);
    updateActions();
}

void JournalPage::showHistory()
{
    const std::int64_t id = selectedEntryId();
    if (id == 0)
        return;
    try {
        GuardedDialog<RecordHistoryDialog> dialog(m_vault.database(), id, m_entryView->titleText(), this);
        dialog.exec();
    } catch (const std::exception& error) {
        showError(tr("History"), error);
    }
}

void JournalPage::attachFile()
{
    const std::int64_t id = m_entryView->entryId();
    if (id == 0)
        return;
    // Locking the vault while the file dialog is open deletes the page.
    const QPointer<JournalPage> alive(this);
    std::optional<JournalRepository::AttachmentFile> file = JournalAttachmentFiles::choose(this);
    if (!alive || !file)
        return;
    try {
        m_repository.addAttachment(id, file->fileName, file->bytes);
    } catch (const std::exception& error) {
        showError(tr("File not attached"), error);
        return;
    }
    reloadShown();
    selectEntry(id);
    selectionChanged();
    m_entryView->attachmentList()->setCurrentRow(m_entryView->attachmentList()->count() - 1);
}

void JournalPage::previewAttachment()
{
    const std::int64_t id = m_entryView->selectedAttachmentId();
    if (id == 0)
        return;
    try {
        const JournalAttachment attachment = m_repository.attachment(id);
        GuardedDialog<JournalAttachmentPreviewDialog> dialog(m_repository.attachmentBytes(id),
                                                                    attachment.mimeType, attachment.fileName, this);
        dialog.exec();
    } catch (const std::exception& error) {
        showError(tr("Preview"), error);
    }
}

void JournalPage::exportAttachment()
{
    const std::int64_t id = m_entryView->selectedAttachmentId();
    if (id == 0)
        return;
    try {
        const JournalAttachment attachment = m_repository.attachment(id);
        JournalAttachmentFiles::exportTo(this, attachment.fileName, m_repository.attachmentBytes(id));
    } catch (const std::exception& error) {
        showError(tr("Attachment not exported"), error);
    }
}

void JournalPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void JournalPage::showError(const QString& title, const std::exception& error)
{
    const auto* record = dynamic_cast<const RecordError*>(&error);
    MessageBoxSeam::warning(this, title, record ? record->message() : QString::fromLocal8Bit(error.what()));
}

} // namespace carnet
