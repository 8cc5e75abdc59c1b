#pragma once

#include "SecretBytes.h"
#include "Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <stdexcept>

namespace carnet::cli {

// carnet-cli's exit codes, documented in --help.
enum ExitCode : int {
    ExitOk = 0,
    ExitError = 1,
    ExitUsage = 2,
    ExitWrongSecret = 3,
    ExitDamaged = 4,
    ExitInUse = 5,
};

// A command-line mistake: printed as one line and exits 2.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

// What a command gets: its arguments, output streams and the way secrets are read (terminal without echo, or stdin).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QString commandPath, QStringList arguments, std::FILE* in, std::FILE* out, std::FILE* err);

    const QString& commandPath() const { return m_commandPath; }
    const QStringList& arguments() const { return m_arguments; }

    // Parses arguments with the standard --help and --json; prints help and returns false when --help was given.
    bool parse(QCommandLineParser& parser, const QString& description, const QString& positionalSyntax,
               int minPositional, int maxPositional);
    bool json() const { return m_json; }

    QTextStream& out() { return m_out; }
    void printJson(const QJsonObject& object);
    void printJson(const QJsonArray& array);

    // One line per secret from stdin when it is not a terminal; otherwise a prompt without echo.
    SecretBytes readSecret(const QString& prompt);
    // On a terminal, asks twice and insists they match.
    SecretBytes readNewPassphrase(const QString& prompt);
    bool stdinIsTerminal() const;

    // Locks the vault (exit 5 if in use), reads the passphrase and unlocks it.
    std::unique_ptr<Vault> openVault(const QString& folder);

    // Shared parsers for option values; each throws UsageError naming the bad value.
    static std::int64_t parseId(const QString& text);
    // YYYY-MM-DD, or today / yesterday / tomorrow.
    static QDate parseDate(const QString& text);
    // YYYY-MM-DD[ HH:MM[:SS]] or with a T, in local time unless it ends in Z or an offset; also "now".
    static QDateTime parseDateTime(const QString& text);
    // The value of textOption, or the contents of the file named by fileOption ("-" for stdin); null if neither.
    QString textOrFile(const QCommandLineParser& parser, const QCommandLineOption& textOption,
                       const QCommandLineOption& fileOption);

private:
    QString m_commandPath;
    QStringList m_arguments;
    std::FILE* m_in;
    std::FILE* m_errFile;
    QTextStream m_out;
    bool m_json = false;
};

} // namespace carnet::cli
