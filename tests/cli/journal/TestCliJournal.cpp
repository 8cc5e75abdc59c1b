#include "CliRunner.h"
#include "MediaFile.h"
#include "SampleJpeg.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using carnet::testsupport::CliRunner;
using namespace Qt::StringLiterals;
namespace ts = carnet::testsupport;

namespace {

const QByteArray Passphrase = "a long enough passphrase";
const QByteArray Unlock = Passphrase + '\n';

QStringList journal(const QString& verb, const QStringList& rest)
{
    return QStringList {u"journal"_s, verb} + rest;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCliJournal : public QObject
{
    Q_OBJECT

private:
    // Runs a command that must fail with exitCode and a single line on stderr that mentions expected.
    void expectFailure(const CliRunner& cli, const QStringList& arguments, int exitCode, const QByteArray& expected,
                       const QByteArray& input = Unlock)
    {
        const auto result = cli.run(arguments, input);
        const QByteArray context = arguments.join(QLatin1Char(' ')).toUtf8() + " -> " + result.err;
        QVERIFY2(result.exitCode == exitCode,
                 (context + " (exit " + QByteArray::number(result.exitCode) + ")").constData());
        QVERIFY2(result.err.count('\n') == 1, context.constData());
        QVERIFY2(result.err.contains(expected), context.constData());
        QVERIFY2(result.out.isEmpty(), context.constData());
    }

    qint64 addEntry(const CliRunner& cli, const QString& vault, const QStringList& options)
    {
        const auto result = cli.run(journal(u"add"_s, QStringList {vault, u"--json"_s} + options), Unlock);
        if (result.exitCode != 0)
            qWarning("journal add failed: %s", result.err.constData());
        return result.json().object().value(u"id"_s).toInteger();
    }

private slots:
    void everySubcommandHasHelp()
    {
        CliRunner cli;
        const auto overview = cli.run({u"--help"_s});
        for (const char* verb : {"add", "list", "show", "edit", "delete", "restore", "search", "attachment-export"}) {
            QVERIFY2(overview.out.contains(QByteArray("journal ") + verb), verb);
            const auto help = cli.run(journal(QString::fromLatin1(verb), {u"--help"_s}));
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains(QByteArray("Usage: carnet-cli journal ") + verb), help.out.constData());
            QVERIFY(help.out.contains("--json"));
        }
    }

    void badValuesExit2WithOneLine()
    {
        CliRunner cli;
        const QString vault = cli.path(u"vault"_s);
        cli.initVault(vault, Passphrase);
        const QString bigFile = cli.path(u"big.pdf"_s);
        {
            QFile big(bigFile);
            QVERIFY(big.open(QIODevice::WriteOnly));
            big.write("%PDF-1.4\n");
            QVERIFY(big.resize(carnet::MediaFile::MaxBytes + 1));
        }
        const QString textFile = cli.path(u"notes.txt"_s);
        QVERIFY(writeFile(textFile, "just some text\n"));
        const QString title = u"--title"_s;

        expectFailure(cli, journal(u"add"_s, {vault}), 2, "--title");
        expectFailure(cli, journal(u"add"_s, {vault, title, u"  "_s}), 2, "title is empty");
        for (const char* mood : {"0", "6", "abc", "2.5"})
            expectFailure(cli, journal(u"add"_s, {vault, title, u"t"_s, u"--mood"_s, QString::fromLatin1(mood)}), 2,
                          "mood");
        for (const char* date : {"2026-13-45", "someday", "2026-02-30 10:00"})
            expectFailure(cli, journal(u"add"_s, {vault, title, u"t"_s, u"--date"_s, QString::fromLatin1(date)}), 2,
                          date);
        expectFailure(cli, journal(u"add"_s, {vault, title, u"t"_s, u"--attach"_s, cli.path(u"missing.jpg"_s)}), 2,
                      "missing.jpg");
        expectFailure(cli, journal(u"add"_s, {vault, title, u"t"_s, u"--attach"_s, bigFile}), 2, "at most 20 MiB");
        expectFailure(cli, journal(u"add"_s, {vault, title, u"t"_s, u"--attach"_s, textFile}), 2, "notes.txt");
        expectFailure(cli, journal(u"add"_s, {vault, title, u"t"_s, u"--body-file"_s, u"-"_s}), 2, "standard input");
        expectFailure(cli, journal(u"add"_s, {vault, title, u"t"_s, u"--body-file"_s, cli.path(u"nobody.md"_s)}), 2,
                      "nobody.md");
        expectFailure(cli, journal(u"add"_s, {vault, title, u"t"_s, u"--body"_s, u"b"_s, u"--body-file"_s, textFile}),
                      2, "not both");
        expectFailure(cli, journal(u"list"_s, {vault, u"--limit"_s, u"0"_s}), 2, "--limit");
        expectFailure(cli, journal(u"list"_s, {vault, u"--limit"_s, u"ten"_s}), 2, "--limit");
        expectFailure(cli, journal(u"list"_s, {vault, u"--from"_s, u"last week"_s}), 2, "last week");
        expectFailure(cli, journal(u"list"_s, {vault, u"--from"_s, u"2026-03-02"_s, u"--to"_s, u"2026-03-01"_s}), 2,
                      "--from");
        expectFailure(cli, journal(u"show"_s, {vault, u"abc"_s}), 2, "abc");
        expectFailure(cli, journal(u"show"_s, {vault, u"0"_s}), 2, "record id");
        expectFailure(cli, journal(u"show"_s, {vault}), 2, "missing argument");
        expectFailure(cli, journal(u"edit"_s, {vault, u"1"_s}), 2, "nothing to change");
        expectFailure(cli, journal(u"edit"_s, {vault, u"1"_s, u"--mood"_s, u"9"_s}), 2, "mood");
        expectFailure(cli, journal(u"edit"_s, {vault, u"1"_s, u"--title"_s, u""_s}), 2, "title is empty");
        for (const char* query : {"*", "\"", "-", "\"\"", "   ", "( )"})
            expectFailure(cli, journal(u"search"_s, {vault, QString::fromLatin1(query)}), 2, "no word");
        expectFailure(cli, journal(u"search"_s, {vault, u"a"_s, u"--limit"_s, u"-3"_s}), 2, "limit");
        expectFailure(cli, journal(u"attachment-export"_s, {vault, u"1"_s}), 2, "-o FILE");
        expectFailure(cli, journal(u"frobnicate"_s, {vault}), 2, "unknown command");

        // None of it wrote anything.
        const auto list = cli.run(journal(u"list"_s, {vault, u"--json"_s}), Unlock);
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().object().value(u"total"_s).toInt(), 0);
    }

