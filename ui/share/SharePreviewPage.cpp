#include "SharePreviewPage.h"

#include "BackgroundTask.h"
#include "DialogSeams.h"
#include "RecordError.h"
#include "ShareColours.h"
#include "ShareError.h"
#include "SharePackage.h"
#include "ShareSummaryBrowser.h"
#include "Vault.h"
#include "VaultError.h"

#include <QAbstractButton>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace carnet {

namespace {

QString extension()
{
    return QLatin1Char('.') + QLatin1String(SharePackage::FileExtension);
}

QString startFolder()
{
    const QString remembered = QSettings().value(QLatin1String(SharePreviewPage::FolderSetting)).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace

SharePreviewPage::SharePreviewPage(Vault& vault, ShareDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_vault(vault)
    , m_draft(draft)
    , m_what(new QLabel(this))
    , m_recipients(new QLabel(this))
    , m_preview(new ShareSummaryBrowser(this))
    , m_fileName(new QLineEdit(this))
    , m_choose(new QPushButton(tr("C&hoose…"), this))
    , m_passphrase(new QLineEdit(this))
    , m_passphraseError(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_work(std::make_shared<Work>())
{
    setTitle(tr("Preview: exactly what leaves"));
    setSubTitle(tr("This is the summary the recipient will read, made from the same signed data; only the export id "
                   "and time are set anew when saving. Check it, choose where to save the file, and confirm with your "
                   "vault passphrase."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Save share"));

    m_what->setObjectName(QStringLiteral("sharePreviewWhat"));
    m_what->setWordWrap(true);
    m_what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recipients->setObjectName(QStringLiteral("sharePreviewRecipients"));
    m_recipients->setWordWrap(true);
    m_recipients->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_preview->setObjectName(QStringLiteral("sharePreview"));
    m_preview->setAccessibleName(tr("Summary of the share, as the recipient will read it"));

    auto* fileLabel = new QLabel(tr("File &name:"), this);
    fileLabel->setBuddy(m_fileName);
    m_fileName->setObjectName(QStringLiteral("shareFileName"));
    m_fileName->setAccessibleName(tr("File to save the share in"));
    m_choose->setObjectName(QStringLiteral("shareChooseFile"));
    m_choose->setAccessibleName(tr("Choose where to save the share"));
    m_choose->setAutoDefault(false);

    auto* passphraseLabel = new QLabel(tr("Enter your &vault passphrase to confirm:"), this);
    passphraseLabel->setBuddy(m_passphrase);
    passphraseLabel->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("shareVaultPassphrase"));
    m_passphrase->setAccessibleName(tr("Vault passphrase, to confirm the share"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_passphraseError->setObjectName(QStringLiteral("sharePassphraseError"));
    m_passphraseError->setAccessibleName(tr("Passphrase problem"));
    m_passphraseError->setWordWrap(true);
    QPalette warning = m_passphraseError->palette();
    warning.setColor(QPalette::WindowText, ShareColours::warningText(warning));
    m_passphraseError->setPalette(warning);
    m_passphraseError->hide();

    m_progress->setObjectName(QStringLiteral("shareProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Saving the share"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("shareStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto* form = new QGridLayout;
    form->addWidget(fileLabel, 0, 0);
    form->addWidget(m_fileName, 0, 1);
    form->addWidget(m_choose, 0, 2);
    form->addWidget(passphraseLabel, 1, 0, 1, 3);
    form->addWidget(m_passphrase, 2, 0, 1, 3);
    form->addWidget(m_passphraseError, 3, 0, 1, 3);
    form->setColumnStretch(1, 1);

    auto* busy = new QHBoxLayout;
    busy->addWidget(m_progress);
    busy->addWidget(m_status, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addWidget(m_recipients);
    layout->addWidget(m_preview, 1);
    layout->addLayout(form);
    layout->addLayout(busy);

    setTabOrder(m_preview, m_fileName);
    setTabOrder(m_fileName, m_choose);
    setTabOrder(m_choose, m_passphrase);

    connect(m_choose, &QPushButton::clicked, this, &SharePreviewPage::chooseFile);
    connect(m_fileName, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_passphrase, &QLineEdit::textChanged, this, [this] {
        m_passphraseError->hide();
        emit completeChanged();
    });
}

SharePreviewPage::~SharePreviewPage()
{
    QMutexLocker locker(&m_work->mutex);
    while (m_work->running)
        m_work->finished.wait(&m_work->mutex);
}

QString SharePreviewPage::suggestedPath(const QString& folder)
{
    const QDir dir(folder);
    const QString stem = QStringLiteral("carnet-share-%1").arg(QDate::currentDate().toString(Qt::ISODate));
    QString path = dir.filePath(stem + extension());
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2").arg(stem).arg(n) + extension());
    return path;
}

void SharePreviewPage::initializePage()
{
    const ShareContent& content = m_draft.content();
    QStringList parts;
    if (!content.entries.empty())
        parts << tr("journal entries: %1").arg(content.entries.size());
    if (content.includesMedications)
        parts << tr("medications: %1").arg(content.medications.size());
    if (content.includesInsurance)
        parts << tr("insurance plans: %1").arg(content.insurancePlans.size());
    if (content.includesAppointments)
        parts << tr("appointments: %1").arg(content.appointments.size());
    QString what = tr("Records that will leave this vault, signed with your vault key: %1 (%2).")
                       .arg(m_draft.itemCount())
                       .arg(parts.join(QStringLiteral(", ")));
    const int kept = static_cast<int>(m_draft.findings().size()) - m_draft.redactedCount();
    if (!m_draft.findings().empty())
        what += QLatin1Char(' ')
            + tr("Identifiers redacted: %1; kept as written: %2.").arg(m_draft.redactedCount()).arg(kept);
    m_what->setText(what);

    const QStringList recipients = m_draft.recipientDescriptions();
    m_recipients->setText(tr("Can be opened by: %1").arg(recipients.join(QStringLiteral("; "))));

    try {
        m_preview->showSummary(m_draft.previewHtml());
    } catch (const ShareError& error) {
        m_preview->showMessage(tr("The preview could not be made: %1").arg(error.message()));
    }
    if (m_fileName->text().trimmed().isEmpty())
        m_fileName->setText(QDir::toNativeSeparators(suggestedPath(startFolder())));
    m_passphraseError->hide();
    // The wizard focuses the page's first field once the page is shown; the passphrase is the one to type.
    QTimer::singleShot(0, m_passphrase, qOverload<>(&QWidget::setFocus));
}

void SharePreviewPage::cleanupPage()
{
    m_passphrase->clear();
    m_passphraseError->hide();
}

QString SharePreviewPage::previewText() const
{
    return m_preview->toPlainText();
}

bool SharePreviewPage::isComplete() const
{
    return !m_busy && !m_written && !m_fileName->text().trimmed().isEmpty() && !m_passphrase->text().isEmpty();
}

void SharePreviewPage::chooseFile()
{
    const QString current = m_fileName->text().trimmed();
    const QString chosen = FileDialogSeam::saveFileName(this, tr("Save the share as"),
                                                        current.isEmpty() ? suggestedPath(startFolder())
                                                                          : QDir::fromNativeSeparators(current),
                                                        tr("Carnet shares (*%1)").arg(extension()));
    if (chosen.isEmpty())
        return;
    m_confirmedPath = QFileInfo(chosen).absoluteFilePath();
    m_fileName->setText(QDir::toNativeSeparators(chosen));
}

// The path to write, after asking about replacing a file; empty when the patient should change it first.
QString SharePreviewPage::checkedPath()
{
    QString path = QDir::fromNativeSeparators(m_fileName->text().trimmed());
    if (path.startsWith(QLatin1String("~/")))
        path = QDir::home().filePath(path.mid(2));
    if (!path.endsWith(extension(), Qt::CaseInsensitive)) {
        path += extension();
        m_fileName->setText(QDir::toNativeSeparators(path));
    }
    const QFileInfo info(path);
    if (!info.isAbsolute()) {
        MessageBoxSeam::warning(this, tr("Share"), tr("Give the full path of the file, or use Choose…."));
        return {};
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        MessageBoxSeam::warning(this, tr("Share"),
                                tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
        return {};
    }
    if (info.isDir()) {
        MessageBoxSeam::warning(this, tr("Share"),
                                tr("%1 is a folder; add a file name.").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    if (info.exists() && info.absoluteFilePath() != m_confirmedPath) {
        const auto answer = MessageBoxSeam::question(
            this, tr("Replace the file?"),
            tr("%1 already exists. Replace it with this share?").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return {};
    }
    return info.absoluteFilePath();
}

bool SharePreviewPage::validatePage()
{
    if (m_written)
        return true;
    if (m_busy || !isComplete())
        return false;
    const QString path = checkedPath();
    if (path.isEmpty()) {
        m_fileName->setFocus();
        return false;
    }
    auto passphrase = std::make_shared<SecretBytes>(SecretBytes::fromUtf8(m_passphrase->text()));
    m_passphrase->clear();
    // What is written is fixed here, on the vault's thread (the identity is read from the database); the worker
    // only checks the passphrase, signs and encrypts in memory, and never touches the database, whose connection
    // belongs to this thread. The file and its log rows are committed back here in finishWrite().
    std::shared_ptr<const ShareDraft::Prepared> prepared;
    try {
        prepared = std::make_shared<const ShareDraft::Prepared>(m_draft.prepare(path));
    } catch (...) {
        failWrite(std::current_exception());
        return false;
    }
    const Vault* vault = &m_vault;
    std::shared_ptr<Work> work = m_work;
    {
        QMutexLocker locker(&work->mutex);
        work->running = true;
    }
    setBusy(true);
    BackgroundTask<std::shared_ptr<Outcome>>::run(
        this,
        [vault, prepared, passphrase, work] {
            struct Finished
            {
                Work& work;
                ~Finished()
                {
                    QMutexLocker locker(&work.mutex);
                    work.running = false;
                    work.finished.wakeAll();
                }
            } finished {*work};
            auto outcome = std::make_shared<Outcome>();
            if (!vault->verifyPassphrase(*passphrase)) {
                outcome->wrongPassphrase = true;
                return outcome;
            }
            outcome->sealed = std::make_shared<ShareDraft::Sealed>(ShareDraft::seal(*prepared));
            return outcome;
        },
        [this, path](std::shared_ptr<Outcome> outcome) { finishWrite(outcome, path); },
        [this](std::exception_ptr error) { failWrite(error); });
    return false;
}

void SharePreviewPage::finishWrite(const std::shared_ptr<Outcome>& outcome, const QString& path)
{
    setBusy(false);
    if (outcome->wrongPassphrase) {
        m_passphraseError->setText(tr("That is not this vault’s passphrase. Nothing was saved; try again."));
        m_passphraseError->show();
        m_passphrase->setFocus();
        return;
    }
    std::shared_ptr<ShareDraft::Written> result;
    try {
        result = std::make_shared<ShareDraft::Written>(ShareDraft::commit(std::move(*outcome->sealed)));
    } catch (...) {
        failWrite(std::current_exception());
        return;
    }
    m_written = true;
    // The folder only: where shares go is not health data, the file names are not kept.
    QSettings().setValue(QLatin1String(FolderSetting), QFileInfo(path).absolutePath());
    emit written(result);
    emit completeChanged();
    if (wizard())
        wizard()->next();
}

void SharePreviewPage::failWrite(const std::exception_ptr& error)
{
    setBusy(false);
    QString message;
    try {
        std::rethrow_exception(error);
    } catch (const ShareError& e) {
        message = e.message();
    } catch (const RecordError& e) {
        message = e.message();
    } catch (const VaultError& e) {
        message = e.message();
    } catch (const std::exception& e) {
        message = QString::fromStdString(e.what());
    }
    MessageBoxSeam::warning(
        this, tr("Share not saved"),
        tr("The share was not saved: %1\nNothing was written and nothing was logged.").arg(message));
    m_passphrase->setFocus();
}

void SharePreviewPage::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_status->setText(busy ? tr("Checking your passphrase, then signing, encrypting and saving the share…")
                           : QString());
    m_status->setVisible(busy);
    m_fileName->setEnabled(!busy);
    m_choose->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    // The wizard sets its buttons from isComplete() first; Back and Cancel wait as well.
    emit completeChanged();
    if (QWizard* w = wizard()) {
        if (QAbstractButton* back = w->button(QWizard::BackButton))
            back->setEnabled(!busy);
        if (QAbstractButton* cancel = w->button(QWizard::CancelButton))
            cancel->setEnabled(!busy);
    }
    emit busyChanged(busy);
}

} // namespace carnet
