// carnet-cli commands that create, inspect and re-key a vault: init, info, passwd, recover, rotate-key, audit.
#include "CliCommand.h"

#include <QtGlobal>
#include "CliContext.h"
#include "Clock.h"
#include "DemoVault.h"
#include "Database.h"
#include "PassphraseKdf.h"
#include "Vault.h"
#include "VaultError.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace carnet::cli {

namespace {

QString profileNameOf(const KdfParams& kdf)
{
    for (auto profile : {PassphraseKdf::Profile::Interactive, PassphraseKdf::Profile::Moderate,
                         PassphraseKdf::Profile::Sensitive}) {
        if (PassphraseKdf::profile(profile) == kdf)
            return PassphraseKdf::profileName(profile);
    }
    return QStringLiteral("custom");
}

QJsonObject kdfJson(const KdfParams& kdf)
{
    return {
        {QStringLiteral("algorithm"), QStringLiteral("argon2id")},
        {QStringLiteral("ops_limit"), static_cast<qint64>(kdf.opsLimit)},
        {QStringLiteral("mem_limit_bytes"), static_cast<qint64>(kdf.memLimitBytes)},
        {QStringLiteral("profile"), profileNameOf(kdf)},
    };
}

QCommandLineOption kdfOption()
{
    return QCommandLineOption(QStringLiteral("kdf"),
                              tr("Key-derivation strength: interactive, moderate (default) or sensitive."),
                              QStringLiteral("profile"), QStringLiteral("moderate"));
}

// Moderate and sensitive are raised to take about a second here; interactive stays at Carnet's floor.
KdfParams kdfFromOption(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    const QString name = parser.value(option);
    const auto profile = PassphraseKdf::profileFromName(name);
    if (!profile)
        throw UsageError(tr("unknown --kdf profile '%1' (use interactive, moderate or sensitive)").arg(name));
    const KdfParams params = PassphraseKdf::profile(*profile);
    if (*profile == PassphraseKdf::Profile::Interactive)
        return params;
    return PassphraseKdf::calibrate(params, 1000);
}

void printRecoveryCode(CliContext& ctx, const QString& code, const QString& heading)
{
    ctx.out() << heading << "\n\n    " << code << "\n\n"
              << tr("Write it down and keep it apart from this computer. It is shown only now; it opens the vault "
                    "if the passphrase is lost.\n");
}

int runInit(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption kdf = kdfOption();
    parser.addOption(kdf);
    if (!ctx.parse(parser, tr("Create a new, empty vault in the folder VAULT (created if missing, must be empty)."),
                   QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    const QString folder = parser.positionalArguments().first();
    if (Vault::exists(folder))
        throw VaultError(VaultError::Kind::AlreadyExists, tr("%1 already holds a Carnet vault.").arg(folder));
    const KdfParams params = kdfFromOption(parser, kdf);
    const SecretBytes passphrase = ctx.readNewPassphrase(tr("New passphrase: "));
    Vault::Created created = Vault::create(folder, passphrase, params);
    const Vault::Info info = created.vault->info();
    created.vault->lock();
    if (ctx.json()) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("path"), QDir(folder).absolutePath()},
            {QStringLiteral("vault_id"), QString::fromLatin1(info.vaultId.toHex())},
            {QStringLiteral("recovery_code"), created.recoveryCode},
            {QStringLiteral("kdf"), kdfJson(info.kdf)},
        });
    } else {
        ctx.out() << tr("Created the vault %1.\n\n").arg(QDir::toNativeSeparators(QDir(folder).absolutePath()));
        printRecoveryCode(ctx, created.recoveryCode, tr("Recovery code:"));
    }
    return ExitOk;
}

