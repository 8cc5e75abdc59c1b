#pragma once

#include "JournalEntry.h"

#include <QHash>
#include <QIcon>
#include <QWidget>
#include <cstdint>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace carnet {

class JournalMarkdownView;
class JournalRepository;

// The right-hand side of the journal: the selected entry as it reads (title, when, mood, symptoms, tags, the body
// rendered from Markdown) and its attachments with thumbnails; a hint when nothing is selected.
class JournalEntryView : public QWidget
{
    Q_OBJECT

public:
    explicit JournalEntryView(JournalRepository& repository, QWidget* parent = nullptr);

    // "3 – so-so"; shared by the list and the editor so a mood reads the same everywhere.
    static QString moodText(int mood);

    void showEntry(const JournalEntry& entry);
    void showHint(const QString& hint);
    std::int64_t entryId() const { return m_entryId; }

    QString titleText() const;
    QString detailsText() const;
    QString bodyText() const;
    QListWidget* attachmentList() const { return m_attachments; }
    JournalMarkdownView* bodyView() const { return m_body; }
    // The attachment selected in the list (the only one when there is one), or 0.
    std::int64_t selectedAttachmentId() const;

signals:
    void attachmentActivated(std::int64_t attachmentId);

private:
    QIcon thumbnail(const JournalAttachment& attachment);

    JournalRepository& m_repository;
    std::int64_t m_entryId = 0;
    QStackedWidget* m_stack;
    QLabel* m_hint;
    QLabel* m_title;
    QLabel* m_details;
    JournalMarkdownView* m_body;
    QLabel* m_attachmentsLabel;
    QListWidget* m_attachments;
    QHash<std::int64_t, QIcon> m_thumbnails; // by attachment id; the bytes behind an id never change
};

} // namespace carnet
