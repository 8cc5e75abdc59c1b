#include "UnlockFailureLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace carnet {

namespace {
constexpr int MaxKept = 1000;
}

UnlockFailureLog::UnlockFailureLog(const QByteArray& vaultId)
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    m_path = QDir(base).filePath(QStringLiteral("carnet/unlock-failures/%1").arg(QString::fromLatin1(vaultId.toHex())));
}

void UnlockFailureLog::record(const QString& method)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (pending().size() >= MaxKept)
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return; // Best effort: failing to note a failed unlock must not block the user.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\t' + method.toUtf8() + '\n');
}

std::vector<UnlockFailureLog::Failure> UnlockFailureLog::pending() const
{
    std::vector<Failure> out;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split('\t');
        if (fields.size() != 2)
            continue;
        const QDateTime at = QDateTime::fromString(QString::fromUtf8(fields[0]), Qt::ISODate);
        if (at.isValid())
            out.push_back({at, QString::fromUtf8(fields[1])});
    }
    return out;
}

void UnlockFailureLog::clear()
{
    QFile::remove(m_path);
}

} // namespace carnet
