#include "CliRunner.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using carnet::testsupport::CliRunner;
namespace ts = carnet::testsupport;

namespace {

const QByteArray Passphrase = "a long enough passphrase";
const QByteArray Unlock = Passphrase + '\n';
const QByteArray GpsMarker = "Taken at 48.85837N 2.29448E";

QByteArray bigEndian16(int value)
{
    return QByteArray(1, char((value >> 8) & 0xff)) + QByteArray(1, char(value & 0xff));
}

QByteArray bigEndian32(quint32 value)
{
    return bigEndian16(int(value >> 16)) + bigEndian16(int(value & 0xffff));
}

// A camera-style EXIF APP1 segment: IFD0 with a description naming the place and a GPS IFD pointer.
QByteArray exifSegment()
{
    const QByteArray description = GpsMarker + '\0';
    QByteArray tiff = "MM" + bigEndian16(42) + bigEndian32(8);
    tiff += bigEndian16(2);
    tiff += bigEndian16(0x010E) + bigEndian16(2) + bigEndian32(quint32(description.size())) + bigEndian32(8 + 30);
    tiff += bigEndian16(0x8825) + bigEndian16(4) + bigEndian32(1) + bigEndian32(8 + 30 + quint32(description.size()));
    tiff += bigEndian32(0);
    tiff += description;
    tiff += bigEndian16(1);
    tiff += bigEndian16(0x0001) + bigEndian16(2) + bigEndian32(2) + QByteArray("N\0\0\0", 4);
    tiff += bigEndian32(0);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    return QByteArray("\xFF\xE1", 2) + bigEndian16(int(payload.size()) + 2) + payload;
}

QImage sampleCard()
{
    QImage image(48, 30, QImage::Format_RGB32);
    image.fill(QColor(200, 40, 40));
    return image;
}

QByteArray encoded(const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    sampleCard().save(&buffer, format);
    return bytes;
}

QByteArray jpegWithExif()
{
    const QByteArray jpeg = encoded("JPEG");
    return jpeg.left(2) + exifSegment() + jpeg.mid(2);
}

QString writeFile(const CliRunner& cli, const QString& name, const QByteArray& bytes)
{
    const QString path = cli.path(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QStringList args(std::initializer_list<const char*> words)
{
    QStringList list;
    for (const char* word : words)
        list << QString::fromUtf8(word);
    return list;
}

} // namespace

class TestCliInsurance : public QObject
{
    Q_OBJECT

private slots:
    void helpForEverySubcommand()
    {
        CliRunner cli;
        auto overview = cli.run({QStringLiteral("--help")});
        QVERIFY(overview.out.contains("insurance add"));
        for (const char* verb : {"add", "list", "show", "edit", "delete", "restore"}) {
            auto help = cli.run({QStringLiteral("insurance"), QString::fromLatin1(verb), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.contains("Usage: carnet-cli insurance " + QByteArray(verb)));
            QVERIFY(help.out.contains("--json"));
        }
        auto add = cli.run(args({"insurance", "add", "--help"}));
        for (const char* option : {"--payer", "--plan", "--type", "--member-id", "--group", "--subscriber",
                                   "--relationship", "--from", "--to", "--phone", "--front", "--back", "--notes"})
            QVERIFY2(add.out.contains(option), option);
    }

    void addShowListEditDeleteRestore()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        cli.initVault(vault, Passphrase);
        const QByteArray original = jpegWithExif();
        QVERIFY(original.contains(GpsMarker));
        const QString front = writeFile(cli, QStringLiteral("IMG_0042.jpg"), original);
        const QString back = writeFile(cli, QStringLiteral("back.png"), encoded("PNG"));

        auto add = cli.run({QStringLiteral("insurance"),
                            QStringLiteral("add"),
                            vault,
                            QStringLiteral("--payer"),
                            QStringLiteral("Acme Health"),
                            QStringLiteral("--plan"),
                            QStringLiteral("Gold PPO 500"),
                            QStringLiteral("--type"),
                            QStringLiteral("Medical"),
                            QStringLiteral("--member-id"),
                            QStringLiteral("XZ123456789"),
                            QStringLiteral("--group"),
                            QStringLiteral("G-9000"),
                            QStringLiteral("--subscriber"),
                            QStringLiteral("Jordan Doe"),
                            QStringLiteral("--relationship"),
                            QStringLiteral("spouse"),
                            QStringLiteral("--from"),
                            QStringLiteral("2025-01-01"),
                            QStringLiteral("--to"),
                            QStringLiteral("2099-12-31"),
                            QStringLiteral("--phone"),
                            QStringLiteral("+1 800 555 0100"),
                            QStringLiteral("--other-phone"),
                            QStringLiteral("pharmacy|800-555-0101"),
                            QStringLiteral("--front"),
                            front,
                            QStringLiteral("--back"),
                            back,
                            QStringLiteral("--notes"),
                            QStringLiteral("Call first."),
                            QStringLiteral("--json")},
                           Unlock);
        QCOMPARE(add.exitCode, 0);
        const QJsonObject added = add.json().object();
        const qint64 id = added.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(added.value(QStringLiteral("payer")).toString(), QStringLiteral("Acme Health"));
        QCOMPARE(added.value(QStringLiteral("plan_type")).toString(), QStringLiteral("medical"));
        QCOMPARE(added.value(QStringLiteral("relationship")).toString(), QStringLiteral("spouse"));
        QCOMPARE(added.value(QStringLiteral("effective_from")).toString(), QStringLiteral("2025-01-01"));
        QCOMPARE(added.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(added.value(QStringLiteral("other_phones"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("label"))
                     .toString(),
                 QStringLiteral("pharmacy"));
        const QJsonObject frontCard = added.value(QStringLiteral("front_card")).toObject();
        QCOMPARE(frontCard.value(QStringLiteral("file_name")).toString(), QStringLiteral("IMG_0042.jpg"));
        QCOMPARE(added.value(QStringLiteral("back_card")).toObject().value(QStringLiteral("media_type")).toString(),
                 QStringLiteral("image/png"));

        // The saved card image is the stored one: decodable, without the EXIF segment, hashed as reported.
        const QString saved = cli.path(QStringLiteral("saved-front.jpg"));
        auto show = cli.run({QStringLiteral("insurance"), QStringLiteral("show"), vault, QString::number(id),
                             QStringLiteral("--save-front"), saved},
                            Unlock);
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains("Acme Health, Gold PPO 500"));
        QVERIFY(show.out.contains("XZ123456789"));
        QVERIFY(show.out.contains("pharmacy: 800-555-0101"));
        QVERIFY(show.out.contains("IMG_0042.jpg"));
        const QByteArray stored = ts::readFile(saved);
        QVERIFY(!stored.isEmpty());
        QVERIFY(!stored.contains(GpsMarker));
        QVERIFY(!stored.contains(QByteArray("Exif\0\0", 6)));
        QCOMPARE(QImage::fromData(stored, "JPEG").size(), QSize(48, 30));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex()),
                 frontCard.value(QStringLiteral("sha256")).toString());
        QVERIFY(!ts::anyFileContains(vault, QString::fromLatin1(GpsMarker)));

        auto expired = cli.run({QStringLiteral("insurance"), QStringLiteral("add"), vault, QStringLiteral("--payer"),
                                QStringLiteral("Old Mutual"), QStringLiteral("--type"), QStringLiteral("dental"),
                                QStringLiteral("--from"), QStringLiteral("2019-01-01"), QStringLiteral("--to"),
                                QStringLiteral("2020-12-31")},
                               Unlock);
        QCOMPARE(expired.exitCode, 0);
        QVERIFY(expired.out.startsWith("Added insurance plan "));
        auto list
            = cli.run({QStringLiteral("insurance"), QStringLiteral("list"), vault, QStringLiteral("--json")}, Unlock);
        QCOMPARE(list.exitCode, 0);
        const QJsonArray plans = list.json().array();
        QCOMPARE(plans.size(), 2);
        QCOMPARE(plans.at(0).toObject().value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(plans.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
        auto listText = cli.run({QStringLiteral("insurance"), QStringLiteral("list"), vault}, Unlock);
        QCOMPARE(listText.exitCode, 0);
        QVERIFY(listText.out.indexOf("Acme Health") < listText.out.indexOf("Old Mutual"));
        QVERIFY(listText.out.contains("Expired"));

        auto edit = cli.run({QStringLiteral("insurance"), QStringLiteral("edit"), vault, QString::number(id),
                             QStringLiteral("--member-id"), QStringLiteral("NEW-1"), QStringLiteral("--to"), QString(),
                             QStringLiteral("--remove-back"), QStringLiteral("--json")},
                            Unlock);
        QCOMPARE(edit.exitCode, 0);
        const QJsonObject edited = edit.json().object();
        QCOMPARE(edited.value(QStringLiteral("member_id")).toString(), QStringLiteral("NEW-1"));
        QVERIFY(edited.value(QStringLiteral("effective_to")).isNull());
        QVERIFY(edited.value(QStringLiteral("back_card")).isNull());
        QCOMPARE(edited.value(QStringLiteral("payer")).toString(), QStringLiteral("Acme Health"));
        QCOMPARE(edited.value(QStringLiteral("version")).toInt(), 3);

        // The amendment trail keeps the earlier member id and the card's hash, never its bytes.
        auto history
            = cli.run({QStringLiteral("history"), vault, QString::number(id), QStringLiteral("--json")}, Unlock);
        QCOMPARE(history.exitCode, 0);
        const QJsonArray versions = history.json().object().value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 3);
        QCOMPARE(versions.at(0)
                     .toObject()
                     .value(QStringLiteral("values"))
                     .toObject()
                     .value(QStringLiteral("member_id"))
                     .toString(),
                 QStringLiteral("XZ123456789"));
        QVERIFY(history.out.size() < 20000);

        auto remove
            = cli.run({QStringLiteral("insurance"), QStringLiteral("delete"), vault, QString::number(id)}, Unlock);
        QCOMPARE(remove.exitCode, 0);
        QVERIFY(remove.out.contains("Deleted insurance plan"));
        auto afterDelete
            = cli.run({QStringLiteral("insurance"), QStringLiteral("list"), vault, QStringLiteral("--json")}, Unlock);
        QCOMPARE(afterDelete.json().array().size(), 1);
        auto showDeleted
            = cli.run({QStringLiteral("insurance"), QStringLiteral("show"), vault, QString::number(id)}, Unlock);
        QCOMPARE(showDeleted.exitCode, 1);
        QVERIFY(showDeleted.err.contains("was deleted"));
        auto trash = cli.run({QStringLiteral("insurance"), QStringLiteral("list"), vault, QStringLiteral("--deleted")},
                             Unlock);
        QVERIFY(trash.out.contains("Acme Health"));
        auto restore = cli.run({QStringLiteral("insurance"), QStringLiteral("restore"), vault, QString::number(id),
                                QStringLiteral("--json")},
                               Unlock);
        QCOMPARE(restore.exitCode, 0);
        QCOMPARE(restore.json().object().value(QStringLiteral("member_id")).toString(), QStringLiteral("NEW-1"));
    }

    void badInputIsOneLineAndChangesNothing()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        cli.initVault(vault, Passphrase);
        const QString text = writeFile(cli, QStringLiteral("card.jpg"), "Member XZ123, group 9000\n");
        const QString pdf = writeFile(cli, QStringLiteral("card.pdf"), "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");
        const QString notes = writeFile(cli, QStringLiteral("notes.txt"), "fine");
        const auto add = [&](const QStringList& extra) {
            return cli.run(QStringList {QStringLiteral("insurance"), QStringLiteral("add"), vault} + extra, Unlock);
        };
        const auto p = [](const char* payer) {
            return QStringList {QStringLiteral("--payer"), QString::fromUtf8(payer)};
        };

        struct Case
        {
            QStringList arguments;
            QByteArray message;
        };
        const QList<Case> usage = {
            {{QStringLiteral("--plan"), QStringLiteral("Gold")}, "--payer is required"},
            {p("Acme") + args({"--type", "pet"}), "unknown --type 'pet'"},
            {p("Acme") + args({"--relationship", "cousin"}), "unknown --relationship 'cousin'"},
            {p("Acme") + args({"--from", "2025-02-30"}), "'2025-02-30' is not a date"},
            {p("Acme") + args({"--to", "next week"}), "'next week' is not a date"},
            {p("Acme") + args({"--from", "2025-06-01", "--to", "2025-01-01"}), "is before"},
            {p("Acme") + args({"--phone", "call the office"}), "is not a phone number"},
            {p("Acme") + args({"--other-phone", "claims|"}), "has no phone number"},
            {p("Acme") + QStringList {QStringLiteral("--front"), text}, "card.jpg is not a JPEG or PNG image"},
            {p("Acme") + QStringList {QStringLiteral("--back"), pdf}, "card.pdf is not a JPEG or PNG image"},
            {p("Acme") + QStringList {QStringLiteral("--front"), cli.path(QStringLiteral("missing.jpg"))},
             "does not exist"},
            {p("Acme") + args({"--notes-file", "-"}), "standard input"},
            {p("Acme")
                 + QStringList {QStringLiteral("--notes"), QStringLiteral("x"), QStringLiteral("--notes-file"), notes},
             "not both"},
            {p("   "), "Payer"},
        };
        for (const Case& c : usage) {
            const auto result = add(c.arguments);
            QVERIFY2(
                result.exitCode == 2,
                qPrintable(c.arguments.join(QLatin1Char(' ')) + QLatin1String(": ") + QString::fromUtf8(result.err)));
            QCOMPARE(result.err.count('\n'), 1);
            QVERIFY2(result.err.contains(c.message), result.err.constData());
            QVERIFY(result.out.isEmpty());
        }

        auto noChange = cli.run(args({"insurance", "edit"}) + QStringList {vault, QStringLiteral("1")}, Unlock);
        QCOMPARE(noChange.exitCode, 2);
        QVERIFY(noChange.err.contains("nothing to change"));
        auto badId = cli.run(args({"insurance", "show"}) + QStringList {vault, QStringLiteral("abc")}, Unlock);
        QCOMPARE(badId.exitCode, 2);
        QVERIFY(badId.err.contains("'abc' is not a record id"));

        // Unknown ids: exit 1 with the id named.
        for (const char* verb : {"show", "delete"}) {
            auto unknown = cli.run(
                {QStringLiteral("insurance"), QString::fromLatin1(verb), vault, QStringLiteral("999")}, Unlock);
            QCOMPARE(unknown.exitCode, 1);
            QCOMPARE(unknown.err.count('\n'), 1);
            QVERIFY(unknown.err.contains("No insurance plan with id 999."));
        }
        auto editUnknown = cli.run({QStringLiteral("insurance"), QStringLiteral("edit"), vault, QStringLiteral("999"),
                                    QStringLiteral("--plan"), QStringLiteral("x")},
                                   Unlock);
        QCOMPARE(editUnknown.exitCode, 1);
        QVERIFY(editUnknown.err.contains("No insurance plan with id 999."));

        auto list
            = cli.run({QStringLiteral("insurance"), QStringLiteral("list"), vault, QStringLiteral("--json")}, Unlock);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.json().array().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliInsurance)
#include "TestCliInsurance.moc"
