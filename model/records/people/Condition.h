#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstdint>

namespace carnet {

// A health condition or diagnosis the patient has or had (FHIR R4 Condition, problem-list item): since when,
// until when, and whether it is active, in remission or resolved.
struct Condition
{
    Q_DECLARE_TR_FUNCTIONS(Condition)

public:
    std::int64_t id = 0; // 0 until added
    QString name; // "type 2 diabetes", "asthma"
    QDate onsetDate;
    QDate abatementDate; // when it resolved or went into remission
    QString status = QStringLiteral("active"); // one of statuses()
    QString notes;

    // From the record; read-only for callers.
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    static const QStringList& statuses(); // active, remission, resolved
    static QString statusLabel(const QString& status);

    bool isActive() const { return status == QLatin1String("active"); }

    // Every stored value, as kept in the amendment trail and printed by `carnet-cli condition … --json`.
    QJsonObject toJson() const;
    // Throws RecordError(Invalid) naming the first wrong field. As in FHIR, an abated condition cannot be active.
    void normalizeAndValidate();
};

} // namespace carnet
