#include "ShareDonePage.h"

#include "ClipboardGuard.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QWizard>

namespace carnet {

namespace {

QLabel* selectable(QLabel* label)
{
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

// "3f2a91c0…" in groups of eight, so the eye can compare a hash piece by piece.
QString grouped(const QString& hex)
{
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 8)
        groups << hex.mid(i, 8);
    return groups.join(QLatin1Char(' '));
}

} // namespace

ShareDonePage::ShareDonePage(ClipboardGuard& clipboard, QWidget* parent)
    : QWizardPage(parent)
    , m_clipboard(clipboard)
    , m_saved(selectable(new QLabel(this)))
    , m_size(selectable(new QLabel(this)))
    , m_sha256(selectable(new QLabel(this)))
    , m_passphrasePanel(new QGroupBox(tr("One-time passphrase"), this))
    , m_passphrase(selectable(new QLabel(m_passphrasePanel)))
    , m_copy(new QPushButton(tr("&Copy"), m_passphrasePanel))
    , m_showFolder(new QPushButton(tr("Show in &folder"), this))
{
    setTitle(tr("Share saved"));
    setSubTitle(tr("Send the file to the recipient. It is recorded in the disclosure log under Sharing."));
    setFinalPage(true);
    setButtonText(QWizard::FinishButton, tr("&Close"));

    m_saved->setObjectName(QStringLiteral("shareSavedPath"));
    m_saved->setAccessibleName(tr("Saved to"));
    m_size->setObjectName(QStringLiteral("shareSize"));
    m_size->setAccessibleName(tr("File size"));
    m_sha256->setObjectName(QStringLiteral("shareSha256"));
    m_sha256->setAccessibleName(tr("SHA-256 of the file"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_sha256->setFont(fixed);

    m_passphrasePanel->setObjectName(QStringLiteral("sharePassphrasePanel"));
    m_passphrase->setObjectName(QStringLiteral("shareOneTimePassphrase"));
    m_passphrase->setAccessibleName(tr("One-time passphrase"));
    QFont large = fixed;
    large.setPointSizeF(fixed.pointSizeF() * 1.8);
    large.setBold(true);
    m_passphrase->setFont(large);
    m_passphrase->setForegroundRole(QPalette::Text);
    m_passphrase->setBackgroundRole(QPalette::Base);
    m_passphrase->setAutoFillBackground(true);
    m_passphrase->setMargin(8);
    m_copy->setObjectName(QStringLiteral("shareCopyPassphrase"));
    m_copy->setAccessibleName(tr("Copy the one-time passphrase"));
    m_copy->setToolTip(
        tr("The clipboard is cleared again after %n seconds", nullptr, ClipboardGuard::DefaultClearSeconds));
    m_copy->setAutoDefault(false);
    auto* advice = new QLabel(tr("Give this passphrase to the recipient another way than the file: read it out on "
                                 "the phone or hand it over, never in the same e-mail or chat. It is shown only now "
                                 "and Carnet does not keep it; without it, nobody can open the share."),
                              m_passphrasePanel);
    advice->setObjectName(QStringLiteral("sharePassphraseAdvice"));
    advice->setWordWrap(true);
    auto* passphraseRow = new QHBoxLayout;
    passphraseRow->addWidget(m_passphrase, 1);
    passphraseRow->addWidget(m_copy, 0, Qt::AlignVCenter);
    auto* panelLayout = new QVBoxLayout(m_passphrasePanel);
    panelLayout->addLayout(passphraseRow);
    panelLayout->addWidget(advice);
    m_passphrasePanel->hide();

    m_showFolder->setObjectName(QStringLiteral("shareShowInFolder"));
    m_showFolder->setAccessibleName(tr("Show the share in its folder"));
    m_showFolder->setAutoDefault(false);

    auto* facts = new QFormLayout;
    facts->setRowWrapPolicy(QFormLayout::WrapLongRows);
    facts->addRow(tr("Saved to:"), m_saved);
    facts->addRow(tr("Size:"), m_size);
    facts->addRow(tr("SHA-256:"), m_sha256);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_showFolder);
    folderRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(facts);
    layout->addLayout(folderRow);
    layout->addWidget(m_passphrasePanel);
    layout->addStretch(1);

    connect(m_copy, &QPushButton::clicked, this, &ShareDonePage::copyPassphrase);
    connect(m_showFolder, &QPushButton::clicked, this, &ShareDonePage::showInFolder);
}

ShareDonePage::~ShareDonePage()
{
    forgetPassphrase();
}

void ShareDonePage::showWritten(const std::shared_ptr<ShareDraft::Written>& written)
{
    const SharePackageWriter::Result& result = written->result;
    m_path = result.path;
    m_saved->setText(QDir::toNativeSeparators(result.path));
    m_size->setText(tr("%1 (%2 bytes)").arg(QLocale().formattedDataSize(result.size)).arg(result.size));
    m_sha256->setText(grouped(result.sha256));
    m_oneTime = std::move(written->passphrase);
    const bool passphrase = !m_oneTime.isEmpty();
    m_passphrase->setText(passphraseText());
    m_passphrasePanel->setVisible(passphrase);
    setSubTitle(passphrase ? tr("Send the file, and the passphrase below by another way. The share is recorded in "
                                "the disclosure log under Sharing.")
                           : tr("Send the file to the recipient. It is recorded in the disclosure log under Sharing."));
}

QString ShareDonePage::passphraseText() const
{
    return QString::fromUtf8(m_oneTime.chars(), static_cast<qsizetype>(m_oneTime.size()));
}

void ShareDonePage::forgetPassphrase()
{
    m_oneTime.clear();
    m_passphrase->clear();
}

void ShareDonePage::copyPassphrase()
{
    if (!m_oneTime.isEmpty())
        m_clipboard.copy(passphraseText());
}

void ShareDonePage::showInFolder()
{
    if (!m_path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath()));
}

} // namespace carnet
