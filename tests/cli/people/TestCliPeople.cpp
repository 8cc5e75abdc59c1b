#include "CliRunner.h"
#include "TestSupport.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using carnet::testsupport::CliRunner;

namespace {

const QByteArray Passphrase = "a long enough passphrase";
const QByteArray Unlock = Passphrase + '\n';
// Made with age-keygen and minisign -G.
const QString AgeRecipient = QStringLiteral("age18qep7nlms6fqt0v3xfctwmcrj6tzprn3us2uz0zegj3utskaxevsuxespu");
const QString MinisignPub = QStringLiteral("RWQ++1lq8aUl6+QRt5+m+yRRD9aJ0zx6HJ7sQk2wk/7x51d6o/TPo6v7");

QStringList args(std::initializer_list<const char*> words)
{
    QStringList list;
    for (const char* word : words)
        list << QString::fromUtf8(word);
    return list;
}

// A second, well-formed minisign key: "Ed", an 8-byte key id, a 32-byte public key.
QString otherMinisignKey()
{
    return QString::fromLatin1((QByteArray("Ed") + QByteArray(8, '\x11') + QByteArray(32, '\x22')).toBase64());
}

struct Expectation
{
    QStringList arguments;
    int exitCode;
    QByteArray message;
};

} // namespace

class TestCliPeople : public QObject
{
    Q_OBJECT

private:
    CliRunner::Result run(const CliRunner& cli, const QString& group, const QString& verb, const QString& vault,
                          const QStringList& extra = {})
    {
        return cli.run(QStringList {group, verb, vault} + extra, Unlock);
    }

    // Each bad input: the expected exit code, one line on stderr naming the problem, nothing on stdout.
    void expectFailures(const CliRunner& cli, const QString& group, const QString& vault,
                        const QList<Expectation>& cases)
    {
        for (const Expectation& c : cases) {
            const QStringList arguments = QStringList {group, c.arguments.first(), vault} + c.arguments.mid(1);
            const auto result = cli.run(arguments, Unlock);
            const QString what = arguments.join(QLatin1Char(' ')) + QLatin1String(": ") + QString::fromUtf8(result.err);
            QVERIFY2(result.exitCode == c.exitCode, qPrintable(what));
            QVERIFY2(result.err.count('\n') == 1, qPrintable(what));
            QVERIFY2(result.err.contains(c.message), qPrintable(what));
            QVERIFY2(result.out.isEmpty(), qPrintable(what));
        }
    }

private slots:
    void helpForEverySubcommand()
    {
        CliRunner cli;
        auto overview = cli.run({QStringLiteral("--help")});
        for (const char* command : {"profile show", "profile set", "allergy add", "condition add", "careteam add"})
            QVERIFY2(overview.out.contains(command), command);
        for (const char* group : {"allergy", "condition", "careteam"}) {
            for (const char* verb : {"add", "list", "show", "edit", "delete", "restore"}) {
                auto help = cli.run({QString::fromLatin1(group), QString::fromLatin1(verb), QStringLiteral("--help")});
                QCOMPARE(help.exitCode, 0);
                QVERIFY(help.out.contains("Usage: carnet-cli " + QByteArray(group) + ' ' + QByteArray(verb)));
                QVERIFY(help.out.contains("--json"));
            }
        }
        auto set = cli.run(args({"profile", "set", "--help"}));
        QCOMPARE(set.exitCode, 0);
        for (const char* option : {"--name", "--birth-date", "--sex", "--blood-type", "--phone", "--email", "--address",
                                   "--emergency-contact", "--organ-donor"})
            QVERIFY2(set.out.contains(option), option);
        auto careteam = cli.run(args({"careteam", "edit", "--help"}));
        for (const char* option : {"--age-recipient", "--minisign-key", "--pin", "--unpin"})
            QVERIFY2(careteam.out.contains(option), option);
    }

    void profile()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        cli.initVault(vault, Passphrase);
        const QString profile = QStringLiteral("profile");

        auto empty = run(cli, profile, QStringLiteral("show"), vault);
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(empty.out.contains("No profile yet"));

