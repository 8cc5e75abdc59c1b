#include "MedicationDetailsView.h"

#include "OptionalDateField.h"

#include <QLabel>
#include <QLocale>
#include <QTextDocumentFragment>

namespace carnet {

namespace {

QString row(const QString& label, const QString& value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
}

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

MedicationDetailsView::MedicationDetailsView(QWidget* parent)
    : QScrollArea(parent)
    , m_label(new QLabel(this))
{
    setAccessibleName(tr("Medication details"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_label->setMargin(4);
    setWidget(m_label);
}

void MedicationDetailsView::showMedication(const Medication& m, const std::vector<DoseEvent>& recentDoses,
                                           bool refillSoon)
{
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(m.displayName().toHtmlEscaped());
    QStringList how;
    if (!m.doseText().isEmpty())
        how << m.doseText();
    if (!m.form.isEmpty())
        how << Medication::formLabel(m.form);
    if (!m.route.isEmpty())
        how << Medication::routeLabel(m.route);
    html += row(tr("Dose"), how.join(QLatin1String(", ")));
    html += row(tr("Schedule"), m.schedule.describe());
    html += row(tr("Reason"), m.reason);
    html += row(tr("Prescriber"), m.prescriber);
    html += row(tr("Pharmacy"), m.pharmacy);
    html += row(tr("Started"), dateText(m.startDate));
    if (m.stopDate.isValid()) {
        html += row(tr("Stopped"), m.stopReason.isEmpty() ? dateText(m.stopDate)
                                                          : tr("%1 (%2)").arg(dateText(m.stopDate), m.stopReason));
    }
    if (m.refillsLeft)
        html += row(tr("Refills left"), QLocale().toString(*m.refillsLeft));
    if (m.nextRefillDate.isValid()) {
        html += row(tr("Next refill"), refillSoon ? tr("%1 · refill soon").arg(dateText(m.nextRefillDate))
                                                  : dateText(m.nextRefillDate));
    }
    html += row(tr("Notes"), m.notes);
    html += QStringLiteral("</table>");
    if (!recentDoses.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul style='margin-left:0'>").arg(tr("Last doses").toHtmlEscaped());
        for (const DoseEvent& dose : recentDoses) {
            QString line = tr("%1: %2").arg(OptionalDateField::dateTimeText(dose.recordedAt),
                                            DoseEvent::statusLabel(dose.status));
            if (!dose.scheduledFor.isValid())
                line = tr("%1 (extra dose)").arg(line);
            if (!dose.note.isEmpty())
                line = tr("%1 — %2").arg(line, dose.note);
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    m_label->setText(html);
    setAccessibleDescription(text());
}

void MedicationDetailsView::showHint(const QString& hint)
{
    m_label->setText(QStringLiteral("<p>%1</p>").arg(hint.toHtmlEscaped()));
    setAccessibleDescription(hint);
}

QString MedicationDetailsView::text() const
{
    return QTextDocumentFragment::fromHtml(m_label->text()).toPlainText();
}

} // namespace carnet
