#pragma once

#include <QString>
#include <QVariant>

namespace carnet {

class Database;

// Preferences kept inside the encrypted vault (auto-lock delay, screen-lock behaviour, reminders), not in QSettings.
class VaultSettings
{
public:
    static constexpr const char* AutoLockSeconds = "autolock_seconds";
    static constexpr const char* LockOnScreenLock = "lock_on_screen_lock";
    static constexpr const char* RemindersEnabled = "reminders_enabled";

    explicit VaultSettings(Database& db);

    QString value(const QString& key, const QString& fallback = {}) const;
    int intValue(const QString& key, int fallback) const;
    bool boolValue(const QString& key, bool fallback) const;
    void setValue(const QString& key, const QString& value);
    void setValue(const QString& key, int value) { setValue(key, QString::number(value)); }
    void setValue(const QString& key, bool value) { setValue(key, QString::fromLatin1(value ? "1" : "0")); }

private:
    Database& m_db;
};

} // namespace carnet
