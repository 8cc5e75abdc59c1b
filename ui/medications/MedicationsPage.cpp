#include "MedicationsPage.h"

#include "AdherencePanel.h"
#include "Clock.h"
#include "DialogSeams.h"
#include "DueDosePanel.h"
#include "OptionalDateField.h"
#include "MedicationDetailsView.h"
#include "DialogSeams.h"
#include "MedicationDoseDialog.h"
#include "MedicationEditorDialog.h"
#include "MedicationListDelegate.h"
#include "MedicationListModel.h"
#include "MedicationStatusColours.h"
#include "MedicationsEmptyState.h"
#include "RecordError.h"
#include "RecordHistoryDialog.h"
#include "StopMedicationDialog.h"
#include "Vault.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace carnet {

namespace {

constexpr int RecentDoseCount = 5;
constexpr int MinuteMs = 60 * 1000;

} // namespace

MedicationsPage::MedicationsPage(Vault& vault, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_repository(vault.database(), clock)
    , m_deletedMedications(vault.database())
    , m_content(new QStackedWidget(this))
    , m_emptyState(new MedicationsEmptyState(this))
    , m_dosePanel(new DueDosePanel(m_repository, this))
    , m_adherence(new AdherencePanel(m_repository, this))
    , m_tabs(new QTabBar(this))
    , m_listStack(new QStackedWidget(this))
    , m_listModel(new MedicationListModel(m_repository, MedicationRepository::Filter::Current, this))
    , m_listDelegate(nullptr)
    , m_listView(new QTableView(this))
    , m_refillBanner(new QLabel(this))
    , m_listHint(new QLabel(this))
    , m_deletedView(new QListWidget(this))
    , m_details(new MedicationDetailsView(this))
    , m_minuteTimer(new QTimer(this))
{
    setAccessibleName(tr("Medications"));
    auto* title = new QLabel(tr("<h2>Medications</h2>"), this);
    auto* toolbar = new QToolBar(tr("Medication actions"), this);
    toolbar->setAccessibleName(tr("Medication actions"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createActions();
    for (QAction* action : {m_newAction, m_editAction, m_stopAction, m_deleteAction, m_restoreAction, m_historyAction,
                            m_extraDoseAction}) {
        toolbar->addAction(action);
        if (action == m_deleteAction || action == m_historyAction)
            toolbar->addSeparator();
    }

    // Today's doses beside how closely schedules were followed; the list beside the details of its selection.
    auto* upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_dosePanel);
    upper->addWidget(m_adherence);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);
    upper->setChildrenCollapsible(false);
    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(createListArea());
    lower->addWidget(m_details);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setChildrenCollapsible(false);
    // Shares, not pixels: the splitter scales them to its width, so the details keep room beside a wide list.
    lower->setSizes({3300, 1700});
    upper->setSizes({3000, 2000});
    m_details->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    auto* main = new QSplitter(Qt::Vertical, this);
    main->addWidget(upper);
    main->addWidget(lower);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 1);
    main->setChildrenCollapsible(false);
    main->setSizes({1000, 1000});
    m_content->addWidget(main);
    m_content->addWidget(m_emptyState);
    connect(m_emptyState, &MedicationsEmptyState::newRequested, this, &MedicationsPage::newMedication);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(toolbar, 1);
    layout->addLayout(top);
    layout->addWidget(m_content, 1);

    // Ctrl+T and Ctrl+K work anywhere on the page, on the dose selected in today's list.
    addAction(m_dosePanel->takeAction());
    addAction(m_dosePanel->skipAction());
    connect(m_dosePanel, &DueDosePanel::doseRecorded, this, &MedicationsPage::doseRecorded);
    connect(m_minuteTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            m_dosePanel->reload();
    });
    m_minuteTimer->start(MinuteMs);
    reload();
}

MedicationsPage::MedicationsPage(Vault& vault, QWidget* parent)
    : MedicationsPage(vault, Clock::system(), parent)
{
}

MedicationsPage::~MedicationsPage() = default;

DueDoseModel* MedicationsPage::doseModel() const
{
    return m_dosePanel->model();
}

AdherenceChart* MedicationsPage::adherenceChart() const
{
    return m_adherence->chart();
}

