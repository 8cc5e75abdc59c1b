#pragma once

#include "InsurancePlan.h"
#include "RecordStore.h"
#include "Timeline.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace carnet {

class Database;
class Statement;

// Adds, edits, lists and deletes insurance plans and their card images, and yields their coverage dates for the
// timeline; every change keeps a version, deletes are soft until purged.
class InsuranceRepository
{
    Q_DECLARE_TR_FUNCTIONS(InsuranceRepository)

public:
    // An image file as read, before it is checked and stripped.
    struct CardUpload
    {
        QByteArray bytes;
        QString fileName;
    };

    explicit InsuranceRepository(Database& db);

    // MediaFile::sanitized() limited to images: the bytes to store, JPEG metadata (EXIF, GPS, XMP, comments)
    // removed. Throws RecordError(Invalid) for anything but a JPEG or PNG, RecordError(TooLarge) above
    // MediaFile::MaxBytes; the message names the file.
    static QByteArray checkedCardImage(const QByteArray& bytes, const QString& fileName);

    // Validates and stores the plan and any card images given, as one version; returns the new record id.
    std::int64_t add(InsurancePlan plan, const std::optional<CardUpload>& front = {},
                     const std::optional<CardUpload>& back = {});
    // Replaces every value of the plan with id plan.id (its card fields are ignored) and the card images given, as
    // one version. Throws RecordError(NotFound) for an unknown or deleted id. Unchanged values add no version.
    void update(InsurancePlan plan, const std::optional<CardUpload>& front = {},
                const std::optional<CardUpload>& back = {});
    // Throws RecordError(NotFound): "No insurance plan with id N." or, when soft-deleted, that it was deleted.
    InsurancePlan get(std::int64_t id) const;
    // Live plans: active on today first (medical, dental, vision, drug, other, then by payer), then those not yet
    // in effect (soonest first), then expired ones (most recently ended first).
    std::vector<InsurancePlan> list(const QDate& today = QDate::currentDate()) const;
    // Soft-deleted plans, most recently deleted first.
    std::vector<InsurancePlan> listDeleted() const;

    // Stores (or replaces) one side's image; adds a version. Returns its summary (no bytes).
    InsuranceCardImage setCardImage(std::int64_t id, InsuranceCardImage::Side side, const QByteArray& bytes,
                                    const QString& fileName);
    // The stored image with its bytes; nullopt when that side has none.
    std::optional<InsuranceCardImage> cardImage(std::int64_t id, InsuranceCardImage::Side side) const;
    // Returns false (and adds no version) when that side had no image.
    bool removeCardImage(std::int64_t id, InsuranceCardImage::Side side);

    void softDelete(std::int64_t id);
    void restore(std::int64_t id);
    // Removes a live or deleted plan, its card images and its versions for good.
    void purge(std::int64_t id);
    std::vector<RecordVersion> history(std::int64_t id) const;

    // Coverage dates of live plans with from <= at < to: kind "insurance", event "coverage-start" (at the local
    // start of the first day covered) or "coverage-end" (at the local start of the last day covered).
    std::vector<TimelineItem> timeline(const QDateTime& from, const QDateTime& to) const;

private:
    InsurancePlan read(std::int64_t id, bool allowDeleted) const;
    std::vector<InsurancePlan> select(const QString& whereAndOrder, std::int64_t id = 0) const;
    void loadCards(InsurancePlan& plan) const;
    void storeCard(std::int64_t id, InsuranceCardImage::Side side, const CardUpload& upload);

    Database& m_db;
    RecordStore m_store;
};

} // namespace carnet
