#include "DemoVault.h"
#include "AgeIdentity.h"

#include "Allergy.h"
#include "AllergyRepository.h"
#include "Appointment.h"
#include "AppointmentRepository.h"
#include "CareTeamMember.h"
#include "CareTeamRepository.h"
#include "Clock.h"
#include "Condition.h"
#include "ConditionRepository.h"
#include "Database.h"
#include "InsurancePlan.h"
#include "InsuranceRepository.h"
#include "JournalEntry.h"
#include "JournalRepository.h"
#include "Medication.h"
#include "MedicationRepository.h"
#include "MinisignKeyPair.h"
#include "Profile.h"
#include "ProfileRepository.h"
#include "Vault.h"
#include "VaultIdentity.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace carnet {

namespace {

struct EntryTemplate
{
    const char* title;
    const char* body;
    const char* tags;
    int mood;
};

// Written to read like a real patient's notes; placeholders are not needed because nothing here is real.
const EntryTemplate Entries[] = {
    {QT_TRANSLATE_NOOP("DemoVault", "Morning walk"),
     QT_TRANSLATE_NOOP("DemoVault", "Walked **30 minutes** by the river. Knees fine, a little short of breath on the hill."),
     "exercise", 4},
    {QT_TRANSLATE_NOOP("DemoVault", "Headache after lunch"),
     QT_TRANSLATE_NOOP("DemoVault", "Dull headache on the left side from about 14:00.\n\n- drank two glasses of water\n"
                                    "- lay down for 20 minutes\n\nGone by the evening."),
     "headache,symptoms", 2},
    {QT_TRANSLATE_NOOP("DemoVault", "Blood sugar log"),
     QT_TRANSLATE_NOOP("DemoVault", "Fasting glucose 6.4 mmol/L, after dinner 8.1 mmol/L. Slightly higher than last week."),
     "diabetes,measurements", 3},
    {QT_TRANSLATE_NOOP("DemoVault", "Slept badly"),
     QT_TRANSLATE_NOOP("DemoVault", "Woke up three times. Maybe the coffee at 17:00. Tired all morning."),
     "sleep", 2},
    {QT_TRANSLATE_NOOP("DemoVault", "Blood pressure"),
     QT_TRANSLATE_NOOP("DemoVault", "Home reading 132/84, pulse 71, sitting, after 5 minutes rest."),
     "blood-pressure,measurements", 3},
    {QT_TRANSLATE_NOOP("DemoVault", "Good day"),
     QT_TRANSLATE_NOOP("DemoVault", "Energy back. Cooked with the grandchildren and did the garden."),
     "mood", 5},
    {QT_TRANSLATE_NOOP("DemoVault", "Pollen season"),
     QT_TRANSLATE_NOOP("DemoVault", "Itchy eyes and sneezing all afternoon. Took the antihistamine at 16:00; helped within an hour."),
     "allergy,symptoms", 3},
    {QT_TRANSLATE_NOOP("DemoVault", "Questions for the next visit"),
     QT_TRANSLATE_NOOP("DemoVault", "1. Can the metformin be taken with dinner instead?\n2. Is the ankle swelling "
                                    "related to the amlodipine?\n3. Flu vaccine this year?"),
     "questions", 3},
    {QT_TRANSLATE_NOOP("DemoVault", "Knee pain"),
     QT_TRANSLATE_NOOP("DemoVault", "Right knee stiff after the stairs. Ice for 15 minutes, better after rest."),
     "pain,symptoms", 2},
    {QT_TRANSLATE_NOOP("DemoVault", "Physiotherapy exercises"),
     QT_TRANSLATE_NOOP("DemoVault", "Did the full set: 3 × 10 leg raises, 3 × 10 heel slides, 5 minutes on the bike."),
     "exercise,physio", 4},
};

QString translated(const char* text)
{
    return QCoreApplication::translate("DemoVault", text);
}

int addJournal(JournalRepository& journal, const QDateTime& now, QRandomGenerator& random)
{
    const QDate today = now.date();
    std::vector<JournalEntry> entries;
    for (int daysAgo = 364; daysAgo >= 0; --daysAgo) {
        // About three entries a week, more in the weeks around a visit.
        if (random.bounded(100) >= 42)
            continue;
        const EntryTemplate& t = Entries[random.bounded(static_cast<int>(std::size(Entries)))];
        JournalEntry entry;
        entry.occurredAt = QDateTime(today.addDays(-daysAgo), QTime(7 + random.bounded(14), random.bounded(4) * 15));
        if (entry.occurredAt > now)
            continue;
        entry.title = translated(t.title);
        entry.body = translated(t.body);
        entry.tags = QString::fromLatin1(t.tags).split(QLatin1Char(','));
        entry.mood = std::clamp(t.mood + random.bounded(3) - 1, JournalEntry::MinMood, JournalEntry::MaxMood);
        entries.push_back(std::move(entry));
    }
    journal.addBatch(entries);
    return static_cast<int>(entries.size());
}

Medication medication(const QString& name, const QString& strength, const QString& form, double dose,
                      const QString& unit, MedicationSchedule schedule, const QString& reason, const QDate& start)
{
    Medication m;
    m.name = name;
    m.strength = strength;
    m.form = form;
    m.route = QStringLiteral("oral");
    m.doseAmount = dose;
    m.doseUnit = unit;
    m.schedule = std::move(schedule);
    m.reason = reason;
    m.startDate = start;
    m.prescriber = QStringLiteral("Dr. Lena Okafor");
    m.pharmacy = QStringLiteral("Riverside Pharmacy");
    return m;
}

std::pair<int, int> addMedications(MedicationRepository& meds, const QDate& today, QRandomGenerator& random)
{
    const QDate yearAgo = today.addDays(-365);
    Medication metformin = medication(QStringLiteral("Metformin"), QStringLiteral("500 mg"), QStringLiteral("tablet"), 1,
                                      DemoVault::tr("tablet"), MedicationSchedule::fixedTimes({QTime(8, 0), QTime(20, 0)}),
                                      DemoVault::tr("Type 2 diabetes"), yearAgo);
    metformin.refillsLeft = 2;
    metformin.nextRefillDate = today.addDays(4);
    Medication amlodipine = medication(QStringLiteral("Amlodipine"), QStringLiteral("5 mg"), QStringLiteral("tablet"), 1,
                                       DemoVault::tr("tablet"), MedicationSchedule::fixedTimes({QTime(8, 0)}), DemoVault::tr("High blood pressure"),
                                       yearAgo.addDays(40));
    amlodipine.refillsLeft = 5;
    amlodipine.nextRefillDate = today.addDays(23);
    Medication vitaminD = medication(QStringLiteral("Vitamin D3"), QStringLiteral("1000 IU"), QStringLiteral("capsule"), 1,
                                     DemoVault::tr("capsule"), MedicationSchedule::onWeekdays({1, 4}, {QTime(9, 0)}),
                                     DemoVault::tr("Low vitamin D"), yearAgo.addDays(100));
    Medication cetirizine = medication(QStringLiteral("Cetirizine"), QStringLiteral("10 mg"), QStringLiteral("tablet"), 1,
                                       DemoVault::tr("tablet"), MedicationSchedule::asNeeded(), DemoVault::tr("Hay fever"), yearAgo.addDays(60));
    Medication ibuprofen = medication(QStringLiteral("Ibuprofen"), QStringLiteral("400 mg"), QStringLiteral("tablet"), 1,
                                      DemoVault::tr("tablet"), MedicationSchedule::fixedTimes({QTime(8, 0), QTime(14, 0), QTime(20, 0)}),
                                      DemoVault::tr("Knee pain"), yearAgo.addDays(200));

    const std::int64_t scheduled[] = {meds.add(metformin), meds.add(amlodipine), meds.add(vitaminD)};
    const std::int64_t prn = meds.add(cetirizine);
    const std::int64_t stopped = meds.add(ibuprofen);
    meds.stop(stopped, yearAgo.addDays(214), DemoVault::tr("Knee better; stopped after two weeks"));

    // The last eight weeks of the dose log: mostly on time, some late, a few skipped, a few forgotten.
    int doses = 0;
    const QDateTime now = meds.clock().now();
    for (int daysAgo = 56; daysAgo >= 0; --daysAgo) {
        const QDate day = today.addDays(-daysAgo);
        for (const DueDose& due : meds.dueDoses(day)) {
            if (std::find(std::begin(scheduled), std::end(scheduled), due.medicationId) == std::end(scheduled))
                continue;
            const int roll = random.bounded(100);
            const QDateTime at = due.scheduledFor.addSecs(60 * (roll < 80 ? random.bounded(-10, 25) : random.bounded(70, 150)));
            if (at > now || roll >= 97)
                continue; // still pending, or forgotten
            const DoseEvent::Status status = roll >= 93 ? DoseEvent::Status::Skipped : DoseEvent::Status::Taken;
            meds.recordDose(due.medicationId, status, status == DoseEvent::Status::Skipped ? due.scheduledFor : at,
                            due.scheduledFor);
            ++doses;
        }
        if (day.month() >= 4 && day.month() <= 6 && random.bounded(100) < 30 && QDateTime(day, QTime(16, 0)) < now) {
            meds.recordDose(prn, DoseEvent::Status::Taken, QDateTime(day, QTime(16, 0)));
            ++doses;
        }
    }
    return {5, doses};
}

int addAppointments(AppointmentRepository& calendar, const QDate& today)
{
    const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    const auto at = [&](int days, int hour, int minute) {
        return QDateTime(today.addDays(days), QTime(hour, minute)).toUTC();
    };
    const auto make = [&](const QString& title, const QString& provider, const QString& place, const QDateTime& start,
                          int minutes) {
        Appointment a;
        a.title = title;
        a.provider = provider;
        a.place = place;
        a.start = start;
        a.end = start.addSecs(60 * minutes);
        a.timeZone = zone;
        a.reminderMinutes = {1440, 60};
        return a;
    };
    int count = 0;
    const auto add = [&](const Appointment& a) {
        calendar.add(a);
        ++count;
    };
    add(make(DemoVault::tr("Diabetes check-up"), QStringLiteral("Dr. Lena Okafor"), DemoVault::tr("Riverside Health Centre"), at(-90, 10, 30), 30));
    add(make(DemoVault::tr("Blood test (HbA1c)"), DemoVault::tr("Laboratory"), DemoVault::tr("Riverside Health Centre, lab"), at(-14, 8, 0), 15));
    add(make(DemoVault::tr("Eye examination"), QStringLiteral("Dr. Tomás Ferreira"), DemoVault::tr("City Eye Clinic"), at(-40, 15, 0), 45));
    add(make(DemoVault::tr("Diabetes check-up"), QStringLiteral("Dr. Lena Okafor"), DemoVault::tr("Riverside Health Centre"), at(3, 10, 30), 30));
    add(make(DemoVault::tr("Dental cleaning"), DemoVault::tr("Smile Dental"), DemoVault::tr("Smile Dental, Market Square"), at(11, 9, 0), 45));
    add(make(DemoVault::tr("Flu vaccination"), DemoVault::tr("Riverside Pharmacy"), DemoVault::tr("Riverside Pharmacy"), at(6, 17, 30), 15));
    Appointment physio = make(DemoVault::tr("Physiotherapy"), QStringLiteral("Sam Whitfield"), DemoVault::tr("MoveWell Physio"), at(-20, 16, 0), 45);
    physio.recurrenceRule = QStringLiteral("FREQ=WEEKLY;COUNT=10");
    add(physio);
    return count;
}

int addInsurance(InsuranceRepository& insurance, const QDate& today)
{
    InsurancePlan health;
    health.payer = QStringLiteral("Meridian Health Mutual");
    health.planName = QStringLiteral("Silver Plus");
    health.planType = QStringLiteral("medical");
    health.memberId = QStringLiteral("MHM-4821-7730-02");
    health.groupNumber = QStringLiteral("GRP-20931");
    health.subscriberName = QStringLiteral("Maren Halvorsen");
    health.relationship = QStringLiteral("self");
    health.effectiveFrom = QDate(today.year(), 1, 1);
    health.effectiveTo = QDate(today.year(), 12, 31);
    health.payerPhone = QStringLiteral("+1 555 0100 200");
    insurance.add(health);
    InsurancePlan dental;
    dental.payer = QStringLiteral("BrightSmile Dental");
    dental.planName = QStringLiteral("Basic");
    dental.planType = QStringLiteral("dental");
    dental.memberId = QStringLiteral("BSD-99120");
    dental.subscriberName = QStringLiteral("Maren Halvorsen");
    dental.relationship = QStringLiteral("self");
    dental.effectiveFrom = today.addYears(-2);
    dental.payerPhone = QStringLiteral("+1 555 0100 300");
    insurance.add(dental);
    return 2;
}

int addPeople(Database& db)
{
    Profile profile;
    profile.fullName = QStringLiteral("Maren Halvorsen");
    profile.preferredName = QStringLiteral("Maren");
    profile.birthDate = QDate(1958, 6, 14);
    profile.sex = QStringLiteral("female");
    profile.bloodType = QStringLiteral("A+");
    profile.heightCm = 168;
    profile.weightKg = 74.5;
    profile.phone = QStringLiteral("+1 555 0100 111");
    profile.email = QStringLiteral("maren@example.org");
    profile.language = QStringLiteral("en");
    profile.emergencyContacts = {{QStringLiteral("Jonas Halvorsen"), DemoVault::tr("son"), QStringLiteral("+1 555 0100 112")}};
    ProfileRepository(db).set(profile);

    Allergy penicillin;
    penicillin.substance = DemoVault::tr("Penicillin");
    penicillin.category = QStringLiteral("medication");
    penicillin.reaction = DemoVault::tr("Hives and swelling");
    penicillin.severity = QStringLiteral("severe");
    penicillin.status = QStringLiteral("active");
    AllergyRepository(db).add(penicillin);
    Allergy pollen;
    pollen.substance = DemoVault::tr("Grass pollen");
    pollen.category = QStringLiteral("environment");
    pollen.reaction = DemoVault::tr("Sneezing, itchy eyes");
    pollen.severity = QStringLiteral("mild");
    pollen.status = QStringLiteral("active");
    AllergyRepository(db).add(pollen);

    const auto condition = [&](const QString& name, const QDate& onset) {
        Condition c;
        c.name = name;
        c.onsetDate = onset;
        c.status = QStringLiteral("active");
        ConditionRepository(db).add(c);
    };
    condition(DemoVault::tr("Type 2 diabetes"), QDate(2019, 3, 1));
    condition(DemoVault::tr("High blood pressure"), QDate(2021, 9, 1));

    CareTeamRepository team(db);
    enum class Keys { None, Pinned, NotPinned };
    const auto member = [&](const QString& name, const QString& role, const QString& specialty, const QString& org,
                            Keys keys) {
        CareTeamMember m;
        m.name = name;
        m.role = role;
        m.specialty = specialty;
        m.organization = org;
        if (keys != Keys::None) {
            // Fresh keys of a made-up practice, so the demo's share wizard has someone to encrypt to.
            const MinisignKeyPair signing = MinisignKeyPair::generate();
            m.ageRecipient = AgeIdentity::generate().recipient().toString();
            m.minisignKey = QString::fromLatin1(signing.publicKey().toBase64());
            m.fingerprint = VaultIdentity::fingerprintOfSigningKey(signing.publicKey().publicKey()).toDisplayString();
            m.pinned = keys == Keys::Pinned;
        }
        team.add(m);
    };
    member(QStringLiteral("Dr. Lena Okafor"), QStringLiteral("provider"), DemoVault::tr("General practice"),
           DemoVault::tr("Riverside Health Centre"), Keys::Pinned);
    member(QStringLiteral("Dr. Tomás Ferreira"), QStringLiteral("provider"), DemoVault::tr("Ophthalmology"),
           DemoVault::tr("City Eye Clinic"), Keys::NotPinned);
    member(QStringLiteral("Jonas Halvorsen"), QStringLiteral("caregiver"), QString(), QString(), Keys::None);
    return 3;
}

} // namespace

DemoVault::Counts DemoVault::populate(Database& db, const Clock& clock, quint32 seed)
{
    QRandomGenerator random(seed);
    const QDate today = clock.now().toLocalTime().date();
    Counts counts;
    JournalRepository journal(db);
    counts.journalEntries = addJournal(journal, clock.now().toLocalTime(), random);
    MedicationRepository meds(db, clock);
    std::tie(counts.medications, counts.doses) = addMedications(meds, today, random);
    AppointmentRepository calendar(db);
    counts.appointments = addAppointments(calendar, today);
    InsuranceRepository insurance(db);
    counts.insurancePlans = addInsurance(insurance, today);
    counts.careTeam = addPeople(db);
    return counts;
}

std::unique_ptr<Vault> DemoVault::create(const QString& folder, const Clock& clock)
{
    Vault::Created created = Vault::create(folder, SecretBytes::fromUtf8(QString::fromLatin1(Passphrase)),
                                           PassphraseKdf::floor());
    populate(created.vault->database(), clock);
    return std::move(created.vault);
}

} // namespace carnet
