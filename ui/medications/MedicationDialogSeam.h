#pragma once

#include <QDialog>

#include <functional>

namespace carnet {

// The medications section's own modal dialogs (editor, stop, extra dose, history) run through here, so GUI tests can
// fill a dialog in and answer it instead of a person, the way MessageBoxSeam does for message boxes.
class MedicationDialogSeam
{
public:
    // Gets the dialog as it would be shown; returns QDialog::Accepted or QDialog::Rejected.
    using Driver = std::function<int(QDialog&)>;

    // Runs the next queued driver on the dialog, or exec() when none is queued.
    static int exec(QDialog& dialog);

    // Tests: queue a driver for the next dialog.
    static void pushDriver(Driver driver);
    static int pendingDrivers();
};

} // namespace carnet
