#include "AdherencePanel.h"

#include "AdherenceChart.h"
#include "Clock.h"
#include "DialogSeams.h"
#include "MedicationRepository.h"
#include "RecordError.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace carnet {

AdherencePanel::AdherencePanel(MedicationRepository& repository, QWidget* parent)
    : QGroupBox(tr("Doses taken as scheduled"), parent)
    , m_repository(repository)
    , m_period(new QComboBox(this))
    , m_chart(new AdherenceChart(this))
{
    m_period->setObjectName(QStringLiteral("adherencePeriod"));
    m_period->setAccessibleName(tr("Period"));
    for (int days : {7, 30, 90})
        m_period->addItem(tr("Last %n days", nullptr, days), days);
    m_period->setCurrentIndex(m_period->findData(DefaultDays));
    m_chart->setObjectName(QStringLiteral("adherenceChart"));
    auto* periodLabel = new QLabel(tr("P&eriod:"), this);
    periodLabel->setBuddy(m_period);
    auto* row = new QHBoxLayout;
    row->addWidget(periodLabel);
    row->addWidget(m_period);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    // Many medications scroll instead of pushing the rest of the page away.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_chart);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    // Drawn on the group box's own background, as if there were no scroll area.
    scroll->viewport()->setAutoFillBackground(false);
    m_chart->setAutoFillBackground(false);
    layout->addWidget(scroll, 1);
    connect(m_period, &QComboBox::currentIndexChanged, this, &AdherencePanel::reload);
}

int AdherencePanel::periodDays() const
{
    return m_period->currentData().toInt();
}

void AdherencePanel::setPeriodDays(int days)
{
    const int index = m_period->findData(days);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

void AdherencePanel::reload()
{
    const QDate today = m_repository.clock().now().date();
    try {
        m_chart->setAdherence(m_repository.adherence(today.addDays(1 - periodDays()), today));
    } catch (const RecordError& error) {
        m_chart->setAdherence({});
        MessageBoxSeam::warning(this, tr("Adherence"), error.message());
    } catch (const std::exception& error) {
        m_chart->setAdherence({});
        MessageBoxSeam::warning(this, tr("Adherence"), QString::fromUtf8(error.what()));
    }
}

} // namespace carnet
