#include "JournalRepository.h"
#include "MediaFile.h"
#include "RecordError.h"
#include "SampleJpeg.h"
#include "TemporaryVault.h"

#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <functional>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

QDateTime at(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

JournalEntry makeEntry(const QString& title, const QDateTime& when, const QStringList& tags = {},
                       const QString& body = {})
{
    JournalEntry entry;
    entry.title = title;
    entry.occurredAt = when;
    entry.tags = tags;
    entry.body = body;
    return entry;
}

int rowCount(Database& db, const QString& sql, std::int64_t id)
{
    Statement stmt = db.prepare(sql);
    stmt.bind(1, id);
    return stmt.step() ? stmt.integer(0) : -1;
}

QStringList titles(const std::vector<JournalEntry>& entries)
{
    QStringList out;
    for (const JournalEntry& entry : entries)
        out << entry.title;
    return out;
}

RecordError::Kind errorKindOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const RecordError& error) {
        return error.kind();
    }
    return static_cast<RecordError::Kind>(-1);
}

} // namespace

class TestJournalRepository : public QObject
{
    Q_OBJECT

private slots:
    void addAndGetKeepEveryField()
    {
        TemporaryVault tv;
        JournalRepository journal(tv.db());
        JournalEntry entry
            = makeEntry(QStringLiteral("  Bad   night  "), at(2026, 3, 1, 22),
                        {QStringLiteral("Asthma"), QStringLiteral("#sleep issues"), QStringLiteral("asthma")},
                        QStringLiteral("# Night\r\nShort of **breath**."));
        entry.mood = 2;
        entry.symptoms
            = {QStringLiteral("wheezing"), QStringLiteral("  cough\n"), QStringLiteral(""), QStringLiteral("wheezing")};
        const std::int64_t id = journal.add(entry);
        QVERIFY(id > 0);

        const JournalEntry stored = journal.get(id);
        QCOMPARE(stored.id, id);
        QCOMPARE(stored.title, QStringLiteral("Bad night"));
        QCOMPARE(stored.occurredAt, at(2026, 3, 1, 22));
        QCOMPARE(stored.body, QStringLiteral("# Night\nShort of **breath**."));
        QCOMPARE(stored.mood, std::optional<int>(2));
        QCOMPARE(stored.symptoms, (QStringList {QStringLiteral("wheezing"), QStringLiteral("cough")}));
        QCOMPARE(stored.tags, (QStringList {QStringLiteral("asthma"), QStringLiteral("sleep-issues")}));
        QCOMPARE(stored.version, 1);
        QVERIFY(!stored.deleted);
        QVERIFY(stored.createdAt.isValid());
        QCOMPARE(stored.firstLine(), QStringLiteral("# Night"));

        const auto history = journal.history(id);
        QCOMPARE(history.size(), std::size_t(1));
        QCOMPARE(history[0].change, QStringLiteral("create"));
        QCOMPARE(history[0].values, stored.toJson());
    }

    void invalidValuesAreRefusedAndNothingIsWritten()
    {
        TemporaryVault tv;
        JournalRepository journal(tv.db());
        JournalEntry empty = makeEntry(QStringLiteral("   "), at(2026, 1, 1));
        QCOMPARE(errorKindOf([&] { journal.add(empty); }), RecordError::Kind::Invalid);
        JournalEntry noDate = makeEntry(QStringLiteral("t"), QDateTime());
        QCOMPARE(errorKindOf([&] { journal.add(noDate); }), RecordError::Kind::Invalid);
        for (int mood : {0, 6, -1}) {
            JournalEntry badMood = makeEntry(QStringLiteral("t"), at(2026, 1, 1));
            badMood.mood = mood;
            QCOMPARE(errorKindOf([&] { journal.add(badMood); }), RecordError::Kind::Invalid);
        }
        JournalEntry longTag = makeEntry(QStringLiteral("t"), at(2026, 1, 1),
                                         {QString(JournalRepository::MaxTagLength + 1, QLatin1Char('x'))});
        QCOMPARE(errorKindOf([&] { journal.add(longTag); }), RecordError::Kind::Invalid);
        // A batch with one bad entry writes none of them.
        const std::vector<JournalEntry> batch {makeEntry(QStringLiteral("fine"), at(2026, 1, 2)), empty};
        QCOMPARE(errorKindOf([&] { journal.addBatch(batch); }), RecordError::Kind::Invalid);
        QCOMPARE(journal.count(), 0);
        QCOMPARE(rowCount(tv.db(), QStringLiteral("SELECT count(*) FROM records WHERE id > ?"), 0), 0);

        try {
            journal.add(empty);
            QFAIL("an empty title was accepted");
        } catch (const RecordError& error) {
            QVERIFY(error.message().contains(QLatin1String("title")));
        }
    }

