#include "SharePassphraseDialog.h"

#include "OneTimePassphrase.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace carnet {

SharePassphraseDialog::SharePassphraseDialog(const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_field(new QLineEdit(this))
    , m_open(nullptr)
{
    setWindowTitle(tr("Open shared record"));
    auto* text = new QLabel(tr("“%1” is locked with a one-time passphrase. Type the passphrase the sender gave you "
                               "(not your vault's passphrase).")
                                .arg(fileName),
                            this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    auto* label = new QLabel(tr("One-time &passphrase:"), this);
    label->setBuddy(m_field);
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setAccessibleName(tr("One-time passphrase"));
    m_field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Open);
    m_open->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(label);
    layout->addWidget(m_field);
    layout->addWidget(buttons);
    connect(m_field, &QLineEdit::textChanged, this,
            [this](const QString& value) { m_open->setEnabled(!value.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(sizeHint().expandedTo(QSize(420, 0)));
}

QString SharePassphraseDialog::normalised(const QString& typed)
{
    // A passphrase pasted from a message often carries a space or line break at either end.
    const QString text = typed.trimmed();
    // One read out over the phone may come back as "Orbit crane velvet…": when every word is one of Carnet's, the
    // words are what matter, not how they were joined.
    const QStringList words = text.split(QRegularExpression(QStringLiteral("[\\s-]+")), Qt::SkipEmptyParts);
    if (words.size() < 2)
        return text;
    for (const QString& word : words) {
        if (!OneTimePassphrase::isWord(word.toLower()))
            return text;
    }
    return words.join(QLatin1Char(OneTimePassphrase::Separator)).toLower();
}

SecretBytes SharePassphraseDialog::takePassphrase()
{
    SecretBytes secret = SecretBytes::fromUtf8(normalised(m_field->text()));
    m_field->clear();
    return secret;
}

void SharePassphraseDialog::done(int result)
{
    // A cancelled passphrase does not linger in the widget.
    if (result != Accepted)
        m_field->clear();
    QDialog::done(result);
}

} // namespace carnet