int runInfo(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, tr("Show a vault's format and key-derivation settings without unlocking it."),
                   QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    const QString folder = parser.positionalArguments().first();
    const Vault::Info info = Vault::inspect(folder);
    const QString cipherVersion = Database::libraryCipherVersion();
    if (ctx.json()) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("path"), QDir(folder).absolutePath()},
            {QStringLiteral("vault_id"), QString::fromLatin1(info.vaultId.toHex())},
            {QStringLiteral("format_version"), info.formatVersion},
            {QStringLiteral("created"), info.created.toString(Qt::ISODate)},
            {QStringLiteral("sqlcipher_version"), cipherVersion},
            {QStringLiteral("sqlite_version"), Database::librarySqliteVersion()},
            {QStringLiteral("cipher_page_size"), info.cipher.pageSize},
            {QStringLiteral("cipher_compatibility"), info.cipher.compatibility},
            {QStringLiteral("kdf"), kdfJson(info.kdf)},
            {QStringLiteral("has_recovery_code"), info.hasRecoveryCode},
        });
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    out << tr("Vault:            %1\n").arg(QDir::toNativeSeparators(QDir(folder).absolutePath()));
    out << tr("Vault id:         %1\n").arg(QString::fromLatin1(info.vaultId.toHex()));
    out << tr("Keyring format:   %1\n").arg(info.formatVersion);
    out << tr("Created:          %1\n").arg(info.created.toString(Qt::ISODate));
    out << tr("Encryption:       SQLCipher %1 (SQLite %2), %3-byte pages\n")
               .arg(cipherVersion, Database::librarySqliteVersion())
               .arg(info.cipher.pageSize);
    out << tr("Key derivation:   Argon2id, %1 passes, %2 MiB (%3)\n")
               .arg(info.kdf.opsLimit)
               .arg(info.kdf.memLimitBytes / (1024 * 1024))
               .arg(profileNameOf(info.kdf));
    out << tr("Recovery code:    %1\n").arg(info.hasRecoveryCode ? tr("set") : tr("none"));
    return ExitOk;
}

int runPasswd(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption kdf(QStringLiteral("kdf"),
                                 tr("Also change the key-derivation strength: interactive, moderate or sensitive."),
                                 QStringLiteral("profile"));
    parser.addOption(kdf);
    if (!ctx.parse(parser,
                   tr("Change the vault's passphrase. Reads the current passphrase, then the new one. "
                      "Only the keyring changes; records.db is not rewritten."),
                   QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    const QString folder = parser.positionalArguments().first();
    std::optional<KdfParams> params;
    if (parser.isSet(kdf))
        params = kdfFromOption(parser, kdf);
    auto lock = Vault::acquireLock(folder);
    const SecretBytes current = ctx.readSecret(tr("Current passphrase: "));
    const SecretBytes next = ctx.readNewPassphrase(tr("New passphrase: "));
    Vault::rewrapPassphrase(folder, current, next, params, std::move(lock));
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("changed"), true}});
    else
        ctx.out() << tr("The passphrase was changed.\n");
    return ExitOk;
}

int runRecover(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption kdf = kdfOption();
    parser.addOption(kdf);
    if (!ctx.parse(parser,
                   tr("Open the vault with its recovery code and set a new passphrase. Reads the recovery code, then "
                      "the new passphrase. The used code stops working and a new one is printed."),
                   QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    const QString folder = parser.positionalArguments().first();
    const KdfParams params = kdfFromOption(parser, kdf);
    auto lock = Vault::acquireLock(folder);
    const SecretBytes code = ctx.readSecret(tr("Recovery code: "));
    auto vault = Vault::unlockWithRecoveryCode(folder, QString::fromUtf8(code.chars(), static_cast<int>(code.size())),
                                               std::move(lock));
    const SecretBytes next = ctx.readNewPassphrase(tr("New passphrase: "));
    const QString newCode = vault->completeRecovery(next, params);
    vault->lock();
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("recovered"), true}, {QStringLiteral("recovery_code"), newCode}});
    } else {
        ctx.out() << tr("The vault has a new passphrase.\n\n");
        printRecoveryCode(ctx, newCode, tr("The old recovery code no longer works. New recovery code:"));
    }
    return ExitOk;
}

int runRotateKey(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser,
                   tr("Re-encrypt records.db under a new random data key, e.g. after a copy of the vault and its "
                      "passphrase may have leaked. Prints a new recovery code; the old one stops working."),
                   QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    const QString folder = parser.positionalArguments().first();
    auto lock = Vault::acquireLock(folder);
    const SecretBytes passphrase = ctx.readSecret(tr("Passphrase: "));
    auto vault = Vault::unlock(folder, passphrase, std::move(lock));
    const QString code = vault->rotateDataKey(passphrase);
    vault->lock();
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("rotated"), true}, {QStringLiteral("recovery_code"), code}});
    } else {
        ctx.out() << tr("records.db now uses a new data key.\n\n");
        printRecoveryCode(ctx, code, tr("The old recovery code no longer works. New recovery code:"));
    }
    return ExitOk;
}

