#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace carnet {

class Database;

// What every record shares, whatever its kind: a vault-wide id, a UUID for exports, times, and soft deletion.
struct RecordMeta
{
    std::int64_t id = 0;
    QString kind;
    QString uuid;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; // invalid while the record is live
    int version = 0;

    bool isDeleted() const { return deletedAt.isValid(); }
};

// One stored version of a record: the full values after a change, so any earlier state can be shown.
struct RecordVersion
{
    int version = 0;
    QDateTime at;
    QString change; // "create", "edit", "delete", "restore"
    QJsonObject values;
};

// One field that differs between two versions of a record.
struct FieldChange
{
    QString key;
    QJsonValue before; // undefined when the field is new
    QJsonValue after;  // undefined when the field was removed
};

// The table of all records and their amendment trail; every kind's repository goes through it.
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)

public:
    // Record kinds as stored in records.kind.
    static constexpr const char* Journal = "journal";
    static constexpr const char* Medication = "medication";
    static constexpr const char* Appointment = "appointment";
    static constexpr const char* Insurance = "insurance";
    static constexpr const char* Allergy = "allergy";
    static constexpr const char* Condition = "condition";
    static constexpr const char* CareTeamMember = "careteam";
    static constexpr const char* Profile = "profile";

    static QStringList schema();

    explicit RecordStore(Database& db);

    // Inside the caller's transaction: allocates the id; the caller then inserts its row and calls recordVersion().
    std::int64_t createRecord(const QString& kind, const QDateTime& at = QDateTime::currentDateTimeUtc());
    // Stores the values a record has after a change and bumps its version and updated_at.
    void recordVersion(std::int64_t id, const QString& change, const QJsonObject& values,
                       const QDateTime& at = QDateTime::currentDateTimeUtc());

    std::optional<RecordMeta> meta(std::int64_t id) const;
    // Throws RecordError(NotFound) unless the record exists, has this kind and (unless allowDeleted) is live.
    RecordMeta requireLive(std::int64_t id, const QString& kind, bool allowDeleted = false) const;

    // Soft delete: the row stays, hidden from lists, until purge(). The values at deletion are kept as a version.
    void softDelete(std::int64_t id, const QString& kind, const QJsonObject& lastValues);
    void restore(std::int64_t id, const QString& kind, const QJsonObject& values);
    // Removes the record, its kind row (ON DELETE CASCADE) and its versions for good.
    void purge(std::int64_t id);

    std::vector<RecordVersion> history(std::int64_t id) const;

    // The fields that differ between two versions, in the order of `after` then removed ones; for a first version,
    // pass an empty `before` to list every field.
    static std::vector<FieldChange> changes(const QJsonObject& before, const QJsonObject& after);
    // A value as one line of text for history views: strings as they are, lists joined, empty as a dash.
    static QString displayValue(const QJsonValue& value);

    static QString timestamp(const QDateTime& at);
    static QDateTime parseTimestamp(const QString& text);

private:
    Database& m_db;
};

} // namespace carnet
