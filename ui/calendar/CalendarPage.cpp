#include "CalendarPage.h"

#include "AgendaModel.h"
#include "AgendaView.h"
#include "AppointmentEditorDialog.h"
#include "AppointmentListModel.h"
#include "AppointmentRepository.h"
#include "CalendarDayPanel.h"
#include "CalendarMonthModel.h"
#include "Clock.h"
#include "DeletedAppointmentsDialog.h"
#include "DialogSeams.h"
#include "MedicationRepository.h"
#include "MonthView.h"
#include "RecordError.h"
#include "RecordHistoryDialog.h"
#include "Vault.h"
#include "WeekView.h"

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace carnet {

namespace {

QString withShortcut(const QString& text, const QKeySequence& key)
{
    return CalendarPage::tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText));
}

} // namespace

CalendarPage::CalendarPage(Vault& vault, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_clock(clock)
    , m_appointments(std::make_unique<AppointmentRepository>(vault.database()))
    , m_medications(std::make_unique<MedicationRepository>(vault.database(), clock))
    , m_monthModel(new CalendarMonthModel(*m_appointments, m_medications.get(), this))
    , m_agendaSource(new AppointmentListModel(*m_appointments, this))
    , m_agendaModel(new AgendaModel(*m_agendaSource, m_medications.get(), this))
    , m_monthView(new MonthView(this))
    , m_weekView(new WeekView(this))
    , m_agendaView(new AgendaView(this))
    , m_dayPanel(new CalendarDayPanel(this))
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("calendarPage"));
    m_selectedDate = today();
    m_agendaStart = today();
    m_monthView->setMonthModel(m_monthModel);
    m_agendaView->setModel(m_agendaModel);
    buildActions();

    auto* layout = new QVBoxLayout(this);
    auto* toolbar = new QToolBar(tr("Calendar actions"), this);
    toolbar->setObjectName(QStringLiteral("calendarToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* action : {m_newAction, m_editAction, m_cancelAction, m_deleteAction, m_historyAction})
        toolbar->addAction(action);
    toolbar->addSeparator();
    toolbar->addAction(m_deletedAction);
    layout->addWidget(toolbar);
    layout->addWidget(buildNavigationBar());
    m_hint->setObjectName(QStringLiteral("calendarHint"));
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("Calendar hint"));
    layout->addWidget(m_hint);

    m_stack->addWidget(m_monthView);
    m_stack->addWidget(m_weekView);
    m_stack->addWidget(m_agendaView);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_dayPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    for (QWidget* view : std::initializer_list<QWidget*> {m_monthView, m_weekView, m_agendaView, m_dayPanel->list()}) {
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->addActions({m_newAction, m_editAction, m_cancelAction, m_deleteAction, m_historyAction});
    }

    connect(m_monthView, &MonthView::dateRequested, this, &CalendarPage::selectDate);
    connect(m_monthView, &MonthView::dateClicked, this, &CalendarPage::selectDate);
    connect(m_monthView, &MonthView::dateActivated, this, &CalendarPage::openDay);
    connect(m_weekView, &WeekView::dateRequested, this, &CalendarPage::selectDate);
    connect(m_weekView, &WeekView::dateClicked, this, &CalendarPage::selectDate);
    connect(m_weekView, &WeekView::dateActivated, this, [this](const QDate& date) {
        selectDate(date);
        newAppointment();
    });
    connect(m_weekView, &WeekView::occurrenceClicked, this, &CalendarPage::selectOccurrence);
    connect(m_weekView, &WeekView::occurrenceActivated, this, &CalendarPage::openOccurrence);
    connect(m_agendaView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (m_agendaModel->kindAt(index.row()) == AgendaModel::RowKind::Appointment)
            editSelected();
    });
    connect(m_agendaView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CalendarPage::agendaRowChanged);
    connect(m_dayPanel, &CalendarDayPanel::currentKeyChanged, this, [this](const QString& key) {
        m_weekView->setSelection(m_selectedDate, key);
        updateActions();
    });
    connect(m_dayPanel, &CalendarDayPanel::keyActivated, this, [this] { editSelected(); });

    setView(View::Month);
}

CalendarPage::~CalendarPage() = default;

