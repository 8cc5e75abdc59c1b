#include "Database.h"
#include "InsuranceRepository.h"
#include "MediaFile.h"
#include "RecordError.h"
#include "TemporaryVault.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonDocument>
#include <QTest>

using namespace carnet;
using testsupport::TemporaryVault;
using Side = InsuranceCardImage::Side;

namespace {

const QByteArray GpsMarker = "Taken at 48.85837N 2.29448E";

QByteArray bigEndian16(int value)
{
    return QByteArray(1, char((value >> 8) & 0xff)) + QByteArray(1, char(value & 0xff));
}

QByteArray bigEndian32(quint32 value)
{
    return bigEndian16(int(value >> 16)) + bigEndian16(int(value & 0xffff));
}

QByteArray ifdEntry(int tag, int type, quint32 count, const QByteArray& valueOrOffset)
{
    return bigEndian16(tag) + bigEndian16(type) + bigEndian32(count) + valueOrOffset.leftJustified(4, '\0', true);
}

// An EXIF APP1 segment as a phone camera writes one: IFD0 with a description and a pointer to a GPS IFD holding a
// latitude. Offsets are from the TIFF header.
QByteArray exifSegment()
{
    constexpr int Ascii = 2;
    constexpr int Long = 4;
    constexpr int Rational = 5;
    const QByteArray description = GpsMarker + '\0';
    const quint32 ifd0 = 8;
    const quint32 ifd0Size = 2 + 2 * 12 + 4;
    const quint32 descriptionOffset = ifd0 + ifd0Size;
    const quint32 gpsIfd = descriptionOffset + quint32(description.size());
    const quint32 gpsIfdSize = 2 + 2 * 12 + 4;
    const quint32 latitudeOffset = gpsIfd + gpsIfdSize;

    QByteArray tiff = "MM" + bigEndian16(42) + bigEndian32(ifd0);
    tiff += bigEndian16(2);
    tiff += ifdEntry(0x010E, Ascii, quint32(description.size()), bigEndian32(descriptionOffset));
    tiff += ifdEntry(0x8825, Long, 1, bigEndian32(gpsIfd));
    tiff += bigEndian32(0);
    tiff += description;
    tiff += bigEndian16(2);
    tiff += ifdEntry(0x0001, Ascii, 2, QByteArray("N\0", 2));
    tiff += ifdEntry(0x0002, Rational, 3, bigEndian32(latitudeOffset));
    tiff += bigEndian32(0);
    for (quint32 part : {48u, 1u, 51u, 1u, 1813u, 100u})
        tiff += bigEndian32(part);

    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    return QByteArray("\xFF\xE1", 2) + bigEndian16(int(payload.size()) + 2) + payload;
}

QImage sampleCard()
{
    QImage image(64, 40, QImage::Format_RGB32);
    image.fill(QColor(30, 90, 160));
    for (int x = 0; x < 64; ++x)
        image.setPixel(x, 20, qRgb(250, 250, 250));
    return image;
}

// A real JPEG from Qt's encoder with an EXIF segment spliced in right after SOI, as cameras place it.
QByteArray jpegWithExif()
{
    QByteArray encoded;
    QBuffer buffer(&encoded);
    buffer.open(QIODevice::WriteOnly);
    if (!sampleCard().save(&buffer, "JPEG", 90))
        return {};
    return encoded.left(2) + exifSegment() + encoded.mid(2);
}

QByteArray png()
{
    QByteArray encoded;
    QBuffer buffer(&encoded);
    buffer.open(QIODevice::WriteOnly);
    sampleCard().save(&buffer, "PNG");
    return encoded;
}

InsurancePlan samplePlan()
{
    InsurancePlan plan;
    plan.payer = QStringLiteral("  Acme Health ");
    plan.planName = QStringLiteral("Gold PPO 500");
    plan.planType = QStringLiteral("Medical");
    plan.memberId = QStringLiteral("XZ123456789");
    plan.groupNumber = QStringLiteral("G-9000");
    plan.subscriberName = QStringLiteral("Jordan Doe");
    plan.relationship = QStringLiteral("spouse");
    plan.effectiveFrom = QDate(2025, 1, 1);
    plan.effectiveTo = QDate(2030, 12, 31);
    plan.payerPhone = QStringLiteral("+1 (800) 555-0100");
    plan.otherPhones = {{QStringLiteral("pharmacy"), QStringLiteral("800-555-0101 ext. 12")},
                        {QString(), QStringLiteral("800 555 0102")}};
    plan.notes = QStringLiteral("Call before any MRI.");
    return plan;
}

int countRows(Database& db, const QString& sql)
{
    Statement stmt = db.prepare(sql);
    return stmt.step() ? stmt.integer(0) : -1;
}

RecordError::Kind errorKindOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const RecordError& error) {
        return error.kind();
    }
    return RecordError::Kind(-1);
}

} // namespace

