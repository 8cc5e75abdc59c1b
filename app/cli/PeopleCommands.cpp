// carnet-cli commands for the people records: profile show|set, and add|list|show|edit|delete|restore for allergy,
// condition and careteam.
#include "AllergyRepository.h"
#include "CareTeamRepository.h"
#include "CliCommand.h"
#include "CliContext.h"
#include "ConditionRepository.h"
#include "ContactFormat.h"
#include "ProfileRepository.h"
#include "PublicKeyText.h"
#include "RecordError.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>
#include <type_traits>

namespace carnet::cli {

namespace {

// ---- Shared parsing and printing ------------------------------------------------------------------------------

template <typename Record> QJsonObject recordJson(const Record& record)
{
    QJsonObject json = record.toJson();
    json.insert(QStringLiteral("id"),
                record.id == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(static_cast<qint64>(record.id)));
    json.insert(QStringLiteral("created_at"),
                record.createdAt.isValid() ? QJsonValue(RecordStore::timestamp(record.createdAt))
                                           : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("updated_at"),
                record.updatedAt.isValid() ? QJsonValue(RecordStore::timestamp(record.updatedAt))
                                           : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("version"), record.version);
    return json;
}

// Label: value lines, aligned, skipping empty values; later lines of a multi-line value are indented.
void printFields(QTextStream& out, const QList<std::pair<QString, QString>>& fields)
{
    qsizetype width = 0;
    for (const auto& [label, value] : fields) {
        if (!value.isEmpty())
            width = std::max(width, label.size());
    }
    for (const auto& [label, value] : fields) {
        if (value.isEmpty())
            continue;
        const QStringList lines = value.split(QLatin1Char('\n'));
        out << "  " << (label + QLatin1Char(':')).leftJustified(width + 2) << lines.first() << '\n';
        for (qsizetype i = 1; i < lines.size(); ++i)
            out << QString(width + 4, QLatin1Char(' ')) << lines.at(i) << '\n';
    }
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

template <typename Record> QString versionText(const Record& record)
{
    return tr("%1, last changed %2").arg(record.version).arg(record.updatedAt.toLocalTime().toString(Qt::ISODate));
}

// A machine word from a fixed list; an empty value clears the field when clearable.
QString parseWord(const QString& text, const QStringList& allowed, const QString& option, bool clearable)
{
    const QString word = text.trimmed().toLower();
    if (word.isEmpty() && clearable)
        return {};
    if (!allowed.contains(word))
        throw UsageError(tr("unknown --%1 '%2' (use %3)").arg(option, text, allowed.join(QStringLiteral(", "))));
    return word;
}

// An empty value clears an optional date.
QDate parseOptionalDate(const QString& text)
{
    return text.trimmed().isEmpty() ? QDate() : CliContext::parseDate(text);
}

QString parsePhone(const QString& text, const QString& option)
{
    const QString number = text.trimmed();
    if (!number.isEmpty() && !ContactFormat::isPhoneNumber(number))
        throw UsageError(tr("--%1: '%2' is not a phone number").arg(option, number));
    return number;
}

// "label|number", or a number alone.
LabelledPhone parseLabelledPhone(const QString& text, const QString& option)
{
    const qsizetype bar = text.indexOf(QLatin1Char('|'));
    LabelledPhone phone = bar < 0 ? LabelledPhone {QString(), text.trimmed()}
                                  : LabelledPhone {text.left(bar).trimmed(), text.mid(bar + 1).trimmed()};
    if (phone.number.isEmpty())
        throw UsageError(tr("--%1 '%2' has no phone number; use \"label|number\"").arg(option, text));
    phone.number = parsePhone(phone.number, option);
    return phone;
}

QString parseEmail(const QString& text)
{
    const QString email = text.trimmed();
    if (!email.isEmpty() && !ContactFormat::isEmailAddress(email))
        throw UsageError(tr("--email: '%1' is not an e-mail address").arg(email));
    return email;
}

std::optional<double> parseMeasure(const QString& text, const QString& option, const QString& unit)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !(value > 0))
        throw UsageError(tr("--%1 must be a positive number of %2, not '%3'").arg(option, unit, text));
    return value;
}

QString readTextFile(const QString& path, const QString& option)
{
    // The passphrase comes from standard input when it is not a terminal, so nothing else can come from it.
    if (path == QLatin1String("-"))
        throw UsageError(tr("--%1 needs a file; standard input is where the passphrase is read").arg(option));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UsageError(tr("--%1: cannot read %2: %3").arg(option, path, file.errorString()));
    const QByteArray bytes = file.read(1024 * 1024);
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        throw UsageError(tr("--%1: %2 is not UTF-8 text").arg(option, path));
    return text;
}

// --notes TEXT or --notes-file FILE, shared by every kind here.
struct NotesOptions
{
    QCommandLineOption notes {QStringLiteral("notes"), tr("Notes."), QStringLiteral("text")};
    QCommandLineOption notesFile {QStringLiteral("notes-file"), tr("Read the notes (UTF-8) from FILE."),
                                  QStringLiteral("FILE")};

