// carnet-cli sharing commands: identity show, share create|open|verify, disclosures.
#include "CareTeamRepository.h"
#include "CliCommand.h"
#include "CliContext.h"
#include "DisclosureLog.h"
#include "MinisignError.h"
#include "OneTimePassphrase.h"
#include "RecordStore.h"
#include "ShareContent.h"
#include "ShareError.h"
#include "SharePackageReader.h"
#include "SharePackageWriter.h"
#include "VaultIdentity.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace carnet::cli {

namespace {

QString localTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString utcTime(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QString dateText(const QDate& day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QString secretText(const SecretBytes& secret)
{
    return QString::fromUtf8(secret.chars(), static_cast<qsizetype>(secret.size()));
}

// A bare date starts at midnight for --from and ends just before the next midnight for --to.
QDateTime parseBound(const QString& text, bool endOfDay)
{
    const QDateTime at = CliContext::parseDateTime(text);
    const bool dateOnly = at.time() == QTime(0, 0) && !text.contains(QLatin1Char(':'));
    if (endOfDay && dateOnly)
        return QDateTime(at.date(), QTime(23, 59, 59, 999));
    return at;
}

std::vector<std::int64_t> parseIdList(const QString& text)
{
    std::vector<std::int64_t> ids;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.push_back(CliContext::parseId(part.trimmed()));
    if (ids.empty())
        throw UsageError(tr("--entries needs at least one journal entry id"));
    return ids;
}

bool looksLikeAgeRecipient(const QString& text)
{
    return text.trimmed().startsWith(QLatin1String("age1"), Qt::CaseInsensitive);
}

// --signer-key: the base64 line minisign prints, or a minisign.pub file.
MinisignPublicKey parseSignerKey(const QString& text)
{
    QByteArray keyText = text.toUtf8();
    const QFileInfo info(text);
    if (info.isFile()) {
        QFile file(text);
        if (info.size() > 4096 || !file.open(QIODevice::ReadOnly))
            throw UsageError(tr("cannot read the minisign public key file %1").arg(text));
        keyText = file.readAll();
    }
    try {
        return MinisignPublicKey::parse(keyText);
    } catch (const MinisignError&) {
        throw UsageError(tr("'%1' is not a minisign public key (the line starting with RW) nor a file holding one")
                             .arg(text));
    }
}

QString fieldName(ShareContent::Field field)
{
    return field == ShareContent::Field::Title ? QStringLiteral("title") : QStringLiteral("body");
}

int runIdentityShow(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser,
                   tr("Show this vault's public keys: the minisign key that signs its shares, the age recipient that "
                      "others share with, and the fingerprint to compare."),
                   QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    auto vault = ctx.openVault(parser.positionalArguments().first());
    const VaultIdentity identity = VaultIdentity::load(vault->database());
    const QString fingerprint = identity.fingerprint().toDisplayString();
    if (ctx.json()) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("fingerprint"), fingerprint},
            {QStringLiteral("minisign_public_key"), identity.minisignPublicKeyText()},
            {QStringLiteral("minisign_key_id"), identity.minisignPublicKey().keyIdHex()},
            {QStringLiteral("age_recipient"), identity.ageRecipient().toString()},
        });
        return ExitOk;
    }
    ctx.out() << tr("Fingerprint:          %1").arg(fingerprint) << '\n'
              << tr("Minisign public key:  %1").arg(identity.minisignPublicKeyText()) << '\n'
              << tr("Minisign key id:      %1").arg(identity.minisignPublicKey().keyIdHex()) << '\n'
              << tr("Age recipient:        %1").arg(identity.ageRecipient().toString()) << '\n';
    return ExitOk;
}

