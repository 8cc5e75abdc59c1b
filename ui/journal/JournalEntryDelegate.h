#pragma once

#include <QStyledItemDelegate>

namespace carnet {

// Draws one journal entry in the list in three lines: title and date; the body's first line or the search snippet
// with its matches in bold; mood, attachments and tags.
class JournalEntryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit JournalEntryDelegate(QObject* parent = nullptr);

    // While searching, the snippet is HTML (escaped text with <b> around matches); otherwise plain text.
    void setSnippetIsHtml(bool html) { m_snippetIsHtml = html; }
    bool snippetIsHtml() const { return m_snippetIsHtml; }

    // The third line ("Mood 4 – good · 2 attachments · #sleep"), also used as the row's accessible description.
    static QString summaryLine(const QModelIndex& index);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    bool m_snippetIsHtml = false;
};

} // namespace carnet