    std::optional<QString> read(const QCommandLineParser& parser) const
    {
        if (parser.isSet(notes) && parser.isSet(notesFile))
            throw UsageError(tr("give either --notes or --notes-file, not both"));
        if (parser.isSet(notes))
            return parser.value(notes);
        if (parser.isSet(notesFile))
            return readTextFile(parser.value(notesFile), QStringLiteral("notes-file"));
        return std::nullopt;
    }
};

bool anySet(const QCommandLineParser& parser, const QList<QCommandLineOption>& options)
{
    for (const QCommandLineOption& option : options) {
        if (parser.isSet(option))
            return true;
    }
    return false;
}

// ---- Profile --------------------------------------------------------------------------------------------------

struct ProfileOptions
{
    QCommandLineOption name {QStringLiteral("name"), tr("Full name."), QStringLiteral("name")};
    QCommandLineOption preferredName {QStringLiteral("preferred-name"), tr("The name you go by."),
                                      QStringLiteral("name")};
    QCommandLineOption birthDate {QStringLiteral("birth-date"), tr("Birth date, YYYY-MM-DD."), QStringLiteral("date")};
    QCommandLineOption sex {QStringLiteral("sex"), tr("female, male, other or unknown."), QStringLiteral("sex")};
    QCommandLineOption gender {QStringLiteral("gender"), tr("Gender identity, in your words."), QStringLiteral("text")};
    QCommandLineOption bloodType {QStringLiteral("blood-type"), tr("A+, A-, B+, B-, AB+, AB-, O+ or O-."),
                                  QStringLiteral("type")};
    QCommandLineOption height {QStringLiteral("height"), tr("Height in centimetres."), QStringLiteral("cm")};
    QCommandLineOption weight {QStringLiteral("weight"), tr("Weight in kilograms."), QStringLiteral("kg")};
    QCommandLineOption address {QStringLiteral("address"), tr("Postal address."), QStringLiteral("text")};
    QCommandLineOption phone {QStringLiteral("phone"), tr("Phone number."), QStringLiteral("number")};
    QCommandLineOption email {QStringLiteral("email"), tr("E-mail address."), QStringLiteral("address")};
    QCommandLineOption language {QStringLiteral("language"), tr("Preferred language, e.g. en, fr, pt-BR."),
                                 QStringLiteral("tag")};
    QCommandLineOption emergencyContact {QStringLiteral("emergency-contact"),
                                         tr("An emergency contact as \"Name|relation|phone\"; repeat for several. "
                                            "Replaces the list; an empty value clears it."),
                                         QStringLiteral("contact")};
    QCommandLineOption organDonor {QStringLiteral("organ-donor"), tr("yes, no or unknown."), QStringLiteral("answer")};
    NotesOptions notes;

    QList<QCommandLineOption> all() const
    {
        return {name,        preferredName,  birthDate, sex,   gender,   bloodType,        height,
                weight,      address,        phone,     email, language, emergencyContact, organDonor,
                notes.notes, notes.notesFile};
    }