int runAudit(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption verify(QStringLiteral("verify"),
                                    tr("Check the hash chain; exit 4 if an entry was altered or removed."));
    parser.addOption(verify);
    if (!ctx.parse(parser, tr("List the vault's audit log of security events."), QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    auto vault = ctx.openVault(parser.positionalArguments().first());
    AuditLog& log = vault->auditLog();
    if (parser.isSet(verify)) {
        const AuditLog::Verification result = log.verify();
        if (ctx.json()) {
            ctx.printJson(QJsonObject{
                {QStringLiteral("ok"), result.ok},
                {QStringLiteral("entries_checked"), static_cast<qint64>(result.rowsChecked)},
                {QStringLiteral("first_bad_entry"), static_cast<qint64>(result.firstBadSeq)},
                {QStringLiteral("problem"), result.problem},
            });
        }
        if (!result.ok) {
            throw VaultError(VaultError::Kind::Damaged, tr("the audit log does not verify: %1").arg(result.problem));
        }
        if (!ctx.json())
            ctx.out() << tr("The audit log verifies: %1 entries, chain intact.\n").arg(result.rowsChecked);
        return ExitOk;
    }
    const auto entries = log.entries();
    if (ctx.json()) {
        QJsonArray array;
        for (const auto& entry : entries) {
            array.append(QJsonObject{
                {QStringLiteral("seq"), static_cast<qint64>(entry.seq)},
                {QStringLiteral("at"), entry.at.toString(Qt::ISODateWithMs)},
                {QStringLiteral("event"), entry.event},
                {QStringLiteral("detail"), entry.detail},
            });
        }
        ctx.printJson(array);
        return ExitOk;
    }
    for (const auto& entry : entries) {
        ctx.out() << QString::number(entry.seq).rightJustified(5) << "  " << entry.at.toLocalTime().toString(Qt::ISODate)
                  << "  " << AuditLog::describe(entry.event);
        if (!entry.detail.isEmpty())
            ctx.out() << " (" << entry.detail << ')';
        ctx.out() << '\n';
    }
    return ExitOk;
}

int runDemo(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser,
                   tr("Create a vault in FOLDER filled with a synthetic patient's year (journal, medications and "
                      "doses, appointments, insurance, care team), to try Carnet without real data. Its passphrase "
                      "is \"%1\".")
                       .arg(QString::fromLatin1(DemoVault::Passphrase)),
                   QStringLiteral("FOLDER"), 1, 1))
        return ExitOk;
    const QString folder = parser.positionalArguments().first();
    auto vault = DemoVault::create(folder, Clock::system());
    const QString path = QDir(folder).absolutePath();
    vault->lock();
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("path"), path},
                                  {QStringLiteral("passphrase"), QString::fromLatin1(DemoVault::Passphrase)}});
        return ExitOk;
    }
    ctx.out() << tr("Demo vault created in %1; its passphrase is \"%2\".\n")
                     .arg(QDir::toNativeSeparators(path), QString::fromLatin1(DemoVault::Passphrase));
    return ExitOk;
}

} // namespace

void addVaultCommands(CommandList& commands)
{
    commands.push_back({QStringLiteral("init"), tr("Create a new encrypted vault"), runInit});
    commands.push_back({QStringLiteral("info"), tr("Show a vault's format and settings (no passphrase needed)"), runInfo});
    commands.push_back({QStringLiteral("passwd"), tr("Change the vault's passphrase"), runPasswd});
    commands.push_back({QStringLiteral("recover"), tr("Set a new passphrase using the recovery code"), runRecover});
    commands.push_back({QStringLiteral("rotate-key"), tr("Re-encrypt the vault under a new data key"), runRotateKey});
    commands.push_back({QStringLiteral("audit"), tr("List or verify the audit log"), runAudit});
    commands.push_back({QStringLiteral("demo"), tr("Create a demo vault of a synthetic patient"), runDemo});
}

} // namespace carnet::cli
