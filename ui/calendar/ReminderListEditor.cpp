#include "ReminderListEditor.h"

#include "AppointmentRepository.h"
#include "ReminderLead.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace carnet {

ReminderListEditor::ReminderListEditor(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_amount(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add reminder"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setObjectName(QStringLiteral("reminderList"));
    m_list->setAccessibleName(tr("Reminders"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_list, 1);

    auto* addRow = new QHBoxLayout;
    auto* remindLabel = new QLabel(tr("Rem&ind me:"), this);
    remindLabel->setBuddy(m_amount);
    m_amount->setObjectName(QStringLiteral("reminderAmount"));
    m_amount->setAccessibleName(tr("Reminder lead time"));
    m_amount->setValue(1);
    m_unit->setObjectName(QStringLiteral("reminderUnit"));
    m_unit->setAccessibleName(tr("Reminder unit"));
    m_unit->addItems({tr("minutes before"), tr("hours before"), tr("days before")});
    m_unit->setCurrentIndex(static_cast<int>(ReminderLead::Unit::Days));
    m_add->setObjectName(QStringLiteral("addReminder"));
    m_remove->setObjectName(QStringLiteral("removeReminder"));
    m_remove->setToolTip(tr("Remove the selected reminder (Del)"));
    addRow->addWidget(remindLabel);
    addRow->addWidget(m_amount);
    addRow->addWidget(m_unit);
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    addRow->addWidget(m_remove);
    layout->addLayout(addRow);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &ReminderListEditor::updateRange);
    connect(m_add, &QPushButton::clicked, this, &ReminderListEditor::addTyped);
    connect(m_remove, &QPushButton::clicked, this, &ReminderListEditor::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    auto* removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, &ReminderListEditor::removeSelected);
    updateRange();
    showList();
}

void ReminderListEditor::updateRange()
{
    const auto unit = static_cast<ReminderLead::Unit>(m_unit->currentIndex());
    const int most = ReminderLead {1, unit}.minutes();
    m_amount->setRange(unit == ReminderLead::Unit::Minutes ? 0 : 1, AppointmentRepository::MaxReminderMinutes / most);
}

void ReminderListEditor::setMinutes(std::vector<int> minutes)
{
    std::sort(minutes.begin(), minutes.end(), std::greater<int>());
    minutes.erase(std::unique(minutes.begin(), minutes.end()), minutes.end());
    m_minutes = std::move(minutes);
    showList();
    emit changed();
}

void ReminderListEditor::addTyped()
{
    const ReminderLead lead {m_amount->value(), static_cast<ReminderLead::Unit>(m_unit->currentIndex())};
    std::vector<int> minutes = m_minutes;
    minutes.push_back(lead.minutes());
    setMinutes(std::move(minutes));
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toInt() == lead.minutes())
            m_list->setCurrentRow(row);
    }
}

void ReminderListEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_minutes.size()))
        return;
    std::vector<int> minutes = m_minutes;
    minutes.erase(minutes.begin() + row);
    setMinutes(std::move(minutes));
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
}

void ReminderListEditor::showList()
{
    m_list->clear();
    for (int minutes : m_minutes) {
        auto* item = new QListWidgetItem(ReminderLead::fromMinutes(minutes).text(), m_list);
        item->setData(Qt::UserRole, minutes);
    }
    if (m_minutes.empty()) {
        auto* hint = new QListWidgetItem(tr("No reminders. Add one below."), m_list);
        hint->setFlags(Qt::NoItemFlags);
    }
    m_remove->setEnabled(m_list->currentRow() >= 0 && !m_minutes.empty());
}

} // namespace carnet
