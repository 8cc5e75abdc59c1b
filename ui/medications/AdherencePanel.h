#pragma once

#include <QGroupBox>

class QComboBox;

namespace carnet {

class AdherenceChart;
class MedicationRepository;

// The adherence chart with its period (last 7, 30 or 90 days, ending today by the repository's clock).
class AdherencePanel : public QGroupBox
{
    Q_OBJECT

public:
    static constexpr int DefaultDays = 30;

    AdherencePanel(MedicationRepository& repository, QWidget* parent = nullptr);

    AdherenceChart* chart() const { return m_chart; }
    int periodDays() const;
    void setPeriodDays(int days);
    // Reads adherence for the period again.
    void reload();

private:
    MedicationRepository& m_repository;
    QComboBox* m_period;
    AdherenceChart* m_chart;
};

} // namespace carnet
