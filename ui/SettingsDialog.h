#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace carnet {

class Database;

// Preferences: auto-lock delay, locking with the screen, reminders (stored in the vault) and the language.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Database& db, QWidget* parent = nullptr);

    QSpinBox* autoLockMinutes() const { return m_autoLock; }

    void accept() override;

private:
    Database& m_db;
    QSpinBox* m_autoLock;
    QCheckBox* m_lockOnScreenLock;
    QCheckBox* m_reminders;
    QComboBox* m_language;
};

} // namespace carnet
