#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

namespace carnet::cli {

class CliContext;

// Translation for the command files: lupdate files every tr() in namespace carnet::cli under this context.
inline QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("carnet::cli", text, disambiguation, n);
}

// One carnet-cli command ("init", "journal add", ...): its name, one-line summary and what it runs.
struct CliCommand
{
    QString name;
    QString summary;
    std::function<int(CliContext&)> run;
};

using CommandList = std::vector<CliCommand>;

// Each group of commands lives in its own file and adds itself here.
void addVaultCommands(CommandList& commands);      // init, info, passwd, recover, rotate-key, audit
void addJournalCommands(CommandList& commands);    // journal add|list|show|edit|delete|restore|search|attachment-export
void addMedicationCommands(CommandList& commands); // med add|list|show|edit|stop|take|skip|due|adherence|delete
void addCalendarCommands(CommandList& commands);   // appt add|list|upcoming|show|edit|delete|restore
void addInsuranceCommands(CommandList& commands);  // insurance add|list|show|edit|delete
void addPeopleCommands(CommandList& commands);     // profile, allergy, condition, careteam
void addRecordCommands(CommandList& commands);     // timeline, history
void addShareCommands(CommandList& commands);      // identity show, share create|open|verify, disclosures

} // namespace carnet::cli