void printPreview(CliContext& ctx, const ShareContent& content)
{
    QTextStream& out = ctx.out();
    out << tr("What leaves this vault:") << '\n';
    const Profile& profile = content.profile;
    QString patient = profile.fullName.isEmpty() ? tr("(no name in the profile)") : profile.fullName;
    if (profile.birthDate.isValid())
        patient += QLatin1Char(' ') + tr("(born %1)").arg(dateText(profile.birthDate));
    out << "  " << tr("Patient: %1").arg(patient) << '\n';
    out << "  " << tr("Journal entries: %1").arg(content.entries.size()) << '\n';
    for (const ShareContent::Entry& entry : content.entries)
        out << "    " << localTime(entry.occurredAt) << "  " << entry.title << '\n';
    if (content.includesMedications) {
        out << "  " << tr("Medications: %1").arg(content.medications.size()) << '\n';
        for (const auto& item : content.medications)
            out << "    " << item.record.displayName() << '\n';
    }
    if (content.includesInsurance) {
        out << "  " << tr("Insurance plans: %1").arg(content.insurancePlans.size()) << '\n';
        for (const auto& item : content.insurancePlans)
            out << "    " << item.record.displayName() << '\n';
    }
    if (content.includesAppointments) {
        out << "  " << tr("Appointments: %1").arg(content.appointments.size()) << '\n';
        for (const auto& item : content.appointments)
            out << "    " << localTime(item.record.start) << "  " << item.record.title << '\n';
    }
}

