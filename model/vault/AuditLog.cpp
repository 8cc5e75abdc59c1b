#include "AuditLog.h"

#include "Database.h"
#include "Hash.h"

#include <QtEndian>

namespace carnet {

namespace {
constexpr int MacSize = 32;
const QString TimestampFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ");
} // namespace

AuditLog::AuditLog(Database& db, SecretBytes macKey)
    : m_db(db)
    , m_macKey(std::move(macKey))
{
    m_macKey.noAccess();
}

QStringList AuditLog::schema()
{
    return {
        QStringLiteral("CREATE TABLE audit_log ("
                       " seq INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " event TEXT NOT NULL,"
                       " detail TEXT NOT NULL DEFAULT '',"
                       " prev_mac BLOB NOT NULL,"
                       " mac BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_head ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " seq INTEGER NOT NULL,"
                       " mac BLOB NOT NULL)"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    };
}

QByteArray AuditLog::computeMac(const QByteArray& previousMac, std::int64_t seq, const QString& at,
                                const QString& event, const QString& detail) const
{
    QByteArray message = previousMac;
    char seqBytes[8];
    qToLittleEndian<qint64>(seq, seqBytes);
    message.append(seqBytes, 8);
    // NUL separators keep ("ab","c") and ("a","bc") apart.
    message.append(at.toUtf8()).append('\0').append(event.toUtf8()).append('\0').append(detail.toUtf8());
    SecretReadGuard guard(m_macKey);
    return Hash::blake2bKeyed(message, m_macKey, MacSize);
}

void AuditLog::append(const QString& event, const QString& detail, const QDateTime& at)
{
    std::int64_t seq = 1;
    QByteArray previous(MacSize, '\0');
    {
        Statement head = m_db.prepare(QStringLiteral("SELECT seq, mac FROM audit_head WHERE id = 1"));
        if (head.step()) {
            seq = head.int64(0) + 1;
            previous = head.blob(1);
        }
    }
    const QString when = at.toUTC().toString(TimestampFormat);
    const QByteArray mac = computeMac(previous, seq, when, event, detail);
    Statement insert = m_db.prepare(
        QStringLiteral("INSERT INTO audit_log (seq, at, event, detail, prev_mac, mac) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(1, seq).bind(2, when).bind(3, event).bind(4, detail.isNull() ? QString(QLatin1String("")) : detail);
    insert.bind(5, previous).bind(6, mac).exec();
    Statement updateHead = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO audit_head (id, seq, mac) VALUES (1, ?, ?)"));
    updateHead.bind(1, seq).bind(2, mac).exec();
}

std::vector<AuditLog::Entry> AuditLog::entries(std::int64_t afterSeq, int limit) const
{
    Statement stmt = m_db.prepare(
        QStringLiteral("SELECT seq, at, event, detail FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?"));
    stmt.bind(1, afterSeq).bind(2, static_cast<std::int64_t>(limit));
    std::vector<Entry> out;
    while (stmt.step()) {
        Entry entry;
        entry.seq = stmt.int64(0);
        entry.at = QDateTime::fromString(stmt.text(1), Qt::ISODateWithMs);
        entry.event = stmt.text(2);
        entry.detail = stmt.text(3);
        out.push_back(std::move(entry));
    }
    return out;
}

std::int64_t AuditLog::count() const
{
    Statement stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM audit_log"));
    stmt.step();
    return stmt.int64(0);
}

AuditLog::Verification AuditLog::verify() const
{
    Verification result;
    auto fail = [&result](std::int64_t seq, const QString& problem) {
        result.ok = false;
        result.firstBadSeq = seq;
        result.problem = problem;
        return result;
    };
    Statement stmt = m_db.prepare(QStringLiteral("SELECT seq, at, event, detail, prev_mac, mac FROM audit_log ORDER BY seq"));
    std::int64_t expectedSeq = 1;
    QByteArray previous(MacSize, '\0');
    while (stmt.step()) {
        const std::int64_t seq = stmt.int64(0);
        if (seq != expectedSeq)
            return fail(expectedSeq, tr("Entry %1 is missing: the log was cut.").arg(expectedSeq));
        if (stmt.blob(4) != previous)
            return fail(seq, tr("Entry %1 does not follow the entry before it.").arg(seq));
        const QByteArray mac = computeMac(previous, seq, stmt.text(1), stmt.text(2), stmt.text(3));
        if (mac != stmt.blob(5))
            return fail(seq, tr("Entry %1 was altered after it was written.").arg(seq));
        previous = mac;
        ++expectedSeq;
        ++result.rowsChecked;
    }
    Statement head = m_db.prepare(QStringLiteral("SELECT seq, mac FROM audit_head WHERE id = 1"));
    if (head.step()) {
        if (head.int64(0) != expectedSeq - 1 || head.blob(1) != previous)
            return fail(expectedSeq, tr("Entries after %1 were removed.").arg(expectedSeq - 1));
    } else if (result.rowsChecked > 0) {
        return fail(expectedSeq, tr("The log's head record is missing."));
    }
    return result;
}

QString AuditLog::describe(const QString& event)
{
    if (event == QLatin1String(VaultCreated))
        return tr("Vault created");
    if (event == QLatin1String(Unlocked))
        return tr("Unlocked");
    if (event == QLatin1String(UnlockFailed))
        return tr("Failed unlock attempt");
    if (event == QLatin1String(Locked))
        return tr("Locked");
    if (event == QLatin1String(PassphraseChanged))
        return tr("Passphrase changed");
    if (event == QLatin1String(Recovered))
        return tr("Opened with the recovery code");
    if (event == QLatin1String(DataKeyRotated))
        return tr("Data key rotated");
    // Written by the sharing code (SharePackageWriter, ReceivedShareStore), named here so the log reads as prose.
    if (event == QLatin1String("share_exported"))
        return tr("Share saved for a provider or caregiver");
    if (event == QLatin1String("share_kept"))
        return tr("Received share kept in Shared with me");
    if (event == QLatin1String("share_removed"))
        return tr("Received share removed");
    return event;
}

} // namespace carnet
