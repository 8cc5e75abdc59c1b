#include "PeopleRestoreDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace carnet {

PeopleRestoreDialog::PeopleRestoreDialog(const QString& title, const QList<Entry>& entries, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_restore(nullptr)
{
    setWindowTitle(title);
    auto* intro = new QLabel(entries.isEmpty() ? tr("Nothing has been deleted.")
                                               : tr("Deleted records stay in the vault, with their history, until "
                                                    "you restore them. Choose one to restore:"),
                             this);
    intro->setWordWrap(true);
    intro->setBuddy(m_list);
    m_list->setAccessibleName(tr("Deleted records"));
    for (const Entry& entry : entries) {
        auto* item = new QListWidgetItem(entry.second, m_list);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(entry.first));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(false);
    m_restore->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_restore->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    m_list->setVisible(!entries.isEmpty());
    if (!entries.isEmpty())
        m_list->setCurrentRow(0);
}

std::int64_t PeopleRestoreDialog::selectedId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).value<qint64>() : 0;
}

void PeopleRestoreDialog::selectRow(int row)
{
    m_list->setCurrentRow(row);
}

} // namespace carnet
