#pragma once

#include "DoseEvent.h"
#include "Medication.h"

#include <QScrollArea>

#include <vector>

class QLabel;

namespace carnet {

// Everything about the selected medication that the list leaves out: form and route, reason, who prescribed it,
// start and stop, refills, notes and the last doses logged.
class MedicationDetailsView : public QScrollArea
{
    Q_OBJECT

public:
    explicit MedicationDetailsView(QWidget* parent = nullptr);

    void showMedication(const Medication& medication, const std::vector<DoseEvent>& recentDoses, bool refillSoon);
    // Shows a hint instead, e.g. when nothing is selected.
    void showHint(const QString& hint);
    QString text() const;

private:
    QLabel* m_label;
};

} // namespace carnet