int runShareCreate(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption entries(QStringLiteral("entries"), tr("Share these journal entries (ids, comma-separated)."),
                                     QStringLiteral("ID,ID,..."));
    const QCommandLineOption tag(QStringLiteral("tag"), tr("Share every journal entry with this tag."),
                                 QStringLiteral("T"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Share journal entries on or after this date."),
                                  QStringLiteral("D"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("An age recipient (age1…) to encrypt to, repeatable; any other value is the end "
                                   "date of --from (entries on or before it)."),
                                QStringLiteral("age1…|D"));
    const QCommandLineOption until(QStringLiteral("until"), tr("Share journal entries on or before this date."),
                                   QStringLiteral("D"));
    const QCommandLineOption meds(QStringLiteral("meds"), tr("Add the medication list (current and past)."));
    const QCommandLineOption insurance(QStringLiteral("insurance"), tr("Add the insurance plans."));
    const QCommandLineOption appointments(QStringLiteral("appointments"), tr("Add the appointments."));
    const QCommandLineOption toMember(QStringLiteral("to-member"),
                                      tr("Encrypt to this care-team member's age recipient; repeatable."),
                                      QStringLiteral("ID"));
    const QCommandLineOption passphrase(QStringLiteral("passphrase"),
                                        tr("Encrypt to a new one-time passphrase, printed once."));
    const QCommandLineOption redact(QStringLiteral("redact"),
                                    tr("Remove the identifiers found in titles and bodies (names, dates, phone "
                                       "numbers, addresses, ...)."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The .carnet-share file to write (must not exist)."), QStringLiteral("FILE"));
    parser.addOptions({entries, tag, from, to, until, meds, insurance, appointments, toMember, passphrase, redact, output});
    if (!ctx.parse(parser,
                   tr("Make an encrypted, signed share of chosen records for a provider or caregiver. Prints what "
                      "leaves the vault, then writes the file and records it in the disclosure log."),
                   QStringLiteral("VAULT"), 1, 1))
        return ExitOk;

    ShareSelection selection;
    std::vector<ShareRecipient> recipients;
    QString endDate;
    for (const QString& value : parser.values(to)) {
        if (looksLikeAgeRecipient(value)) {
            recipients.push_back(ShareRecipient::fromText(value));
        } else {
            if (!endDate.isEmpty() || parser.isSet(until))
                throw UsageError(tr("give one end date, with --to or --until"));
            endDate = value;
        }
    }
    if (parser.isSet(until))
        endDate = parser.value(until);
    if (parser.isSet(entries)) {
        if (parser.isSet(tag) || parser.isSet(from) || !endDate.isEmpty())
            throw UsageError(tr("choose entries either with --entries or with --tag/--from/--to, not both"));
        selection.entryIds = parseIdList(parser.value(entries));
    }
    selection.tag = parser.value(tag);
    if (parser.isSet(from))
        selection.from = parseBound(parser.value(from), false);
    if (!endDate.isEmpty())
        selection.to = parseBound(endDate, true);
    selection.medications = parser.isSet(meds);
    selection.insurance = parser.isSet(insurance);
    selection.appointments = parser.isSet(appointments);
    if (selection.entryIds.empty() && !selection.selectsEntriesByFilter() && !selection.medications
        && !selection.insurance && !selection.appointments)
        throw UsageError(tr("choose what to share: --entries, --tag or --from/--to, and/or --meds, --insurance, "
                            "--appointments"));

    std::vector<std::int64_t> memberIds;
    for (const QString& value : parser.values(toMember))
        memberIds.push_back(CliContext::parseId(value));
    const bool usePassphrase = parser.isSet(passphrase);
    if (usePassphrase && (!recipients.empty() || !memberIds.empty()))
        throw UsageError(tr("--passphrase cannot be combined with --to or --to-member: age encrypts to one or the other"));
    if (!usePassphrase && recipients.empty() && memberIds.empty())
        throw UsageError(tr("choose who can open it: --to age1…, --to-member ID or --passphrase"));
    if (!parser.isSet(output))
        throw UsageError(tr("-o FILE is required"));
    const QString outputPath = parser.value(output);
    if (QFileInfo::exists(outputPath))
        throw UsageError(tr("%1 already exists; choose a new file name").arg(outputPath));
    if (!QFileInfo(QFileInfo(outputPath).absolutePath()).isDir())
        throw UsageError(tr("the folder of %1 does not exist").arg(outputPath));

    auto vault = ctx.openVault(parser.positionalArguments().first());
    Database& db = vault->database();
    QStringList unpinnedMembers;
    for (const std::int64_t id : memberIds) {
        const CareTeamMember member = CareTeamRepository(db).get(id);
        recipients.push_back(ShareRecipient::fromCareTeamMember(member));
        if (!member.pinned)
            unpinnedMembers << member.name;
    }
    ShareContent content = ShareContent::collect(db, selection);
    const std::vector<ShareContent::Finding> findings = content.findIdentifiers(ShareContent::scannerFor(db));
    const bool redacting = parser.isSet(redact);
    QJsonArray identifiersJson;
    for (const ShareContent::Finding& finding : findings) {
        identifiersJson.append(QJsonObject{
            {QStringLiteral("entry_id"), static_cast<qint64>(content.entries[finding.entryIndex].id)},
            {QStringLiteral("field"), fieldName(finding.field)},
            {QStringLiteral("category"), IdentifierScanner::categoryName(finding.match.category)},
            {QStringLiteral("text"), finding.match.text},
            {QStringLiteral("removed"), redacting},
        });
    }
    if (!ctx.json()) {
        printPreview(ctx, content);
        if (!findings.empty()) {
            ctx.out() << (redacting ? tr("Identifiers removed (--redact):")
                                    : tr("Identifiers found (they will leave as they are; --redact removes them):"))
                      << '\n';
            for (const ShareContent::Finding& finding : findings)
                ctx.out() << "  "
                          << tr("entry %1, %2: %3 \"%4\"")
                                 .arg(content.entries[finding.entryIndex].id)
                                 .arg(fieldName(finding.field), IdentifierScanner::categoryName(finding.match.category),
                                      finding.match.text)
                          << '\n';
        }
        for (const QString& name : unpinnedMembers)
            ctx.out() << tr("Warning: the keys of %1 are not pinned; confirm their fingerprint before sending.").arg(name)
                      << '\n';
    }
    if (redacting)
        content.redact(findings);

    SharePackageWriter writer(*vault);
    SharePackageWriter::Result result;
    SecretBytes oneTime;
    if (usePassphrase) {
        oneTime = OneTimePassphrase::generate();
        result = writer.writeForPassphrase(content, oneTime, outputPath);
    } else {
        result = writer.writeForRecipients(content, recipients, outputPath);
    }

    if (ctx.json()) {
        QJsonArray recipientsJson;
        if (usePassphrase)
            recipientsJson.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(ShareRecipient::PassphraseKind)}});
        for (const ShareRecipient& recipient : recipients)
            recipientsJson.append(QJsonObject{{QStringLiteral("label"), recipient.label},
                                              {QStringLiteral("kind"), recipient.kind},
                                              {QStringLiteral("fingerprint"), recipient.fingerprint()}});
        QJsonArray entriesJson;
        for (const ShareContent::Entry& entry : content.entries)
            entriesJson.append(QJsonObject{{QStringLiteral("id"), static_cast<qint64>(entry.id)},
                                           {QStringLiteral("occurred_at"), utcTime(entry.occurredAt)},
                                           {QStringLiteral("title"), entry.title}});
        QJsonObject json{
            {QStringLiteral("export_id"), result.exportId},
            {QStringLiteral("file"), result.path},
            {QStringLiteral("size"), result.size},
            {QStringLiteral("sha256"), result.sha256},
            {QStringLiteral("created"), utcTime(result.created)},
            {QStringLiteral("items"), result.itemCount},
            {QStringLiteral("signer_fingerprint"), writer.identity().fingerprint().toDisplayString()},
            {QStringLiteral("recipients"), recipientsJson},
            {QStringLiteral("entries"), entriesJson},
            {QStringLiteral("medications"), static_cast<int>(content.medications.size())},
            {QStringLiteral("insurance"), static_cast<int>(content.insurancePlans.size())},
            {QStringLiteral("appointments"), static_cast<int>(content.appointments.size())},
            {QStringLiteral("identifiers"), identifiersJson},
            {QStringLiteral("disclosure_id"), static_cast<qint64>(result.disclosureId)},
        };
        if (usePassphrase)
            json.insert(QStringLiteral("passphrase"), secretText(oneTime));
        ctx.printJson(json);
        return ExitOk;
    }
    ctx.out() << tr("Recipients:") << '\n';
    if (usePassphrase)
        ctx.out() << "  " << tr("one-time passphrase") << '\n';
    for (const ShareRecipient& recipient : recipients)
        ctx.out() << "  " << recipient.label << "  " << tr("(fingerprint %1)").arg(recipient.fingerprint()) << '\n';
    ctx.out() << tr("Wrote %1 (%2 bytes), export id %3, records shared: %4.")
                     .arg(result.path)
                     .arg(result.size)
                     .arg(result.exportId)
                     .arg(result.itemCount)
              << '\n'
              << tr("SHA-256: %1").arg(result.sha256) << '\n'
              << tr("Signed by this vault's key, fingerprint %1.").arg(writer.identity().fingerprint().toDisplayString())
              << '\n';
    if (usePassphrase)
        ctx.out() << tr("One-time passphrase (shown only now; give it to the recipient another way than the file):")
                  << '\n'
                  << "  " << secretText(oneTime) << '\n';
    return ExitOk;
}

// What open and verify share: where the key or passphrase comes from, the expected signer, the vault.
struct OpenOptions
{
    QCommandLineOption identity {QStringLiteral("identity"),
                                 tr("Open with this vault's age key (its passphrase is read like other secrets); "
                                    "the vault also remembers export ids and knows its pinned care team."),
                                 QStringLiteral("VAULT")};
    QCommandLineOption passphrase {QStringLiteral("passphrase"),
                                   tr("Open with the one-time passphrase, read from standard input.")};
    QCommandLineOption signerKey {QStringLiteral("signer-key"),
                                  tr("The minisign public key the share must be signed with (base64 line or .pub "
                                     "file); without it the package's own key is used and reported as not pinned."),
                                  QStringLiteral("KEY")};

    void addTo(QCommandLineParser& parser) const { parser.addOptions({identity, passphrase, signerKey}); }
};

struct PreparedOpen
{
    std::unique_ptr<Vault> vault;
    SharePackageReader reader;
};

void prepareOpen(CliContext& ctx, const QCommandLineParser& parser, const OpenOptions& options, bool recordExport,
                 PreparedOpen& prepared)
{
    if (parser.isSet(options.identity) == parser.isSet(options.passphrase))
        throw UsageError(tr("give either --identity VAULT or --passphrase"));
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo(path).isFile())
        throw UsageError(tr("%1 is not a file").arg(path));
    if (parser.isSet(options.signerKey))
        prepared.reader.setExpectedSigner(parseSignerKey(parser.value(options.signerKey)));
    if (parser.isSet(options.identity)) {
        prepared.vault = ctx.openVault(parser.value(options.identity));
        prepared.reader.addIdentity(VaultIdentity::load(prepared.vault->database()).ageIdentity().clone());
        prepared.reader.setVault(prepared.vault->database(), recordExport);
    } else {
        prepared.reader.setPassphrase(ctx.readSecret(tr("One-time passphrase: ")));
    }
}

