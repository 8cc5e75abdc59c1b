#include "InsurancePage.h"

#include "ClipboardGuard.h"
#include "DialogSeams.h"
#include "InsuranceCardFile.h"
#include "InsuranceCardGrid.h"
#include "InsuranceCardViewer.h"
#include "InsuranceListModel.h"
#include "InsurancePlanCard.h"
#include "InsurancePlanEditorDialog.h"
#include "PeopleActionErrors.h"
#include "DialogSeams.h"
#include "PeopleRestoreDialog.h"
#include "RecordHistoryDialog.h"
#include "Vault.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

namespace carnet {

namespace {

QString sideWords(InsuranceCardImage::Side side)
{
    return side == InsuranceCardImage::Side::Front ? InsurancePage::tr("the front of the card")
                                                   : InsurancePage::tr("the back of the card");
}

} // namespace

InsurancePage::InsurancePage(Vault& vault, ClipboardGuard& clipboard, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_clipboard(clipboard)
    , m_repository(vault.database())
    , m_model(new InsuranceListModel(m_repository, this))
    , m_stack(new QStackedWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_grid(new InsuranceCardGrid)
    , m_status(new QLabel(this))
{
    auto* title = new QLabel(tr("<h2>Insurance</h2><p>Your plans with the numbers you read out on the phone, and "
                                "photos of the cards. Copied numbers are cleared from the clipboard after %1 s.</p>")
                                 .arg(ClipboardGuard::DefaultClearSeconds),
                             this);
    title->setWordWrap(true);
    auto* toolBar = new QToolBar(tr("Insurance actions"), this);
    createToolBar(toolBar);

    m_scroll->setWidget(m_grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Insurance plans"));
    m_scroll->setFocusPolicy(Qt::NoFocus);

    auto* empty = new QWidget(this);
    auto* emptyText = new QLabel(tr("<h3>No insurance plans yet</h3><p>Add each plan you hold: the payer, the "
                                    "member ID and group number printed on the card, the dates it covers and "
                                    "photos of both sides.</p>"),
                                 empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto* emptyButton = new QPushButton(tr("&New plan…"), empty);
    emptyButton->setToolTip(m_newAction->toolTip());
    connect(emptyButton, &QPushButton::clicked, this, &InsurancePage::newPlan);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(empty);

    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(toolBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(&m_clipboard, &ClipboardGuard::cleared, this, [this] {
        if (std::exchange(m_copiedHere, false))
            showStatus(tr("Clipboard cleared."));
    });
    reload(0);
}

InsurancePage::~InsurancePage() = default;

QAction* InsurancePage::makeAction(const QString& text, const QList<QKeySequence>& keys, const QString& tip,
                                   const std::function<void()>& run)
{
    auto* action = new QAction(text, this);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QStringList keyTexts;
    for (const QKeySequence& key : keys)
        keyTexts.append(key.toString(QKeySequence::NativeText));
    action->setToolTip(keyTexts.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keyTexts.join(tr(", "))));
    connect(action, &QAction::triggered, this, run);
    addAction(action);
    return action;
}

void InsurancePage::createToolBar(QToolBar* toolBar)
{
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newAction = makeAction(tr("&New plan…"), {QKeySequence::New}, tr("Add an insurance plan"), [this] { newPlan(); });
    m_editAction = makeAction(tr("&Edit…"), {QKeySequence(Qt::Key_F2)}, tr("Edit the selected plan"),
                              [this] { editSelected(); });
    // Return is handled by the focused card (on a photo it opens the photo instead), so it is not a shortcut here.
    m_editAction->setToolTip(
        tr("Edit the selected plan (Return, %1)").arg(QKeySequence(Qt::Key_F2).toString(QKeySequence::NativeText)));
    m_deleteAction = makeAction(tr("&Delete…"), {QKeySequence::Delete}, tr("Delete the selected plan"),
                                [this] { deleteSelected(); });
    m_historyAction = makeAction(tr("&History…"), {QKeySequence(Qt::CTRL | Qt::Key_H)},
                                 tr("Every version of the selected plan"), [this] { showHistory(); });
    m_copyMemberAction
        = makeAction(tr("&Copy member ID"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
                     tr("Copy the member ID; the clipboard is cleared after 30 s"), [this] { copyMemberId(); });
    m_copyGroupAction
        = makeAction(tr("Copy &group number"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)},
                     tr("Copy the group number; the clipboard is cleared after 30 s"), [this] { copyGroupNumber(); });
    m_viewAction
        = makeAction(tr("&View photos…"), {QKeySequence(Qt::CTRL | Qt::Key_I)}, tr("Show the photos of the card"),
                     [this] { viewCardImage(InsuranceCardImage::Side::Front); });
    m_setFrontAction = makeAction(tr("Add or replace the &front photo…"), {}, tr("Choose a JPEG or PNG photo"),
                                  [this] { chooseCardImage(InsuranceCardImage::Side::Front); });
    m_setBackAction = makeAction(tr("Add or replace the &back photo…"), {}, tr("Choose a JPEG or PNG photo"),
                                 [this] { chooseCardImage(InsuranceCardImage::Side::Back); });
    m_removeFrontAction = makeAction(tr("&Remove the front photo…"), {}, tr("Remove the photo of the front"),
                                     [this] { removeCardImage(InsuranceCardImage::Side::Front); });
    m_removeBackAction = makeAction(tr("Re&move the back photo…"), {}, tr("Remove the photo of the back"),
                                    [this] { removeCardImage(InsuranceCardImage::Side::Back); });
    m_deletedAction
        = makeAction(tr("Deleted &plans…"), {}, tr("Show deleted plans and restore one"), [this] { showDeleted(); });

    // Named so tests and accessibility tools can find them.
    m_newAction->setObjectName(QStringLiteral("newPlan"));
    m_editAction->setObjectName(QStringLiteral("editPlan"));
    m_deleteAction->setObjectName(QStringLiteral("deletePlan"));
    m_historyAction->setObjectName(QStringLiteral("planHistory"));
    m_copyMemberAction->setObjectName(QStringLiteral("copyMemberId"));
    m_copyGroupAction->setObjectName(QStringLiteral("copyGroupNumber"));
    m_viewAction->setObjectName(QStringLiteral("viewPhotos"));
    m_setFrontAction->setObjectName(QStringLiteral("setFrontPhoto"));
    m_setBackAction->setObjectName(QStringLiteral("setBackPhoto"));
    m_removeFrontAction->setObjectName(QStringLiteral("removeFrontPhoto"));
    m_removeBackAction->setObjectName(QStringLiteral("removeBackPhoto"));
    m_deletedAction->setObjectName(QStringLiteral("deletedPlans"));

    toolBar->addAction(m_newAction);
    toolBar->addAction(m_editAction);
    toolBar->addAction(m_deleteAction);
    toolBar->addAction(m_historyAction);
    toolBar->addSeparator();
    toolBar->addAction(m_copyMemberAction);
    toolBar->addAction(m_copyGroupAction);
    toolBar->addSeparator();
    auto* photos = new QMenu(this);
    photos->addAction(m_viewAction);
    photos->addSeparator();
    photos->addAction(m_setFrontAction);
    photos->addAction(m_setBackAction);
    photos->addSeparator();
    photos->addAction(m_removeFrontAction);
    photos->addAction(m_removeBackAction);
    m_photosButton = new QToolButton(toolBar);
    m_photosButton->setText(tr("Card &photos"));
    m_photosButton->setAccessibleName(tr("Card photos"));
    m_photosButton->setToolTip(tr("View, add, replace or remove the photos of the card"));
    m_photosButton->setMenu(photos);
    m_photosButton->setPopupMode(QToolButton::InstantPopup);
    toolBar->addWidget(m_photosButton);
    toolBar->addSeparator();
    toolBar->addAction(m_deletedAction);
}

QList<InsurancePlanCard*> InsurancePage::cards() const
{
    return m_grid->cards();
}

InsurancePlanCard* InsurancePage::cardFor(std::int64_t id) const
{
    for (InsurancePlanCard* card : m_grid->cards()) {
        if (card->planId() == id)
            return card;
    }
    return nullptr;
}

QString InsurancePage::statusText() const
{
    return m_status->text();
}

bool InsurancePage::showsEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

const InsurancePlan* InsurancePage::selectedPlan() const
{
    const int row = m_model->rowOf(m_selectedId);
    return row < 0 ? nullptr : &m_model->planAt(row);
}

QImage InsurancePage::thumbnail(std::int64_t id, InsuranceCardImage::Side side) const
{
    std::optional<InsuranceCardImage> image;
    try {
        image = m_repository.cardImage(id, side);
    } catch (const std::exception&) {
        return {}; // the card then shows no thumbnail; opening the viewer reports the error
    }
    if (!image)
        return {};
    if (const auto cached = m_thumbnails.constFind(image->sha256); cached != m_thumbnails.constEnd())
        return *cached;
    QBuffer buffer(&image->bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // Decoding at thumbnail size is much faster than decoding a phone photo and scaling it down.
    if (const QSize size = reader.size(); size.isValid())
        reader.setScaledSize(size.scaled(InsurancePlanCard::thumbnailBox(font()), Qt::KeepAspectRatio));
    QImage decoded = reader.read();
    m_thumbnails.insert(image->sha256, decoded);
    return decoded;
}

void InsurancePage::reload(std::int64_t selectId)
{
    const QWidget* focused = QApplication::focusWidget();
    const bool hadFocus = focused && isAncestorOf(focused);
    if (selectId == 0)
        selectId = m_selectedId;
    PeopleActionErrors::runOrWarn(this, tr("Insurance"), [this] { m_model->reload(); });
    QList<InsurancePlanCard*> cards;
    QSet<QString> shownPhotos;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const InsurancePlan& plan = m_model->planAt(row);
        const QImage front = plan.frontCard.isNull() ? QImage() : thumbnail(plan.id, InsuranceCardImage::Side::Front);
        const QImage back = plan.backCard.isNull() ? QImage() : thumbnail(plan.id, InsuranceCardImage::Side::Back);
        shownPhotos << plan.frontCard.sha256 << plan.backCard.sha256;
        auto* card = new InsurancePlanCard(plan, plan.statusOn(m_model->today()), front, back);
        connect(card, &InsurancePlanCard::selected, this, &InsurancePage::selectPlan);
        connect(card, &InsurancePlanCard::editRequested, this, [this](std::int64_t id) {
            selectPlan(id);
            editSelected();
        });
        connect(card, &InsurancePlanCard::imageRequested, this, [this](std::int64_t id, InsuranceCardImage::Side side) {
            selectPlan(id);
            viewCardImage(side);
        });
        connect(card, &InsurancePlanCard::copyMemberIdRequested, this, [this](std::int64_t id) {
            selectPlan(id);
            copyMemberId();
        });
        connect(card, &InsurancePlanCard::copyGroupNumberRequested, this, [this](std::int64_t id) {
            selectPlan(id);
            copyGroupNumber();
        });
        connect(card, &InsurancePlanCard::navigationRequested, this, &InsurancePage::navigate);
        cards.append(card);
    }
    for (auto it = m_thumbnails.begin(); it != m_thumbnails.end();)
        it = shownPhotos.contains(it.key()) ? std::next(it) : m_thumbnails.erase(it);
    m_grid->setCards(cards);
    m_stack->setCurrentIndex(cards.isEmpty() ? 1 : 0);
    if (m_model->rowOf(selectId) < 0)
        selectId = cards.isEmpty() ? 0 : cards.first()->planId();
    m_selectedId = 0;
    selectPlan(selectId);
    if (hadFocus) {
        if (InsurancePlanCard* card = cardFor(selectId))
            card->setFocus();
    }
}

void InsurancePage::selectPlan(std::int64_t id)
{
    m_selectedId = m_model->rowOf(id) < 0 ? 0 : id;
    for (InsurancePlanCard* card : m_grid->cards()) {
        card->setSelected(card->planId() == m_selectedId);
        if (card->planId() == m_selectedId && card->isVisible())
            m_scroll->ensureWidgetVisible(card, 0, 0);
    }
    updateActions();
}

void InsurancePage::updateActions()
{
    const InsurancePlan* plan = selectedPlan();
    const bool any = plan != nullptr;
    for (QAction* action : {m_editAction, m_deleteAction, m_historyAction, m_setFrontAction, m_setBackAction})
        action->setEnabled(any);
    m_copyMemberAction->setEnabled(any && !plan->memberId.isEmpty());
    m_copyGroupAction->setEnabled(any && !plan->groupNumber.isEmpty());
    m_viewAction->setEnabled(any && (!plan->frontCard.isNull() || !plan->backCard.isNull()));
    m_removeFrontAction->setEnabled(any && !plan->frontCard.isNull());
    m_removeBackAction->setEnabled(any && !plan->backCard.isNull());
    m_photosButton->setEnabled(any);
}

void InsurancePage::navigate(std::int64_t fromId, int key)
{
    const QList<InsurancePlanCard*>& all = m_grid->cards();
    for (int i = 0; i < all.size(); ++i) {
        if (all[i]->planId() != fromId)
            continue;
        const int target = m_grid->neighbour(i, key);
        if (target >= 0)
            all[target]->setFocus(Qt::TabFocusReason);
        return;
    }
}

void InsurancePage::showStatus(const QString& text)
{
    m_status->setText(text);
}

void InsurancePage::newPlan()
{
    const auto dialog = DialogSeam::accepted(new InsurancePlanEditorDialog(InsurancePlan(), this));
    if (!dialog)
        return;
    std::int64_t id = 0;
    if (PeopleActionErrors::runOrWarn(this, tr("New insurance plan"), [&] { id = m_repository.add(dialog->plan()); })) {
        reload(id);
        showStatus(tr("Plan added."));
    }
}

void InsurancePage::editSelected()
{
    const InsurancePlan* plan = selectedPlan();
    if (!plan)
        return;
    const auto dialog = DialogSeam::accepted(new InsurancePlanEditorDialog(*plan, this));
    if (!dialog)
        return;
    if (PeopleActionErrors::runOrWarn(this, tr("Edit insurance plan"), [&] { m_repository.update(dialog->plan()); })) {
        reload(dialog->plan().id);
        showStatus(tr("Plan saved. The earlier version is kept in its history."));
    }
}

void InsurancePage::deleteSelected()
{
    const InsurancePlan* plan = selectedPlan();
    if (!plan)
        return;
    const std::int64_t id = plan->id;
    const QMessageBox::StandardButton answer = MessageBoxSeam::question(
        this, tr("Delete insurance plan"),
        tr("Delete the plan “%1”?\n\nIt moves to the deleted plans, where you can restore it.")
            .arg(plan->displayName()));
    if (answer != QMessageBox::Yes)
        return;
    if (PeopleActionErrors::runOrWarn(this, tr("Delete insurance plan"), [&] { m_repository.softDelete(id); })) {
        reload(0);
        showStatus(tr("Plan deleted. “Deleted plans…” restores it."));
    }
}

void InsurancePage::showHistory()
{
    const InsurancePlan* plan = selectedPlan();
    if (!plan)
        return;
    DialogSeam::show(new RecordHistoryDialog(m_vault.database(), plan->id, plan->displayName(), this));
}

void InsurancePage::copyToClipboard(const QString& text)
{
    m_clipboard.copy(text);
    m_copiedHere = true;
    showStatus(tr("Copied — clears in %1 s").arg(ClipboardGuard::DefaultClearSeconds));
}

void InsurancePage::copyMemberId()
{
    if (const InsurancePlan* plan = selectedPlan(); plan && !plan->memberId.isEmpty())
        copyToClipboard(plan->memberId);
}

void InsurancePage::copyGroupNumber()
{
    if (const InsurancePlan* plan = selectedPlan(); plan && !plan->groupNumber.isEmpty())
        copyToClipboard(plan->groupNumber);
}

void InsurancePage::chooseCardImage(InsuranceCardImage::Side side)
{
    const InsurancePlan* plan = selectedPlan();
    if (!plan)
        return;
    const std::int64_t id = plan->id;
    const QString title = tr("Photo of %1").arg(sideWords(side));
    const QString path = FileDialogSeam::openFileName(this, title, tr("Images (*.jpg *.jpeg *.png)"));
    if (path.isEmpty())
        return;
    if (PeopleActionErrors::runOrWarn(this, title, [&] {
            const InsuranceRepository::CardUpload upload = InsuranceCardFile::read(path);
            m_repository.setCardImage(id, side, upload.bytes, upload.fileName);
        })) {
        reload(id);
        showStatus(tr("Photo of %1 saved in the vault.").arg(sideWords(side)));
    }
}

void InsurancePage::removeCardImage(InsuranceCardImage::Side side)
{
    const InsurancePlan* plan = selectedPlan();
    if (!plan || plan->card(side).isNull())
        return;
    const std::int64_t id = plan->id;
    const QString title = tr("Remove photo");
    if (MessageBoxSeam::question(this, title,
                                 tr("Remove the photo of %1 of “%2”?\n\nThe history keeps only its name and size, "
                                    "not the photo.")
                                     .arg(sideWords(side), plan->displayName()))
        != QMessageBox::Yes) {
        return;
    }
    if (PeopleActionErrors::runOrWarn(this, title, [&] { m_repository.removeCardImage(id, side); })) {
        reload(id);
        showStatus(tr("Photo of %1 removed.").arg(sideWords(side)));
    }
}

void InsurancePage::viewCardImage(InsuranceCardImage::Side side)
{
    const InsurancePlan* plan = selectedPlan();
    if (!plan)
        return;
    const std::int64_t id = plan->id;
    const QString name = plan->displayName();
    QByteArray front;
    QByteArray back;
    const bool read = PeopleActionErrors::runOrWarn(this, tr("Photos of the card"), [&] {
        if (auto image = m_repository.cardImage(id, InsuranceCardImage::Side::Front))
            front = image->bytes;
        if (auto image = m_repository.cardImage(id, InsuranceCardImage::Side::Back))
            back = image->bytes;
    });
    if (!read || (front.isEmpty() && back.isEmpty()))
        return;
    DialogSeam::show(new InsuranceCardViewer(name, front, back, side, this));
}

void InsurancePage::showDeleted()
{
    QList<PeopleRestoreDialog::Entry> entries;
    if (!PeopleActionErrors::runOrWarn(this, tr("Deleted plans"), [&] {
            for (const InsurancePlan& plan : m_repository.listDeleted())
                entries.append({plan.id, plan.displayName()});
        })) {
        return;
    }
    const auto dialog
        = DialogSeam::accepted(new PeopleRestoreDialog(tr("Deleted insurance plans"), entries, this));
    if (!dialog || dialog->selectedId() == 0)
        return;
    const std::int64_t id = dialog->selectedId();
    if (PeopleActionErrors::runOrWarn(this, tr("Restore plan"), [&] { m_repository.restore(id); })) {
        reload(id);
        showStatus(tr("Plan restored."));
    }
}

} // namespace carnet
