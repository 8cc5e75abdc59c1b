#include "InsurancePlanCard.h"

#include "InsuranceStatusBadge.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QVBoxLayout>

namespace carnet {

namespace {

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString coverageText(const InsurancePlan& plan)
{
    if (plan.effectiveFrom.isValid() && plan.effectiveTo.isValid())
        return InsurancePlanCard::tr("%1 – %2").arg(shortDate(plan.effectiveFrom), shortDate(plan.effectiveTo));
    if (plan.effectiveFrom.isValid())
        return InsurancePlanCard::tr("from %1").arg(shortDate(plan.effectiveFrom));
    if (plan.effectiveTo.isValid())
        return InsurancePlanCard::tr("until %1").arg(shortDate(plan.effectiveTo));
    return InsurancePlanCard::tr("Dates not recorded");
}

QString subscriberText(const InsurancePlan& plan)
{
    if (plan.relationship == QLatin1String("self"))
        return plan.subscriberName.isEmpty() ? InsurancePlanCard::tr("You")
                                             : InsurancePlanCard::tr("%1 (you)").arg(plan.subscriberName);
    const QString relationship = InsurancePlan::relationshipLabel(plan.relationship);
    if (plan.subscriberName.isEmpty())
        return InsurancePlanCard::tr("Someone else (relationship: %1)").arg(relationship);
    return InsurancePlanCard::tr("%1 (relationship: %2)").arg(plan.subscriberName, relationship);
}

} // namespace

QSize InsurancePlanCard::thumbnailBox(const QFont& font)
{
    const QFontMetrics metrics(font);
    // About the shape of an ID-1 card (85.6 × 54 mm), five lines of text high.
    const int height = metrics.lineSpacing() * 5;
    return {height * 16 / 10, height};
}

int InsurancePlanCard::preferredWidth(const QFont& font)
{
    return QFontMetrics(font).averageCharWidth() * 68;
}

InsurancePlanCard::InsurancePlanCard(const InsurancePlan& plan, InsurancePlan::Status status, const QImage& front,
                                     const QImage& back, QWidget* parent)
    : QFrame(parent)
    , m_planId(plan.id)
    , m_status(status)
    , m_payer(new QLabel(plan.payer, this))
    , m_badge(new InsuranceStatusBadge(status, this))
{
    setFocusPolicy(Qt::StrongFocus);
    setObjectName(QStringLiteral("insurancePlanCard"));
    setAccessibleName(tr("Insurance plan: %1, %2").arg(plan.displayName(), InsurancePlan::statusLabel(status)));
    setAccessibleDescription(tr("Return edits the plan; arrow keys move to the next card."));
    setToolTip(plan.notes);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    QFont payerFont = m_payer->font();
    payerFont.setBold(true);
    payerFont.setPointSizeF(payerFont.pointSizeF() * 1.2);
    m_payer->setFont(payerFont);
    m_payer->setWordWrap(true);
    m_payer->setObjectName(QStringLiteral("payer"));

    auto* heading = new QHBoxLayout;
    heading->addWidget(m_payer, 1);
    heading->addWidget(m_badge, 0, Qt::AlignTop);

    QStringList planLine;
    if (!plan.planName.isEmpty())
        planLine.append(plan.planName);
    planLine.append(InsurancePlan::typeLabel(plan.planType));
    auto* planLabel = new QLabel(planLine.join(QStringLiteral(" · ")), this);
    planLabel->setWordWrap(true);
    planLabel->setObjectName(QStringLiteral("planLine"));

    auto* fields = new QGridLayout;
    fields->setColumnStretch(1, 1);
    fields->setHorizontalSpacing(fontMetrics().averageCharWidth() * 3 / 2);
    int row = 0;
    if (!plan.memberId.isEmpty()) {
        m_copyMemberId = new QToolButton(this);
        m_copyMemberId->setText(tr("Copy"));
        m_copyMemberId->setAccessibleName(tr("Copy member ID"));
        m_copyMemberId->setToolTip(tr("Copy the member ID; the clipboard is cleared after 30 s (Ctrl+Shift+C)"));
        connect(m_copyMemberId, &QToolButton::clicked, this, [this] { emit copyMemberIdRequested(m_planId); });
        addField(fields, row++, tr("Member ID"), plan.memberId, false, m_copyMemberId);
    }
    if (!plan.groupNumber.isEmpty()) {
        m_copyGroupNumber = new QToolButton(this);
        m_copyGroupNumber->setText(tr("Copy"));
        m_copyGroupNumber->setAccessibleName(tr("Copy group number"));
        m_copyGroupNumber->setToolTip(tr("Copy the group number; the clipboard is cleared after 30 s (Ctrl+Shift+G)"));
        connect(m_copyGroupNumber, &QToolButton::clicked, this, [this] { emit copyGroupNumberRequested(m_planId); });
        addField(fields, row++, tr("Group"), plan.groupNumber, false, m_copyGroupNumber);
    }
    addField(fields, row++, tr("Subscriber"), subscriberText(plan), true);
    addField(fields, row++, tr("Covered"), coverageText(plan), true);
    if (!plan.payerPhone.isEmpty())
        addField(fields, row++, tr("Member services"), plan.payerPhone, false);
    for (const LabelledPhone& phone : plan.otherPhones)
        addField(fields, row++, phone.label.isEmpty() ? tr("Phone") : phone.label, phone.number, false);

    auto* pictures = new QHBoxLayout;
    if (!front.isNull())
        pictures->addWidget(m_front = makeThumbnail(front, InsuranceCardImage::Side::Front));
    if (!back.isNull())
        pictures->addWidget(m_back = makeThumbnail(back, InsuranceCardImage::Side::Back));
    if (front.isNull() && back.isNull()) {
        auto* none = new QLabel(tr("No photo of the card. Add one with Card photos in the toolbar."), this);
        none->setWordWrap(true);
        none->setForegroundRole(QPalette::PlaceholderText);
        pictures->addWidget(none, 1);
    } else {
        pictures->addStretch(1);
    }

    auto* layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height() * 3 / 4;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addLayout(heading);
    layout->addWidget(planLabel);
    layout->addLayout(fields);
    layout->addLayout(pictures);
}

void InsurancePlanCard::addField(QGridLayout* grid, int row, const QString& label, const QString& value, bool wrap,
                                 QToolButton* copyButton)
{
    auto* name = new QLabel(label, this);
    name->setForegroundRole(QPalette::PlaceholderText);
    name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    name->setWordWrap(true);
    auto* text = new QLabel(value, this);
    // Numbers read out on the phone stay on one line; names and dates may wrap.
    text->setWordWrap(wrap);
    text->setAccessibleName(label);
    grid->addWidget(name, row, 0);
    grid->addWidget(text, row, 1);
    if (copyButton)
        grid->addWidget(copyButton, row, 2);
}

QToolButton* InsurancePlanCard::makeThumbnail(const QImage& image, InsuranceCardImage::Side side)
{
    auto* button = new QToolButton(this);
    const QString label = InsuranceCardImage::sideLabel(side);
    button->setIcon(QPixmap::fromImage(image));
    button->setIconSize(image.size());
    button->setText(label);
    button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setAccessibleName(tr("Open the photo: %1").arg(label));
    button->setToolTip(tr("Open the photo of the card: %1 (Return)").arg(label));
    button->installEventFilter(this);
    connect(button, &QToolButton::clicked, this, [this, side] { emit imageRequested(m_planId, side); });
    return button;
}

QToolButton* InsurancePlanCard::thumbnailButton(InsuranceCardImage::Side side) const
{
    return side == InsuranceCardImage::Side::Front ? m_front : m_back;
}

QString InsurancePlanCard::payerText() const
{
    return m_payer->text();
}

QString InsurancePlanCard::statusText() const
{
    return m_badge->text();
}

void InsurancePlanCard::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    update();
}

