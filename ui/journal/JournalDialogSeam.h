#pragma once

#include <QDialog>
#include <QPointer>
#include <functional>
#include <utility>

namespace carnet {

// The journal section's own modal dialogs (editor, attachment preview, history) run through here, so GUI tests can
// fill a dialog in and answer it instead of a person, the way MessageBoxSeam does for message boxes.
class JournalDialogSeam
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

// A journal dialog on the heap: locking the vault deletes the page and any dialog still open under it, so exec() says
// when the dialog is gone and the caller returns at once, touching nothing of the page.
template <typename Dialog> class JournalGuardedDialog
{
public:
    static constexpr int Gone = -1;

    template <typename... Args>
    explicit JournalGuardedDialog(Args&&... args)
        : m_dialog(new Dialog(std::forward<Args>(args)...))
    {
    }
    ~JournalGuardedDialog() { delete m_dialog.data(); }
    JournalGuardedDialog(const JournalGuardedDialog&) = delete;
    JournalGuardedDialog& operator=(const JournalGuardedDialog&) = delete;

    int exec()
    {
        const int result = JournalDialogSeam::exec(*m_dialog);
        return m_dialog ? result : Gone;
    }

    Dialog* operator->() const { return m_dialog.data(); }
    Dialog& operator*() const { return *m_dialog; }

private:
    QPointer<Dialog> m_dialog;
};

} // namespace carnet
