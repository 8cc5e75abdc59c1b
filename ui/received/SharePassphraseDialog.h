#pragma once

#include "SecretBytes.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace carnet {

// Asks for the one-time passphrase of a .carnet-share (not the vault's passphrase). The text is taken out of the
// field into SecretBytes and the field cleared.
class SharePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SharePassphraseDialog(const QString& fileName, QWidget* parent = nullptr);

    QLineEdit* passphraseField() const { return m_field; }
    QPushButton* openButton() const { return m_open; }
    SecretBytes takePassphrase();
    // Trimmed; a passphrase made only of Carnet's one-time words is joined with "-" in lower case whatever separated
    // the words as typed.
    static QString normalised(const QString& typed);

protected:
    void done(int result) override;

private:
    QLineEdit* m_field;
    QPushButton* m_open;
};

} // namespace carnet