class TestInsuranceRepository : public QObject
{
    Q_OBJECT

private slots:
    void addGetAndValidate()
    {
        TemporaryVault tv;
        QVERIFY(tv.db().hasTable(QStringLiteral("insurance_plans")));
        QVERIFY(tv.db().hasTable(QStringLiteral("insurance_cards")));
        InsuranceRepository repo(tv.db());
        const std::int64_t id = repo.add(samplePlan());
        QVERIFY(id > 0);

        const InsurancePlan plan = repo.get(id);
        QCOMPARE(plan.id, id);
        QCOMPARE(plan.payer, QStringLiteral("Acme Health"));
        QCOMPARE(plan.planType, QStringLiteral("medical"));
        QCOMPARE(plan.relationship, QStringLiteral("spouse"));
        QCOMPARE(plan.effectiveFrom, QDate(2025, 1, 1));
        QCOMPARE(plan.effectiveTo, QDate(2030, 12, 31));
        QCOMPARE(plan.payerPhone, QStringLiteral("+1 (800) 555-0100"));
        QCOMPARE(plan.otherPhones.size(), 2);
        QCOMPARE(plan.otherPhones.at(0).label, QStringLiteral("pharmacy"));
        QCOMPARE(plan.otherPhones.at(1).number, QStringLiteral("800 555 0102"));
        QCOMPARE(plan.notes, QStringLiteral("Call before any MRI."));
        QVERIFY(plan.frontCard.isNull());
        QCOMPARE(plan.version, 1);
        QVERIFY(plan.createdAt.isValid());
        QCOMPARE(plan.displayName(), QStringLiteral("Acme Health, Gold PPO 500"));

        const auto invalid = [&](InsurancePlan changed) {
            return errorKindOf([&] { repo.add(changed); }) == RecordError::Kind::Invalid;
        };
        InsurancePlan bad = samplePlan();
        bad.payer = QStringLiteral("   ");
        QVERIFY(invalid(bad));
        bad = samplePlan();
        bad.planType = QStringLiteral("pet");
        QVERIFY(invalid(bad));
        bad = samplePlan();
        bad.relationship = QStringLiteral("cousin");
        QVERIFY(invalid(bad));
        bad = samplePlan();
        bad.effectiveTo = QDate(2024, 12, 31);
        QVERIFY(invalid(bad));
        bad = samplePlan();
        bad.payerPhone = QStringLiteral("call me maybe");
        QVERIFY(invalid(bad));
        bad = samplePlan();
        bad.otherPhones = {{QStringLiteral("claims"), QString()}};
        QVERIFY(invalid(bad));
        QCOMPARE(repo.list().size(), std::size_t(1));
        QCOMPARE(countRows(tv.db(), QStringLiteral("SELECT count(*) FROM records WHERE kind = 'insurance'")), 1);
    }

    void updateKeepsEveryVersion()
    {
        TemporaryVault tv;
        InsuranceRepository repo(tv.db());
        const std::int64_t id = repo.add(samplePlan());
        InsurancePlan plan = repo.get(id);
        plan.memberId = QStringLiteral("NEW-ID-1");
        plan.effectiveTo = QDate();
        repo.update(plan);
        // Saving the same values again is not an edit.
        repo.update(repo.get(id));

        const InsurancePlan stored = repo.get(id);
        QCOMPARE(stored.memberId, QStringLiteral("NEW-ID-1"));
        QVERIFY(!stored.effectiveTo.isValid());
        QCOMPARE(stored.version, 2);
        const std::vector<RecordVersion> history = repo.history(id);
        QCOMPARE(history.size(), std::size_t(2));
        QCOMPARE(history[0].change, QStringLiteral("create"));
        QCOMPARE(history[0].values.value(QStringLiteral("member_id")).toString(), QStringLiteral("XZ123456789"));
        QCOMPARE(history[0].values.value(QStringLiteral("effective_to")).toString(), QStringLiteral("2030-12-31"));
        QCOMPARE(history[0].values.value(QStringLiteral("other_phones")).toArray().size(), 2);
        QCOMPARE(history[1].change, QStringLiteral("edit"));
        QCOMPARE(history[1].values, stored.toJson());
        QVERIFY(history[1].values.value(QStringLiteral("effective_to")).isNull());

        InsurancePlan unknown = samplePlan();
        unknown.id = 987654;
        try {
            repo.update(unknown);
            QFAIL("an unknown id was updated");
        } catch (const RecordError& error) {
            QCOMPARE(error.kind(), RecordError::Kind::NotFound);
            QCOMPARE(error.message(), QStringLiteral("No insurance plan with id 987654."));
        }
    }

