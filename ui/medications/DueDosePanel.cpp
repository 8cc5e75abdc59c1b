#include "DueDosePanel.h"

#include "Clock.h"
#include "DialogSeams.h"
#include "DueDoseDelegate.h"
#include "DueDoseModel.h"
#include "RecordError.h"

#include <QAction>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace carnet {

namespace {

// The icon when the application's resources carry it; a missing icon only leaves the button's text.
QIcon resourceIcon(const QString& name)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

QToolButton* actionButton(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return button;
}

QString withShortcut(const QString& text, const QAction* action)
{
    return DueDosePanel::tr("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText));
}

} // namespace

DueDosePanel::DueDosePanel(MedicationRepository& repository, QWidget* parent)
    : QGroupBox(tr("Today's doses"), parent)
    , m_repository(repository)
    , m_model(new DueDoseModel(repository, {}, this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_take(new QAction(resourceIcon(QStringLiteral("medications-take")), tr("&Take"), this))
    , m_skip(new QAction(resourceIcon(QStringLiteral("medications-skip")), tr("S&kip"), this))
{
    m_view->setObjectName(QStringLiteral("dueDoses"));
    m_view->setAccessibleName(tr("Today's doses"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new DueDoseDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DueDoseModel::MedicationColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2 + 4);

    m_empty->setObjectName(QStringLiteral("noDosesToday"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_take->setObjectName(QStringLiteral("takeDose"));
    m_take->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_take->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_take->setToolTip(withShortcut(tr("Record the selected dose as taken now"), m_take));
    m_skip->setObjectName(QStringLiteral("skipDose"));
    m_skip->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_skip->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_skip->setToolTip(withShortcut(tr("Record the selected dose as skipped"), m_skip));
    addAction(m_take);
    addAction(m_skip);
    m_view->addAction(m_take);
    m_view->addAction(m_skip);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(actionButton(m_take, this));
    buttons->addWidget(actionButton(m_skip, this));
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_take, &QAction::triggered, this, &DueDosePanel::takeSelected);
    connect(m_skip, &QAction::triggered, this, &DueDosePanel::skipSelected);
    // The view may make a row current on focus before anything is selected, so selection changes count too.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DueDosePanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DueDosePanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DueDosePanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DueDosePanel::updateEmptyState);
    updateEmptyState();
}

QString DueDosePanel::emptyText() const
{
    return tr("No doses are due today. Medications taken as needed are recorded with “Take extra dose”.");
}

void DueDosePanel::reload()
{
    const QDate today = m_repository.clock().now().date();
    if (m_model->day() != today)
        m_model->setDay(today);
    else
        m_model->reload();
    // Overdue is worked out when a row is drawn, so a repaint brings it up to the minute.
    m_view->viewport()->update();
    if (selectedRow() < 0)
        selectNextPending();
    updateActions();
}

void DueDosePanel::selectNextPending()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->dose(row).status == DueDose::Status::Pending) {
            selectDose(row);
            m_view->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

int DueDosePanel::selectedRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {}) ? current.row() : -1;
}

bool DueDosePanel::selectDose(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void DueDosePanel::takeSelected()
{
    recordSelected(true);
}

void DueDosePanel::skipSelected()
{
    recordSelected(false);
}

void DueDosePanel::recordSelected(bool taken)
{
    const int row = selectedRow();
    if (row < 0 || !(taken ? m_take : m_skip)->isEnabled())
        return;
    const qint64 medicationId = m_model->dose(row).medicationId;
    try {
        if (taken)
            m_model->take(row);
        else
            m_model->skip(row);
    } catch (const RecordError& error) {
        MessageBoxSeam::warning(this, tr("Dose not recorded"), error.message());
        return;
    } catch (const std::exception& error) {
        MessageBoxSeam::warning(this, tr("Dose not recorded"), QString::fromUtf8(error.what()));
        return;
    }
    updateActions();
    emit doseRecorded(medicationId);
}

void DueDosePanel::updateActions()
{
    const int row = selectedRow();
    const bool pending = row >= 0 && m_model->dose(row).status == DueDose::Status::Pending;
    m_take->setEnabled(pending);
    m_skip->setEnabled(pending);
}

void DueDosePanel::updateEmptyState()
{
    m_empty->setText(emptyText());
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget*>(m_view) : m_empty);
    updateActions();
}

} // namespace carnet
