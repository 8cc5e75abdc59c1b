#include "MedicationRepository.h"

#include "Clock.h"
#include "Database.h"
#include "RecordError.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace carnet {

namespace {

const QString MedicationKind = QLatin1String(RecordStore::Medication);

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate parseDate(const QString& text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QVariant optionalReal(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

DueDose::Status dueStatusOf(DoseEvent::Status status)
{
    switch (status) {
    case DoseEvent::Status::Taken:
        return DueDose::Status::Taken;
    case DoseEvent::Status::Late:
        return DueDose::Status::Late;
    case DoseEvent::Status::Skipped:
        return DueDose::Status::Skipped;
    }
    return DueDose::Status::Pending;
}

const QString DoseColumns = QStringLiteral(
    "d.id, d.medication_id, d.scheduled_for, d.recorded_at, d.status, d.amount, d.note, d.logged_at");

DoseEvent readDose(const Statement& stmt)
{
    DoseEvent dose;
    dose.id = stmt.int64(0);
    dose.medicationId = stmt.int64(1);
    dose.scheduledFor = RecordStore::parseTimestamp(stmt.text(2));
    dose.recordedAt = RecordStore::parseTimestamp(stmt.text(3));
    dose.status = DoseEvent::statusFromName(stmt.text(4)).value_or(DoseEvent::Status::Taken);
    if (!stmt.isNull(5))
        dose.amount = stmt.real(5);
    dose.note = stmt.text(6);
    dose.loggedAt = RecordStore::parseTimestamp(stmt.text(7));
    return dose;
}

// The day a dose belongs to: its scheduled day, or the day it was taken.
QDate doseDay(const QDateTime& at, const std::optional<QDateTime>& scheduledFor)
{
    return (scheduledFor ? *scheduledFor : at).toLocalTime().date();
}

} // namespace

MedicationRepository::MedicationRepository(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_store(db)
{
}

MedicationRepository::MedicationRepository(Database& db)
    : MedicationRepository(db, Clock::system())
{
}

std::vector<Medication> MedicationRepository::query(const QString& where, const std::vector<QVariant>& arguments) const
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "SELECT m.id, m.name, m.strength, m.form, m.route, m.dose_amount, m.dose_unit, m.schedule_kind,"
        " m.interval_hours, m.first_time, m.prescriber, m.pharmacy, m.reason, m.start_date, m.stop_date,"
        " m.stop_reason, m.refills_left, m.next_refill_date, m.notes, r.created_at, r.updated_at, r.version"
        " FROM medications m JOIN records r ON r.id = m.id WHERE ")
                                  + where);
    for (std::size_t i = 0; i < arguments.size(); ++i)
        stmt.bindVariant(static_cast<int>(i) + 1, arguments[i]);
    std::vector<Medication> out;
    while (stmt.step()) {
        Medication m;
        m.id = stmt.int64(0);
        m.name = stmt.text(1);
        m.strength = stmt.text(2);
        m.form = stmt.text(3);
        m.route = stmt.text(4);
        if (!stmt.isNull(5))
            m.doseAmount = stmt.real(5);
        m.doseUnit = stmt.text(6);
        m.schedule.kind = MedicationSchedule::kindFromName(stmt.text(7)).value_or(MedicationSchedule::Kind::AsNeeded);
        m.schedule.intervalHours = stmt.isNull(8) ? 0 : stmt.integer(8);
        m.schedule.firstTime = MedicationSchedule::parseTime(stmt.text(9)).value_or(QTime());
        m.prescriber = stmt.text(10);
        m.pharmacy = stmt.text(11);
        m.reason = stmt.text(12);
        m.startDate = parseDate(stmt.text(13));
        m.stopDate = parseDate(stmt.text(14));
        m.stopReason = stmt.text(15);
        if (!stmt.isNull(16))
            m.refillsLeft = stmt.integer(16);
        m.nextRefillDate = parseDate(stmt.text(17));
        m.notes = stmt.text(18);
        m.createdAt = RecordStore::parseTimestamp(stmt.text(19));
        m.updatedAt = RecordStore::parseTimestamp(stmt.text(20));
        m.version = stmt.integer(21);
        out.push_back(std::move(m));
    }
    for (Medication& m : out)
        loadSchedule(m);
    return out;
}

