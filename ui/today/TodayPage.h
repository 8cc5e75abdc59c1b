#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace carnet {

class Clock;
class DueDoseModel;
class MedicationRepository;
class Vault;

// The first thing a patient sees after unlocking: today's doses (take or skip them here), the next appointments,
// refills running low and the latest entries of every kind. Read fresh each time the page is shown.
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    TodayPage(Vault& vault, const Clock& clock, QWidget* parent = nullptr);
    ~TodayPage() override;

    void reload();

    QTableView* doseView() const { return m_doses; }
    QListWidget* upcomingList() const { return m_upcoming; }
    QListWidget* refillList() const { return m_refills; }
    QListWidget* recentList() const { return m_recent; }
    void takeSelectedDose();
    void skipSelectedDose();

signals:
    // A line was opened: the main window shows the section of that kind ("journal", "medication", ...).
    void sectionRequested(const QString& kind);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void recordSelectedDose(bool taken);
    void updateDoseButtons();
    void selectFirstPendingDose();
    void fillUpcoming();
    void fillRefills();
    void fillRecent();

    Vault& m_vault;
    const Clock& m_clock;
    std::unique_ptr<MedicationRepository> m_meds;
    DueDoseModel* m_doseModel;
    QLabel* m_greeting;
    QTableView* m_doses;
    QPushButton* m_take;
    QPushButton* m_skip;
    QListWidget* m_upcoming;
    QListWidget* m_refills;
    QListWidget* m_recent;
};

} // namespace carnet
