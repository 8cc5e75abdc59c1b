#include "ReceivedSharesPage.h"

#include "DialogSeams.h"
#include "ReceivedShareListModel.h"
#include "ReceivedShareStore.h"
#include "RecordError.h"
#include "ShareError.h"
#include "SharedRecordOpener.h"
#include "SharedRecordView.h"
#include "StorageError.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace carnet {

ReceivedSharesPage::ReceivedSharesPage(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_model(new ReceivedShareListModel(vault, this))
    , m_list(new QTableView(this))
    , m_view(new SharedRecordView(this))
    , m_open(new QPushButton(tr("&Open shared record…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new QWidget(this))
    , m_content(new QWidget(this))
{
    auto* title = new QLabel(tr("<h2>Shared with me</h2><p>Records that others shared with you and that you chose to "
                                "keep. They are read-only copies of someone else's record, checked when you opened "
                                "them.</p>"),
                             this);
    title->setWordWrap(true);

    m_open->setAccessibleName(tr("Open shared record"));
    m_open->setToolTip(tr("Open a .carnet-share file someone sent you"));
    m_remove->setAccessibleName(tr("Remove the selected share"));
    m_remove->setToolTip(tr("Remove your copy of the selected share (Del)"));
    auto* removeAction = new QAction(tr("Remove"), this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(removeAction);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Kept shares"));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(ReceivedShareListModel::SignerColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(ReceivedShareListModel::ReceivedColumn,
                                                     QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(ReceivedShareListModel::ItemsColumn,
                                                     QHeaderView::ResizeToContents);

    auto* splitter = new QSplitter(Qt::Horizontal, m_content);
    splitter->addWidget(m_list);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter);

    auto* empty = new QLabel(
        tr("<p><b>Nothing kept here yet.</b></p>"
           "<p>When a provider, caregiver or relative sends you a Carnet share (a file ending in "
           "<i>.carnet-share</i>), choose <b>Open shared record…</b> and pick the file. Carnet opens it with your "
           "vault's key, or asks for the one-time passphrase they gave you, checks every signature and shows who "
           "signed it. Nothing in it can be edited.</p>"
           "<p>Choose <b>Keep in Shared with me</b> to find it here later; removing it later removes only your "
           "copy.</p>"
           "<p>For others to share with your vault's key, give them your public key from the Sharing section.</p>"),
        m_emptyState);
    empty->setWordWrap(true);
    empty->setTextFormat(Qt::RichText);
    empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    empty->setAccessibleName(tr("No kept shares"));
    auto* emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addWidget(empty);
    emptyLayout->addStretch();

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_content);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);

    connect(m_open, &QPushButton::clicked, this, &ReceivedSharesPage::openSharedRecord);
    connect(m_remove, &QPushButton::clicked, this, &ReceivedSharesPage::removeSelected);
    connect(removeAction, &QAction::triggered, this, &ReceivedSharesPage::removeSelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReceivedSharesPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_stack->setCurrentWidget(m_model->rowCount() == 0 ? m_emptyState : m_content);
        m_remove->setEnabled(m_model->rowCount() > 0);
    });
    reload();
}

bool ReceivedSharesPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

std::int64_t ReceivedSharesPage::currentId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(ReceivedShareListModel::IdRole).toLongLong() : 0;
}

void ReceivedSharesPage::showEvent(QShowEvent* event)
{
    // A share kept from a window opened elsewhere (File › Open shared record, or at start-up) shows up here, and a
    // signer pinned or unpinned in the care team meanwhile shows as such.
    reload();
    QWidget::showEvent(event);
}

void ReceivedSharesPage::changeEvent(QEvent* event)
{
    // The same when that window closes over this page and the main window is active again.
    if (event->type() == QEvent::ActivationChange && isVisible() && isActiveWindow())
        reloadIfChanged();
    QWidget::changeEvent(event);
}

void ReceivedSharesPage::reloadIfChanged()
{
    std::vector<std::int64_t> stored;
    try {
        for (const ReceivedShareStore::Summary& share : ReceivedShareStore(m_vault).list())
            stored.push_back(share.id);
    } catch (const std::exception&) {
        reload(); // which says what went wrong
        return;
    }
    std::vector<std::int64_t> shown;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shown.push_back(m_model->summaryAt(row).id);
    if (stored != shown)
        reload();
}

void ReceivedSharesPage::reload(std::int64_t select)
{
    const int previousRow = m_list->currentIndex().row();
    if (select == 0)
        select = currentId();
    try {
        m_model->reload();
    } catch (const std::exception& error) {
        MessageBoxSeam::warning(this, tr("Shared with me"),
                                tr("The kept shares could not be read: %1").arg(QString::fromStdString(error.what())));
        return;
    }
    int row = m_model->rowOf(select);
    if (row < 0 && m_model->rowCount() > 0)
        row = qBound(0, previousRow, m_model->rowCount() - 1);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, ReceivedShareListModel::SignerColumn)); // shows it
    else
        showCurrent();
}

void ReceivedSharesPage::showCurrent()
{
    const std::int64_t id = currentId();
    if (id == 0) {
        m_view->clearShare();
        return;
    }
    try {
        m_view->showKept(ReceivedShareStore(m_vault).load(id));
    } catch (const RecordError& error) {
        m_view->clearShare();
        MessageBoxSeam::warning(this, tr("Shared with me"), error.message());
    } catch (const ShareError& error) {
        m_view->clearShare();
        MessageBoxSeam::warning(this, tr("Shared with me"),
                                tr("This kept share cannot be shown: %1").arg(error.message()));
    } catch (const StorageError& error) {
        m_view->clearShare();
        MessageBoxSeam::warning(this, tr("Shared with me"), QString::fromStdString(error.what()));
    }
}

void ReceivedSharesPage::openSharedRecord()
{
    SharedRecordOpener* opener = SharedRecordOpener::open(this, &m_vault);
    if (opener)
        connect(opener, &SharedRecordOpener::shareKept, this, [this](std::int64_t id) { reload(id); });
}

void ReceivedSharesPage::removeSelected()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const ReceivedShareStore::Summary& share = m_model->summaryAt(current.row());
    const std::int64_t id = share.id;
    const QString question
        = tr("Remove the share from %1, received on %2?\n\nThis removes your copy only; the person who sent it keeps "
             "theirs. It cannot be undone, but you can open and keep the file again.")
              .arg(ReceivedShareListModel::signerText(share),
                   QLocale().toString(share.receivedAt.toLocalTime(), QLocale::ShortFormat));
    if (MessageBoxSeam::question(this, tr("Remove shared record"), question) != QMessageBox::Yes)
        return;
    try {
        ReceivedShareStore(m_vault).remove(id);
    } catch (const RecordError& error) {
        MessageBoxSeam::warning(this, tr("Cannot remove the share"), error.message());
    } catch (const StorageError& error) {
        MessageBoxSeam::warning(this, tr("Cannot remove the share"), QString::fromStdString(error.what()));
    }
    reload();
}

} // namespace carnet
