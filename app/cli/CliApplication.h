#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace carnet::cli {

// Dispatches carnet-cli's arguments to a command and turns every error into one line on stderr and an exit code.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    int run(const QStringList& arguments, std::FILE* in = stdin, std::FILE* out = stdout, std::FILE* err = stderr);

private:
    QString usage() const;
    const CliCommand* find(const QStringList& arguments, int* consumed) const;

    CommandList m_commands;
};

} // namespace carnet::cli
