#include "DisclosureLog.h"

#include "Database.h"
#include "RecordStore.h"
#include "SchemaMigrator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace carnet {

namespace {

QString compactJson(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

} // namespace

Migration DisclosureLog::migration()
{
    return {8,
            QStringLiteral("sharing: disclosure log, received shares, seen export ids"),
            {
                QStringLiteral("CREATE TABLE disclosures ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " at TEXT NOT NULL,"
                               " export_id TEXT NOT NULL UNIQUE,"
                               " recipients TEXT NOT NULL,"
                               " items TEXT NOT NULL,"
                               " item_count INTEGER NOT NULL,"
                               " package_sha256 TEXT NOT NULL,"
                               " file_name TEXT NOT NULL)"),
                QStringLiteral("CREATE TRIGGER disclosures_no_update BEFORE UPDATE ON disclosures"
                               " BEGIN SELECT RAISE(ABORT, 'the disclosure log is append-only'); END"),
                QStringLiteral("CREATE TRIGGER disclosures_no_delete BEFORE DELETE ON disclosures"
                               " BEGIN SELECT RAISE(ABORT, 'the disclosure log is append-only'); END"),
                QStringLiteral("CREATE TABLE received_shares ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " received_at TEXT NOT NULL,"
                               " export_id TEXT NOT NULL,"
                               " signer_fingerprint TEXT NOT NULL,"
                               " signer_name TEXT NOT NULL,"
                               " trusted_comment TEXT NOT NULL,"
                               " bundle BLOB NOT NULL)"),
                QStringLiteral("CREATE TABLE seen_exports ("
                               " export_id TEXT PRIMARY KEY,"
                               " signer_fingerprint TEXT NOT NULL,"
                               " first_seen TEXT NOT NULL)"),
            }};
}

DisclosureLog::DisclosureLog(Database& db)
    : m_db(db)
{
}

std::int64_t DisclosureLog::record(const Disclosure& disclosure)
{
    QJsonArray recipients;
    for (const Recipient& r : disclosure.recipients) {
        recipients.append(QJsonObject{{QStringLiteral("label"), r.label},
                                      {QStringLiteral("kind"), r.kind},
                                      {QStringLiteral("fingerprint"), r.fingerprint}});
    }
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO disclosures (at, export_id, recipients, items, item_count, package_sha256, file_name)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, RecordStore::timestamp(disclosure.at.isValid() ? disclosure.at : QDateTime::currentDateTimeUtc()))
        .bind(2, disclosure.exportId)
        .bind(3, compactJson(recipients))
        .bind(4, compactJson(disclosure.items))
        .bind(5, disclosure.itemCount)
        .bind(6, disclosure.packageSha256)
        .bind(7, disclosure.fileName)
        .exec();
    return m_db.lastInsertRowId();
}

std::vector<DisclosureLog::Disclosure> DisclosureLog::list() const
{
    Statement select = m_db.prepare(QStringLiteral(
        "SELECT id, at, export_id, recipients, items, item_count, package_sha256, file_name FROM disclosures"
        " ORDER BY at DESC, id DESC"));
    std::vector<Disclosure> out;
    while (select.step()) {
        Disclosure d;
        d.id = select.int64(0);
        d.at = RecordStore::parseTimestamp(select.text(1));
        d.exportId = select.text(2);
        for (const QJsonValue& value : QJsonDocument::fromJson(select.text(3).toUtf8()).array()) {
            const QJsonObject o = value.toObject();
            d.recipients.push_back({o.value(QStringLiteral("label")).toString(), o.value(QStringLiteral("kind")).toString(),
                                    o.value(QStringLiteral("fingerprint")).toString()});
        }
        d.items = QJsonDocument::fromJson(select.text(4).toUtf8()).object();
        d.itemCount = select.integer(5);
        d.packageSha256 = select.text(6);
        d.fileName = select.text(7);
        out.push_back(std::move(d));
    }
    return out;
}

std::int64_t DisclosureLog::count() const
{
    Statement select = m_db.prepare(QStringLiteral("SELECT count(*) FROM disclosures"));
    select.step();
    return select.int64(0);
}

} // namespace carnet
