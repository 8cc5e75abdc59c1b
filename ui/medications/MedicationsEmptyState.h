#pragma once

#include <QWidget>

class QLabel;

namespace carnet {

// What the Medications section shows in a vault without any medication: a friendly hint and a way to add the first.
class MedicationsEmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit MedicationsEmptyState(QWidget* parent = nullptr);

    QString text() const;

signals:
    void newRequested();

private:
    QLabel* m_hint;
};

} // namespace carnet
