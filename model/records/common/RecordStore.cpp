#include "RecordStore.h"

#include "Database.h"
#include "RecordError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace carnet {

RecordStore::RecordStore(Database& db)
    : m_db(db)
{
}

QStringList RecordStore::schema()
{
    return {
        QStringLiteral("CREATE TABLE records ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " kind TEXT NOT NULL,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " deleted_at TEXT,"
                       " version INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX records_kind ON records (kind, deleted_at)"),
        QStringLiteral("CREATE TABLE record_versions ("
                       " record_id INTEGER NOT NULL REFERENCES records (id) ON DELETE CASCADE,"
                       " version INTEGER NOT NULL,"
                       " at TEXT NOT NULL,"
                       " change TEXT NOT NULL,"
                       " snapshot TEXT NOT NULL,"
                       " PRIMARY KEY (record_id, version))"),
    };
}

QString RecordStore::timestamp(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime RecordStore::parseTimestamp(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

std::int64_t RecordStore::createRecord(const QString& kind, const QDateTime& at)
{
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO records (kind, uuid, created_at, updated_at, version) VALUES (?, ?, ?, ?, 0)"));
    const QString when = timestamp(at);
    insert.bind(1, kind).bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(3, when).bind(4, when).exec();
    return m_db.lastInsertRowId();
}

void RecordStore::recordVersion(std::int64_t id, const QString& change, const QJsonObject& values, const QDateTime& at)
{
    const QString when = timestamp(at);
    Statement bump = m_db.prepare(
        QStringLiteral("UPDATE records SET version = version + 1, updated_at = ? WHERE id = ?"));
    bump.bind(1, when).bind(2, id).exec();
    if (m_db.changes() != 1)
        throw RecordError(RecordError::Kind::NotFound, tr("No record with id %1.").arg(id));
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO record_versions (record_id, version, at, change, snapshot)"
        " SELECT id, version, ?, ?, ? FROM records WHERE id = ?"));
    insert.bind(1, when)
        .bind(2, change)
        .bind(3, QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact)))
        .bind(4, id)
        .exec();
}

std::optional<RecordMeta> RecordStore::meta(std::int64_t id) const
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "SELECT id, kind, uuid, created_at, updated_at, deleted_at, version FROM records WHERE id = ?"));
    stmt.bind(1, id);
    if (!stmt.step())
        return std::nullopt;
    RecordMeta meta;
    meta.id = stmt.int64(0);
    meta.kind = stmt.text(1);
    meta.uuid = stmt.text(2);
    meta.createdAt = parseTimestamp(stmt.text(3));
    meta.updatedAt = parseTimestamp(stmt.text(4));
    meta.deletedAt = parseTimestamp(stmt.text(5));
    meta.version = stmt.integer(6);
    return meta;
}

RecordMeta RecordStore::requireLive(std::int64_t id, const QString& kind, bool allowDeleted) const
{
    const std::optional<RecordMeta> found = meta(id);
    if (!found || found->kind != kind)
        throw RecordError(RecordError::Kind::NotFound, tr("No %1 with id %2.").arg(kind).arg(id));
    if (found->isDeleted() && !allowDeleted)
        throw RecordError(RecordError::Kind::NotFound, tr("The %1 with id %2 was deleted.").arg(kind).arg(id));
    return *found;
}

void RecordStore::softDelete(std::int64_t id, const QString& kind, const QJsonObject& lastValues)
{
    requireLive(id, kind);
    Statement stmt = m_db.prepare(QStringLiteral("UPDATE records SET deleted_at = ? WHERE id = ?"));
    stmt.bind(1, timestamp(QDateTime::currentDateTimeUtc())).bind(2, id).exec();
    recordVersion(id, QStringLiteral("delete"), lastValues);
}

void RecordStore::restore(std::int64_t id, const QString& kind, const QJsonObject& values)
{
    const RecordMeta found = requireLive(id, kind, true);
    if (!found.isDeleted())
        return;
    Statement stmt = m_db.prepare(QStringLiteral("UPDATE records SET deleted_at = NULL WHERE id = ?"));
    stmt.bind(1, id).exec();
    recordVersion(id, QStringLiteral("restore"), values);
}

void RecordStore::purge(std::int64_t id)
{
    Statement stmt = m_db.prepare(QStringLiteral("DELETE FROM records WHERE id = ?"));
    stmt.bind(1, id).exec();
    if (m_db.changes() != 1)
        throw RecordError(RecordError::Kind::NotFound, tr("No record with id %1.").arg(id));
}

std::vector<RecordVersion> RecordStore::history(std::int64_t id) const
{
    if (!meta(id))
        throw RecordError(RecordError::Kind::NotFound, tr("No record with id %1.").arg(id));
    Statement stmt = m_db.prepare(QStringLiteral(
        "SELECT version, at, change, snapshot FROM record_versions WHERE record_id = ? ORDER BY version"));
    stmt.bind(1, id);
    std::vector<RecordVersion> out;
    while (stmt.step()) {
        RecordVersion version;
        version.version = stmt.integer(0);
        version.at = parseTimestamp(stmt.text(1));
        version.change = stmt.text(2);
        version.values = QJsonDocument::fromJson(stmt.text(3).toUtf8()).object();
        out.push_back(std::move(version));
    }
    return out;
}

std::vector<FieldChange> RecordStore::changes(const QJsonObject& before, const QJsonObject& after)
{
    std::vector<FieldChange> out;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QJsonValue old = before.value(it.key());
        if (old != it.value())
            out.push_back({it.key(), old, it.value()});
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()))
            out.push_back({it.key(), it.value(), QJsonValue(QJsonValue::Undefined)});
    }
    return out;
}

QString RecordStore::displayValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().isEmpty() ? QStringLiteral("—") : value.toString();
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts << (item.isString() || item.isDouble() || item.isBool() ? displayValue(item)
                                                                           : QString::fromUtf8(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact)));
        return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace carnet