void InsurancePlanCard::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool strong = m_selected || hasFocus();
    const qreal pen = strong ? 2.5 : 1.0;
    const QRectF box = QRectF(rect()).adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2);
    const qreal radius = fontMetrics().height() / 2.0;
    QPainterPath path;
    path.addRoundedRect(box, radius, radius);
    painter.fillPath(path, palette().color(QPalette::Base));
    // Selection shows as a thicker outline too, not by colour alone.
    painter.setPen(QPen(palette().color(strong ? QPalette::Highlight : QPalette::Mid), pen,
                        hasFocus() || !m_selected ? Qt::SolidLine : Qt::DashLine));
    painter.drawPath(path);
}

void InsurancePlanCard::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    emit selected(m_planId);
    QFrame::mousePressEvent(event);
}

void InsurancePlanCard::mouseDoubleClickEvent(QMouseEvent* event)
{
    emit editRequested(m_planId);
    event->accept();
}

void InsurancePlanCard::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit editRequested(m_planId);
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
        emit navigationRequested(m_planId, event->key());
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void InsurancePlanCard::focusInEvent(QFocusEvent* event)
{
    emit selected(m_planId);
    update();
    QFrame::focusInEvent(event);
}

void InsurancePlanCard::focusOutEvent(QFocusEvent* event)
{
    update();
    QFrame::focusOutEvent(event);
}

bool InsurancePlanCard::eventFilter(QObject* watched, QEvent* event)
{
    // A tool button only reacts to Space; Return opens the photo too, as the card's hint says.
    if (event->type() == QEvent::KeyPress && (watched == m_front || watched == m_back)) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            static_cast<QToolButton*>(watched)->click();
            return true;
        }
    }
    if (event->type() == QEvent::FocusIn && (watched == m_front || watched == m_back))
        emit selected(m_planId);
    return QFrame::eventFilter(watched, event);
}

} // namespace carnet
