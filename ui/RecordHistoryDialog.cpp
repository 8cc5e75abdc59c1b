#include "RecordHistoryDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace carnet {

namespace {

QString changeLabel(const QString& change)
{
    if (change == QLatin1String("create"))
        return RecordHistoryDialog::tr("Created");
    if (change == QLatin1String("edit"))
        return RecordHistoryDialog::tr("Edited");
    if (change == QLatin1String("delete"))
        return RecordHistoryDialog::tr("Deleted");
    if (change == QLatin1String("restore"))
        return RecordHistoryDialog::tr("Restored");
    return change;
}

// "next_refill_date" → "Next refill date"
QString fieldLabel(const QString& key)
{
    QString label = key;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

} // namespace

RecordHistoryDialog::RecordHistoryDialog(Database& db, std::int64_t recordId, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_versions(RecordStore(db).history(recordId))
    , m_list(new QListWidget(this))
    , m_details(new QTextBrowser(this))
{
    setWindowTitle(tr("History of %1").arg(title));
    m_list->setAccessibleName(tr("Versions"));
    m_details->setAccessibleName(tr("Changes in this version"));
    m_details->setOpenLinks(false);
    for (const RecordVersion& version : m_versions) {
        m_list->addItem(tr("%1 — %2").arg(QLocale().toString(version.at.toLocalTime(), QLocale::ShortFormat),
                                           changeLabel(version.change)));
    }
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &RecordHistoryDialog::showVersion);
    resize(720, 420);
    if (!m_versions.empty())
        m_list->setCurrentRow(static_cast<int>(m_versions.size()) - 1);
}

void RecordHistoryDialog::showVersion(int index)
{
    if (index < 0 || index >= versionCount())
        return;
    if (m_list->currentRow() != index)
        m_list->setCurrentRow(index);
    const RecordVersion& version = m_versions[static_cast<std::size_t>(index)];
    const QJsonObject before = index > 0 ? m_versions[static_cast<std::size_t>(index - 1)].values : QJsonObject();
    QString html = QStringLiteral("<h3>%1</h3>").arg(
        tr("Version %1: %2").arg(version.version).arg(changeLabel(version.change).toHtmlEscaped()));
    const std::vector<FieldChange> changes = RecordStore::changes(before, version.values);
    if (changes.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No field changed."));
    } else {
        html += QStringLiteral("<table cellspacing='6'>");
        for (const FieldChange& change : changes) {
            const QString now = RecordStore::displayValue(change.after).toHtmlEscaped();
            const QString cell = index == 0
                                     ? now
                                     : tr("%1 → %2").arg(RecordStore::displayValue(change.before).toHtmlEscaped(), now);
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(fieldLabel(change.key).toHtmlEscaped(), cell);
        }
        html += QStringLiteral("</table>");
    }
    m_details->setHtml(html);
}

QString RecordHistoryDialog::shownText() const
{
    return m_details->toPlainText();
}

} // namespace carnet