void CalendarPage::buildActions()
{
    auto make = [this](const QString& text, const QList<QKeySequence>& keys, Qt::ShortcutContext context,
                       void (CalendarPage::*slot)()) {
        auto* action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(context);
        if (!keys.isEmpty())
            action->setToolTip(withShortcut(QString(text).remove(QLatin1Char('&')), keys.front()));
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_newAction = make(tr("&New Appointment…"), {QKeySequence::New}, Qt::WindowShortcut, &CalendarPage::newAppointment);
    m_editAction
        = make(tr("&Edit…"), {QKeySequence(Qt::Key_F2)}, Qt::WidgetWithChildrenShortcut, &CalendarPage::editSelected);
    m_editAction->setToolTip(tr("Edit the selected appointment (Return or F2)"));
    m_cancelAction
        = make(tr("&Cancel Appointment"), {}, Qt::WidgetWithChildrenShortcut, &CalendarPage::toggleCancelled);
    m_cancelAction->setToolTip(tr("Mark the selected appointment as cancelled, or booked again"));
    m_deleteAction
        = make(tr("&Delete"), {QKeySequence::Delete}, Qt::WidgetWithChildrenShortcut, &CalendarPage::deleteSelected);
    m_historyAction
        = make(tr("&History…"), {QKeySequence(Qt::CTRL | Qt::Key_H)}, Qt::WindowShortcut, &CalendarPage::showHistory);
    m_deletedAction = make(tr("Deleted Appointments…"), {}, Qt::WindowShortcut, &CalendarPage::showDeleted);
    m_deletedAction->setToolTip(tr("See deleted appointments and restore them"));
    m_previousAction = make(tr("Previous"), {QKeySequence(Qt::ALT | Qt::Key_Left)}, Qt::WindowShortcut, nullptr);
    m_nextAction = make(tr("Next"), {QKeySequence(Qt::ALT | Qt::Key_Right)}, Qt::WindowShortcut, nullptr);
    connect(m_previousAction, &QAction::triggered, this, [this] { step(-1); });
    connect(m_nextAction, &QAction::triggered, this, [this] { step(1); });
    m_todayAction
        = make(tr("&Today"), {QKeySequence(Qt::CTRL | Qt::Key_T)}, Qt::WindowShortcut, &CalendarPage::goToday);
    m_showDosesAction = new QAction(tr("Show medication d&oses"), this);
    m_showDosesAction->setCheckable(true);
    m_showDosesAction->setChecked(true);
    m_showDosesAction->setToolTip(tr("Show the doses your medication schedules say are due"));
    connect(m_showDosesAction, &QAction::toggled, this, [this](bool show) {
        m_agendaModel->setShowDoses(show);
        m_monthModel->setShowDoses(show);
        refresh();
    });

    m_viewGroup = new QActionGroup(this);
    const QList<std::pair<QString, View>> views
        = {{tr("&Month"), View::Month}, {tr("&Week"), View::Week}, {tr("&Agenda"), View::Agenda}};
    int number = 1;
    for (const auto& [text, view] : views) {
        auto* action = new QAction(text, m_viewGroup);
        action->setCheckable(true);
        action->setData(static_cast<int>(view));
        const QKeySequence key(Qt::ALT | static_cast<Qt::Key>(Qt::Key_0 + number++));
        action->setShortcut(key);
        action->setToolTip(withShortcut(QString(text).remove(QLatin1Char('&')), key));
        addAction(action);
        connect(action, &QAction::triggered, this, [this, view = view] { setView(view); });
    }
}

QWidget* CalendarPage::buildNavigationBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto button = [bar](QAction* action, const QString& objectName) {
        auto* tool = new QToolButton(bar);
        tool->setDefaultAction(action);
        tool->setObjectName(objectName);
        tool->setAccessibleName(action->text().remove(QLatin1Char('&')));
        tool->setAutoRaise(true);
        return tool;
    };
    QToolButton* previous = button(m_previousAction, QStringLiteral("previous"));
    previous->setArrowType(layoutDirection() == Qt::RightToLeft ? Qt::RightArrow : Qt::LeftArrow);
    QToolButton* todayButton = button(m_todayAction, QStringLiteral("today"));
    QToolButton* next = button(m_nextAction, QStringLiteral("next"));
    next->setArrowType(layoutDirection() == Qt::RightToLeft ? Qt::LeftArrow : Qt::RightArrow);
    row->addWidget(previous);
    row->addWidget(todayButton);
    row->addWidget(next);
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_title, 1);
    for (QAction* action : m_viewGroup->actions()) {
        QToolButton* tool = button(action, QStringLiteral("view%1").arg(action->data().toInt()));
        tool->setAutoRaise(false);
        row->addWidget(tool);
    }
    QToolButton* doses = button(m_showDosesAction, QStringLiteral("showDoses"));
    doses->setAutoRaise(false);
    row->addSpacing(fontMetrics().averageCharWidth() * 2);
    row->addWidget(doses);
    // Tab goes from the navigation to the views, then to the day's list.
    QWidget* previousInChain = doses;
    for (QWidget* following :
         std::initializer_list<QWidget*> {m_monthView, m_weekView, m_agendaView, m_dayPanel->list()}) {
        setTabOrder(previousInChain, following);
        previousInChain = following;
    }
    return bar;
}

