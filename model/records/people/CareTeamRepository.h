#pragma once

#include "CareTeamMember.h"
#include "RecordStore.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace carnet {

class Database;
class Statement;

// Adds, edits, lists and deletes care-team members, pins their keys and finds them by key; every change keeps a
// version, deletes are soft until purged.
class CareTeamRepository
{
    Q_DECLARE_TR_FUNCTIONS(CareTeamRepository)

public:
    explicit CareTeamRepository(Database& db);

    // Validates, stores and returns the new record id. Throws RecordError(Invalid) naming a wrong field.
    std::int64_t add(CareTeamMember member);
    // Replaces every value of the member with id member.id. Throws RecordError(NotFound) for an unknown or
    // deleted id. Saving unchanged values adds no version. A pin belongs to the keys it confirmed: when the age
    // recipient or minisign key changes and the update carries the old pin time, the pin is dropped; to pin the
    // new keys, pass pinned with an invalid (or new) pinnedAt.
    void update(CareTeamMember member);
    // Throws RecordError(NotFound): "No care-team member with id N." or, when soft-deleted, that it was deleted.
    CareTeamMember get(std::int64_t id) const;
    // Live members: providers, then caregivers, then others, each by name.
    std::vector<CareTeamMember> list() const;
    // Soft-deleted care-team members, most recently deleted first (a trash to restore from).
    std::vector<CareTeamMember> listDeleted() const;

    void softDelete(std::int64_t id);
    void restore(std::int64_t id);
    // Removes a live or deleted member and its versions for good.
    void purge(std::int64_t id);
    std::vector<RecordVersion> history(std::int64_t id) const;

    // Pins (now) or unpins the member's keys. Throws RecordError(Invalid) when pinning a member without keys.
    void setPinned(std::int64_t id, bool pinned);
    // The live member with this minisign key (any form PublicKeyText accepts) or age recipient, if any; the share
    // reader uses it to name a signer and to warn when the signer is not pinned.
    std::optional<CareTeamMember> findByMinisignKey(const QString& key) const;
    std::optional<CareTeamMember> findByAgeRecipient(const QString& recipient) const;

private:
    CareTeamMember read(std::int64_t id, bool allowDeleted) const;
    std::vector<CareTeamMember> select(const QString& whereAndOrder, std::int64_t id = 0) const;
    static CareTeamMember fromRow(const Statement& stmt);

    Database& m_db;
    RecordStore m_store;
};

} // namespace carnet
