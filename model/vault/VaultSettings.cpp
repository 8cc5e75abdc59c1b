#include "VaultSettings.h"

#include "Database.h"

namespace carnet {

VaultSettings::VaultSettings(Database& db)
    : m_db(db)
{
}

QString VaultSettings::value(const QString& key, const QString& fallback) const
{
    Statement stmt = m_db.prepare(QStringLiteral("SELECT value FROM vault_settings WHERE key = ?"));
    stmt.bind(1, key);
    return stmt.step() ? stmt.text(0) : fallback;
}

int VaultSettings::intValue(const QString& key, int fallback) const
{
    bool ok = false;
    const int parsed = value(key).toInt(&ok);
    return ok ? parsed : fallback;
}

bool VaultSettings::boolValue(const QString& key, bool fallback) const
{
    const QString text = value(key);
    return text.isEmpty() ? fallback : text == QLatin1String("1");
}

void VaultSettings::setValue(const QString& key, const QString& value)
{
    Statement stmt = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO vault_settings (key, value) VALUES (?, ?)"));
    stmt.bind(1, key).bind(2, value).exec();
}

} // namespace carnet
