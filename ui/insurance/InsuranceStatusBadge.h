#pragma once

#include "InsurancePlan.h"

#include <QLabel>

namespace carnet {

// The "Active" / "Not yet in effect" / "Expired" tag of an insurance card: the word says it, a tint derived from
// the current palette (light or dark) repeats it for a quick glance.
class InsuranceStatusBadge : public QLabel
{
    Q_OBJECT

public:
    explicit InsuranceStatusBadge(InsurancePlan::Status status, QWidget* parent = nullptr);

    InsurancePlan::Status status() const { return m_status; }
    // The accent for a status, with the hue fixed per status and the saturation and lightness of the palette's
    // highlight, so it sits well in light and dark themes.
    static QColor accent(InsurancePlan::Status status, const QPalette& palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    InsurancePlan::Status m_status;
};

} // namespace carnet
