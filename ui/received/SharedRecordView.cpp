#include "SharedRecordView.h"

#include "OpenedShare.h"
#include "SharedRecordSections.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace carnet {

namespace {

QString timeText(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QLabel* plainLabel(QWidget* parent, bool selectable = true)
{
    auto* label = new QLabel(parent);
    // Everything here comes from someone else's file or the care team: plain text, never markup or links.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (selectable)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

SharedRecordView::SharedRecordView(QWidget* parent)
    : QWidget(parent)
    , m_signer(plainLabel(this))
    , m_pinStatus(plainLabel(this, false))
    , m_fingerprint(plainLabel(this))
    , m_pinWarningText(plainLabel(this, false))
    , m_pinWarning(makeWarning(m_pinWarningText))
    , m_replayWarningText(plainLabel(this, false))
    , m_replayWarning(makeWarning(m_replayWarningText))
    , m_made(plainLabel(this))
    , m_patient(plainLabel(this))
    , m_sections(new SharedRecordSections(this))
{
    QFont strong = m_signer->font();
    strong.setBold(true);
    strong.setPointSizeF(strong.pointSizeF() * 1.15);
    m_signer->setFont(strong);
    m_signer->setAccessibleName(tr("Signed by"));
    m_pinStatus->setAccessibleName(tr("Whether the signer's key is pinned"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setAccessibleName(tr("Signer's fingerprint"));
    m_fingerprint->setToolTip(tr("Compare these groups with the ones the sender reads out to you, or with their "
                                 "care-team entry."));
    m_pinWarningText->setAccessibleName(tr("Signer not pinned"));
    m_pinWarningText->setText(tr("This signer's key is not pinned in your care team: compare the fingerprint with "
                                 "them before trusting it."));
    m_replayWarningText->setAccessibleName(tr("Opened before"));
    m_made->setAccessibleName(tr("When the share was made"));
    m_patient->setAccessibleName(tr("Patient"));
    QFont patientFont = m_patient->font();
    patientFont.setBold(true);
    m_patient->setFont(patientFont);

    m_pinStatus->setWordWrap(false);
    auto* signerRow = new QHBoxLayout;
    signerRow->addWidget(m_signer);
    signerRow->addSpacing(fontMetrics().averageCharWidth() * 2);
    signerRow->addWidget(m_pinStatus, 1);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Signed by:"), signerRow);
    form->addRow(tr("Fingerprint:"), m_fingerprint);
    form->addRow(tr("Made:"), m_made);
    form->addRow(tr("Patient:"), m_patient);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pinWarning);
    layout->addWidget(m_replayWarning);
    layout->addWidget(m_sections, 1);
    clearShare();
}

QFrame* SharedRecordView::makeWarning(QLabel* text)
{
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::AlternateBase);
    frame->setAutoFillBackground(true);
    auto* icon = new QLabel(frame);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this) / 2 + 8;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    QFont bold = text->font();
    bold.setBold(true);
    text->setFont(bold);
    text->setParent(frame);
    auto* row = new QHBoxLayout(frame);
    row->addWidget(icon);
    row->addWidget(text, 1);
    return frame;
}

void SharedRecordView::clearShare()
{
    m_signer->clear();
    m_pinStatus->clear();
    m_fingerprint->clear();
    m_made->clear();
    m_patient->clear();
    m_pinWarning->hide();
    m_replayWarning->hide();
    m_replayWarningText->clear();
    m_pinned = false;
    m_sections->clearView();
}

void SharedRecordView::showOpened(const OpenedShare& share)
{
    Header header;
    header.signerName = share.signerName;
    header.fingerprint = share.signerFingerprint;
    header.pinned = share.signerPinned;
    header.replayed = share.replayed;
    header.firstSeen = share.firstSeen;
    header.created = share.manifest.created;
    header.itemCount = share.manifest.itemCount;
    showHeader(header);
    showRecords(share.view);
}

void SharedRecordView::showKept(const ReceivedShareStore::Share& share)
{
    Header header;
    header.signerName = share.summary.signerName;
    header.fingerprint = share.summary.signerFingerprint;
    header.pinned = share.summary.signerPinned;
    header.created = share.summary.created;
    header.received = share.summary.receivedAt;
    header.itemCount = share.summary.itemCount;
    showHeader(header);
    showRecords(share.view);
}

void SharedRecordView::showRecords(const ShareView& view)
{
    QString patient = view.patientName.isEmpty() ? tr("(no name given)") : view.patientName;
    if (view.patientBirthDate.isValid())
        patient = tr("%1, born %2").arg(patient, QLocale().toString(view.patientBirthDate, QLocale::ShortFormat));
    m_patient->setText(patient);
    m_sections->showView(view);
}

void SharedRecordView::showHeader(const Header& header)
{
    m_pinned = header.pinned;
    if (header.signerName.isEmpty())
        m_signer->setText(header.pinned ? tr("The expected key") : tr("An unknown key"));
    else
        m_signer->setText(header.signerName);
    m_pinStatus->setText(header.pinned ? tr("✓ Pinned in your care team") : tr("Not pinned"));
    m_fingerprint->setText(fingerprintLines(header.fingerprint));
    m_pinWarning->setVisible(!header.pinned);

    m_replayWarningText->setText(
        header.replayed ? tr("You opened this share before, on %1. If you did not expect to see it again, someone may "
                             "be passing an old copy off as new.")
                              .arg(timeText(header.firstSeen))
                        : QString());
    m_replayWarning->setVisible(header.replayed);

    QString made = tr("%1 · %n record(s)", nullptr, header.itemCount).arg(timeText(header.created));
    if (header.received.isValid())
        made += QStringLiteral(" · ") + tr("kept on %1").arg(timeText(header.received));
    m_made->setText(made);
}

QString SharedRecordView::fingerprintLines(const QString& fingerprint)
{
    const QStringList groups = fingerprint.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (groups.size() <= 8)
        return groups.join(QLatin1Char(' '));
    return groups.mid(0, 8).join(QLatin1Char(' ')) + QLatin1Char('\n') + groups.mid(8).join(QLatin1Char(' '));
}

QString SharedRecordView::signerText() const
{
    return m_signer->text() + QStringLiteral(" — ") + m_pinStatus->text();
}

QString SharedRecordView::fingerprintText() const
{
    return m_fingerprint->text();
}

QString SharedRecordView::pinWarningText() const
{
    return m_pinWarning->isVisibleTo(this) ? m_pinWarningText->text() : QString();
}

QString SharedRecordView::replayWarningText() const
{
    return m_replayWarning->isVisibleTo(this) ? m_replayWarningText->text() : QString();
}

QString SharedRecordView::madeText() const
{
    return m_made->text();
}

QString SharedRecordView::patientText() const
{
    return m_patient->text();
}

} // namespace carnet
