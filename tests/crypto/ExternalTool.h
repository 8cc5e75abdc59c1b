#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace carnet::testsupport {

// Runs a real command-line tool (age, minisign) for interoperability tests.
class ExternalTool
{
public:
    struct Result
    {
        bool started = false;
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // Full path of `name` on PATH, or empty.
    static QString find(const QString& name);
    static Result run(const QString& program, const QStringList& arguments, const QByteArray& input = QByteArray(),
                      int timeoutMillis = 30000);
    // Runs `arguments` under script(1), which gives it a pseudo-terminal: age reads passphrases from /dev/tty only.
    // `terminalInput` is typed into that terminal. Works without any terminal of our own (CI).
    static Result runWithTerminal(const QStringList& arguments, const QByteArray& terminalInput,
                                  int timeoutMillis = 30000);
};

} // namespace carnet::testsupport