    void listsActiveThenUpcomingThenExpired()
    {
        TemporaryVault tv;
        InsuranceRepository repo(tv.db());
        const QDate today(2026, 6, 15);
        const auto plan = [](const QString& payer, const QString& type, QDate from, QDate to) {
            InsurancePlan p;
            p.payer = payer;
            p.planType = type;
            p.effectiveFrom = from;
            p.effectiveTo = to;
            return p;
        };
        const std::int64_t oldExpired = repo.add(
            plan(QStringLiteral("Old Mutual"), QStringLiteral("medical"), QDate(2019, 1, 1), QDate(2020, 12, 31)));
        const std::int64_t dental
            = repo.add(plan(QStringLiteral("Brite Smile"), QStringLiteral("dental"), QDate(2026, 1, 1), QDate()));
        const std::int64_t upcoming
            = repo.add(plan(QStringLiteral("Next Year Co"), QStringLiteral("medical"), QDate(2027, 1, 1), QDate()));
        const std::int64_t recentExpired
            = repo.add(plan(QStringLiteral("Zeta"), QStringLiteral("vision"), QDate(2024, 1, 1), QDate(2026, 6, 14)));
        const std::int64_t medical = repo.add(
            plan(QStringLiteral("Zed Health"), QStringLiteral("medical"), QDate(2026, 1, 1), QDate(2026, 6, 15)));
        std::vector<std::int64_t> order;
        for (const InsurancePlan& p : repo.list(today))
            order.push_back(p.id);
        QCOMPARE(order, (std::vector<std::int64_t> {medical, dental, upcoming, recentExpired, oldExpired}));
        QCOMPARE(repo.get(medical).statusOn(today), InsurancePlan::Status::Active);
        QCOMPARE(repo.get(upcoming).statusOn(today), InsurancePlan::Status::Upcoming);
        QCOMPARE(repo.get(recentExpired).statusOn(today), InsurancePlan::Status::Expired);
    }

    void cardImagesAreStrippedOfMetadata()
    {
        TemporaryVault tv;
        InsuranceRepository repo(tv.db());
        const QByteArray original = jpegWithExif();
        QVERIFY(!original.isEmpty());
        QVERIFY(original.contains(QByteArray("Exif\0\0", 6)));
        QVERIFY(original.contains(GpsMarker));
        QVERIFY(!QImage::fromData(original, "JPEG").isNull());

        const std::int64_t id = repo.add(samplePlan());
        const InsuranceCardImage summary
            = repo.setCardImage(id, Side::Front, original, QStringLiteral("/home/me/Pictures/IMG_0042.jpg"));
        QCOMPARE(summary.fileName, QStringLiteral("IMG_0042.jpg"));
        QCOMPARE(summary.mediaType, QStringLiteral("image/jpeg"));
        QVERIFY(summary.bytes.isEmpty());

        const std::optional<InsuranceCardImage> stored = repo.cardImage(id, Side::Front);
        QVERIFY(stored);
        QVERIFY(!stored->bytes.contains(QByteArray("Exif\0\0", 6)));
        QVERIFY(!stored->bytes.contains(GpsMarker));
        QCOMPARE(stored->bytes.size(), original.size() - exifSegment().size());
        QCOMPARE(stored->size, stored->bytes.size());
        QCOMPARE(stored->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(stored->bytes, QCryptographicHash::Sha256).toHex()));
        const QImage decoded = QImage::fromData(stored->bytes, "JPEG");
        QCOMPARE(decoded.size(), QSize(64, 40));
        QVERIFY(!repo.cardImage(id, Side::Back));

