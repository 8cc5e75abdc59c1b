#include "ProfilePage.h"

#include "AllergyPanel.h"
#include "CareTeamPanel.h"
#include "ConditionPanel.h"
#include "ProfileForm.h"
#include "Vault.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace carnet {

ProfilePage::ProfilePage(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_profiles(vault.database())
    , m_allergies(vault.database())
    , m_conditions(vault.database())
    , m_careTeam(vault.database())
    , m_tabs(new QTabWidget(this))
    , m_form(new ProfileForm(m_profiles, vault.database(), m_tabs))
    , m_allergyPanel(new AllergyPanel(m_allergies, vault.database(), m_tabs))
    , m_conditionPanel(new ConditionPanel(m_conditions, vault.database(), m_tabs))
    , m_careTeamPanel(new CareTeamPanel(m_careTeam, vault.database(), m_tabs))
{
    auto* title = new QLabel(tr("<h2>Profile and care team</h2>"), this);
    m_tabs->addTab(m_form, tr("Profile"));
    m_tabs->addTab(m_allergyPanel, tr("Allergies"));
    m_tabs->addTab(m_conditionPanel, tr("Conditions"));
    m_tabs->addTab(m_careTeamPanel, tr("Care team"));
    m_tabs->setAccessibleName(tr("Profile sections"));
    m_tabs->setToolTip(tr("Ctrl+Tab and Ctrl+Shift+Tab switch between the tabs"));
    m_tabs->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
}

ProfilePage::~ProfilePage() = default;

} // namespace carnet