    ProfileChanges changes(const QCommandLineParser& parser) const
    {
        ProfileChanges changes;
        if (parser.isSet(name))
            changes.fullName = parser.value(name);
        if (parser.isSet(preferredName))
            changes.preferredName = parser.value(preferredName);
        if (parser.isSet(birthDate))
            changes.birthDate = parseOptionalDate(parser.value(birthDate));
        if (parser.isSet(sex))
            changes.sex = parseWord(parser.value(sex), Profile::sexes(), QStringLiteral("sex"), true);
        if (parser.isSet(gender))
            changes.genderIdentity = parser.value(gender);
        if (parser.isSet(bloodType)) {
            const QString value = parser.value(bloodType);
            const QString normalized = Profile::normalizedBloodType(value);
            if (!value.trimmed().isEmpty() && normalized.isEmpty()) {
                throw UsageError(tr("unknown --blood-type '%1' (use %2)")
                                     .arg(value, Profile::bloodTypes().join(QStringLiteral(", "))));
            }
            changes.bloodType = normalized;
        }
        if (parser.isSet(height))
            changes.heightCm = parseMeasure(parser.value(height), QStringLiteral("height"), tr("centimetres"));
        if (parser.isSet(weight))
            changes.weightKg = parseMeasure(parser.value(weight), QStringLiteral("weight"), tr("kilograms"));
        if (parser.isSet(address))
            changes.address = parser.value(address);
        if (parser.isSet(phone))
            changes.phone = parsePhone(parser.value(phone), QStringLiteral("phone"));
        if (parser.isSet(email))
            changes.email = parseEmail(parser.value(email));
        if (parser.isSet(language))
            changes.language = parser.value(language);
        if (parser.isSet(emergencyContact)) {
            QList<EmergencyContact> contacts;
            for (const QString& value : parser.values(emergencyContact)) {
                if (value.trimmed().isEmpty())
                    continue;
                const QStringList parts = value.split(QLatin1Char('|'));
                if (parts.size() > 3 || parts.first().trimmed().isEmpty()) {
                    throw UsageError(
                        tr("--emergency-contact '%1' is not \"Name|relation|phone\" with a name").arg(value));
                }
                contacts.append({parts.value(0).trimmed(), parts.value(1).trimmed(),
                                 parsePhone(parts.value(2), QStringLiteral("emergency-contact"))});
            }
            changes.emergencyContacts = contacts;
        }
        if (parser.isSet(organDonor)) {
            const QString answer = parseWord(parser.value(organDonor),
                                             {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("unknown")},
                                             QStringLiteral("organ-donor"), false);
            changes.organDonor = answer == QLatin1String("unknown")
                ? std::optional<bool>()
                : std::optional<bool>(answer == QLatin1String("yes"));
        }
        if (const std::optional<QString> text = notes.read(parser))
            changes.notes = *text;
        return changes;
    }
};

void printProfile(CliContext& ctx, const Profile& profile)
{
    QTextStream& out = ctx.out();
    if (profile.id == 0) {
        out << tr("No profile yet; set one with 'carnet-cli profile set'.") << '\n';
        return;
    }
    out << tr("Profile: %1").arg(profile.displayName().isEmpty() ? tr("(no name)") : profile.displayName()) << '\n';
    QStringList contacts;
    for (const EmergencyContact& contact : profile.emergencyContacts) {
        QStringList parts {contact.name};
        if (!contact.relation.isEmpty())
            parts << contact.relation;
        if (!contact.phone.isEmpty())
            parts << contact.phone;
        contacts << parts.join(QStringLiteral(", "));
    }
    const std::optional<int> age = profile.ageOn(QDate::currentDate());
    const auto measure = [](const std::optional<double>& value, const QString& unit) {
        return value ? QStringLiteral("%1 %2").arg(*value).arg(unit) : QString();
    };
    printFields(
        out,
        {
            {tr("Name"), profile.fullName},
            {tr("Preferred name"), profile.preferredName},
            {tr("Birth date"),
             profile.birthDate.isValid() ? tr("%1 (age %2)").arg(dateText(profile.birthDate)).arg(age.value_or(0))
                                         : QString()},
            {tr("Sex"), Profile::sexLabel(profile.sex)},
            {tr("Gender identity"), profile.genderIdentity},
            {tr("Blood type"), profile.bloodType},
            {tr("Height"), measure(profile.heightCm, QStringLiteral("cm"))},
            {tr("Weight"), measure(profile.weightKg, QStringLiteral("kg"))},
            {tr("Address"), profile.address},
            {tr("Phone"), profile.phone},
            {tr("E-mail"), profile.email},
            {tr("Language"), profile.language},
            {tr("Emergency contacts"), contacts.join(QLatin1Char('\n'))},
            {tr("Organ donor"), profile.organDonor ? (*profile.organDonor ? tr("yes") : tr("no")) : QString()},
            {tr("Notes"), profile.notes},
            {tr("Version"), versionText(profile)},
        });
}

int runProfileShow(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, tr("Show your profile: name, birth date, contacts, emergency contacts."),
                   QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    const Profile profile = ProfileRepository(vault->database()).get();
    if (ctx.json())
        ctx.printJson(recordJson(profile));
    else
        printProfile(ctx, profile);
    return ExitOk;
}

int runProfileSet(CliContext& ctx)
{
    QCommandLineParser parser;
    const ProfileOptions options;
    parser.addOptions(options.all());
    if (!ctx.parse(parser,
                   tr("Set fields of your profile: only the options given change; an empty value clears a field. "
                      "The earlier version is kept."),
                   QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    if (!anySet(parser, options.all()))
        throw UsageError(tr("nothing to set; give at least one option"));
    const ProfileChanges changes = options.changes(parser);
    // Checked on an empty profile first, so a typo costs no passphrase.
    Profile probe;
    changes.applyTo(probe);
    probe.normalizeAndValidate();

    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    const Profile saved = ProfileRepository(vault->database()).set(changes);
    if (ctx.json())
        ctx.printJson(recordJson(saved));
    else
        ctx.out() << tr("Saved the profile (version %1).").arg(saved.version) << '\n';
    return ExitOk;
}

// ---- Allergies, conditions, care team: one set of commands, three kinds ---------------------------------------

// What the shared commands need to know about one kind: its repository, options, printing and messages.
struct AllergyKind
{
    using Record = Allergy;
    using Repository = AllergyRepository;

    struct Options
    {
        QCommandLineOption substance {QStringLiteral("substance"), tr("What you are allergic to."),
                                      QStringLiteral("name")};
        QCommandLineOption category {QStringLiteral("category"), tr("food, medication, environment or other."),
                                     QStringLiteral("category")};
        QCommandLineOption reaction {QStringLiteral("reaction"), tr("What happens, e.g. hives."),
                                     QStringLiteral("text")};
        QCommandLineOption severity {QStringLiteral("severity"), tr("mild, moderate or severe."),
                                     QStringLiteral("severity")};
        QCommandLineOption criticality {QStringLiteral("criticality"),
                                        tr("Risk of a serious reaction: low, high or unable-to-assess."),
                                        QStringLiteral("criticality")};
        QCommandLineOption onset {QStringLiteral("onset"), tr("When it started, YYYY-MM-DD."), QStringLiteral("date")};
        QCommandLineOption status {QStringLiteral("status"), tr("active (default), inactive or resolved."),
                                   QStringLiteral("status")};
        NotesOptions notes;

        const QCommandLineOption& required() const { return substance; }
        QList<QCommandLineOption> all() const
        {
            return {substance, category, reaction, severity, criticality, onset, status, notes.notes, notes.notesFile};
        }
        void applyTo(const QCommandLineParser& parser, Allergy& allergy) const
        {
            if (parser.isSet(substance))
                allergy.substance = parser.value(substance);
            if (parser.isSet(category))
                allergy.category
                    = parseWord(parser.value(category), Allergy::categories(), QStringLiteral("category"), true);
            if (parser.isSet(reaction))
                allergy.reaction = parser.value(reaction);
            if (parser.isSet(severity))
                allergy.severity
                    = parseWord(parser.value(severity), Allergy::severities(), QStringLiteral("severity"), true);
            if (parser.isSet(criticality)) {
                allergy.criticality = parseWord(parser.value(criticality), Allergy::criticalities(),
                                                QStringLiteral("criticality"), true);
            }
            if (parser.isSet(onset))
                allergy.onsetDate = parseOptionalDate(parser.value(onset));
            if (parser.isSet(status))
                allergy.status = parseWord(parser.value(status), Allergy::statuses(), QStringLiteral("status"), false);
            if (const std::optional<QString> text = notes.read(parser))
                allergy.notes = *text;
        }
    };

    static QString addHelp() { return tr("Add an allergy or intolerance; prints its id. --substance is required."); }
    static QString listHelp() { return tr("List allergies: active first, the most severe first."); }
    static QString showHelp() { return tr("Show an allergy."); }
    static QString editHelp()
    {
        return tr("Change an allergy: only the options given change; an empty value clears a field. The earlier "
                  "version is kept.");
    }
    static QString deleteHelp() { return tr("Delete an allergy. It stays restorable with 'allergy restore'."); }
    static QString restoreHelp() { return tr("Restore a deleted allergy."); }
    static QString added(std::int64_t id) { return tr("Added allergy %1.").arg(id); }
    static QString updated(std::int64_t id, int version)
    {
        return tr("Updated allergy %1 (version %2).").arg(id).arg(version);
    }
    static QString deleted(std::int64_t id) { return tr("Deleted allergy %1.").arg(id); }
    static QString restored(std::int64_t id) { return tr("Restored allergy %1.").arg(id); }
    static QString none(bool deletedOnes) { return deletedOnes ? tr("No deleted allergies.") : tr("No allergies."); }

    static QString line(const Allergy& allergy)
    {
        QStringList details;
        if (!allergy.reaction.isEmpty())
            details << allergy.reaction;
        if (!allergy.severity.isEmpty())
            details << Allergy::severityLabel(allergy.severity);
        if (!allergy.category.isEmpty())
            details << Allergy::categoryLabel(allergy.category);
        QString text = Allergy::statusLabel(allergy.status).leftJustified(10) + QLatin1Char(' ') + allergy.substance;
        if (!details.isEmpty())
            text += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
        return text;
    }

    static void print(QTextStream& out, const Allergy& allergy)
    {
        out << tr("Allergy %1: %2").arg(allergy.id).arg(allergy.substance) << '\n';
        printFields(out,
                    {
                        {tr("Substance"), allergy.substance},
                        {tr("Category"), Allergy::categoryLabel(allergy.category)},
                        {tr("Reaction"), allergy.reaction},
                        {tr("Severity"), Allergy::severityLabel(allergy.severity)},
                        {tr("Criticality"), Allergy::criticalityLabel(allergy.criticality)},
                        {tr("Since"), dateText(allergy.onsetDate)},
                        {tr("Status"), Allergy::statusLabel(allergy.status)},
                        {tr("Notes"), allergy.notes},
                        {tr("Version"), versionText(allergy)},
                    });
    }
};

struct ConditionKind
{
    using Record = Condition;
    using Repository = ConditionRepository;

    struct Options
    {
        QCommandLineOption name {QStringLiteral("name"), tr("The condition, e.g. asthma."), QStringLiteral("name")};
        QCommandLineOption onset {QStringLiteral("onset"), tr("When it started, YYYY-MM-DD."), QStringLiteral("date")};
        QCommandLineOption abatement {QStringLiteral("abatement"),
                                      tr("When it resolved or went into remission, YYYY-MM-DD."),
                                      QStringLiteral("date")};
        QCommandLineOption status {QStringLiteral("status"), tr("active (default), remission or resolved."),
                                   QStringLiteral("status")};
        NotesOptions notes;

        const QCommandLineOption& required() const { return name; }
        QList<QCommandLineOption> all() const { return {name, onset, abatement, status, notes.notes, notes.notesFile}; }
        void applyTo(const QCommandLineParser& parser, Condition& condition) const
        {
            if (parser.isSet(name))
                condition.name = parser.value(name);
            if (parser.isSet(onset))
                condition.onsetDate = parseOptionalDate(parser.value(onset));
            if (parser.isSet(abatement))
                condition.abatementDate = parseOptionalDate(parser.value(abatement));
            if (parser.isSet(status))
                condition.status
                    = parseWord(parser.value(status), Condition::statuses(), QStringLiteral("status"), false);
            if (const std::optional<QString> text = notes.read(parser))
                condition.notes = *text;
        }
    };

    static QString addHelp() { return tr("Add a health condition; prints its id. --name is required."); }
    static QString listHelp() { return tr("List conditions: active first, then in remission, then resolved."); }
    static QString showHelp() { return tr("Show a condition."); }
    static QString editHelp()
    {
        return tr("Change a condition: only the options given change; an empty value clears a field. The earlier "
                  "version is kept.");
    }
    static QString deleteHelp() { return tr("Delete a condition. It stays restorable with 'condition restore'."); }
    static QString restoreHelp() { return tr("Restore a deleted condition."); }
    static QString added(std::int64_t id) { return tr("Added condition %1.").arg(id); }
    static QString updated(std::int64_t id, int version)
    {
        return tr("Updated condition %1 (version %2).").arg(id).arg(version);
    }
    static QString deleted(std::int64_t id) { return tr("Deleted condition %1.").arg(id); }
    static QString restored(std::int64_t id) { return tr("Restored condition %1.").arg(id); }
    static QString none(bool deletedOnes) { return deletedOnes ? tr("No deleted conditions.") : tr("No conditions."); }

    static QString line(const Condition& condition)
    {
        QString text = Condition::statusLabel(condition.status).leftJustified(12) + QLatin1Char(' ') + condition.name;
        if (condition.onsetDate.isValid())
            text += QLatin1Char(' ') + tr("(since %1)").arg(dateText(condition.onsetDate));
        return text;
    }

    static void print(QTextStream& out, const Condition& condition)
    {
        out << tr("Condition %1: %2").arg(condition.id).arg(condition.name) << '\n';
        printFields(out,
                    {
                        {tr("Name"), condition.name},
                        {tr("Status"), Condition::statusLabel(condition.status)},
                        {tr("Since"), dateText(condition.onsetDate)},
                        {tr("Until"), dateText(condition.abatementDate)},
                        {tr("Notes"), condition.notes},
                        {tr("Version"), versionText(condition)},
                    });
    }
};

struct CareTeamKind
{
    using Record = CareTeamMember;
    using Repository = CareTeamRepository;

    struct Options
    {
        QCommandLineOption name {QStringLiteral("name"), tr("Name, e.g. \"Dr. Amina Haddad\"."),
                                 QStringLiteral("name")};
        QCommandLineOption role {QStringLiteral("role"), tr("provider (default), caregiver or other."),
                                 QStringLiteral("role")};
        QCommandLineOption specialty {QStringLiteral("specialty"), tr("Specialty, e.g. cardiology."),
                                      QStringLiteral("text")};
        QCommandLineOption organization {QStringLiteral("organization"), tr("Practice, clinic or hospital."),
                                         QStringLiteral("name")};
        QCommandLineOption phone {QStringLiteral("phone"),
                                  tr("A phone as \"label|number\" or a number; repeat for several. Replaces the list; "
                                     "an empty value clears it."),
                                  QStringLiteral("label|number")};
        QCommandLineOption email {QStringLiteral("email"), tr("E-mail address."), QStringLiteral("address")};
        QCommandLineOption address {QStringLiteral("address"), tr("Postal address."), QStringLiteral("text")};
        QCommandLineOption ageRecipient {QStringLiteral("age-recipient"),
                                         tr("Their age public key (age1…), to share with them."),
                                         QStringLiteral("key")};
        QCommandLineOption minisignKey {QStringLiteral("minisign-key"),
                                        tr("Their minisign public key (the base64 line), to check what they sign."),
                                        QStringLiteral("key")};
        QCommandLineOption minisignKeyFile {QStringLiteral("minisign-key-file"),
                                            tr("Read their minisign public key from a .pub FILE."),
                                            QStringLiteral("FILE")};
        QCommandLineOption fingerprint {QStringLiteral("fingerprint"),
                                        tr("The fingerprint they told you, to compare (64 hex digits)."),
                                        QStringLiteral("hex")};
        QCommandLineOption pin {QStringLiteral("pin"), tr("Pin their keys: you confirmed them in person.")};
        NotesOptions notes;

        const QCommandLineOption& required() const { return name; }
        QList<QCommandLineOption> all() const
        {
            return {name,         role,        specialty,       organization, phone, email,       address,
                    ageRecipient, minisignKey, minisignKeyFile, fingerprint,  pin,   notes.notes, notes.notesFile};
        }
        void applyTo(const QCommandLineParser& parser, CareTeamMember& member) const
        {
            if (parser.isSet(name))
                member.name = parser.value(name);
            if (parser.isSet(role))
                member.role = parseWord(parser.value(role), CareTeamMember::roles(), QStringLiteral("role"), false);
            if (parser.isSet(specialty))
                member.specialty = parser.value(specialty);
            if (parser.isSet(organization))
                member.organization = parser.value(organization);
            if (parser.isSet(phone)) {
                member.phones.clear();
                for (const QString& value : parser.values(phone)) {
                    if (!value.trimmed().isEmpty())
                        member.phones.append(parseLabelledPhone(value, QStringLiteral("phone")));
                }
            }
            if (parser.isSet(email))
                member.email = parseEmail(parser.value(email));
            if (parser.isSet(address))
                member.address = parser.value(address);
            if (parser.isSet(ageRecipient))
                member.ageRecipient = PublicKeyText::checkedAgeRecipient(parser.value(ageRecipient));
            if (parser.isSet(minisignKey) && parser.isSet(minisignKeyFile))
                throw UsageError(tr("give either --minisign-key or --minisign-key-file, not both"));
            if (parser.isSet(minisignKey))
                member.minisignKey = PublicKeyText::checkedMinisignKey(parser.value(minisignKey));
            if (parser.isSet(minisignKeyFile)) {
                member.minisignKey = PublicKeyText::checkedMinisignKey(
                    readTextFile(parser.value(minisignKeyFile), QStringLiteral("minisign-key-file")));
            }
            if (parser.isSet(fingerprint))
                member.fingerprint = PublicKeyText::checkedFingerprint(parser.value(fingerprint));
            if (parser.isSet(pin)) {
                // An unset time pins now, and pins the keys as they are after this change.
                member.pinned = true;
                member.pinnedAt = QDateTime();
            }
            if (const std::optional<QString> text = notes.read(parser))
                member.notes = *text;
        }
    };

    static QString addHelp()
    {
        return tr("Add a care-team member (provider or caregiver); prints its id. --name is required.");
    }
    static QString listHelp() { return tr("List your care team: providers, then caregivers, then others."); }
    static QString showHelp() { return tr("Show a care-team member with their keys."); }
    static QString editHelp()
    {
        return tr("Change a care-team member: only the options given change; an empty value clears a field. A "
                  "changed key drops the pin unless --pin is given again. The earlier version is kept.");
    }
    static QString deleteHelp()
    {
        return tr("Delete a care-team member. It stays restorable with 'careteam restore'.");
    }
    static QString restoreHelp() { return tr("Restore a deleted care-team member."); }
    static QString added(std::int64_t id) { return tr("Added care-team member %1.").arg(id); }
    static QString updated(std::int64_t id, int version)
    {
        return tr("Updated care-team member %1 (version %2).").arg(id).arg(version);
    }
    static QString deleted(std::int64_t id) { return tr("Deleted care-team member %1.").arg(id); }
    static QString restored(std::int64_t id) { return tr("Restored care-team member %1.").arg(id); }
    static QString none(bool deletedOnes)
    {
        return deletedOnes ? tr("No deleted care-team members.") : tr("No care-team members.");
    }

    static QString line(const CareTeamMember& member)
    {
        QString text = CareTeamMember::roleLabel(member.role).leftJustified(10) + QLatin1Char(' ') + member.name;
        QStringList details;
        if (!member.specialty.isEmpty())
            details << member.specialty;
        if (!member.organization.isEmpty())
            details << member.organization;
        if (!member.primaryPhone().isEmpty())
            details << member.primaryPhone();
        if (!details.isEmpty())
            text += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
        if (member.hasKeys())
            text += QLatin1Char(' ') + (member.pinned ? tr("[keys pinned]") : tr("[keys not pinned]"));
        return text;
    }

    static void print(QTextStream& out, const CareTeamMember& member)
    {
        out << tr("Care-team member %1: %2").arg(member.id).arg(member.name) << '\n';
        QStringList phones;
        for (const LabelledPhone& phone : member.phones)
            phones << phone.displayText();
        QString minisign = member.minisignKey;
        if (const std::optional<QByteArray> key = PublicKeyText::decodeMinisignKey(member.minisignKey))
            minisign += QLatin1Char('\n') + tr("(key id %1)").arg(PublicKeyText::minisignKeyId(*key));
        QString pin;
        if (member.hasKeys()) {
            pin = member.pinned ? tr("yes, since %1").arg(member.pinnedAt.toLocalTime().toString(Qt::ISODate))
                                : tr("no");
        }
        printFields(out,
                    {
                        {tr("Name"), member.name},
                        {tr("Role"), CareTeamMember::roleLabel(member.role)},
                        {tr("Specialty"), member.specialty},
                        {tr("Organization"), member.organization},
                        {tr("Phones"), phones.join(QLatin1Char('\n'))},
                        {tr("E-mail"), member.email},
                        {tr("Address"), member.address},
                        {tr("Age recipient"), member.ageRecipient},
                        {tr("Minisign key"), minisign},
                        {tr("Fingerprint"), member.fingerprint},
                        {tr("Pinned"), pin},
                        {tr("Notes"), member.notes},
                        {tr("Version"), versionText(member)},
                    });
    }
};

template <typename Kind> std::int64_t recordId(const QCommandLineParser& parser)
{
    return CliContext::parseId(parser.positionalArguments().at(1));
}

template <typename Kind> int runAdd(CliContext& ctx)
{
    QCommandLineParser parser;
    const typename Kind::Options options;
    parser.addOptions(options.all());
    if (!ctx.parse(parser, Kind::addHelp(), QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    if (!parser.isSet(options.required()))
        throw UsageError(tr("--%1 is required").arg(options.required().names().constFirst()));
    typename Kind::Record record;
    options.applyTo(parser, record);
    // Checked in full before unlocking, so a typo costs no passphrase.
    record.normalizeAndValidate();

    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    typename Kind::Repository repo(vault->database());
    const std::int64_t id = repo.add(record);
    if (ctx.json())
        ctx.printJson(recordJson(repo.get(id)));
    else
        ctx.out() << Kind::added(id) << '\n';
    return ExitOk;
}

template <typename Kind> int runList(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption deleted(QStringLiteral("deleted"), tr("List deleted records (which can be restored)."));
    parser.addOption(deleted);
    if (!ctx.parse(parser, Kind::listHelp(), QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    typename Kind::Repository repo(vault->database());
    const auto records = parser.isSet(deleted) ? repo.listDeleted() : repo.list();
    if (ctx.json()) {
        QJsonArray array;
        for (const auto& record : records)
            array.append(recordJson(record));
        ctx.printJson(array);
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    if (records.empty())
        out << Kind::none(parser.isSet(deleted)) << '\n';
    for (const auto& record : records)
        out << QString::number(record.id).rightJustified(5) << "  " << Kind::line(record) << '\n';
    return ExitOk;
}

template <typename Kind> int runShow(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, Kind::showHelp(), QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = recordId<Kind>(parser);
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    const auto record = typename Kind::Repository(vault->database()).get(id);
    if (ctx.json())
        ctx.printJson(recordJson(record));
    else
        Kind::print(ctx.out(), record);
    return ExitOk;
}

template <typename Kind> int runEdit(CliContext& ctx)
{
    QCommandLineParser parser;
    const typename Kind::Options options;
    parser.addOptions(options.all());
    std::optional<QCommandLineOption> unpin;
    if constexpr (std::is_same_v<Kind, CareTeamKind>) {
        unpin.emplace(QStringLiteral("unpin"), tr("Unpin their keys."));
        parser.addOption(*unpin);
    }
    if (!ctx.parse(parser, Kind::editHelp(), QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = recordId<Kind>(parser);
    const bool unpinning = unpin && parser.isSet(*unpin);
    if (!anySet(parser, options.all()) && !unpinning)
        throw UsageError(tr("nothing to change; give at least one option"));
    if constexpr (std::is_same_v<Kind, CareTeamKind>) {
        if (unpinning && parser.isSet(options.pin))
            throw UsageError(tr("give either --pin or --unpin, not both"));
    }
    // Values are checked on an empty record first, so a typo costs no passphrase.
    typename Kind::Record probe;
    options.applyTo(parser, probe);

    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    typename Kind::Repository repo(vault->database());
    auto record = repo.get(id);
    options.applyTo(parser, record);
    if constexpr (std::is_same_v<Kind, CareTeamKind>) {
        if (unpinning) {
            record.pinned = false;
            record.pinnedAt = QDateTime();
        }
    }
    repo.update(record);
    const auto stored = repo.get(id);
    if (ctx.json())
        ctx.printJson(recordJson(stored));
    else
        ctx.out() << Kind::updated(id, stored.version) << '\n';
    return ExitOk;
}

template <typename Kind> int runDelete(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, Kind::deleteHelp(), QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = recordId<Kind>(parser);
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    typename Kind::Repository(vault->database()).softDelete(id);
    if (ctx.json())
        ctx.printJson(QJsonObject {{QStringLiteral("id"), static_cast<qint64>(id)}, {QStringLiteral("deleted"), true}});
    else
        ctx.out() << Kind::deleted(id) << '\n';
    return ExitOk;
}

template <typename Kind> int runRestore(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, Kind::restoreHelp(), QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = recordId<Kind>(parser);
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    typename Kind::Repository repo(vault->database());
    repo.restore(id);
    if (ctx.json())
        ctx.printJson(recordJson(repo.get(id)));
    else
        ctx.out() << Kind::restored(id) << '\n';
    return ExitOk;
}

template <typename Kind> void addKindCommands(CommandList& commands, const QString& group, const QStringList& summaries)
{
    commands.push_back({group + QStringLiteral(" add"), summaries.at(0), runAdd<Kind>});
    commands.push_back({group + QStringLiteral(" list"), summaries.at(1), runList<Kind>});
    commands.push_back({group + QStringLiteral(" show"), summaries.at(2), runShow<Kind>});
    commands.push_back({group + QStringLiteral(" edit"), summaries.at(3), runEdit<Kind>});
    commands.push_back({group + QStringLiteral(" delete"), summaries.at(4), runDelete<Kind>});
    commands.push_back({group + QStringLiteral(" restore"), summaries.at(5), runRestore<Kind>});
}

} // namespace

void addPeopleCommands(CommandList& commands)
{
    commands.push_back({QStringLiteral("profile show"), tr("Show your profile"), runProfileShow});
    commands.push_back({QStringLiteral("profile set"), tr("Set fields of your profile"), runProfileSet});
    addKindCommands<AllergyKind>(commands, QStringLiteral("allergy"),
                                 {tr("Add an allergy"), tr("List allergies"), tr("Show an allergy"),
                                  tr("Change an allergy"), tr("Delete an allergy"), tr("Restore a deleted allergy")});
    addKindCommands<ConditionKind>(commands, QStringLiteral("condition"),
                                   {tr("Add a health condition"), tr("List conditions"), tr("Show a condition"),
                                    tr("Change a condition"), tr("Delete a condition"),
                                    tr("Restore a deleted condition")});
    addKindCommands<CareTeamKind>(commands, QStringLiteral("careteam"),
                                  {tr("Add a provider or caregiver"), tr("List your care team"),
                                   tr("Show a care-team member"), tr("Change a care-team member"),
                                   tr("Delete a care-team member"), tr("Restore a deleted care-team member")});
}

} // namespace carnet::cli
