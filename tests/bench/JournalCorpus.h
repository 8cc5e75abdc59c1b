#pragma once

#include "JournalEntry.h"

#include <QString>
#include <vector>

namespace carnet::bench {

// Synthetic journal entries for measurements at scale: diary-like words, tags, moods and dates spread over ten
// years, the same for a given index on every run. One entry carries a phrase found nowhere else.
class JournalCorpus
{
public:
    // None of these words occurs in the generated text, so the phrase matches the planted entry only.
    static constexpr const char* PlantedPhrase = "quartz lighthouse tinnitus";
    // Matches medication, medical, medicine, ... in a good share of the entries.
    static constexpr const char* PrefixQuery = "medic*";
    // Two common words that must both appear.
    static constexpr const char* WordsQuery = "headache sleep";

    explicit JournalCorpus(int total);

    int total() const { return m_total; }
    int plantedIndex() const { return m_total * 2 / 3; }
    JournalEntry entry(int index) const;
    std::vector<JournalEntry> batch(int first, int count) const;

private:
    int m_total;
};

} // namespace carnet::bench
