#pragma once

#include "DeletedMedications.h"
#include "MedicationRepository.h"

#include <QKeySequence>
#include <QSet>
#include <QWidget>

#include <cstdint>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTabBar;
class QTableView;
class QTimer;

namespace carnet {

class AdherenceChart;
class AdherencePanel;
class Clock;
class DueDoseModel;
class DueDosePanel;
class MedicationDetailsView;
class MedicationListDelegate;
class MedicationListModel;
class MedicationsEmptyState;
class Vault;

// The Medications section: today's doses to take or skip, current, past and deleted medications with their details,
// the actions on them (new, edit, stop, delete, restore, history, extra dose) and how closely schedules were followed.
class MedicationsPage : public QWidget
{
    Q_OBJECT

public:
    enum class ListTab { Current, Past, Deleted };
    // A medication whose next refill is this many days away or less is marked "refill soon".
    static constexpr int RefillLookAheadDays = 7;

    // The clock decides "today" and "now" for due doses, adherence and new records; the main window passes
    // Clock::system().
    MedicationsPage(Vault& vault, const Clock& clock, QWidget* parent = nullptr);
    explicit MedicationsPage(Vault& vault, QWidget* parent = nullptr);
    ~MedicationsPage() override;

    MedicationRepository& repository() { return m_repository; }
    DueDosePanel* dosePanel() const { return m_dosePanel; }
    DueDoseModel* doseModel() const;
    MedicationListModel* listModel() const { return m_listModel; }
    QTableView* listView() const { return m_listView; }
    QListWidget* deletedView() const { return m_deletedView; }
    MedicationDetailsView* detailsView() const { return m_details; }
    AdherencePanel* adherencePanel() const { return m_adherence; }
    AdherenceChart* adherenceChart() const;

    ListTab currentList() const;
    void showList(ListTab tab);
    // Selects a medication in the list shown (or in the deleted list); false when it is not there.
    bool selectMedication(std::int64_t id);
    // The medication selected in the list shown, or 0.
    std::int64_t selectedMedicationId() const;
    bool isShowingEmptyState() const;
    QString emptyStateText() const;
    // What the list area says when the list shown has no row.
    QString listHintText() const;
    bool isRefillSoon(std::int64_t id) const;
    // "Refill soon: Metformin 500 mg on 05/03/2026", above the current list; empty when no refill is close.
    QString refillBannerText() const;

    // Reads everything again from the vault.
    void reload();

    // The page's actions, also reachable by their shortcuts.
    void newMedication();
    void editMedication();
    void stopMedication();
    void deleteMedication();
    void restoreMedication();
    void showHistory();
    void takeExtraDose();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QAction* addPageAction(const QString& objectName, const QString& text, const QString& toolTip,
                           const QList<QKeySequence>& shortcuts, Qt::ShortcutContext context,
                           void (MedicationsPage::*slot)());
    void createActions();
    QWidget* createListArea();
    void reloadLists();
    void tabChanged(int index);
    void selectionChanged();
    void updateActions();
    void updateDetails();
    void doseRecorded(qint64 medicationId);
    // The selected medication as stored, or nothing (with the error shown) when it cannot be read.
    std::optional<Medication> selectedMedication();
    void showError(const QString& title, const std::exception& error);

    Vault& m_vault;
    MedicationRepository m_repository;
    DeletedMedications m_deletedMedications;
    QSet<qint64> m_refillSoon;
    bool m_anyLive = false;

    QStackedWidget* m_content;
    MedicationsEmptyState* m_emptyState;
    DueDosePanel* m_dosePanel;
    AdherencePanel* m_adherence;
    QTabBar* m_tabs;
    QStackedWidget* m_listStack;
    MedicationListModel* m_listModel;
    MedicationListDelegate* m_listDelegate;
    QTableView* m_listView;
    QLabel* m_refillBanner;
    QLabel* m_listHint;
    QListWidget* m_deletedView;
    MedicationDetailsView* m_details;
    QTimer* m_minuteTimer;

    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_extraDoseAction = nullptr;
};

} // namespace carnet
