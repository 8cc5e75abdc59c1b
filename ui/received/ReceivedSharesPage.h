#pragma once

#include <QWidget>
#include <cstdint>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace carnet {

class ReceivedShareListModel;
class SharedRecordView;
class Vault;

// The "Shared with me" section: the shares others sent that this vault keeps, newest first, with the selected one
// shown read-only beside the list; "Open shared record…" opens a .carnet-share, "Remove" (Del) drops a kept copy
// after asking. With nothing kept yet, it explains what this is and how to open a share.
class ReceivedSharesPage : public QWidget
{
    Q_OBJECT

public:
    ReceivedSharesPage(Vault& vault, QWidget* parent = nullptr);

    ReceivedShareListModel* model() const { return m_model; }
    QTableView* list() const { return m_list; }
    SharedRecordView* view() const { return m_view; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* removeButton() const { return m_remove; }
    bool isShowingEmptyState() const;
    // The id of the share shown, or 0.
    std::int64_t currentId() const;

    // Reads the list again, selecting `select` when it is there (else the row selected before, else the first).
    void reload(std::int64_t select = 0);
    void openSharedRecord();
    void removeSelected();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showCurrent();
    // Reloads only when shares were kept or removed elsewhere, so the share on screen keeps its tab and selection.
    void reloadIfChanged();

    Vault& m_vault;
    ReceivedShareListModel* m_model;
    QTableView* m_list;
    SharedRecordView* m_view;
    QPushButton* m_open;
    QPushButton* m_remove;
    QStackedWidget* m_stack;
    QWidget* m_emptyState;
    QWidget* m_content;
};

} // namespace carnet
