// carnet-cli commands that cut across record kinds: history (the amendment trail) and timeline.
#include "CliCommand.h"
#include "CliContext.h"
#include "RecordStore.h"
#include "RecordTimeline.h"

#include "Clock.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace carnet::cli {

namespace {

int runHistory(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser,
                   tr("List every version of a record (journal entry, medication, appointment, ...): when it was "
                      "created, each edit with the fields it changed, deletion and restoration."),
                   QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = CliContext::parseId(parser.positionalArguments().at(1));
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    RecordStore store(vault->database());
    const std::vector<RecordVersion> versions = store.history(id);
    const RecordMeta meta = *store.meta(id);
    if (ctx.json()) {
        QJsonArray array;
        for (const RecordVersion& version : versions) {
            array.append(QJsonObject{
                {QStringLiteral("version"), version.version},
                {QStringLiteral("at"), version.at.toString(Qt::ISODateWithMs)},
                {QStringLiteral("change"), version.change},
                {QStringLiteral("values"), version.values},
            });
        }
        ctx.printJson(QJsonObject{{QStringLiteral("id"), static_cast<qint64>(id)},
                                  {QStringLiteral("kind"), meta.kind},
                                  {QStringLiteral("versions"), array}});
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    out << tr("%1 %2: %n version(s)", nullptr, static_cast<int>(versions.size())).arg(meta.kind).arg(id) << '\n';
    QJsonObject previous;
    for (const RecordVersion& version : versions) {
        out << '\n'
            << tr("Version %1, %2, %3").arg(version.version).arg(version.at.toLocalTime().toString(Qt::ISODate), version.change)
            << '\n';
        for (const FieldChange& change : RecordStore::changes(previous, version.values)) {
            if (version.version == 1)
                out << "  " << change.key << ": " << RecordStore::displayValue(change.after) << '\n';
            else
                out << "  " << change.key << ": " << RecordStore::displayValue(change.before) << " -> "
                    << RecordStore::displayValue(change.after) << '\n';
        }
        previous = version.values;
    }
    return ExitOk;
}

int runTimeline(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("First day (default: 30 days ago)."), tr("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Last day (default: today)."), tr("DATE"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        tr("Only this kind: %1 (repeatable).").arg(RecordTimeline::knownKinds().join(
                                            QStringLiteral(", "))),
                                        tr("KIND"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("At most N lines, the newest."), tr("N"));
    parser.addOptions({fromOption, toOption, kindOption, limitOption});
    if (!ctx.parse(parser,
                   tr("Show journal entries, doses, medication starts and stops, appointments and coverage dates "
                      "together, oldest first."),
                   QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    const QDate today = QDate::currentDate();
    const QDate to = parser.isSet(toOption) ? CliContext::parseDate(parser.value(toOption)) : today;
    const QDate from = parser.isSet(fromOption) ? CliContext::parseDate(parser.value(fromOption)) : to.addDays(-30);
    if (to < from)
        throw UsageError(tr("--to (%1) is before --from (%2).").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    const QStringList kinds = parser.values(kindOption);
    for (const QString& kind : kinds) {
        if (!RecordTimeline::knownKinds().contains(kind))
            throw UsageError(tr("Unknown kind \"%1\"; use one of: %2.")
                                 .arg(kind, RecordTimeline::knownKinds().join(QStringLiteral(", "))));
    }
    int limit = -1;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit <= 0)
            throw UsageError(tr("--limit must be a positive whole number, not \"%1\".").arg(parser.value(limitOption)));
    }

    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    const RecordTimeline timeline(vault->database(), Clock::system());
    std::vector<TimelineItem> items =
        timeline.between(QDateTime(from, QTime(0, 0)), QDateTime(to.addDays(1), QTime(0, 0)), kinds);
    if (limit > 0 && static_cast<int>(items.size()) > limit)
        items.erase(items.begin(), items.end() - limit);

    if (ctx.json()) {
        QJsonArray array;
        for (const TimelineItem& item : items) {
            array.append(QJsonObject{{QStringLiteral("at"), item.at.toOffsetFromUtc(item.at.offsetFromUtc()).toString(Qt::ISODate)},
                                     {QStringLiteral("kind"), item.kind},
                                     {QStringLiteral("event"), item.event},
                                     {QStringLiteral("id"), static_cast<qint64>(item.recordId)},
                                     {QStringLiteral("title"), item.title},
                                     {QStringLiteral("detail"), item.detail}});
        }
        ctx.printJson(array);
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    if (items.empty()) {
        out << tr("Nothing between %1 and %2.").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)) << '\n';
        return ExitOk;
    }
    for (const TimelineItem& item : items) {
        out << item.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
            << item.kind.leftJustified(11) << ' ' << item.event.leftJustified(14) << ' ' << item.title;
        if (!item.detail.isEmpty())
            out << " — " << item.detail;
        out << "  [" << item.recordId << "]\n";
    }
    return ExitOk;
}

} // namespace

void addRecordCommands(CommandList& commands)
{
    commands.push_back({QStringLiteral("history"), tr("List the earlier versions of a record"), runHistory});
    commands.push_back({QStringLiteral("timeline"), tr("Show every kind of record by date"), runTimeline});
}

} // namespace carnet::cli
