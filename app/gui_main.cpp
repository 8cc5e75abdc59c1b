// carnet: the desktop application. Thin: hardens the process, checks the crypto, hands over to AppController.
#include "AppController.h"
#include "Clock.h"
#include "CryptoSelfTest.h"
#include "DemoVault.h"
#include "Localization.h"
#include "MainWindow.h"
#include "RecentVaults.h"
#include "ProcessHardening.h"
#include "VaultLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

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
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open a demo vault of a synthetic patient, made in a temporary folder and "
                                        "deleted on exit."));
    parser.addOption(demoOption);
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "With --demo: save a PNG of each view into FOLDER, then quit."),
        QStringLiteral("FOLDER"));
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A shared record (.carnet-share) to open once the vault "
                                                                 "is unlocked."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    // The desktop file passes a double-clicked share as %f.
    const QStringList arguments = parser.positionalArguments();
    const QString shareFile = arguments.isEmpty() ? QString() : QFileInfo(arguments.first()).absoluteFilePath();

    const QString selfTest = carnet::CryptoSelfTest::run();
    if (!selfTest.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Carnet cannot start"),
                              QApplication::translate("main", "The cryptographic self-test failed (%1).").arg(selfTest));
        return 1;
    }

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/carnet.svg")));
    if (parser.isSet(demoOption)) {
        // The demo lives in its own temporary folder, never in the recent-vaults list or QSettings.
        QTemporaryDir demoRoot;
        const QString demoFolder = demoRoot.filePath(QStringLiteral("demo-vault"));
        std::shared_ptr<carnet::Vault> demo;
        try {
            demo = carnet::DemoVault::create(demoFolder, carnet::Clock::system());
        } catch (const std::exception& error) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Carnet cannot start"),
                                  QApplication::translate("main", "The demo vault could not be made: %1")
                                      .arg(QString::fromLocal8Bit(error.what())));
            return 1;
        }
        carnet::AppController controller(demoFolder);
        controller.setUnlockHint(QApplication::translate("main", "This is the demo vault; its passphrase is \"%1\".")
                                     .arg(QString::fromLatin1(carnet::DemoVault::Passphrase)));
        if (!shareFile.isEmpty())
            controller.openShareAfterUnlock(shareFile);
        controller.openUnlocked(std::move(demo));
        if (parser.isSet(screenshotOption)) {
            QDir().mkpath(parser.value(screenshotOption));
            controller.mainWindow()->resize(1100, 720);
            // Let the window be laid out and painted once before grabbing it.
            QTimer::singleShot(500, &controller, [&] {
                const QStringList files = controller.mainWindow()->saveScreenshots(parser.value(screenshotOption));
                QTextStream(stdout) << files.join(QLatin1Char('\n')) << '\n';
                controller.lockForQuit();
                QApplication::exit(files.isEmpty() ? 1 : 0);
            });
        }
        return app.exec();
    }

    QString folder = parser.value(vaultOption);
    if (folder.isEmpty())
        folder = carnet::RecentVaults::last();
    if (folder.isEmpty())
        folder = carnet::VaultLocation::defaultFolder();
    carnet::AppController controller(folder);
    if (!shareFile.isEmpty())
        controller.openShareAfterUnlock(shareFile);
    controller.start();
    return app.exec();
}
