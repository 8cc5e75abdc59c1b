#include "ShareSummaryPage.h"

#include <QLocale>

namespace carnet {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString utcText(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

QString dateText(const QDate& day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QString row(const QStringList& cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString out = QStringLiteral("<tr>");
    for (const QString& cell : cells)
        out += QStringLiteral("<%1>%2</%1>").arg(tag, esc(cell));
    return out + QStringLiteral("</tr>\n");
}

const char* const Style = "body{font-family:sans-serif;max-width:50em;margin:2em auto;padding:0 1em;line-height:1.45;"
                          "color:#222}"
                          "h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:2em}"
                          ".meta{color:#555;font-size:.9em}"
                          "article{border:1px solid #ddd;border-radius:4px;padding:.5em 1em;margin:1em 0}"
                          "article h3{margin:.2em 0}"
                          ".body{white-space:pre-wrap;font-family:inherit;margin:.5em 0}"
                          ".tag{display:inline-block;background:#eef;border-radius:3px;padding:0 .4em;margin-right:.3em}"
                          "table{border-collapse:collapse;width:100%}"
                          "th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}"
                          "code{word-break:break-all}";

} // namespace

QByteArray ShareSummaryPage::render(const ShareView& view, const ShareManifest& manifest)
{
    QString html;
    const QString who = view.patientName.isEmpty() ? tr("a patient") : view.patientName;
    const QString title = tr("Health record shared by %1").arg(who);
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                .arg(esc(QLocale::languageToCode(QLocale().language()))); // the language only, not the region
    html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                           "style-src 'unsafe-inline'\">\n");
    html += QStringLiteral("<meta name=\"referrer\" content=\"no-referrer\">\n");
    html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
                .arg(esc(title), QString::fromLatin1(Style));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));

    QStringList facts;
    if (view.patientBirthDate.isValid())
        facts << tr("Born %1").arg(dateText(view.patientBirthDate));
    if (!view.patientGender.isEmpty())
        facts << tr("Gender: %1").arg(view.patientGender);
    facts << tr("Exported %1").arg(utcText(manifest.created));
    facts << tr("Shared records: %1").arg(manifest.itemCount);
    html += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(facts.join(QStringLiteral(" · "))));
    html += QStringLiteral("<p class=\"meta\">%1 <code>%2</code><br>%3 <code>%4</code></p>\n")
                .arg(esc(tr("Signed by the vault key with fingerprint")), esc(manifest.signerFingerprint),
                     esc(tr("Export id")), esc(manifest.exportId));
    html += QStringLiteral("<p class=\"meta\">%1</p>\n")
                .arg(esc(tr("This page is a copy for reading. The signed record is bundle.json; README.txt says how "
                            "to check its signature.")));

    if (!view.entries.empty()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Journal entries (%1)").arg(view.entries.size())));
        for (const ShareView::Entry& entry : view.entries) {
            html += QStringLiteral("<article>\n<h3>%1</h3>\n<p class=\"meta\">%2")
                        .arg(esc(entry.title.isEmpty() ? tr("(untitled)") : entry.title), esc(utcText(entry.date)));
            for (const QString& tag : entry.tags)
                html += QStringLiteral(" <span class=\"tag\">%1</span>").arg(esc(tag));
            html += QStringLiteral("</p>\n<div class=\"body\">%1</div>\n</article>\n").arg(esc(entry.body));
        }
    }
    if (view.hasMedicationSection) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Medications (%1)").arg(view.medications.size())));
        if (view.medications.empty()) {
            html += QStringLiteral("<p>%1</p>\n").arg(esc(tr("None recorded.")));
        } else {
            html += QStringLiteral("<table>\n");
            html += row({tr("Medication"), tr("Dose and schedule"), tr("Route"), tr("Status"), tr("Started"),
                         tr("Stopped"), tr("Reason"), tr("Notes")},
                        true);
            for (const ShareView::Medication& m : view.medications)
                html += row({m.name, m.dosage, m.route, m.status, dateText(m.start), dateText(m.end), m.reason, m.note});
            html += QStringLiteral("</table>\n");
        }
    }
    if (view.hasCoverageSection) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Insurance (%1)").arg(view.coverages.size())));
        if (view.coverages.empty()) {
            html += QStringLiteral("<p>%1</p>\n").arg(esc(tr("None recorded.")));
        } else {
            html += QStringLiteral("<table>\n");
            html += row({tr("Payer"), tr("Plan"), tr("Type"), tr("Member id"), tr("Group"), tr("Subscriber"),
                         tr("Relationship"), tr("From"), tr("To")},
                        true);
            for (const ShareView::Coverage& c : view.coverages)
                html += row({c.payer, c.plan, c.type, c.memberId, c.groupNumber, c.subscriber, c.relationship,
                             dateText(c.start), dateText(c.end)});
            html += QStringLiteral("</table>\n");
        }
    }
    if (view.hasAppointmentSection) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Appointments (%1)").arg(view.appointments.size())));
        if (view.appointments.empty()) {
            html += QStringLiteral("<p>%1</p>\n").arg(esc(tr("None recorded.")));
        } else {
            html += QStringLiteral("<table>\n");
            html += row({tr("Start"), tr("End"), tr("What"), tr("With"), tr("Where"), tr("Status"), tr("Notes")}, true);
            for (const ShareView::Appointment& a : view.appointments)
                html += row({utcText(a.start), utcText(a.end), a.description, a.provider, a.place, a.status, a.comment});
            html += QStringLiteral("</table>\n");
        }
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace carnet
