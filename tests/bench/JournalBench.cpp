// carnet-bench: fills a real encrypted vault and a plain SQLite database with the same schema with N generated
// journal entries through JournalRepository, times inserting, searching and the first page of the journal list, and
// writes a Markdown report comparing the two.
//
// Every phase runs in a child process of its own, so peak memory and SQLite's page cache belong to that phase
// alone. Queries run in several rounds that alternate between the two databases, so a burst of load from other
// processes does not land on one side only; wall and CPU time are both reported.
#include "Database.h"
#include "JournalCorpus.h"
#include "JournalListModel.h"
#include "JournalRepository.h"
#include "PassphraseKdf.h"
#include "ProcessMemory.h"
#include "SecretBytes.h"
#include "Stopwatch.h"
#include "Vault.h"
#include "VaultSchema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <stdexcept>

using namespace carnet;
using carnet::bench::JournalCorpus;
using carnet::bench::ProcessMemory;
using carnet::bench::Stopwatch;

namespace {

constexpr int DefaultEntries = 100000;
constexpr int DefaultBatch = 1000;
constexpr int DefaultRounds = 3;
constexpr int Repeats = 9;
const char* const Passphrase = "benchmark passphrase, not a secret";
const QString Encrypted = QStringLiteral("encrypted");
const QString Plain = QStringLiteral("plain");
const QStringList QueryKeys
    = {QStringLiteral("list"), QStringLiteral("phrase"), QStringLiteral("prefix"), QStringLiteral("words")};
const QStringList TimingKeys = {QStringLiteral("first_wall_ms"), QStringLiteral("first_cpu_ms"),
                                QStringLiteral("median_wall_ms"), QStringLiteral("median_cpu_ms")};

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

// The first run (right after the database was opened) and the median of Repeats more, wall and CPU.
QJsonObject timeQuery(const std::function<void()>& query)
{
    Stopwatch watch;
    watch.start();
    query();
    const double firstWall = watch.wallMs();
    const double firstCpu = watch.cpuMs();
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < Repeats; ++i) {
        watch.start();
        query();
        wall.push_back(watch.wallMs());
        cpu.push_back(watch.cpuMs());
    }
    return {{QStringLiteral("first_wall_ms"), firstWall},
            {QStringLiteral("first_cpu_ms"), firstCpu},
            {QStringLiteral("median_wall_ms"), median(wall)},
            {QStringLiteral("median_cpu_ms"), median(cpu)}};
}

// One of the two databases, open: a whole vault, or a plain file with the vault's schema.
struct OpenDatabase
{
    std::unique_ptr<Vault> vault;
    std::unique_ptr<Database> plain;
    Database* db = nullptr;
    QString recordsPath;

    void close()
    {
        if (vault)
            vault->lock();
        if (plain)
            plain->close();
        db = nullptr;
    }
};

SecretBytes benchPassphrase()
{
    return SecretBytes::fromUtf8(QString::fromLatin1(Passphrase));
}

OpenDatabase openDatabase(const QString& variant, const QString& workDir, bool create)
{
    OpenDatabase open;
    if (variant == Encrypted) {
        const QString folder = QDir(workDir).filePath(QStringLiteral("vault"));
        open.vault = create
            ? Vault::create(folder, benchPassphrase(), PassphraseKdf::profile(PassphraseKdf::Profile::Interactive))
                  .vault
            : Vault::unlock(folder, benchPassphrase());
        open.db = &open.vault->database();
        open.recordsPath = open.vault->recordsPath();
    } else {
        open.recordsPath = QDir(workDir).filePath(QStringLiteral("records.db"));
        open.plain = Database::openPlain(open.recordsPath,
                                         create ? Database::OpenMode::CreateNew : Database::OpenMode::OpenExisting);
        if (create)
            VaultSchema::migrator().migrate(*open.plain);
        open.db = open.plain.get();
    }
    return open;
}