QAction* MedicationsPage::addPageAction(const QString& objectName, const QString& text, const QString& toolTip,
                                        const QList<QKeySequence>& shortcuts, Qt::ShortcutContext context,
                                        void (MedicationsPage::*slot)())
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(context);
    action->setToolTip(shortcuts.isEmpty()
                           ? toolTip
                           : tr("%1 (%2)").arg(toolTip, shortcuts.first().toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void MedicationsPage::createActions()
{
    m_newAction = addPageAction(QStringLiteral("newMedication"), tr("&New medication"), tr("Add a medication"),
                                {QKeySequence::New}, Qt::WidgetWithChildrenShortcut, &MedicationsPage::newMedication);
    m_editAction = addPageAction(QStringLiteral("editMedication"), tr("&Edit…"), tr("Edit the selected medication"),
                                 {QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                                 Qt::WidgetShortcut, &MedicationsPage::editMedication);
    m_stopAction = addPageAction(QStringLiteral("stopMedication"), tr("&Stop…"),
                                 tr("Stop the selected medication; it moves to the past medications"), {},
                                 Qt::WidgetWithChildrenShortcut, &MedicationsPage::stopMedication);
    m_deleteAction = addPageAction(QStringLiteral("deleteMedication"), tr("&Delete"),
                                   tr("Delete the selected medication (it can be restored)"), {QKeySequence::Delete},
                                   Qt::WidgetShortcut, &MedicationsPage::deleteMedication);
    m_restoreAction = addPageAction(QStringLiteral("restoreMedication"), tr("&Restore"),
                                    tr("Restore the selected deleted medication"), {}, Qt::WidgetShortcut,
                                    &MedicationsPage::restoreMedication);
    m_historyAction = addPageAction(QStringLiteral("medicationHistory"), tr("&History…"),
                                    tr("Every version of the selected medication"),
                                    {QKeySequence(Qt::CTRL | Qt::Key_H)}, Qt::WidgetWithChildrenShortcut,
                                    &MedicationsPage::showHistory);
    m_extraDoseAction = addPageAction(QStringLiteral("takeExtraDose"), tr("Take e&xtra dose…"),
                                      tr("Record a dose taken as needed or outside the schedule"),
                                      {QKeySequence(Qt::CTRL | Qt::Key_E)}, Qt::WidgetWithChildrenShortcut,
                                      &MedicationsPage::takeExtraDose);
    // Page-wide shortcuts need the page among the action's widgets; Edit and Delete act only in the list, so that
    // Return or Del elsewhere (say in today's doses) never edits or deletes a medication by surprise.
    for (QAction* action : {m_newAction, m_stopAction, m_historyAction, m_extraDoseAction})
        addAction(action);
    // The list's context menu (also on the Menu key) offers every action on a medication.
    for (QAction* action :
         {m_newAction, m_editAction, m_stopAction, m_deleteAction, m_historyAction, m_extraDoseAction})
        m_listView->addAction(action);
    m_deletedView->addAction(m_restoreAction);
    m_deletedView->addAction(m_historyAction);
    m_listView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_deletedView->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QWidget* MedicationsPage::createListArea()
{
    auto* box = new QWidget(this);
    m_tabs->setObjectName(QStringLiteral("medicationListTabs"));
    m_tabs->setAccessibleName(tr("Which medications"));
    m_tabs->addTab(tr("&Current"));
    m_tabs->addTab(tr("&Past"));
    m_tabs->addTab(tr("De&leted"));
    m_tabs->setExpanding(false);

    m_listDelegate = new MedicationListDelegate(m_listView);
    m_listView->setObjectName(QStringLiteral("medicationList"));
    m_listView->setAccessibleName(tr("Medications"));
    m_listView->setModel(m_listModel);
    m_listView->setItemDelegate(m_listDelegate);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->setTabKeyNavigation(false);
    m_listView->setWordWrap(false);
    m_listView->setTextElideMode(Qt::ElideRight);
    m_listView->verticalHeader()->hide();
    QHeaderView* header = m_listView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MedicationListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MedicationListModel::ScheduleColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    m_listView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2 + 4);
    connect(m_listView, &QTableView::doubleClicked, this, &MedicationsPage::editMedication);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MedicationsPage::selectionChanged);
    connect(m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MedicationsPage::selectionChanged);
    connect(m_listModel, &QAbstractItemModel::modelReset, this, &MedicationsPage::selectionChanged);

    m_refillBanner->setObjectName(QStringLiteral("refillBanner"));
    m_refillBanner->setWordWrap(true);
    m_refillBanner->setTextFormat(Qt::PlainText);
    m_refillBanner->setContentsMargins(4, 4, 4, 4);
    QPalette bannerPalette = m_refillBanner->palette();
    bannerPalette.setColor(QPalette::WindowText, MedicationStatusColours::attention(palette()));
    m_refillBanner->setPalette(bannerPalette);
    m_refillBanner->hide();
    m_listHint->setObjectName(QStringLiteral("medicationListHint"));
    m_listHint->setWordWrap(true);
    m_listHint->setAlignment(Qt::AlignCenter);
    m_listHint->setForegroundRole(QPalette::PlaceholderText);
    m_deletedView->setObjectName(QStringLiteral("deletedMedications"));
    m_deletedView->setAccessibleName(tr("Deleted medications"));
    connect(m_deletedView, &QListWidget::itemSelectionChanged, this, &MedicationsPage::selectionChanged);
    connect(m_deletedView, &QListWidget::itemActivated, this, &MedicationsPage::restoreMedication);
    m_listStack->addWidget(m_listView);
    m_listStack->addWidget(m_listHint);
    m_listStack->addWidget(m_deletedView);
    connect(m_tabs, &QTabBar::currentChanged, this, &MedicationsPage::tabChanged);

    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs);
    layout->addWidget(m_refillBanner);
    layout->addWidget(m_listStack, 1);
    return box;
}

MedicationsPage::ListTab MedicationsPage::currentList() const
{
    return static_cast<ListTab>(std::max(0, m_tabs->currentIndex()));
}

void MedicationsPage::showList(ListTab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

bool MedicationsPage::isShowingEmptyState() const
{
    return m_content->currentIndex() == 1;
}

QString MedicationsPage::emptyStateText() const
{
    return m_emptyState->text();
}

QString MedicationsPage::listHintText() const
{
    return m_listStack->currentWidget() == m_listHint ? m_listHint->text() : QString();
}

bool MedicationsPage::isRefillSoon(std::int64_t id) const
{
    return m_refillSoon.contains(id);
}

QString MedicationsPage::refillBannerText() const
{
    return m_refillBanner->text();
}

void MedicationsPage::showEvent(QShowEvent* event)
{
    reload();
    QWidget::showEvent(event);
}

void MedicationsPage::reload()
{
    reloadLists();
    m_dosePanel->reload();
    m_adherence->reload();
}

void MedicationsPage::reloadLists()
{
    const std::int64_t selected = selectedMedicationId();
    const QDate today = m_repository.clock().now().date();
    m_refillSoon.clear();
    std::vector<DeletedMedications::Entry> deleted;
    QString refillText;
    m_anyLive = false;
    try {
        QStringList names;
        for (const Medication& medication : m_repository.refillsRunningLow(today, RefillLookAheadDays)) {
            m_refillSoon.insert(medication.id);
            names << tr("%1 on %2").arg(medication.displayName(),
                                        QLocale().toString(medication.nextRefillDate, QLocale::ShortFormat));
        }
        if (!names.isEmpty())
            refillText = tr("Refill soon: %1").arg(names.join(tr(", ", "list separator")));
        deleted = m_deletedMedications.list();
        m_anyLive = !m_repository.list(MedicationRepository::Filter::All).empty();
    } catch (const std::exception& error) {
        showError(tr("Medications"), error);
    }
    m_listDelegate->setRefillSoon(m_refillSoon);
    m_refillBanner->setText(refillText);
    m_listModel->reload();

    const QSignalBlocker blockDeleted(m_deletedView);
    m_deletedView->clear();
    for (const DeletedMedications::Entry& entry : deleted) {
        auto* item = new QListWidgetItem(
            tr("%1 — deleted %2")
                .arg(entry.displayName, OptionalDateField::dateTimeText(entry.deletedAt)),
            m_deletedView);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(entry.id));
        item->setData(Qt::UserRole + 1, entry.displayName);
    }
    m_content->setCurrentIndex(m_anyLive || !deleted.empty() ? 0 : 1);
    tabChanged(m_tabs->currentIndex());
    if (selected != 0)
        selectMedication(selected);
    selectionChanged();
}

void MedicationsPage::tabChanged(int index)
{
    const auto tab = static_cast<ListTab>(std::max(0, index));
    m_refillBanner->setVisible(tab == ListTab::Current && !m_refillBanner->text().isEmpty());
    if (tab != ListTab::Deleted) {
        const std::int64_t keep = selectedMedicationId();
        m_listModel->setFilter(tab == ListTab::Past ? MedicationRepository::Filter::Past
                                                    : MedicationRepository::Filter::Current);
        // The refill date means nothing once a medication is stopped; its details show the stop date instead.
        m_listView->setColumnHidden(MedicationListModel::NextRefillColumn, tab == ListTab::Past);
        if (m_listModel->rowCount() > 0) {
            m_listStack->setCurrentWidget(m_listView);
            if (keep != 0)
                selectMedication(keep);
        } else {
            m_listHint->setText(
                tab == ListTab::Past ? tr("No past medications. A medication moves here once it is stopped.")
                : !m_anyLive ? tr("No medications yet — add one with New medication (%1).")
                             .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText))
                       : tr("No current medications. Stopped ones are under Past."));
            m_listStack->setCurrentWidget(m_listHint);
        }
    } else if (m_deletedView->count() > 0) {
        m_listStack->setCurrentWidget(m_deletedView);
    } else {
        m_listHint->setText(tr("Nothing deleted. A deleted medication stays here until you restore it."));
        m_listStack->setCurrentWidget(m_listHint);
    }
    selectionChanged();
}

