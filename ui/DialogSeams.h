#pragma once

#include <QFileDialog>
#include <QMessageBox>
#include <QString>

#include <optional>

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

} // namespace carnet