QJsonObject insertPhase(const QString& variant, const QString& workDir, int entries, int batchSize)
{
    QDir().mkpath(workDir);
    OpenDatabase open = openDatabase(variant, workDir, true);
    // Key derivation (Argon2id takes 64 MiB at the interactive floor) is not what is measured here.
    const qint64 setupPeak = ProcessMemory::peakResidentKiB();
    const bool peakReset = ProcessMemory::resetPeak();

    const JournalCorpus corpus(entries);
    JournalRepository journal(*open.db);
    std::int64_t plantedId = 0;
    double wallMs = 0.0;
    double cpuMs = 0.0;
    int reported = 0;
    Stopwatch watch;
    for (int first = 0; first < entries; first += batchSize) {
        const std::vector<JournalEntry> batch = corpus.batch(first, batchSize);
        watch.start();
        const std::vector<std::int64_t> ids = journal.addBatch(batch);
        wallMs += watch.wallMs();
        cpuMs += watch.cpuMs();
        if (corpus.plantedIndex() >= first && corpus.plantedIndex() < first + static_cast<int>(ids.size()))
            plantedId = ids[static_cast<std::size_t>(corpus.plantedIndex() - first)];
        const int done = first + static_cast<int>(ids.size());
        if (done * 10 / entries > reported) {
            reported = done * 10 / entries;
            err() << variant << ": " << done << " entries inserted, " << qRound(wallMs / 1000.0) << " s\n";
            err().flush();
        }
    }
    const int stored = journal.count();
    const qint64 insertPeak = ProcessMemory::peakResidentKiB();
    open.close();
    return {
        {QStringLiteral("entries"), entries},
        {QStringLiteral("stored"), stored},
        {QStringLiteral("batch"), batchSize},
        {QStringLiteral("insert_wall_ms"), wallMs},
        {QStringLiteral("insert_cpu_ms"), cpuMs},
        {QStringLiteral("planted_id"), static_cast<qint64>(plantedId)},
        // Closing checkpoints and truncates the WAL, so the file holds everything.
        {QStringLiteral("database_bytes"), static_cast<qint64>(QFileInfo(open.recordsPath).size())},
        {QStringLiteral("peak_rss_setup_kib"), setupPeak},
        {QStringLiteral("peak_rss_insert_kib"), peakReset ? insertPeak : -1},
    };
}

QJsonObject queryPhase(const QString& variant, const QString& workDir, std::int64_t plantedId)
{
    Stopwatch watch;
    watch.start();
    OpenDatabase open = openDatabase(variant, workDir, false);
    const double reopenMs = watch.wallMs();
    const bool peakReset = ProcessMemory::resetPeak();
    JournalRepository journal(*open.db);

    QJsonObject result {{QStringLiteral("reopen_ms"), reopenMs}};
    // The order a user meets them: the list right after unlocking, then searches.
    int modelRows = 0;
    int modelCount = 0;
    result.insert(QStringLiteral("list"), timeQuery([&] {
                      JournalListModel model(journal);
                      modelRows = model.rowCount();
                      modelCount = model.count();
                  }));
    const QString phraseQuery = QLatin1Char('"') + QLatin1String(JournalCorpus::PlantedPhrase) + QLatin1Char('"');
    std::vector<JournalRepository::SearchHit> phraseHits;
    result.insert(QStringLiteral("phrase"), timeQuery([&] { phraseHits = journal.search(phraseQuery, 20); }));
    if (phraseHits.size() != 1 || phraseHits.front().id != plantedId)
        throw std::runtime_error("the planted phrase was not found exactly once");
    result.insert(QStringLiteral("prefix"),
                  timeQuery([&] { journal.search(QLatin1String(JournalCorpus::PrefixQuery), 20); }));
    result.insert(QStringLiteral("words"),
                  timeQuery([&] { journal.search(QLatin1String(JournalCorpus::WordsQuery), 20); }));
    result.insert(QStringLiteral("list_rows"), modelRows);
    result.insert(QStringLiteral("list_count"), modelCount);
    result.insert(QStringLiteral("prefix_matches"), journal.searchCount(QLatin1String(JournalCorpus::PrefixQuery)));
    result.insert(QStringLiteral("words_matches"), journal.searchCount(QLatin1String(JournalCorpus::WordsQuery)));
    result.insert(QStringLiteral("peak_rss_query_kib"), peakReset ? ProcessMemory::peakResidentKiB() : -1);
    open.close();
    return result;
}

QJsonObject runChild(const QStringList& arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForStarted() || !child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit
        || child.exitCode() != 0)
        throw std::runtime_error("a measuring run failed: " + arguments.join(QLatin1Char(' ')).toStdString());
    const QJsonObject result = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    if (result.isEmpty())
        throw std::runtime_error("a measuring run printed no result: "
                                 + arguments.join(QLatin1Char(' ')).toStdString());
    return result;
}

