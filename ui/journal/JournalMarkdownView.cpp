#include "JournalMarkdownView.h"

#include <QTextDocument>

namespace carnet {

JournalMarkdownView::JournalMarkdownView(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByKeyboard);
}

void JournalMarkdownView::setMarkdownText(const QString& markdown)
{
    m_refused = 0;
    document()->setMarkdown(
        markdown,
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
}

QVariant JournalMarkdownView::loadResource(int type, const QUrl& name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    // A journal is private: an image URL in an entry must not tell a server when it was read, nor pull in a file
    // from disk that is not in the vault.
    ++m_refused;
    return {};
}

} // namespace carnet