QJsonObject signerJson(const OpenedShare& share)
{
    return {
        {QStringLiteral("name"), share.signerName},
        {QStringLiteral("key"), share.signerKey},
        {QStringLiteral("key_id"), share.signerKeyId},
        {QStringLiteral("fingerprint"), share.signerFingerprint},
        {QStringLiteral("pinned"), share.signerPinned},
    };
}

QJsonObject verdictJson(const OpenedShare& share)
{
    return {
        {QStringLiteral("verified"), true},
        {QStringLiteral("signer"), signerJson(share)},
        {QStringLiteral("export_id"), share.manifest.exportId},
        {QStringLiteral("created"), utcTime(share.manifest.created)},
        {QStringLiteral("recipients"), QJsonArray::fromStringList(share.manifest.recipientFingerprints)},
        {QStringLiteral("items"), share.manifest.itemCount},
        {QStringLiteral("replayed"), share.replayed},
        {QStringLiteral("first_seen"), share.replayed ? utcTime(share.firstSeen) : QString()},
    };
}

void printVerdict(CliContext& ctx, const OpenedShare& share)
{
    QTextStream& out = ctx.out();
    QString who = share.signerName;
    if (who.isEmpty())
        who = share.signerPinned ? tr("the expected key") : tr("a key that is not pinned");
    out << tr("Verified: every file is unchanged and signed by %1.").arg(who) << '\n';
    out << tr("Signer key:   %1 (key id %2)").arg(share.signerKey, share.signerKeyId) << '\n';
    out << tr("Fingerprint:  %1").arg(share.signerFingerprint) << '\n';
    if (share.signerPinned)
        out << tr("Pinned:       yes") << '\n';
    else
        out << tr("Pinned:       NO: the package vouches for its own key; compare the fingerprint above with the one "
                  "the sender gave you")
            << '\n';
    out << tr("Export id:    %1, created %2, records: %3").arg(share.manifest.exportId, utcTime(share.manifest.created))
               .arg(share.manifest.itemCount)
        << '\n';
    if (share.replayed)
        out << tr("Warning: this export was already opened in this vault on %1; this copy may be a replay.")
                   .arg(localTime(share.firstSeen))
            << '\n';
}

