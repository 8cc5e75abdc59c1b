#include "ConditionPanel.h"

#include "ConditionEditorDialog.h"
#include "ConditionListModel.h"
#include "ConditionRepository.h"
#include "DialogSeams.h"

#include <QTableView>

namespace carnet {

ConditionPanel::ConditionPanel(ConditionRepository& repository, Database& db, QWidget* parent)
    : PeopleListPanel(db, parent)
    , m_repository(repository)
    , m_model(new ConditionListModel(repository, this))
{
    Texts texts;
    texts.intro = tr("Health conditions and diagnoses, active ones first, then those in remission or resolved.");
    texts.emptyHint = tr("No conditions recorded. Add one with “New condition” (Ctrl+N).");
    texts.newText = tr("&New condition…");
    texts.deleteTitle = tr("Delete condition");
    texts.deleteQuestion = tr("Delete the condition “%1”?\n\nIt moves to the deleted conditions, where you can "
                              "restore it.");
    texts.deletedText = tr("Deleted c&onditions…");
    texts.deletedTitle = tr("Deleted conditions");
    setUp(m_model, ConditionListModel::IdRole, texts);
    table()->setAccessibleName(tr("Conditions"));
}

std::int64_t ConditionPanel::createRecord()
{
    const auto dialog = DialogSeam::accepted(new ConditionEditorDialog(Condition(), this));
    if (!dialog)
        return 0;
    std::int64_t id = 0;
    change(tr("New condition"), [&] { id = m_repository.add(dialog->condition()); });
    return id;
}

bool ConditionPanel::editRecord(std::int64_t id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const auto dialog = DialogSeam::accepted(new ConditionEditorDialog(m_model->conditionAt(row), this));
    if (!dialog)
        return false;
    return change(tr("Edit condition"), [&] { m_repository.update(dialog->condition()); });
}

void ConditionPanel::softDeleteRecord(std::int64_t id)
{
    m_repository.softDelete(id);
}

void ConditionPanel::restoreRecord(std::int64_t id)
{
    m_repository.restore(id);
}

QList<PeopleRestoreDialog::Entry> ConditionPanel::deletedRecords() const
{
    QList<PeopleRestoreDialog::Entry> entries;
    for (const Condition& condition : m_repository.listDeleted())
        entries.append({condition.id, condition.name});
    return entries;
}

QString ConditionPanel::recordName(std::int64_t id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? QString() : m_model->conditionAt(row).name;
}

void ConditionPanel::reloadModel()
{
    m_model->reload();
}

} // namespace carnet