bool MedicationsPage::selectMedication(std::int64_t id)
{
    if (currentList() == ListTab::Deleted) {
        for (int i = 0; i < m_deletedView->count(); ++i) {
            if (m_deletedView->item(i)->data(Qt::UserRole).toLongLong() == id) {
                m_deletedView->setCurrentRow(i);
                return true;
            }
        }
        return false;
    }
    const int row = m_listModel->rowOf(id);
    if (row < 0)
        return false;
    m_listView->selectionModel()->setCurrentIndex(m_listModel->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

std::int64_t MedicationsPage::selectedMedicationId() const
{
    if (currentList() == ListTab::Deleted) {
        const QListWidgetItem* item = m_deletedView->currentItem();
        return item && item->isSelected() ? item->data(Qt::UserRole).toLongLong() : 0;
    }
    const QModelIndex current = m_listView->selectionModel()->currentIndex();
    if (!current.isValid() || !m_listView->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.data(MedicationListModel::IdRole).toLongLong();
}

void MedicationsPage::selectionChanged()
{
    updateActions();
    updateDetails();
}

void MedicationsPage::updateActions()
{
    const ListTab tab = currentList();
    const bool selected = selectedMedicationId() != 0;
    const bool live = selected && tab != ListTab::Deleted;
    m_editAction->setEnabled(live);
    m_deleteAction->setEnabled(live);
    m_historyAction->setEnabled(selected);
    m_stopAction->setEnabled(live && tab == ListTab::Current);
    m_extraDoseAction->setEnabled(live && tab == ListTab::Current);
    m_restoreAction->setEnabled(selected && tab == ListTab::Deleted);
    m_restoreAction->setVisible(tab == ListTab::Deleted);
}

void MedicationsPage::updateDetails()
{
    const std::int64_t id = selectedMedicationId();
    if (id == 0 || currentList() == ListTab::Deleted) {
        m_details->showHint(currentList() == ListTab::Deleted
                                ? tr("Restore a deleted medication to see its details again; History shows every "
                                     "version it had.")
                                : tr("Select a medication to see its details and last doses."));
        return;
    }
    try {
        m_details->showMedication(m_repository.get(id), m_repository.doses(id, RecentDoseCount), isRefillSoon(id));
    } catch (const std::exception&) {
        // The row was read a moment ago; a failure here shows as an empty panel rather than a box per click.
        m_details->showHint(tr("The details of this medication could not be read."));
    }
}

std::optional<Medication> MedicationsPage::selectedMedication()
{
    const std::int64_t id = selectedMedicationId();
    if (id == 0 || currentList() == ListTab::Deleted)
        return std::nullopt;
    try {
        return m_repository.get(id);
    } catch (const std::exception& error) {
        showError(tr("Medications"), error);
        reload();
        return std::nullopt;
    }
}

void MedicationsPage::showError(const QString& title, const std::exception& error)
{
    const auto* record = dynamic_cast<const RecordError*>(&error);
    MessageBoxSeam::warning(this, title, record ? record->message() : QString::fromUtf8(error.what()));
}

void MedicationsPage::doseRecorded(qint64 medicationId)
{
    m_adherence->reload();
    if (selectedMedicationId() == medicationId)
        updateDetails();
}

void MedicationsPage::newMedication()
{
    GuardedDialog<MedicationEditorDialog> dialog(m_repository, Medication(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showList(ListTab::Current);
    reload();
    selectMedication(dialog->savedId());
    m_listView->setFocus();
}

void MedicationsPage::editMedication()
{
    const std::optional<Medication> medication = selectedMedication();
    if (!medication)
        return;
    GuardedDialog<MedicationEditorDialog> dialog(m_repository, *medication, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectMedication(medication->id);
}

void MedicationsPage::stopMedication()
{
    const std::optional<Medication> medication = selectedMedication();
    if (!medication || currentList() != ListTab::Current)
        return;
    GuardedDialog<StopMedicationDialog> dialog(*medication, m_repository.clock().now().date(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        m_repository.stop(medication->id, dialog->stopDate(), dialog->reason());
    } catch (const std::exception& error) {
        showError(tr("Medication not stopped"), error);
        return;
    }
    reload();
}

void MedicationsPage::deleteMedication()
{
    const std::optional<Medication> medication = selectedMedication();
    if (!medication)
        return;
    const QMessageBox::StandardButton answer = MessageBoxSeam::question(
        this, tr("Delete medication"),
        tr("Delete %1? It moves to Deleted, with its doses and history, and can be restored from there.")
            .arg(medication->displayName()));
    if (answer != QMessageBox::Yes)
        return;
    try {
        m_repository.softDelete(medication->id);
    } catch (const std::exception& error) {
        showError(tr("Medication not deleted"), error);
        return;
    }
    reload();
}

void MedicationsPage::restoreMedication()
{
    const std::int64_t id = selectedMedicationId();
    if (id == 0 || currentList() != ListTab::Deleted)
        return;
    try {
        m_repository.restore(id);
        const Medication restored = m_repository.get(id);
        showList(restored.isStoppedOn(m_repository.clock().now().date()) ? ListTab::Past : ListTab::Current);
    } catch (const std::exception& error) {
        showError(tr("Medication not restored"), error);
        return;
    }
    reload();
    selectMedication(id);
}

void MedicationsPage::showHistory()
{
    const std::int64_t id = selectedMedicationId();
    if (id == 0)
        return;
    QString title;
    if (currentList() == ListTab::Deleted) {
        title = m_deletedView->currentItem()->data(Qt::UserRole + 1).toString();
    } else {
        const std::optional<Medication> medication = selectedMedication();
        if (!medication)
            return;
        title = medication->displayName();
    }
    try {
        GuardedDialog<RecordHistoryDialog> dialog(m_vault.database(), id, title, this);
        dialog.exec();
    } catch (const std::exception& error) {
        showError(tr("History"), error);
    }
}

void MedicationsPage::takeExtraDose()
{
    const std::optional<Medication> medication = selectedMedication();
    if (!medication || currentList() != ListTab::Current)
        return;
    GuardedDialog<MedicationDoseDialog> dialog(*medication, m_repository.clock().now(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        m_repository.recordDose(medication->id, DoseEvent::Status::Taken, dialog->takenAt(), std::nullopt,
                                dialog->amount(), dialog->note());
    } catch (const std::exception& error) {
        showError(tr("Dose not recorded"), error);
        return;
    }
    reload();
}

} // namespace carnet
