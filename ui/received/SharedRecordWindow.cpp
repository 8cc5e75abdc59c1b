#include "SharedRecordWindow.h"

#include "AtomicFile.h"
#include "DialogSeams.h"
#include "OpenedShare.h"
#include "ReceivedShareStore.h"
#include "RecordError.h"
#include "ShareError.h"
#include "SharePackage.h"
#include "SharedRecordView.h"
#include "StorageError.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace carnet {

SharedRecordWindow::SharedRecordWindow(std::shared_ptr<const OpenedShare> share, Vault* vault, QWidget* parent)
    : QDialog(parent)
    , m_share(std::move(share))
    , m_vault(vault)
    , m_view(new SharedRecordView(this))
    , m_keepHint(new QLabel(this))
    , m_keep(new QPushButton(tr("&Keep in Shared with me"), this))
    , m_saveSummary(new QPushButton(tr("&Save summary as HTML…"), this))
{
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setWindowTitle(m_share->signerName.isEmpty() ? tr("Shared record")
                                                 : tr("Shared record from %1").arg(m_share->signerName));
    m_view->showOpened(*m_share);

    m_keep->setAccessibleName(tr("Keep in Shared with me"));
    m_keep->setToolTip(tr("Store a copy of this share in your vault, under Shared with me (Ctrl+K)"));
    m_keep->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_saveSummary->setAccessibleName(tr("Save summary as HTML"));
    m_saveSummary->setToolTip(
        tr("Save the signed summary page that came with the share, to open in a browser or print"));
    m_saveSummary->setEnabled(!m_share->member(QLatin1String(SharePackage::SummaryFile)).isEmpty());
    m_keepHint->setWordWrap(true);
    m_keepHint->setForegroundRole(QPalette::PlaceholderText);
    if (!m_vault) {
        m_keep->hide();
        m_keepHint->setText(tr("To keep a copy in your vault, unlock it and open the file with File › Open shared "
                               "record…"));
    } else {
        m_keepHint->hide();
        if (const auto existing = ReceivedShareStore(*m_vault).findByExportId(m_share->manifest.exportId)) {
            m_keptId = *existing;
            showKept();
        }
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveSummary, QDialogButtonBox::ActionRole);
    if (m_vault)
        buttons->addButton(m_keep, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_keepHint, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keep, &QPushButton::clicked, this, &SharedRecordWindow::keep);
    connect(m_saveSummary, &QPushButton::clicked, this, &SharedRecordWindow::saveSummary);
    resize(960, 680);
}

void SharedRecordWindow::keep()
{
    if (!m_vault || isKept())
        return;
    try {
        m_keptId = ReceivedShareStore(*m_vault).keep(*m_share);
    } catch (const ShareError& error) {
        MessageBoxSeam::warning(this, tr("Cannot keep the share"), error.message());
        return;
    } catch (const RecordError& error) {
        MessageBoxSeam::warning(this, tr("Cannot keep the share"), error.message());
        return;
    } catch (const StorageError& error) {
        MessageBoxSeam::warning(this, tr("Cannot keep the share"),
                                tr("The vault could not store it: %1").arg(QString::fromStdString(error.what())));
        return;
    }
    showKept();
    emit kept(m_keptId);
}

void SharedRecordWindow::showKept()
{
    m_keep->setText(tr("Kept"));
    m_keep->setEnabled(false);
    m_keep->setToolTip(tr("This share is in Shared with me"));
}

void SharedRecordWindow::saveSummary()
{
    const QByteArray summary = m_share->member(QLatin1String(SharePackage::SummaryFile));
    if (summary.isEmpty())
        return;
    const QString suggested = QDir::home().filePath(tr("shared-record-summary.html"));
    QString path = FileDialogSeam::saveFileName(this, tr("Save summary as HTML"), suggested, tr("Web pages (*.html)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".html");
    try {
        AtomicFile::write(path, summary); // a new file is 0600: it is health data
    } catch (const StorageError& error) {
        MessageBoxSeam::warning(
            this, tr("Cannot save the summary"),
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), QString::fromStdString(error.what())));
    }
}

} // namespace carnet
