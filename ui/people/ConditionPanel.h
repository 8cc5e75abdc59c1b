#pragma once

#include "PeopleListPanel.h"

namespace carnet {

class ConditionListModel;
class ConditionRepository;

// The conditions (problem list) of the profile view: active ones first, with an editor and the common list actions.
class ConditionPanel : public PeopleListPanel
{
    Q_OBJECT

public:
    ConditionPanel(ConditionRepository& repository, Database& db, QWidget* parent = nullptr);

    ConditionListModel* model() const { return m_model; }

protected:
    std::int64_t createRecord() override;
    bool editRecord(std::int64_t id) override;
    void softDeleteRecord(std::int64_t id) override;
    void restoreRecord(std::int64_t id) override;
    QList<PeopleRestoreDialog::Entry> deletedRecords() const override;
    QString recordName(std::int64_t id) const override;
    void reloadModel() override;

private:
    ConditionRepository& m_repository;
    ConditionListModel* m_model;
};

} // namespace carnet