QAction* CalendarPage::viewAction(View view) const
{
    for (QAction* action : m_viewGroup->actions()) {
        if (action->data().toInt() == static_cast<int>(view))
            return action;
    }
    return nullptr;
}

QDate CalendarPage::today() const
{
    return m_clock.now().toLocalTime().date();
}

QDate CalendarPage::weekStart(const QDate& date) const
{
    const int back = (date.dayOfWeek() - QLocale().firstDayOfWeek() + 7) % 7;
    return date.addDays(-back);
}

void CalendarPage::setView(View view)
{
    m_view = view;
    viewAction(view)->setChecked(true);
    QWidget* shown = view == View::Month ? static_cast<QWidget*>(m_monthView)
        : view == View::Week             ? static_cast<QWidget*>(m_weekView)
                                         : static_cast<QWidget*>(m_agendaView);
    const bool hadFocus = m_stack->currentWidget() && m_stack->currentWidget()->hasFocus();
    m_stack->setCurrentWidget(shown);
    // The week view has room for each appointment itself; the panel keeps the selection for the actions.
    m_dayPanel->setVisible(view == View::Month);
    m_previousAction->setToolTip(withShortcut(view == View::Month      ? tr("Previous month")
                                                  : view == View::Week ? tr("Previous week")
                                                                       : tr("Earlier %n days", nullptr, AgendaDays),
                                              m_previousAction->shortcut()));
    m_nextAction->setToolTip(withShortcut(view == View::Month      ? tr("Next month")
                                              : view == View::Week ? tr("Next week")
                                                                   : tr("Later %n days", nullptr, AgendaDays),
                                          m_nextAction->shortcut()));
    refresh();
    if (hadFocus || isVisible())
        shown->setFocus();
}

void CalendarPage::selectDate(const QDate& date)
{
    if (!date.isValid())
        return;
    m_selectedDate = date;
    m_pendingKey.clear();
    refresh(false);
}

void CalendarPage::selectOccurrence(const QDate& date, const QString& key)
{
    if (!date.isValid())
        return;
    m_selectedDate = date;
    m_pendingKey = key;
    refresh(false);
}

void CalendarPage::reload()
{
    refresh();
}

void CalendarPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // doses may have been logged, and the day may have changed, while the page was hidden
}

