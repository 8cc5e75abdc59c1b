#pragma once

#include "Adherence.h"

#include <QWidget>

#include <vector>

namespace carnet {

// How much of each scheduled medication was taken over a span of days, one horizontal bar per medication with the
// share as text beside it; the counts (taken, late, skipped, missed) are in the tooltip and the accessible
// description. Painted in palette colours.
class AdherenceChart : public QWidget
{
    Q_OBJECT

public:
    explicit AdherenceChart(QWidget* parent = nullptr);

    void setAdherence(std::vector<Adherence> rows);
    const std::vector<Adherence>& adherence() const { return m_rows; }

    // "Metformin 500 mg: 90% taken" (or why there is no share yet).
    QString summaryText(int row) const;
    // The counts behind the share, one per line.
    QString detailText(int row) const;
    // The share as shown beside the bar, e.g. "86.7%"; empty when nothing was due yet.
    QString percentText(int row) const;
    // What the chart says when it has no bar to draw.
    static QString emptyText();
    int rowAt(const QPoint& pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    int rowHeight() const;
    int margin() const;
    void updateDescription();

    std::vector<Adherence> m_rows;
};

} // namespace carnet
