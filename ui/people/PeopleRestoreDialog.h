#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <cstdint>

class QListWidget;
class QPushButton;

namespace carnet {

// The deleted records of one list (allergies, conditions, care team, insurance plans), to pick one to restore.
class PeopleRestoreDialog : public QDialog
{
    Q_OBJECT

public:
    using Entry = QPair<std::int64_t, QString>; // record id, what to show

    PeopleRestoreDialog(const QString& title, const QList<Entry>& entries, QWidget* parent = nullptr);

    // 0 when nothing is selected.
    std::int64_t selectedId() const;
    void selectRow(int row);
    QListWidget* list() const { return m_list; }

private:
    QListWidget* m_list;
    QPushButton* m_restore;
};

} // namespace carnet
