#pragma once

#include "Timeline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <vector>

namespace carnet {

class Clock;
class Database;

// Every kind of record on one line of time: journal entries, doses and medication changes, appointments and
// coverage dates, merged by date — the Today view's "recent" list and `carnet-cli timeline`.
class RecordTimeline
{
    Q_DECLARE_TR_FUNCTIONS(RecordTimeline)

public:
    RecordTimeline(Database& db, const Clock& clock);

    // Items with from <= at < to, oldest first. kinds limits them to those RecordStore kinds (empty: all).
    std::vector<TimelineItem> between(const QDateTime& from, const QDateTime& to, const QStringList& kinds = {}) const;
    // The newest `limit` items at or before now, newest first.
    std::vector<TimelineItem> recent(int limit, const QStringList& kinds = {}) const;

    static QStringList knownKinds();

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace carnet
