#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace carnet {

// A verified share as a reader shows it, read from its bundle.json: read-only values, no vault records. The share
// viewer and `carnet-cli share open` display this and nothing else.
struct ShareView
{
    struct Entry
    {
        QString id; // the record UUID in the sender's vault
        QDateTime date; // UTC
        QString title;
        QString body; // Markdown, as written
        QStringList tags;
    };

    struct Medication
    {
        QString id;
        QString name; // "Metformin 500 mg"
        QString dosage; // "1 tablet, twice a day at 08:00 and 20:00"
        QString route;
        QString status; // FHIR MedicationStatement.status: "active", "stopped", ...
        QDate start;
        QDate end;
        QString reason;
        QString note;
    };

    struct Coverage
    {
        QString id;
        QString payer;
        QString plan;
        QString type; // "medical", "dental", ...
        QString memberId;
        QString groupNumber;
        QString subscriber; // empty when the patient is the subscriber
        QString relationship; // "self", "spouse", "child", "other"
        QDate start;
        QDate end;
    };

    struct Appointment
    {
        QString id;
        QString description;
        QString status; // "booked", "cancelled"
        QDateTime start; // UTC
        QDateTime end;
        QString provider;
        QString place;
        QString comment;
    };

    QString bundleId;
    QDateTime timestamp; // when the bundle was made, UTC
    QString patientName;
    QDate patientBirthDate;
    QString patientGender;
    QString signerFingerprint; // as the Provenance names it

    std::vector<Entry> entries;
    bool hasMedicationSection = false;
    std::vector<Medication> medications;
    bool hasCoverageSection = false;
    std::vector<Coverage> coverages;
    bool hasAppointmentSection = false;
    std::vector<Appointment> appointments;

    int itemCount() const
    {
        return static_cast<int>(entries.size() + medications.size() + coverages.size() + appointments.size());
    }
};

} // namespace carnet
