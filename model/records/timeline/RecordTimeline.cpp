#include "RecordTimeline.h"

#include "AppointmentRepository.h"
#include "Clock.h"
#include "InsuranceRepository.h"
#include "JournalRepository.h"
#include "MedicationRepository.h"
#include "RecordStore.h"

#include <algorithm>

namespace carnet {

RecordTimeline::RecordTimeline(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

QStringList RecordTimeline::knownKinds()
{
    return {QLatin1String(RecordStore::Journal), QLatin1String(RecordStore::Medication),
            QLatin1String(RecordStore::Appointment), QLatin1String(RecordStore::Insurance)};
}

std::vector<TimelineItem> RecordTimeline::between(const QDateTime& from, const QDateTime& to,
                                                  const QStringList& kinds) const
{
    const auto wanted = [&](const char* kind) { return kinds.isEmpty() || kinds.contains(QLatin1String(kind)); };
    std::vector<TimelineItem> items;
    const auto append = [&](std::vector<TimelineItem> more) {
        items.insert(items.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    };
    if (wanted(RecordStore::Journal))
        append(JournalRepository(m_db).timeline(from, to));
    if (wanted(RecordStore::Medication))
        append(MedicationRepository(m_db, m_clock).timeline(from, to));
    if (wanted(RecordStore::Appointment))
        append(AppointmentRepository(m_db).timeline(from, to));
    if (wanted(RecordStore::Insurance))
        append(InsuranceRepository(m_db).timeline(from, to));

    // Each kind reads its own bounds slightly differently (a day, an instant); the timeline's are [from, to).
    std::erase_if(items, [&](const TimelineItem& item) { return item.at < from || item.at >= to; });
    std::stable_sort(items.begin(), items.end(),
                     [](const TimelineItem& a, const TimelineItem& b) { return a.at < b.at; });
    return items;
}

std::vector<TimelineItem> RecordTimeline::recent(int limit, const QStringList& kinds) const
{
    const QDateTime now = m_clock.now();
    std::vector<TimelineItem> items;
    // Widen the window until there is enough to show: most days a month suffices, a quiet record needs more.
    for (const int days : {31, 366, 3660, 36600}) {
        items = between(now.addDays(-days), now.addSecs(1), kinds);
        if (static_cast<int>(items.size()) >= limit)
            break;
    }
    std::reverse(items.begin(), items.end());
    if (static_cast<int>(items.size()) > limit)
        items.resize(static_cast<std::size_t>(limit));
    return items;
}

} // namespace carnet