void CalendarPage::refresh(bool reloadData)
{
    const QDate now = today();
    const QLocale locale;
    QString hint;
    if (reloadData)
        m_emptyVault = m_appointments->list().empty();
    switch (m_view) {
    case View::Month: {
        if (m_monthModel->year() != m_selectedDate.year() || m_monthModel->month() != m_selectedDate.month())
            m_monthModel->setMonth(m_selectedDate);
        else if (reloadData)
            m_monthModel->reload();
        m_monthModel->setToday(now);
        m_monthView->selectDate(m_selectedDate);
        m_title->setText(
            tr("%1 %2").arg(locale.standaloneMonthName(m_selectedDate.month())).arg(m_selectedDate.year()));
        if (!m_monthModel->hasAppointmentsInMonth())
            hint = tr("No appointments in %1. Press Ctrl+N to add one on the selected day.").arg(m_title->text());
        break;
    }
    case View::Week: {
        const QDate first = weekStart(m_selectedDate);
        const std::vector<CalendarDay>& shown = m_weekView->days();
        if (reloadData || shown.empty() || shown.front().date != first) {
            m_weekView->setDays(CalendarDay::collect(*m_appointments,
                                                     m_showDosesAction->isChecked() ? m_medications.get() : nullptr,
                                                     first, first.addDays(6)));
        }
        m_weekView->setToday(now);
        const bool none = std::all_of(m_weekView->days().begin(), m_weekView->days().end(),
                                      [](const CalendarDay& day) { return day.appointments.empty(); });
        m_title->setText(tr("%1 – %2").arg(locale.toString(first, QLocale::ShortFormat),
                                           locale.toString(first.addDays(6), QLocale::ShortFormat)));
        if (none)
            hint = tr("No appointments this week. Press Ctrl+N to add one on the selected day.");
        break;
    }
    case View::Agenda: {
        const QDate last = m_agendaStart.addDays(AgendaDays - 1);
        m_agendaModel->setToday(now);
        m_agendaSource->setRange(m_agendaStart.startOfDay(), last.addDays(1).startOfDay());
        m_title->setText(tr("%1 – %2").arg(locale.toString(m_agendaStart, QLocale::ShortFormat),
                                           locale.toString(last, QLocale::ShortFormat)));
        if (m_agendaModel->appointmentCount() == 0)
            hint = m_agendaStart == now
                ? tr("No appointments in the next %n days. Press Ctrl+N to add one.", nullptr, AgendaDays)
                : tr("No appointments in these %n days. Press Ctrl+T to go back to today.", nullptr, AgendaDays);
        agendaRowChanged();
        break;
    }
    }
    if (m_emptyVault)
        hint = tr("Your calendar is empty. Press Ctrl+N to add your first appointment. Doses your medication "
                  "schedules say are due show here too.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    refreshDayPanel();
    updateActions();
}

void CalendarPage::refreshDayPanel()
{
    if (m_view == View::Agenda)
        return;
    const std::vector<CalendarDay> days
        = CalendarDay::collect(*m_appointments, m_showDosesAction->isChecked() ? m_medications.get() : nullptr,
                               m_selectedDate, m_selectedDate);
    if (days.empty())
        return;
    const QString keep = m_pendingKey.isEmpty() ? m_dayPanel->currentKey() : m_pendingKey;
    m_pendingKey.clear();
    m_dayPanel->setDay(days.front());
    m_dayPanel->selectKey(keep);
    m_weekView->setSelection(m_selectedDate, m_dayPanel->currentKey());
    // The week view is painted; screen readers get the selected day from its description.
    QStringList description {QLocale().toString(m_selectedDate, QLocale::LongFormat)};
    for (int row = 0; row < m_dayPanel->list()->count(); ++row)
        description << m_dayPanel->list()->item(row)->toolTip();
    m_weekView->setAccessibleDescription(description.join(QLatin1Char('\n')));
}

void CalendarPage::agendaRowChanged()
{
    const QModelIndex current = m_agendaView->currentIndex();
    if (m_view == View::Agenda && current.isValid())
        m_selectedDate = current.data(AgendaModel::DateRole).toDate();
    updateActions();
}

std::int64_t CalendarPage::selectedAppointmentId() const
{
    if (m_view == View::Agenda) {
        const QModelIndex current = m_agendaView->currentIndex();
        if (!current.isValid() || m_agendaModel->kindAt(current.row()) != AgendaModel::RowKind::Appointment
            || !m_agendaView->selectionModel()->isSelected(current))
            return 0;
        return current.data(AppointmentListModel::AppointmentIdRole).toLongLong();
    }
    const QListWidgetItem* item = m_dayPanel->list()->currentItem();
    return item ? item->data(CalendarDayPanel::AppointmentIdRole).toLongLong() : 0;
}

QString CalendarPage::selectedOccurrenceKey() const
{
    if (m_view == View::Agenda)
        return selectedAppointmentId() ? m_agendaView->currentIndex().data(AppointmentListModel::KeyRole).toString()
                                       : QString();
    return m_dayPanel->currentKey();
}

QString CalendarPage::titleText() const
{
    return m_title->text();
}

QString CalendarPage::hintText() const
{
    return m_hint->isVisibleTo(this) ? m_hint->text() : QString();
}

void CalendarPage::updateActions()
{
    const std::int64_t id = selectedAppointmentId();
    for (QAction* action : {m_editAction, m_cancelAction, m_deleteAction, m_historyAction})
        action->setEnabled(id > 0);
    bool cancelled = false;
    if (m_view != View::Agenda && m_dayPanel->list()->currentItem())
        cancelled = m_dayPanel->list()->currentItem()->data(CalendarDayPanel::CancelledRole).toBool();
    m_cancelAction->setText(cancelled ? tr("Re&book Appointment") : tr("&Cancel Appointment"));
}

void CalendarPage::step(int direction)
{
    switch (m_view) {
    case View::Month:
        selectDate(m_selectedDate.addMonths(direction));
        break;
    case View::Week:
        selectDate(m_selectedDate.addDays(7 * direction));
        break;
    case View::Agenda:
        m_agendaStart = m_agendaStart.addDays(AgendaDays * direction);
        refresh();
        break;
    }
}

void CalendarPage::goToday()
{
    m_agendaStart = today();
    selectDate(today());
}

void CalendarPage::openDay(const QDate& date)
{
    selectDate(date);
    const CalendarDay& day = m_dayPanel->day();
    if (day.appointments.empty()) {
        newAppointment();
    } else if (day.appointments.size() == 1) {
        editSelected();
    } else {
        m_dayPanel->list()->setFocus();
    }
}

void CalendarPage::openOccurrence(const QDate& date, const QString& key)
{
    selectOccurrence(date, key);
    editSelected();
}

void CalendarPage::newAppointment()
{
    Appointment appointment;
    const QDateTime now = m_clock.now().toLocalTime();
    // On today, the next full hour; on another day, nine in the morning.
    QDateTime start = m_selectedDate == now.date() ? QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600)
                                                   : QDateTime(m_selectedDate, QTime(9, 0));
    if (start.date() != m_selectedDate)
        start = QDateTime(m_selectedDate, QTime(23, 0));
    appointment.start = start;
    appointment.end = start.addSecs(3600);
    openEditor(appointment);
}

