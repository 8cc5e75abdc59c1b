#include "PeopleTableEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace carnet {

PeopleTableEditor::PeopleTableEditor(const QStringList& headers, const QString& accessibleName, const QString& addText,
                                     const QString& removeText, QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, static_cast<int>(headers.size()), this))
    , m_add(new QPushButton(addText, this))
    , m_remove(new QPushButton(removeText, this))
{
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setAccessibleName(accessibleName);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in the rest of the form
    // Room for a few rows without growing the form past the screen; more rows scroll.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 3 * m_table->verticalHeader()->defaultSectionSize() + 4);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_add->setAccessibleName(QString(addText).remove(QLatin1Char('&')));
    m_remove->setAccessibleName(QString(removeText).remove(QLatin1Char('&')));
    m_remove->setToolTip(tr("Removes the selected row"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    setFocusProxy(m_table);
    connect(m_add, &QPushButton::clicked, this, &PeopleTableEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &PeopleTableEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, &PeopleTableEditor::changed);
    connect(m_table, &QTableWidget::currentCellChanged, this, &PeopleTableEditor::updateButtons);
    updateButtons();
}

QList<QStringList> PeopleTableEditor::rows() const
{
    QList<QStringList> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList cells;
        bool anyText = false;
        for (int column = 0; column < m_table->columnCount(); ++column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            const QString text = item ? item->text().trimmed() : QString();
            anyText = anyText || !text.isEmpty();
            cells.append(text);
        }
        if (anyText)
            out.append(cells);
    }
    return out;
}

void PeopleTableEditor::setRows(const QList<QStringList>& rows)
{
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
        for (const QStringList& cells : rows) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            for (int column = 0; column < m_table->columnCount(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells.value(column)));
        }
    }
    updateButtons();
    emit changed();
}

void PeopleTableEditor::addRow()
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        for (int column = 0; column < m_table->columnCount(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
    }
    m_table->setCurrentCell(row, 0);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, 0));
    updateButtons();
}

void PeopleTableEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    updateButtons();
    emit changed();
}

void PeopleTableEditor::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0 && m_table->rowCount() > 0);
}

} // namespace carnet
