#include "ShareChoosePage.h"

#include "DialogSeams.h"
#include "JournalRepository.h"
#include "OptionalDateField.h"
#include "RecordError.h"
#include "ShareDraft.h"
#include "ShareEntryChoiceModel.h"
#include "ShareError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace carnet {

namespace {

constexpr int SearchDelayMs = 250;

} // namespace

ShareChoosePage::ShareChoosePage(Database& db, ShareDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_db(db)
    , m_model(new ShareEntryChoiceModel(db, this))
    , m_from(new OptionalDateField(tr("&From"), tr("Entries from"), this))
    , m_to(new OptionalDateField(tr("T&o"), tr("Entries up to"), this))
    , m_tag(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_list(new QTreeView(this))
    , m_listHint(new QLabel(this))
    , m_selectAll(new QPushButton(tr("Select &all shown"), this))
    , m_clear(new QPushButton(tr("C&lear"), this))
    , m_count(new QLabel(this))
    , m_medications(new QCheckBox(tr("&Medication list"), this))
    , m_insurance(new QCheckBox(tr("&Insurance plans"), this))
    , m_appointments(new QCheckBox(tr("A&ppointments"), this))
{
    setTitle(tr("Choose what to share"));
    setSubTitle(tr("Tick the journal entries to share, and add other records if the recipient needs them. Nothing "
                   "leaves before the preview."));

    m_from->setObjectName(QStringLiteral("shareFromDate"));
    m_to->setObjectName(QStringLiteral("shareToDate"));
    m_from->setDate(QDate(), QDate::currentDate().addMonths(-1));
    m_to->setDate(QDate(), QDate::currentDate());
    m_from->setToolTip(tr("Show only entries on or after this day"));
    m_to->setToolTip(tr("Show only entries on or before this day"));

    auto* tagLabel = new QLabel(tr("&Tag:"), this);
    tagLabel->setBuddy(m_tag);
    m_tag->setObjectName(QStringLiteral("shareTagFilter"));
    m_tag->setAccessibleName(tr("Show entries with tag"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("shareSearch"));
    m_search->setAccessibleName(tr("Search the journal"));
    m_search->setPlaceholderText(tr("Words in the title, text or tags"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);

    m_list->setObjectName(QStringLiteral("shareEntryList"));
    m_list->setAccessibleName(tr("Journal entries to share"));
    m_list->setAccessibleDescription(tr("Space ticks or unticks the entry"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setAccessibleName(tr("Columns of the entry list"));
    m_list->header()->setSectionResizeMode(ShareEntryChoiceModel::DateColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ShareEntryChoiceModel::TitleColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ShareEntryChoiceModel::TagsColumn, QHeaderView::ResizeToContents);

    m_listHint->setObjectName(QStringLiteral("shareEntryListHint"));
    m_listHint->setWordWrap(true);
    m_listHint->setForegroundRole(QPalette::PlaceholderText);

    m_selectAll->setObjectName(QStringLiteral("shareSelectAllShown"));
    m_selectAll->setAccessibleName(tr("Select all entries shown"));
    m_selectAll->setToolTip(tr("Tick every entry that matches the dates, tag and search, including those further "
                               "down the list"));
    m_selectAll->setAutoDefault(false);
    m_clear->setObjectName(QStringLiteral("shareClearChoice"));
    m_clear->setAccessibleName(tr("Untick all entries"));
    m_clear->setToolTip(tr("Untick every entry, shown or not"));
    m_clear->setAutoDefault(false);
    m_count->setObjectName(QStringLiteral("shareChosenCount"));
    m_count->setAccessibleName(tr("Entries chosen"));

    m_medications->setObjectName(QStringLiteral("shareMedications"));
    m_medications->setAccessibleName(tr("Share the medication list"));
    m_medications->setToolTip(tr("Current and past medications, with doses and schedules"));
    m_insurance->setObjectName(QStringLiteral("shareInsurance"));
    m_insurance->setAccessibleName(tr("Share the insurance plans"));
    m_insurance->setToolTip(tr("Every insurance plan, with member and group numbers"));
    m_appointments->setObjectName(QStringLiteral("shareAppointments"));
    m_appointments->setAccessibleName(tr("Share the appointments"));
    m_appointments->setToolTip(tr("Every appointment, past and upcoming"));

    auto* filters = new QGridLayout;
    filters->addWidget(m_from, 0, 0, 1, 2);
    filters->addWidget(m_to, 0, 2, 1, 2);
    filters->addWidget(tagLabel, 1, 0);
    filters->addWidget(m_tag, 1, 1);
    filters->addWidget(searchLabel, 1, 2);
    filters->addWidget(m_search, 1, 3);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 2);

    auto* choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_selectAll);
    choiceRow->addWidget(m_clear);
    choiceRow->addStretch(1);
    choiceRow->addWidget(m_count);

    auto* others = new QGroupBox(tr("Also share"), this);
    auto* othersLayout = new QHBoxLayout(others);
    othersLayout->addWidget(m_medications);
    othersLayout->addWidget(m_insurance);
    othersLayout->addWidget(m_appointments);
    othersLayout->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_listHint);
    layout->addLayout(choiceRow);
    layout->addWidget(others);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_tag);
    setTabOrder(m_tag, m_search);
    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_selectAll);
    setTabOrder(m_selectAll, m_clear);
    setTabOrder(m_clear, m_medications);
    setTabOrder(m_medications, m_insurance);
    setTabOrder(m_insurance, m_appointments);

    connect(m_from, &OptionalDateField::changed, this, &ShareChoosePage::applyDates);
    connect(m_to, &OptionalDateField::changed, this, &ShareChoosePage::applyDates);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &ShareChoosePage::applyTag);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ShareChoosePage::applySearch);
    connect(m_searchTimer, &QTimer::timeout, this, &ShareChoosePage::applySearch);
    connect(m_selectAll, &QPushButton::clicked, m_model, &ShareEntryChoiceModel::checkAllShown);
    connect(m_clear, &QPushButton::clicked, m_model, &ShareEntryChoiceModel::uncheckAll);
    connect(m_model, &ShareEntryChoiceModel::checkedChanged, this, &ShareChoosePage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ShareChoosePage::updateHint);
    for (QCheckBox* box : {m_medications, m_insurance, m_appointments})
        connect(box, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    // Space ticks the entry only when the current cell is the one with the check box.
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (current.isValid() && current.column() != ShareEntryChoiceModel::DateColumn)
            m_list->setCurrentIndex(current.siblingAtColumn(ShareEntryChoiceModel::DateColumn));
    });

    fillTags();
    updateCount();
    updateHint();
}

