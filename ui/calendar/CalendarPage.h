#pragma once

#include <QDate>
#include <QWidget>
#include <cstdint>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QStackedWidget;

namespace carnet {

class AgendaModel;
class AgendaView;
struct Appointment;
class AppointmentListModel;
class AppointmentRepository;
class CalendarDayPanel;
class CalendarMonthModel;
class Clock;
class MedicationRepository;
class MonthView;
class Vault;
class WeekView;

// The Calendar section: appointments (and the medication doses due) by month, by week or as an agenda, with
// navigation by keyboard, and the actions on the selected appointment: new, edit, cancel, delete, history.
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    enum class View { Month, Week, Agenda };
    // The agenda lists this many days from its first one.
    static constexpr int AgendaDays = 90;

    // The clock decides which day is today.
    CalendarPage(Vault& vault, const Clock& clock, QWidget* parent = nullptr);
    ~CalendarPage() override;

    View view() const { return m_view; }
    void setView(View view);
    QDate selectedDate() const { return m_selectedDate; }
    // Selects a day (the month or week follows) and, in the day's list, its first appointment.
    void selectDate(const QDate& date);
    // The appointment the actions apply to: the agenda's current row, else the one picked in the day's list.
    std::int64_t selectedAppointmentId() const;
    QString selectedOccurrenceKey() const;
    void selectOccurrence(const QDate& date, const QString& key);
    // What the title above the views and the empty-state hint say.
    QString titleText() const;
    QString hintText() const;
    // Reads the visible range again.
    void reload();

    QAction* newAction() const { return m_newAction; }
    QAction* editAction() const { return m_editAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* historyAction() const { return m_historyAction; }
    QAction* deletedAction() const { return m_deletedAction; }
    QAction* previousAction() const { return m_previousAction; }
    QAction* nextAction() const { return m_nextAction; }
    QAction* todayAction() const { return m_todayAction; }
    QAction* showDosesAction() const { return m_showDosesAction; }
    QAction* viewAction(View view) const;

    CalendarMonthModel* monthModel() const { return m_monthModel; }
    AppointmentListModel* agendaSource() const { return m_agendaSource; }
    AgendaModel* agendaModel() const { return m_agendaModel; }
    MonthView* monthView() const { return m_monthView; }
    WeekView* weekView() const { return m_weekView; }
    AgendaView* agendaView() const { return m_agendaView; }
    CalendarDayPanel* dayPanel() const { return m_dayPanel; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildActions();
    QWidget* buildNavigationBar();
    void newAppointment();
    void editSelected();
    void toggleCancelled();
    void deleteSelected();
    void showHistory();
    void showDeleted();
    void openEditor(const Appointment& appointment);
    // Return or a double click on a day: edit its only appointment, pick among several, or add one.
    void openDay(const QDate& date);
    void openOccurrence(const QDate& date, const QString& key);
    void step(int direction);
    void goToday();
    // Shows the selected day's month, week or agenda; reloadData reads the vault again even if the range is shown.
    void refresh(bool reloadData = true);
    void refreshDayPanel();
    void updateActions();
    void agendaRowChanged();
    QDate today() const;
    QDate weekStart(const QDate& date) const;

    Vault& m_vault;
    const Clock& m_clock;
    std::unique_ptr<AppointmentRepository> m_appointments;
    std::unique_ptr<MedicationRepository> m_medications;
    View m_view = View::Month;
    QDate m_selectedDate;
    QDate m_agendaStart;
    bool m_emptyVault = true;
    QString m_pendingKey; // the occurrence to pick in the day's list after the next refresh

    CalendarMonthModel* m_monthModel;
    AppointmentListModel* m_agendaSource;
    AgendaModel* m_agendaModel;
    MonthView* m_monthView;
    WeekView* m_weekView;
    AgendaView* m_agendaView;
    CalendarDayPanel* m_dayPanel;
    QStackedWidget* m_stack;
    QLabel* m_title;
    QLabel* m_hint;

    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_deletedAction = nullptr;
    QAction* m_previousAction = nullptr;
    QAction* m_nextAction = nullptr;
    QAction* m_todayAction = nullptr;
    QAction* m_showDosesAction = nullptr;
    QActionGroup* m_viewGroup = nullptr;
};

} // namespace carnet
