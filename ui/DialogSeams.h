#pragma once

#include <QDialog>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace carnet {

// Modal message boxes go through here so GUI tests can give the next answer instead of a person.
class MessageBoxSeam
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);

    // Tests: the next box returns this at once (and records its text) instead of showing.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText();

private:
    static std::optional<QMessageBox::StandardButton> takeNextAnswer(const QString& text);
};

// File dialogs go through here so GUI tests can give the next file name.
class FileDialogSeam
{
public:
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter = {});
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter = {});
    static QString existingDirectory(QWidget* parent, const QString& caption);

    // Tests: the next dialog returns this name at once (an empty string means "cancelled").
    static void setNextFileName(const QString& name);

private:
    static std::optional<QString> takeNext();
};

// Carnet's own modal dialogs (editors, viewers, history) run through here, so GUI tests can fill a dialog in and
// answer it instead of a person, the way MessageBoxSeam answers message boxes.
class DialogSeam
{
public:
    // Gets the dialog as it would be shown; returns QDialog::Accepted or QDialog::Rejected.
    using Driver = std::function<int(QDialog&)>;

    // Runs the next queued driver on the dialog (shown, without a modal loop), or exec() when none is queued.
    static int exec(QDialog& dialog);

    // Runs a dialog made with new as a child of a view. Returns it, for the caller to read and then delete, when it
    // was accepted; nullptr when it was not, or when the view (and so the dialog) was deleted while it was open, which
    // happens when the vault locks: the caller must then return without touching anything of the view.
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

// A dialog on the heap, run through DialogSeam. Locking the vault deletes the page and any dialog still open under it,
// so a dialog on the stack would be deleted twice: exec() says when the dialog is gone, and the caller returns at once,
// touching nothing of the page.
template <typename Dialog> class GuardedDialog
{
public:
    static constexpr int Gone = -1;

    template <typename... Args>
    explicit GuardedDialog(Args&&... args)
        : m_dialog(new Dialog(std::forward<Args>(args)...))
    {
    }
    ~GuardedDialog() { delete m_dialog.data(); }
    GuardedDialog(const GuardedDialog&) = delete;
    GuardedDialog& operator=(const GuardedDialog&) = delete;

    // QDialog::Accepted or QDialog::Rejected, or Gone when the dialog was deleted while it was open.
    int exec()
    {
        const int result = DialogSeam::exec(*m_dialog);
        return m_dialog ? result : Gone;
    }

    Dialog* operator->() const { return m_dialog.data(); }
    Dialog& operator*() const { return *m_dialog; }

private:
    QPointer<Dialog> m_dialog;
};

} // namespace carnet
