#include "VaultIdentityPanel.h"

#include "ClipboardGuard.h"
#include "DialogSeams.h"
#include "IdentityCard.h"
#include "QrCodeImage.h"
#include "ShareError.h"
#include "Vault.h"
#include "VaultIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>
#include <cmath>
#include <exception>

namespace carnet {

namespace {

// Logical pixels per QR module: big enough for a phone camera at arm's length, small enough to sit beside the text.
constexpr qreal ModuleSize = 3.0;
constexpr int GroupsPerLine = 4;

// The fingerprint in four lines of four groups, the way people read it out.
QString fingerprintBlock(const QString& grouped)
{
    const QStringList groups = grouped.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += GroupsPerLine)
        lines << groups.mid(i, GroupsPerLine).join(QLatin1Char(' '));
    return lines.join(QLatin1Char('\n'));
}

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

bool writeFile(const QString& path, const QByteArray& content, QString* error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit())
        return true;
    *error = file.errorString();
    return false;
}

} // namespace

VaultIdentityPanel::VaultIdentityPanel(Vault& vault, ClipboardGuard& clipboard, QWidget* parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
{
    loadIdentity(vault);
    buildLayout();
    // The status only speaks for what this panel copied; once the guard clears it, the hint is stale.
    connect(&m_clipboard, &ClipboardGuard::cleared, this, [this] {
        if (m_copiedHere)
            showStatus({});
        m_copiedHere = false;
    });
}

void VaultIdentityPanel::loadIdentity(Vault& vault)
{
    try {
        // The identity holds the secret keys too; only the public halves are kept, and the rest is wiped when
        // `identity` goes out of scope.
        const VaultIdentity identity = VaultIdentity::load(vault.database());
        const IdentityCard card = IdentityCard::fromVault(identity);
        m_fingerprint = identity.fingerprint().toDisplayString();
        m_ageRecipient = identity.ageRecipient().toString();
        m_minisignKey = identity.minisignPublicKeyText();
        m_minisignKeyId = identity.minisignPublicKey().keyIdHex();
        m_minisignFileText = identity.minisignPublicKey().toFileText();
        m_cardText = card.toText();
        m_hasIdentity = true;
    } catch (const ShareError& error) {
        m_error = error.message();
    } catch (const std::exception& error) {
        // Damaged key bytes (CryptoError) or a failed read (StorageError): the panel says so instead of the page
        // failing to open.
        m_error = QString::fromStdString(error.what());
    }
}

QString VaultIdentityPanel::errorText() const
{
    return m_error;
}

QString VaultIdentityPanel::statusText() const
{
    return m_status ? m_status->text() : QString();
}

QWidget* VaultIdentityPanel::buildKeyRow(const QString& labelText, const QString& value, const QString& accessibleName,
                                         const QString& copyTip, QLineEdit** edit, QPushButton** copyButton)
{
    auto* box = new QWidget(this);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(labelText, box);
    *edit = new QLineEdit(value, box);
    (*edit)->setReadOnly(true);
    (*edit)->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    (*edit)->setAccessibleName(accessibleName);
    (*edit)->setCursorPosition(0);
    label->setBuddy(*edit);
    *copyButton = new QPushButton(tr("Copy"), box);
    (*copyButton)->setToolTip(copyTip);
    (*copyButton)->setAccessibleName(tr("Copy %1").arg(accessibleName));
    grid->addWidget(label, 0, 0, 1, 2);
    grid->addWidget(*edit, 1, 0);
    grid->addWidget(*copyButton, 1, 1);
    grid->setColumnStretch(0, 1);
    return box;
}

void VaultIdentityPanel::buildLayout()
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(
        tr("<h3>Your sharing keys</h3>"
           "<p>Whoever sends you a share (a doctor's office, a lab, someone else using Carnet) encrypts it to your "
           "<b>age key</b>, so that only this vault can open it. Whoever receives a share from you checks it with "
           "your <b>minisign key</b>, to know it comes from you and was not changed on the way.</p>"
           "<p>Both are public keys: they are not secret. Give them out by e-mail, on paper or as the QR code.</p>"),
        this));

    if (!m_hasIdentity) {
        auto* problem = wrappedLabel(
            tr("<p><b>This vault's sharing keys cannot be shown:</b> %1</p>").arg(m_error.toHtmlEscaped()), this);
        problem->setAccessibleName(tr("Sharing keys problem"));
        layout->addWidget(problem);
        layout->addStretch(1);
        return;
    }

    auto* top = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* fingerprintCaption = new QLabel(tr("<b>Fingerprint</b>"), this);
    left->addWidget(fingerprintCaption);
    m_fingerprintLabel = new QLabel(fingerprintBlock(m_fingerprint), this);
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_fingerprintLabel->setFont(big);
    m_fingerprintLabel->setTextFormat(Qt::PlainText);
    m_fingerprintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fingerprintLabel->setFocusPolicy(Qt::StrongFocus);
    m_fingerprintLabel->setAccessibleName(tr("Vault fingerprint"));
    m_fingerprintLabel->setAccessibleDescription(m_fingerprint);
    fingerprintCaption->setBuddy(m_fingerprintLabel);
    left->addWidget(m_fingerprintLabel);
    m_copyFingerprint = new QPushButton(tr("Copy &fingerprint"), this);
    m_copyFingerprint->setToolTip(tr("Copy the fingerprint, to paste it into a message"));
    m_copyFingerprint->setAccessibleName(tr("Copy fingerprint"));
    left->addWidget(m_copyFingerprint, 0, Qt::AlignLeft);
    left->addWidget(wrappedLabel(
        tr("<p>To be sure that the keys someone has are really yours, <b>compare the fingerprint</b>: read it "
           "aloud, group by group, on the phone or face to face, while they look at the fingerprint their app shows "
           "for your keys. If every group matches, the keys are yours. A fingerprint that came in the same e-mail "
           "as the keys proves nothing.</p>"),
        this));
    left->addStretch(1);
    top->addLayout(left, 1);

    auto* right = new QVBoxLayout;
    m_qrLabel = new QLabel(this);
    m_qrLabel->setAlignment(Qt::AlignCenter);
    m_qrLabel->setAccessibleName(tr("QR code of your public keys"));
    m_qrLabel->setAccessibleDescription(tr("Holds your age key, minisign key and fingerprint as text."));
    right->addWidget(m_qrLabel, 0, Qt::AlignHCenter);
    auto* qrCaption
        = wrappedLabel(tr("The same keys and fingerprint as a QR code, for a phone or an app that scans them."), this);
    qrCaption->setAlignment(Qt::AlignHCenter);
    right->addWidget(qrCaption);
    right->addStretch(1);
    top->addLayout(right);
    layout->addLayout(top);
    updateQrCode();

    layout->addWidget(buildKeyRow(tr("&Age key (others encrypt shares to you with it):"), m_ageRecipient, tr("age key"),
                                  tr("Copy the age key (age1…)"), &m_ageEdit, &m_copyAge));
    layout->addWidget(buildKeyRow(
        tr("&Minisign key (checks that shares come from you), key id %1:").arg(m_minisignKeyId), m_minisignKey,
        tr("minisign key"), tr("Copy the minisign public key"), &m_minisignEdit, &m_copyMinisign));

    auto* saveRow = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save public keys…"), this);
    m_save->setToolTip(tr("Write the minisign key as a .pub file and the age key beside it, to send or publish"));
    m_save->setAccessibleName(tr("Save public keys"));
    saveRow->addWidget(m_save);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    saveRow->addWidget(m_status, 1);
    layout->addLayout(saveRow);
    layout->addStretch(1);

    connect(m_copyFingerprint, &QPushButton::clicked, this, &VaultIdentityPanel::copyFingerprint);
    connect(m_copyAge, &QPushButton::clicked, this, &VaultIdentityPanel::copyAgeRecipient);
    connect(m_copyMinisign, &QPushButton::clicked, this, &VaultIdentityPanel::copyMinisignKey);
    connect(m_save, &QPushButton::clicked, this, &VaultIdentityPanel::savePublicKeys);
}

