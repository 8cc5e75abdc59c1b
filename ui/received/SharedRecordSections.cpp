#include "SharedRecordSections.h"

#include "InsurancePlan.h"
#include "JournalMarkdownView.h"
#include "ShareView.h"

#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace carnet {

namespace {

QString dateText(const QDate& day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

QString timeText(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QTableWidget* makeTable(const QStringList& headers, const QString& accessibleName, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(accessibleName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(static_cast<int>(headers.size()) - 1, QHeaderView::Stretch);
    return table;
}

void appendRow(QTableWidget* table, const QStringList& cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells[column]);
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled); // never editable
        item->setToolTip(cells[column]);
        table->setItem(row, column, item);
    }
}

QString medicationStatus(const QString& status)
{
    if (status == QLatin1String("active"))
        return SharedRecordSections::tr("Active");
    if (status == QLatin1String("stopped"))
        return SharedRecordSections::tr("Stopped");
    if (status == QLatin1String("completed"))
        return SharedRecordSections::tr("Completed");
    if (status == QLatin1String("on-hold"))
        return SharedRecordSections::tr("On hold");
    if (status == QLatin1String("intended"))
        return SharedRecordSections::tr("Intended");
    return status;
}

QString appointmentStatus(const QString& status)
{
    if (status == QLatin1String("booked"))
        return SharedRecordSections::tr("Booked");
    if (status == QLatin1String("cancelled"))
        return SharedRecordSections::tr("Cancelled");
    return status;
}

} // namespace

SharedRecordSections::SharedRecordSections(QWidget* parent)
    : QTabWidget(parent)
    , m_journalTab(new QWidget(this))
    , m_entries(new QTreeWidget(m_journalTab))
    , m_heading(new QLabel(m_journalTab))
    , m_entryMeta(new QLabel(m_journalTab))
    , m_body(new JournalMarkdownView(m_journalTab))
    , m_medications(makeTable({tr("Medication"), tr("Dosage"), tr("Route"), tr("Status"), tr("Started"), tr("Ended"),
                               tr("Reason"), tr("Note")},
                              tr("Shared medications"), this))
    , m_insurance(makeTable({tr("Payer"), tr("Plan"), tr("Type"), tr("Member ID"), tr("Group"), tr("Subscriber"),
                             tr("Relationship"), tr("From"), tr("Until")},
                            tr("Shared insurance plans"), this))
    , m_appointments(
          makeTable({tr("Starts"), tr("Ends"), tr("Appointment"), tr("With"), tr("Where"), tr("Status"), tr("Comment")},
                    tr("Shared appointments"), this))
    , m_nothing(new QLabel(tr("This share holds no records."), this))
{
    setAccessibleName(tr("Shared records"));
    setDocumentMode(true);

    // Tags are shown with the selected entry, so the title keeps the room.
    m_entries->setColumnCount(2);
    m_entries->setHeaderLabels({tr("Date"), tr("Title")});
    m_entries->setAccessibleName(tr("Shared journal entries"));
    m_entries->setRootIsDecorated(false);
    m_entries->setUniformRowHeights(true);
    m_entries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entries->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_entries->header()->setStretchLastSection(true);

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    // Titles come from someone else's vault: shown as plain text, never as markup.
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_entryMeta->setTextFormat(Qt::PlainText);
    m_entryMeta->setWordWrap(true);
    m_entryMeta->setForegroundRole(QPalette::PlaceholderText);
    m_body->setAccessibleName(tr("Shared journal entry text"));

    auto* detail = new QWidget(m_journalTab);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_heading);
    detailLayout->addWidget(m_entryMeta);
    detailLayout->addWidget(m_body, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, m_journalTab);
    splitter->addWidget(m_entries);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* journalLayout = new QVBoxLayout(m_journalTab);
    journalLayout->setContentsMargins(0, 0, 0, 0);
    journalLayout->addWidget(splitter);

    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->setWordWrap(true);

    connect(m_entries, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { showEntry(item ? m_entries->indexOfTopLevelItem(item) : -1); });
    clearView();
}

void SharedRecordSections::clearView()
{
    clear();
    m_entries->clear();
    m_entryTexts.clear();
    showEntry(-1);
    for (QTableWidget* table : {m_medications, m_insurance, m_appointments})
        table->setRowCount(0);
    m_journalTab->hide();
    m_medications->hide();
    m_insurance->hide();
    m_appointments->hide();
    m_nothing->hide();
}

void SharedRecordSections::showView(const ShareView& view)
{
    clearView();
    for (const ShareView::Entry& entry : view.entries) {
        const QString tags = entry.tags.join(QStringLiteral(", "));
        QString meta = timeText(entry.date);
        if (!tags.isEmpty())
            meta += QStringLiteral("  ·  ") + tr("Tags: %1").arg(tags);
        m_entryTexts.push_back({entry.title, meta, entry.body});
    }
    // The texts first: the tree makes its first item current as soon as it is added.
    for (const ShareView::Entry& entry : view.entries) {
        auto* item = new QTreeWidgetItem(m_entries, {timeText(entry.date), entry.title});
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        item->setToolTip(1, entry.title);
    }
    if (!view.entries.empty()) {
        addTab(m_journalTab, QIcon(QStringLiteral(":/icons/journal.svg")),
               tr("Journal entries (%1)").arg(view.entries.size()));
        m_entries->setCurrentItem(m_entries->topLevelItem(0));
        showEntry(0);
    }

    if (view.hasMedicationSection) {
        for (const ShareView::Medication& m : view.medications)
            appendRow(m_medications,
                      {m.name, m.dosage, m.route, medicationStatus(m.status), dateText(m.start), dateText(m.end),
                       m.reason, m.note});
        addTab(m_medications, QIcon(QStringLiteral(":/icons/medication.svg")),
               tr("Medications (%1)").arg(view.medications.size()));
    }
    if (view.hasCoverageSection) {
        for (const ShareView::Coverage& c : view.coverages)
            appendRow(m_insurance,
                      {c.payer, c.plan, InsurancePlan::typeLabel(c.type), c.memberId, c.groupNumber, c.subscriber,
                       InsurancePlan::relationshipLabel(c.relationship), dateText(c.start), dateText(c.end)});
        addTab(m_insurance, QIcon(QStringLiteral(":/icons/insurance.svg")),
               tr("Insurance (%1)").arg(view.coverages.size()));
    }
    if (view.hasAppointmentSection) {
        for (const ShareView::Appointment& a : view.appointments)
            appendRow(m_appointments,
                      {timeText(a.start), timeText(a.end), a.description, a.provider, a.place,
                       appointmentStatus(a.status), a.comment});
        addTab(m_appointments, QIcon(QStringLiteral(":/icons/calendar.svg")),
               tr("Appointments (%1)").arg(view.appointments.size()));
    }
    if (count() == 0)
        addTab(m_nothing, tr("Records"));
    setCurrentIndex(0);
}

QStringList SharedRecordSections::sectionTitles() const
{
    QStringList titles;
    for (int i = 0; i < count(); ++i)
        titles << tabText(i);
    return titles;
}

void SharedRecordSections::showEntry(int index)
{
    if (index < 0 || index >= static_cast<int>(m_entryTexts.size())) {
        m_heading->clear();
        m_entryMeta->clear();
        m_body->setMarkdownText({});
        return;
    }
    const EntryText& entry = m_entryTexts[static_cast<size_t>(index)];
    m_heading->setText(entry.title);
    m_entryMeta->setText(entry.meta);
    m_body->setMarkdownText(entry.body);
}

} // namespace carnet
