#include "PeopleProblemLabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QVBoxLayout>

namespace carnet {

PeopleProblemLabel::PeopleProblemLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // Never taller than its text: a form must not spread its rows apart around a hidden or short note.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Problem"));
    applyPalette();
    hide();
}

void PeopleProblemLabel::setProblem(const QString& problem)
{
    m_problem = problem;
    setText(problem.isEmpty() ? QString() : tr("⚠ %1").arg(problem));
    setAccessibleDescription(problem);
    setVisible(!problem.isEmpty());
}

void PeopleProblemLabel::addRowBelow(QFormLayout* form, const QString& labelText, QWidget* field)
{
    auto* label = new QLabel(labelText, form->parentWidget());
    label->setBuddy(field);
    auto* stack = new QVBoxLayout;
    stack->setContentsMargins(0, 0, 0, 0);
    stack->setSpacing(0);
    stack->addWidget(field);
    stack->addWidget(this);
    form->addRow(label, stack);
}

void PeopleProblemLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
}

void PeopleProblemLabel::applyPalette()
{
    // A red pulled toward the text colour, so it stays readable on light and dark windows alike.
    // Derived from the parent's palette: the label's own WindowText is the tone set here.
    const QPalette source = parentWidget() ? parentWidget()->palette() : palette();
    const QColor text = source.color(QPalette::WindowText);
    const bool darkWindow = source.color(QPalette::Window).lightness() < 128;
    const QColor red = darkWindow ? QColor::fromHsl(0, 200, 170) : QColor::fromHsl(0, 200, 90);
    const QColor tone = QColor::fromRgbF((red.redF() * 3 + text.redF()) / 4, (red.greenF() * 3 + text.greenF()) / 4,
                                         (red.blueF() * 3 + text.blueF()) / 4);
    QPalette own = palette();
    if (own.color(QPalette::WindowText) == tone)
        return;
    own.setColor(QPalette::WindowText, tone);
    setPalette(own);
}

} // namespace carnet
