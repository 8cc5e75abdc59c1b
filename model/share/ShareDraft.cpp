#include "ShareDraft.h"

#include "CareTeamRepository.h"
#include "OneTimePassphrase.h"
#include "ShareError.h"
#include "ShareManifest.h"
#include "SharePackage.h"
#include "Vault.h"

#include <QRegularExpression>
#include <algorithm>

namespace carnet {

namespace {

// The 32 characters of Bech32, the encoding of age keys.
constexpr char Bech32Characters[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr int AgeRecipientLength = 62; // "age1", 52 data characters, 6 checksum characters

} // namespace

ShareDraft::ShareDraft(Vault& vault)
    : m_vault(vault)
{
    reloadCareTeam();
}

void ShareDraft::setSelection(const ShareSelection& selection)
{
    m_selection = selection;
    std::sort(m_selection.entryIds.begin(), m_selection.entryIds.end());
    m_selection.entryIds.erase(std::unique(m_selection.entryIds.begin(), m_selection.entryIds.end()),
                               m_selection.entryIds.end());
    m_collected = false;
}

bool ShareDraft::selectsSomething() const
{
    return !m_selection.entryIds.empty() || m_selection.selectsEntriesByFilter() || m_selection.medications
        || m_selection.insurance || m_selection.appointments;
}

QString ShareDraft::findingKey(const ShareContent& content, const ShareContent::Finding& finding)
{
    return QStringLiteral("%1/%2/%3/%4/%5")
        .arg(content.entries[finding.entryIndex].id)
        .arg(finding.field == ShareContent::Field::Title ? 't' : 'b')
        .arg(finding.match.start)
        .arg(finding.match.length)
        .arg(finding.match.text);
}

void ShareDraft::collect()
{
    Database& db = m_vault.database();
    ShareContent content = ShareContent::collect(db, m_selection);
    std::vector<ShareContent::Finding> findings = content.findIdentifiers(ShareContent::scannerFor(db));
    m_content = std::move(content);
    m_findings = std::move(findings);
    m_redact.assign(m_findings.size(), false);
    for (std::size_t i = 0; i < m_findings.size(); ++i)
        m_redact[i] = m_redactKeys.contains(findingKey(m_content, m_findings[i]));
    m_collected = true;
}

bool ShareDraft::isRedacted(std::size_t finding) const
{
    return finding < m_redact.size() && m_redact[finding];
}

void ShareDraft::setRedacted(std::size_t finding, bool redact)
{
    if (finding >= m_findings.size())
        return;
    m_redact[finding] = redact;
    const QString key = findingKey(m_content, m_findings[finding]);
    if (redact)
        m_redactKeys.insert(key);
    else
        m_redactKeys.remove(key);
}

void ShareDraft::setAllRedacted(bool redact)
{
    for (std::size_t i = 0; i < m_findings.size(); ++i)
        setRedacted(i, redact);
}

int ShareDraft::redactedCount() const
{
    return static_cast<int>(std::count(m_redact.begin(), m_redact.end(), true));
}

const ShareContent::Entry& ShareDraft::entryOf(std::size_t finding) const
{
    return m_content.entries.at(m_findings.at(finding).entryIndex);
}

std::vector<ShareDraft::Segment> ShareDraft::segments(std::size_t entryIndex, ShareContent::Field field) const
{
    std::vector<Segment> out;
    if (entryIndex >= m_content.entries.size())
        return out;
    const ShareContent::Entry& entry = m_content.entries[entryIndex];
    const QString& text = field == ShareContent::Field::Title ? entry.title : entry.body;
    qsizetype at = 0;
    // Findings come in entry order, then field, then text order, without overlaps.
    for (std::size_t i = 0; i < m_findings.size(); ++i) {
        const ShareContent::Finding& finding = m_findings[i];
        if (finding.entryIndex != entryIndex || finding.field != field || finding.match.start < at
            || finding.match.start + finding.match.length > text.size())
            continue;
        if (finding.match.start > at)
            out.push_back({text.mid(at, finding.match.start - at), -1});
        out.push_back({text.mid(finding.match.start, finding.match.length), static_cast<int>(i)});
        at = finding.match.start + finding.match.length;
    }
    if (at < text.size())
        out.push_back({text.mid(at), -1});
    return out;
}

ShareContent ShareDraft::redactedContent() const
{
    ShareContent content = m_content;
    std::vector<ShareContent::Finding> chosen;
    for (std::size_t i = 0; i < m_findings.size(); ++i) {
        if (m_redact[i])
            chosen.push_back(m_findings[i]);
    }
    content.redact(chosen);
    return content;
}

void ShareDraft::reloadCareTeam()
{
    QSet<std::int64_t> chosen;
    for (const MemberChoice& choice : m_careTeam) {
        if (choice.chosen)
            chosen.insert(choice.member.id);
    }
    m_careTeam.clear();
    m_withoutKey = 0;
    for (CareTeamMember& member : CareTeamRepository(m_vault.database()).list()) {
        if (!ageKeyProblem(member.ageRecipient).isEmpty()) {
            ++m_withoutKey;
            continue;
        }
        const bool wasChosen = chosen.contains(member.id);
        m_careTeam.push_back({std::move(member), wasChosen});
    }
}

void ShareDraft::setMemberChosen(std::int64_t memberId, bool chosen)
{
    for (MemberChoice& choice : m_careTeam) {
        if (choice.member.id == memberId)
            choice.chosen = chosen;
    }
}

QStringList ShareDraft::unpinnedChosenMembers() const
{
    QStringList names;
    for (const MemberChoice& choice : m_careTeam) {
        if (choice.chosen && !choice.member.pinned)
            names << choice.member.name;
    }
    return names;
}

QString ShareDraft::ageKeyProblem(const QString& key)
{
    const QString text = key.trimmed();
    if (text.isEmpty())
        return tr("The key is empty.");
    if (text.startsWith(QLatin1String("AGE-SECRET-KEY-"), Qt::CaseInsensitive))
        return tr("This is a secret key (AGE-SECRET-KEY-…): it must never be shared, not even with Carnet. Ask the "
                  "recipient for their public key, which starts with age1.");
    if (text.startsWith(QLatin1String("ssh-")) || text.startsWith(QLatin1String("ecdsa-")))
        return tr("This is an SSH key; Carnet shares only to age keys, which start with age1.");
    if (text.startsWith(QLatin1String("RW")) && !text.contains(QLatin1Char(' ')))
        return tr("This looks like a minisign key (for checking signatures), not an age key. Paste the key that "
                  "starts with age1.");
    if (!text.startsWith(QLatin1String("age1"), Qt::CaseInsensitive))
        return tr("An age key starts with age1; this text starts with “%1”.").arg(text.left(4));
    if (text != text.toLower() && text != text.toUpper())
        return tr("The key mixes upper-case and lower-case letters, which no age key does: copy it again.");
    const QString data = text.mid(4).toLower();
    for (const QChar c : data) {
        if (c.isSpace())
            return tr("The key has a space in it: paste one key at a time, without line breaks.");
        if (!QByteArray(Bech32Characters).contains(c.toLatin1()) || c.unicode() > 127)
            return tr("The key contains “%1”, which cannot appear in an age key (after age1 there are no 1, b, i "
                      "or o): check for a typo.")
                .arg(c);
    }
    if (text.size() != AgeRecipientLength)
        return tr("An age key is %1 characters long; this one has %2. Check that it was copied whole.")
            .arg(AgeRecipientLength)
            .arg(text.size());
    try {
        ShareRecipient::fromText(text.toLower());
    } catch (const ShareError&) {
        return tr("This key has a typo somewhere: its checksum does not match. Copy it again from the recipient.");
    }
    return {};
}

QString ShareDraft::setPastedKeys(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    m_pasted.clear();
    m_pastedProblem.clear();
    const QStringList keys = text.split(separators, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString problem = ageKeyProblem(keys[i]);
        if (!problem.isEmpty()) {
            if (m_pastedProblem.isEmpty())
                m_pastedProblem = keys.size() == 1 ? problem : tr("Key %1: %2").arg(i + 1).arg(problem);
            continue;
        }
        m_pasted.push_back(ShareRecipient::fromText(keys[i].toLower()));
    }
    return m_pastedProblem;
}

std::vector<ShareRecipient> ShareDraft::recipients() const
{
    std::vector<ShareRecipient> out;
    if (m_protection == Protection::Passphrase)
        return out;
    QSet<QByteArray> seen;
    const auto add = [&](ShareRecipient recipient) {
        if (seen.contains(recipient.recipient.publicKey()))
            return;
        seen.insert(recipient.recipient.publicKey());
        out.push_back(std::move(recipient));
    };
    for (const MemberChoice& choice : m_careTeam) {
        if (choice.chosen)
            add(ShareRecipient::fromCareTeamMember(choice.member));
    }
    for (const ShareRecipient& recipient : m_pasted)
        add(recipient);
    return out;
}

QString ShareDraft::recipientProblem() const
{
    if (m_protection == Protection::Passphrase)
        return {};
    if (!m_pastedProblem.isEmpty())
        return m_pastedProblem;
    const std::size_t count = recipients().size();
    if (count == 0)
        return tr("Choose who can open the share: a care-team member, a pasted age key, or a one-time passphrase.");
    if (count > static_cast<std::size_t>(SharePackage::MaxRecipients))
        return tr("A share can have at most %1 recipients.").arg(SharePackage::MaxRecipients);
    return {};
}

QStringList ShareDraft::recipientDescriptions() const
{
    if (m_protection == Protection::Passphrase)
        return {tr("Anyone with the one-time passphrase shown after saving")};
    QStringList lines;
    for (const ShareRecipient& recipient : recipients())
        lines << tr("%1 · key fingerprint %2").arg(recipient.label, recipient.fingerprint());
    return lines;
}

QStringList ShareDraft::recipientFingerprints() const
{
    if (m_protection == Protection::Passphrase)
        return {QLatin1String(ShareManifest::PassphraseRecipient)};
    QStringList fingerprints;
    for (const ShareRecipient& recipient : recipients())
        fingerprints << recipient.fingerprint();
    return fingerprints;
}

QByteArray ShareDraft::previewHtml() const
{
    if (!m_collected)
        throw ShareError(ShareError::Kind::Invalid, tr("Choose what to share first."));
    const SharePackageWriter writer(m_vault, m_scryptLogN);
    const SharePackageWriter::Archive archive
        = writer.buildArchive(redactedContent(), recipientFingerprints(), QString());
    for (const TarArchive::Member& member : archive.members) {
        if (member.path == QLatin1String(SharePackage::SummaryFile))
            return member.data;
    }
    return {};
}

ShareDraft::Prepared ShareDraft::prepare(const QString& path) const
{
    if (!m_collected)
        throw ShareError(ShareError::Kind::Invalid, tr("Choose what to share first."));
    const QString problem = recipientProblem();
    if (!problem.isEmpty())
        throw ShareError(ShareError::Kind::Invalid, problem);
    Prepared prepared;
    prepared.writer = std::make_shared<SharePackageWriter>(m_vault, m_scryptLogN);
    prepared.content = redactedContent();
    if (m_protection == Protection::Keys)
        prepared.recipients = recipients();
    prepared.path = path;
    return prepared;
}

ShareDraft::Sealed ShareDraft::seal(const Prepared& prepared)
{
    Sealed sealed;
    sealed.writer = prepared.writer;
    if (prepared.recipients.empty()) {
        sealed.passphrase = OneTimePassphrase::generate();
        sealed.package = prepared.writer->sealForPassphrase(prepared.content, sealed.passphrase, prepared.path);
    } else {
        sealed.package = prepared.writer->sealForRecipients(prepared.content, prepared.recipients, prepared.path);
    }
    return sealed;
}

ShareDraft::Written ShareDraft::commit(Sealed&& sealed)
{
    Written written;
    written.result = sealed.writer->commit(sealed.package);
    written.passphrase = std::move(sealed.passphrase);
    return written;
}

} // namespace carnet
