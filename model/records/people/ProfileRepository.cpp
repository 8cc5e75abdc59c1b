#include "ProfileRepository.h"

#include "Database.h"
#include "RecordFields.h"

namespace carnet {

namespace {

const QString ProfileKind = QLatin1String(RecordStore::Profile);

} // namespace

ProfileRepository::ProfileRepository(Database& db)
    : m_db(db)
    , m_store(db)
{
}

Profile ProfileRepository::get() const
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "SELECT p.id, full_name, preferred_name, birth_date, sex, gender_identity, blood_type, height_cm, weight_kg,"
        " address, phone, email, language, emergency_contacts, organ_donor, notes,"
        " r.created_at, r.updated_at, r.version"
        " FROM profile p JOIN records r ON r.id = p.id WHERE r.deleted_at IS NULL"));
    Profile profile;
    if (!stmt.step())
        return profile;
    profile.id = stmt.int64(0);
    profile.fullName = stmt.text(1);
    profile.preferredName = stmt.text(2);
    profile.birthDate = RecordFields::dateFromText(stmt.text(3));
    profile.sex = stmt.text(4);
    profile.genderIdentity = stmt.text(5);
    profile.bloodType = stmt.text(6);
    profile.heightCm = RecordFields::numberAt(stmt, 7);
    profile.weightKg = RecordFields::numberAt(stmt, 8);
    profile.address = stmt.text(9);
    profile.phone = stmt.text(10);
    profile.email = stmt.text(11);
    profile.language = stmt.text(12);
    profile.emergencyContacts = EmergencyContact::listFromStorage(stmt.text(13));
    if (!stmt.isNull(14))
        profile.organDonor = stmt.integer(14) != 0;
    profile.notes = stmt.text(15);
    profile.createdAt = RecordStore::parseTimestamp(stmt.text(16));
    profile.updatedAt = RecordStore::parseTimestamp(stmt.text(17));
    profile.version = stmt.integer(18);
    return profile;
}

bool ProfileRepository::exists() const
{
    return get().id != 0;
}

Profile ProfileRepository::set(Profile profile)
{
    profile.normalizeAndValidate();
    const Profile current = get();
    if (current.id != 0 && current.toJson() == profile.toJson())
        return current;

    Transaction tx(m_db);
    std::int64_t id = current.id;
    QString change = QStringLiteral("edit");
    if (id == 0) {
        id = m_store.createRecord(ProfileKind);
        Statement insert = m_db.prepare(QStringLiteral("INSERT INTO profile (id) VALUES (?)"));
        insert.bind(1, id).exec();
        change = QStringLiteral("create");
    }
    Statement update = m_db.prepare(QStringLiteral(
        "UPDATE profile SET full_name = ?, preferred_name = ?, birth_date = ?, sex = ?, gender_identity = ?,"
        " blood_type = ?, height_cm = ?, weight_kg = ?, address = ?, phone = ?, email = ?, language = ?,"
        " emergency_contacts = ?, organ_donor = ?, notes = ? WHERE id = ?"));
    RecordFields::bindText(update, 1, profile.fullName);
    RecordFields::bindText(update, 2, profile.preferredName);
    RecordFields::bindDate(update, 3, profile.birthDate);
    RecordFields::bindText(update, 4, profile.sex);
    RecordFields::bindText(update, 5, profile.genderIdentity);
    RecordFields::bindText(update, 6, profile.bloodType);
    RecordFields::bindNumber(update, 7, profile.heightCm);
    RecordFields::bindNumber(update, 8, profile.weightKg);
    RecordFields::bindText(update, 9, profile.address);
    RecordFields::bindText(update, 10, profile.phone);
    RecordFields::bindText(update, 11, profile.email);
    RecordFields::bindText(update, 12, profile.language);
    update.bind(13, EmergencyContact::listToStorage(profile.emergencyContacts));
    if (profile.organDonor)
        update.bind(14, *profile.organDonor);
    else
        update.bindNull(14);
    RecordFields::bindText(update, 15, profile.notes);
    update.bind(16, id);
    update.exec();
    m_store.recordVersion(id, change, profile.toJson());
    tx.commit();
    return get();
}

Profile ProfileRepository::set(const ProfileChanges& changes)
{
    Profile profile = get();
    changes.applyTo(profile);
    return set(profile);
}

std::vector<RecordVersion> ProfileRepository::history() const
{
    const std::int64_t id = get().id;
    if (id == 0)
        return {};
    return m_store.history(id);
}

} // namespace carnet