// The median over rounds of every timing, and the other values from the first round.
QJsonObject combineRounds(const std::vector<QJsonObject>& rounds)
{
    QJsonObject combined = rounds.front();
    for (const QString& query : QueryKeys) {
        QJsonObject timings;
        for (const QString& key : TimingKeys) {
            std::vector<double> values;
            for (const QJsonObject& round : rounds)
                values.push_back(round.value(query).toObject().value(key).toDouble());
            timings.insert(key, median(values));
        }
        combined.insert(query, timings);
    }
    std::vector<double> reopen;
    qint64 peak = 0;
    for (const QJsonObject& round : rounds) {
        reopen.push_back(round.value(QStringLiteral("reopen_ms")).toDouble());
        peak = std::max<qint64>(peak, round.value(QStringLiteral("peak_rss_query_kib")).toInteger());
    }
    combined.insert(QStringLiteral("reopen_ms"), median(reopen));
    combined.insert(QStringLiteral("peak_rss_query_kib"), peak);
    return combined;
}

QString firstLineOf(const QString& path, const QByteArray& prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // /proc files report a size of 0; readAll() reads until the real end.
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return QString::fromUtf8(line).trimmed();
    }
    return {};
}

QString cpuModel()
{
    const QString line = firstLineOf(QStringLiteral("/proc/cpuinfo"), "model name");
    return line.isEmpty() ? QSysInfo::currentCpuArchitecture() : line.section(QLatin1Char(':'), 1).trimmed();
}

QString loadAverage()
{
    return firstLineOf(QStringLiteral("/proc/loadavg"), "").section(QLatin1Char(' '), 0, 2);
}

QString formatMs(double ms)
{
    if (ms >= 10000)
        return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1);
    if (ms >= 100)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', 0);
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', 2);
}

QString ratio(double encrypted, double plain)
{
    return plain > 0 ? QStringLiteral("%1×").arg(encrypted / plain, 0, 'f', 2) : QStringLiteral("—");
}

