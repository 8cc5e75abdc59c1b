#include "CliCommand.h"

#include <QtGlobal>

namespace carnet::cli {

void addMedicationCommands(CommandList& commands)
{
    Q_UNUSED(commands) // placeholder until these commands are written
}

} // namespace carnet::cli