void ShareChoosePage::preselectEntries(const std::vector<std::int64_t>& ids)
{
    m_model->setChecked(ids, true);
}

void ShareChoosePage::fillTags()
{
    std::vector<JournalRepository::TagCount> tags;
    try {
        tags = JournalRepository(m_db).allTags();
    } catch (const RecordError& error) {
        MessageBoxSeam::warning(this, tr("Share"), error.message());
    }
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const JournalRepository::TagCount& tag : tags)
        m_tag->addItem(tr("#%1 (%2)").arg(tag.tag).arg(tag.count), tag.tag);
    m_tag->setEnabled(!tags.empty());
}

void ShareChoosePage::applyDates()
{
    m_model->setDateRange(m_from->date(), m_to->date());
}

void ShareChoosePage::applyTag()
{
    m_model->setTag(m_tag->currentData().toString());
}

void ShareChoosePage::applySearch()
{
    m_searchTimer->stop();
    if (m_search->text() != m_model->searchText())
        m_model->setSearchText(m_search->text());
}

void ShareChoosePage::updateCount()
{
    m_count->setText(tr("Entries chosen: %1").arg(m_model->checkedCount()));
    emit completeChanged();
}

void ShareChoosePage::updateHint()
{
    QString hint;
    if (!m_model->lastError().isEmpty())
        hint = m_model->lastError();
    else if (m_model->shownCount() == 0 && m_model->tag().isEmpty() && m_model->searchText().trimmed().isEmpty()
             && !m_model->fromDate().isValid() && !m_model->toDate().isValid())
        hint = tr("The journal is empty. You can still share the medication list, insurance plans or appointments.");
    else if (m_model->shownCount() == 0)
        hint = tr("No entry matches these dates, tag and words. Entries ticked before stay ticked.");
    m_listHint->setText(hint);
    m_listHint->setVisible(!hint.isEmpty());
    m_selectAll->setEnabled(m_model->shownCount() > 0);
}

bool ShareChoosePage::isComplete() const
{
    return m_model->checkedCount() > 0 || m_medications->isChecked() || m_insurance->isChecked()
        || m_appointments->isChecked();
}

bool ShareChoosePage::validatePage()
{
    ShareSelection selection;
    selection.entryIds = m_model->checkedIds();
    selection.medications = m_medications->isChecked();
    selection.insurance = m_insurance->isChecked();
    selection.appointments = m_appointments->isChecked();
    m_draft.setSelection(selection);
    try {
        m_draft.collect();
    } catch (const ShareError& error) {
        MessageBoxSeam::warning(this, tr("Share"), error.message());
        return false;
    } catch (const RecordError& error) {
        // An entry deleted since the list was read: untick it and show the list as it is now.
        const JournalRepository journal(m_db);
        std::vector<std::int64_t> gone;
        for (const std::int64_t id : selection.entryIds) {
            try {
                journal.get(id);
            } catch (const RecordError&) {
                gone.push_back(id);
            }
        }
        m_model->setChecked(gone, false);
        m_model->reload();
        MessageBoxSeam::warning(
            this, tr("Share"),
            tr("%1\n\nEntries deleted meanwhile were unticked; check the choice and go on.").arg(error.message()));
        return false;
    }
    return true;
}

} // namespace carnet
