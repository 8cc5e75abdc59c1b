#include "JournalCorpus.h"
#include "JournalListModel.h"
#include "JournalRepository.h"
#include "ProcessMemory.h"
#include "TemporaryVault.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QTextStream>

using namespace carnet;
using carnet::bench::JournalCorpus;
using carnet::bench::ProcessMemory;
using testsupport::TemporaryVault;

namespace {

constexpr int Entries = 100000;
// Larger transactions save commits (each one syncs the WAL); FTS4 keeps a transaction's terms in memory until then.
constexpr int Batch = 5000;

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

QString reportPath()
{
    const QString fromEnvironment = qEnvironmentVariable("CARNET_BENCH_REPORT");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStringLiteral(CARNET_BUILD_DIR)).filePath(QStringLiteral("bench-report.md"));
}

} // namespace

// A real vault with 100,000 journal entries: search still finds the one planted entry, and the list model reads
// one page, not the table. Timings go to the benchmark report; they are recorded, not asserted.
class TestJournalAtScale : public QObject
{
    Q_OBJECT

private slots:
    void hundredThousandEntries()
    {
        TemporaryVault tv;
        JournalRepository journal(tv.db());
        const JournalCorpus corpus(Entries);

        QElapsedTimer timer;
        timer.start();
        std::int64_t plantedId = 0;
        for (int first = 0; first < Entries; first += Batch) {
            const std::vector<std::int64_t> ids = journal.addBatch(corpus.batch(first, Batch));
            QCOMPARE(static_cast<int>(ids.size()), std::min(Batch, Entries - first));
            if (corpus.plantedIndex() >= first && corpus.plantedIndex() < first + Batch)
                plantedId = ids[static_cast<std::size_t>(corpus.plantedIndex() - first)];
        }
        const double insertMs = elapsedMs(timer);
        QVERIFY(plantedId > 0);

        timer.restart();
        const auto hits
            = journal.search(QLatin1Char('"') + QLatin1String(JournalCorpus::PlantedPhrase) + QLatin1Char('"'));
        const double phraseMs = elapsedMs(timer);
        QCOMPARE(hits.size(), std::size_t(1));
        QCOMPARE(hits.front().id, plantedId);
        QVERIFY(hits.front().snippet.contains(QLatin1String("[quartz] [lighthouse] [tinnitus]")));
        QCOMPARE(journal.searchCount(QStringLiteral("quartz lighthouse tinnitus")), 1);

        timer.restart();
        const auto prefixHits = journal.search(QLatin1String(JournalCorpus::PrefixQuery));
        const double prefixMs = elapsedMs(timer);
        QCOMPARE(prefixHits.size(), std::size_t(20));

        timer.restart();
        JournalListModel model(journal);
        const double listMs = elapsedMs(timer);
        QCOMPARE(model.rowCount(), JournalListModel::DefaultPageSize);
        QCOMPARE(model.count(), Entries);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(journal.count(), Entries);

        const double totalMs = insertMs + phraseMs + prefixMs + listMs;
        QFile report(reportPath());
        QVERIFY2(report.open(QIODevice::Append | QIODevice::Text), qPrintable(report.fileName()));
        QTextStream out(&report);
        out << "\n## TestJournalAtScale, " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\n\n"
            << "Encrypted vault, " << Entries << " entries in transactions of " << Batch
            << " (timings not asserted).\n\n"
            << "| Measure | Time |\n|---|---:|\n"
            << "| Insert " << Entries << " entries | " << QString::number(insertMs / 1000.0, 'f', 1) << " s |\n"
            << "| Search planted phrase (warm) | " << QString::number(phraseMs, 'f', 2) << " ms |\n"
            << "| Prefix search `" << JournalCorpus::PrefixQuery << "`, top 20 | " << QString::number(prefixMs, 'f', 1)
            << " ms |\n"
            << "| JournalListModel first page (" << model.rowCount() << " rows + count) | "
            << QString::number(listMs, 'f', 1) << " ms |\n"
            << "| Peak RSS (VmHWM) | " << ProcessMemory::peakResidentKiB() / 1024 << " MiB |\n";
        qInfo("insert %.1f s, phrase %.2f ms, prefix %.1f ms, list %.1f ms, total %.1f s; report %s", insertMs / 1000.0,
              phraseMs, prefixMs, listMs, totalMs / 1000.0, qPrintable(report.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestJournalAtScale)
#include "TestJournalAtScale.moc"
