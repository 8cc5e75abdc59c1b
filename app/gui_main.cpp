// carnet: the desktop application. Thin: hardens the process, checks the crypto, hands over to AppController.
#include "AppController.h"
#include "CryptoSelfTest.h"
#include "Localization.h"
#include "ProcessHardening.h"
#include "VaultLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char* argv[])
{
    carnet::ProcessHardening::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("carnet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Carnet"));
    QApplication::setOrganizationName(QStringLiteral("Carnet"));
    QApplication::setApplicationVersion(QStringLiteral(CARNET_VERSION));

    // The language is an app preference (QSettings), needed before any vault is unlocked.
    carnet::Localization::install(QSettings().value(QStringLiteral("ui/language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Personal health record in an encrypted vault."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(QStringLiteral("vault"),
                                         QApplication::translate("main", "Open the vault in FOLDER."),
                                         QStringLiteral("FOLDER"));
    parser.addOption(vaultOption);
    parser.process(app);

    const QString selfTest = carnet::CryptoSelfTest::run();
    if (!selfTest.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Carnet cannot start"),
                              QApplication::translate("main", "The cryptographic self-test failed (%1).").arg(selfTest));
        return 1;
    }

    QString folder = parser.value(vaultOption);
    if (folder.isEmpty())
        folder = QSettings().value(QStringLiteral("vault/last"), carnet::VaultLocation::defaultFolder()).toString();
    carnet::AppController controller(folder);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/carnet.svg")));
    controller.start();
    return app.exec();
}
