#pragma once

#include "AllergyRepository.h"
#include "CareTeamRepository.h"
#include "ConditionRepository.h"
#include "ProfileRepository.h"

#include <QWidget>

class QTabWidget;

namespace carnet {

class AllergyPanel;
class CareTeamPanel;
class ConditionPanel;
class ProfileForm;
class Vault;

// The profile view: the patient's own details, allergies, conditions and care team, one tab each.
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePage(Vault& vault, QWidget* parent = nullptr);
    ~ProfilePage() override;

    QTabWidget* tabs() const { return m_tabs; }
    ProfileForm* profileForm() const { return m_form; }
    AllergyPanel* allergyPanel() const { return m_allergyPanel; }
    ConditionPanel* conditionPanel() const { return m_conditionPanel; }
    CareTeamPanel* careTeamPanel() const { return m_careTeamPanel; }

private:
    ProfileRepository m_profiles;
    AllergyRepository m_allergies;
    ConditionRepository m_conditions;
    CareTeamRepository m_careTeam;
    QTabWidget* m_tabs;
    ProfileForm* m_form;
    AllergyPanel* m_allergyPanel;
    ConditionPanel* m_conditionPanel;
    CareTeamPanel* m_careTeamPanel;
};

} // namespace carnet
