#include "PeopleListPanel.h"

#include "DialogSeams.h"
#include "PeopleActionErrors.h"
#include "DialogSeams.h"
#include "RecordHistoryDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace carnet {

PeopleListPanel::PeopleListPanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_intro(new QLabel(this))
    , m_emptyHint(new QLabel(this))
    , m_toolBar(new QToolBar(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    m_intro->setWordWrap(true);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &PeopleListPanel::editSelected);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_toolBar);
    // Only one of the two shows; either takes the spare height, so the hint stays at the top.
    m_emptyHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_emptyHint, 1);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_table);
}

QAction* PeopleListPanel::makeAction(const QString& text, const QList<QKeySequence>& keys, const QString& tip,
                                     const std::function<void()>& run)
{
    auto* action = new QAction(text, this);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QStringList keyTexts;
    for (const QKeySequence& key : keys)
        keyTexts.append(key.toString(QKeySequence::NativeText));
    action->setToolTip(keyTexts.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keyTexts.join(tr(", "))));
    connect(action, &QAction::triggered, this, run);
    addAction(action);
    return action;
}

void PeopleListPanel::setUp(QAbstractItemModel* model, int idRole, const Texts& texts)
{
    m_model = model;
    m_idRole = idRole;
    m_texts = texts;
    m_intro->setText(texts.intro);
    m_emptyHint->setText(texts.emptyHint);
    m_table->setModel(model);
    m_table->setAccessibleName(QString(texts.newText).remove(QLatin1Char('&')).remove(QStringLiteral("…")));

    m_newAction = makeAction(texts.newText, {QKeySequence::New}, tr("Add a new entry"), [this] { addNew(); });
    m_editAction = makeAction(tr("&Edit…"), {QKeySequence(Qt::Key_F2)}, tr("Edit the selected entry"),
                              [this] { editSelected(); });
    // Return is taken from the table by the event filter, so it is not listed among the shortcuts.
    m_editAction->setToolTip(
        tr("Edit the selected entry (Return, %1)").arg(QKeySequence(Qt::Key_F2).toString(QKeySequence::NativeText)));
    m_deleteAction = makeAction(tr("&Delete…"), {QKeySequence::Delete}, tr("Delete the selected entry"),
                                [this] { deleteSelected(); });
    m_historyAction = makeAction(tr("&History…"), {QKeySequence(Qt::CTRL | Qt::Key_H)},
                                 tr("Every version of the selected entry"), [this] { showHistory(); });
    m_deletedAction
        = makeAction(texts.deletedText, {}, tr("Show deleted entries and restore one"), [this] { showDeleted(); });
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_editAction);
    m_toolBar->addAction(m_deleteAction);
    m_toolBar->addAction(m_historyAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_deletedAction);
    m_toolBar->setAccessibleName(tr("Actions"));

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PeopleListPanel::updateActions);
    reload();
}

std::int64_t PeopleListPanel::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.data(m_idRole).value<qint64>();
}

void PeopleListPanel::selectId(std::int64_t id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(m_idRole).value<qint64>() == id) {
            m_table->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            break;
        }
    }
    updateActions();
}

QString PeopleListPanel::statusText() const
{
    return m_status->text();
}

bool PeopleListPanel::showsEmptyHint() const
{
    return !m_emptyHint->isHidden();
}

void PeopleListPanel::reload(std::int64_t keepId)
{
    if (keepId == 0)
        keepId = selectedId();
    PeopleActionErrors::runOrWarn(this, tr("Reading the list"), [this] { reloadModel(); });
    m_table->resizeColumnsToContents();
    const bool empty = m_model->rowCount() == 0;
    m_emptyHint->setVisible(empty);
    m_table->setVisible(!empty);
    selectId(keepId);
    if (selectedId() == 0 && !empty)
        selectId(m_model->index(0, 0).data(m_idRole).value<qint64>());
}

void PeopleListPanel::updateActions()
{
    const bool any = selectedId() != 0;
    m_editAction->setEnabled(any);
    m_deleteAction->setEnabled(any);
    m_historyAction->setEnabled(any);
    selectionChanged();
}

void PeopleListPanel::showStatus(const QString& text)
{
    m_status->setText(text);
}

bool PeopleListPanel::change(const QString& title, const std::function<void()>& work)
{
    return PeopleActionErrors::runOrWarn(this, title, work);
}

void PeopleListPanel::addNew()
{
    const std::int64_t id = createRecord();
    if (id == 0)
        return;
    reload(id);
    showStatus(tr("Added."));
    m_table->setFocus();
}

void PeopleListPanel::editSelected()
{
    const std::int64_t id = selectedId();
    if (id == 0 || !editRecord(id))
        return;
    reload(id);
    showStatus(tr("Saved. The earlier version is kept in the history."));
}

void PeopleListPanel::deleteSelected()
{
    const std::int64_t id = selectedId();
    if (id == 0)
        return;
    if (MessageBoxSeam::question(this, m_texts.deleteTitle, m_texts.deleteQuestion.arg(recordName(id)))
        != QMessageBox::Yes) {
        return;
    }
    if (change(m_texts.deleteTitle, [&] { softDeleteRecord(id); })) {
        reload();
        showStatus(tr("Deleted. “%1” restores it.").arg(QString(m_texts.deletedText).remove(QLatin1Char('&'))));
    }
}

void PeopleListPanel::showHistory()
{
    const std::int64_t id = selectedId();
    if (id == 0)
        return;
    DialogSeam::show(new RecordHistoryDialog(m_db, id, recordName(id), this));
}

void PeopleListPanel::showDeleted()
{
    QList<PeopleRestoreDialog::Entry> entries;
    if (!change(m_texts.deletedTitle, [&] { entries = deletedRecords(); }))
        return;
    const auto dialog = DialogSeam::accepted(new PeopleRestoreDialog(m_texts.deletedTitle, entries, this));
    if (!dialog || dialog->selectedId() == 0)
        return;
    const std::int64_t id = dialog->selectedId();
    if (change(m_texts.deletedTitle, [&] { restoreRecord(id); })) {
        reload(id);
        showStatus(tr("Restored."));
    }
}

bool PeopleListPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            editSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace carnet
