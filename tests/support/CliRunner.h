#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace carnet::testsupport {

// Runs the built carnet-cli binary as a separate process, the way a user or a script would.
class CliRunner
{
public:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    CliRunner();

    // Path of the carnet-cli executable under test (from the CARNET_CLI environment variable).
    static QString program();
    // Environment for child processes: XDG folders inside this runner's temporary folder.
    QProcessEnvironment environment() const;

    // Runs to completion; stdinText is written then closed (one line per secret).
    Result run(const QStringList& arguments, const QByteArray& stdinText = {}, int timeoutMs = 60000) const;
    // Starts without waiting, for tests that need two processes at once.
    QProcess* start(const QStringList& arguments) const;

    const QString& root() const { return m_root; }
    QString path(const QString& name) const;

    // Creates a vault with the interactive KDF; returns its recovery code.
    QString initVault(const QString& folder, const QByteArray& passphrase) const;

private:
    QTemporaryDir m_dir;
    QString m_root;
};

} // namespace carnet::testsupport
