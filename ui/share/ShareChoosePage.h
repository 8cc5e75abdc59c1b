#pragma once

#include <QWizardPage>

#include <cstdint>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeView;

namespace carnet {

class Database;
class OptionalDateField;
class ShareDraft;
class ShareEntryChoiceModel;

// The share wizard's first step: which journal entries (checked in a filterable list) and which other records
// (medications, insurance, appointments) to share.
class ShareChoosePage : public QWizardPage
{
    Q_OBJECT

public:
    ShareChoosePage(Database& db, ShareDraft& draft, QWidget* parent = nullptr);

    void preselectEntries(const std::vector<std::int64_t>& ids);
    ShareEntryChoiceModel* entryModel() const { return m_model; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void applyDates();
    void applyTag();
    void applySearch();
    void fillTags();
    void updateCount();
    void updateHint();

    ShareDraft& m_draft;
    Database& m_db;
    ShareEntryChoiceModel* m_model;
    OptionalDateField* m_from;
    OptionalDateField* m_to;
    QComboBox* m_tag;
    QLineEdit* m_search;
    QTimer* m_searchTimer;
    QTreeView* m_list;
    QLabel* m_listHint;
    QPushButton* m_selectAll;
    QPushButton* m_clear;
    QLabel* m_count;
    QCheckBox* m_medications;
    QCheckBox* m_insurance;
    QCheckBox* m_appointments;
};

} // namespace carnet