        auto set = run(cli, profile, QStringLiteral("set"), vault,
                       {QStringLiteral("--name"),
                        QStringLiteral("Camille Durand"),
                        QStringLiteral("--birth-date"),
                        QStringLiteral("1984-02-29"),
                        QStringLiteral("--sex"),
                        QStringLiteral("female"),
                        QStringLiteral("--blood-type"),
                        QStringLiteral("ab neg"),
                        QStringLiteral("--height"),
                        QStringLiteral("168.5"),
                        QStringLiteral("--phone"),
                        QStringLiteral("+33 6 12 34 56 78"),
                        QStringLiteral("--email"),
                        QStringLiteral("camille@example.org"),
                        QStringLiteral("--address"),
                        QStringLiteral("12 rue des Lilas, Paris"),
                        QStringLiteral("--emergency-contact"),
                        QStringLiteral("Luc Durand|brother|+33 6 98 76 54 32"),
                        QStringLiteral("--emergency-contact"),
                        QStringLiteral("Ana"),
                        QStringLiteral("--organ-donor"),
                        QStringLiteral("yes"),
                        QStringLiteral("--json")});
        QCOMPARE(set.exitCode, 0);
        const QJsonObject saved = set.json().object();
        QVERIFY(saved.value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(saved.value(QStringLiteral("blood_type")).toString(), QStringLiteral("AB-"));
        QCOMPARE(saved.value(QStringLiteral("height_cm")).toDouble(), 168.5);
        QCOMPARE(saved.value(QStringLiteral("organ_donor")), QJsonValue(true));
        const QJsonArray contacts = saved.value(QStringLiteral("emergency_contacts")).toArray();
        QCOMPARE(contacts.size(), 2);
        QCOMPARE(contacts.at(0).toObject().value(QStringLiteral("relation")).toString(), QStringLiteral("brother"));
        QCOMPARE(contacts.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Ana"));

        // A partial set keeps the other fields; an empty value clears one.
        auto partial = run(cli, profile, QStringLiteral("set"), vault,
                           {QStringLiteral("--preferred-name"), QStringLiteral("Cam"), QStringLiteral("--phone"),
                            QString(), QStringLiteral("--emergency-contact"), QString()});
        QCOMPARE(partial.exitCode, 0);
        QVERIFY(partial.out.contains("version 2"));
        auto show = run(cli, profile, QStringLiteral("show"), vault, {QStringLiteral("--json")});
        const QJsonObject shown = show.json().object();
        QCOMPARE(shown.value(QStringLiteral("full_name")).toString(), QStringLiteral("Camille Durand"));
        QCOMPARE(shown.value(QStringLiteral("preferred_name")).toString(), QStringLiteral("Cam"));
        QVERIFY(shown.value(QStringLiteral("phone")).isNull());
        QVERIFY(shown.value(QStringLiteral("emergency_contacts")).toArray().isEmpty());
        QCOMPARE(shown.value(QStringLiteral("email")).toString(), QStringLiteral("camille@example.org"));
        QCOMPARE(shown.value(QStringLiteral("version")).toInt(), 2);
        auto text = run(cli, profile, QStringLiteral("show"), vault);
        QVERIFY(text.out.contains("Profile: Cam"));
        QVERIFY(text.out.contains("1984-02-29"));
        QVERIFY(text.out.contains("AB-"));

        const QString future = QDate::currentDate().addDays(5).toString(Qt::ISODate);
        expectFailures(
            cli, profile, vault,
            {
                {args({"set"}), 2, "nothing to set"},
                {args({"set", "--birth-date", "1984-02-30"}), 2, "'1984-02-30' is not a date"},
                {QStringList {QStringLiteral("set"), QStringLiteral("--birth-date"), future}, 2, "in the future"},
                {args({"set", "--sex", "robot"}), 2, "unknown --sex 'robot'"},
                {args({"set", "--blood-type", "C+"}), 2, "unknown --blood-type 'C+'"},
                {args({"set", "--height", "-3"}), 2, "--height must be a positive number"},
                {args({"set", "--weight", "heavy"}), 2, "--weight must be a positive number"},
                {args({"set", "--email", "camille.example.org"}), 2, "is not an e-mail address"},
                {args({"set", "--email", "cam@localhost"}), 2, "is not an e-mail address"},
                {args({"set", "--phone", "ring me"}), 2, "is not a phone number"},
                {args({"set", "--language", "French!"}), 2, "not a language tag"},
                {args({"set", "--emergency-contact", "|sister|555-0100"}), 2, "with a name"},
                {args({"set", "--emergency-contact", "Jo|sister|not a phone"}), 2, "is not a phone number"},
                {args({"set", "--organ-donor", "maybe"}), 2, "unknown --organ-donor 'maybe'"},
            });
        auto unchanged = run(cli, profile, QStringLiteral("show"), vault, {QStringLiteral("--json")});
        QCOMPARE(unchanged.json().object().value(QStringLiteral("version")).toInt(), 2);
    }

    void allergies()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        cli.initVault(vault, Passphrase);
        const QString allergy = QStringLiteral("allergy");

        auto add
            = run(cli, allergy, QStringLiteral("add"), vault,
                  {QStringLiteral("--substance"), QStringLiteral("Penicillin"), QStringLiteral("--category"),
                   QStringLiteral("medication"), QStringLiteral("--reaction"), QStringLiteral("hives"),
                   QStringLiteral("--severity"), QStringLiteral("severe"), QStringLiteral("--criticality"),
                   QStringLiteral("high"), QStringLiteral("--onset"), QStringLiteral("2009-04-02"),
                   QStringLiteral("--notes"), QStringLiteral("Tolerates cephalosporins."), QStringLiteral("--json")});
        QCOMPARE(add.exitCode, 0);
        const QJsonObject added = add.json().object();
        const qint64 id = added.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(added.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(added.value(QStringLiteral("criticality")).toString(), QStringLiteral("high"));
        auto second = run(cli, allergy, QStringLiteral("add"), vault,
                          {QStringLiteral("--substance"), QStringLiteral("Cats"), QStringLiteral("--severity"),
                           QStringLiteral("mild")});
        QCOMPARE(second.exitCode, 0);
        QVERIFY(second.out.startsWith("Added allergy "));

        auto list = run(cli, allergy, QStringLiteral("list"), vault);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.indexOf("Penicillin") >= 0);
        QVERIFY(list.out.indexOf("Penicillin") < list.out.indexOf("Cats"));
        auto show = run(cli, allergy, QStringLiteral("show"), vault, {QString::number(id)});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains("hives"));
        QVERIFY(show.out.contains("Severe"));
        QVERIFY(show.out.contains("2009-04-02"));

