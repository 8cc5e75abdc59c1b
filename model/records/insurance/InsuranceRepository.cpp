#include "InsuranceRepository.h"

#include "Database.h"
#include "MediaFile.h"
#include "RecordError.h"
#include "RecordFields.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <algorithm>

namespace carnet {

namespace {

const QString InsuranceKind = QLatin1String(RecordStore::Insurance);

const QString SelectPlans = QStringLiteral(
    "SELECT p.id, payer, plan_name, plan_type, member_id, group_number, subscriber_name, relationship,"
    " effective_from, effective_to, payer_phone, other_phones, notes, r.created_at, r.updated_at, r.version"
    " FROM insurance_plans p JOIN records r ON r.id = p.id ");

void bindValues(Statement& stmt, const InsurancePlan& plan)
{
    stmt.bind(1, plan.payer);
    RecordFields::bindText(stmt, 2, plan.planName);
    stmt.bind(3, plan.planType);
    RecordFields::bindText(stmt, 4, plan.memberId);
    RecordFields::bindText(stmt, 5, plan.groupNumber);
    RecordFields::bindText(stmt, 6, plan.subscriberName);
    stmt.bind(7, plan.relationship);
    RecordFields::bindDate(stmt, 8, plan.effectiveFrom);
    RecordFields::bindDate(stmt, 9, plan.effectiveTo);
    RecordFields::bindText(stmt, 10, plan.payerPhone);
    stmt.bind(11, LabelledPhone::listToStorage(plan.otherPhones));
    RecordFields::bindText(stmt, 12, plan.notes);
}

InsurancePlan planFromRow(const Statement& stmt)
{
    InsurancePlan plan;
    plan.id = stmt.int64(0);
    plan.payer = stmt.text(1);
    plan.planName = stmt.text(2);
    plan.planType = stmt.text(3);
    plan.memberId = stmt.text(4);
    plan.groupNumber = stmt.text(5);
    plan.subscriberName = stmt.text(6);
    plan.relationship = stmt.text(7);
    plan.effectiveFrom = RecordFields::dateFromText(stmt.text(8));
    plan.effectiveTo = RecordFields::dateFromText(stmt.text(9));
    plan.payerPhone = stmt.text(10);
    plan.otherPhones = LabelledPhone::listFromStorage(stmt.text(11));
    plan.notes = stmt.text(12);
    plan.createdAt = RecordStore::parseTimestamp(stmt.text(13));
    plan.updatedAt = RecordStore::parseTimestamp(stmt.text(14));
    plan.version = stmt.integer(15);
    return plan;
}

InsuranceCardImage::Side sideFromName(const QString& name)
{
    return name == QLatin1String("front") ? InsuranceCardImage::Side::Front : InsuranceCardImage::Side::Back;
}

std::optional<InsuranceRepository::CardUpload>
checkedUpload(const std::optional<InsuranceRepository::CardUpload>& upload)
{
    if (!upload)
        return std::nullopt;
    return InsuranceRepository::CardUpload {InsuranceRepository::checkedCardImage(upload->bytes, upload->fileName),
                                            upload->fileName};
}

} // namespace

InsuranceRepository::InsuranceRepository(Database& db)
    : m_db(db)
    , m_store(db)
{
}

QByteArray InsuranceRepository::checkedCardImage(const QByteArray& bytes, const QString& fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    // Size first (sanitized() reports it), then the type: MediaFile would also take a PDF, a card may not.
    const MediaFile::Type type = MediaFile::detect(bytes);
    if (bytes.size() <= MediaFile::MaxBytes && type != MediaFile::Type::Jpeg && type != MediaFile::Type::Png) {
        throw RecordError(RecordError::Kind::Invalid,
                          tr("%1 is not a JPEG or PNG image; a card must be a photo or a scan.").arg(name));
    }
    return MediaFile::sanitized(bytes, name);
}

std::vector<InsurancePlan> InsuranceRepository::select(const QString& whereAndOrder, std::int64_t id) const
{
    Statement stmt = m_db.prepare(SelectPlans + whereAndOrder);
    if (id != 0)
        stmt.bind(1, id);
    std::vector<InsurancePlan> out;
    while (stmt.step())
        out.push_back(planFromRow(stmt));
    for (InsurancePlan& plan : out)
        loadCards(plan);
    return out;
}

void InsuranceRepository::loadCards(InsurancePlan& plan) const
{
    Statement stmt = m_db.prepare(QStringLiteral(
        "SELECT side, file_name, media_type, size, sha256, added_at FROM insurance_cards WHERE plan_id = ?"));
    stmt.bind(1, plan.id);
    plan.frontCard = {};
    plan.backCard = {};
    while (stmt.step()) {
        InsuranceCardImage card;
        card.fileName = stmt.text(1);
        card.mediaType = stmt.text(2);
        card.size = stmt.int64(3);
        card.sha256 = stmt.text(4);
        card.addedAt = RecordStore::parseTimestamp(stmt.text(5));
        (sideFromName(stmt.text(0)) == InsuranceCardImage::Side::Front ? plan.frontCard : plan.backCard) = card;
    }
}

InsurancePlan InsuranceRepository::read(std::int64_t id, bool allowDeleted) const
{
    const std::optional<RecordMeta> meta = m_store.meta(id);
    if (!meta || meta->kind != InsuranceKind)
        throw RecordError(RecordError::Kind::NotFound, tr("No insurance plan with id %1.").arg(id));
    if (meta->isDeleted() && !allowDeleted)
        throw RecordError(RecordError::Kind::NotFound, tr("The insurance plan with id %1 was deleted.").arg(id));
    const std::vector<InsurancePlan> found = select(QStringLiteral("WHERE p.id = ?"), id);
    if (found.empty())
        throw RecordError(RecordError::Kind::NotFound, tr("No insurance plan with id %1.").arg(id));
    return found.front();
}

void InsuranceRepository::storeCard(std::int64_t id, InsuranceCardImage::Side side, const CardUpload& upload)
{
    const QString sideName = InsuranceCardImage::sideName(side);
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(upload.bytes, QCryptographicHash::Sha256).toHex());
    const QString fileName = QFileInfo(upload.fileName).fileName();
    // The same image under the same name again is not a change.
    Statement existing
        = m_db.prepare(QStringLiteral("SELECT sha256, file_name FROM insurance_cards WHERE plan_id = ? AND side = ?"));
    existing.bind(1, id).bind(2, sideName);
    if (existing.step() && existing.text(0) == sha256 && existing.text(1) == fileName)
        return;
    existing.reset();
    Statement remove = m_db.prepare(QStringLiteral("DELETE FROM insurance_cards WHERE plan_id = ? AND side = ?"));
    remove.bind(1, id).bind(2, sideName).exec();
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO insurance_cards (plan_id, side, file_name, media_type, size, sha256, added_at, data)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, id)
        .bind(2, sideName)
        .bind(3, fileName)
        .bind(4, MediaFile::mimeType(MediaFile::detect(upload.bytes)))
        .bind(5, static_cast<std::int64_t>(upload.bytes.size()))
        .bind(6, sha256)
        .bind(7, RecordStore::timestamp(QDateTime::currentDateTimeUtc()))
        .bind(8, upload.bytes)
        .exec();
}

