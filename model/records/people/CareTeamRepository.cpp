#include "CareTeamRepository.h"

#include "Database.h"
#include "PublicKeyText.h"
#include "RecordError.h"
#include "RecordFields.h"

namespace carnet {

namespace {

const QString MemberKind = QLatin1String(RecordStore::CareTeamMember);

const QString SelectMembers = QStringLiteral(
    "SELECT m.id, name, role, specialty, organization, phones, email, address, notes, age_recipient, minisign_key,"
    " fingerprint, pinned, pinned_at, r.created_at, r.updated_at, r.version"
    " FROM care_team m JOIN records r ON r.id = m.id ");

const QString ListOrder = QStringLiteral(
    " ORDER BY CASE role WHEN 'provider' THEN 0 WHEN 'caregiver' THEN 1 ELSE 2 END, name COLLATE NOCASE, m.id");

void bindValues(Statement& stmt, const CareTeamMember& member)
{
    stmt.bind(1, member.name);
    stmt.bind(2, member.role);
    RecordFields::bindText(stmt, 3, member.specialty);
    RecordFields::bindText(stmt, 4, member.organization);
    stmt.bind(5, LabelledPhone::listToStorage(member.phones));
    RecordFields::bindText(stmt, 6, member.email);
    RecordFields::bindText(stmt, 7, member.address);
    RecordFields::bindText(stmt, 8, member.notes);
    RecordFields::bindText(stmt, 9, member.ageRecipient);
    RecordFields::bindText(stmt, 10, member.minisignKey);
    RecordFields::bindText(stmt, 11, member.fingerprint);
    stmt.bind(12, member.pinned);
    if (member.pinnedAt.isValid())
        stmt.bind(13, RecordStore::timestamp(member.pinnedAt));
    else
        stmt.bindNull(13);
}

} // namespace

CareTeamRepository::CareTeamRepository(Database& db)
    : m_db(db)
    , m_store(db)
{
}

CareTeamMember CareTeamRepository::fromRow(const Statement& stmt)
{
    CareTeamMember member;
    member.id = stmt.int64(0);
    member.name = stmt.text(1);
    member.role = stmt.text(2);
    member.specialty = stmt.text(3);
    member.organization = stmt.text(4);
    member.phones = LabelledPhone::listFromStorage(stmt.text(5));
    member.email = stmt.text(6);
    member.address = stmt.text(7);
    member.notes = stmt.text(8);
    member.ageRecipient = stmt.text(9);
    member.minisignKey = stmt.text(10);
    member.fingerprint = stmt.text(11);
    member.pinned = stmt.integer(12) != 0;
    member.pinnedAt = RecordStore::parseTimestamp(stmt.text(13));
    member.createdAt = RecordStore::parseTimestamp(stmt.text(14));
    member.updatedAt = RecordStore::parseTimestamp(stmt.text(15));
    member.version = stmt.integer(16);
    return member;
}

std::vector<CareTeamMember> CareTeamRepository::select(const QString& whereAndOrder, std::int64_t id) const
{
    Statement stmt = m_db.prepare(SelectMembers + whereAndOrder);
    if (id != 0)
        stmt.bind(1, id);
    std::vector<CareTeamMember> out;
    while (stmt.step())
        out.push_back(fromRow(stmt));
    return out;
}

CareTeamMember CareTeamRepository::read(std::int64_t id, bool allowDeleted) const
{
    const std::optional<RecordMeta> meta = m_store.meta(id);
    if (!meta || meta->kind != MemberKind)
        throw RecordError(RecordError::Kind::NotFound, tr("No care-team member with id %1.").arg(id));
    if (meta->isDeleted() && !allowDeleted)
        throw RecordError(RecordError::Kind::NotFound, tr("The care-team member with id %1 was deleted.").arg(id));
    const std::vector<CareTeamMember> found = select(QStringLiteral("WHERE m.id = ?"), id);
    if (found.empty())
        throw RecordError(RecordError::Kind::NotFound, tr("No care-team member with id %1.").arg(id));
    return found.front();
}

std::int64_t CareTeamRepository::add(CareTeamMember member)
{
    member.normalizeAndValidate();
    Transaction tx(m_db);
    const std::int64_t id = m_store.createRecord(MemberKind);
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO care_team (name, role, specialty, organization, phones, email, address, notes, age_recipient,"
        " minisign_key, fingerprint, pinned, pinned_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindValues(insert, member);
    insert.bind(14, id).exec();
    m_store.recordVersion(id, QStringLiteral("create"), member.toJson());
    tx.commit();
    return id;
}

void CareTeamRepository::update(CareTeamMember member)
{
    // A pin time passed back unchanged is the old pin carried along, not a new confirmation.
    const QDateTime givenPinnedAt = member.pinnedAt;
    if (member.ageRecipient.trimmed().isEmpty() && member.minisignKey.trimmed().isEmpty() && givenPinnedAt.isValid())
        member.pinned = false;
    member.normalizeAndValidate();
    Transaction tx(m_db);
    const CareTeamMember current = read(member.id, false);
    const bool keysChanged = member.ageRecipient != current.ageRecipient || member.minisignKey != current.minisignKey;
    if (keysChanged && member.pinned && current.pinned && givenPinnedAt.isValid()
        && givenPinnedAt == current.pinnedAt) {
        member.pinned = false;
        member.pinnedAt = QDateTime();
    }
    if (current.toJson() == member.toJson())
        return;
    Statement update = m_db.prepare(QStringLiteral(
        "UPDATE care_team SET name = ?, role = ?, specialty = ?, organization = ?, phones = ?, email = ?,"
        " address = ?, notes = ?, age_recipient = ?, minisign_key = ?, fingerprint = ?, pinned = ?, pinned_at = ?"
        " WHERE id = ?"));
    bindValues(update, member);
    update.bind(14, member.id).exec();
    m_store.recordVersion(member.id, QStringLiteral("edit"), member.toJson());
    tx.commit();
}

CareTeamMember CareTeamRepository::get(std::int64_t id) const
{
    return read(id, false);
}

std::vector<CareTeamMember> CareTeamRepository::list() const
{
    return select(QStringLiteral("WHERE r.deleted_at IS NULL") + ListOrder);
}

std::vector<CareTeamMember> CareTeamRepository::listDeleted() const
{
    return select(QStringLiteral("WHERE r.deleted_at IS NOT NULL ORDER BY r.deleted_at DESC, m.id DESC"));
}

void CareTeamRepository::softDelete(std::int64_t id)
{
    Transaction tx(m_db);
    const CareTeamMember current = read(id, false);
    m_store.softDelete(id, MemberKind, current.toJson());
    tx.commit();
}

void CareTeamRepository::restore(std::int64_t id)
{
    Transaction tx(m_db);
    const CareTeamMember current = read(id, true);
    m_store.restore(id, MemberKind, current.toJson());
    tx.commit();
}

void CareTeamRepository::purge(std::int64_t id)
{
    Transaction tx(m_db);
    read(id, true);
    m_store.purge(id);
    tx.commit();
}

std::vector<RecordVersion> CareTeamRepository::history(std::int64_t id) const
{
    read(id, true);
    return m_store.history(id);
}

void CareTeamRepository::setPinned(std::int64_t id, bool pinned)
{
    CareTeamMember member = get(id);
    if (member.pinned == pinned)
        return;
    member.pinned = pinned;
    member.pinnedAt = QDateTime();
    update(member);
}

std::optional<CareTeamMember> CareTeamRepository::findByMinisignKey(const QString& key) const
{
    const std::optional<QByteArray> decoded = PublicKeyText::decodeMinisignKey(key);
    if (!decoded)
        return std::nullopt;
    Statement stmt
        = m_db.prepare(SelectMembers + QStringLiteral("WHERE r.deleted_at IS NULL AND minisign_key = ?") + ListOrder);
    stmt.bind(1, QString::fromLatin1(decoded->toBase64()));
    if (!stmt.step())
        return std::nullopt;
    return fromRow(stmt);
}

std::optional<CareTeamMember> CareTeamRepository::findByAgeRecipient(const QString& recipient) const
{
    const QString trimmed = recipient.trimmed();
    if (!PublicKeyText::decodeAgeRecipient(trimmed))
        return std::nullopt;
    Statement stmt
        = m_db.prepare(SelectMembers + QStringLiteral("WHERE r.deleted_at IS NULL AND age_recipient = ?") + ListOrder);
    stmt.bind(1, trimmed.toLower());
    if (!stmt.step())
        return std::nullopt;
    return fromRow(stmt);
}

} // namespace carnet
