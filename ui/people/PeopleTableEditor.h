#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace carnet {

// A small editable table of text rows with Add and Remove buttons, for the lists inside a record (emergency
// contacts of the profile, labelled phone numbers of a care-team member or an insurance plan).
class PeopleTableEditor : public QWidget
{
    Q_OBJECT

public:
    // addText and removeText carry the buttons' mnemonics ("&Add contact").
    PeopleTableEditor(const QStringList& headers, const QString& accessibleName, const QString& addText,
                      const QString& removeText, QWidget* parent = nullptr);

    // Every row as typed (cells trimmed); rows with only empty cells are left out.
    QList<QStringList> rows() const;
    void setRows(const QList<QStringList>& rows);

    // Appends an empty row and starts editing its first cell.
    void addRow();
    void removeCurrentRow();

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

signals:
    void changed();

private:
    void updateButtons();

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace carnet
