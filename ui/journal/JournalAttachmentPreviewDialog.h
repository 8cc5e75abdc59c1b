#pragma once

#include <QByteArray>
#include <QDialog>
#include <QString>

class QLabel;
class QPushButton;
class QScrollArea;

namespace carnet {

// Shows an attached image or a PDF, a page at a time, inside Carnet: the bytes never leave memory, so no other
// program (and no temporary file) sees them.
class JournalAttachmentPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    JournalAttachmentPreviewDialog(const QByteArray& bytes, const QString& mimeType, const QString& fileName,
                                   QWidget* parent = nullptr);

    int pageCount() const { return m_pageCount; }
    int currentPage() const { return m_page; }
    void showPage(int page);
    // The picture shown, null when the file could not be decoded (the reason is shown instead).
    QImage shownImage() const;

private:
    QByteArray m_bytes;
    QString m_mimeType;
    int m_pageCount;
    int m_page = -1;
    QScrollArea* m_scroll;
    QLabel* m_picture;
    QLabel* m_pageLabel;
    QPushButton* m_previous;
    QPushButton* m_next;
};

} // namespace carnet
