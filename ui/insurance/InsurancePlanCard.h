#pragma once

#include "InsurancePlan.h"

#include <QFrame>
#include <QImage>

class QGridLayout;
class QLabel;
class QToolButton;

namespace carnet {

// One insurance plan drawn as a card: payer, plan, ids with copy buttons, subscriber, dates with a status badge,
// member services phone and thumbnails of the card photos. Return edits, a thumbnail opens the viewer.
class InsurancePlanCard : public QFrame
{
    Q_OBJECT

public:
    // front and back are decoded thumbnails; a null image means that side has no photo.
    InsurancePlanCard(const InsurancePlan& plan, InsurancePlan::Status status, const QImage& front, const QImage& back,
                      QWidget* parent = nullptr);

    std::int64_t planId() const { return m_planId; }
    InsurancePlan::Status status() const { return m_status; }
    QString payerText() const;
    QString statusText() const;
    bool isSelected() const { return m_selected; }
    void setSelected(bool selected);

    // nullptr when that side has no photo.
    QToolButton* thumbnailButton(InsuranceCardImage::Side side) const;
    QToolButton* copyMemberIdButton() const { return m_copyMemberId; }
    QToolButton* copyGroupNumberButton() const { return m_copyGroupNumber; }

    // The box thumbnails are scaled into, from the font so it grows with the text at high scale.
    static QSize thumbnailBox(const QFont& font);
    // The narrowest a card gets before the grid drops a column.
    static int preferredWidth(const QFont& font);

signals:
    void selected(std::int64_t id);
    void editRequested(std::int64_t id);
    void imageRequested(std::int64_t id, InsuranceCardImage::Side side);
    void copyMemberIdRequested(std::int64_t id);
    void copyGroupNumberRequested(std::int64_t id);
    // Arrow keys, Home and End: the grid moves the selection.
    void navigationRequested(std::int64_t id, int key);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addField(QGridLayout* grid, int row, const QString& label, const QString& value, bool wrap,
                  QToolButton* copyButton = nullptr);
    QToolButton* makeThumbnail(const QImage& image, InsuranceCardImage::Side side);

    std::int64_t m_planId;
    InsurancePlan::Status m_status;
    QLabel* m_payer;
    QLabel* m_badge;
    QToolButton* m_copyMemberId = nullptr;
    QToolButton* m_copyGroupNumber = nullptr;
    QToolButton* m_front = nullptr;
    QToolButton* m_back = nullptr;
    bool m_selected = false;
};

} // namespace carnet
