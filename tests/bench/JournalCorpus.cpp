#include "JournalCorpus.h"

#include <QStringList>
#include <array>
#include <random>

namespace carnet::bench {

namespace {

const QStringList& vocabulary()
{
    static const QStringList words
        = QStringLiteral(
              "the a and of to in was with after before during morning evening night afternoon today yesterday felt "
              "feeling better worse tired rested slept sleep woke early late walk walked ran swim cycled stretched "
              "breakfast lunch dinner coffee tea water drank ate skipped meal snack headache migraine dizziness nausea "
              "fatigue pain back knee shoulder neck stomach chest breath breathing cough fever chills rash itch "
              "swelling "
              "pressure blood sugar reading pulse heart rate weight steps appointment doctor nurse clinic pharmacy "
              "prescription refill dose pill tablet inhaler medication medicine medical medics insulin vitamin "
              "therapy physio exercise yoga mood anxious calm stressed happy sad low energy focus work home family "
              "friend call visit rain sun cold warm weather allergy pollen dust sneezing eyes sore throat ear tooth "
              "dentist appointment scan result test lab normal high mild moderate severe improving stable noted "
              "symptom symptoms started stopped continued again still less more than usual about hours minutes "
              "twice once three times bed rest quiet noisy travel train bus car drive short long hill stairs garden "
              "read book music film nap shower bath cream ointment ice heat pack brace splint crutches wrap")
              .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words;
}

const QStringList& tagPool()
{
    static const QStringList tags
        = QStringLiteral(
              "asthma migraine sleep diet exercise mood allergy back-pain blood-pressure diabetes physio dentist "
              "appointment medication travel stress work family weather skin vision hearing digestion heart")
              .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return tags;
}

QString sentence(std::mt19937& random, int words)
{
    const QStringList& vocab = vocabulary();
    std::uniform_int_distribution<int> pick(0, static_cast<int>(vocab.size()) - 1);
    QStringList parts;
    for (int i = 0; i < words; ++i)
        parts << vocab.at(pick(random));
    QString text = parts.join(QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text + QLatin1Char('.');
}

} // namespace

JournalCorpus::JournalCorpus(int total)
    : m_total(total)
{
}

JournalEntry JournalCorpus::entry(int index) const
{
    std::mt19937 random(static_cast<std::mt19937::result_type>(index) * 2654435761u + 17u);
    std::uniform_int_distribution<int> titleWords(2, 5);
    std::uniform_int_distribution<int> sentenceWords(6, 14);
    std::uniform_int_distribution<int> sentences(3, 7);
    std::uniform_int_distribution<int> tagCount(0, 3);
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> mood(1, 5);
    std::uniform_int_distribution<int> jitterMinutes(0, 600);

    JournalEntry entry;
    QString title = sentence(random, titleWords(random));
    title.chop(1);
    entry.title = title;
    QStringList body;
    const int count = sentences(random);
    for (int i = 0; i < count; ++i)
        body << sentence(random, sentenceWords(random));
    if (index == plantedIndex())
        body.insert(1, QStringLiteral("Heard a %1 hum all day.").arg(QLatin1String(PlantedPhrase)));
    entry.body = body.join(QLatin1Char(' '));
    const QStringList& tags = tagPool();
    std::uniform_int_distribution<int> pickTag(0, static_cast<int>(tags.size()) - 1);
    const int tagsWanted = tagCount(random);
    for (int i = 0; i < tagsWanted; ++i)
        entry.tags << tags.at(pickTag(random));
    if (percent(random) < 60)
        entry.mood = mood(random);
    if (percent(random) < 30)
        entry.symptoms << vocabulary().at(48 + percent(random) % 30);
    // Ten years, oldest first, a few hours of jitter so dates are not strictly even.
    const qint64 span = qint64(10) * 365 * 24 * 3600;
    const qint64 offset = m_total > 0 ? span * index / m_total : 0;
    entry.occurredAt = QDateTime(QDate(2016, 1, 1), QTime(7, 0), Qt::UTC).addSecs(offset + jitterMinutes(random) * 60);
    return entry;
}

std::vector<JournalEntry> JournalCorpus::batch(int first, int count) const
{
    std::vector<JournalEntry> entries;
    entries.reserve(static_cast<std::size_t>(count));
    for (int i = first; i < first + count && i < m_total; ++i)
        entries.push_back(entry(i));
    return entries;
}

} // namespace carnet::bench
