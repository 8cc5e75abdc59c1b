#pragma once

#include "AgeEncryptor.h"
#include "CareTeamMember.h"
#include "SecretBytes.h"
#include "ShareContent.h"
#include "SharePackageWriter.h"
#include "ShareRecipient.h"
#include "ShareSelection.h"
#include "ShareView.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace carnet {

class Vault;

// A share being prepared, step by step, as the share wizard asks: what to share, which identifiers in it to
// redact (the patient decides each; nothing is redacted unasked), who can open it, what exactly leaves, and the
// write itself. Redaction edits the copy that leaves, never the vault.
class ShareDraft
{
    Q_DECLARE_TR_FUNCTIONS(ShareDraft)

public:
    // Who can open the package: age encrypts either to public keys or to one passphrase, never both.
    enum class Protection { Keys, Passphrase };

    // A care-team member who can receive a share: one with an age recipient key.
    struct MemberChoice
    {
        CareTeamMember member;
        bool chosen = false;
    };

    // A run of an entry's title or body: plain text, or the text of finding number `finding`.
    struct Segment
    {
        QString text;
        int finding = -1;
    };

    struct Written
    {
        SharePackageWriter::Result result;
        SecretBytes passphrase; // the one-time passphrase of a passphrase share, to show once; empty otherwise
    };

    explicit ShareDraft(Vault& vault);

    // --- What to share ---
    // Journal entries by id (order and repeats do not matter) plus the medication, insurance and appointment
    // flags; a tag or date filter in the selection is refused by collect().
    void setSelection(const ShareSelection& selection);
    const ShareSelection& selection() const { return m_selection; }
    bool selectsSomething() const;

    // Reads the selection from the vault and scans it for identifiers. Choices made earlier about a finding that
    // is found again are kept. Throws RecordError (an entry went away) or ShareError(Invalid) (nothing to share).
    void collect();
    bool isCollected() const { return m_collected; }
    // As read from the vault, before redaction.
    const ShareContent& content() const { return m_content; }

    // --- Identifiers ---
    const std::vector<ShareContent::Finding>& findings() const { return m_findings; }
    bool isRedacted(std::size_t finding) const;
    void setRedacted(std::size_t finding, bool redact);
    void setAllRedacted(bool redact);
    int redactedCount() const;
    // The entry a finding is in.
    const ShareContent::Entry& entryOf(std::size_t finding) const;
    // An entry's title or body cut at its findings, for showing them in place.
    std::vector<Segment> segments(std::size_t entryIndex, ShareContent::Field field) const;
    // What leaves: the content with the findings the patient chose redacted.
    ShareContent redactedContent() const;

    // --- Recipients ---
    // Re-reads the care team (members with a usable age key, in the repository's order); keeps choices by id.
    void reloadCareTeam();
    const std::vector<MemberChoice>& careTeam() const { return m_careTeam; }
    // Live members without an age key, who cannot receive a share yet.
    int careTeamWithoutKeyCount() const { return m_withoutKey; }
    void setMemberChosen(std::int64_t memberId, bool chosen);
    // Names of the chosen members whose keys are not pinned.
    QStringList unpinnedChosenMembers() const;

    // Pasted public keys: one or more age1… keys separated by spaces, commas or new lines. Returns what is wrong
    // with the first bad one (empty when all are good, or the text is blank); only good texts count as recipients.
    QString setPastedKeys(const QString& text);
    const std::vector<ShareRecipient>& pastedRecipients() const { return m_pasted; }
    const QString& pastedKeysProblem() const { return m_pastedProblem; }
    // What is wrong with one key text, as specifically as can be said; empty when it is a good age recipient.
    static QString ageKeyProblem(const QString& key);

    void setProtection(Protection protection) { m_protection = protection; }
    Protection protection() const { return m_protection; }
    // Chosen members first, then pasted keys, without repeats; empty for a passphrase share.
    std::vector<ShareRecipient> recipients() const;
    // Why the share cannot be written with these recipients; empty when it can.
    QString recipientProblem() const;
    // One line per recipient, for the preview: "Dr. Moreau (care team) · 3f2a 91c0 …", or the passphrase.
    QStringList recipientDescriptions() const;

    // --- Preview and write ---
    // summary.html exactly as the package will hold it (the summary is rendered from the bundle read back), for
    // the redacted content and these recipients; only the export id and time differ from the file written.
    // Throws ShareError like the writer.
    QByteArray previewHtml() const;
    int itemCount() const { return m_content.itemCount(); }

    // For tests only: a cheap scrypt work factor for passphrase shares (a real share uses age's default).
    void setScryptLogN(int logN) { m_scryptLogN = logN; }
    int scryptLogN() const { return m_scryptLogN; }

    // A write in three steps, so the slow middle one runs on a worker thread while the vault's database stays on
    // the thread that owns it: prepare() reads the vault (its signing identity) and fixes what will be written;
    // seal() signs and encrypts in memory and, for a passphrase share, makes the one-time passphrase (touches no
    // database); commit() writes the file atomically and records it in the disclosure and audit logs.
    struct Prepared
    {
        std::shared_ptr<SharePackageWriter> writer;
        ShareContent content; // redacted
        std::vector<ShareRecipient> recipients; // empty for a passphrase share
        QString path;
    };
    struct Sealed
    {
        std::shared_ptr<SharePackageWriter> writer;
        SharePackageWriter::Sealed package;
        SecretBytes passphrase; // the one-time passphrase of a passphrase share, to show once; empty otherwise
    };
    // Throws ShareError (Invalid: not collected, no recipient; Malformed: the vault has no identity).
    Prepared prepare(const QString& path) const;
    static Sealed seal(const Prepared& prepared);
    // Throws ShareError(Io) when the file cannot be written (nothing is logged then), or RecordError.
    static Written commit(Sealed&& sealed);
    // All three at once, on the vault's thread.
    Written write(const QString& path) const { return commit(seal(prepare(path))); }

private:
    static QString findingKey(const ShareContent& content, const ShareContent::Finding& finding);
    QStringList recipientFingerprints() const;

    Vault& m_vault;
    ShareSelection m_selection;
    bool m_collected = false;
    ShareContent m_content;
    std::vector<ShareContent::Finding> m_findings;
    std::vector<bool> m_redact;
    QSet<QString> m_redactKeys; // choices by finding, so they survive collecting again
    std::vector<MemberChoice> m_careTeam;
    int m_withoutKey = 0;
    std::vector<ShareRecipient> m_pasted;
    QString m_pastedProblem;
    Protection m_protection = Protection::Keys;
    int m_scryptLogN = AgeEncryptor::DefaultScryptLogN;
};

} // namespace carnet
