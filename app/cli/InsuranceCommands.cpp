#include "CliCommand.h"

#include <QtGlobal>

namespace carnet::cli {

void addInsuranceCommands(CommandList& commands)
{
    Q_UNUSED(commands) // placeholder until these commands are written
}

} // namespace carnet::cli