        auto edit = run(cli, allergy, QStringLiteral("edit"), vault,
                        {QString::number(id), QStringLiteral("--status"), QStringLiteral("resolved"),
                         QStringLiteral("--reaction"), QString(), QStringLiteral("--json")});
        QCOMPARE(edit.exitCode, 0);
        const QJsonObject edited = edit.json().object();
        QCOMPARE(edited.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        QVERIFY(edited.value(QStringLiteral("reaction")).isNull());
        QCOMPARE(edited.value(QStringLiteral("substance")).toString(), QStringLiteral("Penicillin"));
        QCOMPARE(edited.value(QStringLiteral("version")).toInt(), 2);

        auto remove
            = run(cli, allergy, QStringLiteral("delete"), vault, {QString::number(id), QStringLiteral("--json")});
        QCOMPARE(remove.exitCode, 0);
        QCOMPARE(remove.json().object().value(QStringLiteral("deleted")), QJsonValue(true));
        auto remaining = run(cli, allergy, QStringLiteral("list"), vault, {QStringLiteral("--json")});
        QCOMPARE(remaining.json().array().size(), 1);
        auto restore = run(cli, allergy, QStringLiteral("restore"), vault, {QString::number(id)});
        QCOMPARE(restore.exitCode, 0);
        QVERIFY(restore.out.contains("Restored allergy"));

        expectFailures(
            cli, allergy, vault,
            {
                {args({"add", "--reaction", "hives"}), 2, "--substance is required"},
                {args({"add", "--substance", "Latex", "--severity", "deadly"}), 2,
                 "unknown --severity 'deadly' (use mild, moderate, severe)"},
                {args({"add", "--substance", "Latex", "--category", "pollen"}), 2, "unknown --category"},
                {args({"add", "--substance", "Latex", "--criticality", "medium"}), 2, "unknown --criticality"},
                {args({"add", "--substance", "Latex", "--status", "gone"}), 2, "unknown --status 'gone'"},
                {args({"add", "--substance", "Latex", "--onset", "2020-02-31"}), 2, "is not a date"},
                {args({"add", "--substance", "Latex", "--notes-file", "-"}), 2, "standard input"},
                {args({"edit", "1"}), 2, "nothing to change"},
                {args({"show", "0"}), 2, "'0' is not a record id"},
                {args({"show", "999"}), 1, "No allergy with id 999."},
                {args({"edit", "999", "--status", "inactive"}), 1, "No allergy with id 999."},
                {args({"delete", "999"}), 1, "No allergy with id 999."},
            });
        auto count = run(cli, allergy, QStringLiteral("list"), vault, {QStringLiteral("--json")});
        QCOMPARE(count.json().array().size(), 2);
    }

