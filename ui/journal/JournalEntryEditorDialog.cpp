#include "JournalEntryEditorDialog.h"

#include "JournalAttachmentFiles.h"
#include "JournalEntryView.h"
#include "JournalMarkdownView.h"
#include "JournalTagCompleter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace carnet {

namespace {

constexpr int PreviewDelayMs = 200;
constexpr int ExistingIdRole = Qt::UserRole + 1; // attachment id, or 0 for a file not yet stored
constexpr int NewIndexRole = Qt::UserRole + 2;

QStringList commaSeparated(const QString& text)
{
    QStringList items;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

} // namespace

JournalEntryEditorDialog::JournalEntryEditorDialog(const JournalEntry& entry, const QStringList& knownTags,
                                                   QWidget* parent)
    : QDialog(parent)
    , m_original(entry)
    , m_when(new QDateTimeEdit(this))
    , m_title(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_preview(new JournalMarkdownView(this))
    , m_previewToggle(new QCheckBox(tr("Show pre&view"), this))
    , m_mood(new QComboBox(this))
    , m_symptoms(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_attachments(new QListWidget(this))
    , m_addAttachment(new QPushButton(tr("&Add file…"), this))
    , m_removeAttachment(new QPushButton(tr("Re&move file"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(entry.id ? tr("Edit journal entry") : tr("New journal entry"));
    m_when->setObjectName(QStringLiteral("journalWhen"));
    m_when->setAccessibleName(tr("Date and time"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_when->setDateTime(entry.occurredAt.isValid() ? entry.occurredAt.toLocalTime() : QDateTime::currentDateTime());
    m_title->setObjectName(QStringLiteral("journalTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setMaxLength(JournalRepository::MaxTitleLength);
    m_title->setPlaceholderText(tr("Required, e.g. “Migraine after a short night”"));
    m_title->setText(entry.title);
    m_body->setObjectName(QStringLiteral("journalBody"));
    m_body->setAccessibleName(tr("Text (Markdown)"));
    m_body->setPlaceholderText(tr("What happened, how you felt… Markdown works: **bold**, *italic*, - lists."));
    m_body->setTabChangesFocus(true);
    m_body->setPlainText(entry.body);
    m_preview->setObjectName(QStringLiteral("journalBodyPreview"));
    m_preview->setAccessibleName(tr("Preview of the text"));
    m_previewToggle->setObjectName(QStringLiteral("journalPreviewToggle"));
    m_previewToggle->setToolTip(tr("Show the text as it will read beside the editor (Ctrl+P)"));
    m_previewToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_previewToggle->setChecked(true);
    m_mood->setObjectName(QStringLiteral("journalMood"));
    m_mood->setAccessibleName(tr("Mood"));
    m_mood->addItem(tr("Not recorded"));
    for (int mood = JournalEntry::MinMood; mood <= JournalEntry::MaxMood; ++mood)
        m_mood->addItem(JournalEntryView::moodText(mood), mood);
    m_mood->setCurrentIndex(entry.mood ? m_mood->findData(*entry.mood) : 0);
    m_symptoms->setObjectName(QStringLiteral("journalSymptoms"));
    m_symptoms->setAccessibleName(tr("Symptoms"));
    m_symptoms->setPlaceholderText(tr("Comma separated, e.g. headache, nausea"));
    m_symptoms->setText(entry.symptoms.join(QStringLiteral(", ")));
    m_tags->setObjectName(QStringLiteral("journalTags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Comma separated, e.g. migraine, sleep"));
    m_tags->setText(entry.tags.join(QStringLiteral(", ")));
    m_tags->setCompleter(new JournalTagCompleter(knownTags, m_tags));
    m_attachments->setObjectName(QStringLiteral("journalEditorAttachments"));
    m_attachments->setAccessibleName(tr("Attached files"));
    m_attachments->setMaximumHeight(fontMetrics().height() * 5);
    m_addAttachment->setObjectName(QStringLiteral("journalAddAttachment"));
    m_addAttachment->setToolTip(tr("Attach a JPEG, PNG or PDF file (at most 20 MiB)"));
    m_removeAttachment->setObjectName(QStringLiteral("journalRemoveAttachment"));
    m_removeAttachment->setToolTip(tr("Remove the selected file from this entry"));
    m_buttons->setObjectName(QStringLiteral("journalEditorButtons"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_body);
    splitter->addWidget(m_preview);
    splitter->setChildrenCollapsible(false);
    // When and title first, then the text, then what qualifies it.
    auto* form = new QFormLayout;
    auto* lower = new QFormLayout;
    for (QFormLayout* part : {form, lower})
        part->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this](QFormLayout* part, const QString& label, QWidget* field) {
        auto* caption = new QLabel(label, this);
        caption->setBuddy(field);
        part->addRow(caption, field);
    };
    addRow(form, tr("&When:"), m_when);
    addRow(form, tr("T&itle (required):"), m_title);
    addRow(lower, tr("M&ood:"), m_mood);
    addRow(lower, tr("&Symptoms:"), m_symptoms);
    addRow(lower, tr("Ta&gs:"), m_tags);
    auto* bodyHeader = new QHBoxLayout;
    auto* bodyLabel = new QLabel(tr("Te&xt:"), this);
    bodyLabel->setBuddy(m_body);
    bodyHeader->addWidget(bodyLabel);
    bodyHeader->addStretch(1);
    bodyHeader->addWidget(m_previewToggle);
    auto* attachmentButtons = new QVBoxLayout;
    attachmentButtons->addWidget(m_addAttachment);
    attachmentButtons->addWidget(m_removeAttachment);
    attachmentButtons->addStretch(1);
    auto* attachmentRow = new QHBoxLayout;
    attachmentRow->addWidget(m_attachments, 1);
    attachmentRow->addLayout(attachmentButtons);
    auto* attachmentsLabel = new QLabel(tr("Attac&hments:"), this);
    attachmentsLabel->setBuddy(m_attachments);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(bodyHeader);
    layout->addWidget(splitter, 1);
    layout->addLayout(lower);
    layout->addWidget(attachmentsLabel);
    layout->addLayout(attachmentRow);
    layout->addWidget(m_buttons);

    setTabOrder(m_when, m_title);
    setTabOrder(m_title, m_body);
    setTabOrder(m_body, m_previewToggle);
    setTabOrder(m_previewToggle, m_mood);
    setTabOrder(m_mood, m_symptoms);
    setTabOrder(m_symptoms, m_tags);
    setTabOrder(m_tags, m_attachments);
    setTabOrder(m_attachments, m_addAttachment);
    setTabOrder(m_addAttachment, m_removeAttachment);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &JournalEntryEditorDialog::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_previewToggle, &QCheckBox::toggled, this, [this](bool shown) {
        m_preview->setVisible(shown);
        if (shown)
            updatePreview();
    });
    connect(m_title, &QLineEdit::textChanged, this, &JournalEntryEditorDialog::updateSaveButton);
    connect(m_addAttachment, &QPushButton::clicked, this, &JournalEntryEditorDialog::addAttachment);
    connect(m_removeAttachment, &QPushButton::clicked, this, &JournalEntryEditorDialog::removeAttachment);
    connect(m_attachments, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeAttachment->setEnabled(row >= 0); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &JournalEntryEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    refillAttachments();
    updatePreview();
    updateSaveButton();
    m_title->setFocus();
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 36);
}

JournalEntry JournalEntryEditorDialog::entry() const
{
    JournalEntry result = m_original;
    result.occurredAt = m_when->dateTime().toUTC();
    result.title = m_title->text().trimmed();
    result.body = m_body->toPlainText();
    const QVariant mood = m_mood->currentData();
    result.mood = mood.isValid() ? std::optional<int>(mood.toInt()) : std::nullopt;
    result.symptoms = commaSeparated(m_symptoms->text());
    result.tags = commaSeparated(m_tags->text());
    return result;
}

void JournalEntryEditorDialog::addAttachment()
{
    // Locking the vault while the file dialog is open deletes this dialog with the page.
    const QPointer<JournalEntryEditorDialog> alive(this);
    std::optional<JournalRepository::AttachmentFile> file = JournalAttachmentFiles::choose(this);
    if (!alive || !file)
        return;
    m_newAttachments.push_back(std::move(*file));
    refillAttachments();
    m_attachments->setCurrentRow(m_attachments->count() - 1);
}

void JournalEntryEditorDialog::removeAttachment()
{
    const QListWidgetItem* item = m_attachments->currentItem();
    if (!item)
        return;
    const std::int64_t existing = item->data(ExistingIdRole).toLongLong();
    if (existing != 0)
        m_removedAttachments.push_back(existing);
    else
        m_newAttachments.erase(m_newAttachments.begin() + item->data(NewIndexRole).toInt());
    refillAttachments();
}

bool JournalEntryEditorDialog::isPreviewShown() const
{
    return m_previewToggle->isChecked();
}

QString JournalEntryEditorDialog::previewText() const
{
    return m_preview->toPlainText();
}

void JournalEntryEditorDialog::accept()
{
    if (m_title->text().trimmed().isEmpty()) {
        m_title->setFocus();
        return;
    }
    m_previewTimer->stop();
    if (m_save && !m_save(*this))
        return;
    QDialog::accept();
}

void JournalEntryEditorDialog::updatePreview()
{
    if (m_previewToggle->isChecked())
        m_preview->setMarkdownText(m_body->toPlainText());
}

void JournalEntryEditorDialog::updateSaveButton()
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_title->text().trimmed().isEmpty());
}

void JournalEntryEditorDialog::refillAttachments()
{
    m_attachments->clear();
    const QLocale locale;
    for (const JournalAttachment& attachment : m_original.attachments) {
        if (std::find(m_removedAttachments.begin(), m_removedAttachments.end(), attachment.id)
            != m_removedAttachments.end())
            continue;
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(
            attachment.fileName, locale.formattedDataSize(attachment.size, 1, QLocale::DataSizeTraditionalFormat)));
        item->setData(ExistingIdRole, static_cast<qint64>(attachment.id));
        m_attachments->addItem(item);
    }
    for (std::size_t i = 0; i < m_newAttachments.size(); ++i) {
        const JournalRepository::AttachmentFile& file = m_newAttachments[i];
        auto* item = new QListWidgetItem(
            tr("%1 (%2, new)")
                .arg(file.fileName,
                     locale.formattedDataSize(file.bytes.size(), 1, QLocale::DataSizeTraditionalFormat)));
        item->setData(ExistingIdRole, qint64(0));
        item->setData(NewIndexRole, static_cast<int>(i));
        m_attachments->addItem(item);
    }
    m_removeAttachment->setEnabled(m_attachments->currentRow() >= 0);
}

} // namespace carnet
