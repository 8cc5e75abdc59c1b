// carnet: the desktop application. Thin: hardens the process, checks the crypto, shows the start window.
#include "CryptoSelfTest.h"
#include "MainWindow.h"
#include "ProcessHardening.h"
#include "StartWindow.h"
#include "VaultLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <memory>

int main(int argc, char* argv[])
{
    carnet::ProcessHardening::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("carnet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Carnet"));
    QApplication::setOrganizationName(QStringLiteral("Carnet"));
    QApplication::setApplicationVersion(QStringLiteral(CARNET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Personal health record in an encrypted vault."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(QStringLiteral("vault"), QApplication::translate("main", "Open the vault in FOLDER."),
                                         QStringLiteral("FOLDER"));
    parser.addOption(vaultOption);
    parser.process(app);

    const QString selfTest = carnet::CryptoSelfTest::run();
    if (!selfTest.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Carnet cannot start"),
                              QApplication::translate("main", "The cryptographic self-test failed (%1).").arg(selfTest));
        return 1;
    }

    const QString folder = parser.isSet(vaultOption) ? parser.value(vaultOption) : carnet::VaultLocation::defaultFolder();
    std::unique_ptr<carnet::MainWindow> mainWindow;
    carnet::StartWindow start(folder);
    QObject::connect(&start, &carnet::StartWindow::unlocked, [&](std::shared_ptr<carnet::Vault> vault) {
        mainWindow = std::make_unique<carnet::MainWindow>(std::move(vault));
        QObject::connect(mainWindow.get(), &carnet::MainWindow::lockRequested, [&](const QString& reason) {
            mainWindow.release()->deleteLater();
            start.setLockReason(reason);
            start.show();
        });
        start.hide();
        mainWindow->show();
    });
    start.show();
    return app.exec();
}
