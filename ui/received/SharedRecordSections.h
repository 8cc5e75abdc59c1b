#pragma once

#include <QTabWidget>
#include <vector>

class QLabel;
class QTableWidget;
class QTreeWidget;

namespace carnet {

class JournalMarkdownView;
struct ShareView;

// The records of a verified share, read-only, one tab per section it holds ("Journal entries (3)", "Medications (1)",
// "Insurance", "Appointments"): the journal as a list with the selected entry's Markdown rendered beside it (no links
// followed, nothing loaded), the rest as tables. Nothing here can be edited.
class SharedRecordSections : public QTabWidget
{
    Q_OBJECT

public:
    explicit SharedRecordSections(QWidget* parent = nullptr);

    void showView(const ShareView& view);
    void clearView();

    QTreeWidget* entryList() const { return m_entries; }
    JournalMarkdownView* entryBody() const { return m_body; }
    QLabel* entryHeading() const { return m_heading; }
    QTableWidget* medicationTable() const { return m_medications; }
    QTableWidget* insuranceTable() const { return m_insurance; }
    QTableWidget* appointmentTable() const { return m_appointments; }
    // The tab titles shown now, e.g. {"Journal entries (3)", "Medications (1)"}.
    QStringList sectionTitles() const;

private:
    void showEntry(int index);

    QWidget* m_journalTab;
    QTreeWidget* m_entries;
    QLabel* m_heading;
    QLabel* m_entryMeta;
    JournalMarkdownView* m_body;
    QTableWidget* m_medications;
    QTableWidget* m_insurance;
    QTableWidget* m_appointments;
    QLabel* m_nothing;
    struct EntryText
    {
        QString title;
        QString meta;
        QString body;
    };
    std::vector<EntryText> m_entryTexts;
};

} // namespace carnet