std::int64_t InsuranceRepository::add(InsurancePlan plan, const std::optional<CardUpload>& front,
                                      const std::optional<CardUpload>& back)
{
    plan.normalizeAndValidate();
    const std::optional<CardUpload> checkedFront = checkedUpload(front);
    const std::optional<CardUpload> checkedBack = checkedUpload(back);
    Transaction tx(m_db);
    const std::int64_t id = m_store.createRecord(InsuranceKind);
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO insurance_plans (payer, plan_name, plan_type, member_id, group_number, subscriber_name,"
        " relationship, effective_from, effective_to, payer_phone, other_phones, notes, id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindValues(insert, plan);
    insert.bind(13, id).exec();
    plan.id = id;
    if (checkedFront)
        storeCard(id, InsuranceCardImage::Side::Front, *checkedFront);
    if (checkedBack)
        storeCard(id, InsuranceCardImage::Side::Back, *checkedBack);
    loadCards(plan);
    m_store.recordVersion(id, QStringLiteral("create"), plan.toJson());
    tx.commit();
    return id;
}

void InsuranceRepository::update(InsurancePlan plan, const std::optional<CardUpload>& front,
                                 const std::optional<CardUpload>& back)
{
    plan.normalizeAndValidate();
    const std::optional<CardUpload> checkedFront = checkedUpload(front);
    const std::optional<CardUpload> checkedBack = checkedUpload(back);
    Transaction tx(m_db);
    const InsurancePlan current = read(plan.id, false);
    Statement update = m_db.prepare(QStringLiteral(
        "UPDATE insurance_plans SET payer = ?, plan_name = ?, plan_type = ?, member_id = ?, group_number = ?,"
        " subscriber_name = ?, relationship = ?, effective_from = ?, effective_to = ?, payer_phone = ?,"
        " other_phones = ?, notes = ? WHERE id = ?"));
    bindValues(update, plan);
    update.bind(13, plan.id).exec();
    if (checkedFront)
        storeCard(plan.id, InsuranceCardImage::Side::Front, *checkedFront);
    if (checkedBack)
        storeCard(plan.id, InsuranceCardImage::Side::Back, *checkedBack);
    loadCards(plan);
    if (current.toJson() == plan.toJson())
        return; // rolls back the identical rewrite
    m_store.recordVersion(plan.id, QStringLiteral("edit"), plan.toJson());
    tx.commit();
}

InsurancePlan InsuranceRepository::get(std::int64_t id) const
{
    return read(id, false);
}

std::vector<InsurancePlan> InsuranceRepository::list(const QDate& today) const
{
    std::vector<InsurancePlan> plans = select(
        QStringLiteral("WHERE r.deleted_at IS NULL ORDER BY payer COLLATE NOCASE, plan_name COLLATE NOCASE, p.id"));
    const auto rank = [&today](const InsurancePlan& plan) {
        switch (plan.statusOn(today)) {
        case InsurancePlan::Status::Active:
            return 0;
        case InsurancePlan::Status::Upcoming:
            return 1;
        case InsurancePlan::Status::Expired:
            break;
        }
        return 2;
    };
    std::stable_sort(plans.begin(), plans.end(), [&](const InsurancePlan& a, const InsurancePlan& b) {
        const int rankA = rank(a);
        const int rankB = rank(b);
        if (rankA != rankB)
            return rankA < rankB;
        if (rankA == 0)
            return InsurancePlan::types().indexOf(a.planType) < InsurancePlan::types().indexOf(b.planType);
        if (rankA == 1)
            return a.effectiveFrom < b.effectiveFrom;
        return a.effectiveTo > b.effectiveTo;
    });
    return plans;
}

std::vector<InsurancePlan> InsuranceRepository::listDeleted() const
{
    return select(QStringLiteral("WHERE r.deleted_at IS NOT NULL ORDER BY r.deleted_at DESC, p.id DESC"));
}

InsuranceCardImage InsuranceRepository::setCardImage(std::int64_t id, InsuranceCardImage::Side side,
                                                     const QByteArray& bytes, const QString& fileName)
{
    InsurancePlan plan = get(id);
    const std::optional<CardUpload> upload = CardUpload {bytes, fileName};
    update(plan, side == InsuranceCardImage::Side::Front ? upload : std::nullopt,
           side == InsuranceCardImage::Side::Back ? upload : std::nullopt);
    return get(id).card(side);
}

std::optional<InsuranceCardImage> InsuranceRepository::cardImage(std::int64_t id, InsuranceCardImage::Side side) const
{
    read(id, false);
    Statement stmt = m_db.prepare(QStringLiteral("SELECT file_name, media_type, size, sha256, added_at, data FROM "
                                                 "insurance_cards WHERE plan_id = ? AND side = ?"));
    stmt.bind(1, id).bind(2, InsuranceCardImage::sideName(side));
    if (!stmt.step())
        return std::nullopt;
    InsuranceCardImage card;
    card.fileName = stmt.text(0);
    card.mediaType = stmt.text(1);
    card.size = stmt.int64(2);
    card.sha256 = stmt.text(3);
    card.addedAt = RecordStore::parseTimestamp(stmt.text(4));
    card.bytes = stmt.blob(5);
    return card;
}

bool InsuranceRepository::removeCardImage(std::int64_t id, InsuranceCardImage::Side side)
{
    Transaction tx(m_db);
    InsurancePlan plan = read(id, false);
    if (plan.card(side).isNull())
        return false;
    Statement remove = m_db.prepare(QStringLiteral("DELETE FROM insurance_cards WHERE plan_id = ? AND side = ?"));
    remove.bind(1, id).bind(2, InsuranceCardImage::sideName(side)).exec();
    loadCards(plan);
    m_store.recordVersion(id, QStringLiteral("edit"), plan.toJson());
    tx.commit();
    return true;
}

void InsuranceRepository::softDelete(std::int64_t id)
{
    Transaction tx(m_db);
    const InsurancePlan current = read(id, false);
    m_store.softDelete(id, InsuranceKind, current.toJson());
    tx.commit();
}

void InsuranceRepository::restore(std::int64_t id)
{
    Transaction tx(m_db);
    const InsurancePlan current = read(id, true);
    m_store.restore(id, InsuranceKind, current.toJson());
    tx.commit();
}

void InsuranceRepository::purge(std::int64_t id)
{
    Transaction tx(m_db);
    read(id, true);
    m_store.purge(id);
    tx.commit();
}

std::vector<RecordVersion> InsuranceRepository::history(std::int64_t id) const
{
    read(id, true);
    return m_store.history(id);
}

std::vector<TimelineItem> InsuranceRepository::timeline(const QDateTime& from, const QDateTime& to) const
{
    std::vector<TimelineItem> items;
    const auto addItem = [&](const InsurancePlan& plan, const QDate& day, const QString& event, const QString& title,
                             const QString& detail) {
        if (!day.isValid())
            return;
        const QDateTime at(day, QTime(0, 0));
        if (at < from || at >= to)
            return;
        items.push_back({at, InsuranceKind, event, plan.id, title, detail});
    };
    for (const InsurancePlan& plan : select(QStringLiteral("WHERE r.deleted_at IS NULL ORDER BY p.id"))) {
        const QString type = InsurancePlan::typeLabel(plan.planType);
        addItem(plan, plan.effectiveFrom, QStringLiteral("coverage-start"),
                tr("Coverage starts: %1").arg(plan.displayName()), type);
        addItem(plan, plan.effectiveTo, QStringLiteral("coverage-end"), tr("Coverage ends: %1").arg(plan.displayName()),
                tr("%1, last day covered").arg(type));
    }
    std::sort(items.begin(), items.end(), [](const TimelineItem& a, const TimelineItem& b) { return a.at < b.at; });
    return items;
}

} // namespace carnet
