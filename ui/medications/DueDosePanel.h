#pragma once

#include <QGroupBox>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace carnet {

class DueDoseModel;
class MedicationRepository;

// Today's doses: each scheduled dose with its time and status, overdue ones marked, and Take / Skip for the
// selected one.
class DueDosePanel : public QGroupBox
{
    Q_OBJECT

public:
    DueDosePanel(MedicationRepository& repository, QWidget* parent = nullptr);

    DueDoseModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QAction* takeAction() const { return m_take; }
    QAction* skipAction() const { return m_skip; }

    // Reads the doses of today (by the repository's clock) again, keeping the selected dose when it is still there;
    // with none selected, the first dose not yet taken or skipped is, so Take acts on the next dose.
    void reload();
    bool selectDose(int row);
    int selectedRow() const;
    // Shown when nothing is due today.
    QString emptyText() const;

    void takeSelected();
    void skipSelected();

signals:
    // A dose was taken or skipped; adherence and the details of its medication changed.
    void doseRecorded(qint64 medicationId);

private:
    void selectNextPending();
    void recordSelected(bool taken);
    void updateActions();
    void updateEmptyState();

    MedicationRepository& m_repository;
    DueDoseModel* m_model;
    QStackedWidget* m_stack;
    QTableView* m_view;
    QLabel* m_empty;
    QAction* m_take;
    QAction* m_skip;
};

} // namespace carnet
