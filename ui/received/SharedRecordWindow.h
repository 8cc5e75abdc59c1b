#pragma once

#include <QDialog>
#include <cstdint>
#include <memory>

class QLabel;
class QPushButton;

namespace carnet {

class SharedRecordView;
class Vault;
struct OpenedShare;

// A share just opened and verified, shown read-only, with "Keep in Shared with me" (when a vault is unlocked) and
// "Save summary as HTML…" (the package's own verified summary.html, byte for byte).
class SharedRecordWindow : public QDialog
{
    Q_OBJECT

public:
    // vault may be null (opened from the start window): nothing can be kept then.
    SharedRecordWindow(std::shared_ptr<const OpenedShare> share, Vault* vault, QWidget* parent = nullptr);

    SharedRecordView* view() const { return m_view; }
    QPushButton* keepButton() const { return m_keep; }
    QPushButton* saveSummaryButton() const { return m_saveSummary; }
    bool isKept() const { return m_keptId != 0; }

    void keep();
    void saveSummary();

signals:
    void kept(std::int64_t id);

private:
    void showKept();

    std::shared_ptr<const OpenedShare> m_share;
    Vault* m_vault;
    SharedRecordView* m_view;
    QLabel* m_keepHint;
    QPushButton* m_keep;
    QPushButton* m_saveSummary;
    std::int64_t m_keptId = 0;
};

} // namespace carnet
