// carnet-cli journal commands: add, list, show, edit, delete, restore, search, attachment-export.
#include "AtomicFile.h"
#include "CliCommand.h"
#include "CliContext.h"
#include "JournalRepository.h"
#include "JournalSearchQuery.h"
#include "MediaFile.h"
#include "RecordError.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <limits>
#include <optional>

namespace carnet::cli {

namespace {

constexpr int DefaultListLimit = 50;
constexpr int DefaultSearchLimit = 20;

QString localTime(const QDateTime& at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KiB").arg(static_cast<double>(bytes) / 1024.0, 0, 'f', 1);
    return tr("%1 MiB").arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

QJsonObject entryJson(const JournalEntry& entry)
{
    QJsonObject json = entry.toJson();
    json.insert(QStringLiteral("id"), static_cast<qint64>(entry.id));
    json.insert(QStringLiteral("created_at"), RecordStore::timestamp(entry.createdAt));
    json.insert(QStringLiteral("updated_at"), RecordStore::timestamp(entry.updatedAt));
    json.insert(QStringLiteral("version"), entry.version);
    return json;
}

QJsonObject summaryJson(const JournalEntry& entry)
{
    return {
        {QStringLiteral("id"), static_cast<qint64>(entry.id)},
        {QStringLiteral("occurred_at"), RecordStore::timestamp(entry.occurredAt)},
        {QStringLiteral("title"), entry.title},
        {QStringLiteral("first_line"), entry.firstLine()},
        {QStringLiteral("tags"), QJsonArray::fromStringList(entry.tags)},
        {QStringLiteral("mood"), entry.mood ? QJsonValue(*entry.mood) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("attachment_count"), static_cast<int>(entry.attachments.size())},
    };
}

int parseMood(const QString& text)
{
    bool ok = false;
    const int mood = text.trimmed().toInt(&ok);
    if (!ok || mood < JournalEntry::MinMood || mood > JournalEntry::MaxMood)
        throw UsageError(tr("'%1' is not a mood; use a number from %2 to %3")
                             .arg(text)
                             .arg(JournalEntry::MinMood)
                             .arg(JournalEntry::MaxMood));
    return mood;
}

int parseCount(const QString& text, const QString& option, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        throw UsageError(
            tr("--%1 must be a number from %2 to %3, not '%4'").arg(option).arg(minimum).arg(maximum).arg(text));
    return value;
}

// A bare date starts at midnight for --from and ends just before the next midnight for --to.
QDateTime parseBound(const QString& text, bool endOfDay)
{
    const QDateTime at = CliContext::parseDateTime(text);
    const bool dateOnly = at.time() == QTime(0, 0) && !text.contains(QLatin1Char(':'));
    if (endOfDay && dateOnly)
        return QDateTime(at.date(), QTime(23, 59, 59, 999));
    return at;
}

// Read before the vault is unlocked, so a missing or oversized file costs no passphrase.
std::vector<JournalRepository::AttachmentFile> readAttachments(const QStringList& paths)
{
    std::vector<JournalRepository::AttachmentFile> files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            throw RecordError(RecordError::Kind::Invalid, tr("The file to attach, %1, does not exist.").arg(path));
        if (!info.isFile())
            throw RecordError(RecordError::Kind::Invalid,
                              tr("%1 is not a file; only files can be attached.").arg(path));
        if (info.size() > MediaFile::MaxBytes)
            throw RecordError(RecordError::Kind::Invalid,
                              tr("%1 is %2; attachments can be at most %3 MiB.")
                                  .arg(path, sizeText(info.size()))
                                  .arg(MediaFile::MaxBytes / (1024 * 1024)));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw RecordError(RecordError::Kind::Invalid, tr("Cannot read %1: %2").arg(path, file.errorString()));
        files.push_back({info.fileName(), file.readAll()});
    }
    return files;
}

// The options add and edit share; edit adds its own on top.
struct EntryOptions
{
    QCommandLineOption title {QStringLiteral("title"), tr("Title of the entry."), QStringLiteral("text")};
    QCommandLineOption body {QStringLiteral("body"), tr("Body text (Markdown)."), QStringLiteral("text")};
    QCommandLineOption bodyFile {QStringLiteral("body-file"), tr("Read the body (Markdown, UTF-8) from FILE."),
                                 QStringLiteral("FILE")};
    QCommandLineOption date {QStringLiteral("date"),
                             tr("When the entry is about: YYYY-MM-DD[ HH:MM], today, yesterday or now (default now)."),
                             QStringLiteral("when")};
    QCommandLineOption tag {QStringLiteral("tag"), tr("A tag; repeat for several."), QStringLiteral("tag")};
    QCommandLineOption mood {QStringLiteral("mood"), tr("Mood from 1 (very low) to 5 (very good)."),
                             QStringLiteral("N")};
    QCommandLineOption symptom {QStringLiteral("symptom"), tr("A symptom; repeat for several."),
                                QStringLiteral("text")};
    QCommandLineOption attach {QStringLiteral("attach"), tr("Attach a JPEG, PNG or PDF file; repeat for several."),
                               QStringLiteral("FILE")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({title, body, bodyFile, date, tag, mood, symptom, attach});
    }

