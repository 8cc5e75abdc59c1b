#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using carnet::testsupport::CliRunner;
namespace ts = carnet::testsupport;

namespace {

const QByteArray Passphrase = "a long enough passphrase";

QStringList args(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* word : words)
        out << QString::fromUtf8(word);
    return out;
}

} // namespace

class TestCliCalendar : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    QString m_vault;

    CliRunner::Result run(const QStringList& arguments) { return m_cli.run(arguments, Passphrase + '\n'); }

    CliRunner::Result appt(const char* verb, const QStringList& rest)
    {
        return run(QStringList {QStringLiteral("appt"), QString::fromLatin1(verb), m_vault} + rest);
    }

    QJsonArray listJson(const char* from, const char* to)
    {
        const auto result = appt("list", args({"--from", from, "--to", to, "--json"}));
        if (result.exitCode != 0)
            qWarning("appt list failed: %s", result.err.constData());
        return result.json().array();
    }

    // Expects a refusal: the exit code, exactly one line on stderr naming `named`, nothing on stdout.
    void expectRefused(const CliRunner::Result& result, int exitCode, const char* named)
    {
        QVERIFY2(result.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit %1: %2").arg(result.exitCode).arg(QString::fromUtf8(result.err))));
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(result.err.contains(named), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!CliRunner::program().isEmpty());
        m_vault = m_cli.path(QStringLiteral("vault"));
        m_cli.initVault(m_vault, Passphrase);
        QVERIFY(QFile::exists(QDir(m_vault).filePath(QStringLiteral("keyring"))));
    }

    void help()
    {
        const auto top = m_cli.run(args({"--help"}));
        QCOMPARE(top.exitCode, 0);
        for (const char* command : {"appt add", "appt list", "appt upcoming", "appt show", "appt edit", "appt delete"})
            QVERIFY2(top.out.contains(command), command);
        for (const char* verb : {"add", "list", "upcoming", "show", "edit", "delete", "restore"}) {
            const auto sub = m_cli.run({QStringLiteral("appt"), QString::fromLatin1(verb), QStringLiteral("--help")});
            QCOMPARE(sub.exitCode, 0);
            QVERIFY(sub.out.contains("Usage: carnet-cli appt"));
        }
        const auto add = m_cli.run(args({"appt", "add", "--help"}));
        for (const char* option : {"--title", "--start", "--end", "--duration", "--all-day", "--provider", "--place",
                                   "--notes", "--rrule", "--remind", "--time-zone", "--json"})
            QVERIFY2(add.out.contains(option), option);
        QVERIFY(m_cli.run(args({"appt", "edit", "--help"})).out.contains("--cancel"));
    }

    void addShowAndList()
    {
        const auto added = appt("add", args({"--title",     "Dental check-up",
                                             "--start",     "2024-03-12 09:00",
                                             "--duration",  "45",
                                             "--time-zone", "Europe/Berlin",
                                             "--provider",  "Dr. Jane Roe",
                                             "--place",     "City Clinic",
                                             "--address",   "1 Main Street",
                                             "--notes",     "Bring the X-ray.",
                                             "--remind",    "1440",
                                             "--remind",    "60",
                                             "--json"}));
        QCOMPARE(added.exitCode, 0);
        const QJsonObject json = added.json().object();
        const qint64 id = json.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(json.value(QStringLiteral("start")).toString(), QStringLiteral("2024-03-12T08:00:00.000Z"));
        QCOMPARE(json.value(QStringLiteral("local_start")).toString(), QStringLiteral("2024-03-12T09:00:00+01:00"));
        QCOMPARE(json.value(QStringLiteral("end")).toString(), QStringLiteral("2024-03-12T08:45:00.000Z"));
        QCOMPARE(json.value(QStringLiteral("reminders")).toArray(), (QJsonArray {1440, 60}));
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("booked"));

        const auto text = appt("add", args({"--title", "Blood test", "--start", "2024-03-14T07:30:00Z"}));
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("Added appointment "));
        QCOMPARE(text.err, QByteArray());

        const auto show = appt("show", {QString::number(id)});
        QCOMPARE(show.exitCode, 0);
        for (const char* part : {"Dental check-up", "2024-03-12 09:00", "Europe/Berlin", "Dr. Jane Roe", "City Clinic",
                                 "1 Main Street", "Bring the X-ray.", "booked"})
            QVERIFY2(show.out.contains(part), part);
        const auto showJson = appt("show", {QString::number(id), QStringLiteral("--json")});
        QCOMPARE(showJson.json().object().value(QStringLiteral("title")).toString(), QStringLiteral("Dental check-up"));
        QCOMPARE(showJson.json().object().value(QStringLiteral("version")).toInt(), 1);

        const QJsonArray list = listJson("2024-03-01", "2024-03-31");
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Blood test"));
        const auto listText = appt("list", args({"--from", "2024-03-01", "--to", "2024-03-31"}));
        QCOMPARE(listText.exitCode, 0);
        QCOMPARE(listText.out.count('\n'), 2);
        QVERIFY(listText.out.contains("2024-03-12 09:00"));
        QVERIFY(listText.out.contains("Dental check-up"));
        QCOMPARE(listJson("2024-04-01", "2024-04-30").size(), 0);
    }

    void recurringAcrossDaylightSaving()
    {
        const auto added
            = appt("add",
                   args({"--title", "Physiotherapy", "--start", "2024-03-21 09:00", "--duration", "60", "--time-zone",
                         "Europe/Berlin", "--rrule", "FREQ=WEEKLY;BYDAY=TH;COUNT=4", "--json"}));
        QCOMPARE(added.exitCode, 0);
        const qint64 id = added.json().object().value(QStringLiteral("id")).toInteger();
        QStringList local;
        QStringList utc;
        for (const QJsonValue& value : listJson("2024-03-18", "2024-04-30")) {
            const QJsonObject occurrence = value.toObject();
            if (occurrence.value(QStringLiteral("id")).toInteger() != id)
                continue;
            QVERIFY(occurrence.value(QStringLiteral("recurring")).toBool());
            local << occurrence.value(QStringLiteral("local_start")).toString();
            utc << occurrence.value(QStringLiteral("start")).toString();
        }
        QCOMPARE(
            local,
            (QStringList {QStringLiteral("2024-03-21T09:00:00+01:00"), QStringLiteral("2024-03-28T09:00:00+01:00"),
                          QStringLiteral("2024-04-04T09:00:00+02:00"), QStringLiteral("2024-04-11T09:00:00+02:00")}));
        QCOMPARE(utc.at(1), QStringLiteral("2024-03-28T08:00:00.000Z"));
        QCOMPARE(utc.at(2), QStringLiteral("2024-04-04T07:00:00.000Z"));

        // Skip one date, then the series has three.
        const auto skipped = appt(
            "edit",
            {QString::number(id), QStringLiteral("--except"), QStringLiteral("2024-04-04"), QStringLiteral("--json")});
        QCOMPARE(skipped.exitCode, 0);
        QCOMPARE(skipped.json().object().value(QStringLiteral("exceptions")).toArray(),
                 (QJsonArray {QStringLiteral("2024-04-04T07:00:00.000Z")}));
        int count = 0;
        for (const QJsonValue& value : listJson("2024-03-18", "2024-04-30"))
            count += value.toObject().value(QStringLiteral("id")).toInteger() == id ? 1 : 0;
        QCOMPARE(count, 3);
        expectRefused(appt("edit", {QString::number(id), QStringLiteral("--except"), QStringLiteral("2024-04-05")}), 2,
                      "2024-04-05");
    }

    void upcomingFromNow()
    {
        // Relative to the real clock, since `upcoming` starts at the time it runs.
        const QDate soon = QDate::currentDate().addDays(3);
        const QDate later = QDate::currentDate().addDays(10);
        const QString soonText = soon.toString(Qt::ISODate) + QStringLiteral(" 10:00");
        QCOMPARE(appt("add",
                      {QStringLiteral("--title"), QStringLiteral("Eye exam"), QStringLiteral("--start"),
                       later.toString(Qt::ISODate) + QStringLiteral(" 10:00")})
                     .exitCode,
                 0);
        QCOMPARE(appt("add",
                      {QStringLiteral("--title"), QStringLiteral("Flu shot"), QStringLiteral("--start"), soonText,
                       QStringLiteral("--rrule"), QStringLiteral("FREQ=DAILY;COUNT=2")})
                     .exitCode,
                 0);
        const auto next = appt("upcoming", args({"--limit", "2", "--json"}));
        QCOMPARE(next.exitCode, 0);
        const QJsonArray array = next.json().array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Flu shot"));
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Flu shot"));
        const auto all = appt("upcoming", {});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.out.count('\n'), 3);
        QVERIFY(all.out.indexOf("Flu shot") < all.out.indexOf("Eye exam"));
        expectRefused(appt("upcoming", args({"--limit", "0"})), 2, "--limit");
    }

    void editCancelAndHistory()
    {
        const auto added = appt("add",
                                args({"--title", "Cardiology", "--start", "2024-05-06 11:00", "--duration", "30",
                                      "--time-zone", "Europe/Paris", "--json"}));
        const QString id = QString::number(added.json().object().value(QStringLiteral("id")).toInteger());
        const auto moved
            = appt("edit",
                   {id, QStringLiteral("--start"), QStringLiteral("2024-05-08 14:00"), QStringLiteral("--title"),
                    QStringLiteral("Cardiology follow-up"), QStringLiteral("--json")});
        QCOMPARE(moved.exitCode, 0);
        const QJsonObject json = moved.json().object();
        QCOMPARE(json.value(QStringLiteral("local_start")).toString(), QStringLiteral("2024-05-08T14:00:00+02:00"));
        QCOMPARE(json.value(QStringLiteral("local_end")).toString(), QStringLiteral("2024-05-08T14:30:00+02:00"));
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 2);

        // Moving it to another zone keeps the wall-clock time: 14:00 in New York now.
        const auto rezoned = appt("edit", {id, QStringLiteral("--time-zone"), QStringLiteral("America/New_York"),
                                           QStringLiteral("--json")});
        QCOMPARE(rezoned.exitCode, 0);
        QCOMPARE(rezoned.json().object().value(QStringLiteral("local_start")).toString(),
                 QStringLiteral("2024-05-08T14:00:00-04:00"));
        QCOMPARE(rezoned.json().object().value(QStringLiteral("start")).toString(),
                 QStringLiteral("2024-05-08T18:00:00.000Z"));

        const auto cancelled = appt("edit", {id, QStringLiteral("--cancel")});
        QCOMPARE(cancelled.exitCode, 0);
        QVERIFY(cancelled.out.contains("version 4"));
        QCOMPARE(listJson("2024-05-01", "2024-05-31").size(), 0);
        const auto withCancelled
            = appt("list", args({"--from", "2024-05-01", "--to", "2024-05-31", "--cancelled", "--json"}));
        QCOMPARE(withCancelled.json().array().size(), 1);
        QCOMPARE(withCancelled.json().array().at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(appt("edit", {id, QStringLiteral("--book")}).exitCode, 0);
        QCOMPARE(listJson("2024-05-01", "2024-05-31").size(), 1);

        const auto history = run({QStringLiteral("history"), m_vault, id, QStringLiteral("--json")});
        QCOMPARE(history.exitCode, 0);
        const QJsonArray versions = history.json().object().value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 5);
        QCOMPARE(versions.at(0).toObject().value(QStringLiteral("values")).toObject().value(QStringLiteral("title")),
                 QJsonValue(QStringLiteral("Cardiology")));
        QCOMPARE(versions.at(3).toObject().value(QStringLiteral("values")).toObject().value(QStringLiteral("status")),
                 QJsonValue(QStringLiteral("cancelled")));
    }

    void deleteAndRestore()
    {
        const auto added = appt("add", args({"--title", "Dermatology", "--start", "2024-06-04 15:00", "--json"}));
        const QString id = QString::number(added.json().object().value(QStringLiteral("id")).toInteger());
        const auto deleted = appt("delete", {id, QStringLiteral("--json")});
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(deleted.json().object().value(QStringLiteral("deleted")).toBool(), true);
        QCOMPARE(listJson("2024-06-01", "2024-06-30").size(), 0);
        expectRefused(appt("show", {id}), 1, "deleted");
        expectRefused(appt("delete", {id}), 1, "deleted");
        QCOMPARE(appt("restore", {id}).exitCode, 0);
        QCOMPARE(listJson("2024-06-01", "2024-06-30").size(), 1);
        QCOMPARE(appt("delete", {id}).out,
                 QByteArray("Deleted appointment ") + id.toUtf8() + QByteArray("; 'appt restore' brings it back.\n"));
    }

    void badInputIsRefused()
    {
        const QJsonArray before = listJson("2024-01-01", "2024-12-31");
        // A malformed DTEND from the shared test calendars (libical marks it X-LIC-ERROR).
        QByteArray badEnd;
        for (const QByteArray& line :
             ts::readFile(QDir(ts::sharedTestDataDir()).filePath(QStringLiteral("ical/calendar.ics"))).split('\n')) {
            if (line.startsWith("DTEND:") && line.size() > 22)
                badEnd = line.mid(6).trimmed();
        }
        QCOMPARE(badEnd, QByteArray("19970701T1100000Z"));

        expectRefused(appt("add", args({"--title", "X", "--start", "next tuesday"})), 2, "next tuesday");
        expectRefused(appt("add", args({"--title", "X", "--start", "2026-02-30 09:00"})), 2, "2026-02-30");
        expectRefused(appt("add",
                           {QStringLiteral("--title"), QStringLiteral("X"), QStringLiteral("--start"),
                            QStringLiteral("1997-07-01 10:00"), QStringLiteral("--end"), QString::fromLatin1(badEnd)}),
                      2, badEnd.constData());
        expectRefused(appt("add", args({"--title", "X", "--start", "2026-03-10 09:00", "--end", "2026-03-10 08:00"})),
                      2, "before the start");
        expectRefused(appt("add", args({"--title", "X", "--start", "2026-03-10 09:00", "--rrule", "FREQ=SOMETIMES"})),
                      2, "FREQ=SOMETIMES");
        expectRefused(appt("add",
                           args({"--title", "X", "--start", "2026-03-10 09:00", "--rrule",
                                 "FREQ=WEEKLY;BYDAY=MO;COUNT=3;UNTIL=20260401T000000Z"})),
                      2, "COUNT and UNTIL");
        expectRefused(appt("add", args({"--title", "X", "--start", "2026-03-10 09:00", "--remind", "-5"})), 2, "-5");
        expectRefused(appt("add", args({"--title", "X", "--start", "2026-03-10 09:00", "--remind", "soon"})), 2,
                      "soon");
        expectRefused(appt("add", args({"--title", "X", "--start", "2026-03-10 09:00", "--duration", "-30"})), 2,
                      "-30");
        expectRefused(appt("add",
                           args({"--title", "X", "--start", "2026-03-10 09:00", "--duration", "30", "--end",
                                 "2026-03-10 10:00"})),
                      2, "--duration");
        expectRefused(appt("add", args({"--title", "X", "--start", "2026-03-10 09:00", "--time-zone", "Mars/Olympus"})),
                      2, "Mars/Olympus");
        expectRefused(appt("add", args({"--title", "X", "--start", "2026-03-10 09:00", "--except", "2026-03-11"})), 2,
                      "--except");
        expectRefused(appt("add", args({"--start", "2026-03-10 09:00"})), 2, "--title");
        expectRefused(appt("add", args({"--title", "  ", "--start", "2026-03-10 09:00"})), 2, "title");
        expectRefused(appt("add", args({"--title", "X"})), 2, "--start");
        expectRefused(appt("add", args({"--title", "X", "--start", "2026-03-10 09:00", "--notes-file", "-"})), 2,
                      "--notes-file");
        expectRefused(appt("add", args({"--title", "X", "--start", "2026-03-10 09:00", "--care-team", "777"})), 1,
                      "777");
        expectRefused(appt("list", args({"--from", "2026-03-10", "--to", "2026-03-01"})), 2, "before");
        expectRefused(appt("list", args({"--from", "March"})), 2, "March");
        expectRefused(appt("show", args({"abc"})), 2, "abc");

        // Unknown ids: exit 1 with "No appointment with id N".
        expectRefused(appt("show", args({"999"})), 1, "No appointment with id 999");
        expectRefused(appt("edit", args({"999", "--title", "Y"})), 1, "No appointment with id 999");
        expectRefused(appt("delete", args({"999"})), 1, "No appointment with id 999");
        expectRefused(appt("restore", args({"999"})), 1, "No appointment with id 999");

        // A bad edit of a real appointment changes nothing.
        const qint64 id = before.at(0).toObject().value(QStringLiteral("id")).toInteger();
        expectRefused(
            appt("edit", {QString::number(id), QStringLiteral("--rrule"), QStringLiteral("FREQ=DAILY;BYHOUR=99")}), 2,
            "BYHOUR=99");
        expectRefused(appt("edit", {QString::number(id), QStringLiteral("--cancel"), QStringLiteral("--book")}), 2,
                      "--cancel");
        expectRefused(appt("edit", {QString::number(id), QStringLiteral("--end"), QStringLiteral("2000-01-01 00:00")}),
                      2, "before the start");
        QCOMPARE(listJson("2024-01-01", "2024-12-31"), before);

        // A wrong passphrase is not an unknown id.
        const auto wrong = m_cli.run(args({"appt", "list", m_vault.toUtf8().constData()}), "wrong passphrase\n");
        QCOMPARE(wrong.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestCliCalendar)
#include "TestCliCalendar.moc"