        // The trail names the image by hash; the bytes stay out of it.
        const std::vector<RecordVersion> history = repo.history(id);
        QCOMPARE(history.size(), std::size_t(2));
        const QJsonObject front = history.back().values.value(QStringLiteral("front_card")).toObject();
        QCOMPARE(front.value(QStringLiteral("sha256")).toString(), stored->sha256);
        QCOMPARE(front.value(QStringLiteral("file_name")).toString(), QStringLiteral("IMG_0042.jpg"));
        const QByteArray snapshots = QJsonDocument(history.back().values).toJson();
        QVERIFY(snapshots.size() < 2000);
        QVERIFY(!snapshots.contains(stored->bytes.toBase64().left(40)));

        // The same image again is no change; a PNG for the back is another version.
        repo.setCardImage(id, Side::Front, original, QStringLiteral("IMG_0042.jpg"));
        QCOMPARE(repo.history(id).size(), std::size_t(2));
        repo.setCardImage(id, Side::Back, png(), QStringLiteral("back.png"));
        const InsurancePlan plan = repo.get(id);
        QCOMPARE(plan.backCard.mediaType, QStringLiteral("image/png"));
        QCOMPARE(plan.frontCard.sha256, stored->sha256);
        QCOMPARE(repo.cardImage(id, Side::Back)->bytes, png());
        QCOMPARE(plan.version, 3);

        QVERIFY(repo.removeCardImage(id, Side::Front));
        QVERIFY(!repo.removeCardImage(id, Side::Front));
        QVERIFY(!repo.cardImage(id, Side::Front));
        QVERIFY(repo.get(id).frontCard.isNull());
        QCOMPARE(repo.history(id).back().values.value(QStringLiteral("front_card")), QJsonValue(QJsonValue::Null));

        // Adding a plan with both cards at once makes one version.
        const std::int64_t second
            = repo.add(samplePlan(), InsuranceRepository::CardUpload {original, QStringLiteral("f.jpg")},
                       InsuranceRepository::CardUpload {png(), QStringLiteral("b.png")});
        QCOMPARE(repo.history(second).size(), std::size_t(1));
        QVERIFY(!repo.cardImage(second, Side::Front)->bytes.contains(GpsMarker));

