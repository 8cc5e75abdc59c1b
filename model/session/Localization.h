#pragma once

#include <QString>
#include <QStringList>

namespace carnet {

// Loads Carnet's and Qt's translations for a language (empty: the system's), before any window is built.
class Localization
{
public:
    static QStringList availableLanguages(); // "de", "en", "es", "fr"
    // Returns the language actually installed ("en" when nothing matched).
    static QString install(const QString& language = {});
};

} // namespace carnet
