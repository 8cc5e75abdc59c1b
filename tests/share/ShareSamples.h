#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace carnet {
class Database;
}

namespace carnet::testsupport {

// A small, known set of records to share: a profile, journal entries (one with HTML-like text, one with
// identifiers to redact, one in another language), a medication, an insurance plan and an appointment.
struct ShareSamples
{
    static constexpr char PatientName[] = "Ana Lima";
    static constexpr char Phone[] = "555-867-5309";
    static constexpr char Email[] = "ana.lima@example.org";

    std::vector<std::int64_t> entryIds; // oldest first
    std::vector<QString> titles;
    std::vector<QString> bodies;
    std::int64_t medicationId = 0;
    std::int64_t insuranceId = 0;
    std::int64_t appointmentId = 0;

    static ShareSamples fill(Database& db);
    // One short entry and nothing else: the smallest package, for byte-flip loops.
    static std::int64_t addTinyEntry(Database& db);
};

} // namespace carnet::testsupport
