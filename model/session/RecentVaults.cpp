#include "RecentVaults.h"

#include "Vault.h"

#include <QDir>
#include <QSettings>

namespace carnet {

namespace {

const QString RecentKey = QStringLiteral("vault/recent");
const QString LastKey = QStringLiteral("vault/last");

QString normalized(const QString& folder)
{
    return QDir::cleanPath(QDir(folder).absolutePath());
}

} // namespace

QStringList RecentVaults::list()
{
    QStringList out;
    for (const QString& folder : QSettings().value(RecentKey).toStringList()) {
        if (Vault::exists(folder) && !out.contains(folder))
            out << folder;
    }
    return out;
}

QString RecentVaults::last()
{
    return QSettings().value(LastKey).toString();
}

void RecentVaults::remember(const QString& folder)
{
    const QString path = normalized(folder);
    QStringList recent = QSettings().value(RecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxCount)
        recent.removeLast();
    QSettings settings;
    settings.setValue(RecentKey, recent);
    settings.setValue(LastKey, path);
}

void RecentVaults::forget(const QString& folder)
{
    const QString path = normalized(folder);
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(path);
    settings.setValue(RecentKey, recent);
    if (settings.value(LastKey).toString() == path)
        settings.remove(LastKey);
}

} // namespace carnet
