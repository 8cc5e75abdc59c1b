#include "CareTeamPanel.h"

#include "CareTeamListModel.h"
#include "CareTeamMemberEditorDialog.h"
#include "CareTeamRepository.h"
#include "DialogSeams.h"
#include "DialogSeams.h"
#include "PublicKeyText.h"

#include <QAction>
#include <QTableView>
#include <QToolBar>

namespace carnet {

namespace {

// "abcdefgh…" → lines of `perLine` groups of `size` characters.
QString grouped(const QString& text, int size, int perLine)
{
    QStringList lines;
    QStringList line;
    for (int at = 0; at < text.size(); at += size) {
        line.append(text.mid(at, size));
        if (line.size() == perLine) {
            lines.append(line.join(QLatin1Char(' ')));
            line.clear();
        }
    }
    if (!line.isEmpty())
        lines.append(line.join(QLatin1Char(' ')));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CareTeamPanel::CareTeamPanel(CareTeamRepository& repository, Database& db, QWidget* parent)
    : PeopleListPanel(db, parent)
    , m_repository(repository)
    , m_model(new CareTeamListModel(repository, this))
{
    Texts texts;
    texts.intro = tr("The providers and caregivers you deal with. Their public keys let you share records with them "
                     "and check what they send; pin the keys once you have compared them with the person.");
    texts.emptyHint = tr("No care-team members yet. Add one with “New member” (Ctrl+N).");
    texts.newText = tr("&New member…");
    texts.deleteTitle = tr("Delete care-team member");
    texts.deleteQuestion = tr("Delete “%1” from your care team?\n\nThey move to the deleted members, where you can "
                              "restore them.");
    texts.deletedText = tr("Deleted &members…");
    texts.deletedTitle = tr("Deleted care-team members");
    m_pinAction
        = makeAction(tr("&Pin keys…"), {QKeySequence(Qt::CTRL | Qt::Key_P)},
                     tr("Compare the selected member's keys and pin them, or unpin them"), [this] { togglePin(); });
    setUp(m_model, CareTeamListModel::IdRole, texts);
    toolBar()->insertAction(deletedAction(), m_pinAction);
    toolBar()->insertSeparator(deletedAction());
    table()->setAccessibleName(tr("Care team"));
}

QString CareTeamPanel::comparisonText(const CareTeamMember& member)
{
    QString html = tr("<p>Pin the keys of <b>%1</b>?</p><p>Compare them group by group with what %1 reads out or "
                      "shows you, in person or on a call you trust. Pin only if every group matches.</p>")
                       .arg(member.name.toHtmlEscaped());
    const auto block = [](const QString& title, const QString& body) {
        return QStringLiteral("<p>%1</p><pre>%2</pre>").arg(title.toHtmlEscaped(), body.toHtmlEscaped());
    };
    if (!member.fingerprint.isEmpty()) {
        const QString digits = QString(member.fingerprint).remove(QLatin1Char(' '));
        html += block(tr("Fingerprint:"), grouped(digits, 4, 4));
    }
    if (!member.minisignKey.isEmpty()) {
        if (const std::optional<QByteArray> key = PublicKeyText::decodeMinisignKey(member.minisignKey))
            html += block(tr("minisign key ID:"), grouped(PublicKeyText::minisignKeyId(*key), 4, 4));
    }
    if (!member.ageRecipient.isEmpty()) {
        // "age1" stays whole; the 58 characters after it are what differs between keys.
        html += block(tr("age recipient:"), QStringLiteral("age1\n") + grouped(member.ageRecipient.mid(4), 5, 6));
    }
    return html;
}

void CareTeamPanel::togglePin()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const CareTeamMember member = m_model->memberAt(row);
    if (member.pinned) {
        if (change(tr("Unpin keys"), [&] { m_repository.setPinned(member.id, false); })) {
            reload(member.id);
            showStatus(tr("Keys of %1 unpinned.").arg(member.name));
        }
        return;
    }
    if (!member.hasKeys()) {
        MessageBoxSeam::warning(
            this, tr("Pin keys"),
            tr("%1 has no keys to pin. Add their age recipient or minisign key with Edit first.").arg(member.name));
        return;
    }
    if (MessageBoxSeam::question(this, tr("Pin keys"), comparisonText(member)) != QMessageBox::Yes)
        return;
    if (change(tr("Pin keys"), [&] { m_repository.setPinned(member.id, true); })) {
        reload(member.id);
        showStatus(tr("Keys of %1 pinned.").arg(member.name));
    }
}

void CareTeamPanel::selectionChanged()
{
    const int row = m_model->rowOf(selectedId());
    const bool pinned = row >= 0 && m_model->memberAt(row).pinned;
    m_pinAction->setEnabled(row >= 0);
    m_pinAction->setText(pinned ? tr("Un&pin keys") : tr("&Pin keys…"));
}

std::int64_t CareTeamPanel::createRecord()
{
    const auto dialog = DialogSeam::accepted(new CareTeamMemberEditorDialog(CareTeamMember(), this));
    if (!dialog)
        return 0;
    std::int64_t id = 0;
    change(tr("New care-team member"), [&] { id = m_repository.add(dialog->member()); });
    return id;
}

bool CareTeamPanel::editRecord(std::int64_t id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const auto dialog = DialogSeam::accepted(new CareTeamMemberEditorDialog(m_model->memberAt(row), this));
    if (!dialog)
        return false;
    return change(tr("Edit care-team member"), [&] { m_repository.update(dialog->member()); });
}

void CareTeamPanel::softDeleteRecord(std::int64_t id)
{
    m_repository.softDelete(id);
}

void CareTeamPanel::restoreRecord(std::int64_t id)
{
    m_repository.restore(id);
}

QList<PeopleRestoreDialog::Entry> CareTeamPanel::deletedRecords() const
{
    QList<PeopleRestoreDialog::Entry> entries;
    for (const CareTeamMember& member : m_repository.listDeleted())
        entries.append({member.id, member.name});
    return entries;
}

QString CareTeamPanel::recordName(std::int64_t id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? QString() : m_model->memberAt(row).name;
}

void CareTeamPanel::reloadModel()
{
    m_model->reload();
}

} // namespace carnet
