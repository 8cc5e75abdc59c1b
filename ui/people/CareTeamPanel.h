#pragma once

#include "PeopleListPanel.h"

namespace carnet {

class CareTeamListModel;
struct CareTeamMember;
class CareTeamRepository;

// The care team of the profile view: providers and caregivers with their contact details and sharing keys, and the
// Pin / Unpin action that records that the patient compared a member's keys with them.
class CareTeamPanel : public PeopleListPanel
{
    Q_OBJECT

public:
    CareTeamPanel(CareTeamRepository& repository, Database& db, QWidget* parent = nullptr);

    CareTeamListModel* model() const { return m_model; }
    QAction* pinAction() const { return m_pinAction; }

    // Pins the selected member's keys after showing them for comparison and asking, or unpins them.
    void togglePin();

    // What the pin question shows: the fingerprint and keys in short groups, to compare by eye or read aloud.
    static QString comparisonText(const CareTeamMember& member);

protected:
    std::int64_t createRecord() override;
    bool editRecord(std::int64_t id) override;
    void softDeleteRecord(std::int64_t id) override;
    void restoreRecord(std::int64_t id) override;
    QList<PeopleRestoreDialog::Entry> deletedRecords() const override;
    QString recordName(std::int64_t id) const override;
    void reloadModel() override;
    void selectionChanged() override;

private:
    CareTeamRepository& m_repository;
    CareTeamListModel* m_model;
    QAction* m_pinAction = nullptr;
};

} // namespace carnet
