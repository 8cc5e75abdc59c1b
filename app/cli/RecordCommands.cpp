// carnet-cli commands that cut across record kinds: history (the amendment trail) and timeline.
#include "CliCommand.h"
#include "CliContext.h"
#include "RecordStore.h"

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

} // namespace

void addRecordCommands(CommandList& commands)
{
    commands.push_back({QStringLiteral("history"), tr("List the earlier versions of a record"), runHistory});
}

} // namespace carnet::cli