    void conditions()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        cli.initVault(vault, Passphrase);
        const QString condition = QStringLiteral("condition");

        auto add = run(cli, condition, QStringLiteral("add"), vault,
                       {QStringLiteral("--name"), QStringLiteral("Asthma"), QStringLiteral("--onset"),
                        QStringLiteral("1995-09-01"), QStringLiteral("--notes"), QStringLiteral("Exercise-induced."),
                        QStringLiteral("--json")});
        QCOMPARE(add.exitCode, 0);
        const qint64 id = add.json().object().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        auto list = run(cli, condition, QStringLiteral("list"), vault);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("Asthma"));
        QVERIFY(list.out.contains("1995-09-01"));

        auto edit = run(cli, condition, QStringLiteral("edit"), vault,
                        {QString::number(id), QStringLiteral("--status"), QStringLiteral("remission"),
                         QStringLiteral("--abatement"), QStringLiteral("2015-06-01")});
        QCOMPARE(edit.exitCode, 0);
        QVERIFY(edit.out.contains("version 2"));
        auto show = run(cli, condition, QStringLiteral("show"), vault, {QString::number(id), QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject shown = show.json().object();
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("remission"));
        QCOMPARE(shown.value(QStringLiteral("abatement_date")).toString(), QStringLiteral("2015-06-01"));
        QCOMPARE(shown.value(QStringLiteral("notes")).toString(), QStringLiteral("Exercise-induced."));

        auto remove = run(cli, condition, QStringLiteral("delete"), vault, {QString::number(id)});
        QCOMPARE(remove.exitCode, 0);
        auto trash = run(cli, condition, QStringLiteral("list"), vault,
                         {QStringLiteral("--deleted"), QStringLiteral("--json")});
        QCOMPARE(trash.json().array().size(), 1);

        expectFailures(cli, condition, vault,
                       {
                           {args({"add", "--onset", "2001-01-01"}), 2, "--name is required"},
                           {args({"add", "--name", "Gout", "--status", "cured"}), 2, "unknown --status 'cured'"},
                           {args({"add", "--name", "Gout", "--abatement", "2020-01-01"}), 2, "not active"},
                           {args({"add", "--name", "Gout", "--status", "resolved", "--onset", "2020-01-01",
                                  "--abatement", "2019-01-01"}),
                            2, "is before"},
                           {args({"add", "--name", "Gout", "--onset", "yesterday-ish"}), 2, "is not a date"},
                           {QStringList {QStringLiteral("show"), QString::number(id)}, 1, "was deleted"},
                           {args({"edit", "999", "--name", "x"}), 1, "No condition with id 999."},
                           {args({"restore", "999"}), 1, "No condition with id 999."},
                       });
    }

    void careTeam()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        cli.initVault(vault, Passphrase);
        const QString careteam = QStringLiteral("careteam");
        const QString pubFile = cli.path(QStringLiteral("doctor.pub"));
        QFile file(pubFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("untrusted comment: minisign public key EB25A5F16A59FB3E\n" + MinisignPub.toLatin1() + '\n');
        file.close();

        auto add = run(cli, careteam, QStringLiteral("add"), vault,
                       {QStringLiteral("--name"),
                        QStringLiteral("Dr. Amina Haddad"),
                        QStringLiteral("--specialty"),
                        QStringLiteral("Cardiology"),
                        QStringLiteral("--organization"),
                        QStringLiteral("City Heart"),
                        QStringLiteral("--phone"),
                        QStringLiteral("office|+1 555 0100"),
                        QStringLiteral("--phone"),
                        QStringLiteral("555 0199"),
                        QStringLiteral("--email"),
                        QStringLiteral("a.haddad@cityheart.example"),
                        QStringLiteral("--age-recipient"),
                        AgeRecipient,
                        QStringLiteral("--minisign-key-file"),
                        pubFile,
                        QStringLiteral("--fingerprint"),
                        QString(64, QLatin1Char('A')),
                        QStringLiteral("--pin"),
                        QStringLiteral("--json")});
        QCOMPARE(add.exitCode, 0);
        const QJsonObject added = add.json().object();
        const qint64 id = added.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(added.value(QStringLiteral("role")).toString(), QStringLiteral("provider"));
        QCOMPARE(added.value(QStringLiteral("phones")).toArray().size(), 2);
        QCOMPARE(added.value(QStringLiteral("age_recipient")).toString(), AgeRecipient);
        QCOMPARE(added.value(QStringLiteral("minisign_key")).toString(), MinisignPub);
        QVERIFY(added.value(QStringLiteral("fingerprint")).toString().startsWith(QLatin1String("aaaa aaaa")));
        QCOMPARE(added.value(QStringLiteral("pinned")), QJsonValue(true));
        QVERIFY(!added.value(QStringLiteral("pinned_at")).toString().isEmpty());

        auto caregiver = run(
            cli, careteam, QStringLiteral("add"), vault,
            {QStringLiteral("--name"), QStringLiteral("Zoe"), QStringLiteral("--role"), QStringLiteral("caregiver")});
        QCOMPARE(caregiver.exitCode, 0);
        auto list = run(cli, careteam, QStringLiteral("list"), vault);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.indexOf("Haddad") < list.out.indexOf("Zoe"));
        QVERIFY(list.out.contains("[keys pinned]"));
        auto show = run(cli, careteam, QStringLiteral("show"), vault, {QString::number(id)});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains("EB25A5F16A59FB3E"));
        QVERIFY(show.out.contains(AgeRecipient.toLatin1()));
        QVERIFY(show.out.contains("office: +1 555 0100"));

        // A new key drops the pin; --pin pins again, --unpin takes it off.
        auto rekey = run(
            cli, careteam, QStringLiteral("edit"), vault,
            {QString::number(id), QStringLiteral("--minisign-key"), otherMinisignKey(), QStringLiteral("--json")});
        QCOMPARE(rekey.exitCode, 0);
        QCOMPARE(rekey.json().object().value(QStringLiteral("pinned")), QJsonValue(false));
        QVERIFY(rekey.json().object().value(QStringLiteral("pinned_at")).isNull());
        auto pin = run(cli, careteam, QStringLiteral("edit"), vault,
                       {QString::number(id), QStringLiteral("--pin"), QStringLiteral("--json")});
        QCOMPARE(pin.json().object().value(QStringLiteral("pinned")), QJsonValue(true));
        auto unpin = run(cli, careteam, QStringLiteral("edit"), vault,
                         {QString::number(id), QStringLiteral("--unpin"), QStringLiteral("--json")});
        QCOMPARE(unpin.exitCode, 0);
        QCOMPARE(unpin.json().object().value(QStringLiteral("pinned")), QJsonValue(false));
        QCOMPARE(unpin.json().object().value(QStringLiteral("version")).toInt(), 4);

        auto remove = run(cli, careteam, QStringLiteral("delete"), vault, {QString::number(id)});
        QCOMPARE(remove.exitCode, 0);
        QVERIFY(remove.out.contains("Deleted care-team member"));
        auto remaining = run(cli, careteam, QStringLiteral("list"), vault, {QStringLiteral("--json")});
        QCOMPARE(remaining.json().array().size(), 1);

        QString typo = AgeRecipient;
        typo[30] = typo[30] == QLatin1Char('q') ? QLatin1Char('p') : QLatin1Char('q');
        expectFailures(
            cli, careteam, vault,
            {
                {args({"add", "--role", "caregiver"}), 2, "--name is required"},
                {args({"add", "--name", "X", "--role", "surgeon"}), 2, "unknown --role 'surgeon'"},
                {args({"add", "--name", "X", "--email", "not-an-email"}), 2, "is not an e-mail address"},
                {args({"add", "--name", "X", "--phone", "office|"}), 2, "has no phone number"},
                {args({"add", "--name", "X", "--age-recipient", "ssh-ed25519 AAAAC3Nz"}), 2,
                 "does not start with age1"},
                {args({"add", "--name", "X", "--age-recipient", "age1qqqq"}), 2, "has 8 characters"},
                {QStringList {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
                              QStringLiteral("--age-recipient"), typo},
                 2, "checksum"},
                {args({"add", "--name", "X", "--minisign-key", "RWQnotakey"}), 2, "not a minisign public key"},
                {args({"add", "--name", "X", "--fingerprint", "12ab"}), 2, "is not 64 hexadecimal digits"},
                {args({"add", "--name", "X", "--pin"}), 2, "no key to pin"},
                {args({"edit", "1", "--pin", "--unpin"}), 2, "not both"},
                {args({"show", "999"}), 1, "No care-team member with id 999."},
                {args({"delete", "999"}), 1, "No care-team member with id 999."},
            });
        auto stillOne = run(cli, careteam, QStringLiteral("list"), vault, {QStringLiteral("--json")});
        QCOMPARE(stillOne.json().array().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliPeople)
#include "TestCliPeople.moc"
