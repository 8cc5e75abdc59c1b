#include "MedicationDialogSeam.h"

#include <QPointer>

#include <deque>

namespace carnet {

namespace {
std::deque<MedicationDialogSeam::Driver>& drivers()
{
    static std::deque<MedicationDialogSeam::Driver> queue;
    return queue;
}
} // namespace

int MedicationDialogSeam::exec(QDialog& dialog)
{
    if (drivers().empty())
        return dialog.exec();
    Driver driver = std::move(drivers().front());
    drivers().pop_front();
    // Shown without a modal loop, so a driver works on laid-out widgets as a person would. A driver may also delete
    // the dialog's parent (as locking the vault does), which deletes the dialog.
    QPointer<QDialog> guard(&dialog);
    dialog.show();
    const int result = driver(dialog);
    if (guard)
        guard->hide();
    return result;
}

void MedicationDialogSeam::pushDriver(Driver driver)
{
    drivers().push_back(std::move(driver));
}

int MedicationDialogSeam::pendingDrivers()
{
    return static_cast<int>(drivers().size());
}

} // namespace carnet
