#include "CliContext.h"

#include "VaultError.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace carnet::cli {

CliContext::CliContext(QString commandPath, QStringList arguments, std::FILE* in, std::FILE* out, std::FILE* err)
    : m_commandPath(std::move(commandPath))
    , m_arguments(std::move(arguments))
    , m_in(in)
    , m_errFile(err)
    , m_out(out)
{
}

bool CliContext::parse(QCommandLineParser& parser, const QString& description, const QString& positionalSyntax,
                       int minPositional, int maxPositional)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print machine-readable JSON."));
    parser.addOption(helpOption);
    parser.addOption(jsonOption);
    if (!positionalSyntax.isEmpty())
        parser.addPositionalArgument(positionalSyntax, QString());
    if (!parser.parse(QStringList{m_commandPath} + m_arguments))
        throw UsageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        help.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: %1").arg(m_commandPath));
        m_out << help << tr("\nExit codes: 0 ok, 1 other error, 2 usage, 3 wrong passphrase or recovery code, "
                            "4 damaged or tampered data, 5 vault in use.\n");
        m_out.flush();
        return false;
    }
    m_json = parser.isSet(jsonOption);
    const int count = static_cast<int>(parser.positionalArguments().size());
    if (count < minPositional)
        throw UsageError(tr("missing argument %1").arg(positionalSyntax));
    if (maxPositional >= 0 && count > maxPositional)
        throw UsageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().value(maxPositional)));
    return true;
}

void CliContext::printJson(const QJsonObject& object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    m_out.flush();
}

void CliContext::printJson(const QJsonArray& array)
{
    m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    m_out.flush();
}

bool CliContext::stdinIsTerminal() const
{
#ifdef Q_OS_UNIX
    return ::isatty(::fileno(m_in)) == 1;
#else
    return false;
#endif
}

SecretBytes CliContext::readSecret(const QString& prompt)
{
    constexpr std::size_t MaxLength = 1024;
    SecretBytes buffer(MaxLength);
    const bool terminal = stdinIsTerminal();
#ifdef Q_OS_UNIX
    termios saved {};
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), m_errFile);
        std::fflush(m_errFile);
        ::tcgetattr(::fileno(m_in), &saved);
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(::fileno(m_in), TCSAFLUSH, &silent);
    }
#endif
    std::size_t length = 0;
    bool gotAny = false;
    for (;;) {
        const int c = std::fgetc(m_in);
        if (c == EOF)
            break;
        gotAny = true;
        if (c == '\n')
            break;
        if (length == MaxLength)
            continue; // over-long input is cut, not overflowed; the check below rejects it
        buffer.data()[length++] = static_cast<unsigned char>(c);
    }
#ifdef Q_OS_UNIX
    if (terminal) {
        ::tcsetattr(::fileno(m_in), TCSAFLUSH, &saved);
        std::fputc('\n', m_errFile);
    }
#endif
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    if (!gotAny)
        throw UsageError(tr("expected a secret on standard input, but it ended"));
    if (length >= MaxLength)
        throw UsageError(tr("the secret read is longer than %1 bytes").arg(MaxLength - 1));
    return SecretBytes::copyOf(buffer.data(), length);
}

SecretBytes CliContext::readNewPassphrase(const QString& prompt)
{
    SecretBytes first = readSecret(prompt);
    if (stdinIsTerminal()) {
        const SecretBytes second = readSecret(tr("Repeat it: "));
        if (!first.equals(second))
            throw UsageError(tr("the two passphrases differ"));
    }
    Vault::checkPassphraseAcceptable(first);
    return first;
}

std::unique_ptr<Vault> CliContext::openVault(const QString& folder)
{
    auto lock = Vault::acquireLock(folder);
    const SecretBytes passphrase = readSecret(tr("Passphrase for %1: ").arg(folder));
    return Vault::unlock(folder, passphrase, std::move(lock));
}

std::int64_t CliContext::parseId(const QString& text)
{
    bool ok = false;
    const qlonglong id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(tr("'%1' is not a record id (a positive number)").arg(text));
    return id;
}

QDate CliContext::parseDate(const QString& text)
{
    const QString lower = text.trimmed().toLower();
    const QDate today = QDate::currentDate();
    if (lower == QLatin1String("today"))
        return today;
    if (lower == QLatin1String("yesterday"))
        return today.addDays(-1);
    if (lower == QLatin1String("tomorrow"))
        return today.addDays(1);
    const QDate date = QDate::fromString(lower, Qt::ISODate);
    if (!date.isValid() || lower.size() != 10)
        throw UsageError(tr("'%1' is not a date; use YYYY-MM-DD").arg(text));
    return date;
}

QDateTime CliContext::parseDateTime(const QString& text)
{
    QString value = text.trimmed();
    if (value.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0)
        return QDateTime::currentDateTime();
    if (value.size() == 10 || value.compare(QLatin1String("today"), Qt::CaseInsensitive) == 0
        || value.compare(QLatin1String("yesterday"), Qt::CaseInsensitive) == 0
        || value.compare(QLatin1String("tomorrow"), Qt::CaseInsensitive) == 0)
        return QDateTime(parseDate(value), QTime(0, 0));
    value.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime parsed = QDateTime::fromString(value, Qt::ISODate);
    if (!parsed.isValid() || parsed.date().year() < 1800)
        throw UsageError(tr("'%1' is not a date and time; use YYYY-MM-DD HH:MM").arg(text));
    return parsed;
}

QString CliContext::textOrFile(const QCommandLineParser& parser, const QCommandLineOption& textOption,
                               const QCommandLineOption& fileOption)
{
    if (parser.isSet(textOption) && parser.isSet(fileOption))
        throw UsageError(tr("give either --%1 or --%2, not both").arg(textOption.names().constLast(),
                                                                       fileOption.names().constLast()));
    if (parser.isSet(textOption))
        return parser.value(textOption);
    if (!parser.isSet(fileOption))
        return {};
    const QString path = parser.value(fileOption);
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(m_in, QIODevice::ReadOnly))
            throw UsageError(tr("cannot read standard input"));
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            throw UsageError(tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        throw UsageError(tr("%1 is not UTF-8 text").arg(path));
    return text;
}

} // namespace carnet::cli
