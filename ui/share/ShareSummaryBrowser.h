#pragma once

#include <QTextBrowser>

namespace carnet {

// Shows a share's summary.html exactly as written, inert: no link is followed and no resource is loaded, neither
// from the network nor from disk, whatever the page names.
class ShareSummaryBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ShareSummaryBrowser(QWidget* parent = nullptr);

    void showSummary(const QByteArray& html);
    // A plain message instead of a summary (e.g. why the preview could not be made).
    void showMessage(const QString& text);

    QVariant loadResource(int type, const QUrl& name) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPaper();

    bool m_applyingPaper = false;
};

} // namespace carnet
