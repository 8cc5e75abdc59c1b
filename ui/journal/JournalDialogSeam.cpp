#include "JournalDialogSeam.h"

#include <deque>

namespace carnet {

namespace {
std::deque<JournalDialogSeam::Driver>& drivers()
{
    static std::deque<JournalDialogSeam::Driver> queue;
    return queue;
}
} // namespace

int JournalDialogSeam::exec(QDialog& dialog)
{
    if (drivers().empty())
        return dialog.exec();
    Driver driver = std::move(drivers().front());
    drivers().pop_front();
    // Shown without a modal loop, so a driver works on laid-out widgets as a person would.
    QPointer<QDialog> guard(&dialog);
    dialog.show();
    const int result = driver(dialog);
    if (guard)
        guard->hide();
    return result;
}

void JournalDialogSeam::pushDriver(Driver driver)
{
    drivers().push_back(std::move(driver));
}

int JournalDialogSeam::pendingDrivers()
{
    return static_cast<int>(drivers().size());
}

} // namespace carnet
