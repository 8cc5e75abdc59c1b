#include "CliRunner.h"

#include <QDir>
#include <QJsonObject>
#include <QTest>

namespace carnet::testsupport {

CliRunner::CliRunner()
{
    m_root = m_dir.path();
}

QString CliRunner::program()
{
    return qEnvironmentVariable("CARNET_CLI");
}

QString CliRunner::path(const QString& name) const
{
    return QDir(m_root).filePath(name);
}

QProcessEnvironment CliRunner::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("TMPDIR"), path(QStringLiteral("tmp")));
    QDir().mkpath(path(QStringLiteral("tmp")));
    return env;
}

CliRunner::Result CliRunner::run(const QStringList& arguments, const QByteArray& stdinText, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(program(), arguments);
    Result result;
    if (!process.waitForStarted(10000)) {
        result.err = "cannot start " + program().toUtf8();
        return result;
    }
    process.write(stdinText);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QProcess* CliRunner::start(const QStringList& arguments) const
{
    auto* process = new QProcess;
    process->setProcessEnvironment(environment());
    process->start(program(), arguments);
    process->waitForStarted(10000);
    return process;
}

QString CliRunner::initVault(const QString& folder, const QByteArray& passphrase) const
{
    const Result result =
        run({QStringLiteral("init"), folder, QStringLiteral("--kdf"), QStringLiteral("interactive"), QStringLiteral("--json")},
            passphrase + '\n');
    if (result.exitCode != 0)
        qWarning("carnet-cli init failed (%d): %s", result.exitCode, result.err.constData());
    return result.json().object().value(QStringLiteral("recovery_code")).toString();
}

} // namespace carnet::testsupport
