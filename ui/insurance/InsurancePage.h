#pragma once

#include "InsuranceCardImage.h"
#include "InsuranceRepository.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QWidget>
#include <cstdint>
#include <functional>

class QAction;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QToolBar;
class QToolButton;

namespace carnet {

class ClipboardGuard;
class InsuranceCardGrid;
class InsuranceListModel;
class InsurancePlanCard;
class Vault;

// The insurance view: every live plan as a card (ids to copy, dates with their status, photos of the card), with
// actions to add, edit, delete, restore, see the history and attach photos of the card.
class InsurancePage : public QWidget
{
    Q_OBJECT

public:
    InsurancePage(Vault& vault, ClipboardGuard& clipboard, QWidget* parent = nullptr);
    ~InsurancePage() override;

    InsuranceListModel* model() const { return m_model; }
    QList<InsurancePlanCard*> cards() const;
    // nullptr when the plan is not shown.
    InsurancePlanCard* cardFor(std::int64_t id) const;
    // 0 when no plan is selected.
    std::int64_t selectedId() const { return m_selectedId; }
    void selectPlan(std::int64_t id);
    // The hint under the cards ("Copied — clears in 30 s").
    QString statusText() const;
    bool showsEmptyState() const;

    // What the toolbar and shortcuts run; each works on the selected plan.
    void newPlan();
    void editSelected();
    void deleteSelected();
    void showHistory();
    void copyMemberId();
    void copyGroupNumber();
    void chooseCardImage(InsuranceCardImage::Side side);
    void removeCardImage(InsuranceCardImage::Side side);
    void viewCardImage(InsuranceCardImage::Side side);
    void showDeleted();

    QAction* newAction() const { return m_newAction; }
    QAction* editAction() const { return m_editAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* historyAction() const { return m_historyAction; }
    QAction* copyMemberIdAction() const { return m_copyMemberAction; }

private:
    QAction* makeAction(const QString& text, const QList<QKeySequence>& keys, const QString& tip,
                        const std::function<void()>& run);
    void createToolBar(QToolBar* toolBar);
    void reload(std::int64_t selectId);
    void updateActions();
    void navigate(std::int64_t fromId, int key);
    void copyToClipboard(const QString& text);
    void showStatus(const QString& text);
    QImage thumbnail(std::int64_t id, InsuranceCardImage::Side side) const;
    // nullptr when nothing is selected.
    const InsurancePlan* selectedPlan() const;

    Vault& m_vault;
    ClipboardGuard& m_clipboard;
    InsuranceRepository m_repository;
    InsuranceListModel* m_model;
    QStackedWidget* m_stack;
    QScrollArea* m_scroll;
    InsuranceCardGrid* m_grid;
    QLabel* m_status;
    std::int64_t m_selectedId = 0;
    bool m_copiedHere = false;
    // Decoded thumbnails by the photo's SHA-256, so a reload does not decode every photo again.
    mutable QHash<QString, QImage> m_thumbnails;

    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_copyMemberAction = nullptr;
    QAction* m_copyGroupAction = nullptr;
    QAction* m_viewAction = nullptr;
    QAction* m_setFrontAction = nullptr;
    QAction* m_setBackAction = nullptr;
    QAction* m_removeFrontAction = nullptr;
    QAction* m_removeBackAction = nullptr;
    QAction* m_deletedAction = nullptr;
    QToolButton* m_photosButton = nullptr;
};

} // namespace carnet
