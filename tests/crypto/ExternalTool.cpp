#include "ExternalTool.h"

#include <QProcess>
#include <QStandardPaths>

namespace carnet::testsupport {

namespace {

QString shellQuoted(const QString& argument)
{
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QString ExternalTool::find(const QString& name)
{
    return QStandardPaths::findExecutable(name);
}

ExternalTool::Result ExternalTool::run(const QString& program, const QStringList& arguments, const QByteArray& input,
                                       int timeoutMillis)
{
    Result result;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMillis)) {
        return result;
    }
    result.started = true;
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMillis)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ExternalTool::Result ExternalTool::runWithTerminal(const QStringList& arguments, const QByteArray& terminalInput,
                                                   int timeoutMillis)
{
    QStringList quoted;
    for (const QString& argument : arguments) {
        quoted << shellQuoted(argument);
    }
    // -q: no banner; -e: exit with the command's status; -c: the command; /dev/null: no typescript file.
    return run(find(QStringLiteral("script")),
               {QStringLiteral("-qec"), quoted.join(QLatin1Char(' ')), QStringLiteral("/dev/null")}, terminalInput,
               timeoutMillis);
}

} // namespace carnet::testsupport
