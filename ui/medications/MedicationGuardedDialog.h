#pragma once

#include "MedicationDialogSeam.h"

#include <QPointer>

#include <utility>

namespace carnet {

// A dialog of the medications page, run through MedicationDialogSeam. Locking the vault deletes the page and with it
// any dialog still open, so a dialog on the stack would be deleted twice: this one lives on the heap, and exec() says
// when it is gone so the caller returns at once, touching nothing of the page.
template<typename Dialog>
class MedicationGuardedDialog
{
public:
    static constexpr int Gone = -1;

    template<typename... Args>
    explicit MedicationGuardedDialog(Args&&... args)
        : m_dialog(new Dialog(std::forward<Args>(args)...))
    {
    }
    ~MedicationGuardedDialog() { delete m_dialog.data(); }
    MedicationGuardedDialog(const MedicationGuardedDialog&) = delete;
    MedicationGuardedDialog& operator=(const MedicationGuardedDialog&) = delete;

    // QDialog::Accepted or QDialog::Rejected, or Gone when the dialog was deleted while it was open.
    int exec()
    {
        const int result = MedicationDialogSeam::exec(*m_dialog);
        return m_dialog ? result : Gone;
    }

    Dialog* operator->() const { return m_dialog.data(); }
    Dialog& operator*() const { return *m_dialog; }

private:
    QPointer<Dialog> m_dialog;
};

} // namespace carnet