    QString bodyText(CliContext& ctx, const QCommandLineParser& parser) const
    {
        // The passphrase comes from standard input when it is not a terminal, so the body cannot also come from it.
        if (parser.isSet(bodyFile) && parser.value(bodyFile) == QLatin1String("-"))
            throw UsageError(tr("--body-file needs a file; standard input is where the passphrase is read"));
        return ctx.textOrFile(parser, body, bodyFile);
    }
};

QString checkedTitle(const QString& title)
{
    if (title.trimmed().isEmpty())
        throw UsageError(tr("the title is empty; every journal entry needs one"));
    return title;
}

int runAdd(CliContext& ctx)
{
    QCommandLineParser parser;
    const EntryOptions options;
    options.addTo(parser);
    if (!ctx.parse(parser, tr("Add a journal entry. Prints the new entry's id."), QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    if (!parser.isSet(options.title))
        throw UsageError(tr("--title is required"));
    JournalEntry entry;
    entry.title = checkedTitle(parser.value(options.title));
    entry.body = options.bodyText(ctx, parser);
    entry.occurredAt = parser.isSet(options.date) ? CliContext::parseDateTime(parser.value(options.date))
                                                  : QDateTime::currentDateTime();
    entry.tags = parser.values(options.tag);
    if (parser.isSet(options.mood))
        entry.mood = parseMood(parser.value(options.mood));
    entry.symptoms = parser.values(options.symptom);
    const auto files = readAttachments(parser.values(options.attach));

    auto vault = ctx.openVault(parser.positionalArguments().first());
    JournalRepository journal(vault->database());
    const std::int64_t id = journal.add(entry, files);
    const JournalEntry stored = journal.get(id);
    if (ctx.json()) {
        ctx.printJson(entryJson(stored));
        return ExitOk;
    }
    ctx.out() << tr("Added journal entry %1.").arg(id) << '\n';
    for (const JournalAttachment& attachment : stored.attachments)
        ctx.out() << tr("Attached %1 as attachment %2.").arg(attachment.fileName).arg(attachment.id) << '\n';
    return ExitOk;
}

int runList(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption tag(QStringLiteral("tag"), tr("Only entries with this tag."), QStringLiteral("tag"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Only entries on or after this date."),
                                  QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Only entries on or before this date."),
                                QStringLiteral("date"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   tr("Show at most N entries (default %1).").arg(DefaultListLimit),
                                   QStringLiteral("N"), QString::number(DefaultListLimit));
    const QCommandLineOption offset(QStringLiteral("offset"), tr("Skip the N newest matching entries."),
                                    QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({tag, from, to, limit, offset});
    if (!ctx.parse(parser, tr("List journal entries, newest first."), QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    JournalRepository::Filter filter;
    filter.tag = parser.value(tag);
    if (parser.isSet(from))
        filter.from = parseBound(parser.value(from), false);
    if (parser.isSet(to))
        filter.to = parseBound(parser.value(to), true);
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        throw UsageError(tr("--from is after --to"));
    const int count = parseCount(parser.value(limit), QStringLiteral("limit"), 1, JournalRepository::MaxPageSize);
    const int skip = parseCount(parser.value(offset), QStringLiteral("offset"), 0, std::numeric_limits<int>::max());

    auto vault = ctx.openVault(parser.positionalArguments().first());
    JournalRepository journal(vault->database());
    const std::vector<JournalEntry> entries = journal.list(filter, skip, count);
    const int total = journal.count(filter);
    if (ctx.json()) {
        QJsonArray array;
        for (const JournalEntry& entry : entries)
            array.append(summaryJson(entry));
        ctx.printJson(QJsonObject {{QStringLiteral("total"), total}, {QStringLiteral("entries"), array}});
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    if (entries.empty()) {
        out << tr("No journal entries.") << '\n';
        return ExitOk;
    }
    for (const JournalEntry& entry : entries) {
        out << QString::number(entry.id).rightJustified(6) << "  " << localTime(entry.occurredAt) << "  "
            << entry.title;
        for (const QString& name : entry.tags)
            out << "  #" << name;
        if (entry.mood)
            out << "  " << tr("mood %1/5").arg(*entry.mood);
        if (!entry.attachments.empty())
            out << "  " << tr("(%n attachment(s))", nullptr, static_cast<int>(entry.attachments.size()));
        out << '\n';
    }
    if (static_cast<int>(entries.size()) < total)
        out << tr("Showing %1 of %2 entries; use --limit and --offset for more.").arg(entries.size()).arg(total)
            << '\n';
    return ExitOk;
}

int runShow(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, tr("Show a journal entry with its attachments."), QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = CliContext::parseId(parser.positionalArguments().at(1));
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    JournalRepository journal(vault->database());
    const JournalEntry entry = journal.get(id);
    if (ctx.json()) {
        ctx.printJson(entryJson(entry));
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    out << tr("Journal entry %1").arg(entry.id) << '\n';
    out << tr("Date:        %1").arg(localTime(entry.occurredAt)) << '\n';
    out << tr("Title:       %1").arg(entry.title) << '\n';
    if (!entry.tags.isEmpty())
        out << tr("Tags:        %1").arg(entry.tags.join(QStringLiteral(", "))) << '\n';
    if (entry.mood)
        out << tr("Mood:        %1/5").arg(*entry.mood) << '\n';
    if (!entry.symptoms.isEmpty())
        out << tr("Symptoms:    %1").arg(entry.symptoms.join(QStringLiteral("; "))) << '\n';
    out << tr("Version:     %1 (created %2, last changed %3)")
               .arg(entry.version)
               .arg(localTime(entry.createdAt), localTime(entry.updatedAt))
        << '\n';
    if (!entry.attachments.empty()) {
        out << tr("Attachments:") << '\n';
        for (const JournalAttachment& attachment : entry.attachments) {
            out << "  " << QString::number(attachment.id).rightJustified(4) << "  " << attachment.fileName << "  "
                << attachment.mimeType << "  " << sizeText(attachment.size) << "  sha256:" << attachment.sha256 << '\n';
        }
    }
    if (!entry.body.isEmpty())
        out << '\n' << entry.body << (entry.body.endsWith(QLatin1Char('\n')) ? "" : "\n");
    return ExitOk;
}

int runEdit(CliContext& ctx)
{
    QCommandLineParser parser;
    const EntryOptions options;
    options.addTo(parser);
    const QCommandLineOption addTag(QStringLiteral("add-tag"), tr("Add a tag, keeping the others; repeat for several."),
                                    QStringLiteral("tag"));
    const QCommandLineOption removeTag(QStringLiteral("remove-tag"), tr("Remove a tag; repeat for several."),
                                       QStringLiteral("tag"));
    const QCommandLineOption clearMood(QStringLiteral("clear-mood"), tr("Remove the mood."));
    const QCommandLineOption clearSymptoms(QStringLiteral("clear-symptoms"), tr("Remove all symptoms."));
    const QCommandLineOption removeAttachment(QStringLiteral("remove-attachment"),
                                              tr("Remove the attachment with this id; repeat for several."),
                                              QStringLiteral("ID"));
    parser.addOptions({addTag, removeTag, clearMood, clearSymptoms, removeAttachment});
    if (!ctx.parse(parser,
                   tr("Change a journal entry; options not given keep their values. --tag and --symptom replace the "
                      "whole list. The earlier version is kept (see 'carnet-cli history')."),
                   QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = CliContext::parseId(parser.positionalArguments().at(1));
    bool anyChange = false;
    for (const QCommandLineOption* option :
         {&options.title, &options.body, &options.bodyFile, &options.date, &options.tag, &options.mood,
          &options.symptom, &options.attach, &addTag, &removeTag, &clearMood, &clearSymptoms, &removeAttachment})
        anyChange = anyChange || parser.isSet(*option);
    if (!anyChange)
        throw UsageError(tr("nothing to change; give at least one option"));
    if (parser.isSet(options.mood) && parser.isSet(clearMood))
        throw UsageError(tr("give either --mood or --clear-mood, not both"));
    if (parser.isSet(options.symptom) && parser.isSet(clearSymptoms))
        throw UsageError(tr("give either --symptom or --clear-symptoms, not both"));
    const QString title = parser.isSet(options.title) ? checkedTitle(parser.value(options.title)) : QString();
    const QString body = options.bodyText(ctx, parser);
    const QDateTime date
        = parser.isSet(options.date) ? CliContext::parseDateTime(parser.value(options.date)) : QDateTime();
    const std::optional<int> mood
        = parser.isSet(options.mood) ? std::optional<int>(parseMood(parser.value(options.mood))) : std::nullopt;
    std::vector<std::int64_t> removed;
    for (const QString& value : parser.values(removeAttachment))
        removed.push_back(CliContext::parseId(value));
    const auto files = readAttachments(parser.values(options.attach));

    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    JournalRepository journal(vault->database());
    JournalEntry entry = journal.get(id);
    const int versionBefore = entry.version;
    if (!title.isNull())
        entry.title = title;
    if (!body.isNull())
        entry.body = body;
    if (date.isValid())
        entry.occurredAt = date;
    if (parser.isSet(options.tag))
        entry.tags = parser.values(options.tag);
    entry.tags += parser.values(addTag);
    for (const QString& name : parser.values(removeTag))
        entry.tags.removeAll(JournalRepository::normalizeTag(name));
    if (mood)
        entry.mood = mood;
    if (parser.isSet(clearMood))
        entry.mood.reset();
    if (parser.isSet(options.symptom))
        entry.symptoms = parser.values(options.symptom);
    if (parser.isSet(clearSymptoms))
        entry.symptoms.clear();
    journal.update(entry, files, removed);
    const JournalEntry after = journal.get(id);
    if (ctx.json()) {
        QJsonObject json = entryJson(after);
        json.insert(QStringLiteral("changed"), after.version != versionBefore);
        ctx.printJson(json);
        return ExitOk;
    }
    if (after.version == versionBefore)
        ctx.out() << tr("Journal entry %1 already had these values; nothing changed.").arg(id) << '\n';
    else
        ctx.out() << tr("Updated journal entry %1 (version %2).").arg(id).arg(after.version) << '\n';
    return ExitOk;
}

int runDelete(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser,
                   tr("Delete a journal entry. It disappears from lists and search but is kept, with its "
                      "attachments, until purged; 'journal restore' brings it back."),
                   QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const QString folder = parser.positionalArguments().at(0);
    const std::int64_t id = CliContext::parseId(parser.positionalArguments().at(1));
    auto vault = ctx.openVault(folder);
    JournalRepository(vault->database()).softDelete(id);
    if (ctx.json())
        ctx.printJson(QJsonObject {{QStringLiteral("id"), static_cast<qint64>(id)}, {QStringLiteral("deleted"), true}});
    else
        ctx.out()
            << tr("Deleted journal entry %1. To bring it back: carnet-cli journal restore %2 %1").arg(id).arg(folder)
            << '\n';
    return ExitOk;
}

int runRestore(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, tr("Bring back a deleted journal entry."), QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = CliContext::parseId(parser.positionalArguments().at(1));
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    JournalRepository journal(vault->database());
    const bool wasDeleted = journal.get(id, true).deleted;
    journal.restore(id);
    if (ctx.json())
        ctx.printJson(
            QJsonObject {{QStringLiteral("id"), static_cast<qint64>(id)}, {QStringLiteral("restored"), wasDeleted}});
    else if (wasDeleted)
        ctx.out() << tr("Restored journal entry %1.").arg(id) << '\n';
    else
        ctx.out() << tr("Journal entry %1 is not deleted; nothing to restore.").arg(id) << '\n';
    return ExitOk;
}

int runSearch(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   tr("Show at most N results (default %1).").arg(DefaultSearchLimit),
                                   QStringLiteral("N"), QString::number(DefaultSearchLimit));
    const QCommandLineOption offset(QStringLiteral("offset"), tr("Skip the N best results."), QStringLiteral("N"),
                                    QStringLiteral("0"));
    parser.addOptions({limit, offset});
    if (!ctx.parse(parser,
                   tr("Search journal entries, best match first. All words must match; \"several words\" in quotes "
                      "must appear together; word* matches words that start with it. Matches are shown in "
                      "[brackets]."),
                   QStringLiteral("VAULT QUERY"), 2, 2))
        return ExitOk;
    const QString query = parser.positionalArguments().at(1);
    if (JournalSearchQuery::parse(query).isEmpty())
        throw UsageError(tr("the search has no word to look for; type at least one letter or digit"));
    const int count = parseCount(parser.value(limit), QStringLiteral("limit"), 1, JournalRepository::MaxPageSize);
    const int skip = parseCount(parser.value(offset), QStringLiteral("offset"), 0, std::numeric_limits<int>::max());

    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    JournalRepository journal(vault->database());
    const JournalRepository::Highlight brackets;
    const auto hits = journal.search(query, count, skip, brackets);
    const int total = journal.searchCount(query);
    if (ctx.json()) {
        QJsonArray results;
        for (const JournalRepository::SearchHit& hit : hits) {
            results.append(QJsonObject {
                {QStringLiteral("id"), static_cast<qint64>(hit.id)},
                {QStringLiteral("occurred_at"), RecordStore::timestamp(hit.occurredAt)},
                {QStringLiteral("title"), hit.title},
                {QStringLiteral("snippet"), hit.snippet},
                {QStringLiteral("score"), hit.score},
            });
        }
        ctx.printJson(QJsonObject {
            {QStringLiteral("query"), query}, {QStringLiteral("total"), total}, {QStringLiteral("results"), results}});
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    if (hits.empty()) {
        out << tr("No journal entries match.") << '\n';
        return ExitOk;
    }
    for (const JournalRepository::SearchHit& hit : hits) {
        QString snippet = hit.snippet;
        snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
        out << QString::number(hit.id).rightJustified(6) << "  " << localTime(hit.occurredAt) << "  " << hit.title
            << '\n'
            << "        " << snippet << '\n';
    }
    if (static_cast<int>(hits.size()) < total)
        out << tr("Showing %1 of %2 matches; use --limit and --offset for more.").arg(hits.size()).arg(total) << '\n';
    return ExitOk;
}

int runAttachmentExport(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the file here (readable only by you)."), QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace FILE if it exists."));
    parser.addOptions({output, force});
    if (!ctx.parse(parser, tr("Write a journal attachment to a file, as stored (photos without their EXIF data)."),
                   QStringLiteral("VAULT ATTACHMENT_ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = CliContext::parseId(parser.positionalArguments().at(1));
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        throw UsageError(tr("-o FILE is required"));
    const QString path = parser.value(output);
    if (QFileInfo::exists(path) && !parser.isSet(force))
        throw UsageError(tr("%1 already exists; give --force to replace it").arg(path));

    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    JournalRepository journal(vault->database());
    const JournalAttachment attachment = journal.attachment(id);
    const QByteArray bytes = journal.attachmentBytes(id);
    AtomicFile::write(path, bytes);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (ctx.json()) {
        ctx.printJson(QJsonObject {
            {QStringLiteral("attachment_id"), static_cast<qint64>(id)},
            {QStringLiteral("entry_id"), static_cast<qint64>(attachment.entryId)},
            {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
            {QStringLiteral("file_name"), attachment.fileName},
            {QStringLiteral("mime_type"), attachment.mimeType},
            {QStringLiteral("size"), static_cast<qint64>(bytes.size())},
            {QStringLiteral("sha256"), attachment.sha256},
        });
    } else {
        ctx.out() << tr("Wrote %1 (%2) to %3.").arg(attachment.fileName, sizeText(bytes.size()), path) << '\n';
    }
    return ExitOk;
}

} // namespace

void addJournalCommands(CommandList& commands)
{
    commands.push_back({QStringLiteral("journal add"), tr("Add a journal entry"), runAdd});
    commands.push_back({QStringLiteral("journal list"), tr("List journal entries, newest first"), runList});
    commands.push_back({QStringLiteral("journal show"), tr("Show a journal entry and its attachments"), runShow});
    commands.push_back({QStringLiteral("journal edit"), tr("Change a journal entry"), runEdit});
    commands.push_back(
        {QStringLiteral("journal delete"), tr("Delete a journal entry (it can be restored)"), runDelete});
    commands.push_back({QStringLiteral("journal restore"), tr("Restore a deleted journal entry"), runRestore});
    commands.push_back({QStringLiteral("journal search"), tr("Search the journal, best match first"), runSearch});
    commands.push_back(
        {QStringLiteral("journal attachment-export"), tr("Write a journal attachment to a file"), runAttachmentExport});
}

} // namespace carnet::cli
