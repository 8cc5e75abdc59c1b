#include "PeopleDialogSeam.h"

#include <deque>

namespace carnet {

namespace {
std::deque<PeopleDialogSeam::Driver>& drivers()
{
    static std::deque<PeopleDialogSeam::Driver> queue;
    return queue;
}
} // namespace

int PeopleDialogSeam::exec(QDialog& dialog)
{
    if (drivers().empty())
        return dialog.exec();
    Driver driver = std::move(drivers().front());
    drivers().pop_front();
    // Shown without a modal loop, so a driver works on laid-out widgets as a person would.
    dialog.show();
    const int result = driver(dialog);
    dialog.hide();
    return result;
}

void PeopleDialogSeam::pushDriver(Driver driver)
{
    drivers().push_back(std::move(driver));
}

int PeopleDialogSeam::pendingDrivers()
{
    return static_cast<int>(drivers().size());
}

} // namespace carnet