    void unknownIdsExit1()
    {
        CliRunner cli;
        const QString vault = cli.path(u"vault"_s);
        cli.initVault(vault, Passphrase);
        const QString out = cli.path(u"out.bin"_s);
        expectFailure(cli, journal(u"show"_s, {vault, u"999"_s}), 1, "No journal entry with id 999");
        expectFailure(cli, journal(u"edit"_s, {vault, u"999"_s, u"--title"_s, u"x"_s}), 1,
                      "No journal entry with id 999");
        expectFailure(cli, journal(u"delete"_s, {vault, u"999"_s}), 1, "No journal entry with id 999");
        expectFailure(cli, journal(u"restore"_s, {vault, u"999"_s}), 1, "No journal entry with id 999");
        expectFailure(cli, journal(u"attachment-export"_s, {vault, u"999"_s, u"-o"_s, out}), 1,
                      "No journal attachment with id 999");
        QVERIFY(!QFile::exists(out));
    }

    void addShowListEditAndHistory()
    {
        CliRunner cli;
        const QString vault = cli.path(u"vault"_s);
        cli.initVault(vault, Passphrase);
        const QString bodyFile = cli.path(u"body.md"_s);
        QVERIFY(writeFile(bodyFile, "# Night\n\nShort of **breath** after the stairs.\n"));

        const auto added
            = cli.run(journal(u"add"_s,
                              {vault, u"--title"_s, u"Bad night"_s, u"--body-file"_s, bodyFile, u"--date"_s,
                               u"2026-03-01 22:30"_s, u"--tag"_s, u"Asthma"_s, u"--tag"_s, u"sleep"_s, u"--mood"_s,
                               u"2"_s, u"--symptom"_s, u"wheezing"_s, u"--symptom"_s, u"cough"_s, u"--json"_s}),
                      Unlock);
        QCOMPARE(added.exitCode, 0);
        const QJsonObject entry = added.json().object();
        const qint64 id = entry.value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(entry.value(u"title"_s).toString(), u"Bad night"_s);
        QCOMPARE(entry.value(u"mood"_s).toInt(), 2);
        QCOMPARE(entry.value(u"tags"_s).toArray(), (QJsonArray {u"asthma"_s, u"sleep"_s}));
        QCOMPARE(entry.value(u"symptoms"_s).toArray(), (QJsonArray {u"wheezing"_s, u"cough"_s}));
        QVERIFY(entry.value(u"body"_s).toString().contains(QLatin1String("**breath**")));

        const auto plain
            = cli.run(journal(u"add"_s, {vault, u"--title"_s, u"Good day"_s, u"--date"_s, u"2026-03-05"_s}), Unlock);
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.startsWith("Added journal entry "), plain.out.constData());

