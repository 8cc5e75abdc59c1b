#pragma once

#include <QString>
#include <QWidget>
#include <cstdint>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace carnet {

class ClipboardGuard;
class Database;
class DisclosureLogModel;

// "Shared by you": every share that left the vault, as a read-only table, with the full details of the selected one
// (recipients and their fingerprints, what was shared, the file's hash) and a way to copy the hash.
class DisclosureLogPanel : public QWidget
{
    Q_OBJECT

public:
    DisclosureLogPanel(Database& db, ClipboardGuard& clipboard, QWidget* parent = nullptr);

    // Reads the log again and keeps the selected disclosure selected.
    void reload();

    DisclosureLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* copyHashButton() const { return m_copyHash; }
    bool showsEmptyState() const;
    // 0 when nothing is selected.
    std::int64_t selectedId() const { return m_selectedId; }
    // Selects the disclosure shown in this row of the (sorted) table.
    void selectRow(int row);
    // The details area as plain text, and its hash, for the selected disclosure.
    QString detailsText() const;
    QString selectedHash() const;
    QString statusText() const;

    void copyHash();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSelected();
    void fitColumns();
    void selectId(std::int64_t id);
    // Model row of the selected disclosure, or -1.
    int selectedModelRow() const;

    ClipboardGuard& m_clipboard;
    DisclosureLogModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QTextBrowser* m_details;
    QPushButton* m_copyHash;
    QLabel* m_status;
    std::int64_t m_selectedId = 0;
    bool m_copiedHere = false;
};

} // namespace carnet