void VaultIdentityPanel::showEvent(QShowEvent* event)
{
    // The window may have moved to a screen with another pixel ratio since the code was drawn.
    updateQrCode();
    QWidget::showEvent(event);
}

void VaultIdentityPanel::updateQrCode()
{
    if (!m_qrLabel)
        return;
    // Whole device pixels per module keep the modules sharp at 125 %, 150 % or 200 % scale.
    const qreal ratio = devicePixelRatioF();
    const int scale = std::max(1, static_cast<int>(std::lround(ModuleSize * ratio)));
    const QrCodeImage::Result qr = QrCodeImage::encode(m_cardText, scale);
    if (!qr.ok()) {
        m_qrImage = {};
        m_qrLabel->setText(qr.error);
        return;
    }
    m_qrImage = qr.image;
    QPixmap pixmap = QPixmap::fromImage(qr.image);
    pixmap.setDevicePixelRatio(ratio);
    m_qrLabel->setPixmap(pixmap);
}

void VaultIdentityPanel::copy(const QString& text, const QString& what)
{
    // These are public keys, but they go through the guard like everything Carnet copies: one behaviour to learn,
    // and pasting them into a message right away is what the button is for.
    m_clipboard.copy(text);
    m_copiedHere = true;
    showStatus(
        tr("%1 copied. Carnet clears the clipboard after %2 s.").arg(what).arg(ClipboardGuard::DefaultClearSeconds));
}