        const auto shown = cli.run(journal(u"show"_s, {vault, QString::number(id)}), Unlock);
        QCOMPARE(shown.exitCode, 0);
        for (const char* text :
             {"Bad night", "2026-03-01", "asthma, sleep", "2/5", "wheezing; cough", "Short of **breath**"})
            QVERIFY2(shown.out.contains(text), text);
        const auto shownJson = cli.run(journal(u"show"_s, {vault, QString::number(id), u"--json"_s}), Unlock);
        QCOMPARE(shownJson.json().object().value(u"version"_s).toInt(), 1);

        const auto list = cli.run(journal(u"list"_s, {vault}), Unlock);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.indexOf("Good day") < list.out.indexOf("Bad night"));
        QVERIFY(list.out.contains("#asthma"));
        const auto byTag = cli.run(journal(u"list"_s, {vault, u"--tag"_s, u"ASTHMA"_s, u"--json"_s}), Unlock);
        QCOMPARE(byTag.json().object().value(u"total"_s).toInt(), 1);
        const auto byDate = cli.run(
            journal(u"list"_s, {vault, u"--from"_s, u"2026-03-02"_s, u"--to"_s, u"2026-03-05"_s, u"--json"_s}), Unlock);
        const QJsonArray inRange = byDate.json().object().value(u"entries"_s).toArray();
        QCOMPARE(inRange.size(), 1);
        QCOMPARE(inRange[0].toObject().value(u"title"_s).toString(), u"Good day"_s);
        const auto limited = cli.run(journal(u"list"_s, {vault, u"--limit"_s, u"1"_s}), Unlock);
        QVERIFY(limited.out.contains("Showing 1 of 2"));

        const auto edited
            = cli.run(journal(u"edit"_s,
                              {vault, QString::number(id), u"--title"_s, u"Rough night"_s, u"--add-tag"_s, u"Night"_s,
                               u"--remove-tag"_s, u"sleep"_s, u"--clear-mood"_s, u"--json"_s}),
                      Unlock);
        QCOMPARE(edited.exitCode, 0);
        const QJsonObject after = edited.json().object();
        QCOMPARE(after.value(u"title"_s).toString(), u"Rough night"_s);
        QCOMPARE(after.value(u"tags"_s).toArray(), (QJsonArray {u"asthma"_s, u"night"_s}));
        QVERIFY(after.value(u"mood"_s).isNull());
        QCOMPARE(after.value(u"version"_s).toInt(), 2);
        QVERIFY(after.value(u"changed"_s).toBool());
        // The body is kept when not given.
        QVERIFY(after.value(u"body"_s).toString().contains(QLatin1String("**breath**")));

        const auto history = cli.run({u"history"_s, vault, QString::number(id), u"--json"_s}, Unlock);
        QCOMPARE(history.exitCode, 0);
        const QJsonArray versions = history.json().object().value(u"versions"_s).toArray();
        QCOMPARE(versions.size(), 2);
        const QJsonObject first = versions[0].toObject().value(u"values"_s).toObject();
        QCOMPARE(first.value(u"title"_s).toString(), u"Bad night"_s);
        QCOMPARE(first.value(u"tags"_s).toArray(), (QJsonArray {u"asthma"_s, u"sleep"_s}));
        QCOMPARE(first.value(u"mood"_s).toInt(), 2);

        const auto same
            = cli.run(journal(u"edit"_s, {vault, QString::number(id), u"--title"_s, u"Rough night"_s}), Unlock);
        QCOMPARE(same.exitCode, 0);
        QVERIFY(same.out.contains("nothing changed"));
    }

    void deleteHidesAndRestoreBringsBack()
    {
        CliRunner cli;
        const QString vault = cli.path(u"vault"_s);
        cli.initVault(vault, Passphrase);
        const qint64 id
            = addEntry(cli, vault, {u"--title"_s, u"Dizzy spell"_s, u"--body"_s, u"vertigo in the morning"_s});
        QVERIFY(id > 0);
        const auto deleted = cli.run(journal(u"delete"_s, {vault, QString::number(id), u"--json"_s}), Unlock);
        QCOMPARE(deleted.exitCode, 0);
        QVERIFY(deleted.json().object().value(u"deleted"_s).toBool());
        const auto list = cli.run(journal(u"list"_s, {vault, u"--json"_s}), Unlock);
        QCOMPARE(list.json().object().value(u"total"_s).toInt(), 0);
        const auto search = cli.run(journal(u"search"_s, {vault, u"vertigo"_s, u"--json"_s}), Unlock);
        QCOMPARE(search.exitCode, 0);
        QCOMPARE(search.json().object().value(u"total"_s).toInt(), 0);
        expectFailure(cli, journal(u"show"_s, {vault, QString::number(id)}), 1, "deleted");
        expectFailure(cli, journal(u"delete"_s, {vault, QString::number(id)}), 1, "deleted");

        const auto restored = cli.run(journal(u"restore"_s, {vault, QString::number(id)}), Unlock);
        QCOMPARE(restored.exitCode, 0);
        QVERIFY(restored.out.contains("Restored journal entry"));
        const auto found = cli.run(journal(u"search"_s, {vault, u"vertigo"_s, u"--json"_s}), Unlock);
        QCOMPARE(found.json().object().value(u"total"_s).toInt(), 1);
        const auto again = cli.run(journal(u"restore"_s, {vault, QString::number(id), u"--json"_s}), Unlock);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!again.json().object().value(u"restored"_s).toBool());
    }

    void searchRanksAndBracketsMatches()
    {
        CliRunner cli;
        const QString vault = cli.path(u"vault"_s);
        cli.initVault(vault, Passphrase);
        const qint64 passing = addEntry(cli, vault,
                                        {u"--title"_s, u"Tuesday"_s, u"--body"_s,
                                         QStringLiteral("Long walk, lunch with friends, a film, and some "
                                                        "asthma in the evening after the long walk home.")});
        const qint64 focused = addEntry(
            cli, vault,
            {u"--title"_s, u"Asthma attack"_s, u"--body"_s, u"Asthma all night."_s, u"--tag"_s, u"asthma"_s});
        addEntry(cli, vault,
                 {u"--title"_s, u"Pharmacy"_s, u"--body"_s, u"New medication, short of breath less often."_s});

        const auto text = cli.run(journal(u"search"_s, {vault, u"asthma"_s}), Unlock);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("[asthma]") || text.out.contains("[Asthma]"), text.out.constData());
        QVERIFY(text.out.indexOf("Asthma attack") < text.out.indexOf("Tuesday"));

        const auto json = cli.run(journal(u"search"_s, {vault, u"asthma"_s, u"--json"_s}), Unlock);
        const QJsonArray results = json.json().object().value(u"results"_s).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].toObject().value(u"id"_s).toInteger(), focused);
        QCOMPARE(results[1].toObject().value(u"id"_s).toInteger(), passing);
        QVERIFY(results[0].toObject().value(u"score"_s).toDouble()
                > results[1].toObject().value(u"score"_s).toDouble());

        const auto prefix = cli.run(journal(u"search"_s, {vault, u"medic*"_s}), Unlock);
        QVERIFY2(prefix.out.contains("[medication]"), prefix.out.constData());
        const auto phrase = cli.run(journal(u"search"_s, {vault, u"\"short of breath\""_s}), Unlock);
        QVERIFY2(phrase.out.contains("[short] [of] [breath]"), phrase.out.constData());
        const auto limited = cli.run(journal(u"search"_s, {vault, u"asthma"_s, u"--limit"_s, u"1"_s}), Unlock);
        QVERIFY(limited.out.contains("Showing 1 of 2"));
        QVERIFY(!limited.out.contains("Tuesday"));
        // Operators and stray quotes are words or nothing, never an error from the database.
        const auto hostile = cli.run(journal(u"search"_s, {vault, u"asthma OR \"NEAR -*"_s}), Unlock);
        QCOMPARE(hostile.exitCode, 0);
        QVERIFY(hostile.out.contains("No journal entries match"));
    }

    void attachmentsRoundTrip()
    {
        CliRunner cli;
        const QString vault = cli.path(u"vault"_s);
        cli.initVault(vault, Passphrase);
        const QByteArray gps = "GPS-51.5007N-0.1246W-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QString photo = cli.path(u"rash.jpg"_s);
        QVERIFY(writeFile(photo, carnet::journaltest::jpegWithExif(gps)));
        const QString chart = cli.path(u"chart.png"_s);
        QVERIFY(writeFile(chart, carnet::journaltest::smallPng()));

        const auto added = cli.run(
            journal(u"add"_s,
                    {vault, u"--title"_s, u"Rash"_s, u"--attach"_s, photo, u"--attach"_s, chart, u"--json"_s}),
            Unlock);
        QCOMPARE(added.exitCode, 0);
        const QJsonObject entry = added.json().object();
        const qint64 id = entry.value(u"id"_s).toInteger();
        const QJsonArray attachments = entry.value(u"attachments"_s).toArray();
        QCOMPARE(attachments.size(), 2);
        const QJsonObject jpegMeta = attachments[0].toObject();
        QCOMPARE(jpegMeta.value(u"file_name"_s).toString(), u"rash.jpg"_s);
        QCOMPARE(jpegMeta.value(u"mime_type"_s).toString(), u"image/jpeg"_s);
        const qint64 jpegId = jpegMeta.value(u"id"_s).toInteger();

        const auto shown = cli.run(journal(u"show"_s, {vault, QString::number(id)}), Unlock);
        QVERIFY(shown.out.contains("Attachments:"));
        QVERIFY(shown.out.contains("rash.jpg"));
        QVERIFY(shown.out.contains("chart.png"));
        QVERIFY(shown.out.contains(jpegMeta.value(u"sha256"_s).toString().toUtf8()));

        const QString exported = cli.path(u"exported.jpg"_s);
        const auto result = cli.run(
            journal(u"attachment-export"_s, {vault, QString::number(jpegId), u"-o"_s, exported, u"--json"_s}), Unlock);
        QCOMPARE(result.exitCode, 0);
        const QByteArray bytes = ts::readFile(exported);
        QCOMPARE(result.json().object().value(u"size"_s).toInteger(), bytes.size());
        QCOMPARE(result.json().object().value(u"sha256"_s), jpegMeta.value(u"sha256"_s));
        QVERIFY(!bytes.contains(gps));
        QVERIFY(!bytes.contains("Exif"));
        QCOMPARE(QImage::fromData(bytes).size(), QSize(16, 16));
        const QFile::Permissions permissions = QFile::permissions(exported);
        QVERIFY(permissions.testFlag(QFileDevice::ReadOwner) && permissions.testFlag(QFileDevice::WriteOwner));
        const QFile::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY((permissions & others) == 0);
        // The EXIF segment reached no file in the vault either.
        QVERIFY(!ts::anyFileContains(vault, QString::fromLatin1(gps)));

        expectFailure(cli, journal(u"attachment-export"_s, {vault, QString::number(jpegId), u"-o"_s, exported}), 2,
                      "already exists");
        const auto forced = cli.run(
            journal(u"attachment-export"_s, {vault, QString::number(jpegId), u"-o"_s, exported, u"--force"_s}), Unlock);
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(forced.out.contains("rash.jpg"));

        const auto edited = cli.run(
            journal(u"edit"_s,
                    {vault, QString::number(id), u"--remove-attachment"_s, QString::number(jpegId), u"--json"_s}),
            Unlock);
        QCOMPARE(edited.exitCode, 0);
        QCOMPARE(edited.json().object().value(u"attachments"_s).toArray().size(), 1);
        expectFailure(
            cli, journal(u"attachment-export"_s, {vault, QString::number(jpegId), u"-o"_s, cli.path(u"gone.jpg"_s)}), 1,
            "No journal attachment");
        expectFailure(
            cli, journal(u"edit"_s, {vault, QString::number(id), u"--remove-attachment"_s, QString::number(jpegId)}), 1,
            "no attachment with id");
    }

    void nothingWrittenLeaksOutOfTheVault()
    {
        CliRunner cli;
        const QString vault = cli.path(u"vault"_s);
        cli.initVault(vault, Passphrase);
        const QString marker = u"leakcheck%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
        const qint64 id = addEntry(
            cli, vault,
            {u"--title"_s, marker, u"--body"_s, u"body with "_s + marker, u"--tag"_s, marker, u"--symptom"_s, marker});
        QVERIFY(id > 0);
        const auto found = cli.run(journal(u"search"_s, {vault, marker}), Unlock);
        QCOMPARE(found.exitCode, 0);
        QVERIFY(found.out.contains(marker.toUtf8()));
        const auto edited
            = cli.run(journal(u"edit"_s, {vault, QString::number(id), u"--body"_s, marker + u" edited"_s}), Unlock);
        QCOMPARE(edited.exitCode, 0);

        QVERIFY(QFile::exists(QDir(vault).filePath(u"records.db"_s)));
        QVERIFY(ts::filesBelow(vault).size() >= 2);
        QString where;
        QVERIFY2(!ts::anyFileContains(vault, marker, &where), qPrintable(where));
        QVERIFY2(!ts::anyFileContains(cli.root(), marker, &where), qPrintable(where));
        QVERIFY2(!ts::anyFileContains(QDir::tempPath(), marker, &where), qPrintable(where));
    }
};

QTEST_GUILESS_MAIN(TestCliJournal)
#include "TestCliJournal.moc"