QJsonObject viewJson(const ShareView& view)
{
    QJsonArray entries;
    for (const ShareView::Entry& e : view.entries)
        entries.append(QJsonObject{{QStringLiteral("id"), e.id},
                                   {QStringLiteral("date"), utcTime(e.date)},
                                   {QStringLiteral("title"), e.title},
                                   {QStringLiteral("body"), e.body},
                                   {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)}});
    QJsonArray medications;
    for (const ShareView::Medication& m : view.medications)
        medications.append(QJsonObject{{QStringLiteral("id"), m.id},
                                       {QStringLiteral("name"), m.name},
                                       {QStringLiteral("dosage"), m.dosage},
                                       {QStringLiteral("route"), m.route},
                                       {QStringLiteral("status"), m.status},
                                       {QStringLiteral("start"), dateText(m.start)},
                                       {QStringLiteral("end"), dateText(m.end)},
                                       {QStringLiteral("reason"), m.reason},
                                       {QStringLiteral("note"), m.note}});
    QJsonArray coverages;
    for (const ShareView::Coverage& c : view.coverages)
        coverages.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("payer"), c.payer},
                                     {QStringLiteral("plan"), c.plan},
                                     {QStringLiteral("type"), c.type},
                                     {QStringLiteral("member_id"), c.memberId},
                                     {QStringLiteral("group_number"), c.groupNumber},
                                     {QStringLiteral("subscriber"), c.subscriber},
                                     {QStringLiteral("relationship"), c.relationship},
                                     {QStringLiteral("start"), dateText(c.start)},
                                     {QStringLiteral("end"), dateText(c.end)}});
    QJsonArray appointments;
    for (const ShareView::Appointment& a : view.appointments)
        appointments.append(QJsonObject{{QStringLiteral("id"), a.id},
                                        {QStringLiteral("description"), a.description},
                                        {QStringLiteral("status"), a.status},
                                        {QStringLiteral("start"), utcTime(a.start)},
                                        {QStringLiteral("end"), utcTime(a.end)},
                                        {QStringLiteral("provider"), a.provider},
                                        {QStringLiteral("place"), a.place},
                                        {QStringLiteral("comment"), a.comment}});
    return {
        {QStringLiteral("patient"), QJsonObject{{QStringLiteral("name"), view.patientName},
                                                {QStringLiteral("birth_date"), dateText(view.patientBirthDate)},
                                                {QStringLiteral("gender"), view.patientGender}}},
        {QStringLiteral("entries"), entries},
        {QStringLiteral("medications"), medications},
        {QStringLiteral("insurance"), coverages},
        {QStringLiteral("appointments"), appointments},
    };
}

