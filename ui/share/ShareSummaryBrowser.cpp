#include "ShareSummaryBrowser.h"

#include "ShareColours.h"

#include <QEvent>
#include <QGuiApplication>

namespace carnet {

ShareSummaryBrowser::ShareSummaryBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    applyPaper();
}

void ShareSummaryBrowser::showSummary(const QByteArray& html)
{
    setHtml(QString::fromUtf8(html));
}

void ShareSummaryBrowser::showMessage(const QString& text)
{
    setPlainText(text);
}

QVariant ShareSummaryBrowser::loadResource(int type, const QUrl& name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

void ShareSummaryBrowser::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    // Our own palette change sends PaletteChange too; only a theme change needs the paper again.
    if (event->type() == QEvent::ApplicationPaletteChange && !m_applyingPaper)
        applyPaper();
}

void ShareSummaryBrowser::applyPaper()
{
    // summary.html sets dark text of its own; keep the page light under it, as a browser would show it.
    const QPalette themed = QGuiApplication::palette();
    QPalette paper = themed;
    const bool lightBase = themed.color(QPalette::Base).lightness() >= 200;
    paper.setColor(QPalette::Base, ShareColours::paper(themed));
    paper.setColor(QPalette::Text, lightBase ? themed.color(QPalette::Text) : themed.color(QPalette::Base));
    m_applyingPaper = true;
    setPalette(paper);
    m_applyingPaper = false;
}

} // namespace carnet
