// carnet-cli insurance commands: add, list, show, edit, delete, restore.
#include "AtomicFile.h"
#include "CliCommand.h"
#include "CliContext.h"
#include "ContactFormat.h"
#include "InsuranceRepository.h"
#include "MediaFile.h"
#include "RecordError.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace carnet::cli {

namespace {

using Side = InsuranceCardImage::Side;

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KiB").arg(static_cast<double>(bytes) / 1024.0, 0, 'f', 1);
    return tr("%1 MiB").arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

QJsonObject planJson(const InsurancePlan& plan)
{
    QJsonObject json = plan.toJson();
    json.insert(QStringLiteral("id"), static_cast<qint64>(plan.id));
    json.insert(QStringLiteral("status"), InsurancePlan::statusName(plan.statusOn(QDate::currentDate())));
    json.insert(QStringLiteral("created_at"), RecordStore::timestamp(plan.createdAt));
    json.insert(QStringLiteral("updated_at"), RecordStore::timestamp(plan.updatedAt));
    json.insert(QStringLiteral("version"), plan.version);
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

QString cardText(const InsuranceCardImage& card)
{
    if (card.isNull())
        return {};
    return tr("%1 (%2, %3, SHA-256 %4)").arg(card.fileName, card.mediaType, sizeText(card.size), card.sha256.left(16));
}

// "label|number", or a number alone.
LabelledPhone parsePhone(const QString& text, const QString& option)
{
    const qsizetype bar = text.indexOf(QLatin1Char('|'));
    LabelledPhone phone = bar < 0 ? LabelledPhone {QString(), text.trimmed()}
                                  : LabelledPhone {text.left(bar).trimmed(), text.mid(bar + 1).trimmed()};
    if (phone.number.isEmpty())
        throw UsageError(tr("--%1 '%2' has no phone number; use \"label|number\"").arg(option, text));
    if (!ContactFormat::isPhoneNumber(phone.number))
        throw UsageError(tr("--%1: '%2' is not a phone number").arg(option, phone.number));
    return phone;
}

QString parseWord(const QString& text, const QStringList& allowed, const QString& option)
{
    const QString word = text.trimmed().toLower();
    if (!allowed.contains(word)) {
        throw UsageError(tr("unknown --%1 '%2' (use %3)").arg(option, text, allowed.join(QStringLiteral(", "))));
    }
    return word;
}

// An empty value clears an optional date.
QDate parseOptionalDate(const QString& text)
{
    return text.trimmed().isEmpty() ? QDate() : CliContext::parseDate(text);
}

// Read and checked before the vault is unlocked, so a missing or wrong file costs no passphrase.
InsuranceRepository::CardUpload readCard(const QString& path, const QString& option)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw UsageError(tr("--%1: %2 does not exist").arg(option, path));
    if (!info.isFile())
        throw UsageError(tr("--%1: %2 is not a file").arg(option, path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UsageError(tr("--%1: cannot read %2: %3").arg(option, path, file.errorString()));
    // One byte more than allowed is enough for the size check to refuse it.
    const QByteArray bytes = file.read(MediaFile::MaxBytes + 1);
    InsuranceRepository::checkedCardImage(bytes, info.fileName());
    return {bytes, info.fileName()};
}

// The options add and edit share, applied to a plan in the order given.
struct PlanOptions
{
    QCommandLineOption payer {QStringLiteral("payer"), tr("Insurer, e.g. \"Acme Health\"."), QStringLiteral("name")};
    QCommandLineOption plan {QStringLiteral("plan"), tr("Plan name, e.g. \"Gold PPO 500\"."), QStringLiteral("name")};
    QCommandLineOption type {QStringLiteral("type"), tr("medical (default), dental, vision, drug or other."),
                             QStringLiteral("type")};
    QCommandLineOption memberId {QStringLiteral("member-id"), tr("Member id on the card."), QStringLiteral("id")};
    QCommandLineOption group {QStringLiteral("group"), tr("Group number on the card."), QStringLiteral("number")};
    QCommandLineOption subscriber {QStringLiteral("subscriber"), tr("Policy holder, when it is not you."),
                                   QStringLiteral("name")};
    QCommandLineOption relationship {QStringLiteral("relationship"),
                                     tr("Your relationship to the subscriber: self (default), spouse, child or "
                                        "other."),
                                     QStringLiteral("relationship")};
    QCommandLineOption from {QStringLiteral("from"), tr("First day covered, YYYY-MM-DD (empty clears)."),
                             QStringLiteral("date")};
    QCommandLineOption to {QStringLiteral("to"), tr("Last day covered, YYYY-MM-DD (empty clears)."),
                           QStringLiteral("date")};
    QCommandLineOption phone {QStringLiteral("phone"), tr("Member services phone."), QStringLiteral("number")};
    QCommandLineOption otherPhone {QStringLiteral("other-phone"),
                                   tr("Another phone as \"label|number\"; repeat for several. Replaces the list; "
                                      "an empty value clears it."),
                                   QStringLiteral("label|number")};
    QCommandLineOption front {QStringLiteral("front"), tr("Photo or scan of the card's front (JPEG or PNG)."),
                              QStringLiteral("IMAGE")};
    QCommandLineOption back {QStringLiteral("back"), tr("Photo or scan of the card's back (JPEG or PNG)."),
                             QStringLiteral("IMAGE")};
    QCommandLineOption notes {QStringLiteral("notes"), tr("Notes."), QStringLiteral("text")};
    QCommandLineOption notesFile {QStringLiteral("notes-file"), tr("Read the notes (UTF-8) from FILE."),
                                  QStringLiteral("FILE")};

    std::optional<InsuranceRepository::CardUpload> frontCard;
    std::optional<InsuranceRepository::CardUpload> backCard;
    std::optional<QString> notesText;

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({payer, plan, type, memberId, group, subscriber, relationship, from, to, phone, otherPhone,
                           front, back, notes, notesFile});
    }

    bool anySet(const QCommandLineParser& parser) const
    {
        for (const QCommandLineOption* option : {&payer, &plan, &type, &memberId, &group, &subscriber, &relationship,
                                                 &from, &to, &phone, &otherPhone, &front, &back, &notes, &notesFile}) {
            if (parser.isSet(*option))
                return true;
        }
        return false;
    }

    // Reads the files the options name; call once, before unlocking.
    void readFiles(CliContext& ctx, const QCommandLineParser& parser)
    {
        if (parser.isSet(front))
            frontCard = readCard(parser.value(front), front.names().constFirst());
        if (parser.isSet(back))
            backCard = readCard(parser.value(back), back.names().constFirst());
        // The passphrase comes from standard input when it is not a terminal, so notes cannot also come from it.
        if (parser.isSet(notesFile) && parser.value(notesFile) == QLatin1String("-"))
            throw UsageError(tr("--notes-file needs a file; standard input is where the passphrase is read"));
        const QString text = ctx.textOrFile(parser, notes, notesFile);
        if (!text.isNull())
            notesText = text;
    }

    void applyTo(const QCommandLineParser& parser, InsurancePlan& target) const
    {
        if (parser.isSet(payer))
            target.payer = parser.value(payer);
        if (parser.isSet(plan))
            target.planName = parser.value(plan);
        if (parser.isSet(type))
            target.planType = parseWord(parser.value(type), InsurancePlan::types(), QStringLiteral("type"));
        if (parser.isSet(memberId))
            target.memberId = parser.value(memberId);
        if (parser.isSet(group))
            target.groupNumber = parser.value(group);
        if (parser.isSet(subscriber))
            target.subscriberName = parser.value(subscriber);
        if (parser.isSet(relationship)) {
            target.relationship
                = parseWord(parser.value(relationship), InsurancePlan::relationships(), QStringLiteral("relationship"));
        }
        if (parser.isSet(from))
            target.effectiveFrom = parseOptionalDate(parser.value(from));
        if (parser.isSet(to))
            target.effectiveTo = parseOptionalDate(parser.value(to));
        if (parser.isSet(phone)) {
            target.payerPhone = parser.value(phone).trimmed();
            if (!target.payerPhone.isEmpty() && !ContactFormat::isPhoneNumber(target.payerPhone))
                throw UsageError(tr("--phone: '%1' is not a phone number").arg(target.payerPhone));
        }
        if (parser.isSet(otherPhone)) {
            target.otherPhones.clear();
            for (const QString& value : parser.values(otherPhone)) {
                if (!value.trimmed().isEmpty())
                    target.otherPhones.append(parsePhone(value, QStringLiteral("other-phone")));
            }
        }
        if (notesText)
            target.notes = *notesText;
    }
};

std::int64_t planId(const QCommandLineParser& parser)
{
    return CliContext::parseId(parser.positionalArguments().at(1));
}

void printPlan(CliContext& ctx, const InsurancePlan& plan)
{
    QTextStream& out = ctx.out();
    out << tr("Insurance plan %1: %2").arg(plan.id).arg(plan.displayName()) << '\n';
    QStringList phones;
    for (const LabelledPhone& phone : plan.otherPhones)
        phones << phone.displayText();
    QString period;
    if (plan.effectiveFrom.isValid() || plan.effectiveTo.isValid()) {
        period = tr("%1 to %2")
                     .arg(plan.effectiveFrom.isValid() ? dateText(plan.effectiveFrom) : tr("(unknown)"),
                          plan.effectiveTo.isValid() ? dateText(plan.effectiveTo) : tr("(open)"));
    }
    printFields(
        out,
        {
            {tr("Payer"), plan.payer},
            {tr("Plan"), plan.planName},
            {tr("Type"), InsurancePlan::typeLabel(plan.planType)},
            {tr("Status"), InsurancePlan::statusLabel(plan.statusOn(QDate::currentDate()))},
            {tr("Member ID"), plan.memberId},
            {tr("Group"), plan.groupNumber},
            {tr("Subscriber"), plan.subscriberName},
            {tr("Relationship"), InsurancePlan::relationshipLabel(plan.relationship)},
            {tr("Coverage"), period},
            {tr("Phone"), plan.payerPhone},
            {tr("Other phones"), phones.join(QLatin1Char('\n'))},
            {tr("Card front"), cardText(plan.frontCard)},
            {tr("Card back"), cardText(plan.backCard)},
            {tr("Notes"), plan.notes},
            {tr("Version"),
             tr("%1, last changed %2").arg(plan.version).arg(plan.updatedAt.toLocalTime().toString(Qt::ISODate))},
        });
}

int runAdd(CliContext& ctx)
{
    QCommandLineParser parser;
    PlanOptions options;
    options.addTo(parser);
    if (!ctx.parse(parser, tr("Add an insurance plan; prints its id. --payer is required."), QStringLiteral("VAULT"), 1,
                   1))
        return ExitOk;
    if (!parser.isSet(options.payer))
        throw UsageError(tr("--payer is required"));
    options.readFiles(ctx, parser);
    InsurancePlan plan;
    options.applyTo(parser, plan);
    plan.normalizeAndValidate();

    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    InsuranceRepository repo(vault->database());
    const std::int64_t id = repo.add(plan, options.frontCard, options.backCard);
    if (ctx.json())
        ctx.printJson(planJson(repo.get(id)));
    else
        ctx.out() << tr("Added insurance plan %1.").arg(id) << '\n';
    return ExitOk;
}

int runList(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption deleted(QStringLiteral("deleted"), tr("List deleted plans (which can be restored)."));
    parser.addOption(deleted);
    if (!ctx.parse(parser, tr("List insurance plans: active first, then upcoming, then expired."),
                   QStringLiteral("VAULT"), 1, 1))
        return ExitOk;
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    InsuranceRepository repo(vault->database());
    const std::vector<InsurancePlan> plans = parser.isSet(deleted) ? repo.listDeleted() : repo.list();
    if (ctx.json()) {
        QJsonArray array;
        for (const InsurancePlan& plan : plans)
            array.append(planJson(plan));
        ctx.printJson(array);
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    if (plans.empty()) {
        out << (parser.isSet(deleted) ? tr("No deleted insurance plans.") : tr("No insurance plans.")) << '\n';
        return ExitOk;
    }
    for (const InsurancePlan& plan : plans) {
        out << QString::number(plan.id).rightJustified(5) << "  "
            << InsurancePlan::statusLabel(plan.statusOn(QDate::currentDate())).leftJustified(18) << ' '
            << InsurancePlan::typeLabel(plan.planType).leftJustified(18) << ' ' << plan.displayName();
        if (!plan.memberId.isEmpty())
            out << "  " << tr("member %1").arg(plan.memberId);
        out << '\n';
    }
    return ExitOk;
}

void writeCardOut(InsuranceRepository& repo, std::int64_t id, Side side, const QString& path)
{
    const std::optional<InsuranceCardImage> card = repo.cardImage(id, side);
    if (!card) {
        throw RecordError(
            RecordError::Kind::NotFound,
            tr("Insurance plan %1 has no image of the card's %2.").arg(id).arg(InsuranceCardImage::sideName(side)));
    }
    AtomicFile::write(path, card->bytes);
}

int runShow(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption frontOut(QStringLiteral("save-front"), tr("Write the card's front image to FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption backOut(QStringLiteral("save-back"), tr("Write the card's back image to FILE."),
                                     QStringLiteral("FILE"));
    parser.addOptions({frontOut, backOut});
    if (!ctx.parse(parser, tr("Show an insurance plan; optionally save its card images."), QStringLiteral("VAULT ID"),
                   2, 2))
        return ExitOk;
    const std::int64_t id = planId(parser);
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    InsuranceRepository repo(vault->database());
    const InsurancePlan plan = repo.get(id);
    if (parser.isSet(frontOut))
        writeCardOut(repo, id, Side::Front, parser.value(frontOut));
    if (parser.isSet(backOut))
        writeCardOut(repo, id, Side::Back, parser.value(backOut));
    if (ctx.json())
        ctx.printJson(planJson(plan));
    else
        printPlan(ctx, plan);
    return ExitOk;
}

int runEdit(CliContext& ctx)
{
    QCommandLineParser parser;
    PlanOptions options;
    options.addTo(parser);
    const QCommandLineOption removeFront(QStringLiteral("remove-front"), tr("Remove the card's front image."));
    const QCommandLineOption removeBack(QStringLiteral("remove-back"), tr("Remove the card's back image."));
    parser.addOptions({removeFront, removeBack});
    if (!ctx.parse(parser,
                   tr("Change an insurance plan: only the options given change; an empty value clears a field. The "
                      "earlier version is kept."),
                   QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = planId(parser);
    if (!options.anySet(parser) && !parser.isSet(removeFront) && !parser.isSet(removeBack))
        throw UsageError(tr("nothing to change; give at least one option"));
    if ((parser.isSet(removeFront) && parser.isSet(options.front))
        || (parser.isSet(removeBack) && parser.isSet(options.back)))
        throw UsageError(tr("give either a new card image or its --remove option, not both"));
    options.readFiles(ctx, parser);
    // Values are checked on an empty plan first, so a typo costs no passphrase.
    InsurancePlan probe;
    options.applyTo(parser, probe);

    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    InsuranceRepository repo(vault->database());
    InsurancePlan plan = repo.get(id);
    options.applyTo(parser, plan);
    repo.update(plan, options.frontCard, options.backCard);
    if (parser.isSet(removeFront))
        repo.removeCardImage(id, Side::Front);
    if (parser.isSet(removeBack))
        repo.removeCardImage(id, Side::Back);
    const InsurancePlan stored = repo.get(id);
    if (ctx.json())
        ctx.printJson(planJson(stored));
    else
        ctx.out() << tr("Updated insurance plan %1 (version %2).").arg(id).arg(stored.version) << '\n';
    return ExitOk;
}

int runDelete(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, tr("Delete an insurance plan. It stays restorable with 'insurance restore'."),
                   QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = planId(parser);
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    InsuranceRepository(vault->database()).softDelete(id);
    if (ctx.json())
        ctx.printJson(QJsonObject {{QStringLiteral("id"), static_cast<qint64>(id)}, {QStringLiteral("deleted"), true}});
    else
        ctx.out() << tr("Deleted insurance plan %1.").arg(id) << '\n';
    return ExitOk;
}

int runRestore(CliContext& ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, tr("Restore a deleted insurance plan."), QStringLiteral("VAULT ID"), 2, 2))
        return ExitOk;
    const std::int64_t id = planId(parser);
    auto vault = ctx.openVault(parser.positionalArguments().at(0));
    InsuranceRepository repo(vault->database());
    repo.restore(id);
    if (ctx.json())
        ctx.printJson(planJson(repo.get(id)));
    else
        ctx.out() << tr("Restored insurance plan %1.").arg(id) << '\n';
    return ExitOk;
}

} // namespace

void addInsuranceCommands(CommandList& commands)
{
    commands.push_back({QStringLiteral("insurance add"), tr("Add an insurance plan"), runAdd});
    commands.push_back({QStringLiteral("insurance list"), tr("List insurance plans"), runList});
    commands.push_back(
        {QStringLiteral("insurance show"), tr("Show an insurance plan and save its card images"), runShow});
    commands.push_back({QStringLiteral("insurance edit"), tr("Change an insurance plan"), runEdit});
    commands.push_back({QStringLiteral("insurance delete"), tr("Delete an insurance plan"), runDelete});
    commands.push_back({QStringLiteral("insurance restore"), tr("Restore a deleted insurance plan"), runRestore});
}

} // namespace carnet::cli
