#include "ActivityPage.h"

#include "AuditLogModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace carnet {

ActivityPage::ActivityPage(AuditLog& log, QWidget* parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new AuditLogModel(log, this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Activity</h2><p>Every unlock, lock, failed attempt and key change of this vault. "
                                "The log is chained so that an edited or removed entry shows.</p>"),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Audit log"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(AuditLogModel::TimeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AuditLogModel::EventColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table);
    auto* row = new QHBoxLayout;
    auto* verifyButton = new QPushButton(tr("&Verify the log"), this);
    row->addWidget(verifyButton);
    row->addWidget(m_status, 1);
    layout->addLayout(row);
    connect(verifyButton, &QPushButton::clicked, this, &ActivityPage::verify);
}

QString ActivityPage::verificationText() const
{
    return m_status->text();
}

void ActivityPage::showEvent(QShowEvent* event)
{
    m_model->reload();
    QWidget::showEvent(event);
}

void ActivityPage::verify()
{
    const AuditLog::Verification result = m_log.verify();
    m_status->setText(result.ok ? tr("The log verifies: %n entries, none altered or removed.", nullptr,
                                     static_cast<int>(result.rowsChecked))
                                : tr("The log does not verify: %1").arg(result.problem));
}

} // namespace carnet
