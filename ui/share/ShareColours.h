#pragma once

#include <QColor>
#include <QPalette>

namespace carnet {

// The share wizard's accents, derived from the palette so they read in light and dark themes alike.
class ShareColours
{
public:
    // Behind an identifier found in the text: the selection colour, toned down towards the base.
    static QColor identifierBackground(const QPalette& palette);
    // Text of a warning or a refused input (a bad key, a wrong passphrase, an unpinned key).
    static QColor warningText(const QPalette& palette);
    // The page behind the preview of summary.html, whose own style sets dark text: the base when it is light,
    // else a light tone of its hue, so the summary reads as the recipient's browser will show it.
    static QColor paper(const QPalette& palette);
    static QColor blend(const QColor& from, const QColor& to, double amount);
};

} // namespace carnet
