#include "ShareContent.h"

#include "AppointmentRepository.h"
#include "CareTeamRepository.h"
#include "Database.h"
#include "InsuranceRepository.h"
#include "JournalRepository.h"
#include "MedicationRepository.h"
#include "ProfileRepository.h"
#include "RecordError.h"
#include "RecordStore.h"
#include "ShareError.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace carnet {

namespace {

QString uuidOf(const RecordStore& store, std::int64_t id)
{
    const std::optional<RecordMeta> meta = store.meta(id);
    if (!meta || meta->uuid.isEmpty())
        throw RecordError(RecordError::Kind::NotFound, ShareContent::tr("Record %1 has no identifier.").arg(id));
    return meta->uuid;
}

ShareContent::Entry entryFrom(const JournalEntry& entry, const RecordStore& store)
{
    return {entry.id, uuidOf(store, entry.id), entry.occurredAt.toUTC(), entry.title, entry.body, entry.tags};
}

} // namespace

ShareContent ShareContent::collect(Database& db, const ShareSelection& selection)
{
    if (!selection.entryIds.empty() && selection.selectsEntriesByFilter())
        throw ShareError(ShareError::Kind::Invalid,
                         tr("Choose journal entries either by id or by tag and dates, not both."));
    // A tag that folds to nothing would select every entry: refuse it rather than overshare.
    if (!selection.tag.isEmpty() && JournalRepository::normalizeTag(selection.tag).isEmpty())
        throw ShareError(ShareError::Kind::Invalid, tr("'%1' is not a tag.").arg(selection.tag));
    if (selection.from.isValid() && selection.to.isValid() && selection.to < selection.from)
        throw ShareError(ShareError::Kind::Invalid, tr("The end of the date range is before its start."));

    const RecordStore store(db);
    ShareContent content;
    const Profile profile = ProfileRepository(db).get();
    content.profile = profile;
    content.patientUuid = profile.id > 0 ? uuidOf(store, profile.id) : QUuid::createUuid().toString(QUuid::WithoutBraces);

    const JournalRepository journal(db);
    if (!selection.entryIds.empty()) {
        QSet<std::int64_t> seen;
        for (const std::int64_t id : selection.entryIds) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            content.entries.push_back(entryFrom(journal.get(id), store));
        }
    } else if (selection.selectsEntriesByFilter()) {
        JournalRepository::Filter filter;
        filter.tag = selection.tag;
        filter.from = selection.from;
        filter.to = selection.to;
        for (int offset = 0;; offset += JournalRepository::MaxPageSize) {
            const std::vector<JournalEntry> page = journal.list(filter, offset, JournalRepository::MaxPageSize);
            for (const JournalEntry& entry : page)
                content.entries.push_back(entryFrom(entry, store));
            if (static_cast<int>(page.size()) < JournalRepository::MaxPageSize)
                break;
        }
    }
    std::stable_sort(content.entries.begin(), content.entries.end(),
                     [](const Entry& a, const Entry& b) { return a.occurredAt < b.occurredAt; });

    if (selection.medications) {
        content.includesMedications = true;
        for (Medication& medication : MedicationRepository(db).list(MedicationRepository::Filter::All))
            content.medications.push_back({uuidOf(store, medication.id), std::move(medication)});
    }
    if (selection.insurance) {
        content.includesInsurance = true;
        for (InsurancePlan& plan : InsuranceRepository(db).list())
            content.insurancePlans.push_back({uuidOf(store, plan.id), std::move(plan)});
    }
    if (selection.appointments) {
        content.includesAppointments = true;
        for (Appointment& appointment : AppointmentRepository(db).list(AppointmentRepository::Order::OldestFirst))
            content.appointments.push_back({uuidOf(store, appointment.id), std::move(appointment)});
    }
    if (content.itemCount() == 0)
        throw ShareError(ShareError::Kind::Invalid, tr("Nothing to share: the selection holds no record."));
    return content;
}

IdentifierScanner ShareContent::scannerFor(Database& db)
{
    IdentifierScanner scanner;
    QStringList names;
    const Profile profile = ProfileRepository(db).get();
    names << profile.fullName << profile.preferredName;
    for (const EmergencyContact& contact : profile.emergencyContacts)
        names << contact.name;
    for (const CareTeamMember& member : CareTeamRepository(db).list())
        names << member.name;
    names.removeAll(QString());
    scanner.addKnownNames(names);
    return scanner;
}

std::vector<ShareContent::Finding> ShareContent::findIdentifiers(const IdentifierScanner& scanner) const
{
    std::vector<Finding> findings;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        for (const IdentifierScanner::Match& match : scanner.scan(entries[i].title))
            findings.push_back({i, Field::Title, match});
        for (const IdentifierScanner::Match& match : scanner.scan(entries[i].body))
            findings.push_back({i, Field::Body, match});
    }
    return findings;
}

void ShareContent::redact(const std::vector<Finding>& findings)
{
    for (std::size_t i = 0; i < entries.size(); ++i) {
        std::vector<IdentifierScanner::Match> inTitle;
        std::vector<IdentifierScanner::Match> inBody;
        for (const Finding& finding : findings) {
            if (finding.entryIndex != i)
                continue;
            (finding.field == Field::Title ? inTitle : inBody).push_back(finding.match);
        }
        if (!inTitle.empty())
            entries[i].title = IdentifierScanner::redact(entries[i].title, inTitle);
        if (!inBody.empty())
            entries[i].body = IdentifierScanner::redact(entries[i].body, inBody);
    }
}

int ShareContent::itemCount() const
{
    return static_cast<int>(entries.size() + medications.size() + insurancePlans.size() + appointments.size());
}

QJsonObject ShareContent::disclosureItems() const
{
    QJsonArray ids;
    for (const Entry& entry : entries)
        ids.append(static_cast<qint64>(entry.id));
    return {
        {QStringLiteral("journal"), ids},
        {QStringLiteral("medications"), includesMedications},
        {QStringLiteral("insurance"), includesInsurance},
        {QStringLiteral("appointments"), includesAppointments},
    };
}

} // namespace carnet
