#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace carnet {

// How closely a medication's schedule was followed over a span of days. Every scheduled dose that is due counts once:
// taken (on time or late), skipped, or missed (nothing logged by an hour after its time). Doses not yet due are
// pending and left out of the share; as-needed medications have no schedule and no share.
struct Adherence
{
    std::int64_t medicationId = 0;
    QString medicationName;
    QDate from;
    QDate to;
    bool asNeeded = false;
    int scheduled = 0; // taken + skipped + missed
    int taken = 0;     // including late
    int late = 0;
    int skipped = 0;
    int missed = 0;
    int pending = 0;

    // taken / scheduled, between 0 and 1; 0 when nothing was due.
    double shareTaken() const { return scheduled > 0 ? static_cast<double>(taken) / scheduled : 0.0; }
    // The share as a percentage with one decimal, e.g. 66.7.
    double percentTaken() const;

    QJsonObject toJson() const;
};

} // namespace carnet
