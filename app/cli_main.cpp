// carnet-cli: the command-line front end. Thin: hardens the process, checks the crypto, hands over to CliApplication.
#include "CliApplication.h"
#include "CryptoSelfTest.h"
#include "Localization.h"
#include "ProcessHardening.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    carnet::ProcessHardening::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carnet"));
    QCoreApplication::setOrganizationName(QStringLiteral("Carnet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARNET_VERSION));
    carnet::Localization::install();

    const QString selfTest = carnet::CryptoSelfTest::run();
    if (!selfTest.isEmpty()) {
        std::fprintf(stderr, "carnet-cli: cryptographic self-test failed (%s); refusing to run\n",
                     selfTest.toLocal8Bit().constData());
        return 1;
    }
    return carnet::cli::CliApplication().run(QCoreApplication::arguments());
}
