#pragma once

#include <QTextBrowser>

namespace carnet {

// Shows an entry's Markdown as rich text without ever reaching outside the vault: links are not followed, raw HTML
// is not interpreted, and images or other resources named in the text (remote or local files) are not loaded.
class JournalMarkdownView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit JournalMarkdownView(QWidget* parent = nullptr);

    void setMarkdownText(const QString& markdown);
    // How many resources the text asked for and did not get (tests: nothing is fetched).
    int refusedResources() const { return m_refused; }

    QVariant loadResource(int type, const QUrl& name) override;

private:
    int m_refused = 0;
};

} // namespace carnet
