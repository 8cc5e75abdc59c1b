#pragma once

#include "JournalRepository.h"

#include <QKeySequence>
#include <QWidget>
#include <cstdint>
#include <vector>

class QAbstractItemModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTimer;

namespace carnet {

class JournalEntryDelegate;
class JournalEntryView;
class JournalListModel;
class JournalSearchModel;
class Vault;

// The Journal section: entries newest first (read a page at a time), search as you type with highlighted snippets,
// a tag filter, the selected entry rendered from Markdown with its attachments, and the actions on entries.
class JournalPage : public QWidget
{
    Q_OBJECT

public:
    // Search waits this long after the last key so typing stays smooth in a large journal.
    static constexpr int SearchDelayMs = 250;

    JournalPage(Vault& vault, QWidget* parent = nullptr);
    ~JournalPage() override;

    JournalRepository& repository() { return m_repository; }
    // Newest first, filtered by tag (and words, when a tag is chosen too); lazily paged.
    JournalListModel* listModel() const { return m_listModel; }
    // Best match first, while there are words to look for and no tag is chosen; lazily paged.
    JournalSearchModel* searchModel() const { return m_searchModel; }
    // The one of the two the list shows.
    QAbstractItemModel* shownModel() const;
    QListView* listView() const { return m_listView; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* tagFilter() const { return m_tagFilter; }
    JournalEntryView* entryView() const { return m_entryView; }
    JournalEntryDelegate* delegate() const { return m_delegate; }

    // What the list area says when it shows no entry (empty when it shows entries).
    QString listHintText() const;
    // "12 entries", "3 entries match"
    QString countText() const;
    std::int64_t selectedEntryId() const;
    // Selects the entry if it is in the loaded part of the list.
    bool selectEntry(std::int64_t id);
    // Applies the search text and tag now rather than after the typing delay.
    void applyFilter();
    // Reads the list and the tags again from the vault, keeping the selection where possible.
    void reload();

    // The page's actions, also reachable by their shortcuts.
    void newEntry();
    void editEntry();
    void deleteEntry();
    void undoDelete();
    // Lists the deleted entries (kept until purged) and restores the one chosen.
    void showDeleted();
    void showHistory();
    void attachFile();
    void previewAttachment();
    void exportAttachment();
    void focusSearch();

private:
    QAction* addPageAction(const QString& objectName, const QString& text, const QString& toolTip,
                           const QList<QKeySequence>& shortcuts, Qt::ShortcutContext context,
                           void (JournalPage::*slot)());
    void createActions();
    QWidget* createListArea();
    void reloadTags();
    void selectionChanged();
    void updateActions();
    void updateListState();
    void showModel(QAbstractItemModel* model);
    void reloadShown();
    // Selects id when it is in the list shown, else the first row.
    void selectFirstUnless(std::int64_t id);
    int shownCount() const;
    QString shownError() const;
    // Opens the editor on entry (id 0: a new one); returns the id saved, or 0.
    std::int64_t runEditor(const JournalEntry& entry);
    void showError(const QString& title, const std::exception& error);

    Vault& m_vault;
    JournalRepository m_repository;
    std::vector<std::int64_t> m_deletedIds; // this session's deletions, most recent last, for Undo

    QLineEdit* m_search;
    QComboBox* m_tagFilter;
    QLabel* m_countLabel;
    QStackedWidget* m_listStack;
    QLabel* m_listHint;
    JournalListModel* m_listModel;
    JournalSearchModel* m_searchModel;
    JournalEntryDelegate* m_delegate;
    QListView* m_listView;
    JournalEntryView* m_entryView;
    QTimer* m_searchTimer;

    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_showDeletedAction = nullptr;
    QAction* m_undoDeleteAction = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_attachAction = nullptr;
    QAction* m_previewAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_findAction = nullptr;
};

} // namespace carnet
