#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace carnet {

// Accent colours and small status glyphs for the medications views, derived from the palette so they keep their
// contrast in light and dark themes. Colour is never the only cue: every use comes with a word or a glyph.
class MedicationStatusColours
{
public:
    enum class Glyph { Pending, Taken, Late, Skipped, Overdue, RefillSoon };

    // A red-orange that reads on the palette's base colour (text that needs attention).
    static QColor attention(const QPalette& palette);
    // A green that reads on the palette's base colour (done as planned).
    static QColor done(const QPalette& palette);
    // A glyph drawn in palette colours: a check for taken, a clock for late, a dash for skipped, an exclamation mark
    // for overdue, an empty ring for pending, a bottle for a refill coming up.
    static QIcon glyph(Glyph glyph, const QPalette& palette, int size);
};

} // namespace carnet
