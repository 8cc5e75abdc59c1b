#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace carnet {

class PassphraseStrengthMeter;

// Form for a new vault's passphrase: two fields, a strength meter, and the Create button.
class CreateVaultPage : public QWidget
{
    Q_OBJECT

public:
    explicit CreateVaultPage(QWidget* parent = nullptr);
    QLineEdit* passphraseField() const { return m_passphrase; }
    QLineEdit* repeatField() const { return m_repeat; }
    QPushButton* createButton() const { return m_create; }
    void setBusy(bool busy);
    void clearFields();

signals:
    void createRequested();

private:
    void updateEnabled();

    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    PassphraseStrengthMeter* m_meter;
    QPushButton* m_create;
};

// Form to unlock with the passphrase, with a way to the recovery code.
class UnlockPage : public QWidget
{
    Q_OBJECT

public:
    explicit UnlockPage(QWidget* parent = nullptr);
    QLineEdit* passphraseField() const { return m_passphrase; }
    QPushButton* unlockButton() const { return m_unlock; }
    void setBusy(bool busy);

signals:
    void unlockRequested();
    void recoveryRequested();

private:
    QLineEdit* m_passphrase;
    QPushButton* m_unlock;
    QPushButton* m_useCode;
};

// Form to open the vault with the recovery code and set a new passphrase.
class RecoverPage : public QWidget
{
    Q_OBJECT

public:
    explicit RecoverPage(QWidget* parent = nullptr);
    QLineEdit* codeField() const { return m_code; }
    QLineEdit* passphraseField() const { return m_passphrase; }
    QLineEdit* repeatField() const { return m_repeat; }
    QPushButton* recoverButton() const { return m_recover; }
    void setBusy(bool busy);
    void clearFields();

signals:
    void recoverRequested();
    void cancelled();

private:
    void updateEnabled();

    QLineEdit* m_code;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    PassphraseStrengthMeter* m_meter;
    QPushButton* m_recover;
};

} // namespace carnet
