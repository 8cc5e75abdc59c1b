#include "TodayPage.h"

#include "AppointmentRepository.h"
#include "Clock.h"
#include "DialogSeams.h"
#include "DueDoseModel.h"
#include "MedicationRepository.h"
#include "OptionalDateField.h"
#include "ProfileRepository.h"
#include "RecordError.h"
#include "RecordStore.h"
#include "RecordTimeline.h"
#include "Vault.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace carnet {

namespace {

constexpr int UpcomingDays = 14;
constexpr int RefillDays = 7;
constexpr int RecentItems = 12;
constexpr int KindRole = Qt::UserRole + 1;

QGroupBox* section(const QString& title, QWidget* content, QWidget* parent, QWidget* extra = nullptr)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    if (extra)
        layout->addWidget(extra);
    return box;
}

QListWidget* makeList(const QString& name, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setAccessibleName(name);
    list->setWordWrap(true);
    list->setUniformItemSizes(false);
    list->setAlternatingRowColors(true);
    return list;
}

void addLine(QListWidget* list, const QString& text, const QString& kind, const QString& tooltip = {})
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(KindRole, kind);
    item->setToolTip(tooltip.isEmpty() ? text : tooltip);
}

void addPlaceholder(QListWidget* list, const QString& text)
{
    auto* item = new QListWidgetItem(text, list);
    item->setFlags(Qt::NoItemFlags);
}

} // namespace

TodayPage::TodayPage(Vault& vault, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_clock(clock)
    , m_meds(std::make_unique<MedicationRepository>(vault.database(), clock))
    , m_doseModel(new DueDoseModel(*m_meds, {}, this))
    , m_greeting(new QLabel(this))
    , m_doses(new QTableView(this))
    , m_take(new QPushButton(tr("&Take"), this))
    , m_skip(new QPushButton(tr("S&kip"), this))
    , m_upcoming(makeList(tr("Upcoming appointments"), this))
    , m_refills(makeList(tr("Refills running low"), this))
    , m_recent(makeList(tr("Recent activity"), this))
{
    QFont big = m_greeting->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_greeting->setFont(big);
    m_greeting->setAccessibleName(tr("Today"));

    m_doses->setModel(m_doseModel);
    m_doses->setAccessibleName(tr("Doses due today"));
    m_doses->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_doses->setSelectionMode(QAbstractItemView::SingleSelection);
    m_doses->verticalHeader()->hide();
    m_doses->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_doses->horizontalHeader()->setSectionResizeMode(DueDoseModel::MedicationColumn, QHeaderView::Stretch);
    m_doses->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_take->setIcon(QIcon(QStringLiteral(":/icons/medications-take.svg")));
    m_skip->setIcon(QIcon(QStringLiteral(":/icons/medications-skip.svg")));
    m_take->setAccessibleName(tr("Take the selected dose"));
    m_skip->setAccessibleName(tr("Skip the selected dose"));
    m_take->setToolTip(tr("Record the selected dose as taken now"));
    m_skip->setToolTip(tr("Record the selected dose as skipped"));
    auto* buttons = new QWidget(this);
    auto* buttonRow = new QHBoxLayout(buttons);
    buttonRow->setContentsMargins(0, 0, 0, 0);
    buttonRow->addWidget(m_take);
    buttonRow->addWidget(m_skip);
    buttonRow->addStretch();

    auto* grid = new QGridLayout;
    grid->addWidget(section(tr("Doses due today"), m_doses, this, buttons), 0, 0);
    grid->addWidget(section(tr("Next two weeks"), m_upcoming, this), 0, 1);
    grid->addWidget(section(tr("Refills running low"), m_refills, this), 1, 0);
    grid->addWidget(section(tr("Recent"), m_recent, this), 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_greeting);
    layout->addLayout(grid, 1);

    connect(m_take, &QPushButton::clicked, this, &TodayPage::takeSelectedDose);
    connect(m_skip, &QPushButton::clicked, this, &TodayPage::skipSelectedDose);
    connect(m_doses->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TodayPage::updateDoseButtons);
    connect(m_doseModel, &QAbstractItemModel::modelReset, this, &TodayPage::updateDoseButtons);
    connect(m_doseModel, &QAbstractItemModel::dataChanged, this, &TodayPage::updateDoseButtons);
    for (QListWidget* list : {m_upcoming, m_refills, m_recent}) {
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            const QString kind = item->data(KindRole).toString();
            if (!kind.isEmpty())
                emit sectionRequested(kind);
        });
    }
    reload();
}

