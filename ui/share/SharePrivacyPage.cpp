#include "SharePrivacyPage.h"

#include "IdentifierScanner.h"
#include "OptionalDateField.h"
#include "ShareColours.h"
#include "ShareDraft.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace carnet {

namespace {

// The text a finding leaves in the share once redacted, exactly as IdentifierScanner writes it.
QString placeholderFor(const IdentifierScanner::Match& match)
{
    IdentifierScanner::Match alone = match;
    alone.start = 0;
    return IdentifierScanner::redact(match.text, {alone});
}

QString anchorFor(int finding)
{
    return QStringLiteral("finding%1").arg(finding);
}

} // namespace

SharePrivacyPage::SharePrivacyPage(ShareDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_explanation(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_findingsPanel(new QWidget(this))
    , m_findings(new QTreeWidget(m_findingsPanel))
    , m_redactAll(new QPushButton(tr("&Redact all"), m_findingsPanel))
    , m_keepAll(new QPushButton(tr("&Keep all"), m_findingsPanel))
    , m_summary(new QLabel(this))
{
    setTitle(tr("Check for identifiers"));
    setSubTitle(tr("Decide, for each identifier found in your entries, whether the recipient may see it."));

    m_explanation->setObjectName(QStringLiteral("sharePrivacyExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setText(
        tr("Carnet looked in the chosen entries for the identifiers of the HIPAA Safe Harbor list (names, dates, "
           "phone and fax numbers, e-mail and web addresses, street addresses and postal codes, record, account and "
           "licence numbers, IP addresses, social security numbers): together they tell who you are, and who else "
           "you wrote about. Tick “Redact” for each one the recipient should not see; the share then says, for "
           "example, “[phone number removed]”. Your journal is not changed. Entry dates and the other records you "
           "add leave as recorded."));

    m_text->setObjectName(QStringLiteral("shareIdentifierText"));
    m_text->setAccessibleName(tr("Chosen text with identifiers highlighted"));
    m_text->setOpenLinks(false);
    m_text->setOpenExternalLinks(false);

    m_findings->setObjectName(QStringLiteral("shareFindingList"));
    m_findings->setAccessibleName(tr("Identifiers found"));
    m_findings->setAccessibleDescription(tr("Space ticks or unticks Redact for the identifier"));
    m_findings->setColumnCount(ColumnCount);
    m_findings->setHeaderLabels({tr("Redact"), tr("Kind"), tr("Text"), tr("Entry")});
    m_findings->setRootIsDecorated(false);
    m_findings->setUniformRowHeights(true);
    m_findings->setAlternatingRowColors(true);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->header()->setSectionResizeMode(RedactColumn, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(TextColumn, QHeaderView::ResizeToContents);
    m_findings->header()->setStretchLastSection(true);
    m_findings->header()->setAccessibleName(tr("Columns of the identifier list"));

    m_redactAll->setObjectName(QStringLiteral("shareRedactAll"));
    m_redactAll->setAccessibleName(tr("Redact every identifier"));
    m_redactAll->setAutoDefault(false);
    m_keepAll->setObjectName(QStringLiteral("shareKeepAll"));
    m_keepAll->setAccessibleName(tr("Keep every identifier"));
    m_keepAll->setAutoDefault(false);
    m_summary->setObjectName(QStringLiteral("sharePrivacySummary"));
    m_summary->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_redactAll);
    buttons->addWidget(m_keepAll);
    buttons->addStretch(1);
    auto* panelLayout = new QVBoxLayout(m_findingsPanel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(m_findings, 1);
    panelLayout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_text);
    splitter->addWidget(m_findingsPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    setTabOrder(m_findings, m_redactAll);
    setTabOrder(m_redactAll, m_keepAll);
    setTabOrder(m_keepAll, m_text);

    connect(m_findings, &QTreeWidget::itemChanged, this, &SharePrivacyPage::findingToggled);
    connect(m_findings, &QTreeWidget::currentItemChanged, this, &SharePrivacyPage::showFinding);
    // Space toggles "Redact" only when the current cell is the one with the check box.
    connect(m_findings->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && current.column() != RedactColumn)
                    m_findings->setCurrentIndex(current.siblingAtColumn(RedactColumn));
            });
    connect(m_redactAll, &QPushButton::clicked, this, [this] { setAll(true); });
    connect(m_keepAll, &QPushButton::clicked, this, [this] { setAll(false); });
}

void SharePrivacyPage::initializePage()
{
    fillFindings();
    renderText();
    updateSummary();
    // After the wizard has focused the page's first field: the findings are where the choices are made.
    if (!m_draft.findings().empty())
        QTimer::singleShot(0, m_findings, qOverload<>(&QWidget::setFocus));
}

void SharePrivacyPage::fillFindings()
{
    m_filling = true;
    m_findings->clear();
    const auto& findings = m_draft.findings();
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const ShareContent::Finding& finding = findings[i];
        const ShareContent::Entry& entry = m_draft.entryOf(i);
        const QString entryText = tr("%1, %2").arg(OptionalDateField::dateTimeText(entry.occurredAt), entry.title);
        auto* item = new QTreeWidgetItem(m_findings);
        item->setText(RedactColumn, QString::number(i + 1));
        item->setCheckState(RedactColumn, m_draft.isRedacted(i) ? Qt::Checked : Qt::Unchecked);
        item->setText(KindColumn, IdentifierScanner::categoryName(finding.match.category));
        item->setText(TextColumn, finding.match.text);
        item->setText(EntryColumn, entryText);
        item->setToolTip(EntryColumn, entryText);
        item->setData(RedactColumn, Qt::UserRole, static_cast<int>(i));
        item->setData(RedactColumn, Qt::AccessibleTextRole,
                      tr("Redact %1 %2 (number %3)")
                          .arg(IdentifierScanner::categoryName(finding.match.category), finding.match.text)
                          .arg(i + 1));
    }
    if (m_findings->topLevelItemCount() > 0)
        m_findings->setCurrentItem(m_findings->topLevelItem(0), RedactColumn);
    m_filling = false;
    const bool any = !findings.empty();
    m_findingsPanel->setVisible(any);
}

void SharePrivacyPage::renderText()
{
    const ShareContent& content = m_draft.content();
    if (content.entries.empty()) {
        m_text->setPlainText(tr("No journal entry is shared, so there is no text to check."));
        return;
    }
    const QString mark = ShareColours::identifierBackground(palette()).name();
    const auto html = [&](const std::vector<ShareDraft::Segment>& segments) {
        QString out;
        for (const ShareDraft::Segment& segment : segments) {
            if (segment.finding < 0) {
                out += segment.text.toHtmlEscaped();
                continue;
            }
            const auto index = static_cast<std::size_t>(segment.finding);
            const bool redacted = m_draft.isRedacted(index);
            out += QStringLiteral("<a name=\"%1\"></a><span style=\"background-color:%2;%3\">%4</span><sup>%5</sup>")
                       .arg(anchorFor(segment.finding), mark,
                            redacted ? QStringLiteral("text-decoration:line-through;") : QString(),
                            segment.text.toHtmlEscaped())
                       .arg(segment.finding + 1);
            if (redacted)
                out += QStringLiteral(" <i>%1</i>")
                           .arg(placeholderFor(m_draft.findings()[index].match).toHtmlEscaped());
        }
        return out;
    };
    QString page;
    for (std::size_t i = 0; i < content.entries.size(); ++i) {
        page += QStringLiteral("<h3>%1</h3><p><small>%2</small></p><p style=\"white-space:pre-wrap\">%3</p>")
                    .arg(html(m_draft.segments(i, ShareContent::Field::Title)),
                         OptionalDateField::dateTimeText(content.entries[i].occurredAt).toHtmlEscaped(),
                         html(m_draft.segments(i, ShareContent::Field::Body)));
    }
    const int scroll = m_text->verticalScrollBar()->value();
    m_text->setHtml(page);
    m_text->verticalScrollBar()->setValue(scroll);
}

void SharePrivacyPage::updateSummary()
{
    const int found = static_cast<int>(m_draft.findings().size());
    if (m_draft.content().entries.empty()) {
        m_summary->setText(tr("No journal entry is shared: there is no text to check."));
    } else if (found == 0) {
        m_summary->setText(tr("No identifier was found in the chosen entries. Read them once more below before you "
                              "go on: no search finds everything."));
    } else {
        m_summary->setText(tr("Identifiers found: %1. To be redacted: %2.").arg(found).arg(m_draft.redactedCount()));
    }
    m_redactAll->setEnabled(m_draft.redactedCount() < found);
    m_keepAll->setEnabled(m_draft.redactedCount() > 0);
}

void SharePrivacyPage::findingToggled(QTreeWidgetItem* item, int column)
{
    if (m_filling || column != RedactColumn)
        return;
    const auto index = static_cast<std::size_t>(item->data(RedactColumn, Qt::UserRole).toInt());
    const bool redact = item->checkState(RedactColumn) == Qt::Checked;
    if (m_draft.isRedacted(index) == redact)
        return;
    m_draft.setRedacted(index, redact);
    renderText();
    updateSummary();
}

void SharePrivacyPage::setAll(bool redact)
{
    m_draft.setAllRedacted(redact);
    m_filling = true;
    for (int row = 0; row < m_findings->topLevelItemCount(); ++row)
        m_findings->topLevelItem(row)->setCheckState(RedactColumn, redact ? Qt::Checked : Qt::Unchecked);
    m_filling = false;
    renderText();
    updateSummary();
}

void SharePrivacyPage::showFinding()
{
    QTreeWidgetItem* item = m_findings->currentItem();
    if (!item)
        return;
    m_text->scrollToAnchor(anchorFor(item->data(RedactColumn, Qt::UserRole).toInt()));
}

QString SharePrivacyPage::shownText() const
{
    return m_text->toPlainText();
}

} // namespace carnet