QString thousands(qint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

QString mib(double kib)
{
    return QStringLiteral("%1 MiB").arg(kib / 1024.0, 0, 'f', 0);
}

struct RunInfo
{
    int entries = 0;
    int batch = 0;
    int rounds = 0;
    QString loadBefore;
    QString loadAfter;
    double totalSeconds = 0.0;
};

QString report(const QJsonObject& insertEnc, const QJsonObject& insertPlain, const QJsonObject& queryEnc,
               const QJsonObject& queryPlain, const RunInfo& run)
{
    QString text;
    QTextStream out(&text);
    const auto row = [&](const QString& label, double encWall, double plainWall, double encCpu, double plainCpu) {
        out << "| " << label << " | " << formatMs(encWall) << " | " << formatMs(plainWall) << " | "
            << ratio(encWall, plainWall) << " | " << formatMs(encCpu) << " | " << formatMs(plainCpu) << " | "
            << ratio(encCpu, plainCpu) << " |\n";
    };
    const auto queryRows = [&](const QString& label, const QString& key) {
        const QJsonObject e = queryEnc.value(key).toObject();
        const QJsonObject p = queryPlain.value(key).toObject();
        const auto value
            = [](const QJsonObject& o, const char* name) { return o.value(QLatin1String(name)).toDouble(); };
        row(label + QStringLiteral(", first after opening"), value(e, "first_wall_ms"), value(p, "first_wall_ms"),
            value(e, "first_cpu_ms"), value(p, "first_cpu_ms"));
        row(label + QStringLiteral(", median of %1").arg(Repeats), value(e, "median_wall_ms"),
            value(p, "median_wall_ms"), value(e, "median_cpu_ms"), value(p, "median_cpu_ms"));
    };
    const auto number = [](const QJsonObject& o, const char* name) { return o.value(QLatin1String(name)).toDouble(); };

    out << "# Journal at " << thousands(run.entries) << " entries: encrypted vault vs plain SQLite\n\n";
    out << "Measured by `carnet-bench --entries " << run.entries << "` on "
        << QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) << " ("
        << QString::number(run.totalSeconds, 'f', 0) << " s in all).\n\n";
    out << "- Machine: " << cpuModel() << ", " << QThread::idealThreadCount() << " logical CPUs, "
        << QSysInfo::prettyProductName() << "; load average " << run.loadBefore << " before, " << run.loadAfter
        << " after (other work shared the machine, so CPU time is the steadier comparison).\n";
    out << "- Library: SQLCipher " << Database::libraryCipherVersion() << " on SQLite "
        << Database::librarySqliteVersion() << ". Encrypted: a real vault (4096-byte cipher pages, 64 MiB page "
        << "cache, WAL, synchronous=FULL, secure_delete=ON). Plain: `Database::openPlain` (same pragmas, 4096-byte "
        << "pages) with the vault's migrations.\n";
    out << "- Data: " << thousands(run.entries) << " generated entries (title, Markdown body of 3–7 sentences, 0–3 "
        << "tags, mood, symptoms) added through `JournalRepository::addBatch`, " << run.batch
        << " entries per transaction; each entry also writes its version snapshot and its FTS4 row.\n";
    out << "- Queries: " << run.rounds << " rounds alternating encrypted and plain, each in a fresh process that "
        << "opens the database (the encrypted one by a full unlock), runs each query once (\"first\") and then "
        << Repeats << " more times (\"median\"); the table shows the median over the rounds.\n\n";

    out << "| Measure | Encrypted | Plain | Ratio | Encrypted CPU | Plain CPU | CPU ratio |\n";
    out << "|---|---:|---:|---:|---:|---:|---:|\n";
    row(QStringLiteral("Insert %1 entries").arg(thousands(run.entries)), number(insertEnc, "insert_wall_ms"),
        number(insertPlain, "insert_wall_ms"), number(insertEnc, "insert_cpu_ms"),
        number(insertPlain, "insert_cpu_ms"));
    queryRows(QStringLiteral("First page in JournalListModel (%1 rows + count)")
                  .arg(queryEnc.value(QStringLiteral("list_rows")).toInt()),
              QStringLiteral("list"));
    queryRows(QStringLiteral("Search planted phrase (1 match)"), QStringLiteral("phrase"));
    queryRows(QStringLiteral("Prefix search `%1` (%2 matches, top 20)")
                  .arg(QLatin1String(JournalCorpus::PrefixQuery),
                       thousands(queryEnc.value(QStringLiteral("prefix_matches")).toInt())),
              QStringLiteral("prefix"));
    queryRows(QStringLiteral("Two-word search `%1` (%2 matches, top 20)")
                  .arg(QLatin1String(JournalCorpus::WordsQuery),
                       thousands(queryEnc.value(QStringLiteral("words_matches")).toInt())),
              QStringLiteral("words"));
    out << '\n';
    out << "The cipher's cost shows where pages are written (insert) and, less, where they are first read and "
        << "decrypted (\"first after opening\"). With the pages decrypted in the page cache, the larger searches ran "
        << "somewhat faster on the encrypted side in every run on this machine; the cause was not looked into, and "
        << "it is not a gain to count on.\n\n";

    out << "| | Encrypted | Plain | Ratio |\n|---|---:|---:|---:|\n";
    out << "| Insert rate (wall) | "
        << thousands(qRound64(run.entries / (number(insertEnc, "insert_wall_ms") / 1000.0))) << " entries/s | "
        << thousands(qRound64(run.entries / (number(insertPlain, "insert_wall_ms") / 1000.0))) << " entries/s | |\n";
    out << "| Opening (encrypted: unlock with Argon2id at the interactive floor) | "
        << formatMs(number(queryEnc, "reopen_ms")) << " | " << formatMs(number(queryPlain, "reopen_ms")) << " | — |\n";
    const double encBytes = number(insertEnc, "database_bytes");
    const double plainBytes = number(insertPlain, "database_bytes");
    out << "| Database file | " << QString::number(encBytes / (1024.0 * 1024.0), 'f', 1) << " MiB | "
        << QString::number(plainBytes / (1024.0 * 1024.0), 'f', 1) << " MiB | " << ratio(encBytes, plainBytes)
        << " |\n";
    const auto rssRow = [&](const QString& label, double e, double p) {
        if (e < 0 || p < 0)
            return;
        out << "| " << label << " | " << mib(e) << " | " << mib(p) << " | " << ratio(e, p) << " |\n";
    };
    rssRow(QStringLiteral("Peak RSS while inserting (VmHWM)"), number(insertEnc, "peak_rss_insert_kib"),
           number(insertPlain, "peak_rss_insert_kib"));
    rssRow(QStringLiteral("Peak RSS while querying (VmHWM)"), number(queryEnc, "peak_rss_query_kib"),
           number(queryPlain, "peak_rss_query_kib"));
    rssRow(QStringLiteral("Peak RSS creating the database (encrypted: Argon2id's 64 MiB)"),
           number(insertEnc, "peak_rss_setup_kib"), number(insertPlain, "peak_rss_setup_kib"));
    out << '\n';
    out << "The journal list reads " << queryEnc.value(QStringLiteral("list_rows")).toInt() << " rows of "
        << thousands(queryEnc.value(QStringLiteral("list_count")).toInt())
        << " on opening and the rest only as the view scrolls (`fetchMore`). Search ranks every match by BM25 "
        << "computed from `matchinfo(journal_fts, 'pcnalx')` and builds snippets only for the page it returns, so "
        << "its cost grows with the number of matches, not with the size of the journal.\n";
    return text;
}

