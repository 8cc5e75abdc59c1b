#include "CliApplication.h"

#include "CliContext.h"
#include "CryptoError.h"
#include "RecordError.h"
#include "ShareError.h"
#include "StorageError.h"
#include "VaultError.h"

#include <QTextStream>

namespace carnet::cli {

namespace {

int exitCodeFor(VaultError::Kind kind)
{
    switch (kind) {
    case VaultError::Kind::WrongPassphrase:
    case VaultError::Kind::WrongRecoveryCode:
        return ExitWrongSecret;
    case VaultError::Kind::Damaged:
        return ExitDamaged;
    case VaultError::Kind::InUse:
        return ExitInUse;
    case VaultError::Kind::InvalidArgument:
        return ExitUsage;
    default:
        return ExitError;
    }
}

} // namespace

CliApplication::CliApplication()
{
    addVaultCommands(m_commands);
    addJournalCommands(m_commands);
    addMedicationCommands(m_commands);
    addCalendarCommands(m_commands);
    addInsuranceCommands(m_commands);
    addPeopleCommands(m_commands);
    addRecordCommands(m_commands);
    addShareCommands(m_commands);
}

QString CliApplication::usage() const
{
    QString text;
    QTextStream s(&text);
    s << tr("Usage: carnet-cli COMMAND [options] [arguments]\n\n"
            "Carnet keeps a personal health record in an encrypted vault on this machine.\n\n"
            "Commands:\n");
    for (const CliCommand& command : m_commands)
        s << "  " << command.name.leftJustified(26) << ' ' << command.summary << '\n';
    s << tr("\nRun 'carnet-cli COMMAND --help' for the options of a command.\n"
            "Secrets are prompted for without echo on a terminal; otherwise one line per secret is read from "
            "standard input.\n\n"
            "Exit codes:\n"
            "  0  success\n"
            "  1  other error (I/O, disk full, ...)\n"
            "  2  usage error (unknown command or option, bad value)\n"
            "  3  wrong passphrase or recovery code\n"
            "  4  damaged or tampered data\n"
            "  5  vault in use by another process\n");
    return text;
}

const CliCommand* CliApplication::find(const QStringList& arguments, int* consumed) const
{
    // Longest match first, so "journal add" wins over a hypothetical "journal".
    const CliCommand* best = nullptr;
    int bestWords = 0;
    for (const CliCommand& command : m_commands) {
        const QStringList words = command.name.split(QLatin1Char(' '));
        if (words.size() > arguments.size() || words.size() <= bestWords)
            continue;
        if (arguments.mid(0, words.size()) == words) {
            best = &command;
            bestWords = static_cast<int>(words.size());
        }
    }
    *consumed = bestWords;
    return best;
}

int CliApplication::run(const QStringList& arguments, std::FILE* in, std::FILE* out, std::FILE* err)
{
    QTextStream errStream(err);
    QTextStream outStream(out);
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        errStream << usage();
        return ExitUsage;
    }
    if (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        outStream << usage();
        return ExitOk;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        outStream << "carnet-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    int consumed = 0;
    const CliCommand* command = find(args, &consumed);
    if (!command) {
        errStream << tr("carnet-cli: unknown command '%1'; run 'carnet-cli --help' for the list.").arg(args.first())
                  << '\n';
        return ExitUsage;
    }
    const QString path = QStringLiteral("carnet-cli ") + command->name;
    CliContext context(path, args.mid(consumed), in, out, err);
    try {
        const int code = command->run(context);
        context.out().flush();
        return code;
    } catch (const UsageError& error) {
        context.out().flush();
        errStream << path << ": " << error.message() << tr(" (see '%1 --help')").arg(path) << '\n';
        return ExitUsage;
    } catch (const RecordError& error) {
        context.out().flush();
        errStream << path << ": " << error.message() << '\n';
        return error.kind() == RecordError::Kind::Invalid ? ExitUsage : ExitError;
    } catch (const VaultError& error) {
        context.out().flush();
        errStream << path << ": " << error.message() << '\n';
        return exitCodeFor(error.kind());
    } catch (const StorageError& error) {
        context.out().flush();
        if (error.isDiskFull())
            errStream << path << ": " << tr("the disk is full; nothing was changed") << '\n';
        else
            errStream << path << ": " << QString::fromStdString(error.what()) << '\n';
        return error.isNotADatabase() ? ExitDamaged : ExitError;
    } catch (const ShareError& error) {
        context.out().flush();
        errStream << path << ": " << error.message() << '\n';
        switch (error.kind()) {
        case ShareError::Kind::WrongSecret:
            return ExitWrongSecret;
        case ShareError::Kind::Invalid:
            return ExitUsage;
        case ShareError::Kind::Io:
            return ExitError;
        default: // damaged, tampered with, unsafe, too large, unknown version, bad signature
            return ExitDamaged;
        }
    } catch (const CryptoError& error) {
        context.out().flush();
        errStream << path << ": " << QString::fromStdString(error.what()) << '\n';
        return ExitError;
    } catch (const std::bad_alloc&) {
        errStream << path << ": " << tr("out of memory") << '\n';
        return ExitError;
    }
}

} // namespace carnet::cli
