#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace carnet {

// One dated line of the timeline (Today view, `carnet-cli timeline`): a journal entry, a dose, an appointment, a
// medication started or stopped, a plan taking effect. Each repository yields its own; Timeline merges them by date.
struct TimelineItem
{
    QDateTime at;          // when it happened or will happen
    QString kind;          // RecordStore kind of the record it comes from ("journal", "medication", ...)
    QString event;         // what happened, a short machine word: "entry", "dose-taken", "appointment", "started"
    std::int64_t recordId = 0;
    QString title;         // one line for a list
    QString detail;        // optional second line
};

} // namespace carnet
