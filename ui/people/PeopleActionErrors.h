#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace carnet {

// Runs a change the person asked for in the profile, care-team or insurance views and shows why it failed (the
// RecordError's message naming the field, or the storage error) in a warning box instead of dropping it.
class PeopleActionErrors
{
    Q_DECLARE_TR_FUNCTIONS(PeopleActionErrors)

public:
    // True when change ran without throwing.
    static bool runOrWarn(QWidget* parent, const QString& title, const std::function<void()>& change);
};

} // namespace carnet
