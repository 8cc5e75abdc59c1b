#pragma once

#include "JournalEntry.h"
#include "JournalRepository.h"

#include <QDialog>
#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace carnet {

class JournalMarkdownView;

// Writes or edits one journal entry: when, title, the Markdown body beside its preview, mood, symptoms, tags (with
// completion from the tags in use) and attachments to add or remove.
class JournalEntryEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // Stores the dialog's values; returns false (having shown why) to keep the dialog open.
    using SaveHandler = std::function<bool(const JournalEntryEditorDialog&)>;

    // An entry with id 0 is a new one.
    JournalEntryEditorDialog(const JournalEntry& entry, const QStringList& knownTags, QWidget* parent = nullptr);

    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }

    // The values as entered (id and attachments as given to the constructor).
    JournalEntry entry() const;
    const std::vector<JournalRepository::AttachmentFile>& newAttachments() const { return m_newAttachments; }
    const std::vector<std::int64_t>& removedAttachments() const { return m_removedAttachments; }

    // Asks for a file through FileDialogSeam and lists it to be attached on saving.
    void addAttachment();
    void removeAttachment();
    bool isPreviewShown() const;
    QString previewText() const;

    void accept() override;

private:
    void updatePreview();
    void updateSaveButton();
    void refillAttachments();

    JournalEntry m_original;
    std::vector<JournalRepository::AttachmentFile> m_newAttachments;
    std::vector<std::int64_t> m_removedAttachments;
    SaveHandler m_save;

    QDateTimeEdit* m_when;
    QLineEdit* m_title;
    QPlainTextEdit* m_body;
    JournalMarkdownView* m_preview;
    QCheckBox* m_previewToggle;
    QComboBox* m_mood;
    QLineEdit* m_symptoms;
    QLineEdit* m_tags;
    QListWidget* m_attachments;
    QPushButton* m_addAttachment;
    QPushButton* m_removeAttachment;
    QDialogButtonBox* m_buttons;
    QTimer* m_previewTimer;
};

} // namespace carnet
