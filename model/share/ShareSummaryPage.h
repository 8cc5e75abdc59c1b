#pragma once

#include "ShareManifest.h"
#include "ShareView.h"

#include <QByteArray>
#include <QCoreApplication>

namespace carnet {

// summary.html: the share as one self-contained page a provider can read in any browser, without Carnet. Every
// value is HTML-escaped; no script, no external resource (a Content-Security-Policy forbids them as well).
class ShareSummaryPage
{
    Q_DECLARE_TR_FUNCTIONS(ShareSummaryPage)

public:
    // Rendered from the view read back from bundle.json, so the page shows exactly what the bundle holds.
    static QByteArray render(const ShareView& view, const ShareManifest& manifest);
};

} // namespace carnet
