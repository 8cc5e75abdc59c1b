// carnet-cli commands for appointments: appt add|list|upcoming|show|edit|delete|restore.
#include "AppointmentRepository.h"
#include "CliCommand.h"
#include "CliContext.h"
#include "RecordError.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace carnet::cli {

namespace {

const QString DateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

// The options shared by `appt add` and `appt edit`.
struct AppointmentOptions
{
    QCommandLineOption title {QStringLiteral("title"), tr("What the appointment is for."), QStringLiteral("text")};
    QCommandLineOption start {QStringLiteral("start"),
                              tr("When it starts: YYYY-MM-DD HH:MM, in --time-zone unless it ends in Z or an offset "
                                 "(for --all-day: the first day)."),
                              QStringLiteral("datetime")};
    QCommandLineOption end {QStringLiteral("end"), tr("When it ends (for --all-day: the last day)."),
                            QStringLiteral("datetime")};
    QCommandLineOption duration {QStringLiteral("duration"), tr("How long it lasts, instead of --end."),
                                 QStringLiteral("minutes")};
    QCommandLineOption allDay {QStringLiteral("all-day"), tr("It takes whole days; times are ignored.")};
    QCommandLineOption timeZone {QStringLiteral("time-zone"),
                                 tr("IANA time zone of the times given, e.g. Europe/Berlin (default: this computer's; "
                                    "for edit: the appointment's)."),
                                 QStringLiteral("zone")};
    QCommandLineOption provider {QStringLiteral("provider"), tr("Who it is with."), QStringLiteral("text")};
    QCommandLineOption careTeam {QStringLiteral("care-team"), tr("Id of the care-team record of that provider."),
                                 QStringLiteral("id")};
    QCommandLineOption place {QStringLiteral("place"), tr("Where it is."), QStringLiteral("text")};
    QCommandLineOption address {QStringLiteral("address"), tr("The address of the place."), QStringLiteral("text")};
    QCommandLineOption notes {QStringLiteral("notes"), tr("Notes."), QStringLiteral("text")};
    QCommandLineOption notesFile {QStringLiteral("notes-file"), tr("Read the notes from a UTF-8 file."),
                                  QStringLiteral("file")};
    QCommandLineOption rrule {QStringLiteral("rrule"),
                              tr("How it repeats, as an RFC 5545 rule, e.g. \"FREQ=WEEKLY;BYDAY=TU;COUNT=6\"."),
                              QStringLiteral("rule")};
    QCommandLineOption except {QStringLiteral("except"),
                               tr("A date (YYYY-MM-DD) or start (YYYY-MM-DD HH:MM) on which a repeating appointment "
                                  "does not take place; may be repeated."),
                               QStringLiteral("date")};
    QCommandLineOption remind {QStringLiteral("remind"),
                               tr("Remind this many minutes before the start; may be repeated (e.g. 1440 and 60)."),
                               QStringLiteral("minutes")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({title, start, end, duration, allDay, timeZone, provider, careTeam, place, address, notes,
                           notesFile, rrule, except, remind});
    }
};

// The options only `appt edit` has.
struct EditOptions
{
    QCommandLineOption cancel {QStringLiteral("cancel"), tr("Mark the appointment as cancelled.")};
    QCommandLineOption book {QStringLiteral("book"), tr("Mark a cancelled appointment as booked again.")};
    QCommandLineOption timed {QStringLiteral("timed"), tr("Make an all-day appointment one with times.")};
    QCommandLineOption noRrule {QStringLiteral("no-rrule"), tr("Make it a one-off appointment.")};
    QCommandLineOption noRemind {QStringLiteral("no-remind"), tr("Remove all reminders.")};
    QCommandLineOption clearExceptions {QStringLiteral("clear-exceptions"), tr("Forget the dates given by --except.")};
    QCommandLineOption noCareTeam {QStringLiteral("no-care-team"), tr("Unlink the care-team record.")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({cancel, book, timed, noRrule, noRemind, clearExceptions, noCareTeam});
    }
};

QTimeZone zoneOption(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    const QString name = parser.value(option).trimmed();
    if (name.isEmpty() || !QTimeZone(name.toUtf8()).isValid())
        throw UsageError(tr("'%1' is not a known time zone; use an IANA name such as Europe/Berlin").arg(name));
    return QTimeZone(name.toUtf8());
}

bool isDateOnly(const QString& text)
{
    const QString value = text.trimmed();
    return value.size() == 10 || value.compare(QLatin1String("today"), Qt::CaseInsensitive) == 0
        || value.compare(QLatin1String("tomorrow"), Qt::CaseInsensitive) == 0
        || value.compare(QLatin1String("yesterday"), Qt::CaseInsensitive) == 0;
}

// A date and time as typed, in `zone` unless the text names its own offset.
QDateTime dateTimeIn(const QString& text, const QTimeZone& zone)
{
    const QDateTime parsed = CliContext::parseDateTime(text);
    if (parsed.timeSpec() != Qt::LocalTime || !zone.isValid())
        return parsed;
    return QDateTime(parsed.date(), parsed.time(), zone);
}

int minutesValue(const QString& text, const QString& what)
{
    bool ok = false;
    const int minutes = text.trimmed().toInt(&ok);
    if (!ok || minutes < 0)
        throw UsageError(tr("'%1' is not a number of minutes for %2 (0 or more)").arg(text, what));
    return minutes;
}

QString durationText(int minutes)
{
    if (minutes > 0 && minutes % 1440 == 0)
        return tr("%n day(s) before", nullptr, minutes / 1440);
    if (minutes > 0 && minutes % 60 == 0)
        return tr("%n hour(s) before", nullptr, minutes / 60);
    return tr("%n minute(s) before", nullptr, minutes);
}

// Applies the options given to `appointment` (a new one for add, the stored one for edit); the repository checks
// the result again when saving.
void applyOptions(const QCommandLineParser& parser, const AppointmentOptions& options, CliContext& ctx,
                  Appointment& appointment, bool creating)
{
    if (parser.isSet(options.end) && parser.isSet(options.duration))
        throw UsageError(tr("give either --end or --duration, not both"));
    if (creating && !parser.isSet(options.title))
        throw UsageError(tr("--title is required"));
    if (creating && !parser.isSet(options.start))
        throw UsageError(tr("--start is required"));

    QTimeZone zone;
    if (parser.isSet(options.timeZone)) {
        zone = zoneOption(parser, options.timeZone);
        // Keep the wall-clock times when only the zone changes: "it is at 09:00 Berlin time, not mine".
        if (!creating && !parser.isSet(options.start)) {
            const QDateTime localStart = appointment.localStart();
            const QDateTime localEnd = appointment.localEnd();
            appointment.start = QDateTime(localStart.date(), localStart.time(), zone);
            appointment.end = QDateTime(localEnd.date(), localEnd.time(), zone);
            for (QDateTime& skipped : appointment.exceptionDates) {
                const QDateTime local = skipped.toTimeZone(appointment.zone());
                skipped = QDateTime(local.date(), local.time(), zone);
            }
        }
        appointment.timeZone = QString::fromUtf8(zone.id());
    } else if (!creating) {
        zone = appointment.zone();
    } else {
        zone = QTimeZone::systemTimeZone();
    }

    if (parser.isSet(options.title))
        appointment.title = parser.value(options.title);
    if (parser.isSet(options.provider))
        appointment.provider = parser.value(options.provider);
    if (parser.isSet(options.careTeam))
        appointment.careTeamId = CliContext::parseId(parser.value(options.careTeam));
    if (parser.isSet(options.place))
        appointment.place = parser.value(options.place);
    if (parser.isSet(options.address))
        appointment.address = parser.value(options.address);
    if (parser.value(options.notesFile) == QLatin1String("-"))
        throw UsageError(tr("--notes-file needs a file: standard input carries the passphrase"));
    const QString notes = ctx.textOrFile(parser, options.notes, options.notesFile);
    if (!notes.isNull())
        appointment.notes = notes;
    if (parser.isSet(options.allDay))
        appointment.allDay = true;

    const qint64 oldLength = appointment.start.isValid() ? appointment.start.secsTo(appointment.end) : 0;
    if (parser.isSet(options.start)) {
        appointment.start = dateTimeIn(parser.value(options.start), zone);
        // A moved appointment keeps its length unless a new end or duration is given.
        if (!creating && !parser.isSet(options.end) && !parser.isSet(options.duration))
            appointment.end = appointment.start.addSecs(oldLength);
    }
    if (parser.isSet(options.end)) {
        QDateTime end = dateTimeIn(parser.value(options.end), zone);
        if (appointment.allDay)
            end = QDateTime(end.toTimeZone(zone).date().addDays(1), QTime(0, 0), zone); // the day after the last
        appointment.end = end;
    } else if (parser.isSet(options.duration)) {
        if (appointment.allDay)
            throw UsageError(tr("an all-day appointment takes --end (its last day), not --duration"));
        appointment.end = appointment.start.addSecs(
            qint64(minutesValue(parser.value(options.duration), QStringLiteral("--duration"))) * 60);
    } else if (creating) {
        appointment.end = QDateTime(); // the repository makes it the start, or the next midnight for all-day
    }
    if (appointment.end.isValid() && appointment.end < appointment.start)
        throw RecordError(RecordError::Kind::Invalid,
                          tr("the end (%1) is before the start (%2)")
                              .arg(appointment.end.toTimeZone(zone).toString(DateTimeFormat),
                                   appointment.start.toTimeZone(zone).toString(DateTimeFormat)));

    if (parser.isSet(options.rrule))
        appointment.recurrenceRule = parser.value(options.rrule);
    if (parser.isSet(options.remind)) {
        appointment.reminderMinutes.clear();
        for (const QString& value : parser.values(options.remind)) {
            const int minutes = minutesValue(value, QStringLiteral("--remind"));
            if (minutes > AppointmentRepository::MaxReminderMinutes)
                throw UsageError(tr("--remind %1 is more than %2 minutes (30 days) ahead")
                                     .arg(value)
                                     .arg(AppointmentRepository::MaxReminderMinutes));
            appointment.reminderMinutes.push_back(minutes);
        }
    }
}

// Turns each --except value into the start of the occurrence it names: a date names that day's occurrence.
void applyExceptions(const QCommandLineParser& parser, const AppointmentOptions& options, Appointment& appointment)
{
    if (!parser.isSet(options.except))
        return;
    if (appointment.recurrenceRule.trimmed().isEmpty())
        throw UsageError(tr("--except needs a repeating appointment (--rrule)"));
    Appointment probe = appointment;
    probe.exceptionDates.clear(); // skipping a date twice is not an error
    const Appointment checked = AppointmentRepository::normalized(probe);
    const QTimeZone zone = checked.zone();
    for (const QString& value : parser.values(options.except)) {
        QDateTime from;
        QDateTime to;
        if (isDateOnly(value)) {
            const QDate day = CliContext::parseDate(value);
            from = QDateTime(day, QTime(0, 0), zone);
            to = QDateTime(day.addDays(1), QTime(0, 0), zone);
        } else {
            from = dateTimeIn(value, zone);
            to = from.addSecs(1);
        }
        bool found = false;
        for (const Occurrence& occurrence : AppointmentRepository::expandOccurrences(checked, from, to)) {
            if (occurrence.start >= from) {
                appointment.exceptionDates.push_back(occurrence.start);
                found = true;
            }
        }
        if (!found)
            throw UsageError(tr("the appointment does not take place on %1, so --except cannot skip it").arg(value));
    }
}

void printOccurrences(CliContext& ctx, const std::vector<Occurrence>& occurrences, const QString& none)
{
    if (ctx.json()) {
        QJsonArray array;
        for (const Occurrence& occurrence : occurrences)
            array.append(occurrence.toJson());
        ctx.printJson(array);
        return;
    }
    QTextStream& out = ctx.out();
    if (occurrences.empty()) {
        out << none << '\n';
        return;
    }
    const QByteArray systemZone = QTimeZone::systemTimeZoneId();
    for (const Occurrence& occurrence : occurrences) {
        const QDateTime start = occurrence.localStart();
        const QDateTime end = occurrence.localEnd();
        QString when;
        if (occurrence.allDay) {
            const QDate lastDay = end.date().addDays(-1);
            when = lastDay > start.date()
                ? tr("%1 to %2, all day")
                      .arg(start.toString(QStringLiteral("yyyy-MM-dd")), lastDay.toString(QStringLiteral("yyyy-MM-dd")))
                : tr("%1, all day").arg(start.toString(QStringLiteral("yyyy-MM-dd")));
        } else {
            when = start.toString(QStringLiteral("ddd ")) + start.toString(DateTimeFormat);
            if (end > occurrence.localStart())
                when += QStringLiteral("–")
                    + end.toString(end.date() == start.date() ? QStringLiteral("HH:mm") : DateTimeFormat);
            if (occurrence.timeZone.toUtf8() != systemZone)
                when += QStringLiteral(" ") + occurrence.timeZone;
        }
        QStringList with;
        if (!occurrence.provider.isEmpty())
            with << occurrence.provider;
        if (!occurrence.place.isEmpty())
            with << occurrence.place;
        out << when << "  " << occurrence.title << " (#" << occurrence.appointmentId << ')';
        if (!with.isEmpty())
            out << "  " << with.join(QStringLiteral(", "));
        if (occurrence.recurring)
            out << "  " << tr("[repeats]");
        out << '\n';
    }
}

QJsonObject appointmentJson(const Appointment& appointment)
{
    QJsonObject json = appointment.toJson();
    json.insert(QStringLiteral("id"), static_cast<qint64>(appointment.id));
    json.insert(QStringLiteral("version"), appointment.version);
    json.insert(QStringLiteral("created_at"), RecordStore::timestamp(appointment.createdAt));
    json.insert(QStringLiteral("updated_at"), RecordStore::timestamp(appointment.updatedAt));
    json.insert(QStringLiteral("local_start"), appointment.localStart().toString(Qt::ISODate));
    json.insert(QStringLiteral("local_end"), appointment.localEnd().toString(Qt::ISODate));
    return json;
}

int runAdd(CliContext& ctx)
{
    QCommandLineParser parser;
    const AppointmentOptions options;
    options.addTo(parser);
    if (!ctx.parse(parser, tr("Add an appointment; prints its id."), QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    Appointment appointment;
    applyOptions(parser, options, ctx, appointment, true);
    applyExceptions(parser, options, appointment);
    AppointmentRepository::normalized(appointment); // refuse bad values before asking for the passphrase
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    AppointmentRepository repository(vault->database());
    const std::int64_t id = repository.add(appointment);
    const Appointment saved = repository.get(id);
    if (ctx.json())
        ctx.printJson(appointmentJson(saved));
    else
        ctx.out() << tr("Added appointment %1.").arg(id) << '\n';
    return ExitOk;
}

int runEdit(CliContext& ctx)
{
    QCommandLineParser parser;
    const AppointmentOptions options;
    const EditOptions edit;
    options.addTo(parser);
    edit.addTo(parser);
    if (!ctx.parse(parser, tr("Change an appointment; the earlier values stay in its history."),
                   QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = CliContext::parseId(parser.positionalArguments().at(1));
    if (parser.isSet(edit.cancel) && parser.isSet(edit.book))
        throw UsageError(tr("give either --cancel or --book, not both"));
    if (parser.isSet(edit.timed) && parser.isSet(options.allDay))
        throw UsageError(tr("give either --all-day or --timed, not both"));
    if (parser.isSet(edit.noRrule) && parser.isSet(options.rrule))
        throw UsageError(tr("give either --rrule or --no-rrule, not both"));
    if (parser.isSet(edit.noRemind) && parser.isSet(options.remind))
        throw UsageError(tr("give either --remind or --no-remind, not both"));
    if (parser.isSet(edit.noCareTeam) && parser.isSet(options.careTeam))
        throw UsageError(tr("give either --care-team or --no-care-team, not both"));
    if (parser.isSet(options.timeZone))
        zoneOption(parser, options.timeZone);

    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    AppointmentRepository repository(vault->database());
    Appointment appointment = repository.get(id);
    if (parser.isSet(edit.timed))
        appointment.allDay = false;
    applyOptions(parser, options, ctx, appointment, false);
    if (parser.isSet(edit.noRrule))
        appointment.recurrenceRule.clear();
    if (parser.isSet(edit.noRemind))
        appointment.reminderMinutes.clear();
    if (parser.isSet(edit.clearExceptions))
        appointment.exceptionDates.clear();
    if (parser.isSet(edit.noCareTeam))
        appointment.careTeamId = 0;
    if (parser.isSet(edit.cancel))
        appointment.status = Appointment::Status::Cancelled;
    if (parser.isSet(edit.book))
        appointment.status = Appointment::Status::Booked;
    applyExceptions(parser, options, appointment);
    repository.update(appointment);
    const Appointment saved = repository.get(id);
    if (ctx.json())
        ctx.printJson(appointmentJson(saved));
    else
        ctx.out() << tr("Updated appointment %1 (version %2).").arg(id).arg(saved.version) << '\n';
    return ExitOk;
}

// Reads the --from/--to dates of `appt list`: whole days in this computer's time zone, --to included.
std::pair<QDateTime, QDateTime> dayRange(const QCommandLineParser& parser, const QCommandLineOption& fromOption,
                                         const QCommandLineOption& toOption)
{
    const QDate from
        = parser.isSet(fromOption) ? CliContext::parseDate(parser.value(fromOption)) : QDate::currentDate();
    const QDate to = parser.isSet(toOption) ? CliContext::parseDate(parser.value(toOption)) : from.addDays(30);
    if (to < from)
        throw UsageError(tr("--to %1 is before --from %2").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    return {QDateTime(from, QTime(0, 0)), QDateTime(to.addDays(1), QTime(0, 0))};
}

int runList(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), tr("First day to list (default: today)."),
                                  QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day to list (default: 30 days after --from)."),
                                QStringLiteral("date"));
    const QCommandLineOption cancelled(QStringLiteral("cancelled"), tr("Also list cancelled appointments."));
    parser.addOptions({from, to, cancelled});
    if (!ctx.parse(parser, tr("List the dates of appointments between two days, repeating ones expanded."),
                   QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    const auto [first, end] = dayRange(parser, from, to);
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    AppointmentRepository repository(vault->database());
    bool truncated = false;
    const std::vector<Occurrence> occurrences = repository.occurrences(first, end, parser.isSet(cancelled), &truncated);
    printOccurrences(ctx, occurrences, tr("No appointments in that time."));
    if (truncated && !ctx.json())
        ctx.out() << tr("(Some repeating appointments repeat too often to list them all.)") << '\n';
    return ExitOk;
}

int runUpcoming(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), tr("How many to list (default 10)."), QStringLiteral("n"),
                                   QStringLiteral("10"));
    parser.addOption(limit);
    if (!ctx.parse(parser, tr("List the next appointments from now on."), QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    bool ok = false;
    const int count = parser.value(limit).toInt(&ok);
    if (!ok || count < 1 || count > AppointmentRepository::MaxUpcoming)
        throw UsageError(tr("--limit must be a number from 1 to %1, not '%2'")
                             .arg(AppointmentRepository::MaxUpcoming)
                             .arg(parser.value(limit)));
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    AppointmentRepository repository(vault->database());
    printOccurrences(ctx, repository.upcoming(QDateTime::currentDateTimeUtc(), count), tr("No upcoming appointments."));
    return ExitOk;
}

int runShow(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, tr("Show one appointment with all its details."), QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = CliContext::parseId(parser.positionalArguments().at(1));
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    AppointmentRepository repository(vault->database());
    const Appointment appointment = repository.get(id);
    if (ctx.json()) {
        ctx.printJson(appointmentJson(appointment));
        return ExitOk;
    }
    const QDateTime start = appointment.localStart();
    const QDateTime end = appointment.localEnd();
    QString when;
    if (appointment.allDay) {
        const QDate lastDay = end.date().addDays(-1);
        when = lastDay > start.date()
            ? tr("%1 to %2, all day").arg(start.date().toString(Qt::ISODate), lastDay.toString(Qt::ISODate))
            : tr("%1, all day").arg(start.date().toString(Qt::ISODate));
    } else {
        when = tr("%1 to %2").arg(start.toString(DateTimeFormat), end.toString(DateTimeFormat));
    }
    QTextStream& out = ctx.out();
    auto line = [&out](const QString& label, const QString& value) {
        if (!value.isEmpty())
            out << label.leftJustified(12) << value << '\n';
    };
    out << tr("Appointment %1: %2").arg(QString::number(appointment.id), appointment.title) << '\n';
    line(tr("When:"), tr("%1 (%2)").arg(when, appointment.timeZone));
    line(tr("Status:"), appointment.isCancelled() ? tr("cancelled") : tr("booked"));
    line(tr("Provider:"), appointment.provider);
    line(tr("Care team:"), appointment.careTeamId > 0 ? QStringLiteral("#%1").arg(appointment.careTeamId) : QString());
    line(tr("Place:"), appointment.place);
    line(tr("Address:"), appointment.address);
    line(tr("Repeats:"), appointment.recurrenceRule);
    QStringList skipped;
    for (const QDateTime& at : appointment.exceptionDates)
        skipped << at.toTimeZone(appointment.zone())
                       .toString(appointment.allDay ? QStringLiteral("yyyy-MM-dd") : DateTimeFormat);
    line(tr("Skipped:"), skipped.join(QStringLiteral(", ")));
    QStringList reminders;
    for (int minutes : appointment.reminderMinutes)
        reminders << durationText(minutes);
    line(tr("Reminders:"), reminders.join(QStringLiteral(", ")));
    line(tr("Notes:"), appointment.notes);
    out << tr("Version %1, created %2, last changed %3")
               .arg(appointment.version)
               .arg(appointment.createdAt.toLocalTime().toString(DateTimeFormat),
                    appointment.updatedAt.toLocalTime().toString(DateTimeFormat))
        << '\n';
    return ExitOk;
}

int runDelete(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, tr("Delete an appointment. It is kept, hidden, and can be restored with 'appt restore'."),
                   QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = CliContext::parseId(parser.positionalArguments().at(1));
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    AppointmentRepository repository(vault->database());
    repository.softDelete(id);
    if (ctx.json())
        ctx.printJson(QJsonObject {{QStringLiteral("id"), static_cast<qint64>(id)}, {QStringLiteral("deleted"), true}});
    else
        ctx.out() << tr("Deleted appointment %1; 'appt restore' brings it back.").arg(id) << '\n';
    return ExitOk;
}

int runRestore(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, tr("Bring back a deleted appointment."), QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = CliContext::parseId(parser.positionalArguments().at(1));
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    AppointmentRepository repository(vault->database());
    repository.restore(id);
    if (ctx.json())
        ctx.printJson(
            QJsonObject {{QStringLiteral("id"), static_cast<qint64>(id)}, {QStringLiteral("deleted"), false}});
    else
        ctx.out() << tr("Restored appointment %1.").arg(id) << '\n';
    return ExitOk;
}

} // namespace

void addCalendarCommands(CommandList& commands)
{
    commands.push_back({QStringLiteral("appt add"), tr("Add an appointment"), runAdd});
    commands.push_back({QStringLiteral("appt list"), tr("List appointments between two days"), runList});
    commands.push_back({QStringLiteral("appt upcoming"), tr("List the next appointments"), runUpcoming});
    commands.push_back({QStringLiteral("appt show"), tr("Show an appointment"), runShow});
    commands.push_back({QStringLiteral("appt edit"), tr("Change or cancel an appointment"), runEdit});
    commands.push_back({QStringLiteral("appt delete"), tr("Delete an appointment"), runDelete});
    commands.push_back({QStringLiteral("appt restore"), tr("Restore a deleted appointment"), runRestore});
}

} // namespace carnet::cli
