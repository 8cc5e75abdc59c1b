#include "CliRunner.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using carnet::testsupport::CliRunner;

namespace {

const QByteArray Passphrase = "a long enough passphrase";
const QByteArray Unlock = Passphrase + '\n';
const QByteArray Phone = "555-867-5309";

struct Expectation
{
    QStringList arguments;
    int exitCode;
    QByteArray message;
};

bool isPrivateFile(const QString& path)
{
    const QFile::Permissions p = QFileInfo(path).permissions();
    return p.testFlag(QFileDevice::ReadOwner)
        && !(p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther));
}

} // namespace

// carnet-cli identity show, share create|open|verify and disclosures, run as a separate process on real vaults.
class TestCliShare : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    QString m_patient;
    QString m_provider;
    QString m_providerRecipient;
    QString m_patientKey;
    QString m_patientFingerprint;
    QString m_providerKey;
    QStringList m_entryIds; // blood pressure, dizzy (with a phone number), sleep
    int m_fileCounter = 0;

    CliRunner::Result run(const QStringList& arguments, const QByteArray& input = Unlock) const
    {
        return m_cli.run(arguments, input);
    }

    QString newFile()
    {
        return m_cli.path(QStringLiteral("share-%1.carnet-share").arg(++m_fileCounter));
    }

    QString addEntry(const char* title, const QString& body, const QString& tag, const char* date)
    {
        const auto result = run({QStringLiteral("journal"), QStringLiteral("add"), m_patient, QStringLiteral("--title"),
                                 QString::fromUtf8(title), QStringLiteral("--body"), body, QStringLiteral("--tag"), tag,
                                 QStringLiteral("--date"), QString::fromLatin1(date), QStringLiteral("--json")});
        return QString::number(result.json().object().value(QStringLiteral("id")).toInteger());
    }

    // A share of the two "bp" entries and the medications to the provider; returns the file.
    QString createForProvider(QJsonObject* json = nullptr)
    {
        const QString file = newFile();
        const auto result = run({QStringLiteral("share"), QStringLiteral("create"), m_patient, QStringLiteral("--tag"),
                                 QStringLiteral("bp"), QStringLiteral("--meds"), QStringLiteral("--to"),
                                 m_providerRecipient, QStringLiteral("-o"), file, QStringLiteral("--json")});
        if (result.exitCode != 0)
            qWarning("share create failed: %s", result.err.constData());
        if (json)
            *json = result.json().object();
        return file;
    }

    void expectFailures(const QList<Expectation>& cases, const QByteArray& input = Unlock)
    {
        for (const Expectation& c : cases) {
            const auto result = run(c.arguments, input);
            const QString what = c.arguments.join(QLatin1Char(' ')) + QLatin1String(": ") + QString::fromUtf8(result.err);
            QVERIFY2(result.exitCode == c.exitCode, qPrintable(QString::number(result.exitCode) + QLatin1Char(' ') + what));
            QVERIFY2(result.err.count('\n') == 1, qPrintable(what));
            QVERIFY2(result.err.contains(c.message), qPrintable(what));
            QVERIFY2(result.out.isEmpty(), qPrintable(what + QString::fromUtf8(result.out)));
        }
    }

