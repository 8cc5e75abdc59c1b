#include "AppointmentRepository.h"

#include "Database.h"
#include "RecordError.h"
#include "RecurrenceRule.h"

#include <QLocale>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <map>

namespace carnet {

namespace {

QString kind()
{
    return QString::fromLatin1(RecordStore::Appointment);
}

// NOT NULL text columns get '' rather than the NULL a null QString would bind to.
QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

RecordError invalid(const QString& message)
{
    return RecordError(RecordError::Kind::Invalid, message);
}

QDateTime localMidnight(const QDate& date, const QTimeZone& zone)
{
    return QDateTime(date, QTime(0, 0), zone).toUTC();
}

bool startsEarlier(const Occurrence& a, const Occurrence& b)
{
    if (a.start != b.start)
        return a.start < b.start;
    return a.appointmentId < b.appointmentId;
}

QString systemZoneId()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    return id.isEmpty() || !QTimeZone(id).isValid() ? QStringLiteral("UTC") : QString::fromUtf8(id);
}

const QString SelectColumns = QStringLiteral(
    "SELECT a.record_id, a.title, a.provider, a.care_team_id, a.place, a.address, a.starts_at, a.ends_at,"
    " a.time_zone, a.all_day, a.notes, a.rrule, a.status, r.created_at, r.updated_at, r.deleted_at, r.version"
    " FROM appointments a JOIN records r ON r.id = a.record_id WHERE ");

} // namespace

AppointmentRepository::AppointmentRepository(Database& db)
    : m_db(db)
    , m_store(db)
{
}

Appointment AppointmentRepository::normalized(Appointment appointment)
{
    appointment.title = appointment.title.trimmed();
    if (appointment.title.isEmpty())
        throw invalid(tr("An appointment needs a title."));
    appointment.provider = nonNull(appointment.provider.trimmed());
    appointment.place = nonNull(appointment.place.trimmed());
    appointment.address = nonNull(appointment.address.trimmed());
    appointment.notes = nonNull(appointment.notes);
    if (appointment.careTeamId < 0)
        throw invalid(tr("The care-team id %1 is not a record id.").arg(appointment.careTeamId));

    if (!appointment.start.isValid())
        throw invalid(tr("An appointment needs a valid start date and time."));
    if (appointment.timeZone.isEmpty()) {
        if (appointment.start.timeSpec() == Qt::TimeZone)
            appointment.timeZone = QString::fromUtf8(appointment.start.timeZone().id());
        else if (appointment.start.timeSpec() == Qt::UTC)
            appointment.timeZone = QStringLiteral("UTC");
        else
            appointment.timeZone = systemZoneId();
    }
    // Not isTimeZoneIdAvailable(): it lists only zone.tab names, without aliases such as Etc/UTC.
    if (!QTimeZone(appointment.timeZone.toUtf8()).isValid())
        throw invalid(
            tr("'%1' is not a known time zone; use an IANA name such as Europe/Berlin.").arg(appointment.timeZone));
    const QTimeZone zone(appointment.timeZone.toUtf8());

    if (appointment.end.isValid() && appointment.end < appointment.start) {
        throw invalid(tr("The appointment ends (%1) before it starts (%2).")
                          .arg(appointment.end.toTimeZone(zone).toString(Qt::ISODate),
                               appointment.start.toTimeZone(zone).toString(Qt::ISODate)));
    }
    if (appointment.allDay) {
        const QDate firstDay = appointment.start.toTimeZone(zone).date();
        appointment.start = localMidnight(firstDay, zone);
        QDate endDay = firstDay.addDays(1);
        if (appointment.end.isValid()) {
            const QDateTime localEnd = appointment.end.toTimeZone(zone);
            endDay = std::max(endDay, localEnd.time() == QTime(0, 0) ? localEnd.date() : localEnd.date().addDays(1));
        }
        appointment.end = localMidnight(endDay, zone);
    } else {
        appointment.start = appointment.start.toUTC();
        appointment.end = appointment.end.isValid() ? appointment.end.toUTC() : appointment.start;
    }

    std::vector<int> reminders;
    for (int minutes : appointment.reminderMinutes) {
        if (minutes < 0 || minutes > MaxReminderMinutes)
            throw invalid(tr("A reminder must be between 0 and %1 minutes before the appointment, not %2.")
                              .arg(MaxReminderMinutes)
                              .arg(minutes));
        if (std::find(reminders.begin(), reminders.end(), minutes) == reminders.end())
            reminders.push_back(minutes);
    }
    std::sort(reminders.begin(), reminders.end(), std::greater<int>());
    appointment.reminderMinutes = reminders;

    if (appointment.recurrenceRule.trimmed().isEmpty()) {
        appointment.recurrenceRule.clear();
        appointment.exceptionDates.clear();
    } else {
        appointment.recurrenceRule = RecurrenceRule::validated(appointment.recurrenceRule, appointment.start, zone);
        std::vector<QDateTime> exceptions;
        for (const QDateTime& at : appointment.exceptionDates) {
            if (!at.isValid())
                throw invalid(tr("An exception date of the appointment is not a valid date and time."));
            const QDateTime utc = at.toUTC();
            if (std::find(exceptions.begin(), exceptions.end(), utc) == exceptions.end())
                exceptions.push_back(utc);
        }
        std::sort(exceptions.begin(), exceptions.end());
        appointment.exceptionDates = exceptions;
    }
    return appointment;
}