void MedicationRepository::loadSchedule(Medication& medication) const
{
    Statement times = m_db.prepare(
        QStringLiteral("SELECT time_of_day FROM medication_times WHERE medication_id = ? ORDER BY time_of_day"));
    times.bind(1, medication.id);
    while (times.step()) {
        if (const std::optional<QTime> time = MedicationSchedule::parseTime(times.text(0)))
            medication.schedule.times.push_back(*time);
    }
    Statement days = m_db.prepare(
        QStringLiteral("SELECT weekday FROM medication_weekdays WHERE medication_id = ? ORDER BY weekday"));
    days.bind(1, medication.id);
    while (days.step())
        medication.schedule.weekdays.push_back(days.integer(0));
}

void MedicationRepository::writeRow(const Medication& m, bool insert)
{
    const MedicationSchedule& schedule = m.schedule;
    Statement stmt = m_db.prepare(
        insert ? QStringLiteral("INSERT INTO medications (name, strength, form, route, dose_amount, dose_unit,"
                                " schedule_kind, interval_hours, first_time, prescriber, pharmacy, reason, start_date,"
                                " stop_date, stop_reason, refills_left, next_refill_date, notes, id)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
               : QStringLiteral("UPDATE medications SET name = ?, strength = ?, form = ?, route = ?, dose_amount = ?,"
                                " dose_unit = ?, schedule_kind = ?, interval_hours = ?, first_time = ?, prescriber = ?,"
                                " pharmacy = ?, reason = ?, start_date = ?, stop_date = ?, stop_reason = ?,"
                                " refills_left = ?, next_refill_date = ?, notes = ? WHERE id = ?"));
    stmt.bind(1, m.name)
        .bindOptional(2, m.strength)
        .bindOptional(3, m.form)
        .bindOptional(4, m.route)
        .bindVariant(5, optionalReal(m.doseAmount))
        .bindOptional(6, m.doseUnit)
        .bind(7, MedicationSchedule::kindName(schedule.kind))
        .bindVariant(8, schedule.kind == MedicationSchedule::Kind::EveryHours ? QVariant(schedule.intervalHours)
                                                                               : QVariant())
        .bindOptional(9, schedule.kind == MedicationSchedule::Kind::EveryHours
                             ? MedicationSchedule::timeText(schedule.firstTime)
                             : QString())
        .bindOptional(10, m.prescriber)
        .bindOptional(11, m.pharmacy)
        .bindOptional(12, m.reason)
        .bindOptional(13, dateText(m.startDate))
        .bindOptional(14, dateText(m.stopDate))
        .bindOptional(15, m.stopReason)
        .bindVariant(16, m.refillsLeft ? QVariant(*m.refillsLeft) : QVariant())
        .bindOptional(17, dateText(m.nextRefillDate))
        .bindOptional(18, m.notes)
        .bind(19, m.id)
        .exec();
    if (m_db.changes() != 1)
        throw RecordError(RecordError::Kind::NotFound, tr("No medication with id %1.").arg(m.id));

    Statement clearTimes = m_db.prepare(QStringLiteral("DELETE FROM medication_times WHERE medication_id = ?"));
    clearTimes.bind(1, m.id).exec();
    Statement clearDays = m_db.prepare(QStringLiteral("DELETE FROM medication_weekdays WHERE medication_id = ?"));
    clearDays.bind(1, m.id).exec();
    Statement addTime = m_db.prepare(
        QStringLiteral("INSERT INTO medication_times (medication_id, time_of_day) VALUES (?, ?)"));
    for (const QTime& time : schedule.times) {
        addTime.bind(1, m.id).bind(2, MedicationSchedule::timeText(time)).exec();
    }
    Statement addDay = m_db.prepare(
        QStringLiteral("INSERT INTO medication_weekdays (medication_id, weekday) VALUES (?, ?)"));
    for (int day : schedule.weekdays)
        addDay.bind(1, m.id).bind(2, day).exec();
}

std::int64_t MedicationRepository::add(Medication medication)
{
    medication.normalizeAndValidate();
    const QDateTime now = m_clock.now().toUTC();
    Transaction tx(m_db);
    medication.id = m_store.createRecord(MedicationKind, now);
    writeRow(medication, true);
    m_store.recordVersion(medication.id, QStringLiteral("create"), medication.toJson(), now);
    tx.commit();
    return medication.id;
}

void MedicationRepository::update(Medication medication)
{
    m_store.requireLive(medication.id, MedicationKind);
    medication.normalizeAndValidate();
    Transaction tx(m_db);
    writeRow(medication, false);
    m_store.recordVersion(medication.id, QStringLiteral("edit"), medication.toJson(), m_clock.now().toUTC());
    tx.commit();
}

Medication MedicationRepository::get(std::int64_t id) const
{
    m_store.requireLive(id, MedicationKind);
    std::vector<Medication> found = query(QStringLiteral("m.id = ?"), {QVariant::fromValue<qint64>(id)});
    if (found.empty())
        throw RecordError(RecordError::Kind::NotFound, tr("No medication with id %1.").arg(id));
    return std::move(found.front());
}

std::vector<Medication> MedicationRepository::list(Filter filter) const
{
    const QString today = dateText(m_clock.now().date());
    std::vector<Medication> out;
    if (filter == Filter::Current || filter == Filter::All) {
        out = query(QStringLiteral("r.deleted_at IS NULL AND (m.stop_date IS NULL OR m.stop_date > ?)"
                                   " ORDER BY m.name COLLATE NOCASE, m.id"),
                    {today});
    }
    if (filter == Filter::Past || filter == Filter::All) {
        std::vector<Medication> past = query(QStringLiteral("r.deleted_at IS NULL AND m.stop_date <= ?"
                                                            " ORDER BY m.stop_date DESC, m.name COLLATE NOCASE, m.id"),
                                             {today});
        std::move(past.begin(), past.end(), std::back_inserter(out));
    }
    return out;
}

void MedicationRepository::stop(std::int64_t id, const QDate& date, const QString& reason)
{
    if (!date.isValid())
        throw RecordError(RecordError::Kind::Invalid, tr("A stop date is needed to stop a medication."));
    Medication medication = get(id);
    medication.stopDate = date;
    medication.stopReason = reason;
    update(std::move(medication));
}

void MedicationRepository::softDelete(std::int64_t id)
{
    const Medication medication = get(id);
    Transaction tx(m_db);
    m_store.softDelete(id, MedicationKind, medication.toJson());
    tx.commit();
}

void MedicationRepository::restore(std::int64_t id)
{
    m_store.requireLive(id, MedicationKind, true);
    std::vector<Medication> found = query(QStringLiteral("m.id = ?"), {QVariant::fromValue<qint64>(id)});
    if (found.empty())
        throw RecordError(RecordError::Kind::NotFound, tr("No medication with id %1.").arg(id));
    Transaction tx(m_db);
    m_store.restore(id, MedicationKind, found.front().toJson());
    tx.commit();
}

void MedicationRepository::purge(std::int64_t id)
{
    m_store.requireLive(id, MedicationKind, true);
    Transaction tx(m_db);
    m_store.purge(id);
    tx.commit();
}

std::int64_t MedicationRepository::recordDose(std::int64_t id, DoseEvent::Status status, const QDateTime& at,
                                              const std::optional<QDateTime>& scheduledFor,
                                              std::optional<double> amount, const QString& note)
{
    const Medication medication = get(id);
    const QString name = medication.displayName();
    if (!at.isValid())
        throw RecordError(RecordError::Kind::Invalid, tr("A dose needs the time it was taken or skipped."));
    if (scheduledFor && !scheduledFor->isValid())
        throw RecordError(RecordError::Kind::Invalid, tr("The scheduled time of the dose is not valid."));
    const QDateTime now = m_clock.now();
    if (at > now.addSecs(MaxMinutesAhead * 60))
        throw RecordError(RecordError::Kind::Invalid,
                          tr("%1 is in the future; a dose can be recorded once it is taken or skipped.")
                              .arg(at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    const QDate day = doseDay(at, scheduledFor);
    if (medication.stopDate.isValid() && day >= medication.stopDate)
        throw RecordError(RecordError::Kind::Invalid,
                          tr("%1 was stopped on %2; no dose can be recorded from that day on.")
                              .arg(name, medication.stopDate.toString(Qt::ISODate)));
    if (medication.startDate.isValid() && day < medication.startDate)
        throw RecordError(RecordError::Kind::Invalid,
                          tr("%1 starts on %2; no dose can be recorded before then.")
                              .arg(name, medication.startDate.toString(Qt::ISODate)));
    if (amount && (!std::isfinite(*amount) || *amount <= 0))
        throw RecordError(RecordError::Kind::Invalid,
                          tr("The amount taken must be more than zero, not %1.").arg(Medication::amountText(*amount)));

    QDateTime slot;
    if (scheduledFor) {
        if (medication.schedule.isAsNeeded())
            throw RecordError(RecordError::Kind::Invalid,
                              tr("%1 is taken as needed; it has no scheduled doses.").arg(name));
        const std::vector<QDateTime> dueTimes = medication.scheduledOn(scheduledFor->toLocalTime().date());
        const auto match = std::find(dueTimes.begin(), dueTimes.end(), *scheduledFor);
        if (match == dueTimes.end())
            throw RecordError(RecordError::Kind::Invalid,
                              tr("%1 has no dose scheduled at %2.")
                                  .arg(name, scheduledFor->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        slot = *match;
        if (slot > now.addSecs(static_cast<qint64>(MaxHoursAheadOfSchedule) * 3600))
            throw RecordError(RecordError::Kind::Invalid,
                              tr("The %1 dose is more than %2 hours ahead; record it closer to the time.")
                                  .arg(slot.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                  .arg(MaxHoursAheadOfSchedule));
        const std::vector<DoseEvent> logged = scheduledDosesBetween(id, slot, slot.addSecs(60));
        if (!logged.empty())
            throw RecordError(RecordError::Kind::Invalid,
                              tr("The %1 dose of %2 is already recorded as %3.")
                                  .arg(slot.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), name,
                                       DoseEvent::statusName(logged.front().status)));
        if (status == DoseEvent::Status::Taken && at > slot.addSecs(DoseEvent::LateAfterMinutes * 60))
            status = DoseEvent::Status::Late;
    } else if (status != DoseEvent::Status::Taken) {
        throw RecordError(RecordError::Kind::Invalid,
                          status == DoseEvent::Status::Skipped
                              ? tr("A skipped dose needs the time it was scheduled for.")
                              : tr("Only a scheduled dose can be late; give the time it was scheduled for."));
    }
    QVariant storedAmount; // none for a skipped dose; the medication's dose unless another amount was given
    if (status != DoseEvent::Status::Skipped) {
        if (amount)
            storedAmount = *amount;
        else if (medication.doseAmount)
            storedAmount = *medication.doseAmount;
    }

    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO medication_doses (medication_id, scheduled_for, recorded_at, status, amount, note, logged_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, id)
        .bindOptional(2, slot.isValid() ? RecordStore::timestamp(slot) : QString())
        .bind(3, RecordStore::timestamp(at))
        .bind(4, DoseEvent::statusName(status))
        .bindVariant(5, storedAmount)
        .bindOptional(6, note.trimmed())
        .bind(7, RecordStore::timestamp(now))
        .exec();
    return m_db.lastInsertRowId();
}

std::vector<DoseEvent> MedicationRepository::doses(std::int64_t id, int limit) const
{
    m_store.requireLive(id, MedicationKind);
    Statement stmt = m_db.prepare(QStringLiteral("SELECT ") + DoseColumns
                                  + QStringLiteral(" FROM medication_doses d WHERE d.medication_id = ?"
                                                   " ORDER BY d.recorded_at DESC, d.id DESC LIMIT ?"));
    stmt.bind(1, id).bind(2, limit > 0 ? limit : -1);
    std::vector<DoseEvent> out;
    while (stmt.step())
        out.push_back(readDose(stmt));
    return out;
}

std::vector<DoseEvent> MedicationRepository::scheduledDosesBetween(std::int64_t id, const QDateTime& from,
                                                                   const QDateTime& to) const
{
    Statement stmt = m_db.prepare(QStringLiteral("SELECT ") + DoseColumns
                                  + QStringLiteral(" FROM medication_doses d WHERE (? = 0 OR d.medication_id = ?)"
                                                   " AND d.scheduled_for >= ? AND d.scheduled_for < ?"
                                                   " ORDER BY d.scheduled_for"));
    stmt.bind(1, id).bind(2, id).bind(3, RecordStore::timestamp(from)).bind(4, RecordStore::timestamp(to));
    std::vector<DoseEvent> out;
    while (stmt.step())
        out.push_back(readDose(stmt));
    return out;
}

std::optional<QDateTime> MedicationRepository::pendingDoseNear(std::int64_t id, const QDateTime& at) const
{
    const Medication medication = get(id);
    if (medication.schedule.isAsNeeded() || !at.isValid())
        return std::nullopt;
    const QDateTime earliest = at.addSecs(-static_cast<qint64>(MatchHoursLate) * 3600);
    const QDateTime latest = at.addSecs(static_cast<qint64>(MatchHoursEarly) * 3600);
    QSet<QString> logged;
    for (const DoseEvent& dose : scheduledDosesBetween(id, earliest, latest.addSecs(1)))
        logged.insert(RecordStore::timestamp(dose.scheduledFor));
    std::optional<QDateTime> best;
    const QDate day = at.toLocalTime().date();
    for (QDate d = day.addDays(-2); d <= day.addDays(1); d = d.addDays(1)) {
        for (const QDateTime& slot : medication.scheduledOn(d)) {
            if (slot < earliest || slot > latest || logged.contains(RecordStore::timestamp(slot)))
                continue;
            if (!best || std::abs(slot.secsTo(at)) < std::abs(best->secsTo(at)))
                best = slot;
        }
    }
    return best;
}

std::optional<QDateTime> MedicationRepository::firstPendingDoseOn(std::int64_t id, const QDate& day) const
{
    const Medication medication = get(id);
    QSet<QString> logged;
    for (const DoseEvent& dose : scheduledDosesBetween(id, day.startOfDay(), day.addDays(1).startOfDay()))
        logged.insert(RecordStore::timestamp(dose.scheduledFor));
    for (const QDateTime& slot : medication.scheduledOn(day)) {
        if (!logged.contains(RecordStore::timestamp(slot)))
            return slot;
    }
    return std::nullopt;
}

std::vector<DueDose> MedicationRepository::dueDoses(const QDate& day) const
{
    std::vector<DueDose> out;
    if (!day.isValid())
        return out;
    QHash<QString, DoseEvent> logged;
    for (const DoseEvent& dose : scheduledDosesBetween(0, day.startOfDay(), day.addDays(1).startOfDay()))
        logged.insert(QString::number(dose.medicationId) + QLatin1Char('@') + RecordStore::timestamp(dose.scheduledFor),
                      dose);
    for (const Medication& medication : list(Filter::All)) {
        for (const QDateTime& slot : medication.scheduledOn(day)) {
            DueDose due;
            due.medicationId = medication.id;
            due.medicationName = medication.displayName();
            due.doseText = medication.doseText();
            due.scheduledFor = slot;
            const auto found =
                logged.constFind(QString::number(medication.id) + QLatin1Char('@') + RecordStore::timestamp(slot));
            if (found != logged.constEnd()) {
                due.status = dueStatusOf(found->status);
                due.doseEventId = found->id;
                due.recordedAt = found->recordedAt;
            }
            out.push_back(std::move(due));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const DueDose& a, const DueDose& b) {
        if (a.scheduledFor != b.scheduledFor)
            return a.scheduledFor < b.scheduledFor;
        return a.medicationName.compare(b.medicationName, Qt::CaseInsensitive) < 0;
    });
    return out;
}

Adherence MedicationRepository::adherenceOf(const Medication& medication, const QDate& from, const QDate& to) const
{
    Adherence result;
    result.medicationId = medication.id;
    result.medicationName = medication.displayName();
    result.from = from;
    result.to = to;
    if (medication.schedule.isAsNeeded()) {
        result.asNeeded = true;
        return result;
    }
    // Logged doses count even when the schedule was edited since, so an edit never rewrites past adherence.
    QSet<QString> logged;
    for (const DoseEvent& dose : scheduledDosesBetween(medication.id, from.startOfDay(), to.addDays(1).startOfDay())) {
        logged.insert(RecordStore::timestamp(dose.scheduledFor));
        switch (dose.status) {
        case DoseEvent::Status::Late:
            ++result.late;
            ++result.taken;
            break;
        case DoseEvent::Status::Taken:
            ++result.taken;
            break;
        case DoseEvent::Status::Skipped:
            ++result.skipped;
            break;
        }
    }
    const QDateTime missedBefore = m_clock.now().addSecs(-DoseEvent::LateAfterMinutes * 60);
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        for (const QDateTime& slot : medication.scheduledOn(day)) {
            if (logged.contains(RecordStore::timestamp(slot)))
                continue;
            if (slot < missedBefore)
                ++result.missed;
            else
                ++result.pending;
        }
    }
    result.scheduled = result.taken + result.skipped + result.missed;
    return result;
}

Adherence MedicationRepository::adherence(std::int64_t id, const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        throw RecordError(RecordError::Kind::Invalid, tr("The span of days for adherence is empty or not valid."));
    return adherenceOf(get(id), from, to);
}

std::vector<Adherence> MedicationRepository::adherence(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        throw RecordError(RecordError::Kind::Invalid, tr("The span of days for adherence is empty or not valid."));
    std::vector<Adherence> out;
    for (const Medication& medication : list(Filter::All)) {
        if (medication.schedule.isAsNeeded())
            continue;
        Adherence result = adherenceOf(medication, from, to);
        if (result.scheduled + result.pending > 0)
            out.push_back(std::move(result));
    }
    std::stable_sort(out.begin(), out.end(), [](const Adherence& a, const Adherence& b) {
        return a.medicationName.compare(b.medicationName, Qt::CaseInsensitive) < 0;
    });
    return out;
}

std::vector<Medication> MedicationRepository::refillsRunningLow(const QDate& today, int days) const
{
    if (!today.isValid() || days < 0)
        throw RecordError(RecordError::Kind::Invalid, tr("The refill look-ahead must be zero or more days."));
    const QDate horizon = today.addDays(days);
    std::vector<Medication> out;
    for (Medication& medication : query(QStringLiteral("r.deleted_at IS NULL AND m.next_refill_date IS NOT NULL"
                                                       " ORDER BY m.next_refill_date, m.name COLLATE NOCASE"),
                                        {})) {
        if (!medication.isStoppedOn(today) && medication.nextRefillDate <= horizon)
            out.push_back(std::move(medication));
    }
    return out;
}

std::vector<TimelineItem> MedicationRepository::timeline(const QDateTime& from, const QDateTime& to) const
{
    std::vector<TimelineItem> out;
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    QHash<std::int64_t, Medication> byId;
    for (Medication& medication : query(QStringLiteral("r.deleted_at IS NULL"), {})) {
        const QString name = medication.displayName();
        if (medication.startDate.isValid()) {
            const QDateTime at = medication.startDate.startOfDay();
            if (at >= from && at <= to) {
                QStringList detail;
                if (!medication.doseText().isEmpty())
                    detail << medication.doseText();
                detail << medication.schedule.describe();
                out.push_back({at, MedicationKind, QStringLiteral("started"), medication.id,
                               tr("Started %1").arg(name), detail.join(QStringLiteral(", "))});
            }
        }
        if (medication.stopDate.isValid()) {
            const QDateTime at = medication.stopDate.startOfDay();
            if (at >= from && at <= to)
                out.push_back({at, MedicationKind, QStringLiteral("stopped"), medication.id, tr("Stopped %1").arg(name),
                               medication.stopReason});
        }
        byId.insert(medication.id, std::move(medication));
    }

    // A skipped dose belongs at the time it was due; a taken one at the time it was taken.
    Statement stmt = m_db.prepare(
        QStringLiteral("SELECT ") + DoseColumns
        + QStringLiteral(" FROM medication_doses d JOIN records r ON r.id = d.medication_id"
                         " WHERE r.deleted_at IS NULL AND CASE WHEN d.status = 'skipped' AND d.scheduled_for IS NOT NULL"
                         " THEN d.scheduled_for ELSE d.recorded_at END BETWEEN ? AND ?"));
    stmt.bind(1, RecordStore::timestamp(from)).bind(2, RecordStore::timestamp(to));
    while (stmt.step()) {
        const DoseEvent dose = readDose(stmt);
        const auto found = byId.constFind(dose.medicationId);
        if (found == byId.constEnd())
            continue;
        const QString name = found->displayName();
        QStringList detail;
        if (dose.scheduledFor.isValid())
            detail << tr("%1 dose").arg(MedicationSchedule::timeText(dose.scheduledFor.toLocalTime().time()));
        if (dose.amount) {
            detail << (found->doseUnit.isEmpty() ? Medication::amountText(*dose.amount)
                                                 : Medication::amountText(*dose.amount) + QLatin1Char(' ')
                                                       + found->doseUnit);
        }
        if (!dose.note.isEmpty())
            detail << dose.note;
        TimelineItem item;
        item.kind = MedicationKind;
        item.recordId = dose.medicationId;
        item.detail = detail.join(QStringLiteral(", "));
        switch (dose.status) {
        case DoseEvent::Status::Taken:
            item.at = dose.recordedAt;
            item.event = QStringLiteral("dose-taken");
            item.title = tr("Took %1").arg(name);
            break;
        case DoseEvent::Status::Late:
            item.at = dose.recordedAt;
            item.event = QStringLiteral("dose-late");
            item.title = tr("Took %1 late").arg(name);
            break;
        case DoseEvent::Status::Skipped:
            item.at = dose.scheduledFor.isValid() ? dose.scheduledFor : dose.recordedAt;
            item.event = QStringLiteral("dose-skipped");
            item.title = tr("Skipped %1").arg(name);
            break;
        }
        out.push_back(std::move(item));
    }
    std::stable_sort(out.begin(), out.end(), [](const TimelineItem& a, const TimelineItem& b) {
        if (a.at != b.at)
            return a.at < b.at;
        return a.recordId < b.recordId;
    });
    return out;
}

} // namespace carnet
