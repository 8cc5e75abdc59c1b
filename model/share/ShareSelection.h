#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <vector>

namespace carnet {

// What the patient chose to share: journal entries (by id, or every entry with a tag and/or within dates) and,
// optionally, the medication list, the insurance plans and the appointments.
struct ShareSelection
{
    std::vector<std::int64_t> entryIds; // exactly these entries; then tag, from and to must be empty
    QString tag; // or every live entry with this tag ...
    QDateTime from; // ... and/or that occurred from (inclusive) ...
    QDateTime to; // ... to (inclusive)
    bool medications = false;
    bool insurance = false;
    bool appointments = false;

    bool selectsEntriesByFilter() const { return !tag.isEmpty() || from.isValid() || to.isValid(); }
};

} // namespace carnet
