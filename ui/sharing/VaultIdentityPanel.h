#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace carnet {

class ClipboardGuard;
class Vault;

// "Your sharing keys": the vault's fingerprint to read aloud, its age recipient and minisign public key to copy or
// save, and a QR code of its identity card, for the people who send shares to this vault or check shares from it.
class VaultIdentityPanel : public QWidget
{
    Q_OBJECT

public:
    VaultIdentityPanel(Vault& vault, ClipboardGuard& clipboard, QWidget* parent = nullptr);

    // False when the vault has no usable identity keys; errorText() then says why.
    bool hasIdentity() const { return m_hasIdentity; }
    QString errorText() const;

    // As shown: the grouped fingerprint (one line), the age1… recipient, the minisign base64 line.
    QString fingerprintText() const { return m_fingerprint; }
    QString ageRecipientText() const { return m_ageRecipient; }
    QString minisignKeyText() const { return m_minisignKey; }
    // The identity card (IdentityCard::toText) the QR code holds, and the QR image at its device pixels.
    QString cardText() const { return m_cardText; }
    QImage qrImage() const { return m_qrImage; }
    // The hint under the keys ("Copied …", "Saved …").
    QString statusText() const;

    void copyFingerprint();
    void copyAgeRecipient();
    void copyMinisignKey();
    // Asks where to write the minisign .pub file; the age recipient goes beside it. Returns false when cancelled or
    // failed (a failure is shown with MessageBoxSeam::warning).
    bool savePublicKeys();

    QPushButton* copyAgeRecipientButton() const { return m_copyAge; }
    QPushButton* copyMinisignKeyButton() const { return m_copyMinisign; }
    QPushButton* copyFingerprintButton() const { return m_copyFingerprint; }
    QPushButton* saveButton() const { return m_save; }

    // The file next to a saved .pub that holds the age recipient, in the form `age -R FILE` reads.
    static QString ageRecipientPathFor(const QString& minisignPath);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadIdentity(Vault& vault);
    void buildLayout();
    QWidget* buildKeyRow(const QString& labelText, const QString& value, const QString& accessibleName,
                         const QString& copyTip, QLineEdit** edit, QPushButton** copyButton);
    void updateQrCode();
    void copy(const QString& text, const QString& what);
    void showStatus(const QString& text);

    ClipboardGuard& m_clipboard;
    bool m_hasIdentity = false;
    QString m_error;
    QString m_fingerprint;
    QString m_ageRecipient;
    QString m_minisignKey;
    QString m_minisignKeyId;
    QByteArray m_minisignFileText;
    QString m_cardText;
    QImage m_qrImage;
    bool m_copiedHere = false;

    QLabel* m_fingerprintLabel = nullptr;
    QLabel* m_qrLabel = nullptr;
    QLabel* m_status = nullptr;
    QLineEdit* m_ageEdit = nullptr;
    QLineEdit* m_minisignEdit = nullptr;
    QPushButton* m_copyAge = nullptr;
    QPushButton* m_copyMinisign = nullptr;
    QPushButton* m_copyFingerprint = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace carnet