TodayPage::~TodayPage() = default;

void TodayPage::showEvent(QShowEvent* event)
{
    // Other sections change the record while this page is hidden.
    reload();
    QWidget::showEvent(event);
}

void TodayPage::reload()
{
    const QDate today = m_clock.now().toLocalTime().date();
    const QString name = ProfileRepository(m_vault.database()).get().preferredName;
    m_greeting->setText(name.isEmpty() ? QLocale().toString(today, QLocale::LongFormat)
                                       : tr("%1 — %2").arg(name, QLocale().toString(today, QLocale::LongFormat)));
    m_doseModel->setDay(today);
    m_doseModel->reload();
    selectFirstPendingDose();
    fillUpcoming();
    fillRefills();
    fillRecent();
    updateDoseButtons();
}

void TodayPage::selectFirstPendingDose()
{
    if (!m_doses->selectionModel()->selectedRows().isEmpty())
        return;
    for (int row = 0; row < m_doseModel->rowCount(); ++row) {
        if (m_doseModel->dose(row).status == DueDose::Status::Pending) {
            m_doses->selectRow(row);
            return;
        }
    }
}

void TodayPage::updateDoseButtons()
{
    const QModelIndexList rows = m_doses->selectionModel()->selectedRows();
    const bool pending = !rows.isEmpty()
                         && m_doseModel->dose(rows.first().row()).status == DueDose::Status::Pending;
    m_take->setEnabled(pending);
    m_skip->setEnabled(pending);
}

void TodayPage::takeSelectedDose()
{
    recordSelectedDose(true);
}

void TodayPage::skipSelectedDose()
{
    recordSelectedDose(false);
}

void TodayPage::recordSelectedDose(bool taken)
{
    const QModelIndexList rows = m_doses->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    try {
        if (taken)
            m_doseModel->take(rows.first().row(), m_clock.now());
        else
            m_doseModel->skip(rows.first().row());
    } catch (const RecordError& error) {
        MessageBoxSeam::warning(this, tr("Dose not recorded"), error.message());
    }
    fillRecent();
    updateDoseButtons();
}

void TodayPage::fillUpcoming()
{
    m_upcoming->clear();
    const QDateTime now = m_clock.now();
    const QDateTime until = now.addDays(UpcomingDays);
    for (const Occurrence& o : AppointmentRepository(m_vault.database()).upcoming(now, 20)) {
        if (o.start > until)
            break;
        const QString when = OptionalDateField::dateTimeText(o.localStart());
        const QString where = o.place.isEmpty() ? o.provider : o.place;
        addLine(m_upcoming, where.isEmpty() ? tr("%1 — %2").arg(when, o.title) : tr("%1 — %2 (%3)").arg(when, o.title, where),
                QLatin1String(RecordStore::Appointment));
    }
    if (m_upcoming->count() == 0)
        addPlaceholder(m_upcoming, tr("No appointments in the next two weeks."));
}

void TodayPage::fillRefills()
{
    m_refills->clear();
    const QDate today = m_clock.now().toLocalTime().date();
    for (const Medication& m : m_meds->refillsRunningLow(today, RefillDays)) {
        const QString text = m.nextRefillDate < today
                                 ? tr("%1: refill was due %2").arg(m.displayName(), QLocale().toString(m.nextRefillDate, QLocale::ShortFormat))
                                 : tr("%1: refill by %2").arg(m.displayName(), QLocale().toString(m.nextRefillDate, QLocale::ShortFormat));
        addLine(m_refills, m.refillsLeft ? tr("%1 — refills left: %2").arg(text).arg(*m.refillsLeft) : text,
                QLatin1String(RecordStore::Medication));
    }
    if (m_refills->count() == 0)
        addPlaceholder(m_refills, tr("No refill due in the next week."));
}

void TodayPage::fillRecent()
{
    m_recent->clear();
    for (const TimelineItem& item : RecordTimeline(m_vault.database(), m_clock).recent(RecentItems)) {
        const QString when = OptionalDateField::dateTimeText(item.at);
        addLine(m_recent, tr("%1 — %2").arg(when, item.title), item.kind,
                item.detail.isEmpty() ? item.title : item.title + QLatin1Char('\n') + item.detail);
    }
    if (m_recent->count() == 0)
        addPlaceholder(m_recent, tr("Nothing yet. Entries, doses and appointments will show here."));
}

} // namespace carnet