void VaultIdentityPanel::copyFingerprint()
{
    if (m_hasIdentity)
        copy(m_fingerprint, tr("Fingerprint"));
}

void VaultIdentityPanel::copyAgeRecipient()
{
    if (m_hasIdentity)
        copy(m_ageRecipient, tr("Age key"));
}

void VaultIdentityPanel::copyMinisignKey()
{
    if (m_hasIdentity)
        copy(m_minisignKey, tr("Minisign key"));
}

void VaultIdentityPanel::showStatus(const QString& text)
{
    if (m_status)
        m_status->setText(text);
}

QString VaultIdentityPanel::ageRecipientPathFor(const QString& minisignPath)
{
    const QFileInfo info(minisignPath);
    QString base = info.fileName();
    if (base.endsWith(QLatin1String(".pub"), Qt::CaseInsensitive))
        base.chop(4);
    return info.dir().filePath(base + QStringLiteral(".age-recipient.txt"));
}

bool VaultIdentityPanel::savePublicKeys()
{
    if (!m_hasIdentity)
        return false;
    const QString path = FileDialogSeam::saveFileName(this, tr("Save your public keys"),
                                                      QDir::home().filePath(QStringLiteral("carnet-public-key.pub")),
                                                      tr("minisign public keys (*.pub)"));
    if (path.isEmpty())
        return false;
    const QString agePath = ageRecipientPathFor(path);
    // age reads "#" lines as comments, so `age -R FILE` takes this file as it is.
    const QByteArray ageText = QStringLiteral("# age key of a Carnet vault (vault fingerprint %1)\n%2\n")
                                   .arg(m_fingerprint, m_ageRecipient)
                                   .toUtf8();
    // The file dialog asked about replacing the .pub; the age file beside it was not shown, so ask here.
    if (QFileInfo::exists(agePath)) {
        QFile existing(agePath);
        const bool same = existing.open(QIODevice::ReadOnly) && existing.readAll() == ageText;
        if (!same
            && MessageBoxSeam::question(
                   this, tr("Replace file?"),
                   tr("%1 already exists. Replace it with your age key?").arg(QDir::toNativeSeparators(agePath)))
                != QMessageBox::Yes)
            return false;
    }
    QString error;
    if (!writeFile(path, m_minisignFileText, &error)) {
        MessageBoxSeam::warning(
            this, tr("Not saved"),
            tr("Your minisign key could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    if (!writeFile(agePath, ageText, &error)) {
        MessageBoxSeam::warning(this, tr("Not saved"),
                                tr("Your minisign key was saved, but your age key could not be saved to %1: %2")
                                    .arg(QDir::toNativeSeparators(agePath), error));
        return false;
    }
    m_copiedHere = false;
    showStatus(
        tr("Saved %1 (minisign key) and %2 (age key).").arg(QFileInfo(path).fileName(), QFileInfo(agePath).fileName()));
    return true;
}

} // namespace carnet
