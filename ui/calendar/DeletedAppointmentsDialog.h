#pragma once

#include <QDialog>
#include <cstdint>

class QListWidget;
class QPushButton;

namespace carnet {

class AppointmentRepository;

// The appointments deleted from the calendar (kept until purged), with a button to bring the selected one back.
class DeletedAppointmentsDialog : public QDialog
{
    Q_OBJECT

public:
    DeletedAppointmentsDialog(AppointmentRepository& repository, QWidget* parent = nullptr);

    int count() const;
    void selectRow(int row);
    // Restores the selected appointment; errors are shown and leave the list as it was.
    void restoreSelected();

signals:
    void restored(std::int64_t id);

private:
    void reload();

    AppointmentRepository& m_repository;
    QListWidget* m_list;
    QPushButton* m_restore;
};

} // namespace carnet
