#pragma once

#include <QLabel>

class QFormLayout;

namespace carnet {

// The inline note under a form field or above a dialog's buttons saying what is wrong with the input; hidden when
// nothing is. The warning sign and the words carry the meaning, the colour only repeats it.
class PeopleProblemLabel : public QLabel
{
    Q_OBJECT

public:
    explicit PeopleProblemLabel(QWidget* parent = nullptr);

    // An empty problem hides the label.
    void setProblem(const QString& problem);
    QString problem() const { return m_problem; }

    // Adds a form row whose field has this note right under it (an empty form label would leave a gap when the
    // note is hidden); labelText carries the mnemonic and the label's buddy is field.
    void addRowBelow(QFormLayout* form, const QString& labelText, QWidget* field);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QString m_problem;
};

} // namespace carnet