void printView(CliContext& ctx, const ShareView& view)
{
    QTextStream& out = ctx.out();
    QString patient = view.patientName.isEmpty() ? tr("(no name)") : view.patientName;
    if (view.patientBirthDate.isValid())
        patient += QLatin1Char(' ') + tr("(born %1)").arg(dateText(view.patientBirthDate));
    out << '\n' << tr("Patient: %1").arg(patient) << '\n';
    out << '\n' << tr("Journal entries (%1)").arg(view.entries.size()) << '\n';
    for (const ShareView::Entry& e : view.entries) {
        out << '\n' << localTime(e.date) << "  " << e.title;
        if (!e.tags.isEmpty())
            out << "  [" << e.tags.join(QStringLiteral(", ")) << ']';
        out << '\n';
        for (const QString& line : e.body.split(QLatin1Char('\n')))
            out << "    " << line << '\n';
    }
    if (view.hasMedicationSection) {
        out << '\n' << tr("Medications (%1)").arg(view.medications.size()) << '\n';
        for (const ShareView::Medication& m : view.medications) {
            out << "  " << m.name;
            if (!m.dosage.isEmpty())
                out << ": " << m.dosage;
            out << " (" << m.status;
            if (m.start.isValid())
                out << ", " << tr("from %1").arg(dateText(m.start));
            if (m.end.isValid())
                out << ", " << tr("stopped %1").arg(dateText(m.end));
            out << ")\n";
        }
    }
    if (view.hasCoverageSection) {
        out << '\n' << tr("Insurance (%1)").arg(view.coverages.size()) << '\n';
        for (const ShareView::Coverage& c : view.coverages) {
            out << "  " << c.payer;
            if (!c.plan.isEmpty())
                out << ", " << c.plan;
            if (!c.memberId.isEmpty())
                out << ", " << tr("member id %1").arg(c.memberId);
            if (!c.groupNumber.isEmpty())
                out << ", " << tr("group %1").arg(c.groupNumber);
            out << '\n';
        }
    }
    if (view.hasAppointmentSection) {
        out << '\n' << tr("Appointments (%1)").arg(view.appointments.size()) << '\n';
        for (const ShareView::Appointment& a : view.appointments) {
            out << "  " << localTime(a.start) << "  " << a.description;
            if (!a.provider.isEmpty())
                out << ", " << tr("with %1").arg(a.provider);
            if (!a.place.isEmpty())
                out << ", " << tr("at %1").arg(a.place);
            out << " (" << a.status << ")\n";
        }
    }
}