    void updateKeepsThePriorVersion()
    {
        TemporaryVault tv;
        JournalRepository journal(tv.db());
        const std::int64_t id = journal.add(
            makeEntry(QStringLiteral("First"), at(2026, 2, 1), {QStringLiteral("a")}, QStringLiteral("one")));
        JournalEntry edited = journal.get(id);
        edited.title = QStringLiteral("Second");
        edited.tags = {QStringLiteral("b"), QStringLiteral("C")};
        edited.mood = 4;
        journal.update(edited);

        const JournalEntry stored = journal.get(id);
        QCOMPARE(stored.title, QStringLiteral("Second"));
        QCOMPARE(stored.tags, (QStringList {QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(stored.version, 2);
        const auto history = journal.history(id);
        QCOMPARE(history.size(), std::size_t(2));
        QCOMPARE(history[0].values.value(QStringLiteral("title")).toString(), QStringLiteral("First"));
        QCOMPARE(history[0].values.value(QStringLiteral("tags")).toArray(), QJsonArray {QStringLiteral("a")});
        QCOMPARE(history[1].change, QStringLiteral("edit"));
        QCOMPARE(history[1].values, stored.toJson());

        // Saving the same values is not an amendment.
        journal.update(stored);
        QCOMPARE(journal.get(id).version, 2);
        QCOMPARE(journal.history(id).size(), std::size_t(2));

        JournalEntry unknown = stored;
        unknown.id = id + 1000;
        QCOMPARE(errorKindOf([&] { journal.update(unknown); }), RecordError::Kind::NotFound);
        JournalEntry invalid = stored;
        invalid.title.clear();
        QCOMPARE(errorKindOf([&] { journal.update(invalid); }), RecordError::Kind::Invalid);
        QCOMPARE(journal.get(id).title, QStringLiteral("Second"));
    }

    void listIsNewestFirstWithFilters()
    {
        TemporaryVault tv;
        JournalRepository journal(tv.db());
        journal.addBatch({
            makeEntry(QStringLiteral("Jan"), at(2026, 1, 10), {QStringLiteral("migraine")}),
            makeEntry(QStringLiteral("Mar"), at(2026, 3, 10), {QStringLiteral("asthma")}),
            makeEntry(QStringLiteral("Feb"), at(2026, 2, 10), {QStringLiteral("migraine"), QStringLiteral("asthma")}),
            makeEntry(QStringLiteral("Apr"), at(2026, 4, 10)),
            makeEntry(QStringLiteral("Mar later"), at(2026, 3, 10)),
        });
        QCOMPARE(titles(journal.list()),
                 (QStringList {QStringLiteral("Apr"), QStringLiteral("Mar later"), QStringLiteral("Mar"),
                               QStringLiteral("Feb"), QStringLiteral("Jan")}));
        QCOMPARE(journal.count(), 5);
        QCOMPARE(titles(journal.list({}, 1, 2)), (QStringList {QStringLiteral("Mar later"), QStringLiteral("Mar")}));

        JournalRepository::Filter byTag;
        byTag.tag = QStringLiteral("#Migraine");
        QCOMPARE(titles(journal.list(byTag)), (QStringList {QStringLiteral("Feb"), QStringLiteral("Jan")}));
        QCOMPARE(journal.count(byTag), 2);

        JournalRepository::Filter range;
        range.from = at(2026, 2, 1);
        range.to = at(2026, 3, 10);
        QCOMPARE(titles(journal.list(range)),
                 (QStringList {QStringLiteral("Mar later"), QStringLiteral("Mar"), QStringLiteral("Feb")}));
        range.tag = QStringLiteral("asthma");
        QCOMPARE(journal.count(range), 2);
        range.tag = QStringLiteral("no-such-tag");
        QCOMPARE(journal.count(range), 0);
        QVERIFY(journal.list(range).empty());

        QCOMPARE(errorKindOf([&] { journal.list({}, 0, 0); }), RecordError::Kind::Invalid);
        QCOMPARE(errorKindOf([&] { journal.list({}, -1, 10); }), RecordError::Kind::Invalid);
        QCOMPARE(errorKindOf([&] { journal.list({}, 0, JournalRepository::MaxPageSize + 1); }),
                 RecordError::Kind::Invalid);
    }

    void softDeleteHidesAndRestoreBringsBack()
    {
        TemporaryVault tv;
        JournalRepository journal(tv.db());
        const std::int64_t keep = journal.add(makeEntry(QStringLiteral("Keep"), at(2026, 1, 1), {QStringLiteral("x")}));
        const std::int64_t id = journal.add(makeEntry(QStringLiteral("Palpitations"), at(2026, 1, 2),
                                                      {QStringLiteral("heart")}, QStringLiteral("racing heart")));
        QCOMPARE(journal.searchCount(QStringLiteral("palpitations")), 1);

        journal.softDelete(id);
        QCOMPARE(titles(journal.list()), QStringList {QStringLiteral("Keep")});
        QCOMPARE(journal.count(), 1);
        QVERIFY(journal.search(QStringLiteral("palpitations")).empty());
        QVERIFY(journal.search(QStringLiteral("racing")).empty());
        QCOMPARE(journal.allTags().size(), std::size_t(1));
        QVERIFY(journal.timeline(at(2025, 1, 1), at(2027, 1, 1)).size() == 1);
        try {
            journal.get(id);
            QFAIL("a deleted entry was returned");
        } catch (const RecordError& error) {
            QCOMPARE(error.kind(), RecordError::Kind::NotFound);
            QVERIFY(error.message().contains(QLatin1String("deleted")));
        }
        QVERIFY(journal.get(id, true).deleted);
        const std::vector<JournalEntry> deleted = journal.listDeleted();
        QCOMPARE(deleted.size(), std::size_t(1));
        QCOMPARE(deleted.front().id, id);
        QCOMPARE(deleted.front().tags, QStringList {QStringLiteral("heart")});
        QCOMPARE(errorKindOf([&] { journal.softDelete(id); }), RecordError::Kind::NotFound);
        JournalEntry edit = journal.get(id, true);
        edit.title = QStringLiteral("changed while deleted");
        QCOMPARE(errorKindOf([&] { journal.update(edit); }), RecordError::Kind::NotFound);

        journal.restore(id);
        QVERIFY(journal.listDeleted().empty());
        QCOMPARE(journal.count(), 2);
        QCOMPARE(journal.search(QStringLiteral("palpitations")).size(), std::size_t(1));
        QCOMPARE(journal.get(id).title, QStringLiteral("Palpitations"));
        QStringList changes;
        for (const RecordVersion& version : journal.history(id))
            changes << version.change;
        QCOMPARE(changes,
                 (QStringList {QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("restore")}));
        // Restoring a live entry changes nothing.
        journal.restore(keep);
        QCOMPARE(journal.history(keep).size(), std::size_t(1));
        QCOMPARE(errorKindOf([&] { journal.softDelete(keep + 1000); }), RecordError::Kind::NotFound);
    }

    void purgeRemovesEntryTagsAttachmentsIndexAndVersions()
    {
        TemporaryVault tv;
        JournalRepository journal(tv.db());
        const std::int64_t id = journal.add(makeEntry(QStringLiteral("Scan"), at(2026, 1, 2), {QStringLiteral("xray")},
                                                      QStringLiteral("purgeable words")),
                                            {{QStringLiteral("scan.png"), journaltest::smallPng()}});
        journal.softDelete(id);
        journal.purge(id);
        QCOMPARE(errorKindOf([&] { journal.get(id, true); }), RecordError::Kind::NotFound);
        QCOMPARE(rowCount(tv.db(), QStringLiteral("SELECT count(*) FROM journal_entries WHERE id = ?"), id), 0);
        QCOMPARE(rowCount(tv.db(), QStringLiteral("SELECT count(*) FROM journal_tags WHERE entry_id = ?"), id), 0);
        QCOMPARE(rowCount(tv.db(), QStringLiteral("SELECT count(*) FROM journal_attachments WHERE entry_id = ?"), id),
                 0);
        QCOMPARE(rowCount(tv.db(), QStringLiteral("SELECT count(*) FROM journal_fts WHERE docid = ?"), id), 0);
        QCOMPARE(rowCount(tv.db(), QStringLiteral("SELECT count(*) FROM record_versions WHERE record_id = ?"), id), 0);
        QCOMPARE(journal.searchCount(QStringLiteral("purgeable")), 0);
        QCOMPARE(errorKindOf([&] { journal.purge(id); }), RecordError::Kind::NotFound);

        // A live entry can be purged too, and goes from the index at once.
        const std::int64_t live = journal.add(makeEntry(QStringLiteral("Live purge"), at(2026, 1, 3)));
        journal.purge(live);
        QCOMPARE(journal.searchCount(QStringLiteral("purge")), 0);
        QCOMPARE(journal.count(), 0);
    }

    void tagsAreNormalizedAndCounted()
    {
        QCOMPARE(JournalRepository::normalizeTag(QStringLiteral("  ##Blood  Pressure ")),
                 QStringLiteral("blood-pressure"));
        QCOMPARE(JournalRepository::normalizeTag(QStringLiteral("#")), QString());
        QCOMPARE(JournalRepository::normalizeTags(
                     {QStringLiteral("B"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral(" ")}),
                 (QStringList {QStringLiteral("a"), QStringLiteral("b")}));

        TemporaryVault tv;
        JournalRepository journal(tv.db());
        journal.add(
            makeEntry(QStringLiteral("1"), at(2026, 1, 1), {QStringLiteral("Migraine"), QStringLiteral("sleep")}));
        journal.add(makeEntry(QStringLiteral("2"), at(2026, 1, 2), {QStringLiteral("migraine")}));
        const std::int64_t third
            = journal.add(makeEntry(QStringLiteral("3"), at(2026, 1, 3), {QStringLiteral("sleep")}));
        journal.add(makeEntry(QStringLiteral("4"), at(2026, 1, 4), {QStringLiteral("diet")}));
        journal.softDelete(third);
        const auto tags = journal.allTags();
        QCOMPARE(tags.size(), std::size_t(3));
        QCOMPARE(tags[0].tag, QStringLiteral("diet"));
        QCOMPARE(tags[0].count, 1);
        QCOMPARE(tags[1].tag, QStringLiteral("migraine"));
        QCOMPARE(tags[1].count, 2);
        QCOMPARE(tags[2].tag, QStringLiteral("sleep"));
        QCOMPARE(tags[2].count, 1);
        // Tags are searchable words too.
        QCOMPARE(journal.searchCount(QStringLiteral("migraine")), 2);
    }

    void jpegAttachmentLosesItsExif()
    {
        const QByteArray gpsMarker = "GPS-48.8566N-2.3522E-camera-serial-0042";
        const QByteArray jpeg = journaltest::jpegWithExif(gpsMarker);
        QVERIFY(!jpeg.isEmpty());
        QVERIFY(jpeg.contains(gpsMarker));
        QVERIFY(jpeg.contains("Exif"));
        QCOMPARE(QImage::fromData(jpeg).size(), QSize(16, 16));

        TemporaryVault tv;
        JournalRepository journal(tv.db());
        const std::int64_t id = journal.add(makeEntry(QStringLiteral("Rash"), at(2026, 5, 1)));
        const std::int64_t attachmentId = journal.addAttachment(id, QStringLiteral("/home/me/Pictures/rash.jpg"), jpeg);

        const QByteArray stored = journal.attachmentBytes(attachmentId);
        QVERIFY(!stored.contains(gpsMarker));
        QVERIFY(!stored.contains("Exif"));
        QVERIFY(stored.size() < jpeg.size());
        QCOMPARE(QImage::fromData(stored).size(), QSize(16, 16));

        const JournalAttachment meta = journal.attachment(attachmentId);
        QCOMPARE(meta.entryId, id);
        QCOMPARE(meta.fileName, QStringLiteral("rash.jpg"));
        QCOMPARE(meta.mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(meta.size, stored.size());
        QCOMPARE(meta.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex()));

        // The version keeps the attachment's name and hash, never its bytes.
        const auto history = journal.history(id);
        QCOMPARE(history.size(), std::size_t(2));
        const QJsonArray listed = history[1].values.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].toObject().value(QStringLiteral("file_name")).toString(), QStringLiteral("rash.jpg"));
        QCOMPARE(listed[0].toObject().value(QStringLiteral("sha256")).toString(), meta.sha256);
        const QByteArray snapshot = QJsonDocument(history[1].values).toJson(QJsonDocument::Compact);
        QVERIFY(snapshot.size() < 1024);
        QVERIFY(!snapshot.contains(stored.toBase64().left(32)));

        // Nothing of the EXIF segment is anywhere in the stored row.
        Statement raw = tv.db().prepare(QStringLiteral("SELECT data FROM journal_attachments WHERE id = ?"));
        raw.bind(1, attachmentId);
        QVERIFY(raw.step());
        QVERIFY(!raw.blob(0).contains(gpsMarker));
    }

    void attachmentsListRemoveAndRefuseBadFiles()
    {
        TemporaryVault tv;
        JournalRepository journal(tv.db());
        const QByteArray png = journaltest::smallPng();
        const QByteArray pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
        const std::int64_t id = journal.add(makeEntry(QStringLiteral("Lab results"), at(2026, 6, 1)),
                                            {{QStringLiteral("chart.png"), png}, {QStringLiteral("report.pdf"), pdf}});
        const JournalEntry entry = journal.get(id);
        QCOMPARE(entry.version, 1);
        QCOMPARE(entry.attachments.size(), std::size_t(2));
        QCOMPARE(entry.attachments[0].mimeType, QStringLiteral("image/png"));
        QCOMPARE(entry.attachments[1].mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(journal.attachments(id).size(), std::size_t(2));
        QCOMPARE(journal.attachmentBytes(entry.attachments[1].id), pdf);
        QCOMPARE(journal.history(id)[0].values.value(QStringLiteral("attachments")).toArray().size(), 2);

        QCOMPARE(errorKindOf([&] { journal.addAttachment(id, QStringLiteral("notes.txt"), "plain text"); }),
                 RecordError::Kind::Invalid);
        QCOMPARE(errorKindOf([&] { journal.addAttachment(id + 1000, QStringLiteral("x.png"), png); }),
                 RecordError::Kind::NotFound);
        QCOMPARE(errorKindOf([&] { journal.attachmentBytes(999999); }), RecordError::Kind::NotFound);

        journal.removeAttachment(entry.attachments[0].id);
        QCOMPARE(journal.attachments(id).size(), std::size_t(1));
        QCOMPARE(errorKindOf([&] { journal.attachment(entry.attachments[0].id); }), RecordError::Kind::NotFound);
        QCOMPARE(journal.history(id).back().values.value(QStringLiteral("attachments")).toArray().size(), 1);

        // An edit can add and remove in one amendment, but only this entry's attachments.
        const std::int64_t other
            = journal.add(makeEntry(QStringLiteral("Other"), at(2026, 6, 2)), {{QStringLiteral("o.png"), png}});
        JournalEntry edit = journal.get(id);
        QCOMPARE(errorKindOf([&] { journal.update(edit, {}, {journal.attachments(other).front().id}); }),
                 RecordError::Kind::NotFound);
        QCOMPARE(journal.attachments(other).size(), std::size_t(1));
        const int versionBefore = journal.get(id).version;
        journal.update(edit, {{QStringLiteral("new.png"), png}}, {entry.attachments[1].id});
        const JournalEntry after = journal.get(id);
        QCOMPARE(after.version, versionBefore + 1);
        QCOMPARE(after.attachments.size(), std::size_t(1));
        QCOMPARE(after.attachments[0].fileName, QStringLiteral("new.png"));

        // Attachments of a deleted entry are hidden with it.
        journal.softDelete(id);
        QCOMPARE(errorKindOf([&] { journal.attachmentBytes(after.attachments[0].id); }), RecordError::Kind::NotFound);
    }

    void tooLargeAttachmentIsRefused()
    {
        TemporaryVault tv;
        JournalRepository journal(tv.db());
        const std::int64_t id = journal.add(makeEntry(QStringLiteral("Big"), at(2026, 6, 1)));
        QByteArray huge(MediaFile::MaxBytes + 1, '\0');
        const QByteArray header = "%PDF-1.4\n";
        huge.replace(0, header.size(), header);
        try {
            journal.addAttachment(id, QStringLiteral("huge.pdf"), huge);
            QFAIL("a file over the limit was stored");
        } catch (const RecordError& error) {
            QCOMPARE(error.kind(), RecordError::Kind::TooLarge);
            QVERIFY(error.message().contains(QLatin1String("huge.pdf")));
            QVERIFY(error.message().contains(QLatin1String("20")));
        }
        QVERIFY_THROWS_EXCEPTION(
            RecordError,
            journal.add(makeEntry(QStringLiteral("Big 2"), at(2026, 6, 1)), {{QStringLiteral("huge.pdf"), huge}}));
        QCOMPARE(journal.count(), 1);
        QVERIFY(journal.attachments(id).empty());
        QCOMPARE(journal.get(id).version, 1);
        // Exactly at the limit is fine.
        huge.truncate(MediaFile::MaxBytes);
        QVERIFY(journal.addAttachment(id, QStringLiteral("limit.pdf"), huge) > 0);
    }

    void timelineHasTheEntriesInRange()
    {
        TemporaryVault tv;
        JournalRepository journal(tv.db());
        journal.add(makeEntry(QStringLiteral("Before"), at(2026, 1, 1)));
        const std::int64_t inside = journal.add(
            makeEntry(QStringLiteral("Inside"), at(2026, 2, 1), {}, QStringLiteral("\n\nFirst line\nsecond")));
        const std::int64_t gone = journal.add(makeEntry(QStringLiteral("Deleted"), at(2026, 2, 2)));
        journal.add(makeEntry(QStringLiteral("After"), at(2026, 3, 1)));
        journal.softDelete(gone);
        const std::vector<TimelineItem> items = journal.timeline(at(2026, 1, 15), at(2026, 2, 28));
        QCOMPARE(items.size(), std::size_t(1));
        QCOMPARE(items[0].recordId, inside);
        QCOMPARE(items[0].kind, QStringLiteral("journal"));
        QCOMPARE(items[0].event, QStringLiteral("entry"));
        QCOMPARE(items[0].title, QStringLiteral("Inside"));
        QCOMPARE(items[0].detail, QStringLiteral("First line"));
        QCOMPARE(items[0].at, at(2026, 2, 1));
    }

    void batchAddsInOneGo()
    {
        TemporaryVault tv;
        JournalRepository journal(tv.db());
        std::vector<JournalEntry> batch;
        for (int i = 0; i < 50; ++i)
            batch.push_back(makeEntry(QStringLiteral("Entry %1").arg(i), at(2026, 1, 1).addSecs(i * 60),
                                      {QStringLiteral("batch")}, QStringLiteral("body %1").arg(i)));
        const std::vector<std::int64_t> ids = journal.addBatch(batch);
        QCOMPARE(ids.size(), std::size_t(50));
        QCOMPARE(journal.count(), 50);
        QCOMPARE(journal.get(ids[49]).title, QStringLiteral("Entry 49"));
        QCOMPARE(journal.history(ids[0]).size(), std::size_t(1));
        QCOMPARE(journal.list().front().id, ids[49]);
        QCOMPARE(journal.searchCount(QStringLiteral("batch")), 50);
    }
};

QTEST_GUILESS_MAIN(TestJournalRepository)
#include "TestJournalRepository.moc"