int runParent(const QString& reportPath, int entries, int batchSize, int rounds)
{
    QElapsedTimer total;
    total.start();
    RunInfo run;
    run.entries = entries;
    run.batch = batchSize;
    run.rounds = rounds;
    run.loadBefore = loadAverage();
    QTemporaryDir work;
    if (!work.isValid())
        throw std::runtime_error("cannot create a working folder");
    const auto childArguments = [&](const QString& phase, const QString& variant) {
        return QStringList {QStringLiteral("--phase"),   phase,
                            QStringLiteral("--variant"), variant,
                            QStringLiteral("--workdir"), work.filePath(variant),
                            QStringLiteral("--entries"), QString::number(entries),
                            QStringLiteral("--batch"),   QString::number(batchSize)};
    };
    const QJsonObject insertEnc = runChild(childArguments(QStringLiteral("insert"), Encrypted));
    const QJsonObject insertPlain = runChild(childArguments(QStringLiteral("insert"), Plain));
    std::vector<QJsonObject> queryEnc;
    std::vector<QJsonObject> queryPlain;
    for (int round = 0; round < rounds; ++round) {
        err() << "query round " << round + 1 << " of " << rounds << '\n';
        err().flush();
        queryEnc.push_back(runChild(childArguments(QStringLiteral("query"), Encrypted)
                                    << QStringLiteral("--planted")
                                    << QString::number(insertEnc.value(QStringLiteral("planted_id")).toInteger())));
        queryPlain.push_back(runChild(childArguments(QStringLiteral("query"), Plain)
                                      << QStringLiteral("--planted")
                                      << QString::number(insertPlain.value(QStringLiteral("planted_id")).toInteger())));
    }
    run.loadAfter = loadAverage();
    run.totalSeconds = static_cast<double>(total.elapsed()) / 1000.0;
    const QString text = report(insertEnc, insertPlain, combineRounds(queryEnc), combineRounds(queryPlain), run);
    QSaveFile file(reportPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        throw std::runtime_error("cannot write " + reportPath.toStdString());
    QTextStream(stdout) << text << "\nReport written to " << QFileInfo(reportPath).absoluteFilePath() << '\n';
    return 0;
}

int positive(const QCommandLineParser& parser, const QString& name)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 1)
        throw std::invalid_argument("--" + name.toStdString() + " must be a positive number");
    return value;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carnet-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the journal with many entries in an encrypted vault and in plain SQLite; writes a Markdown report."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("entries"), QStringLiteral("Number of entries (default %1).").arg(DefaultEntries),
                      QStringLiteral("N"), QString::number(DefaultEntries)});
    parser.addOption({QStringLiteral("batch"),
                      QStringLiteral("Entries per transaction (default %1).").arg(DefaultBatch), QStringLiteral("N"),
                      QString::number(DefaultBatch)});
    parser.addOption({QStringLiteral("rounds"),
                      QStringLiteral("Query rounds per database (default %1).").arg(DefaultRounds), QStringLiteral("N"),
                      QString::number(DefaultRounds)});
    parser.addOption({QStringLiteral("report"), QStringLiteral("Where to write the report (default bench-report.md)."),
                      QStringLiteral("PATH"), QStringLiteral("bench-report.md")});
    // Internal: how the parent starts the child process that measures one phase of one database.
    for (const char* hidden : {"phase", "variant", "workdir", "planted"}) {
        QCommandLineOption option(QString::fromLatin1(hidden), QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    parser.process(app);

    try {
        const int entries = positive(parser, QStringLiteral("entries"));
        const int batchSize = positive(parser, QStringLiteral("batch"));
        if (!parser.isSet(QStringLiteral("phase")))
            return runParent(parser.value(QStringLiteral("report")), entries, batchSize,
                             positive(parser, QStringLiteral("rounds")));
        const QString phase = parser.value(QStringLiteral("phase"));
        const QString variant = parser.value(QStringLiteral("variant"));
        const QString workDir = parser.value(QStringLiteral("workdir"));
        if ((variant != Encrypted && variant != Plain) || workDir.isEmpty())
            throw std::invalid_argument("--variant encrypted|plain and --workdir are needed");
        QJsonObject result;
        if (phase == QLatin1String("insert"))
            result = insertPhase(variant, workDir, entries, batchSize);
        else if (phase == QLatin1String("query"))
            result = queryPhase(variant, workDir, parser.value(QStringLiteral("planted")).toLongLong());
        else
            throw std::invalid_argument("--phase insert|query");
        result.insert(QStringLiteral("variant"), variant);
        QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    } catch (const std::invalid_argument& error) {
        std::fprintf(stderr, "carnet-bench: %s\n", error.what());
        return 2;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "carnet-bench: %s\n", error.what());
        return 1;
    }
}