private slots:
    void initTestCase()
    {
        m_patient = m_cli.path(QStringLiteral("patient"));
        m_provider = m_cli.path(QStringLiteral("provider"));
        m_cli.initVault(m_patient, Passphrase);
        m_cli.initVault(m_provider, Passphrase);
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("set"), m_patient, QStringLiteral("--name"),
                      QStringLiteral("Ana Lima"), QStringLiteral("--birth-date"), QStringLiteral("1980-04-02")})
                     .exitCode,
                 0);
        m_entryIds << addEntry("Blood pressure check", QStringLiteral("BP 128/82 <b>after</b> coffee."),
                               QStringLiteral("bp"), "2024-05-01 08:15");
        m_entryIds << addEntry("Dizzy after lunch", QStringLiteral("Called the clinic at %1.").arg(QLatin1String(Phone)),
                               QStringLiteral("bp"), "2024-05-03 19:40");
        m_entryIds << addEntry("Slept badly", QStringLiteral("Woke up three times."), QStringLiteral("sleep"),
                               "2024-05-09 07:00");
        QCOMPARE(run({QStringLiteral("med"), QStringLiteral("add"), m_patient, QStringLiteral("--name"),
                      QStringLiteral("Metformin"), QStringLiteral("--strength"), QStringLiteral("500 mg"),
                      QStringLiteral("--dose"), QStringLiteral("1"), QStringLiteral("--unit"), QStringLiteral("tablet"),
                      QStringLiteral("--times"), QStringLiteral("08:00,20:00")})
                     .exitCode,
                 0);
        const QJsonObject provider = run({QStringLiteral("identity"), QStringLiteral("show"), m_provider,
                                          QStringLiteral("--json")})
                                         .json()
                                         .object();
        m_providerRecipient = provider.value(QStringLiteral("age_recipient")).toString();
        m_providerKey = provider.value(QStringLiteral("minisign_public_key")).toString();
        const QJsonObject patient = run({QStringLiteral("identity"), QStringLiteral("show"), m_patient,
                                         QStringLiteral("--json")})
                                        .json()
                                        .object();
        m_patientKey = patient.value(QStringLiteral("minisign_public_key")).toString();
        m_patientFingerprint = patient.value(QStringLiteral("fingerprint")).toString();
        QVERIFY(m_providerRecipient.startsWith(QLatin1String("age1")));
        QVERIFY(m_patientKey.startsWith(QLatin1String("RW")));
    }

    void helpForEveryCommand()
    {
        const auto overview = run({QStringLiteral("--help")}, {});
        for (const char* command : {"identity show", "share create", "share open", "share verify", "disclosures"}) {
            QVERIFY2(overview.out.contains(command), command);
            const auto help = run(QString::fromLatin1(command).split(QLatin1Char(' ')) << QStringLiteral("--help"), {});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.contains("Usage: carnet-cli " + QByteArray(command)));
        }
    }

    void identityShow()
    {
        const auto text = run({QStringLiteral("identity"), QStringLiteral("show"), m_patient});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Fingerprint:          " + m_patientFingerprint.toLatin1()));
        QVERIFY(text.out.contains("Minisign public key:  " + m_patientKey.toLatin1()));
        QVERIFY(text.out.contains("Age recipient:        age1"));
        static const QRegularExpression grouped(QStringLiteral("^[0-9a-f]{4}( [0-9a-f]{4}){15}$"));
        QVERIFY(grouped.match(m_patientFingerprint).hasMatch());
        const QJsonObject again = run({QStringLiteral("identity"), QStringLiteral("show"), m_patient,
                                       QStringLiteral("--json")})
                                      .json()
                                      .object();
        QCOMPARE(again.value(QStringLiteral("minisign_public_key")).toString(), m_patientKey);
        QCOMPARE(again.value(QStringLiteral("minisign_key_id")).toString().size(), 16);
        QVERIFY(again.value(QStringLiteral("age_recipient")).toString() != m_providerRecipient);
        expectFailures({{{QStringLiteral("identity"), QStringLiteral("show"), m_patient}, 3, "Wrong passphrase"}},
                       "not the passphrase\n");
    }

    void createOpenAndDisclose()
    {
        QJsonObject created;
        const QString file = createForProvider(&created);
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(isPrivateFile(file));
        const QString exportId = created.value(QStringLiteral("export_id")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(exportId).hasMatch());
        QCOMPARE(created.value(QStringLiteral("items")).toInt(), 3);
        QCOMPARE(created.value(QStringLiteral("entries")).toArray().size(), 2);
        QCOMPARE(created.value(QStringLiteral("signer_fingerprint")).toString(), m_patientFingerprint);
        const QByteArray sha256 = QCryptographicHash::hash(carnet::testsupport::readFile(file), QCryptographicHash::Sha256).toHex();
        QCOMPARE(created.value(QStringLiteral("sha256")).toString().toLatin1(), sha256);

        const QJsonArray disclosures = run({QStringLiteral("disclosures"), m_patient, QStringLiteral("--json")}).json().array();
        bool found = false;
        for (const QJsonValue& value : disclosures) {
            const QJsonObject d = value.toObject();
            if (d.value(QStringLiteral("export_id")).toString() != exportId)
                continue;
            found = true;
            QCOMPARE(d.value(QStringLiteral("sha256")).toString().toLatin1(), sha256);
            QCOMPARE(d.value(QStringLiteral("item_count")).toInt(), 3);
            QCOMPARE(d.value(QStringLiteral("file_name")).toString(), QFileInfo(file).fileName());
            QCOMPARE(d.value(QStringLiteral("recipients")).toArray().first().toObject().value(QStringLiteral("label")).toString(),
                     m_providerRecipient);
        }
        QVERIFY(found);
        const auto disclosuresText = run({QStringLiteral("disclosures"), m_patient});
        QVERIFY(disclosuresText.out.contains(sha256));

        const auto opened = run({QStringLiteral("share"), QStringLiteral("open"), file, QStringLiteral("--identity"), m_provider});
        QCOMPARE(opened.exitCode, 0);
        QVERIFY(opened.out.contains("Blood pressure check"));
        QVERIFY(opened.out.contains("BP 128/82 <b>after</b> coffee."));
        QVERIFY(opened.out.contains("Metformin 500 mg"));
        QVERIFY(!opened.out.contains("Slept badly"));
        QVERIFY(opened.out.contains("Patient: Ana Lima (born 1980-04-02)"));
        QVERIFY(opened.out.contains("Fingerprint:  " + m_patientFingerprint.toLatin1()));
        QVERIFY(opened.out.contains("Pinned:       NO"));
        QVERIFY(opened.out.contains(exportId.toLatin1()));
        QVERIFY(!opened.out.contains("replay"));

        const auto again = run({QStringLiteral("share"), QStringLiteral("open"), file, QStringLiteral("--identity"),
                                m_provider, QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject json = again.json().object();
        QVERIFY(json.value(QStringLiteral("verified")).toBool());
        QVERIFY(json.value(QStringLiteral("replayed")).toBool());
        QVERIFY(!json.value(QStringLiteral("signer")).toObject().value(QStringLiteral("pinned")).toBool());
        QCOMPARE(json.value(QStringLiteral("entries")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("entries")).toArray().first().toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Blood pressure check"));
        QCOMPARE(json.value(QStringLiteral("medications")).toArray().size(), 1);

        const auto pinned = run({QStringLiteral("share"), QStringLiteral("open"), file, QStringLiteral("--identity"),
                                 m_provider, QStringLiteral("--signer-key"), m_patientKey});
        QCOMPARE(pinned.exitCode, 0);
        QVERIFY(pinned.out.contains("Pinned:       yes"));
        QVERIFY(pinned.out.contains("already opened in this vault"));

        const QString folder = m_cli.path(QStringLiteral("extracted"));
        const auto extracted = run({QStringLiteral("share"), QStringLiteral("open"), file, QStringLiteral("--identity"),
                                    m_provider, QStringLiteral("--extract"), folder});
        QCOMPARE(extracted.exitCode, 0);
        const QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(names.size(), 8);
        for (const QString& name : names)
            QVERIFY2(isPrivateFile(QDir(folder).filePath(name)), qPrintable(name));
        QVERIFY(carnet::testsupport::readFile(QDir(folder).filePath(QStringLiteral("README.txt"))).contains(m_patientKey.toLatin1()));
    }

    void verifyExitCodes()
    {
        const QString file = createForProvider();
        const auto good = run({QStringLiteral("share"), QStringLiteral("verify"), file, QStringLiteral("--identity"), m_provider});
        QCOMPARE(good.exitCode, 0);
        QVERIFY(good.out.startsWith("Verified:"));
        QVERIFY(!good.out.contains("coffee")); // the verdict only
        QVERIFY(!good.out.contains("already opened")); // nor does verifying count as opening
        QCOMPARE(run({QStringLiteral("share"), QStringLiteral("verify"), file, QStringLiteral("--identity"), m_provider,
                      QStringLiteral("--json")})
                     .json()
                     .object()
                     .value(QStringLiteral("replayed"))
                     .toBool(),
                 false);

        const QByteArray bytes = carnet::testsupport::readFile(file);
        QByteArray tampered = bytes;
        tampered[tampered.size() - 100] = static_cast<char>(tampered[tampered.size() - 100] ^ 0x20);
        const QString tamperedFile = m_cli.path(QStringLiteral("tampered.carnet-share"));
        QFile out(tamperedFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(tampered);
        out.close();
        QFile cut(m_cli.path(QStringLiteral("cut.carnet-share")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 2));
        cut.close();

        expectFailures({
            {{QStringLiteral("share"), QStringLiteral("verify"), tamperedFile, QStringLiteral("--identity"), m_provider}, 4, "altered or damaged"},
            {{QStringLiteral("share"), QStringLiteral("verify"), cut.fileName(), QStringLiteral("--identity"), m_provider}, 4, "Cannot decrypt"},
            {{QStringLiteral("share"), QStringLiteral("verify"), file, QStringLiteral("--identity"), m_patient}, 3, "None of your keys"},
            {{QStringLiteral("share"), QStringLiteral("open"), file, QStringLiteral("--identity"), m_provider,
              QStringLiteral("--signer-key"), m_providerKey}, 4, "another key than the one expected"},
        });
    }

    void passphraseShare()
    {
        const QString file = newFile();
        const auto created = run({QStringLiteral("share"), QStringLiteral("create"), m_patient, QStringLiteral("--entries"),
                                  m_entryIds.first(), QStringLiteral("--passphrase"), QStringLiteral("-o"), file});
        QCOMPARE(created.exitCode, 0);
        const QRegularExpression words(QStringLiteral("\\n  ([a-z]+(?:-[a-z]+){5})\\n"));
        const auto match = words.match(QString::fromUtf8(created.out));
        QVERIFY2(match.hasMatch(), created.out.constData());
        const QByteArray oneTime = match.captured(1).toLatin1();
        QCOMPARE(created.out.count(oneTime), 1); // shown once

        const auto opened = run({QStringLiteral("share"), QStringLiteral("open"), file, QStringLiteral("--passphrase")},
                                oneTime + '\n');
        QCOMPARE(opened.exitCode, 0);
        QVERIFY(opened.out.contains("Blood pressure check"));
        expectFailures({{{QStringLiteral("share"), QStringLiteral("verify"), file, QStringLiteral("--passphrase")}, 3,
                         "passphrase"}},
                       "orbit-crane-velvet-tiny-harbor-lunch\n");
        const QJsonArray disclosures = run({QStringLiteral("disclosures"), m_patient, QStringLiteral("--json")}).json().array();
        QCOMPARE(disclosures.first().toObject().value(QStringLiteral("recipients")).toArray().first().toObject()
                     .value(QStringLiteral("kind")).toString(),
                 QStringLiteral("passphrase"));
    }

    void redaction()
    {
        const QString file = newFile();
        const auto created = run({QStringLiteral("share"), QStringLiteral("create"), m_patient, QStringLiteral("--entries"),
                                  m_entryIds.at(1), QStringLiteral("--to"), m_providerRecipient, QStringLiteral("--redact"),
                                  QStringLiteral("-o"), file});
        QCOMPARE(created.exitCode, 0);
        QVERIFY(created.out.contains("Identifiers removed"));
        QVERIFY(created.out.contains("phone number \"" + Phone + '"'));
        const auto opened = run({QStringLiteral("share"), QStringLiteral("open"), file, QStringLiteral("--identity"), m_provider});
        QCOMPARE(opened.exitCode, 0);
        QVERIFY(opened.out.contains("[phone number removed]"));
        QVERIFY(!opened.out.contains(Phone));

        // Without --redact the preview warns and the number leaves as written.
        const QString plain = newFile();
        const auto warned = run({QStringLiteral("share"), QStringLiteral("create"), m_patient, QStringLiteral("--entries"),
                                 m_entryIds.at(1), QStringLiteral("--to"), m_providerRecipient, QStringLiteral("-o"), plain});
        QCOMPARE(warned.exitCode, 0);
        QVERIFY(warned.out.contains("Identifiers found"));
        QVERIFY(run({QStringLiteral("share"), QStringLiteral("open"), plain, QStringLiteral("--identity"), m_provider}).out.contains(Phone));
    }

    void shareWithACareTeamMember()
    {
        const auto added = run({QStringLiteral("careteam"), QStringLiteral("add"), m_patient, QStringLiteral("--name"),
                                QStringLiteral("Dr. Haddad"), QStringLiteral("--age-recipient"), m_providerRecipient,
                                QStringLiteral("--json")});
        QCOMPARE(added.exitCode, 0);
        const QString memberId = QString::number(added.json().object().value(QStringLiteral("id")).toInteger());
        const auto keyless = run({QStringLiteral("careteam"), QStringLiteral("add"), m_patient, QStringLiteral("--name"),
                                  QStringLiteral("Sam Keyless"), QStringLiteral("--json")});
        const QString keylessId = QString::number(keyless.json().object().value(QStringLiteral("id")).toInteger());

        const QString file = newFile();
        const auto created = run({QStringLiteral("share"), QStringLiteral("create"), m_patient, QStringLiteral("--entries"),
                                  m_entryIds.first(), QStringLiteral("--to-member"), memberId, QStringLiteral("-o"), file});
        QCOMPARE(created.exitCode, 0);
        QVERIFY(created.out.contains("Dr. Haddad (care team)"));
        QVERIFY(created.out.contains("not pinned"));
        QCOMPARE(run({QStringLiteral("share"), QStringLiteral("verify"), file, QStringLiteral("--identity"), m_provider}).exitCode, 0);
        QVERIFY(run({QStringLiteral("disclosures"), m_patient}).out.contains("Dr. Haddad (care team)"));

        expectFailures({
            {{QStringLiteral("share"), QStringLiteral("create"), m_patient, QStringLiteral("--entries"), m_entryIds.first(),
              QStringLiteral("--to-member"), keylessId, QStringLiteral("-o"), newFile()}, 2, "no age recipient"},
            {{QStringLiteral("share"), QStringLiteral("create"), m_patient, QStringLiteral("--entries"), m_entryIds.first(),
              QStringLiteral("--to-member"), QStringLiteral("999"), QStringLiteral("-o"), newFile()}, 1, "No care-team member with id 999"},
        });
    }

    void badInput()
    {
        const QString existing = createForProvider();
        const QString fresh = m_cli.path(QStringLiteral("fresh.carnet-share"));
        const QString share = QStringLiteral("share");
        const QString create = QStringLiteral("create");
        expectFailures({
            {{share, create, m_patient, QStringLiteral("--to"), m_providerRecipient, QStringLiteral("-o"), fresh}, 2, "choose what to share"},
            {{share, create, m_patient, QStringLiteral("--tag"), QStringLiteral("bp"), QStringLiteral("-o"), fresh}, 2, "choose who can open it"},
            {{share, create, m_patient, QStringLiteral("--tag"), QStringLiteral("bp"), QStringLiteral("--passphrase"),
              QStringLiteral("--to"), m_providerRecipient, QStringLiteral("-o"), fresh}, 2, "cannot be combined"},
            {{share, create, m_patient, QStringLiteral("--tag"), QStringLiteral("bp"), QStringLiteral("--to"), m_providerRecipient}, 2, "-o FILE is required"},
            {{share, create, m_patient, QStringLiteral("--tag"), QStringLiteral("bp"), QStringLiteral("--to"),
              QStringLiteral("age1notakey"), QStringLiteral("-o"), fresh}, 2, "not an age recipient"},
            {{share, create, m_patient, QStringLiteral("--entries"), QStringLiteral("one,two"), QStringLiteral("--to"),
              m_providerRecipient, QStringLiteral("-o"), fresh}, 2, "not a record id"},
            {{share, create, m_patient, QStringLiteral("--entries"), QStringLiteral("1"), QStringLiteral("--tag"), QStringLiteral("bp"),
              QStringLiteral("--to"), m_providerRecipient, QStringLiteral("-o"), fresh}, 2, "not both"},
            {{share, create, m_patient, QStringLiteral("--from"), QStringLiteral("2024-13-45"), QStringLiteral("--to"),
              m_providerRecipient, QStringLiteral("-o"), fresh}, 2, "is not a date"},
            {{share, create, m_patient, QStringLiteral("--tag"), QStringLiteral("bp"), QStringLiteral("--to"), m_providerRecipient,
              QStringLiteral("-o"), existing}, 2, "already exists"},
            {{share, create, m_patient, QStringLiteral("--entries"), QStringLiteral("999"), QStringLiteral("--to"),
              m_providerRecipient, QStringLiteral("-o"), fresh}, 1, "No journal entry with id 999"},
            {{share, create, m_patient, QStringLiteral("--tag"), QStringLiteral("no-such-tag"), QStringLiteral("--to"),
              m_providerRecipient, QStringLiteral("-o"), fresh}, 2, "Nothing to share"},
            {{share, QStringLiteral("open"), existing}, 2, "give either --identity VAULT or --passphrase"},
            {{share, QStringLiteral("open"), existing, QStringLiteral("--identity"), m_provider, QStringLiteral("--passphrase")}, 2,
             "give either"},
            {{share, QStringLiteral("open"), m_cli.path(QStringLiteral("missing.carnet-share")), QStringLiteral("--passphrase")}, 2,
             "is not a file"},
            {{share, QStringLiteral("verify"), existing, QStringLiteral("--identity"), m_provider, QStringLiteral("--signer-key"),
              QStringLiteral("RWnotakey")}, 2, "not a minisign public key"},
            {{share, QStringLiteral("open"), existing, QStringLiteral("--identity"), m_provider, QStringLiteral("--extract"),
              m_cli.root()}, 2, "needs a new folder"},
        });
        QVERIFY(!QFileInfo::exists(fresh));
    }

    void disclosuresOfAFreshVault()
    {
        const auto result = run({QStringLiteral("disclosures"), m_provider});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("Nothing has been shared"));
        QCOMPARE(run({QStringLiteral("disclosures"), m_provider, QStringLiteral("--json")}).json().array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliShare)
#include "TestCliShare.moc"