void CalendarPage::editSelected()
{
    const std::int64_t id = selectedAppointmentId();
    if (id <= 0)
        return;
    try {
        openEditor(m_appointments->get(id));
    } catch (const RecordError& error) {
        MessageBoxSeam::warning(this, tr("Appointment not opened"), error.message());
        refresh();
    }
}

void CalendarPage::openEditor(const Appointment& appointment)
{
    auto* dialog = new AppointmentEditorDialog(appointment, m_clock.now(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaver([this](const Appointment& values) {
        std::int64_t id = values.id;
        if (id > 0)
            m_appointments->update(values);
        else
            id = m_appointments->add(values);
        // Show the day it now starts on, with it picked in the day's list.
        const Appointment saved = m_appointments->get(id);
        const QDate day = saved.allDay ? saved.localStart().date() : saved.start.toLocalTime().date();
        if (!values.isRecurring() || values.id == 0)
            m_selectedDate = day;
        if (m_view == View::Agenda && day < m_agendaStart)
            m_agendaStart = day;
        const std::vector<Occurrence> dates
            = m_appointments->occurrencesOf(id, m_selectedDate.startOfDay(), m_selectedDate.addDays(1).startOfDay());
        m_pendingKey = dates.empty() ? QString() : dates.front().key();
        refresh();
        if (m_view == View::Agenda && !m_pendingKey.isEmpty()) {
            const int row = m_agendaModel->rowOfKey(m_pendingKey);
            if (row >= 0)
                m_agendaView->setCurrentIndex(m_agendaModel->index(row));
        }
    });
    dialog->open();
}

void CalendarPage::toggleCancelled()
{
    const std::int64_t id = selectedAppointmentId();
    if (id <= 0)
        return;
    const QString key = selectedOccurrenceKey();
    try {
        Appointment appointment = m_appointments->get(id);
        appointment.status = appointment.isCancelled() ? Appointment::Status::Booked : Appointment::Status::Cancelled;
        m_appointments->update(appointment);
    } catch (const RecordError& error) {
        MessageBoxSeam::warning(this, tr("Appointment not changed"), error.message());
    }
    m_pendingKey = key;
    refresh();
}

void CalendarPage::deleteSelected()
{
    const std::int64_t id = selectedAppointmentId();
    if (id <= 0)
        return;
    try {
        const Appointment appointment = m_appointments->get(id);
        const QString question = appointment.isRecurring()
            ? tr("Delete “%1” and every date of its series?").arg(appointment.title)
            : tr("Delete the appointment “%1”?").arg(appointment.title);
        const auto answer
            = MessageBoxSeam::question(this, tr("Delete Appointment"),
                                       tr("%1\n\nIt can be restored later from Deleted Appointments…").arg(question));
        if (answer != QMessageBox::Yes)
            return;
        m_appointments->softDelete(id);
    } catch (const RecordError& error) {
        MessageBoxSeam::warning(this, tr("Appointment not deleted"), error.message());
    }
    refresh();
}

void CalendarPage::showHistory()
{
    const std::int64_t id = selectedAppointmentId();
    if (id <= 0)
        return;
    try {
        const Appointment appointment = m_appointments->get(id);
        auto* dialog = new RecordHistoryDialog(m_vault.database(), id, appointment.title, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    } catch (const RecordError& error) {
        MessageBoxSeam::warning(this, tr("History not shown"), error.message());
    }
}

void CalendarPage::showDeleted()
{
    auto* dialog = new DeletedAppointmentsDialog(*m_appointments, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeletedAppointmentsDialog::restored, this, &CalendarPage::refresh);
    dialog->open();
}

} // namespace carnet
