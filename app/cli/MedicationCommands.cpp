// carnet-cli medication commands: med add|list|show|edit|stop|take|skip|due|adherence|delete.
#include "CliCommand.h"
#include "CliContext.h"
#include "MedicationJson.h"
#include "MedicationRepository.h"
#include "RecordError.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <functional>

namespace carnet::cli {

namespace {

constexpr int RecentDoses = 10;
constexpr int DefaultAdherenceDays = 30;

QString timeText(const QDateTime& at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QJsonObject medicationJson(const Medication& medication)
{
    QJsonObject json = medication.toJson();
    json.insert(QStringLiteral("display_name"), medication.displayName());
    json.insert(QStringLiteral("dose_text"), medication.doseText());
    json.insert(QStringLiteral("schedule_text"), medication.schedule.describe());
    json.insert(QStringLiteral("stopped"), medication.isStoppedOn(QDate::currentDate()));
    json.insert(QStringLiteral("version"), medication.version);
    json.insert(QStringLiteral("created_at"), localTimeJson(medication.createdAt));
    json.insert(QStringLiteral("updated_at"), localTimeJson(medication.updatedAt));
    return json;
}

double parseAmount(const QString& option, const QString& text)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        throw UsageError(tr("--%1: '%2' is not a number").arg(option, text));
    if (value <= 0)
        throw UsageError(tr("--%1 must be more than zero, not %2").arg(option, text));
    return value;
}

int parseCount(const QString& option, const QString& text, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        throw UsageError(tr("--%1 must be a whole number from %2 to %3, not '%4'").arg(option).arg(minimum).arg(maximum).arg(text));
    return value;
}

QTime parseTimeOfDay(const QString& option, const QString& text)
{
    const std::optional<QTime> time = MedicationSchedule::parseTime(text);
    if (!time)
        throw UsageError(tr("--%1: '%2' is not a time of day; use HH:MM from 00:00 to 23:59").arg(option, text));
    return *time;
}

std::vector<QTime> parseTimes(const QString& text)
{
    std::vector<QTime> times;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        times.push_back(parseTimeOfDay(QStringLiteral("times"), part));
    if (times.empty())
        throw UsageError(tr("--times needs at least one time of day, e.g. 08:00,20:00"));
    return times;
}

std::vector<int> parseDays(const QString& text)
{
    std::vector<int> days;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<int> day = MedicationSchedule::weekdayFromName(part);
        if (!day)
            throw UsageError(tr("--days: '%1' is not a day of the week; use mon, tue, wed, thu, fri, sat, sun").arg(part));
        days.push_back(*day);
    }
    if (days.empty())
        throw UsageError(tr("--days needs at least one day, e.g. mon,wed,fri"));
    return days;
}

QString checkedWord(const QString& option, const QString& text, const QStringList& allowed)
{
    const QString word = text.trimmed().toLower();
    if (!word.isEmpty() && !allowed.contains(word))
        throw UsageError(tr("unknown --%1 '%2' (use %3)").arg(option, text, allowed.join(QStringLiteral(", "))));
    return word;
}

// The options add and edit share; each parsed value becomes a change applied to a Medication.
struct MedicationOptions
{
    QCommandLineOption name{QStringLiteral("name"), tr("Name of the medication."), QStringLiteral("N")};
    QCommandLineOption strength{QStringLiteral("strength"), tr("Strength as on the label, e.g. \"500 mg\"."),
                                QStringLiteral("S")};
    QCommandLineOption form{QStringLiteral("form"),
                            tr("Form: %1.").arg(Medication::forms().join(QStringLiteral(", "))), QStringLiteral("F")};
    QCommandLineOption route{QStringLiteral("route"),
                             tr("Route: %1.").arg(Medication::routes().join(QStringLiteral(", "))), QStringLiteral("R")};
    QCommandLineOption dose{QStringLiteral("dose"), tr("Amount per dose, e.g. 1 or 2.5."), QStringLiteral("AMOUNT")};
    QCommandLineOption unit{QStringLiteral("unit"), tr("Unit of the dose, e.g. tablet, ml, puff."), QStringLiteral("U")};
    QCommandLineOption times{QStringLiteral("times"), tr("Take at these times each day (or on --days), e.g. 08:00,20:00."),
                             QStringLiteral("LIST")};
    QCommandLineOption everyHours{QStringLiteral("every-hours"), tr("Take every N hours."), QStringLiteral("N")};
    QCommandLineOption first{QStringLiteral("first"), tr("With --every-hours: time of the first dose (default 08:00)."),
                             QStringLiteral("HH:MM")};
    QCommandLineOption days{QStringLiteral("days"), tr("With --times: only on these days, e.g. mon,wed,fri."),
                            QStringLiteral("LIST")};
    QCommandLineOption asNeeded{QStringLiteral("as-needed"), tr("Take as needed: no doses are due.")};
    QCommandLineOption prescriber{QStringLiteral("prescriber"), tr("Who prescribed it."), QStringLiteral("P")};
    QCommandLineOption pharmacy{QStringLiteral("pharmacy"), tr("Pharmacy that fills it."), QStringLiteral("P")};
    QCommandLineOption reason{QStringLiteral("reason"), tr("What it is taken for."), QStringLiteral("R")};
    QCommandLineOption start{QStringLiteral("start"), tr("First day taken (YYYY-MM-DD)."), QStringLiteral("D")};
    QCommandLineOption refills{QStringLiteral("refills"), tr("Refills left."), QStringLiteral("N")};
    QCommandLineOption nextRefill{QStringLiteral("next-refill"), tr("Date of the next refill (YYYY-MM-DD)."),
                                  QStringLiteral("D")};
    QCommandLineOption notes{QStringLiteral("notes"), tr("Notes."), QStringLiteral("T")};
    QCommandLineOption notesFile{QStringLiteral("notes-file"), tr("Read the notes from a UTF-8 file."),
                                 QStringLiteral("FILE")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({name, strength, form, route, dose, unit, times, everyHours, first, days, asNeeded,
                           prescriber, pharmacy, reason, start, refills, nextRefill, notes, notesFile});
    }

