#pragma once

#include <QDateTime>

namespace carnet {

// The time as the app sees it; tests inject a clock they can move by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    static const Clock& system();
};

} // namespace carnet
