#include "DeletedAppointmentsDialog.h"

#include "AppointmentRepository.h"
#include "DialogSeams.h"
#include "RecordError.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace carnet {

DeletedAppointmentsDialog::DeletedAppointmentsDialog(AppointmentRepository& repository, QWidget* parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_list(new QListWidget(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
{
    setWindowTitle(tr("Deleted Appointments"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Deleted appointments are kept, with their history, until the vault is purged. "
                                "Restore one to put it back in the calendar."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* listLabel = new QLabel(tr("&Deleted appointments:"), this);
    listLabel->setBuddy(m_list);
    layout->addWidget(listLabel);
    m_list->setObjectName(QStringLiteral("deletedList"));
    m_list->setAccessibleName(tr("Deleted appointments"));
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore->setObjectName(QStringLiteral("restore"));
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &DeletedAppointmentsDialog::restoreSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_restore->setEnabled(m_list->currentItem() && m_list->currentItem()->data(Qt::UserRole).toLongLong() > 0);
    });
    reload();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 16)));
}

void DeletedAppointmentsDialog::reload()
{
    m_list->clear();
    const QLocale locale;
    for (const Appointment& appointment : m_repository.list(AppointmentRepository::Order::NewestFirst, true)) {
        if (!appointment.deleted)
            continue;
        const QString when = appointment.allDay
            ? locale.toString(appointment.localStart().date(), QLocale::ShortFormat)
            : locale.toString(appointment.start.toLocalTime(), QLocale::ShortFormat);
        auto* item = new QListWidgetItem(tr("%1  %2").arg(when, appointment.title), m_list);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(appointment.id));
        item->setToolTip(appointment.title);
    }
    if (m_list->count() == 0) {
        auto* empty = new QListWidgetItem(tr("No deleted appointments."), m_list);
        empty->setFlags(Qt::NoItemFlags);
    } else {
        m_list->setCurrentRow(0);
    }
    m_restore->setEnabled(m_list->currentItem() && m_list->currentItem()->data(Qt::UserRole).toLongLong() > 0);
}

int DeletedAppointmentsDialog::count() const
{
    int rows = 0;
    for (int row = 0; row < m_list->count(); ++row)
        rows += m_list->item(row)->data(Qt::UserRole).toLongLong() > 0 ? 1 : 0;
    return rows;
}

void DeletedAppointmentsDialog::selectRow(int row)
{
    m_list->setCurrentRow(row);
}

void DeletedAppointmentsDialog::restoreSelected()
{
    const QListWidgetItem* item = m_list->currentItem();
    const std::int64_t id = item ? item->data(Qt::UserRole).toLongLong() : 0;
    if (id <= 0)
        return;
    try {
        m_repository.restore(id);
    } catch (const RecordError& error) {
        MessageBoxSeam::warning(this, tr("Appointment not restored"), error.message());
        return;
    }
    reload();
    emit restored(id);
}

} // namespace carnet
