#include "JournalEntryDelegate.h"

#include "JournalEntryView.h"
#include "JournalListModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>

namespace carnet {

namespace {

QColor textColour(const QStyleOptionViewItem& option, bool secondary)
{
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group
        = option.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (selected)
        return option.palette.color(group, QPalette::HighlightedText);
    return option.palette.color(group, secondary ? QPalette::PlaceholderText : QPalette::Text);
}

// The body's first line without its Markdown marks ("## ", "- ", "**"), as it reads in the entry.
QString withoutMarkdown(const QString& line)
{
    static const QRegularExpression leading(
        QStringLiteral("^\\s*(#{1,6}\\s+|>\\s*|[-*+]\\s+(\\[[ xX]\\]\\s+)?|\\d+[.)]\\s+)"));
    static const QRegularExpression emphasis(QStringLiteral("(\\*\\*|__|`|~~)"));
    QString text = line;
    text.remove(leading);
    text.remove(emphasis);
    return text;
}

int margin(const QFontMetrics& metrics)
{
    return metrics.height() / 3;
}

} // namespace

JournalEntryDelegate::JournalEntryDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QString JournalEntryDelegate::summaryLine(const QModelIndex& index)
{
    QStringList parts;
    const QVariant mood = index.data(JournalListModel::MoodRole);
    if (mood.isValid())
        parts << tr("Mood %1").arg(JournalEntryView::moodText(mood.toInt()));
    const int attachments = index.data(JournalListModel::AttachmentCountRole).toInt();
    if (attachments > 0)
        parts << tr("%n attachment(s)", nullptr, attachments);
    QStringList tags;
    for (const QString& tag : index.data(JournalListModel::TagsRole).toStringList())
        tags << QLatin1Char('#') + tag;
    if (!tags.isEmpty())
        parts << tags.join(QLatin1Char(' '));
    return parts.join(QStringLiteral(" · "));
}

void JournalEntryDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QFontMetrics metrics(option.font);
    const int pad = margin(metrics);
    QRect area = option.rect.adjusted(pad * 2, pad, -pad * 2, -pad);
    painter->save();
    painter->setClipRect(option.rect);

    // Title, with the date at the right; the title gives way (elided) before the date does.
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QString date = QLocale().toString(index.data(JournalListModel::DateRole).toDateTime(), QLocale::ShortFormat);
    const int dateWidth = metrics.horizontalAdvance(date);
    painter->setPen(textColour(option, true));
    painter->setFont(option.font);
    painter->drawText(QRect(area.right() - dateWidth, area.top(), dateWidth, boldMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, date);
    painter->setFont(bold);
    painter->setPen(textColour(option, false));
    const int titleWidth = std::max(0, area.width() - dateWidth - pad * 2);
    painter->drawText(
        QRect(area.left(), area.top(), titleWidth, boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(index.data(JournalListModel::TitleRole).toString(), Qt::ElideRight, titleWidth));
    area.setTop(area.top() + boldMetrics.height());

    // The snippet, one line, with matches in bold; the body's first line, elided, when not searching.
    const QString snippet = index.data(JournalListModel::SnippetRole).toString();
    const QRect snippetRect(area.left(), area.top(), area.width(), metrics.height());
    if (!m_snippetIsHtml) {
        painter->setFont(option.font);
        painter->setPen(textColour(option, false));
        painter->drawText(snippetRect, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(withoutMarkdown(snippet), Qt::ElideRight, snippetRect.width()));
    } else {
        QTextDocument document;
        document.setDefaultFont(option.font);
        document.setDocumentMargin(0);
        document.setTextWidth(1e6); // one line; the clip below cuts what does not fit
        document.setHtml(snippet);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        context.palette.setColor(QPalette::Text, textColour(option, false));
        painter->save();
        painter->translate(snippetRect.topLeft());
        painter->setClipRect(QRect(QPoint(0, 0), snippetRect.size()));
        context.clip = QRectF(QPoint(0, 0), snippetRect.size());
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }
    area.setTop(area.top() + metrics.height());

    painter->setFont(option.font);
    painter->setPen(textColour(option, true));
    painter->drawText(QRect(area.left(), area.top(), area.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(summaryLine(index), Qt::ElideRight, area.width()));
    painter->restore();
}

QSize JournalEntryDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    const int pad = margin(metrics);
    return {metrics.averageCharWidth() * 30, QFontMetrics(bold).height() + metrics.height() * 2 + pad * 2 + 1};
}

} // namespace carnet
