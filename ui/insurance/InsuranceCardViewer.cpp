#include "InsuranceCardViewer.h"

#include <QAction>
#include <QBoxLayout>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <algorithm>

namespace carnet {

namespace {

constexpr double ZoomStep = 1.25;
constexpr double MinZoom = 0.05;
constexpr double MaxZoom = 8.0;

QToolButton* toolButton(const QString& text, const QString& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

InsuranceCardViewer::InsuranceCardViewer(const QString& planName, const QByteArray& front, const QByteArray& back,
                                         InsuranceCardImage::Side shown, QWidget* parent)
    : QDialog(parent)
    , m_front(QImage::fromData(front))
    , m_back(QImage::fromData(back))
    , m_side(shown)
    , m_scroll(new QScrollArea(this))
    , m_picture(new QLabel(this))
    , m_frontButton(toolButton(tr("&Front"), tr("Show the front of the card (Ctrl+1)"), this))
    , m_backButton(toolButton(tr("&Back"), tr("Show the back of the card (Ctrl+2)"), this))
    , m_fitButton(toolButton(tr("F&it to window"), tr("Scale the photo to the window (Ctrl+0)"), this))
{
    setWindowTitle(tr("Insurance card: %1").arg(planName));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setBackgroundRole(QPalette::Dark);
    m_picture->setAutoFillBackground(true);
    m_scroll->setWidget(m_picture);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setAccessibleName(tr("Photo of the card"));
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    m_scroll->viewport()->installEventFilter(this);

    for (QToolButton* button : {m_frontButton, m_backButton, m_fitButton})
        button->setCheckable(true);
    auto* sides = new QButtonGroup(this);
    sides->setExclusive(true);
    sides->addButton(m_frontButton);
    sides->addButton(m_backButton);
    m_frontButton->setEnabled(!m_front.isNull());
    m_backButton->setEnabled(!m_back.isNull());
    connect(m_frontButton, &QToolButton::clicked, this, [this] { showSide(InsuranceCardImage::Side::Front); });
    connect(m_backButton, &QToolButton::clicked, this, [this] { showSide(InsuranceCardImage::Side::Back); });
    connect(m_fitButton, &QToolButton::toggled, this, &InsuranceCardViewer::setFitToWindow);

    auto* zoomInButton = toolButton(tr("Zoom &in"), tr("Zoom in (Ctrl++)"), this);
    auto* zoomOutButton = toolButton(tr("Zoom &out"), tr("Zoom out (Ctrl+-)"), this);
    connect(zoomInButton, &QToolButton::clicked, this, &InsuranceCardViewer::zoomIn);
    connect(zoomOutButton, &QToolButton::clicked, this, &InsuranceCardViewer::zoomOut);

    const auto addShortcut = [this](const QList<QKeySequence>& keys, auto slot) {
        auto* action = new QAction(this);
        action->setShortcuts(keys);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    addShortcut({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)}, [this] { zoomIn(); });
    addShortcut({QKeySequence::ZoomOut}, [this] { zoomOut(); });
    addShortcut({QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { setFitToWindow(true); });
    addShortcut({QKeySequence(Qt::CTRL | Qt::Key_1)}, [this] { showSide(InsuranceCardImage::Side::Front); });
    addShortcut({QKeySequence(Qt::CTRL | Qt::Key_2)}, [this] { showSide(InsuranceCardImage::Side::Back); });

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_frontButton);
    tools->addWidget(m_backButton);
    tools->addSpacing(fontMetrics().height());
    tools->addWidget(m_fitButton);
    tools->addWidget(zoomOutButton);
    tools->addWidget(zoomInButton);
    tools->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buttons);

    const int line = fontMetrics().lineSpacing();
    resize(line * 60, line * 42);
    if (!hasSide(m_side))
        m_side = hasSide(InsuranceCardImage::Side::Front) ? InsuranceCardImage::Side::Front
                                                          : InsuranceCardImage::Side::Back;
    m_fitButton->setChecked(true);
    showSide(m_side);
    m_scroll->setFocus();
}

bool InsuranceCardViewer::hasSide(InsuranceCardImage::Side side) const
{
    return !image(side).isNull();
}

const QImage& InsuranceCardViewer::image(InsuranceCardImage::Side side) const
{
    return side == InsuranceCardImage::Side::Front ? m_front : m_back;
}

void InsuranceCardViewer::showSide(InsuranceCardImage::Side side)
{
    if (!hasSide(side))
        return;
    m_side = side;
    (side == InsuranceCardImage::Side::Front ? m_frontButton : m_backButton)->setChecked(true);
    render();
}

void InsuranceCardViewer::setFitToWindow(bool fit)
{
    if (!fit && m_fit)
        m_zoom = fitScale(); // zooming starts from what is on screen
    m_fit = fit;
    if (m_fitButton->isChecked() != fit)
        m_fitButton->setChecked(fit);
    m_scroll->setHorizontalScrollBarPolicy(fit ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    m_scroll->setVerticalScrollBarPolicy(fit ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    render();
}

double InsuranceCardViewer::fitScale() const
{
    const QImage& shown = image(m_side);
    if (shown.isNull())
        return 1.0;
    const QSize room = m_scroll->viewport()->size();
    return std::min(static_cast<double>(room.width()) / shown.width(),
                    static_cast<double>(room.height()) / shown.height());
}

double InsuranceCardViewer::zoom() const
{
    return m_fit ? fitScale() : m_zoom;
}

void InsuranceCardViewer::zoomIn()
{
    const double next = std::min(MaxZoom, zoom() * ZoomStep);
    setFitToWindow(false);
    m_zoom = next;
    render();
}

void InsuranceCardViewer::zoomOut()
{
    const double next = std::max(MinZoom, zoom() / ZoomStep);
    setFitToWindow(false);
    m_zoom = next;
    render();
}

QSize InsuranceCardViewer::shownSize() const
{
    return m_picture->pixmap().size();
}

void InsuranceCardViewer::render()
{
    const QImage& shown = image(m_side);
    if (shown.isNull()) {
        m_picture->setText(tr("This card has no photo."));
        return;
    }
    const double scale = std::max(MinZoom, zoom());
    const QSize size(std::max(1, static_cast<int>(shown.width() * scale)),
                     std::max(1, static_cast<int>(shown.height() * scale)));
    m_picture->setPixmap(QPixmap::fromImage(shown.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_picture->resize(m_fit ? m_scroll->viewport()->size() : size);
    m_picture->setAccessibleName(tr("%1 of the card").arg(InsuranceCardImage::sideLabel(m_side)));
}

bool InsuranceCardViewer::eventFilter(QObject* watched, QEvent* event)
{
    // The viewport, not the dialog: it is resized after the dialog's own resize event, by the layout.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_fit)
        render();
    return QDialog::eventFilter(watched, event);
}

} // namespace carnet
