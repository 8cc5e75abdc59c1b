#pragma once

#include "ShareContent.h"
#include "ShareManifest.h"
#include "ShareView.h"

#include <QByteArray>
#include <QCoreApplication>

namespace carnet {

// bundle.json: a share's records as a FHIR R4 Bundle of type "document". Composition first (one section per kind
// of record), then Patient, one DocumentReference per journal entry (the Markdown body as a base64 text/markdown
// attachment), MedicationStatement, Coverage and Appointment resources when chosen, and a Provenance naming the
// vault key fingerprint that signed the package. Resource ids are the records' UUIDs; references are urn:uuid.
class FhirShareBundle
{
    Q_DECLARE_TR_FUNCTIONS(FhirShareBundle)

public:
    // LOINC codes of the Composition and its sections, which readers use to tell the sections apart.
    static constexpr char PatientNoteCode[] = "51855-5";
    static constexpr char MedicationSectionCode[] = "10160-0";
    static constexpr char CoverageSectionCode[] = "48768-6";
    static constexpr char AppointmentSectionCode[] = "18776-5";

    // UTF-8 JSON, members in FHIR order, indented.
    static QByteArray build(const ShareContent& content, const ShareManifest& manifest);

    // Reads a bundle written by build() (after its signature was verified). Strict: anything outside this
    // profile, a reference that does not resolve inside the bundle, or an attachment that does not decode throws
    // ShareError(Malformed).
    static ShareView read(const QByteArray& json);
};

} // namespace carnet
