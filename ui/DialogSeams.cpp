#include "DialogSeams.h"

#include <QPointer>

#include <deque>

namespace carnet {

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
QString g_lastText;
std::optional<QString> g_nextFileName;

std::deque<DialogSeam::Driver>& drivers()
{
    static std::deque<DialogSeam::Driver> queue;
    return queue;
}

// Recently-used lists would record file names of health documents; Carnet's dialogs keep none.
constexpr QFileDialog::Options DialogOptions = QFileDialog::DontUseCustomDirectoryIcons;

// On the heap, watched: auto-lock may delete the parent window (and with it this box) while the box is open, which
// would make a box on the stack be destroyed twice. A box that disappears counts as cancelled.
QMessageBox::StandardButton showBox(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                                    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    QPointer<QMessageBox> box = new QMessageBox(icon, title, text, buttons, parent);
    box->setDefaultButton(defaultButton);
    box->setAttribute(Qt::WA_DeleteOnClose, false);
    box->exec();
    if (!box)
        return QMessageBox::Cancel;
    const auto answer = static_cast<QMessageBox::StandardButton>(box->standardButton(box->clickedButton()));
    delete box;
    return answer == QMessageBox::NoButton ? QMessageBox::Cancel : answer;
}
} // namespace

std::optional<QMessageBox::StandardButton> MessageBoxSeam::takeNextAnswer(const QString& text)
{
    g_lastText = text;
    return std::exchange(g_nextAnswer, std::nullopt);
}

void MessageBoxSeam::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

QString MessageBoxSeam::lastText()
{
    return g_lastText;
}

QMessageBox::StandardButton MessageBoxSeam::question(QWidget* parent, const QString& title, const QString& text,
                                                     QMessageBox::StandardButtons buttons,
                                                     QMessageBox::StandardButton defaultButton)
{
    if (auto answer = takeNextAnswer(text))
        return *answer;
    return showBox(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBoxSeam::information(QWidget* parent, const QString& title, const QString& text)
{
    if (takeNextAnswer(text))
        return;
    showBox(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBoxSeam::warning(QWidget* parent, const QString& title, const QString& text)
{
    if (takeNextAnswer(text))
        return;
    showBox(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

std::optional<QString> FileDialogSeam::takeNext()
{
    return std::exchange(g_nextFileName, std::nullopt);
}

void FileDialogSeam::setNextFileName(const QString& name)
{
    g_nextFileName = name;
}

QString FileDialogSeam::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (auto next = takeNext())
        return *next;
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter, nullptr, DialogOptions);
}

QString FileDialogSeam::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                     const QString& filter)
{
    if (auto next = takeNext())
        return *next;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter, nullptr, DialogOptions);
}

QString FileDialogSeam::existingDirectory(QWidget* parent, const QString& caption)
{
    if (auto next = takeNext())
        return *next;
    return QFileDialog::getExistingDirectory(parent, caption, QString(), DialogOptions | QFileDialog::ShowDirsOnly);
}

int DialogSeam::exec(QDialog& dialog)
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

void DialogSeam::pushDriver(Driver driver)
{
    drivers().push_back(std::move(driver));
}

int DialogSeam::pendingDrivers()
{
    return static_cast<int>(drivers().size());
}

} // namespace carnet
