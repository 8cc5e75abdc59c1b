#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using carnet::testsupport::CliRunner;
namespace ts = carnet::testsupport;

namespace {

const QByteArray Passphrase = "a long enough passphrase";

} // namespace

class TestCliVault : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp()
    {
        CliRunner cli;
        auto version = cli.run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("carnet-cli "));
        auto help = cli.run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* word : {"init", "info", "passwd", "recover", "audit", "Exit codes", "vault in use"})
            QVERIFY2(help.out.contains(word), word);
        for (const char* command : {"init", "info", "passwd", "recover", "audit", "rotate-key"}) {
            auto sub = cli.run({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(sub.exitCode, 0);
            QVERIFY(sub.out.contains("Usage: carnet-cli"));
            QVERIFY(sub.out.contains("Exit codes"));
        }
    }

    void usageErrorsExit2()
    {
        CliRunner cli;
        QCOMPARE(cli.run({}).exitCode, 2);
        auto unknown = cli.run({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.err.count('\n'), 1);
        QCOMPARE(cli.run({QStringLiteral("info")}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("info"), QStringLiteral("a"), QStringLiteral("b")}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("init"), cli.path(QStringLiteral("v")), QStringLiteral("--kdf"),
                          QStringLiteral("weak")}, Passphrase + '\n').exitCode,
                 2);
        auto shortPass = cli.run({QStringLiteral("init"), cli.path(QStringLiteral("v")), QStringLiteral("--kdf"),
                                  QStringLiteral("interactive")},
                                 "short\n");
        QCOMPARE(shortPass.exitCode, 2);
        QVERIFY(shortPass.err.contains("at least"));
        QVERIFY(!QFile::exists(cli.path(QStringLiteral("v/keyring"))));
    }

    void initAndInfo()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        auto init = cli.run({QStringLiteral("init"), vault, QStringLiteral("--kdf"), QStringLiteral("interactive"),
                             QStringLiteral("--json")},
                            Passphrase + '\n');
        QCOMPARE(init.exitCode, 0);
        const QJsonObject created = init.json().object();
        QCOMPARE(created.value(QStringLiteral("recovery_code")).toString().size(), 39);
        QCOMPARE(created.value(QStringLiteral("vault_id")).toString().size(), 32);

        auto info = cli.run({QStringLiteral("info"), vault, QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject json = info.json().object();
        QCOMPARE(json.value(QStringLiteral("vault_id")), created.value(QStringLiteral("vault_id")));
        QCOMPARE(json.value(QStringLiteral("format_version")).toInt(), 1);
        QVERIFY(!json.value(QStringLiteral("sqlcipher_version")).toString().isEmpty());
        const QJsonObject kdf = json.value(QStringLiteral("kdf")).toObject();
        QCOMPARE(kdf.value(QStringLiteral("algorithm")).toString(), QStringLiteral("argon2id"));
        QCOMPARE(kdf.value(QStringLiteral("profile")).toString(), QStringLiteral("interactive"));
        QCOMPARE(kdf.value(QStringLiteral("mem_limit_bytes")).toInteger(), 64 * 1024 * 1024);

        auto text = cli.run({QStringLiteral("info"), vault});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Argon2id"));

        const QByteArray head = ts::readFile(QDir(vault).filePath(QStringLiteral("records.db"))).left(16);
        QCOMPARE(head.size(), 16);
        QVERIFY(head != QByteArray("SQLite format 3\0", 16));

        auto again = cli.run({QStringLiteral("init"), vault, QStringLiteral("--kdf"), QStringLiteral("interactive")},
                             Passphrase + '\n');
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already"));
    }

    void initPrintsTheRecoveryCodeOnce()
    {
        CliRunner cli;
        auto init = cli.run({QStringLiteral("init"), cli.path(QStringLiteral("vault")), QStringLiteral("--kdf"),
                             QStringLiteral("interactive")},
                            Passphrase + '\n');
        QCOMPARE(init.exitCode, 0);
        QVERIFY(QRegularExpression(QStringLiteral("([A-Z2-7]{4}-){7}[A-Z2-7]{4}")).match(QString::fromUtf8(init.out)).hasMatch());
    }

    void wrongPassphraseExits3AndChangesNothing()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        cli.initVault(vault, Passphrase);
        const auto before = ts::fileDigests(vault);
        auto wrong = cli.run({QStringLiteral("audit"), vault}, "not the passphrase\n");
        QCOMPARE(wrong.exitCode, 3);
        QCOMPARE(wrong.err.count('\n'), 1);
        QVERIFY(wrong.err.contains("Wrong passphrase"));
        QCOMPARE(ts::fileDigests(vault), before);
        auto right = cli.run({QStringLiteral("audit"), vault, QStringLiteral("--json")}, Passphrase + '\n');
        QCOMPARE(right.exitCode, 0);
        QStringList events;
        for (const auto& value : right.json().array())
            events << value.toObject().value(QStringLiteral("event")).toString();
        QVERIFY(events.contains(QStringLiteral("unlock_failed")));
        QCOMPARE(events.first(), QStringLiteral("vault_created"));
    }

    void passwdKeepsRecordsByteIdentical()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        cli.initVault(vault, Passphrase);
        const QString records = QDir(vault).filePath(QStringLiteral("records.db"));
        const QByteArray before = ts::readFile(records);
        auto bad = cli.run({QStringLiteral("passwd"), vault}, "wrong old passphrase\nnew passphrase here\n");
        QCOMPARE(bad.exitCode, 3);
        auto ok = cli.run({QStringLiteral("passwd"), vault}, Passphrase + "\nnew passphrase here\n");
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ts::readFile(records), before);
        QCOMPARE(cli.run({QStringLiteral("audit"), vault}, Passphrase + '\n').exitCode, 3);
        auto audit = cli.run({QStringLiteral("audit"), vault}, "new passphrase here\n");
        QCOMPARE(audit.exitCode, 0);
        QVERIFY(audit.out.contains("Passphrase changed"));
    }

    void recoveryCodeOpensOnceAndForcesANewPassphrase()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        const QString code = cli.initVault(vault, Passphrase);
        QVERIFY(!code.isEmpty());
        QCOMPARE(cli.run({QStringLiteral("recover"), vault, QStringLiteral("--kdf"), QStringLiteral("interactive")},
                         "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH\nnew passphrase here\n")
                     .exitCode,
                 3);
        QCOMPARE(cli.run({QStringLiteral("recover"), vault, QStringLiteral("--kdf"), QStringLiteral("interactive")},
                         "garbage\nnew passphrase here\n")
                     .exitCode,
                 3);
        auto recovered = cli.run({QStringLiteral("recover"), vault, QStringLiteral("--kdf"), QStringLiteral("interactive"),
                                  QStringLiteral("--json")},
                                 code.toUtf8() + "\nnew passphrase here\n");
        QCOMPARE(recovered.exitCode, 0);
        const QString newCode = recovered.json().object().value(QStringLiteral("recovery_code")).toString();
        QCOMPARE(newCode.size(), 39);
        QVERIFY(newCode != code);
        // A new passphrase is required: the recovery fails without one, and the vault is unchanged.
        QCOMPARE(cli.run({QStringLiteral("recover"), vault}, newCode.toUtf8() + "\n").exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("audit"), vault}, Passphrase + '\n').exitCode, 3);
        QCOMPARE(cli.run({QStringLiteral("audit"), vault}, "new passphrase here\n").exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("recover"), vault, QStringLiteral("--kdf"), QStringLiteral("interactive")},
                         code.toUtf8() + "\nanother passphrase\n")
                     .exitCode,
                 3);
    }

    void flippedKeyringByteExits4()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        cli.initVault(vault, Passphrase);
        const QString keyring = QDir(vault).filePath(QStringLiteral("keyring"));
        const QByteArray original = ts::readFile(keyring);
        for (int offset : {0, 9, 20, 45, 60, 100, int(original.size()) - 1}) {
            QByteArray damaged = original;
            damaged[offset] = static_cast<char>(damaged[offset] ^ 0x40);
            QFile file(keyring);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(damaged);
            file.close();
            auto info = cli.run({QStringLiteral("info"), vault});
            QCOMPARE(info.exitCode, 4);
            auto audit = cli.run({QStringLiteral("audit"), vault}, Passphrase + '\n');
            QCOMPARE(audit.exitCode, 4);
            QVERIFY(audit.err.contains("damaged") || audit.err.contains("truncated") || audit.err.contains("not a Carnet"));
        }
    }

    void emptyOrMissingRecordsExits4()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        cli.initVault(vault, Passphrase);
        const QString records = QDir(vault).filePath(QStringLiteral("records.db"));
        QVERIFY(QFile::remove(records));
        QCOMPARE(cli.run({QStringLiteral("audit"), vault}, Passphrase + '\n').exitCode, 4);
        QFile empty(records);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QCOMPARE(cli.run({QStringLiteral("audit"), vault}, Passphrase + '\n').exitCode, 4);
    }

    void secondProcessGetsVaultInUse()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        cli.initVault(vault, Passphrase);
        // The first process takes the lock, then waits for its passphrase on stdin.
        std::unique_ptr<QProcess> holder(cli.start({QStringLiteral("audit"), vault}));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QDir(vault).filePath(QStringLiteral("vault.lock"))), 10000);
        auto second = cli.run({QStringLiteral("audit"), vault}, Passphrase + '\n');
        QCOMPARE(second.exitCode, 5);
        QVERIFY(second.err.contains("in use"));
        QCOMPARE(second.err.count('\n'), 1);
        holder->write(Passphrase + '\n');
        holder->closeWriteChannel();
        QVERIFY(holder->waitForFinished(30000));
        QCOMPARE(holder->exitCode(), 0);
        QCOMPARE(cli.run({QStringLiteral("audit"), vault}, Passphrase + '\n').exitCode, 0);
    }

    void auditVerify()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        cli.initVault(vault, Passphrase);
        auto verify = cli.run({QStringLiteral("audit"), vault, QStringLiteral("--verify"), QStringLiteral("--json")},
                              Passphrase + '\n');
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(verify.json().object().value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(verify.json().object().value(QStringLiteral("entries_checked")).toInt() >= 2);
    }

    void rotateKey()
    {
        CliRunner cli;
        const QString vault = cli.path(QStringLiteral("vault"));
        const QString code = cli.initVault(vault, Passphrase);
        auto rotated = cli.run({QStringLiteral("rotate-key"), vault, QStringLiteral("--json")}, Passphrase + '\n');
        QCOMPARE(rotated.exitCode, 0);
        const QString newCode = rotated.json().object().value(QStringLiteral("recovery_code")).toString();
        QVERIFY(newCode.size() == 39 && newCode != code);
        auto audit = cli.run({QStringLiteral("audit"), vault, QStringLiteral("--verify")}, Passphrase + '\n');
        QCOMPARE(audit.exitCode, 0);
    }

    void notAVault()
    {
        CliRunner cli;
        auto result = cli.run({QStringLiteral("info"), cli.root()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("not a Carnet vault"));
        QCOMPARE(cli.run({QStringLiteral("audit"), cli.path(QStringLiteral("missing"))}, Passphrase + '\n').exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliVault)
#include "TestCliVault.moc"
