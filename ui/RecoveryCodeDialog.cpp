#include "RecoveryCodeDialog.h"

#include "DialogSeams.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#ifdef CARNET_HAVE_PRINTSUPPORT
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>
#endif

namespace carnet {

RecoveryCodeDialog::RecoveryCodeDialog(const QString& recoveryCode, QWidget* parent)
    : QDialog(parent)
    , m_code(recoveryCode)
    , m_check(new QLineEdit(this))
    , m_done(nullptr)
{
    setWindowTitle(tr("Your recovery code"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("If you forget your passphrase, this code is the only way into your vault. "
                                "Write it down or print it, and keep it somewhere safe away from this computer. "
                                "Carnet shows it only now."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* code = new QLabel(m_code, this);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    code->setFont(mono);
    code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    code->setAlignment(Qt::AlignCenter);
    code->setAccessibleName(tr("Recovery code"));
    layout->addWidget(code);

    auto* checkLabel = new QLabel(tr("To confirm you have it, type its &last group of four:"), this);
    checkLabel->setBuddy(m_check);
    layout->addWidget(checkLabel);
    m_check->setAccessibleName(tr("Last group of the recovery code"));
    m_check->setMaxLength(4);
    layout->addWidget(m_check);

    auto* buttons = new QDialogButtonBox(this);
#ifdef CARNET_HAVE_PRINTSUPPORT
    auto* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    connect(printButton, &QPushButton::clicked, this, &RecoveryCodeDialog::print);
#endif
    auto* saveButton = buttons->addButton(tr("&Save as text…"), QDialogButtonBox::ActionRole);
    connect(saveButton, &QPushButton::clicked, this, &RecoveryCodeDialog::save);
    m_done = buttons->addButton(tr("I have written it &down"), QDialogButtonBox::AcceptRole);
    m_done->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    connect(m_check, &QLineEdit::textChanged, this, &RecoveryCodeDialog::updateAcceptable);
}

QString RecoveryCodeDialog::checkGroup() const
{
    return m_code.section(QLatin1Char('-'), -1);
}

void RecoveryCodeDialog::updateAcceptable()
{
    m_done->setEnabled(m_check->text().trimmed().compare(checkGroup(), Qt::CaseInsensitive) == 0);
}

QString RecoveryCodeDialog::sheetText() const
{
    return tr("Carnet recovery code\n\n%1\n\nCreated %2. Keep this apart from the computer that holds the vault. "
              "It opens the vault if the passphrase is lost; after it is used, Carnet shows a new one.\n")
        .arg(m_code, QDateTime::currentDateTime().toString(Qt::ISODate));
}

void RecoveryCodeDialog::print()
{
#ifdef CARNET_HAVE_PRINTSUPPORT
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setPlainText(sheetText());
    document.print(&printer);
#endif
}

void RecoveryCodeDialog::save()
{
    const QString path = FileDialogSeam::saveFileName(this, tr("Save the recovery code"),
                                                      QStringLiteral("carnet-recovery-code.txt"),
                                                      tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(sheetText().toUtf8()) < 0 || !file.commit()) {
        MessageBoxSeam::warning(this, tr("Not saved"), tr("The recovery code could not be saved: %1").arg(file.errorString()));
        return;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace carnet
