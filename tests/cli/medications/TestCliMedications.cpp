#include "CliRunner.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using carnet::testsupport::CliRunner;

namespace {

const QByteArray Passphrase = "a long enough passphrase";

QString day(int offset)
{
    return QDate::currentDate().addDays(offset).toString(Qt::ISODate);
}

QString dayAt(int offset, const char* time)
{
    return day(offset) + QLatin1Char(' ') + QLatin1String(time);
}

} // namespace

class TestCliMedications : public QObject
{
    Q_OBJECT

    CliRunner::Result med(const CliRunner& cli, const QStringList& arguments)
    {
        return cli.run(QStringList{QStringLiteral("med")} + arguments, Passphrase + '\n');
    }

    // Runs a command that must succeed and returns its JSON output.
    QJsonObject medJson(const CliRunner& cli, const QStringList& arguments)
    {
        const CliRunner::Result result = med(cli, arguments + QStringList{QStringLiteral("--json")});
        if (result.exitCode != 0)
            qWarning("med %s failed (%d): %s", qPrintable(arguments.join(QLatin1Char(' '))), result.exitCode,
                     result.err.constData());
        return result.json().object();
    }

    static void expectError(const CliRunner::Result& result, int exitCode, const char* text)
    {
        QCOMPARE(result.exitCode, exitCode);
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(result.err.contains(text), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

private slots:
    void helpListsEveryCommand()
    {
        CliRunner cli;
        const auto help = cli.run({QStringLiteral("--help")});
        for (const char* verb : {"med add", "med list", "med show", "med edit", "med stop", "med take", "med skip",
                                 "med due", "med adherence", "med delete"}) {
            QVERIFY2(help.out.contains(verb), verb);
            const auto sub = cli.run(QString::fromLatin1(verb).split(QLatin1Char(' ')) + QStringList{QStringLiteral("--help")});
            QCOMPARE(sub.exitCode, 0);
            QVERIFY(sub.out.contains("Usage: carnet-cli med"));
            QVERIFY(sub.out.contains("--json"));
        }
    }

    void addListShowEditAndDelete()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        cli.initVault(vault, Passphrase);

        const auto added = med(cli, {QStringLiteral("add"), vault, QStringLiteral("--name"), QStringLiteral("Metformin"),
                                     QStringLiteral("--strength"), QStringLiteral("500 mg"), QStringLiteral("--form"),
                                     QStringLiteral("tablet"), QStringLiteral("--route"), QStringLiteral("oral"),
                                     QStringLiteral("--dose"), QStringLiteral("1"), QStringLiteral("--unit"),
                                     QStringLiteral("tablet"), QStringLiteral("--times"), QStringLiteral("20:00,08:00"),
                                     QStringLiteral("--prescriber"), QStringLiteral("Dr. Okafor"),
                                     QStringLiteral("--pharmacy"), QStringLiteral("Corner Pharmacy"),
                                     QStringLiteral("--reason"), QStringLiteral("Type 2 diabetes"),
                                     QStringLiteral("--start"), QStringLiteral("2026-01-05"), QStringLiteral("--refills"),
                                     QStringLiteral("3"), QStringLiteral("--next-refill"), QStringLiteral("2026-02-01"),
                                     QStringLiteral("--notes"), QStringLiteral("With meals")});
        QCOMPARE(added.exitCode, 0);
        QVERIFY(added.out.startsWith("Added medication "));
        QVERIFY(added.out.contains("Twice a day at 08:00 and 20:00"));

        const QJsonObject prn = medJson(cli, {QStringLiteral("add"), vault, QStringLiteral("--name"),
                                              QStringLiteral("Ibuprofen"), QStringLiteral("--as-needed"),
                                              QStringLiteral("--dose"), QStringLiteral("2"), QStringLiteral("--unit"),
                                              QStringLiteral("tablet")});
        const qint64 prnId = prn.value(QStringLiteral("id")).toInteger();
        QVERIFY(prnId > 0);
        QCOMPARE(prn.value(QStringLiteral("schedule_text")).toString(), QStringLiteral("As needed"));
        QCOMPARE(prn.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("as-needed"));

        const QJsonObject hourly = medJson(cli, {QStringLiteral("add"), vault, QStringLiteral("--name"),
                                                 QStringLiteral("Amoxicillin"), QStringLiteral("--every-hours"),
                                                 QStringLiteral("8"), QStringLiteral("--first"), QStringLiteral("06:00")});
        QCOMPARE(hourly.value(QStringLiteral("schedule_text")).toString(), QStringLiteral("Every 8 hours from 06:00"));
        const QJsonObject weekly = medJson(cli, {QStringLiteral("add"), vault, QStringLiteral("--name"),
                                                 QStringLiteral("Methotrexate"), QStringLiteral("--days"),
                                                 QStringLiteral("fri,mon,wed"), QStringLiteral("--times"),
                                                 QStringLiteral("09:00")});
        QCOMPARE(weekly.value(QStringLiteral("schedule_text")).toString(), QStringLiteral("Mon, Wed, Fri at 09:00"));

        const auto list = med(cli, {QStringLiteral("list"), vault, QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray all = list.json().array();
        QCOMPARE(all.size(), 4);
        QStringList names;
        for (const auto& value : all)
            names << value.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("Amoxicillin"), QStringLiteral("Ibuprofen"),
                                     QStringLiteral("Metformin"), QStringLiteral("Methotrexate")}));
        const QJsonObject metformin = all.at(2).toObject();
        const qint64 id = metformin.value(QStringLiteral("id")).toInteger();
        QCOMPARE(metformin.value(QStringLiteral("strength")).toString(), QStringLiteral("500 mg"));
        QCOMPARE(metformin.value(QStringLiteral("form")).toString(), QStringLiteral("tablet"));
        QCOMPARE(metformin.value(QStringLiteral("route")).toString(), QStringLiteral("oral"));
        QCOMPARE(metformin.value(QStringLiteral("dose_amount")).toDouble(), 1.0);
        QCOMPARE(metformin.value(QStringLiteral("prescriber")).toString(), QStringLiteral("Dr. Okafor"));
        QCOMPARE(metformin.value(QStringLiteral("pharmacy")).toString(), QStringLiteral("Corner Pharmacy"));
        QCOMPARE(metformin.value(QStringLiteral("reason")).toString(), QStringLiteral("Type 2 diabetes"));
        QCOMPARE(metformin.value(QStringLiteral("start_date")).toString(), QStringLiteral("2026-01-05"));
        QCOMPARE(metformin.value(QStringLiteral("refills_left")).toInt(), 3);
        QCOMPARE(metformin.value(QStringLiteral("next_refill_date")).toString(), QStringLiteral("2026-02-01"));
        QCOMPARE(metformin.value(QStringLiteral("notes")).toString(), QStringLiteral("With meals"));
        QCOMPARE(metformin.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("times")).toArray(),
                 (QJsonArray{QStringLiteral("08:00"), QStringLiteral("20:00")}));

