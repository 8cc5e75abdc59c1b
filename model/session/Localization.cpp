#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

// Translations compiled into the static model library register only when asked from the global namespace.
static void initCarnetTranslations()
{
    Q_INIT_RESOURCE(carnet_model_translations);
}

namespace carnet {

QStringList Localization::availableLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")};
}

QString Localization::install(const QString& language)
{
    initCarnetTranslations();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QStringLiteral("en");
    auto* carnet = new QTranslator(QCoreApplication::instance());
    if (!carnet->load(locale, QStringLiteral("carnet"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete carnet;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(carnet);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace carnet
