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
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Without a locale (LANG unset, "C") dates and times would be shown the POSIX way, with seconds; English with
    // 24-hour times reads better. A chosen language also formats dates and numbers its own way.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English)
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
