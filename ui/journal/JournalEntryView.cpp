#include "JournalEntryView.h"

#include "OptionalDateField.h"

#include "JournalAttachmentImage.h"
#include "JournalMarkdownView.h"
#include "JournalRepository.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace carnet {

namespace {

constexpr int ThumbnailEm = 6; // thumbnails this many line heights wide
constexpr int AttachmentIdRole = Qt::UserRole + 1;
constexpr int ThumbnailCacheLimit = 200;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

JournalEntryView::JournalEntryView(JournalRepository& repository, QWidget* parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_stack(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_body(new JournalMarkdownView(this))
    , m_attachmentsLabel(new QLabel(tr("A&ttachments"), this))
    , m_attachments(new QListWidget(this))
{
    setAccessibleName(tr("Journal entry"));
    m_hint->setObjectName(QStringLiteral("journalEntryHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setMargin(fontMetrics().height());

    m_title->setObjectName(QStringLiteral("journalEntryTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_details->setObjectName(QStringLiteral("journalEntryDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setObjectName(QStringLiteral("journalEntryBody"));
    m_body->setAccessibleName(tr("Entry text"));
    m_attachments->setObjectName(QStringLiteral("journalAttachments"));
    m_attachments->setAccessibleName(tr("Attachments"));
    m_attachments->setToolTip(tr("Double-click or press Return to preview"));
    m_attachments->setViewMode(QListView::IconMode);
    m_attachments->setFlow(QListView::LeftToRight);
    m_attachments->setWrapping(false);
    m_attachments->setResizeMode(QListView::Adjust);
    m_attachments->setMovement(QListView::Static);
    m_attachments->setWordWrap(true);
    const int thumb = fontMetrics().height() * ThumbnailEm;
    m_attachments->setIconSize(QSize(thumb, thumb));
    m_attachments->setGridSize(QSize(thumb + thumb / 2, thumb + fontMetrics().height() * 3));
    m_attachments->setFixedHeight(thumb + fontMetrics().height() * 4);
    m_attachmentsLabel->setBuddy(m_attachments);
    connect(m_attachments, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit attachmentActivated(item->data(AttachmentIdRole).toLongLong()); });

    auto* entry = new QWidget(this);
    auto* layout = new QVBoxLayout(entry);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_attachmentsLabel);
    layout->addWidget(m_attachments);
    m_stack->addWidget(m_hint);
    m_stack->addWidget(entry);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
}

QString JournalEntryView::moodText(int mood)
{
    switch (mood) {
    case 1:
        return tr("1 – very bad");
    case 2:
        return tr("2 – bad");
    case 3:
        return tr("3 – so-so");
    case 4:
        return tr("4 – good");
    case 5:
        return tr("5 – very good");
    default:
        return QString::number(mood);
    }
}

void JournalEntryView::showEntry(const JournalEntry& entry)
{
    m_entryId = entry.id;
    m_title->setText(entry.title);
    QStringList lines;
    const auto line = [](const QString& label, const QString& value) {
        return QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    // The long date and the short time, without seconds or a zone name: the entry is about the patient's own day.
    const QDateTime when = entry.occurredAt.toLocalTime();
    lines << line(tr("When:"), tr("%1, %2").arg(QLocale().toString(when.date(), QLocale::LongFormat),
                                                QLocale().toString(when.time(), OptionalDateField::timeFormat())));
    if (entry.mood)
        lines << line(tr("Mood:"), moodText(*entry.mood));
    if (!entry.symptoms.isEmpty())
        lines << line(tr("Symptoms:"), entry.symptoms.join(tr(", ")));
    if (!entry.tags.isEmpty()) {
        QStringList tags;
        for (const QString& tag : entry.tags)
            tags << QLatin1Char('#') + tag;
        lines << line(tr("Tags:"), tags.join(QLatin1Char(' ')));
    }
    m_details->setText(lines.join(QStringLiteral("<br>")));
    m_body->setMarkdownText(entry.body);

    m_attachments->clear();
    for (const JournalAttachment& attachment : entry.attachments) {
        auto* item = new QListWidgetItem(thumbnail(attachment),
                                         tr("%1\n%2").arg(attachment.fileName, sizeText(attachment.size)));
        item->setData(AttachmentIdRole, static_cast<qint64>(attachment.id));
        item->setToolTip(tr("%1 (%2) — double-click to preview").arg(attachment.fileName, sizeText(attachment.size)));
        m_attachments->addItem(item);
    }
    if (m_attachments->count() > 0)
        m_attachments->setCurrentRow(0);
    m_attachmentsLabel->setText(tr("A&ttachments (%1)").arg(entry.attachments.size()));
    m_attachmentsLabel->setVisible(!entry.attachments.empty());
    m_attachments->setVisible(!entry.attachments.empty());
    m_stack->setCurrentIndex(1);
}

void JournalEntryView::showHint(const QString& hint)
{
    m_entryId = 0;
    m_hint->setText(hint);
    m_attachments->clear();
    m_stack->setCurrentIndex(0);
}

QString JournalEntryView::titleText() const
{
    return m_entryId ? m_title->text() : QString();
}

QString JournalEntryView::detailsText() const
{
    if (!m_entryId)
        return m_hint->text();
    QString text = m_details->text();
    text.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
    text.remove(QStringLiteral("<b>"));
    text.remove(QStringLiteral("</b>"));
    return text;
}

QString JournalEntryView::bodyText() const
{
    return m_entryId ? m_body->toPlainText() : QString();
}

std::int64_t JournalEntryView::selectedAttachmentId() const
{
    const QListWidgetItem* item = m_attachments->currentItem();
    return item && m_entryId ? item->data(AttachmentIdRole).toLongLong() : 0;
}

QIcon JournalEntryView::thumbnail(const JournalAttachment& attachment)
{
    if (const auto cached = m_thumbnails.constFind(attachment.id); cached != m_thumbnails.cend())
        return *cached;
    QIcon icon;
    // A PDF shows its first page, so a lab report and a prescription can be told apart at a glance.
    const QImage image = JournalAttachmentImage::render(m_repository.attachmentBytes(attachment.id),
                                                        attachment.mimeType, m_attachments->iconSize() * 2);
    if (!image.isNull()) {
        // A frame keeps a white page or photo apart from the list's background.
        QImage framed = image.convertToFormat(QImage::Format_ARGB32);
        QPainter painter(&framed);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(framed.rect().adjusted(0, 0, -1, -1));
        painter.end();
        icon = QIcon(QPixmap::fromImage(framed));
    }
    if (icon.isNull()) {
        icon = style()->standardIcon(JournalAttachmentImage::isPdf(attachment.mimeType) ? QStyle::SP_FileIcon
                                                                                        : QStyle::SP_FileLinkIcon);
    }
    if (m_thumbnails.size() >= ThumbnailCacheLimit)
        m_thumbnails.clear();
    m_thumbnails.insert(attachment.id, icon);
    return icon;
}

} // namespace carnet