    // Parses every given option (UsageError on a bad value) into the changes it makes.
    std::vector<std::function<void(Medication&)>> changes(CliContext& ctx, const QCommandLineParser& parser) const
    {
        std::vector<std::function<void(Medication&)>> out;
        auto setText = [&](const QCommandLineOption& option, QString Medication::*field) {
            if (parser.isSet(option))
                out.push_back([value = parser.value(option), field](Medication& m) { m.*field = value; });
        };
        if (parser.isSet(name) && parser.value(name).trimmed().isEmpty())
            throw UsageError(tr("--name cannot be empty"));
        setText(name, &Medication::name);
        setText(strength, &Medication::strength);
        if (parser.isSet(form)) {
            const QString value = checkedWord(QStringLiteral("form"), parser.value(form), Medication::forms());
            out.push_back([value](Medication& m) { m.form = value; });
        }
        if (parser.isSet(route)) {
            const QString value = checkedWord(QStringLiteral("route"), parser.value(route), Medication::routes());
            out.push_back([value](Medication& m) { m.route = value; });
        }
        if (parser.isSet(dose)) {
            const double value = parseAmount(QStringLiteral("dose"), parser.value(dose));
            out.push_back([value](Medication& m) { m.doseAmount = value; });
        }
        setText(unit, &Medication::doseUnit);
        if (const std::optional<MedicationSchedule> schedule = parseSchedule(parser)) {
            MedicationSchedule checked = *schedule;
            checked.normalizeAndValidate();
            out.push_back([checked](Medication& m) { m.schedule = checked; });
        }
        setText(prescriber, &Medication::prescriber);
        setText(pharmacy, &Medication::pharmacy);
        setText(reason, &Medication::reason);
        if (parser.isSet(start)) {
            const QDate value = CliContext::parseDate(parser.value(start));
            out.push_back([value](Medication& m) { m.startDate = value; });
        }
        if (parser.isSet(refills)) {
            const int value = parseCount(QStringLiteral("refills"), parser.value(refills), 0, 99);
            out.push_back([value](Medication& m) { m.refillsLeft = value; });
        }
        if (parser.isSet(nextRefill)) {
            const QDate value = CliContext::parseDate(parser.value(nextRefill));
            out.push_back([value](Medication& m) { m.nextRefillDate = value; });
        }
        if (parser.value(notesFile) == QLatin1String("-"))
            throw UsageError(tr("--notes-file cannot be '-': standard input carries the passphrase"));
        const QString notesText = ctx.textOrFile(parser, notes, notesFile);
        if (!notesText.isNull())
            out.push_back([notesText](Medication& m) { m.notes = notesText; });
        return out;
    }

