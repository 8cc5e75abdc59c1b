#pragma once

#include "PeopleRestoreDialog.h"

#include <QWidget>
#include <cstdint>
#include <functional>

class QAbstractItemModel;
class QAction;
class QLabel;
class QTableView;
class QToolBar;

namespace carnet {

class Database;

// One list of the profile view (allergies, conditions, care team) as a table with the actions every list offers:
// new, edit, delete (asked, soft), history and restoring deleted rows. A subclass supplies the model, the editor
// and the repository calls.
class PeopleListPanel : public QWidget
{
    Q_OBJECT

public:
    // The words that differ between lists; %1 in deleteQuestion is the record's name.
    struct Texts
    {
        QString intro;
        QString emptyHint;
        QString newText; // "&New allergy…"
        QString deleteTitle;
        QString deleteQuestion;
        QString deletedText; // "Deleted allergies…"
        QString deletedTitle;
    };

    PeopleListPanel(Database& db, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    // 0 when no row is selected.
    std::int64_t selectedId() const;
    void selectId(std::int64_t id);
    QString statusText() const;
    bool showsEmptyHint() const;

    void addNew();
    void editSelected();
    void deleteSelected();
    void showHistory();
    void showDeleted();

    QAction* newAction() const { return m_newAction; }
    QAction* editAction() const { return m_editAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* historyAction() const { return m_historyAction; }
    QAction* deletedAction() const { return m_deletedAction; }

protected:
    // Called once by the subclass's constructor, when its model exists. idRole gives a row's record id.
    void setUp(QAbstractItemModel* model, int idRole, const Texts& texts);
    QToolBar* toolBar() const { return m_toolBar; }
    QAction* makeAction(const QString& text, const QList<QKeySequence>& keys, const QString& tip,
                        const std::function<void()>& run);
    // Reloads the model and selects keepId (or keeps the selection, or selects the first row).
    void reload(std::int64_t keepId = 0);
    void showStatus(const QString& text);
    // Runs a repository change; on failure shows why and returns false.
    bool change(const QString& title, const std::function<void()>& work);

    // Each opens its editor; returns the new id (0 when cancelled) or whether the edit was saved.
    virtual std::int64_t createRecord() = 0;
    virtual bool editRecord(std::int64_t id) = 0;
    virtual void softDeleteRecord(std::int64_t id) = 0;
    virtual void restoreRecord(std::int64_t id) = 0;
    virtual QList<PeopleRestoreDialog::Entry> deletedRecords() const = 0;
    virtual QString recordName(std::int64_t id) const = 0;
    virtual void reloadModel() = 0;
    // After the selection or the list changed: subclasses update their own actions.
    virtual void selectionChanged() { }

    Database& m_db;

private:
    void updateActions();
    bool eventFilter(QObject* watched, QEvent* event) override;

    Texts m_texts;
    int m_idRole = 0;
    QAbstractItemModel* m_model = nullptr;
    QLabel* m_intro;
    QLabel* m_emptyHint;
    QToolBar* m_toolBar;
    QTableView* m_table;
    QLabel* m_status;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_deletedAction = nullptr;
};

} // namespace carnet