        // Nothing of the image's metadata reaches the files on disk.
        tv.lock();
        QVERIFY(!testsupport::anyFileContains(tv.folder(), QString::fromLatin1(GpsMarker)));
    }

    void nonImagesAreRefused()
    {
        TemporaryVault tv;
        InsuranceRepository repo(tv.db());
        const std::int64_t id = repo.add(samplePlan());
        const auto refused = [&](const QByteArray& bytes, const QString& name) {
            try {
                repo.setCardImage(id, Side::Front, bytes, name);
            } catch (const RecordError& error) {
                return error.kind();
            }
            return RecordError::Kind(-1);
        };
        QCOMPARE(refused("member id XZ123, group 9000\n", QStringLiteral("card.jpg")), RecordError::Kind::Invalid);
        QCOMPARE(refused("%PDF-1.7\n1 0 obj\n", QStringLiteral("card.pdf")), RecordError::Kind::Invalid);
        QCOMPARE(refused(jpegWithExif().left(60), QStringLiteral("cut.jpg")), RecordError::Kind::Invalid);
        QByteArray huge(int(MediaFile::MaxBytes) + 1, '\0');
        huge[0] = char(0xFF);
        huge[1] = char(0xD8);
        huge[2] = char(0xFF);
        QCOMPARE(refused(huge, QStringLiteral("huge.jpg")), RecordError::Kind::TooLarge);
        try {
            InsuranceRepository::checkedCardImage("GIF89a", QStringLiteral("/tmp/x/card.gif"));
            QFAIL("a GIF was accepted");
        } catch (const RecordError& error) {
            QVERIFY(error.message().contains(QLatin1String("card.gif")));
            QVERIFY(!error.message().contains(QLatin1String("/tmp/x")));
        }
        // A refused add stores nothing at all.
        QCOMPARE(errorKindOf([&] {
                     repo.add(samplePlan(), InsuranceRepository::CardUpload {"not an image", QStringLiteral("x.jpg")});
                 }),
                 RecordError::Kind::Invalid);
        QCOMPARE(repo.list().size(), std::size_t(1));
        QCOMPARE(repo.history(id).size(), std::size_t(1));
        QCOMPARE(countRows(tv.db(), QStringLiteral("SELECT count(*) FROM insurance_cards")), 0);
    }

    void softDeleteRestoreAndPurge()
    {
        TemporaryVault tv;
        InsuranceRepository repo(tv.db());
        const std::int64_t id
            = repo.add(samplePlan(), InsuranceRepository::CardUpload {png(), QStringLiteral("f.png")});
        const std::int64_t other = repo.add(samplePlan());
        repo.softDelete(id);
        QCOMPARE(repo.list().size(), std::size_t(1));
        QCOMPARE(repo.listDeleted().size(), std::size_t(1));
        QCOMPARE(repo.listDeleted().front().id, id);
        try {
            repo.get(id);
            QFAIL("a deleted plan was returned");
        } catch (const RecordError& error) {
            QCOMPARE(error.kind(), RecordError::Kind::NotFound);
            QVERIFY(error.message().contains(QLatin1String("deleted")));
        }
        QCOMPARE(errorKindOf([&] { repo.cardImage(id, Side::Front); }), RecordError::Kind::NotFound);
        QCOMPARE(errorKindOf([&] { repo.softDelete(id); }), RecordError::Kind::NotFound);

        repo.restore(id);
        QCOMPARE(repo.list().size(), std::size_t(2));
        QVERIFY(repo.cardImage(id, Side::Front));
        QStringList changes;
        for (const RecordVersion& version : repo.history(id))
            changes << version.change;
        QCOMPARE(changes,
                 (QStringList {QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("restore")}));

        repo.purge(id);
        QCOMPARE(errorKindOf([&] { repo.get(id); }), RecordError::Kind::NotFound);
        QCOMPARE(countRows(tv.db(), QStringLiteral("SELECT count(*) FROM insurance_cards")), 0);
        QCOMPARE(
            countRows(tv.db(), QStringLiteral("SELECT count(*) FROM record_versions WHERE record_id = %1").arg(id)), 0);
        QCOMPARE(repo.list().front().id, other);

        // Another kind's id is not an insurance plan.
        RecordStore store(tv.db());
        const std::int64_t allergy = store.createRecord(QLatin1String(RecordStore::Allergy));
        QCOMPARE(errorKindOf([&] { repo.get(allergy); }), RecordError::Kind::NotFound);
        QCOMPARE(errorKindOf([&] { repo.purge(allergy); }), RecordError::Kind::NotFound);
        QVERIFY(store.meta(allergy));
    }

    void timelineShowsCoverageDates()
    {
        TemporaryVault tv;
        InsuranceRepository repo(tv.db());
        InsurancePlan first = samplePlan();
        first.effectiveFrom = QDate(2026, 1, 1);
        first.effectiveTo = QDate(2026, 6, 30);
        const std::int64_t a = repo.add(first);
        InsurancePlan second = samplePlan();
        second.payer = QStringLiteral("Brite Smile");
        second.planName.clear();
        second.planType = QStringLiteral("dental");
        second.effectiveFrom = QDate(2026, 7, 1);
        second.effectiveTo = QDate();
        const std::int64_t b = repo.add(second);
        InsurancePlan gone = samplePlan();
        gone.effectiveFrom = QDate(2026, 3, 1);
        repo.softDelete(repo.add(gone));

        const std::vector<TimelineItem> items
            = repo.timeline(QDateTime(QDate(2026, 1, 1), QTime(0, 0)), QDateTime(QDate(2027, 1, 1), QTime(0, 0)));
        QCOMPARE(items.size(), std::size_t(3));
        QCOMPARE(items[0].event, QStringLiteral("coverage-start"));
        QCOMPARE(items[0].recordId, a);
        QCOMPARE(items[0].kind, QStringLiteral("insurance"));
        QCOMPARE(items[0].at, QDateTime(QDate(2026, 1, 1), QTime(0, 0)));
        QVERIFY(items[0].title.contains(QLatin1String("Acme Health")));
        QCOMPARE(items[1].event, QStringLiteral("coverage-end"));
        QCOMPARE(items[1].at.date(), QDate(2026, 6, 30));
        QCOMPARE(items[2].recordId, b);
        QVERIFY(items[2].title.contains(QLatin1String("Brite Smile")));

        // The end of the range is excluded, its start included.
        QCOMPARE(
            repo.timeline(QDateTime(QDate(2026, 6, 30), QTime(0, 0)), QDateTime(QDate(2026, 7, 1), QTime(0, 0))).size(),
            std::size_t(1));
        QVERIFY(repo.timeline(QDateTime(QDate(2025, 1, 1), QTime(0, 0)), QDateTime(QDate(2026, 1, 1), QTime(0, 0)))
                    .empty());
    }
};

QTEST_GUILESS_MAIN(TestInsuranceRepository)
#include "TestInsuranceRepository.moc"