// Writes the verified members, 0600, into a folder that did not exist (0700).
void extractMembers(const OpenedShare& share, const QString& folder)
{
    if (!QDir().mkdir(folder))
        throw ShareError(ShareError::Kind::Io, tr("Cannot create the folder %1.").arg(folder));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QDir dir(folder);
    for (const TarArchive::Member& member : share.members) {
        QFile file(dir.filePath(member.path));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            throw ShareError(ShareError::Kind::Io, tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (file.write(member.data) != member.data.size() || !file.flush())
            throw ShareError(ShareError::Kind::Io, tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
}

int runShareOpen(CliContext& ctx)
{
    QCommandLineParser parser;
    const OpenOptions options;
    options.addTo(parser);
    const QCommandLineOption extract(QStringLiteral("extract"),
                                     tr("Also write the verified files into DIR, a new folder."), QStringLiteral("DIR"));
    parser.addOption(extract);
    if (!ctx.parse(parser,
                   tr("Decrypt and verify a .carnet-share, then show who signed it and what it holds."),
                   QStringLiteral("FILE"), 1, 1))
        return ExitOk;
    const QString extractTo = parser.value(extract);
    if (parser.isSet(extract) && QFileInfo::exists(extractTo))
        throw UsageError(tr("%1 already exists; --extract needs a new folder").arg(extractTo));
    PreparedOpen prepared;
    prepareOpen(ctx, parser, options, true, prepared);
    const OpenedShare share = prepared.reader.open(parser.positionalArguments().first());
    if (parser.isSet(extract))
        extractMembers(share, extractTo);
    if (ctx.json()) {
        QJsonObject json = verdictJson(share);
        const QJsonObject view = viewJson(share.view);
        for (auto it = view.begin(); it != view.end(); ++it)
            json.insert(it.key(), it.value());
        if (parser.isSet(extract))
            json.insert(QStringLiteral("extracted_to"), extractTo);
        ctx.printJson(json);
        return ExitOk;
    }
    printVerdict(ctx, share);
    printView(ctx, share.view);
    if (parser.isSet(extract))
        ctx.out() << '\n' << tr("Wrote the %1 verified files to %2.").arg(share.members.size()).arg(extractTo) << '\n';
    return ExitOk;
}

int runShareVerify(CliContext& ctx)
{
    QCommandLineParser parser;
    const OpenOptions options;
    options.addTo(parser);
    if (!ctx.parse(parser,
                   tr("Decrypt and verify a .carnet-share and print only the verdict (exit 0 when it verifies, 3 for a "
                      "wrong key or passphrase, 4 when it is damaged, tampered with or badly signed)."),
                   QStringLiteral("FILE"), 1, 1))
        return ExitOk;
    PreparedOpen prepared;
    prepareOpen(ctx, parser, options, false, prepared);
    const OpenedShare share = prepared.reader.open(parser.positionalArguments().first());
    if (ctx.json()) {
        ctx.printJson(verdictJson(share));
        return ExitOk;
    }
    printVerdict(ctx, share);
    return ExitOk;
}

int runDisclosures(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, tr("List every share made from this vault: what, to whom, when, and the file's SHA-256."),
                   QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    auto vault = ctx.openVault(parser.positionalArguments().first());
    const std::vector<DisclosureLog::Disclosure> disclosures = DisclosureLog(vault->database()).list();
    if (ctx.json()) {
        QJsonArray array;
        for (const DisclosureLog::Disclosure& d : disclosures) {
            QJsonArray recipients;
            for (const DisclosureLog::Recipient& r : d.recipients)
                recipients.append(QJsonObject{{QStringLiteral("label"), r.label},
                                              {QStringLiteral("kind"), r.kind},
                                              {QStringLiteral("fingerprint"), r.fingerprint}});
            array.append(QJsonObject{{QStringLiteral("id"), static_cast<qint64>(d.id)},
                                     {QStringLiteral("at"), utcTime(d.at)},
                                     {QStringLiteral("export_id"), d.exportId},
                                     {QStringLiteral("recipients"), recipients},
                                     {QStringLiteral("items"), d.items},
                                     {QStringLiteral("item_count"), d.itemCount},
                                     {QStringLiteral("sha256"), d.packageSha256},
                                     {QStringLiteral("file_name"), d.fileName}});
        }
        ctx.printJson(array);
        return ExitOk;
    }
    if (disclosures.empty()) {
        ctx.out() << tr("Nothing has been shared from this vault.") << '\n';
        return ExitOk;
    }
    for (const DisclosureLog::Disclosure& d : disclosures) {
        QStringList to;
        for (const DisclosureLog::Recipient& r : d.recipients)
            to << r.label;
        ctx.out() << localTime(d.at) << "  " << tr("records: %1").arg(d.itemCount) << "  "
                  << tr("to %1").arg(to.join(QStringLiteral("; "))) << '\n'
                  << "    " << tr("file %1, export id %2").arg(d.fileName, d.exportId) << '\n'
                  << "    " << tr("SHA-256 %1").arg(d.packageSha256) << '\n';
    }
    return ExitOk;
}

} // namespace

void addShareCommands(CommandList& commands)
{
    commands.push_back({QStringLiteral("identity show"), tr("Show this vault's public keys and fingerprint"), runIdentityShow});
    commands.push_back({QStringLiteral("share create"), tr("Make an encrypted, signed share of chosen records"),
                        runShareCreate});
    commands.push_back({QStringLiteral("share open"), tr("Decrypt, verify and show a share"), runShareOpen});
    commands.push_back({QStringLiteral("share verify"), tr("Decrypt and verify a share; print only the verdict"),
                        runShareVerify});
    commands.push_back({QStringLiteral("disclosures"), tr("List what was shared, with whom and when"), runDisclosures});
}

} // namespace carnet::cli
