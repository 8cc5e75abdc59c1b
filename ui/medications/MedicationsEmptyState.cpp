#include "MedicationsEmptyState.h"

#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace carnet {

MedicationsEmptyState::MedicationsEmptyState(QWidget* parent)
    : QWidget(parent)
    , m_hint(new QLabel(this))
{
    m_hint->setObjectName(QStringLiteral("emptyState"));
    m_hint->setText(tr("No medications yet — add one with New medication (%1).")
                        .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    auto* icon = new QLabel(this);
    const int size = fontMetrics().height() * 4;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/medication.svg")).pixmap(size, size));
    icon->setAlignment(Qt::AlignCenter);
    auto* note = new QLabel(tr("Carnet keeps your medications, their schedules and every dose you record in this "
                               "vault, on this computer. It gives no medical advice."),
                            this);
    note->setWordWrap(true);
    note->setAlignment(Qt::AlignCenter);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* button = new QPushButton(tr("&New medication"), this);
    button->setObjectName(QStringLiteral("emptyStateNew"));
    connect(button, &QPushButton::clicked, this, &MedicationsEmptyState::newRequested);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(m_hint);
    layout->addWidget(note);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    setFocusProxy(button);
}

QString MedicationsEmptyState::text() const
{
    return m_hint->text();
}

} // namespace carnet
