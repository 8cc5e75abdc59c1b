#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class QWidget;

namespace carnet {

class ShareDraft;

// The share wizard's privacy check: the chosen text with every identifier found highlighted in place, and the list
// of findings, each with a "Redact" box the patient ticks or leaves (nothing is redacted unasked).
class SharePrivacyPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { RedactColumn, KindColumn, TextColumn, EntryColumn, ColumnCount };

    explicit SharePrivacyPage(ShareDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;

    // The text as shown, for tests and screen readers.
    QString shownText() const;

private:
    void fillFindings();
    void renderText();
    void updateSummary();
    void findingToggled(QTreeWidgetItem* item, int column);
    void setAll(bool redact);
    void showFinding();

    ShareDraft& m_draft;
    QLabel* m_explanation;
    QTextBrowser* m_text;
    QWidget* m_findingsPanel;
    QTreeWidget* m_findings;
    QPushButton* m_redactAll;
    QPushButton* m_keepAll;
    QLabel* m_summary;
    bool m_filling = false;
};

} // namespace carnet
