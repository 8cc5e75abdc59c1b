#pragma once

#include "Appointment.h"
#include "IdentifierScanner.h"
#include "InsurancePlan.h"
#include "Medication.h"
#include "Profile.h"
#include "ShareSelection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace carnet {

class Database;

// Exactly what a share will carry, read from the vault before anything is written: the preview shows it, the
// identifier scan looks at it, redaction edits it (never the vault), and the package is built from it.
struct ShareContent
{
    Q_DECLARE_TR_FUNCTIONS(ShareContent)

public:
    struct Entry
    {
        std::int64_t id = 0;
        QString uuid;
        QDateTime occurredAt; // UTC
        QString title;
        QString body; // Markdown
        QStringList tags;
    };

    template <typename Record>
    struct Item
    {
        QString uuid;
        Record record;
    };

    enum class Field { Title, Body };

    // An identifier found in a journal entry's title or body, for the preview to show and redact() to remove.
    struct Finding
    {
        std::size_t entryIndex = 0;
        Field field = Field::Body;
        IdentifierScanner::Match match;
    };

    // Reads the selection from the vault: entries oldest first, medications current then past, insurance plans and
    // appointments (oldest first) when chosen. Throws RecordError(NotFound) for an unknown or deleted entry id, and
    // ShareError(Invalid) for a selection that mixes ids with a filter or selects nothing at all.
    static ShareContent collect(Database& db, const ShareSelection& selection);
    // A scanner that also knows the names this vault holds: the patient's, emergency contacts', care team's.
    static IdentifierScanner scannerFor(Database& db);

    std::vector<Finding> findIdentifiers(const IdentifierScanner& scanner) const;
    // Replaces each finding with a visible placeholder ("[phone number removed]"); findings must come from
    // findIdentifiers() on this content, unchanged since.
    void redact(const std::vector<Finding>& findings);

    // Shared records: entries, medications, insurance plans and appointments (not the patient, nor the
    // bundle's own Composition and Provenance).
    int itemCount() const;
    // For the disclosure log: {"journal": [ids], "medications": bool, "insurance": bool, "appointments": bool}.
    QJsonObject disclosureItems() const;

    QString patientUuid;
    Profile profile;
    std::vector<Entry> entries;
    bool includesMedications = false;
    std::vector<Item<Medication>> medications;
    bool includesInsurance = false;
    std::vector<Item<InsurancePlan>> insurancePlans;
    bool includesAppointments = false;
    std::vector<Item<Appointment>> appointments;
};

} // namespace carnet