        const auto text = med(cli, {QStringLiteral("list"), vault});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count('\n'), 4);
        QVERIFY(text.out.contains("Metformin 500 mg"));
        QVERIFY(text.out.contains("(next refill 2026-02-01)"));

        const auto show = med(cli, {QStringLiteral("show"), vault, QString::number(id)});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains("Corner Pharmacy"));
        QVERIFY(show.out.contains("Twice a day at 08:00 and 20:00"));
        QVERIFY(show.out.contains("No doses recorded."));

        // Only the options given change; a schedule option replaces the schedule.
        const QString notesFile = cli.path(QStringLiteral("notes.txt"));
        QFile file(notesFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Take with the evening meal.\nAvoid alcohol.");
        file.close();
        const QJsonObject edited = medJson(cli, {QStringLiteral("edit"), vault, QString::number(id),
                                                 QStringLiteral("--strength"), QStringLiteral("1000 mg"),
                                                 QStringLiteral("--times"), QStringLiteral("08:00"),
                                                 QStringLiteral("--notes-file"), notesFile});
        QCOMPARE(edited.value(QStringLiteral("notes")).toString(), QStringLiteral("Take with the evening meal.\nAvoid alcohol."));
        QCOMPARE(edited.value(QStringLiteral("strength")).toString(), QStringLiteral("1000 mg"));
        QCOMPARE(edited.value(QStringLiteral("schedule_text")).toString(), QStringLiteral("Once a day at 08:00"));
        QCOMPARE(edited.value(QStringLiteral("pharmacy")).toString(), QStringLiteral("Corner Pharmacy"));
        QCOMPARE(edited.value(QStringLiteral("version")).toInt(), 2);
        const auto history = cli.run({QStringLiteral("history"), vault, QString::number(id), QStringLiteral("--json")},
                                     Passphrase + '\n');
        QCOMPARE(history.exitCode, 0);
        const QJsonArray versions = history.json().object().value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).toObject().value(QStringLiteral("values")).toObject().value(QStringLiteral("strength")).toString(),
                 QStringLiteral("500 mg"));

        const auto deleted = med(cli, {QStringLiteral("delete"), vault, QString::number(prnId)});
        QCOMPARE(deleted.exitCode, 0);
        QVERIFY(deleted.out.contains("Deleted Ibuprofen"));
        expectError(med(cli, {QStringLiteral("show"), vault, QString::number(prnId)}), 1, "was deleted");
        QCOMPARE(med(cli, {QStringLiteral("list"), vault, QStringLiteral("--json")}).json().array().size(), 3);
        expectError(med(cli, {QStringLiteral("delete"), vault, QString::number(prnId)}), 1, "was deleted");
    }

    void stopMovesToPast()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        cli.initVault(vault, Passphrase);
        const qint64 id = medJson(cli, {QStringLiteral("add"), vault, QStringLiteral("--name"), QStringLiteral("Simvastatin"),
                                        QStringLiteral("--times"), QStringLiteral("21:00"), QStringLiteral("--start"), day(-10)})
                              .value(QStringLiteral("id"))
                              .toInteger();
        medJson(cli, {QStringLiteral("add"), vault, QStringLiteral("--name"), QStringLiteral("Aspirin"),
                      QStringLiteral("--times"), QStringLiteral("08:00")});
        const QJsonObject stopped = medJson(cli, {QStringLiteral("stop"), vault, QString::number(id),
                                                  QStringLiteral("--date"), day(-1), QStringLiteral("--reason"),
                                                  QStringLiteral("Muscle pain")});
        QCOMPARE(stopped.value(QStringLiteral("stop_date")).toString(), day(-1));
        QCOMPARE(stopped.value(QStringLiteral("stop_reason")).toString(), QStringLiteral("Muscle pain"));
        QCOMPARE(stopped.value(QStringLiteral("stopped")).toBool(), true);

        const QJsonArray current = med(cli, {QStringLiteral("list"), vault, QStringLiteral("--json")}).json().array();
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Aspirin"));
        const QJsonArray past = med(cli, {QStringLiteral("list"), vault, QStringLiteral("--past"), QStringLiteral("--json")})
                                    .json()
                                    .array();
        QCOMPARE(past.size(), 1);
        QCOMPARE(past.at(0).toObject().value(QStringLiteral("id")).toInteger(), id);
        const auto all = med(cli, {QStringLiteral("list"), vault, QStringLiteral("--all")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains(QStringLiteral("(stopped %1)").arg(day(-1)).toUtf8()));
        QCOMPARE(all.out.count('\n'), 2);

        // A stopped medication takes no more doses; earlier ones are fine.
        expectError(med(cli, {QStringLiteral("take"), vault, QString::number(id)}), 2, "was stopped on");
        const QJsonObject before = medJson(cli, {QStringLiteral("take"), vault, QString::number(id),
                                                 QStringLiteral("--at"), dayAt(-2, "21:10")});
        QCOMPARE(before.value(QStringLiteral("status")).toString(), QStringLiteral("taken"));
        const auto show = med(cli, {QStringLiteral("show"), vault, QString::number(id), QStringLiteral("--json")});
        QCOMPARE(show.json().object().value(QStringLiteral("doses")).toArray().size(), 1);
    }

    void takeSkipAndDue()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        cli.initVault(vault, Passphrase);
        const QString id = QString::number(
            medJson(cli, {QStringLiteral("add"), vault, QStringLiteral("--name"), QStringLiteral("Metformin"),
                          QStringLiteral("--dose"), QStringLiteral("1"), QStringLiteral("--unit"), QStringLiteral("tablet"),
                          QStringLiteral("--times"), QStringLiteral("08:00,20:00"), QStringLiteral("--start"), day(-3)})
                .value(QStringLiteral("id"))
                .toInteger());
        const QString prn = QString::number(
            medJson(cli, {QStringLiteral("add"), vault, QStringLiteral("--name"), QStringLiteral("Ibuprofen"),
                          QStringLiteral("--as-needed")})
                .value(QStringLiteral("id"))
                .toInteger());

        // Without --scheduled the nearest pending dose is chosen; 90 minutes after it, the dose is late.
        const QJsonObject late = medJson(cli, {QStringLiteral("take"), vault, id, QStringLiteral("--at"), dayAt(-1, "09:30")});
        QCOMPARE(late.value(QStringLiteral("status")).toString(), QStringLiteral("late"));
        QVERIFY(late.value(QStringLiteral("scheduled_for")).toString().startsWith(day(-1) + QStringLiteral("T08:00:00")));
        QCOMPARE(late.value(QStringLiteral("amount")).toDouble(), 1.0);
        const auto taken = med(cli, {QStringLiteral("take"), vault, id, QStringLiteral("--at"), dayAt(-1, "20:15"),
                                     QStringLiteral("--scheduled"), QStringLiteral("20:00"), QStringLiteral("--amount"),
                                     QStringLiteral("2")});
        QCOMPARE(taken.exitCode, 0);
        QVERIFY(taken.out.contains("as taken at"));
        const QJsonObject asNeeded = medJson(cli, {QStringLiteral("take"), vault, prn, QStringLiteral("--at"),
                                                   dayAt(-1, "13:00"), QStringLiteral("--note"), QStringLiteral("headache")});
        QCOMPARE(asNeeded.value(QStringLiteral("status")).toString(), QStringLiteral("taken"));
        QVERIFY(asNeeded.value(QStringLiteral("scheduled_for")).isNull());

        const QJsonObject dueYesterday = medJson(cli, {QStringLiteral("due"), vault, QStringLiteral("--date"), day(-1)});
        QCOMPARE(dueYesterday.value(QStringLiteral("date")).toString(), day(-1));
        const QJsonArray yesterday = dueYesterday.value(QStringLiteral("doses")).toArray();
        QCOMPARE(yesterday.size(), 2); // the as-needed medication has no due doses
        QCOMPARE(yesterday.at(0).toObject().value(QStringLiteral("time")).toString(), QStringLiteral("08:00"));
        QCOMPARE(yesterday.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("late"));
        QCOMPARE(yesterday.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("taken"));

        // Today's evening dose can be skipped ahead of time, whatever the time of day now.
        const auto skipped = med(cli, {QStringLiteral("skip"), vault, id, QStringLiteral("--scheduled"),
                                       QStringLiteral("20:00"), QStringLiteral("--note"), QStringLiteral("nausea")});
        QCOMPARE(skipped.exitCode, 0);
        QVERIFY(skipped.out.contains("as skipped"));
        const auto due = med(cli, {QStringLiteral("due"), vault});
        QCOMPARE(due.exitCode, 0);
        QVERIFY(due.out.contains(QStringLiteral("Doses due on %1").arg(day(0)).toUtf8()));
        QCOMPARE(due.out.count('\n'), 3);
        QVERIFY(due.out.contains("08:00"));
        QVERIFY(due.out.contains("skipped"));
        const QJsonArray today = medJson(cli, {QStringLiteral("due"), vault}).value(QStringLiteral("doses")).toArray();
        QCOMPARE(today.size(), 2);
        QCOMPARE(today.at(0).toObject().value(QStringLiteral("medication")).toString(), QStringLiteral("Metformin"));
        const QString morning = today.at(0).toObject().value(QStringLiteral("status")).toString();
        QVERIFY(morning == QLatin1String("pending"));
        QCOMPARE(today.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));

        // Skip without --scheduled takes the first pending dose of the day.
        const QJsonObject firstPending = medJson(cli, {QStringLiteral("skip"), vault, id, QStringLiteral("--date"), day(-2)});
        QVERIFY(firstPending.value(QStringLiteral("scheduled_for")).toString().startsWith(day(-2) + QStringLiteral("T08:00:00")));

        const auto show = med(cli, {QStringLiteral("show"), vault, id});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains("Recent doses:"));
        QCOMPARE(show.out.count(" late "), 1);
        QVERIFY(show.out.contains("nausea"));

        // Bad doses: already logged, not on the schedule, in the future, zero, a skip for an as-needed medication.
        expectError(med(cli, {QStringLiteral("take"), vault, id, QStringLiteral("--at"), dayAt(-1, "08:30"),
                              QStringLiteral("--scheduled"), QStringLiteral("08:00")}),
                    2, "already recorded as late");
        expectError(med(cli, {QStringLiteral("take"), vault, id, QStringLiteral("--at"), dayAt(-1, "10:00"),
                              QStringLiteral("--scheduled"), QStringLiteral("10:00")}),
                    2, "no dose scheduled at");
        expectError(med(cli, {QStringLiteral("take"), vault, id, QStringLiteral("--at"), dayAt(2, "08:00")}), 2,
                    "in the future");
        expectError(med(cli, {QStringLiteral("skip"), vault, prn}), 2, "taken as needed");
        expectError(med(cli, {QStringLiteral("take"), vault, id, QStringLiteral("--at"), dayAt(-5, "08:00"),
                              QStringLiteral("--scheduled"), QStringLiteral("08:00")}),
                    2, "starts on");
    }

    void adherenceGivesTheShareTakenPerMedication()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        cli.initVault(vault, Passphrase);
        const QString id = QString::number(
            medJson(cli, {QStringLiteral("add"), vault, QStringLiteral("--name"), QStringLiteral("Metformin"),
                          QStringLiteral("--times"), QStringLiteral("08:00,20:00"), QStringLiteral("--start"), day(-3)})
                .value(QStringLiteral("id"))
                .toInteger());
        // One dose a week, on the weekday of two days ago.
        static const char* const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        const QString weekday = QString::fromLatin1(names[QDate::currentDate().addDays(-2).dayOfWeek() - 1]);
        const QString weekly = QString::number(
            medJson(cli, {QStringLiteral("add"), vault, QStringLiteral("--name"), QStringLiteral("Methotrexate"),
                          QStringLiteral("--days"), weekday, QStringLiteral("--times"), QStringLiteral("09:00"),
                          QStringLiteral("--start"), day(-3)})
                .value(QStringLiteral("id"))
                .toInteger());
        medJson(cli, {QStringLiteral("add"), vault, QStringLiteral("--name"), QStringLiteral("Ibuprofen"),
                      QStringLiteral("--as-needed"), QStringLiteral("--start"), day(-3)});

        // Three days, six scheduled doses of Metformin: 4 taken (1 of them late), 1 skipped, 1 missed.
        QCOMPARE(med(cli, {QStringLiteral("take"), vault, id, QStringLiteral("--at"), dayAt(-3, "08:05")}).exitCode, 0);
        QCOMPARE(med(cli, {QStringLiteral("take"), vault, id, QStringLiteral("--at"), dayAt(-3, "21:30"),
                           QStringLiteral("--scheduled"), QStringLiteral("20:00")}).exitCode,
                 0);
        QCOMPARE(med(cli, {QStringLiteral("skip"), vault, id, QStringLiteral("--date"), day(-2), QStringLiteral("--scheduled"),
                           QStringLiteral("08:00")}).exitCode,
                 0);
        QCOMPARE(med(cli, {QStringLiteral("take"), vault, id, QStringLiteral("--at"), dayAt(-2, "20:10")}).exitCode, 0);
        QCOMPARE(med(cli, {QStringLiteral("take"), vault, id, QStringLiteral("--at"), dayAt(-1, "07:50")}).exitCode, 0);
        QCOMPARE(med(cli, {QStringLiteral("take"), vault, weekly, QStringLiteral("--at"), dayAt(-2, "09:00")}).exitCode, 0);

        const QJsonObject report = medJson(cli, {QStringLiteral("adherence"), vault, QStringLiteral("--from"), day(-3),
                                                 QStringLiteral("--to"), day(-1)});
        QCOMPARE(report.value(QStringLiteral("from")).toString(), day(-3));
        QCOMPARE(report.value(QStringLiteral("to")).toString(), day(-1));
        const QJsonArray medications = report.value(QStringLiteral("medications")).toArray();
        QCOMPARE(medications.size(), 2); // the as-needed one is left out
        const QJsonObject metformin = medications.at(0).toObject();
        QCOMPARE(metformin.value(QStringLiteral("medication")).toString(), QStringLiteral("Metformin"));
        QCOMPARE(metformin.value(QStringLiteral("scheduled")).toInt(), 6);
        QCOMPARE(metformin.value(QStringLiteral("taken")).toInt(), 4);
        QCOMPARE(metformin.value(QStringLiteral("late")).toInt(), 1);
        QCOMPARE(metformin.value(QStringLiteral("skipped")).toInt(), 1);
        QCOMPARE(metformin.value(QStringLiteral("missed")).toInt(), 1);
        QCOMPARE(metformin.value(QStringLiteral("percent_taken")).toDouble(), 66.7);
        const QJsonObject methotrexate = medications.at(1).toObject();
        QCOMPARE(methotrexate.value(QStringLiteral("scheduled")).toInt(), 1);
        QCOMPARE(methotrexate.value(QStringLiteral("percent_taken")).toDouble(), 100.0);

        const auto text = med(cli, {QStringLiteral("adherence"), vault, QStringLiteral("--from"), day(-3),
                                    QStringLiteral("--to"), day(-1)});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Metformin: 66.7% taken (4 of 6 doses; 1 late, 1 skipped, 1 missed)"),
                 text.out.constData());
        QVERIFY(text.out.contains("Methotrexate: 100.0% taken (1 of 1 doses"));
        QVERIFY(!text.out.contains("Ibuprofen"));

        // One medication, over the first two days only: 3 of 4.
        const QJsonObject one = medJson(cli, {QStringLiteral("adherence"), vault, id, QStringLiteral("--from"), day(-3),
                                              QStringLiteral("--to"), day(-2)});
        const QJsonArray single = one.value(QStringLiteral("medications")).toArray();
        QCOMPARE(single.size(), 1);
        QCOMPARE(single.at(0).toObject().value(QStringLiteral("percent_taken")).toDouble(), 75.0);

        // The default span is the last 30 days, today included.
        const QJsonObject defaults = medJson(cli, {QStringLiteral("adherence"), vault});
        QCOMPARE(defaults.value(QStringLiteral("from")).toString(), day(-29));
        QCOMPARE(defaults.value(QStringLiteral("to")).toString(), day(0));
    }

    void badInputGivesOneLineAndExitCode()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        cli.initVault(vault, Passphrase);
        const QString id = QString::number(
            medJson(cli, {QStringLiteral("add"), vault, QStringLiteral("--name"), QStringLiteral("Metformin"),
                          QStringLiteral("--times"), QStringLiteral("08:00")})
                .value(QStringLiteral("id"))
                .toInteger());
        const QStringList add{QStringLiteral("add"), vault, QStringLiteral("--name"), QStringLiteral("X")};

        expectError(med(cli, add + QStringList{QStringLiteral("--times"), QStringLiteral("25:00")}), 2, "'25:00' is not a time");
        expectError(med(cli, add + QStringList{QStringLiteral("--form"), QStringLiteral("pill")}), 2, "unknown --form 'pill'");
        expectError(med(cli, add + QStringList{QStringLiteral("--route"), QStringLiteral("by owl")}), 2, "unknown --route");
        expectError(med(cli, add + QStringList{QStringLiteral("--dose"), QStringLiteral("-1")}), 2, "more than zero");
        expectError(med(cli, add + QStringList{QStringLiteral("--dose"), QStringLiteral("0")}), 2, "more than zero");
        expectError(med(cli, add + QStringList{QStringLiteral("--dose"), QStringLiteral("lots")}), 2, "not a number");
        expectError(med(cli, add + QStringList{QStringLiteral("--every-hours"), QStringLiteral("0")}), 2, "--every-hours");
        expectError(med(cli, add + QStringList{QStringLiteral("--times"), QStringLiteral("08:00"), QStringLiteral("--as-needed")}),
                    2, "--as-needed cannot be combined");
        expectError(med(cli, add + QStringList{QStringLiteral("--times"), QStringLiteral("08:00"),
                                               QStringLiteral("--every-hours"), QStringLiteral("8")}),
                    2, "not both");
        expectError(med(cli, add + QStringList{QStringLiteral("--days"), QStringLiteral("mon")}), 2, "--days needs --times");
        expectError(med(cli, add + QStringList{QStringLiteral("--days"), QStringLiteral("someday"), QStringLiteral("--times"),
                                               QStringLiteral("09:00")}),
                    2, "not a day of the week");
        expectError(med(cli, add + QStringList{QStringLiteral("--start"), QStringLiteral("2026-02-30")}), 2, "not a date");
        expectError(med(cli, add + QStringList{QStringLiteral("--refills"), QStringLiteral("-1")}), 2, "--refills");
        expectError(med(cli, {QStringLiteral("add"), vault, QStringLiteral("--times"), QStringLiteral("08:00")}), 2,
                    "--name is required");
        expectError(med(cli, {QStringLiteral("add"), vault, QStringLiteral("--name"), QStringLiteral("  ")}), 2,
                    "--name cannot be empty");
        expectError(med(cli, {QStringLiteral("list"), vault, QStringLiteral("--all"), QStringLiteral("--past")}), 2,
                    "not both");
        expectError(med(cli, {QStringLiteral("edit"), vault, id}), 2, "nothing to change");
        expectError(med(cli, {QStringLiteral("edit"), vault, id, QStringLiteral("--notes-file"), QStringLiteral("-")}), 2,
                    "standard input carries the passphrase");
        expectError(med(cli, {QStringLiteral("edit"), vault, id, QStringLiteral("--notes-file"),
                              cli.path(QStringLiteral("missing.txt"))}),
                    2, "cannot read");
        expectError(med(cli, {QStringLiteral("edit"), vault, id, QStringLiteral("--form"), QStringLiteral("pill")}), 2,
                    "unknown --form");
        expectError(med(cli, {QStringLiteral("take"), vault, id, QStringLiteral("--amount"), QStringLiteral("-2")}), 2,
                    "more than zero");
        expectError(med(cli, {QStringLiteral("take"), vault, id, QStringLiteral("--scheduled"), QStringLiteral("25:00")}), 2,
                    "not a time of day");
        expectError(med(cli, {QStringLiteral("take"), vault, id, QStringLiteral("--at"), QStringLiteral("yesterday-ish")}),
                    2, "not a date and time");
        expectError(med(cli, {QStringLiteral("stop"), vault, id, QStringLiteral("--date"), QStringLiteral("soon")}), 2,
                    "not a date");
        expectError(med(cli, {QStringLiteral("adherence"), vault, QStringLiteral("--from"), day(0), QStringLiteral("--to"),
                              day(-3)}),
                    2, "is after --to");
        expectError(med(cli, {QStringLiteral("show"), vault, QStringLiteral("abc")}), 2, "not a record id");
        expectError(med(cli, {QStringLiteral("show"), vault}), 2, "missing argument");

        // Unknown ids exit 1 and name the id.
        for (const char* verb : {"show", "delete", "take", "skip", "stop", "adherence"})
            expectError(med(cli, {QString::fromLatin1(verb), vault, QStringLiteral("9999")}), 1, "No medication with id 9999");
        expectError(med(cli, {QStringLiteral("edit"), vault, QStringLiteral("9999"), QStringLiteral("--notes"),
                              QStringLiteral("x")}),
                    1, "No medication with id 9999");

        // Nothing was added by the refused commands.
        QCOMPARE(med(cli, {QStringLiteral("list"), vault, QStringLiteral("--all"), QStringLiteral("--json")}).json().array().size(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCliMedications)
#include "TestCliMedications.moc"
