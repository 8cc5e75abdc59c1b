#include "AllergyPanel.h"

#include "AllergyEditorDialog.h"
#include "AllergyListModel.h"
#include "AllergyRepository.h"
#include "AllergySeverityMarking.h"
#include "DialogSeams.h"

#include <QTableView>

namespace carnet {

AllergyPanel::AllergyPanel(AllergyRepository& repository, Database& db, QWidget* parent)
    : PeopleListPanel(db, parent)
    , m_repository(repository)
    , m_model(new AllergyListModel(repository, this))
    , m_marking(new AllergySeverityMarking(m_model, this))
{
    Texts texts;
    texts.intro = tr("Allergies and intolerances, active ones first. Those with a severe reaction or a high risk of "
                     "one are marked ⚠.");
    texts.emptyHint = tr("No allergies recorded. Add one with “New allergy” (Ctrl+N); if you have none, you can "
                         "leave this list empty.");
    texts.newText = tr("&New allergy…");
    texts.deleteTitle = tr("Delete allergy");
    texts.deleteQuestion = tr("Delete the allergy to “%1”?\n\nIt moves to the deleted allergies, where you can "
                              "restore it.");
    texts.deletedText = tr("Deleted a&llergies…");
    texts.deletedTitle = tr("Deleted allergies");
    setUp(m_marking, AllergyListModel::IdRole, texts);
    table()->setAccessibleName(tr("Allergies"));
}

std::int64_t AllergyPanel::createRecord()
{
    const auto dialog = DialogSeam::accepted(new AllergyEditorDialog(Allergy(), this));
    if (!dialog)
        return 0;
    std::int64_t id = 0;
    change(tr("New allergy"), [&] { id = m_repository.add(dialog->allergy()); });
    return id;
}

bool AllergyPanel::editRecord(std::int64_t id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const auto dialog = DialogSeam::accepted(new AllergyEditorDialog(m_model->allergyAt(row), this));
    if (!dialog)
        return false;
    return change(tr("Edit allergy"), [&] { m_repository.update(dialog->allergy()); });
}

void AllergyPanel::softDeleteRecord(std::int64_t id)
{
    m_repository.softDelete(id);
}

void AllergyPanel::restoreRecord(std::int64_t id)
{
    m_repository.restore(id);
}

QList<PeopleRestoreDialog::Entry> AllergyPanel::deletedRecords() const
{
    QList<PeopleRestoreDialog::Entry> entries;
    for (const Allergy& allergy : m_repository.listDeleted())
        entries.append({allergy.id, allergy.substance});
    return entries;
}

QString AllergyPanel::recordName(std::int64_t id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? QString() : m_model->allergyAt(row).substance;
}

void AllergyPanel::reloadModel()
{
    m_model->reload();
}

} // namespace carnet
