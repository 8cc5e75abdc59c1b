#pragma once

#include "MedicationSchedule.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace carnet {

// One medication the patient takes or took (FHIR R4 MedicationStatement): what it is, how much, when, who prescribed
// it, and when it started and stopped. A stopped medication stays as history.
struct Medication
{
    Q_DECLARE_TR_FUNCTIONS(Medication)

public:
    std::int64_t id = 0; // 0 until added
    QString name;
    QString strength; // free text as on the label: "500 mg", "100 mcg/dose"
    QString form;     // one of forms(), or empty
    QString route;    // one of routes(), or empty
    std::optional<double> doseAmount; // per dose, > 0
    QString doseUnit;                 // "tablet", "ml", "puff", ...
    MedicationSchedule schedule;
    QString prescriber;
    QString pharmacy;
    QString reason;
    QDate startDate;  // first day taken (inclusive); may be unknown
    QDate stopDate;   // the day it was stopped: no doses are due from that day on
    QString stopReason;
    std::optional<int> refillsLeft;
    QDate nextRefillDate;
    QString notes;

    // From the record; read-only for callers.
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    // Machine words, stored as such and accepted by the CLI.
    static const QStringList& forms();
    static const QStringList& routes();
    // Translated words for display; empty for an empty value.
    static QString formLabel(const QString& form);
    static QString routeLabel(const QString& route);

    // True once the stop date has come: the medication is then in the past list.
    bool isStoppedOn(const QDate& day) const { return stopDate.isValid() && stopDate <= day; }
    // The first day doses are due: the start date, or the day the medication was added when no start date is known
    // (a schedule must not invent missed doses for days before the patient recorded it).
    QDate scheduleStart() const;
    // Doses due on a local calendar day, within the start and stop dates.
    std::vector<QDateTime> scheduledOn(const QDate& day) const;

    // "1 tablet", "2.5 ml"; empty when no dose is set.
    QString doseText() const;
    static QString amountText(double amount);
    // "Metformin 500 mg"
    QString displayName() const;

    // Every stored value, as kept in the amendment trail and printed by `carnet-cli med ... --json`.
    QJsonObject toJson() const;

    // Throws RecordError(Invalid) naming the first field that is wrong; trims text and normalizes the schedule.
    void normalizeAndValidate();
};

} // namespace carnet
