#include "DisclosureLogPanel.h"

#include "ClipboardGuard.h"
#include "DisclosureLogModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace carnet {

namespace {

enum StackPage { EmptyPage, LogPage };

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString monospace(const QString& text)
{
    return QStringLiteral("<code>%1</code>").arg(escaped(text));
}

QString row(const QString& name, const QString& valueHtml)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
        .arg(escaped(name), valueHtml);
}

QString yesNo(const QJsonObject& items, const char* key)
{
    return items.value(QLatin1String(key)).toBool() ? DisclosureLogPanel::tr("yes") : DisclosureLogPanel::tr("no");
}

QString detailsHtml(const DisclosureLog::Disclosure& d)
{
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(escaped(DisclosureLogPanel::tr("Shared on %1")
                                        .arg(QLocale().toString(d.at.toLocalTime(), QLocale::LongFormat))));
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(escaped(DisclosureLogPanel::tr("Encrypted to:")));
    for (const DisclosureLog::Recipient& r : d.recipients) {
        const QString kind = DisclosureLogModel::kindText(r.kind);
        html += QStringLiteral("<li>%1").arg(escaped(r.label));
        if (kind != r.label)
            html += QStringLiteral(" <i>(%1)</i>").arg(escaped(kind));
        if (!r.fingerprint.isEmpty())
            html += QStringLiteral("<br>%1 %2")
                        .arg(escaped(DisclosureLogPanel::tr("Fingerprint:")), monospace(r.fingerprint));
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul><table cellspacing=\"4\">");
    html += row(DisclosureLogPanel::tr("What:"), escaped(DisclosureLogModel::whatText(d.items)));
    QStringList ids;
    for (const QJsonValue& id : d.items.value(QStringLiteral("journal")).toArray())
        ids << QStringLiteral("#%1").arg(id.toInteger());
    html += row(DisclosureLogPanel::tr("Journal entries:"),
                ids.isEmpty() ? escaped(DisclosureLogPanel::tr("none")) : escaped(ids.join(QStringLiteral(", "))));
    html += row(DisclosureLogPanel::tr("Medications:"), escaped(yesNo(d.items, "medications")));
    html += row(DisclosureLogPanel::tr("Insurance:"), escaped(yesNo(d.items, "insurance")));
    html += row(DisclosureLogPanel::tr("Appointments:"), escaped(yesNo(d.items, "appointments")));
    html += row(DisclosureLogPanel::tr("Records:"), QString::number(d.itemCount));
    html += row(DisclosureLogPanel::tr("File:"), escaped(d.fileName));
    html += row(DisclosureLogPanel::tr("SHA-256:"), monospace(d.packageSha256));
    html += row(DisclosureLogPanel::tr("Export id:"), monospace(d.exportId));
    html += QStringLiteral("</table><p>%1</p>")
                .arg(escaped(DisclosureLogPanel::tr("The entry numbers are those of your journal. The SHA-256 tells "
                                                    "whether a file someone holds is exactly the one written here.")));
    return html;
}

} // namespace

DisclosureLogPanel::DisclosureLogPanel(Database& db, ClipboardGuard& clipboard, QWidget* parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
    , m_model(new DisclosureLogModel(db, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_copyHash(new QPushButton(tr("Copy &hash"), this))
    , m_status(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Every share made from this vault: when, to whom, what, and the SHA-256 of the file "
                                "as it was written. This log cannot be edited or deleted, not even by you, so it "
                                "can always answer who has received what."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* empty = new QLabel(tr("<p><b>Nothing has left this vault yet.</b></p>"
                                "<p>Every share you make is listed here.</p>"),
                             m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setAccessibleName(tr("No shares yet"));
    m_stack->insertWidget(EmptyPage, empty);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DisclosureLogModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Shares made from this vault"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DisclosureLogModel::WhenColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_details->setAccessibleName(tr("Details of the selected share"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a share to see its details."));

    auto* detailsBox = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    auto* buttons = new QHBoxLayout;
    m_copyHash->setToolTip(tr("Copy the full SHA-256 of the selected share's file (Ctrl+Shift+C)"));
    m_copyHash->setAccessibleName(tr("Copy hash"));
    buttons->addWidget(m_copyHash);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    buttons->addWidget(m_status, 1);
    detailsLayout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_stack->insertWidget(LogPage, splitter);
    layout->addWidget(m_stack, 1);

    auto* copyAction = new QAction(tr("Copy hash"), this);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &DisclosureLogPanel::copyHash);
    connect(m_copyHash, &QPushButton::clicked, this, &DisclosureLogPanel::copyHash);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_selectedId = current.isValid() ? current.data(DisclosureLogModel::DisclosureIdRole).toLongLong() : 0;
                showSelected();
            });
    connect(&m_clipboard, &ClipboardGuard::cleared, this, [this] {
        if (m_copiedHere)
            m_status->clear();
        m_copiedHere = false;
    });
    reload();
}

void DisclosureLogPanel::reload()
{
    const std::int64_t keep = m_selectedId;
    m_model->reload();
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentIndex(empty ? EmptyPage : LogPage);
    fitColumns();
    m_selectedId = 0;
    if (!empty) {
        selectId(keep);
        if (m_selectedId == 0)
            selectRow(0);
    }
    showSelected();
}

void DisclosureLogPanel::fitColumns()
{
    // Wide enough for what they hold, but a long name or file name must not push the other columns out of sight:
    // the full text is in the tooltip and the details.
    m_table->resizeColumnsToContents();
    const int em = m_table->fontMetrics().averageCharWidth();
    const std::pair<int, int> caps[] = {{DisclosureLogModel::RecipientsColumn, 48},
                                        {DisclosureLogModel::WhatColumn, 32},
                                        {DisclosureLogModel::FileColumn, 24}};
    for (const auto& [column, chars] : caps)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), chars * em));
}

void DisclosureLogPanel::showEvent(QShowEvent* event)
{
    reload();
    QWidget::showEvent(event);
}

bool DisclosureLogPanel::showsEmptyState() const
{
    return m_stack->currentIndex() == EmptyPage;
}

void DisclosureLogPanel::selectRow(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void DisclosureLogPanel::selectId(std::int64_t id)
{
    if (id == 0)
        return;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(DisclosureLogModel::DisclosureIdRole).toLongLong() == id) {
            selectRow(row);
            return;
        }
    }
}

int DisclosureLogPanel::selectedModelRow() const
{
    if (m_selectedId == 0)
        return -1;
    const QModelIndex current = m_proxy->mapToSource(m_table->selectionModel()->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void DisclosureLogPanel::showSelected()
{
    const int row = selectedModelRow();
    m_copyHash->setEnabled(row >= 0);
    if (row < 0) {
        m_details->clear();
        return;
    }
    m_details->setHtml(detailsHtml(m_model->disclosure(row)));
}

QString DisclosureLogPanel::detailsText() const
{
    return m_details->toPlainText();
}

QString DisclosureLogPanel::selectedHash() const
{
    const int row = selectedModelRow();
    return row < 0 ? QString() : m_model->disclosure(row).packageSha256;
}

QString DisclosureLogPanel::statusText() const
{
    return m_status->text();
}

void DisclosureLogPanel::copyHash()
{
    const QString hash = selectedHash();
    if (hash.isEmpty())
        return;
    // A hash is not secret; it goes through the guard like everything Carnet copies.
    m_clipboard.copy(hash);
    m_copiedHere = true;
    m_status->setText(
        tr("SHA-256 copied. Carnet clears the clipboard after %1 s.").arg(ClipboardGuard::DefaultClearSeconds));
}

} // namespace carnet
