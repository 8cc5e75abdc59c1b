#pragma once

#include "PeopleListPanel.h"

namespace carnet {

class AllergyListModel;
class AllergyRepository;
class AllergySeverityMarking;

// The allergies of the profile view: active ones first, severe ones marked, with an editor and the common list
// actions.
class AllergyPanel : public PeopleListPanel
{
    Q_OBJECT

public:
    AllergyPanel(AllergyRepository& repository, Database& db, QWidget* parent = nullptr);

    AllergyListModel* model() const { return m_model; }
    AllergySeverityMarking* markedModel() const { return m_marking; }

protected:
    std::int64_t createRecord() override;
    bool editRecord(std::int64_t id) override;
    void softDeleteRecord(std::int64_t id) override;
    void restoreRecord(std::int64_t id) override;
    QList<PeopleRestoreDialog::Entry> deletedRecords() const override;
    QString recordName(std::int64_t id) const override;
    void reloadModel() override;

private:
    AllergyRepository& m_repository;
    AllergyListModel* m_model;
    AllergySeverityMarking* m_marking;
};

} // namespace carnet
