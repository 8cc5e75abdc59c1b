#include "PeopleActionErrors.h"

#include "DialogSeams.h"
#include "RecordError.h"

#include <exception>

namespace carnet {

bool PeopleActionErrors::runOrWarn(QWidget* parent, const QString& title, const std::function<void()>& change)
{
    try {
        change();
        return true;
    } catch (const RecordError& error) {
        MessageBoxSeam::warning(parent, title, error.message());
    } catch (const std::exception& error) {
        MessageBoxSeam::warning(parent, title, tr("The change was not saved: %1").arg(QString::fromUtf8(error.what())));
    }
    return false;
}

} // namespace carnet
