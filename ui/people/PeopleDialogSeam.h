#pragma once

#include <QDialog>
#include <QPointer>
#include <functional>
#include <memory>

namespace carnet {

// The modal dialogs of the profile, care-team and insurance views (editors, image viewer, history, restore) run
// through here, so GUI tests can fill a dialog in and answer it the way MessageBoxSeam answers message boxes.
class PeopleDialogSeam
{
public:
    // Gets the dialog as it would be shown; returns QDialog::Accepted or QDialog::Rejected.
    using Driver = std::function<int(QDialog&)>;

    // Runs the next queued driver on the dialog, or exec() when none is queued.
    static int exec(QDialog& dialog);

    // Runs a dialog made with new as a child of a view. Returns it, for the caller to read and then delete, when
    // it was accepted; nullptr when it was not, or when the view (and so the dialog) was deleted while it was open,
    // which happens when the vault locks: the caller must then return without touching anything of the view.
    template <typename Dialog> static std::unique_ptr<Dialog> accepted(Dialog* dialog)
    {
        const QPointer<Dialog> alive(dialog);
        const int result = exec(*dialog);
        if (!alive)
            return nullptr;
        std::unique_ptr<Dialog> owned(dialog);
        return result == QDialog::Accepted ? std::move(owned) : nullptr;
    }
    // The same for a dialog that only shows something (history, photos).
    static void show(QDialog* dialog) { accepted(dialog); }

    // Tests: queue a driver for the next dialog.
    static void pushDriver(Driver driver);
    static int pendingDrivers();
};

} // namespace carnet