    std::optional<MedicationSchedule> parseSchedule(const QCommandLineParser& parser) const
    {
        const bool hasTimes = parser.isSet(times);
        const bool hasEvery = parser.isSet(everyHours);
        const bool hasDays = parser.isSet(days);
        const bool hasFirst = parser.isSet(first);
        const bool prn = parser.isSet(asNeeded);
        if (prn && (hasTimes || hasEvery || hasDays || hasFirst))
            throw UsageError(tr("--as-needed cannot be combined with --times, --every-hours, --days or --first"));
        if (hasTimes && hasEvery)
            throw UsageError(tr("give either --times or --every-hours, not both"));
        if (hasDays && !hasTimes)
            throw UsageError(tr("--days needs --times, e.g. --days mon,wed,fri --times 09:00"));
        if (hasFirst && !hasEvery)
            throw UsageError(tr("--first goes with --every-hours"));
        if (prn)
            return MedicationSchedule::asNeeded();
        if (hasEvery) {
            const int hours = parseCount(QStringLiteral("every-hours"), parser.value(everyHours), 1,
                                         MedicationSchedule::MaxIntervalHours);
            const QTime firstTime = hasFirst ? parseTimeOfDay(QStringLiteral("first"), parser.value(first)) : QTime(8, 0);
            return MedicationSchedule::everyHours(hours, firstTime);
        }
        if (hasTimes) {
            std::vector<QTime> parsed = parseTimes(parser.value(times));
            if (hasDays)
                return MedicationSchedule::onWeekdays(parseDays(parser.value(days)), std::move(parsed));
            return MedicationSchedule::fixedTimes(std::move(parsed));
        }
        return std::nullopt;
    }
};

std::int64_t idArgument(const QCommandLineParser& parser)
{
    return CliContext::parseId(parser.positionalArguments().at(1));
}

void printSummary(QTextStream& out, const Medication& m)
{
    QStringList parts{m.displayName()};
    if (!m.doseText().isEmpty())
        parts << m.doseText();
    parts << m.schedule.describe();
    out << parts.join(QStringLiteral(", "));
}

int runAdd(CliContext& ctx)
{
    QCommandLineParser parser;
    const MedicationOptions options;
    options.addTo(parser);
    if (!ctx.parse(parser,
                   tr("Add a medication. Without --times, --every-hours or --as-needed it is taken as needed."),
                   QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    if (!parser.isSet(options.name))
        throw UsageError(tr("--name is required"));
    Medication medication;
    for (const auto& change : options.changes(ctx, parser))
        change(medication);
    medication.normalizeAndValidate();
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    MedicationRepository repository(vault->database());
    const std::int64_t id = repository.add(medication);
    const Medication added = repository.get(id);
    if (ctx.json()) {
        ctx.printJson(medicationJson(added));
    } else {
        ctx.out() << tr("Added medication %1: ").arg(id);
        printSummary(ctx.out(), added);
        ctx.out() << '\n';
    }
    return ExitOk;
}

int runEdit(CliContext& ctx)
{
    QCommandLineParser parser;
    const MedicationOptions options;
    options.addTo(parser);
    if (!ctx.parse(parser,
                   tr("Change a medication; only the options given change. A schedule option replaces the schedule. "
                      "The earlier values stay in its history."),
                   QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = idArgument(parser);
    const auto changes = options.changes(ctx, parser);
    if (changes.empty())
        throw UsageError(tr("nothing to change; give at least one option"));
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    MedicationRepository repository(vault->database());
    Medication medication = repository.get(id);
    for (const auto& change : changes)
        change(medication);
    repository.update(medication);
    const Medication updated = repository.get(id);
    if (ctx.json()) {
        ctx.printJson(medicationJson(updated));
    } else {
        ctx.out() << tr("Updated medication %1: ").arg(id);
        printSummary(ctx.out(), updated);
        ctx.out() << '\n';
    }
    return ExitOk;
}

int runList(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption all(QStringLiteral("all"), tr("List current and past medications."));
    const QCommandLineOption past(QStringLiteral("past"), tr("List only stopped medications."));
    parser.addOptions({all, past});
    if (!ctx.parse(parser, tr("List current medications (or past ones, or all)."), QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    if (parser.isSet(all) && parser.isSet(past))
        throw UsageError(tr("give either --all or --past, not both"));
    const auto filter = parser.isSet(all)    ? MedicationRepository::Filter::All
                        : parser.isSet(past) ? MedicationRepository::Filter::Past
                                             : MedicationRepository::Filter::Current;
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    MedicationRepository repository(vault->database());
    const std::vector<Medication> medications = repository.list(filter);
    if (ctx.json()) {
        QJsonArray array;
        for (const Medication& m : medications)
            array.append(medicationJson(m));
        ctx.printJson(array);
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    if (medications.empty()) {
        out << (filter == MedicationRepository::Filter::Past ? tr("No past medications.\n")
                                                             : tr("No medications.\n"));
        return ExitOk;
    }
    const QDate today = QDate::currentDate();
    for (const Medication& m : medications) {
        out << QString::number(m.id).rightJustified(5) << "  " << m.displayName().leftJustified(28) << "  "
            << m.doseText().leftJustified(10) << "  " << m.schedule.describe();
        if (m.isStoppedOn(today)) {
            out << "  " << tr("(stopped %1)").arg(m.stopDate.toString(Qt::ISODate));
        } else if (m.nextRefillDate.isValid()) {
            out << "  " << tr("(next refill %1)").arg(m.nextRefillDate.toString(Qt::ISODate));
        }
        out << '\n';
    }
    return ExitOk;
}

int runShow(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, tr("Show a medication and its most recent doses."), QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = idArgument(parser);
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    MedicationRepository repository(vault->database());
    const Medication m = repository.get(id);
    const std::vector<DoseEvent> doses = repository.doses(id, RecentDoses);
    if (ctx.json()) {
        QJsonObject json = medicationJson(m);
        QJsonArray array;
        for (const DoseEvent& dose : doses)
            array.append(dose.toJson());
        json.insert(QStringLiteral("doses"), array);
        ctx.printJson(json);
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    auto line = [&out](const QString& label, const QString& value) {
        out << label.leftJustified(14) << orDash(value) << '\n';
    };
    line(tr("Medication"), QStringLiteral("%1 (id %2)").arg(m.name).arg(m.id));
    line(tr("Strength"), m.strength);
    line(tr("Form"), Medication::formLabel(m.form));
    line(tr("Route"), Medication::routeLabel(m.route));
    line(tr("Dose"), m.doseText());
    line(tr("Schedule"), m.schedule.describe());
    line(tr("Reason"), m.reason);
    line(tr("Prescriber"), m.prescriber);
    line(tr("Pharmacy"), m.pharmacy);
    line(tr("Started"), m.startDate.toString(Qt::ISODate));
    if (m.stopDate.isValid())
        line(tr("Stopped"), m.stopReason.isEmpty() ? m.stopDate.toString(Qt::ISODate)
                                                   : tr("%1 (%2)").arg(m.stopDate.toString(Qt::ISODate), m.stopReason));
    line(tr("Refills left"), m.refillsLeft ? QString::number(*m.refillsLeft) : QString());
    line(tr("Next refill"), m.nextRefillDate.toString(Qt::ISODate));
    line(tr("Notes"), m.notes);
    out << '\n';
    if (doses.empty()) {
        out << tr("No doses recorded.\n");
        return ExitOk;
    }
    out << tr("Recent doses:\n");
    for (const DoseEvent& dose : doses) {
        out << "  " << timeText(dose.recordedAt) << "  " << DoseEvent::statusName(dose.status).leftJustified(8);
        if (dose.scheduledFor.isValid())
            out << "  " << tr("for %1").arg(timeText(dose.scheduledFor));
        if (dose.amount)
            out << "  " << Medication::amountText(*dose.amount) << (m.doseUnit.isEmpty() ? QString() : QLatin1Char(' ') + m.doseUnit);
        if (!dose.note.isEmpty())
            out << "  " << dose.note;
        out << '\n';
    }
    return ExitOk;
}

int runStop(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("The day it was stopped: no doses are due from that day on (default today)."),
                                  QStringLiteral("D"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why it was stopped."), QStringLiteral("R"));
    parser.addOptions({date, reason});
    if (!ctx.parse(parser, tr("Stop a medication. It moves to the past list and keeps its dose log."),
                   QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = idArgument(parser);
    const QDate day = parser.isSet(date) ? CliContext::parseDate(parser.value(date)) : QDate::currentDate();
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    MedicationRepository repository(vault->database());
    repository.stop(id, day, parser.value(reason));
    const Medication m = repository.get(id);
    if (ctx.json())
        ctx.printJson(medicationJson(m));
    else
        ctx.out() << tr("Stopped %1 (id %2) on %3.\n").arg(m.displayName()).arg(id).arg(day.toString(Qt::ISODate));
    return ExitOk;
}

// "HH:MM" on `day`, or a full date and time.
QDateTime parseScheduled(const QString& text, const QDate& day)
{
    if (const std::optional<QTime> time = MedicationSchedule::parseTime(text))
        return QDateTime(day, *time);
    if (text.trimmed().size() <= 5)
        throw UsageError(tr("--scheduled: '%1' is not a time of day; use HH:MM from 00:00 to 23:59").arg(text));
    return CliContext::parseDateTime(text);
}

void printDose(CliContext& ctx, const Medication& m, const DoseEvent& dose)
{
    if (ctx.json()) {
        QJsonObject json = dose.toJson();
        json.insert(QStringLiteral("medication"), m.displayName());
        ctx.printJson(json);
        return;
    }
    QTextStream& out = ctx.out();
    switch (dose.status) {
    case DoseEvent::Status::Taken:
        out << tr("Recorded %1 as taken at %2").arg(m.displayName(), timeText(dose.recordedAt));
        break;
    case DoseEvent::Status::Late:
        out << tr("Recorded %1 as taken late at %2").arg(m.displayName(), timeText(dose.recordedAt));
        break;
    case DoseEvent::Status::Skipped:
        out << tr("Recorded %1 as skipped").arg(m.displayName());
        break;
    }
    if (dose.scheduledFor.isValid())
        out << ' ' << tr("(the dose due %1)").arg(timeText(dose.scheduledFor));
    else if (dose.status != DoseEvent::Status::Skipped)
        out << ' ' << tr("(not a scheduled dose)");
    out << ".\n";
}

DoseEvent findDose(MedicationRepository& repository, std::int64_t medicationId, std::int64_t doseId)
{
    for (const DoseEvent& dose : repository.doses(medicationId)) {
        if (dose.id == doseId)
            return dose;
    }
    throw RecordError(RecordError::Kind::NotFound, tr("No dose with id %1.").arg(doseId));
}

int runTake(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption at(QStringLiteral("at"), tr("When it was taken (default now)."), QStringLiteral("DATETIME"));
    const QCommandLineOption scheduled(QStringLiteral("scheduled"),
                                       tr("The scheduled dose it is, HH:MM on the day of --at (default: the pending "
                                          "dose nearest in time, if any)."),
                                       QStringLiteral("HH:MM"));
    const QCommandLineOption amount(QStringLiteral("amount"), tr("Amount taken (default the medication's dose)."),
                                    QStringLiteral("N"));
    const QCommandLineOption note(QStringLiteral("note"), tr("A note about this dose."), QStringLiteral("T"));
    parser.addOptions({at, scheduled, amount, note});
    if (!ctx.parse(parser, tr("Record a dose as taken. Taken more than an hour after its time, it counts as late."),
                   QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = idArgument(parser);
    const QDateTime when = parser.isSet(at) ? CliContext::parseDateTime(parser.value(at)) : QDateTime::currentDateTime();
    std::optional<QDateTime> slot;
    if (parser.isSet(scheduled))
        slot = parseScheduled(parser.value(scheduled), when.toLocalTime().date());
    std::optional<double> taken;
    if (parser.isSet(amount))
        taken = parseAmount(QStringLiteral("amount"), parser.value(amount));
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    MedicationRepository repository(vault->database());
    const Medication m = repository.get(id);
    if (!slot)
        slot = repository.pendingDoseNear(id, when);
    const std::int64_t doseId =
        repository.recordDose(id, DoseEvent::Status::Taken, when, slot, taken, parser.value(note));
    printDose(ctx, m, findDose(repository, id, doseId));
    return ExitOk;
}

int runSkip(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption scheduled(QStringLiteral("scheduled"),
                                       tr("The scheduled dose to skip, HH:MM (default the first pending dose of the day)."),
                                       QStringLiteral("HH:MM"));
    const QCommandLineOption date(QStringLiteral("date"), tr("The day of the dose (default today)."), QStringLiteral("D"));
    const QCommandLineOption note(QStringLiteral("note"), tr("Why it was skipped."), QStringLiteral("T"));
    parser.addOptions({scheduled, date, note});
    if (!ctx.parse(parser, tr("Record a scheduled dose as skipped."), QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = idArgument(parser);
    const QDate day = parser.isSet(date) ? CliContext::parseDate(parser.value(date)) : QDate::currentDate();
    std::optional<QDateTime> slot;
    if (parser.isSet(scheduled))
        slot = parseScheduled(parser.value(scheduled), day);
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    MedicationRepository repository(vault->database());
    const Medication m = repository.get(id);
    if (m.schedule.isAsNeeded())
        throw RecordError(RecordError::Kind::Invalid,
                          tr("%1 is taken as needed; it has no scheduled dose to skip.").arg(m.displayName()));
    if (!slot) {
        slot = repository.firstPendingDoseOn(id, day);
        if (!slot)
            throw RecordError(RecordError::Kind::NotFound,
                              tr("%1 has no pending dose on %2.").arg(m.displayName(), day.toString(Qt::ISODate)));
    }
    const std::int64_t doseId = repository.recordDose(id, DoseEvent::Status::Skipped, QDateTime::currentDateTime(),
                                                      slot, std::nullopt, parser.value(note));
    printDose(ctx, m, findDose(repository, id, doseId));
    return ExitOk;
}

int runDue(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption date(QStringLiteral("date"), tr("The day (default today)."), QStringLiteral("D"));
    parser.addOption(date);
    if (!ctx.parse(parser, tr("List the doses due on a day with their status: pending, taken, late or skipped."),
                   QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    const QDate day = parser.isSet(date) ? CliContext::parseDate(parser.value(date)) : QDate::currentDate();
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    MedicationRepository repository(vault->database());
    const std::vector<DueDose> doses = repository.dueDoses(day);
    if (ctx.json()) {
        const QDateTime now = QDateTime::currentDateTime();
        QJsonArray array;
        for (const DueDose& dose : doses) {
            QJsonObject json = dose.toJson();
            json.insert(QStringLiteral("overdue"), dose.isOverdue(now));
            array.append(json);
        }
        ctx.printJson(QJsonObject{{QStringLiteral("date"), day.toString(Qt::ISODate)}, {QStringLiteral("doses"), array}});
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    if (doses.empty()) {
        out << tr("No doses due on %1.\n").arg(day.toString(Qt::ISODate));
        return ExitOk;
    }
    out << tr("Doses due on %1:\n").arg(day.toString(Qt::ISODate));
    const QDateTime now = QDateTime::currentDateTime();
    for (const DueDose& dose : doses) {
        QString status = DueDose::statusName(dose.status);
        if (dose.isOverdue(now))
            status = tr("overdue");
        else if (dose.recordedAt.isValid() && dose.status != DueDose::Status::Skipped)
            status = tr("%1 at %2").arg(status, dose.recordedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
        out << "  " << MedicationSchedule::timeText(dose.scheduledFor.toLocalTime().time()) << "  "
            << QString::number(dose.medicationId).rightJustified(4) << "  " << dose.medicationName.leftJustified(28)
            << "  " << dose.doseText.leftJustified(10) << "  " << status << '\n';
    }
    return ExitOk;
}

int runAdherence(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), tr("First day (default 29 days before --to)."),
                                  QStringLiteral("D"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day (default today)."), QStringLiteral("D"));
    parser.addOptions({from, to});
    if (!ctx.parse(parser,
                   tr("Show the share of scheduled doses taken (late ones included) per medication, over the last "
                      "%1 days unless --from/--to say otherwise. As-needed medications have no schedule to measure.")
                       .arg(DefaultAdherenceDays),
                   QStringLiteral("VAULT [ID]"), 1, 2))
        return ExitOk;
    std::optional<std::int64_t> id;
    if (parser.positionalArguments().size() == 2)
        id = idArgument(parser);
    const QDate last = parser.isSet(to) ? CliContext::parseDate(parser.value(to)) : QDate::currentDate();
    const QDate first =
        parser.isSet(from) ? CliContext::parseDate(parser.value(from)) : last.addDays(1 - DefaultAdherenceDays);
    if (first > last)
        throw UsageError(tr("--from %1 is after --to %2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    MedicationRepository repository(vault->database());
    std::vector<Adherence> results;
    if (id)
        results.push_back(repository.adherence(*id, first, last));
    else
        results = repository.adherence(first, last);
    if (ctx.json()) {
        QJsonArray array;
        for (const Adherence& result : results)
            array.append(result.toJson());
        ctx.printJson(QJsonObject{{QStringLiteral("from"), first.toString(Qt::ISODate)},
                                  {QStringLiteral("to"), last.toString(Qt::ISODate)},
                                  {QStringLiteral("medications"), array}});
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    out << tr("Adherence from %1 to %2:\n").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
    if (results.empty())
        out << tr("  No scheduled doses in that span.\n");
    for (const Adherence& result : results) {
        out << "  " << result.medicationName << ": ";
        if (result.asNeeded) {
            out << tr("taken as needed; no schedule to measure") << '\n';
            continue;
        }
        if (result.scheduled == 0) {
            out << tr("no doses were due yet") << '\n';
            continue;
        }
        out << tr("%1% taken (%2 of %3 doses; %4 late, %5 skipped, %6 missed)")
                   .arg(QString::number(result.percentTaken(), 'f', 1))
                   .arg(result.taken)
                   .arg(result.scheduled)
                   .arg(result.late)
                   .arg(result.skipped)
                   .arg(result.missed);
        if (result.pending > 0)
            out << tr(", %1 still to come").arg(result.pending);
        out << '\n';
    }
    return ExitOk;
}

int runDelete(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser,
                   tr("Delete a medication. It disappears from lists, schedules and adherence; its history is kept."),
                   QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = idArgument(parser);
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    MedicationRepository repository(vault->database());
    const Medication m = repository.get(id);
    repository.softDelete(id);
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("id"), static_cast<qint64>(id)}, {QStringLiteral("deleted"), true}});
    else
        ctx.out() << tr("Deleted %1 (id %2).\n").arg(m.displayName()).arg(id);
    return ExitOk;
}

} // namespace

void addMedicationCommands(CommandList& commands)
{
    commands.push_back({QStringLiteral("med add"), tr("Add a medication"), runAdd});
    commands.push_back({QStringLiteral("med list"), tr("List current, past or all medications"), runList});
    commands.push_back({QStringLiteral("med show"), tr("Show a medication and its recent doses"), runShow});
    commands.push_back({QStringLiteral("med edit"), tr("Change a medication"), runEdit});
    commands.push_back({QStringLiteral("med stop"), tr("Stop a medication, keeping it as history"), runStop});
    commands.push_back({QStringLiteral("med take"), tr("Record a dose as taken"), runTake});
    commands.push_back({QStringLiteral("med skip"), tr("Record a scheduled dose as skipped"), runSkip});
    commands.push_back({QStringLiteral("med due"), tr("List the doses due today or on a day"), runDue});
    commands.push_back({QStringLiteral("med adherence"), tr("Show the share of doses taken"), runAdherence});
    commands.push_back({QStringLiteral("med delete"), tr("Delete a medication"), runDelete});
}

} // namespace carnet::cli