void AppointmentRepository::checkCareTeam(const Appointment& appointment) const
{
    if (appointment.careTeamId > 0)
        m_store.requireLive(appointment.careTeamId, QString::fromLatin1(RecordStore::CareTeamMember));
}

std::int64_t AppointmentRepository::add(const Appointment& input)
{
    Appointment appointment = normalized(input);
    Transaction transaction(m_db);
    checkCareTeam(appointment);
    appointment.id = m_store.createRecord(kind());
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO appointments (record_id, title, provider, care_team_id, place, address, starts_at, ends_at,"
        " time_zone, all_day, notes, rrule, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, appointment.id).bind(2, appointment.title).bind(3, appointment.provider);
    if (appointment.careTeamId > 0)
        insert.bind(4, appointment.careTeamId);
    else
        insert.bindNull(4);
    insert.bind(5, appointment.place)
        .bind(6, appointment.address)
        .bind(7, RecordStore::timestamp(appointment.start))
        .bind(8, RecordStore::timestamp(appointment.end))
        .bind(9, appointment.timeZone)
        .bind(10, appointment.allDay)
        .bind(11, appointment.notes)
        .bindOptional(12, appointment.isRecurring() ? appointment.recurrenceRule : QString())
        .bind(13, Appointment::statusName(appointment.status))
        .exec();
    writeDetails(appointment);
    m_store.recordVersion(appointment.id, QStringLiteral("create"), appointment.toJson());
    transaction.commit();
    return appointment.id;
}

void AppointmentRepository::update(const Appointment& input)
{
    Appointment appointment = normalized(input);
    Transaction transaction(m_db);
    m_store.requireLive(appointment.id, kind());
    checkCareTeam(appointment);
    Statement change = m_db.prepare(QStringLiteral(
        "UPDATE appointments SET title = ?, provider = ?, care_team_id = ?, place = ?, address = ?, starts_at = ?,"
        " ends_at = ?, time_zone = ?, all_day = ?, notes = ?, rrule = ?, status = ? WHERE record_id = ?"));
    change.bind(1, appointment.title).bind(2, appointment.provider);
    if (appointment.careTeamId > 0)
        change.bind(3, appointment.careTeamId);
    else
        change.bindNull(3);
    change.bind(4, appointment.place)
        .bind(5, appointment.address)
        .bind(6, RecordStore::timestamp(appointment.start))
        .bind(7, RecordStore::timestamp(appointment.end))
        .bind(8, appointment.timeZone)
        .bind(9, appointment.allDay)
        .bind(10, appointment.notes)
        .bindOptional(11, appointment.isRecurring() ? appointment.recurrenceRule : QString())
        .bind(12, Appointment::statusName(appointment.status))
        .bind(13, appointment.id)
        .exec();
    writeDetails(appointment);
    m_store.recordVersion(appointment.id, QStringLiteral("edit"), appointment.toJson());
    transaction.commit();
}

void AppointmentRepository::writeDetails(const Appointment& appointment)
{
    Statement clearExceptions
        = m_db.prepare(QStringLiteral("DELETE FROM appointment_exceptions WHERE appointment_id = ?"));
    clearExceptions.bind(1, appointment.id).exec();
    Statement clearReminders
        = m_db.prepare(QStringLiteral("DELETE FROM appointment_reminders WHERE appointment_id = ?"));
    clearReminders.bind(1, appointment.id).exec();
    Statement exception = m_db.prepare(
        QStringLiteral("INSERT INTO appointment_exceptions (appointment_id, occurrence_start) VALUES (?, ?)"));
    for (const QDateTime& at : appointment.exceptionDates) {
        exception.reset();
        exception.bind(1, appointment.id).bind(2, RecordStore::timestamp(at)).exec();
    }
    Statement reminder = m_db.prepare(
        QStringLiteral("INSERT INTO appointment_reminders (appointment_id, minutes_before) VALUES (?, ?)"));
    for (int minutes : appointment.reminderMinutes) {
        reminder.reset();
        reminder.bind(1, appointment.id).bind(2, minutes).exec();
    }
}

std::vector<Appointment> AppointmentRepository::select(const QString& condition,
                                                       const std::function<void(Statement&)>& bind) const
{
    Statement stmt = m_db.prepare(SelectColumns + condition + QStringLiteral(" ORDER BY a.starts_at, a.record_id"));
    if (bind)
        bind(stmt);
    std::vector<Appointment> out;
    while (stmt.step()) {
        Appointment appointment;
        appointment.id = stmt.int64(0);
        appointment.title = stmt.text(1);
        appointment.provider = stmt.text(2);
        appointment.careTeamId = stmt.isNull(3) ? 0 : stmt.int64(3);
        appointment.place = stmt.text(4);
        appointment.address = stmt.text(5);
        appointment.start = RecordStore::parseTimestamp(stmt.text(6));
        appointment.end = RecordStore::parseTimestamp(stmt.text(7));
        appointment.timeZone = stmt.text(8);
        appointment.allDay = stmt.integer(9) != 0;
        appointment.notes = stmt.text(10);
        appointment.recurrenceRule = stmt.isNull(11) ? QString() : stmt.text(11);
        appointment.status = Appointment::statusFromName(stmt.text(12)).value_or(Appointment::Status::Booked);
        appointment.createdAt = RecordStore::parseTimestamp(stmt.text(13));
        appointment.updatedAt = RecordStore::parseTimestamp(stmt.text(14));
        appointment.deleted = !stmt.isNull(15);
        appointment.version = stmt.integer(16);
        out.push_back(std::move(appointment));
    }
    if (out.empty())
        return out;

    // Two small tables, read once rather than per appointment.
    std::map<std::int64_t, Appointment*> byId;
    for (Appointment& appointment : out)
        byId[appointment.id] = &appointment;
    Statement exceptions
        = m_db.prepare(QStringLiteral("SELECT appointment_id, occurrence_start FROM appointment_exceptions ORDER BY "
                                      "appointment_id, occurrence_start"));
    while (exceptions.step()) {
        const auto found = byId.find(exceptions.int64(0));
        if (found != byId.end())
            found->second->exceptionDates.push_back(RecordStore::parseTimestamp(exceptions.text(1)));
    }
    Statement reminders
        = m_db.prepare(QStringLiteral("SELECT appointment_id, minutes_before FROM appointment_reminders ORDER BY "
                                      "appointment_id, minutes_before DESC"));
    while (reminders.step()) {
        const auto found = byId.find(reminders.int64(0));
        if (found != byId.end())
            found->second->reminderMinutes.push_back(reminders.integer(1));
    }
    return out;
}

Appointment AppointmentRepository::get(std::int64_t id, bool allowDeleted) const
{
    m_store.requireLive(id, kind(), allowDeleted);
    std::vector<Appointment> found
        = select(QStringLiteral("a.record_id = ?"), [id](Statement& stmt) { stmt.bind(1, id); });
    if (found.empty())
        throw RecordError(RecordError::Kind::NotFound, tr("No appointment with id %1.").arg(id));
    return found.front();
}

std::vector<Appointment> AppointmentRepository::list(Order order, bool includeDeleted) const
{
    std::vector<Appointment> all
        = select(includeDeleted ? QStringLiteral("1") : QStringLiteral("r.deleted_at IS NULL"), {});
    if (order == Order::NewestFirst)
        std::reverse(all.begin(), all.end());
    return all;
}

void AppointmentRepository::softDelete(std::int64_t id)
{
    Transaction transaction(m_db);
    const Appointment appointment = get(id);
    m_store.softDelete(id, kind(), appointment.toJson());
    transaction.commit();
}

void AppointmentRepository::restore(std::int64_t id)
{
    Transaction transaction(m_db);
    const Appointment appointment = get(id, true);
    m_store.restore(id, kind(), appointment.toJson());
    transaction.commit();
}

void AppointmentRepository::purge(std::int64_t id)
{
    Transaction transaction(m_db);
    m_store.requireLive(id, kind(), true);
    m_store.purge(id);
    transaction.commit();
}

std::vector<RecordVersion> AppointmentRepository::history(std::int64_t id) const
{
    m_store.requireLive(id, kind(), true);
    return m_store.history(id);
}

std::vector<Occurrence> AppointmentRepository::expandOccurrences(const Appointment& appointment, const QDateTime& from,
                                                                 const QDateTime& to, int maxCount, bool* truncated)
{
    auto occurrenceAt = [&appointment](const QDateTime& start, const QDateTime& end) {
        Occurrence occurrence;
        occurrence.appointmentId = appointment.id;
        occurrence.start = start;
        occurrence.end = end;
        occurrence.timeZone = appointment.timeZone;
        occurrence.allDay = appointment.allDay;
        occurrence.recurring = appointment.isRecurring();
        occurrence.cancelled = appointment.isCancelled();
        occurrence.title = appointment.title;
        occurrence.provider = appointment.provider;
        occurrence.place = appointment.place;
        return occurrence;
    };
    // An occurrence overlaps the window, or (without duration) starts in it.
    auto inWindow = [&from, &to](const QDateTime& start, const QDateTime& end) {
        if (to.isValid() && start >= to)
            return false;
        return !from.isValid() || end > from || start >= from;
    };

    std::vector<Occurrence> out;
    if (!appointment.isRecurring()) {
        if (inWindow(appointment.start, appointment.end) && maxCount > 0)
            out.push_back(occurrenceAt(appointment.start, appointment.end));
        return out;
    }

    const QTimeZone zone = appointment.zone();
    const QDateTime wallStart = QDateTime(appointment.localStart().date(), appointment.localStart().time(), Qt::UTC);
    const QDateTime wallEnd = QDateTime(appointment.localEnd().date(), appointment.localEnd().time(), Qt::UTC);
    // The length in wall-clock time, so an all-day appointment still ends at midnight after a DST change.
    const qint64 wallSeconds = wallStart.secsTo(wallEnd);
    const qint64 elapsedSeconds = appointment.start.secsTo(appointment.end);
    // Exceptions can use up dates, so ask for that many more.
    const int wanted = maxCount > std::numeric_limits<int>::max() - static_cast<int>(appointment.exceptionDates.size())
        ? maxCount
        : maxCount + static_cast<int>(appointment.exceptionDates.size());
    const QDateTime notBefore = from.isValid() ? from.addSecs(-elapsedSeconds - 3600) : QDateTime();
    const RecurrenceRule::Expansion expansion
        = RecurrenceRule::expand(appointment.recurrenceRule, appointment.start, zone, notBefore, to, wanted);
    if (expansion.truncated && truncated)
        *truncated = true;
    for (const QDateTime& start : expansion.starts) {
        if (std::binary_search(appointment.exceptionDates.begin(), appointment.exceptionDates.end(), start))
            continue;
        const QDateTime localStart = start.toTimeZone(zone);
        const QDateTime wallEndHere = QDateTime(localStart.date(), localStart.time(), Qt::UTC).addSecs(wallSeconds);
        const QDateTime end = std::max(start, QDateTime(wallEndHere.date(), wallEndHere.time(), zone).toUTC());
        if (!inWindow(start, end))
            continue;
        out.push_back(occurrenceAt(start, end));
        if (static_cast<int>(out.size()) >= maxCount)
            break;
    }
    return out;
}

std::vector<Occurrence> AppointmentRepository::occurrences(const QDateTime& from, const QDateTime& to,
                                                           bool includeCancelled, bool* truncated) const
{
    if (truncated)
        *truncated = false;
    if (!from.isValid() || !to.isValid() || to <= from)
        return {};
    const QString fromText = RecordStore::timestamp(from);
    const QString toText = RecordStore::timestamp(to);
    QString condition = QStringLiteral("r.deleted_at IS NULL AND a.starts_at < ?"
                                       " AND (a.rrule IS NOT NULL OR a.ends_at > ? OR a.starts_at >= ?)");
    if (!includeCancelled)
        condition += QStringLiteral(" AND a.status = 'booked'");
    const std::vector<Appointment> candidates
        = select(condition, [&](Statement& stmt) { stmt.bind(1, toText).bind(2, fromText).bind(3, fromText); });
    std::vector<Occurrence> out;
    for (const Appointment& appointment : candidates) {
        std::vector<Occurrence> dates
            = expandOccurrences(appointment, from, to, std::numeric_limits<int>::max(), truncated);
        out.insert(out.end(), dates.begin(), dates.end());
    }
    std::stable_sort(out.begin(), out.end(), startsEarlier);
    return out;
}

std::vector<Occurrence> AppointmentRepository::occurrencesOf(std::int64_t id, const QDateTime& from,
                                                             const QDateTime& to) const
{
    return expandOccurrences(get(id), from, to, std::numeric_limits<int>::max(), nullptr);
}

std::vector<Occurrence> AppointmentRepository::upcoming(const QDateTime& now, int limit) const
{
    if (limit <= 0 || !now.isValid())
        return {};
    limit = std::min(limit, MaxUpcoming);
    const QString nowText = RecordStore::timestamp(now);
    const std::vector<Appointment> candidates = select(
        QStringLiteral("r.deleted_at IS NULL AND a.status = 'booked' AND (a.rrule IS NOT NULL OR a.starts_at >= ?)"),
        [&](Statement& stmt) { stmt.bind(1, nowText); });
    std::vector<Occurrence> out;
    for (const Appointment& appointment : candidates) {
        // One more than asked for: an occurrence already under way overlaps `now` but is not upcoming.
        for (Occurrence& occurrence : expandOccurrences(appointment, now, {}, limit + 1, nullptr)) {
            if (occurrence.start >= now)
                out.push_back(std::move(occurrence));
        }
    }
    std::stable_sort(out.begin(), out.end(), startsEarlier);
    if (static_cast<int>(out.size()) > limit)
        out.resize(static_cast<std::size_t>(limit));
    return out;
}

std::vector<Reminder> AppointmentRepository::reminders(const QDateTime& from, const QDateTime& to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return {};
    const QString fromText = RecordStore::timestamp(from);
    const QString toText = RecordStore::timestamp(to.addSecs(qint64(MaxReminderMinutes) * 60));
    const std::vector<Appointment> candidates = select(
        QStringLiteral("r.deleted_at IS NULL AND a.status = 'booked' AND a.starts_at < ?"
                       " AND (a.rrule IS NOT NULL OR a.starts_at >= ?)"
                       " AND EXISTS (SELECT 1 FROM appointment_reminders m WHERE m.appointment_id = a.record_id)"),
        [&](Statement& stmt) { stmt.bind(1, toText).bind(2, fromText); });
    const QLocale locale;
    std::vector<Reminder> out;
    for (const Appointment& appointment : candidates) {
        const int earliest = appointment.reminderMinutes.front(); // sorted, largest first
        const QDateTime lastStart = to.addSecs(qint64(earliest) * 60);
        // Only starts in [from, lastStart) can have a reminder in [from, to); the expansion also yields overlaps.
        std::vector<Occurrence> dates
            = expandOccurrences(appointment, from, lastStart, std::numeric_limits<int>::max(), nullptr);
        for (const Occurrence& occurrence : dates) {
            if (occurrence.start < from)
                continue;
            const QDateTime localStart = occurrence.start.toLocalTime();
            QStringList detail;
            detail << (occurrence.allDay ? locale.toString(occurrence.localStart().date(), QLocale::ShortFormat)
                                         : locale.toString(localStart, QLocale::ShortFormat));
            if (!occurrence.provider.isEmpty())
                detail << occurrence.provider;
            if (!occurrence.place.isEmpty())
                detail << occurrence.place;
            for (int minutes : appointment.reminderMinutes) {
                Reminder reminder;
                reminder.at = occurrence.start.addSecs(-qint64(minutes) * 60);
                if (reminder.at < from || reminder.at >= to)
                    continue;
                reminder.key = QStringLiteral("%1:%2").arg(occurrence.key()).arg(minutes);
                reminder.title = occurrence.title;
                reminder.detail = detail.join(QStringLiteral(", "));
                out.push_back(std::move(reminder));
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Reminder& a, const Reminder& b) { return a.at < b.at; });
    return out;
}

std::vector<TimelineItem> AppointmentRepository::timeline(const QDateTime& from, const QDateTime& to) const
{
    std::vector<TimelineItem> out;
    for (const Occurrence& occurrence : occurrences(from, to)) {
        if (occurrence.start < from)
            continue; // began before the window; it belongs to the earlier stretch of the timeline
        TimelineItem item;
        item.at = occurrence.start;
        item.kind = kind();
        item.event = QStringLiteral("appointment");
        item.recordId = occurrence.appointmentId;
        item.title = occurrence.title;
        QStringList detail;
        if (!occurrence.provider.isEmpty())
            detail << occurrence.provider;
        if (!occurrence.place.isEmpty())
            detail << occurrence.place;
        item.detail = detail.join(QStringLiteral(", "));
        out.push_back(std::move(item));
    }
    return out;
}

} // namespace carnet
