#include "FhirShareBundle.h"

#include "OrderedJson.h"
#include "ShareError.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace carnet {

namespace {

const QString Loinc = QStringLiteral("http://loinc.org");
const QString UrnUuid = QStringLiteral("urn:uuid:");
const QString MarkdownType = QStringLiteral("text/markdown");

QString instant(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QString date(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

QString urn(const QString& uuid)
{
    return UrnUuid + uuid;
}

OrderedJson coding(const QString& system, const QString& code, const QString& display = {})
{
    OrderedJson c = OrderedJson::object();
    c.set(QStringLiteral("system"), system).set(QStringLiteral("code"), code).setText(QStringLiteral("display"), display);
    return c;
}

OrderedJson codeableConcept(OrderedJson firstCoding, const QString& text = {})
{
    OrderedJson c = OrderedJson::object();
    c.set(QStringLiteral("coding"), OrderedJson::array().append(std::move(firstCoding)));
    c.setText(QStringLiteral("text"), text);
    return c;
}

OrderedJson textConcept(const QString& text)
{
    return OrderedJson::object().set(QStringLiteral("text"), text);
}

OrderedJson reference(const QString& uuid, const QString& display = {})
{
    OrderedJson r = OrderedJson::object();
    r.set(QStringLiteral("reference"), urn(uuid)).setText(QStringLiteral("display"), display);
    return r;
}

OrderedJson displayReference(const QString& display)
{
    return OrderedJson::object().set(QStringLiteral("display"), display);
}

OrderedJson period(const QString& start, const QString& end)
{
    OrderedJson p = OrderedJson::object();
    p.setText(QStringLiteral("start"), start).setText(QStringLiteral("end"), end);
    return p;
}

OrderedJson narrative(const QStringList& lines)
{
    QString div = QStringLiteral("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
    if (lines.isEmpty()) {
        div += QStringLiteral("<p>%1</p>").arg(FhirShareBundle::tr("None recorded.").toHtmlEscaped());
    } else {
        div += QStringLiteral("<ul>");
        for (const QString& line : lines)
            div += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
        div += QStringLiteral("</ul>");
    }
    div += QStringLiteral("</div>");
    return OrderedJson::object().set(QStringLiteral("status"), "generated").set(QStringLiteral("div"), div);
}

OrderedJson section(const QString& title, const QString& code, const QString& display, const QStringList& lines,
                    const QStringList& uuids)
{
    OrderedJson s = OrderedJson::object();
    s.set(QStringLiteral("title"), title);
    s.set(QStringLiteral("code"), codeableConcept(coding(Loinc, code, display)));
    s.set(QStringLiteral("text"), narrative(lines));
    if (uuids.isEmpty()) {
        s.set(QStringLiteral("emptyReason"),
              codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/list-empty-reason"),
                             QStringLiteral("nilknown"), QStringLiteral("Nil Known"))));
    } else {
        OrderedJson entries = OrderedJson::array();
        for (const QString& uuid : uuids)
            entries.append(reference(uuid));
        s.set(QStringLiteral("entry"), std::move(entries));
    }
    return s;
}

OrderedJson bundleEntry(const QString& uuid, OrderedJson resource)
{
    return OrderedJson::object().set(QStringLiteral("fullUrl"), urn(uuid)).set(QStringLiteral("resource"), std::move(resource));
}

OrderedJson resourceStart(const char* type, const QString& id)
{
    OrderedJson r = OrderedJson::object();
    r.set(QStringLiteral("resourceType"), type).set(QStringLiteral("id"), id);
    return r;
}

OrderedJson patientResource(const ShareContent& content)
{
    const Profile& profile = content.profile;
    OrderedJson patient = resourceStart("Patient", content.patientUuid);
    OrderedJson names = OrderedJson::array();
    if (!profile.fullName.isEmpty())
        names.append(OrderedJson::object().set(QStringLiteral("use"), "official").set(QStringLiteral("text"), profile.fullName));
    if (!profile.preferredName.isEmpty() && profile.preferredName != profile.fullName)
        names.append(OrderedJson::object().set(QStringLiteral("use"), "usual").set(QStringLiteral("text"), profile.preferredName));
    if (!names.isEmptyContainer())
        patient.set(QStringLiteral("name"), std::move(names));
    patient.setText(QStringLiteral("gender"), profile.sex);
    if (profile.birthDate.isValid())
        patient.set(QStringLiteral("birthDate"), date(profile.birthDate));
    return patient;
}

OrderedJson documentReference(const ShareContent::Entry& entry, const QString& patientUuid)
{
    OrderedJson doc = resourceStart("DocumentReference", entry.uuid);
    doc.set(QStringLiteral("status"), "current");
    doc.set(QStringLiteral("type"), codeableConcept(coding(Loinc, QLatin1String(FhirShareBundle::PatientNoteCode), QStringLiteral("Patient Note"))));
    if (!entry.tags.isEmpty()) {
        OrderedJson categories = OrderedJson::array();
        for (const QString& tag : entry.tags)
            categories.append(textConcept(tag));
        doc.set(QStringLiteral("category"), std::move(categories));
    }
    doc.set(QStringLiteral("subject"), reference(patientUuid));
    doc.set(QStringLiteral("date"), instant(entry.occurredAt));
    doc.set(QStringLiteral("author"), OrderedJson::array().append(reference(patientUuid)));
    doc.setText(QStringLiteral("description"), entry.title);
    const QByteArray body = entry.body.toUtf8();
    OrderedJson attachment = OrderedJson::object();
    attachment.set(QStringLiteral("contentType"), MarkdownType);
    attachment.set(QStringLiteral("data"), QString::fromLatin1(body.toBase64()));
    attachment.set(QStringLiteral("size"), QJsonValue(static_cast<qint64>(body.size())));
    attachment.set(QStringLiteral("hash"),
                   QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha1).toBase64()));
    attachment.setText(QStringLiteral("title"), entry.title);
    attachment.set(QStringLiteral("creation"), instant(entry.occurredAt));
    doc.set(QStringLiteral("content"),
            OrderedJson::array().append(OrderedJson::object().set(QStringLiteral("attachment"), std::move(attachment))));
    return doc;
}

QString medicationStatus(const Medication& medication, const QDate& today)
{
    if (medication.isStoppedOn(today))
        return QStringLiteral("stopped");
    if (medication.startDate.isValid() && medication.startDate > today)
        return QStringLiteral("intended");
    return QStringLiteral("active");
}

QString dosageText(const Medication& medication)
{
    QStringList parts;
    if (!medication.doseText().isEmpty())
        parts << medication.doseText();
    // "1 tablet" already says the form; "2 puffs" of an inhaler does not.
    if (!medication.form.isEmpty() && medication.doseUnit.compare(medication.form, Qt::CaseInsensitive) != 0)
        parts << Medication::formLabel(medication.form).toLower();
    parts << medication.schedule.describe();
    return parts.join(QStringLiteral("; "));
}

OrderedJson medicationStatement(const ShareContent::Item<Medication>& item, const ShareContent& content,
                                const QDateTime& created)
{
    const Medication& m = item.record;
    OrderedJson statement = resourceStart("MedicationStatement", item.uuid);
    const QString status = medicationStatus(m, created.toUTC().date());
    statement.set(QStringLiteral("status"), status);
    if (status == QLatin1String("stopped") && !m.stopReason.isEmpty())
        statement.set(QStringLiteral("statusReason"), OrderedJson::array().append(textConcept(m.stopReason)));
    statement.set(QStringLiteral("medicationCodeableConcept"), textConcept(m.displayName()));
    statement.set(QStringLiteral("subject"), reference(content.patientUuid, content.profile.fullName));
    if (m.startDate.isValid() || m.stopDate.isValid())
        statement.set(QStringLiteral("effectivePeriod"),
                      period(m.startDate.isValid() ? date(m.startDate) : QString(),
                             m.stopDate.isValid() ? date(m.stopDate) : QString()));
    statement.set(QStringLiteral("dateAsserted"), instant(created));
    statement.set(QStringLiteral("informationSource"), reference(content.patientUuid));
    if (!m.reason.isEmpty())
        statement.set(QStringLiteral("reasonCode"), OrderedJson::array().append(textConcept(m.reason)));
    OrderedJson notes = OrderedJson::array();
    if (!m.prescriber.isEmpty())
        notes.append(textConcept(FhirShareBundle::tr("Prescriber: %1").arg(m.prescriber)));
    if (!m.pharmacy.isEmpty())
        notes.append(textConcept(FhirShareBundle::tr("Pharmacy: %1").arg(m.pharmacy)));
    if (!m.notes.isEmpty())
        notes.append(textConcept(m.notes));
    if (!notes.isEmptyContainer())
        statement.set(QStringLiteral("note"), std::move(notes));
    OrderedJson dosage = OrderedJson::object();
    dosage.set(QStringLiteral("text"), dosageText(m));
    if (m.schedule.isAsNeeded())
        dosage.set(QStringLiteral("asNeededBoolean"), QJsonValue(true));
    if (!m.route.isEmpty())
        dosage.set(QStringLiteral("route"), textConcept(Medication::routeLabel(m.route)));
    if (m.doseAmount) {
        OrderedJson quantity = OrderedJson::object();
        quantity.set(QStringLiteral("value"), QJsonValue(*m.doseAmount)).setText(QStringLiteral("unit"), m.doseUnit);
        dosage.set(QStringLiteral("doseAndRate"),
                   OrderedJson::array().append(OrderedJson::object().set(QStringLiteral("doseQuantity"), std::move(quantity))));
    }
    statement.set(QStringLiteral("dosage"), OrderedJson::array().append(std::move(dosage)));
    return statement;
}

OrderedJson coverageClass(const char* code, const QString& value)
{
    return OrderedJson::object()
        .set(QStringLiteral("type"),
             codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/coverage-class"), QLatin1String(code))))
        .set(QStringLiteral("value"), value);
}

OrderedJson coverage(const ShareContent::Item<InsurancePlan>& item, const ShareContent& content)
{
    const InsurancePlan& plan = item.record;
    OrderedJson resource = resourceStart("Coverage", item.uuid);
    resource.set(QStringLiteral("status"), "active");
    resource.set(QStringLiteral("type"), textConcept(plan.planType));
    if (!plan.subscriberName.isEmpty() && plan.relationship != QLatin1String("self"))
        resource.set(QStringLiteral("subscriber"), displayReference(plan.subscriberName));
    else
        resource.set(QStringLiteral("subscriber"), reference(content.patientUuid));
    resource.setText(QStringLiteral("subscriberId"), plan.memberId);
    resource.set(QStringLiteral("beneficiary"), reference(content.patientUuid, content.profile.fullName));
    resource.set(QStringLiteral("relationship"),
                 codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/subscriber-relationship"),
                                plan.relationship)));
    if (plan.effectiveFrom.isValid() || plan.effectiveTo.isValid())
        resource.set(QStringLiteral("period"),
                     period(plan.effectiveFrom.isValid() ? date(plan.effectiveFrom) : QString(),
                            plan.effectiveTo.isValid() ? date(plan.effectiveTo) : QString()));
    resource.set(QStringLiteral("payor"), OrderedJson::array().append(displayReference(plan.payer)));
    OrderedJson classes = OrderedJson::array();
    if (!plan.groupNumber.isEmpty())
        classes.append(coverageClass("group", plan.groupNumber));
    if (!plan.planName.isEmpty())
        classes.append(coverageClass("plan", plan.planName));
    if (!classes.isEmptyContainer())
        resource.set(QStringLiteral("class"), std::move(classes));
    return resource;
}

OrderedJson participant(OrderedJson actor, const QString& typeCode = {})
{
    OrderedJson p = OrderedJson::object();
    if (!typeCode.isEmpty())
        p.set(QStringLiteral("type"),
              OrderedJson::array().append(
                  codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ParticipationType"), typeCode))));
    p.set(QStringLiteral("actor"), std::move(actor));
    p.set(QStringLiteral("status"), "accepted");
    return p;
}

OrderedJson appointment(const ShareContent::Item<Appointment>& item, const ShareContent& content)
{
    const Appointment& a = item.record;
    OrderedJson resource = resourceStart("Appointment", item.uuid);
    resource.set(QStringLiteral("status"), Appointment::statusName(a.status));
    resource.setText(QStringLiteral("description"), a.title);
    resource.set(QStringLiteral("start"), instant(a.start));
    resource.set(QStringLiteral("end"), instant(a.end.isValid() ? a.end : a.start));
    QStringList comment;
    if (!a.notes.isEmpty())
        comment << a.notes;
    if (a.isRecurring())
        comment << FhirShareBundle::tr("Repeats (RFC 5545 rule): %1").arg(a.recurrenceRule);
    resource.setText(QStringLiteral("comment"), comment.join(QLatin1Char('\n')));
    OrderedJson participants = OrderedJson::array();
    participants.append(participant(reference(content.patientUuid, content.profile.fullName)));
    if (!a.provider.isEmpty())
        participants.append(participant(displayReference(a.provider), QStringLiteral("ATND")));
    QStringList place;
    if (!a.place.isEmpty())
        place << a.place;
    if (!a.address.isEmpty())
        place << a.address;
    if (!place.isEmpty())
        participants.append(participant(displayReference(place.join(QStringLiteral(", "))), QStringLiteral("LOC")));
    resource.set(QStringLiteral("participant"), std::move(participants));
    return resource;
}

OrderedJson signerReference(const ShareContent& content, const ShareManifest& manifest)
{
    OrderedJson who = reference(content.patientUuid);
    OrderedJson identifier = OrderedJson::object();
    identifier.set(QStringLiteral("type"), textConcept(QStringLiteral("Carnet vault key fingerprint")));
    identifier.set(QStringLiteral("value"), manifest.signerFingerprint);
    who.set(QStringLiteral("identifier"), std::move(identifier));
    who.setText(QStringLiteral("display"), content.profile.fullName);
    return who;
}

OrderedJson provenance(const QString& uuid, const QStringList& targets, const ShareContent& content,
                       const ShareManifest& manifest)
{
    OrderedJson resource = resourceStart("Provenance", uuid);
    OrderedJson targetList = OrderedJson::array();
    for (const QString& target : targets)
        targetList.append(reference(target));
    resource.set(QStringLiteral("target"), std::move(targetList));
    resource.set(QStringLiteral("recorded"), instant(manifest.created));
    OrderedJson agent = OrderedJson::object();
    agent.set(QStringLiteral("type"),
              codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/provenance-participant-type"),
                             QStringLiteral("author"), QStringLiteral("Author"))));
    agent.set(QStringLiteral("who"), signerReference(content, manifest));
    resource.set(QStringLiteral("agent"), OrderedJson::array().append(std::move(agent)));
    OrderedJson signature = OrderedJson::object();
    signature.set(QStringLiteral("type"),
                  OrderedJson::array().append(coding(QStringLiteral("urn:iso-astm:E1762-95:2013"),
                                                     QStringLiteral("1.2.840.10065.1.12.1.1"),
                                                     QStringLiteral("Author's Signature"))));
    signature.set(QStringLiteral("when"), instant(manifest.created));
    signature.set(QStringLiteral("who"), signerReference(content, manifest));
    signature.set(QStringLiteral("targetFormat"), "application/fhir+json");
    // The signature value itself cannot sit inside what it signs: it is bundle.json.minisig beside this file.
    signature.set(QStringLiteral("sigFormat"), "application/x-minisign");
    resource.set(QStringLiteral("signature"), OrderedJson::array().append(std::move(signature)));
    return resource;
}

// ---- reading ----

[[noreturn]] void malformed(const QString& why)
{
    throw ShareError(ShareError::Kind::Malformed, FhirShareBundle::tr("The package's bundle.json is invalid: %1").arg(why));
}

QString text(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isUndefined() && !value.isString())
        malformed(FhirShareBundle::tr("\"%1\" is not text").arg(QLatin1String(key)));
    return value.toString();
}

QJsonArray array(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isUndefined() && !value.isArray())
        malformed(FhirShareBundle::tr("\"%1\" is not a list").arg(QLatin1String(key)));
    return value.toArray();
}

QJsonObject object(const QJsonObject& parent, const char* key)
{
    const QJsonValue value = parent.value(QLatin1String(key));
    if (!value.isUndefined() && !value.isObject())
        malformed(FhirShareBundle::tr("\"%1\" is not an object").arg(QLatin1String(key)));
    return value.toObject();
}

QDateTime readInstant(const QJsonObject& parent, const char* key)
{
    const QString value = text(parent, key);
    if (value.isEmpty())
        return {};
    const QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!at.isValid())
        malformed(FhirShareBundle::tr("\"%1\" is not a date and time").arg(value));
    return at.toUTC();
}

QDate readDate(const QJsonObject& parent, const char* key)
{
    const QString value = text(parent, key);
    if (value.isEmpty())
        return {};
    const QDate day = QDate::fromString(value, Qt::ISODate);
    if (!day.isValid())
        malformed(FhirShareBundle::tr("\"%1\" is not a date").arg(value));
    return day;
}

QString conceptText(const QJsonObject& codeable)
{
    const QString textValue = text(codeable, "text");
    if (!textValue.isEmpty())
        return textValue;
    const QJsonArray codings = array(codeable, "coding");
    return codings.isEmpty() ? QString() : codings.first().toObject().value(QLatin1String("code")).toString();
}

QString firstConceptText(const QJsonArray& concepts)
{
    return concepts.isEmpty() ? QString() : conceptText(concepts.first().toObject());
}

QString sectionCode(const QJsonObject& section)
{
    const QJsonArray codings = array(object(section, "code"), "coding");
    return codings.isEmpty() ? QString() : codings.first().toObject().value(QLatin1String("code")).toString();
}

QString uuidFromReference(const QJsonObject& reference, const QHash<QString, QJsonObject>& resources)
{
    const QString target = text(reference, "reference");
    if (target.isEmpty())
        return {};
    if (!resources.contains(target))
        malformed(FhirShareBundle::tr("the reference %1 does not resolve inside the bundle").arg(target));
    return target;
}

void readPatient(const QJsonObject& patient, ShareView& view)
{
    const QJsonArray names = array(patient, "name");
    for (const QJsonValue& name : names) {
        const QJsonObject n = name.toObject();
        QString full = text(n, "text");
        if (full.isEmpty()) {
            QStringList parts;
            for (const QJsonValue& given : array(n, "given"))
                parts << given.toString();
            parts << text(n, "family");
            parts.removeAll(QString());
            full = parts.join(QLatin1Char(' '));
        }
        if (view.patientName.isEmpty() || text(n, "use") == QLatin1String("official"))
            view.patientName = full;
    }
    view.patientGender = text(patient, "gender");
    view.patientBirthDate = readDate(patient, "birthDate");
}

ShareView::Entry readDocumentReference(const QJsonObject& doc)
{
    ShareView::Entry entry;
    entry.id = text(doc, "id");
    entry.date = readInstant(doc, "date");
    entry.title = text(doc, "description");
    for (const QJsonValue& category : array(doc, "category"))
        entry.tags << conceptText(category.toObject());
    const QJsonArray content = array(doc, "content");
    if (content.size() != 1)
        malformed(FhirShareBundle::tr("a journal entry must have exactly one attachment"));
    const QJsonObject attachment = object(content.first().toObject(), "attachment");
    if (text(attachment, "contentType") != MarkdownType)
        malformed(FhirShareBundle::tr("a journal entry's body is not text/markdown"));
    const auto decoded = QByteArray::fromBase64Encoding(text(attachment, "data").toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        malformed(FhirShareBundle::tr("a journal entry's body is not valid base64"));
    const QJsonValue size = attachment.value(QLatin1String("size"));
    if (!size.isUndefined() && size.toInteger(-1) != decoded.decoded.size())
        malformed(FhirShareBundle::tr("a journal entry's body does not have the size its attachment states"));
    entry.body = QString::fromUtf8(decoded.decoded);
    if (entry.title.isEmpty())
        entry.title = text(attachment, "title");
    if (!entry.date.isValid())
        malformed(FhirShareBundle::tr("a journal entry has no date"));
    return entry;
}

ShareView::Medication readMedicationStatement(const QJsonObject& statement)
{
    ShareView::Medication m;
    m.id = text(statement, "id");
    m.status = text(statement, "status");
    m.name = conceptText(object(statement, "medicationCodeableConcept"));
    const QJsonObject effective = object(statement, "effectivePeriod");
    m.start = readDate(effective, "start");
    m.end = readDate(effective, "end");
    m.reason = firstConceptText(array(statement, "reasonCode"));
    QStringList notes;
    for (const QJsonValue& note : array(statement, "note"))
        notes << text(note.toObject(), "text");
    m.note = notes.join(QLatin1Char('\n'));
    const QJsonArray dosage = array(statement, "dosage");
    if (!dosage.isEmpty()) {
        const QJsonObject first = dosage.first().toObject();
        m.dosage = text(first, "text");
        m.route = conceptText(object(first, "route"));
    }
    return m;
}

ShareView::Coverage readCoverage(const QJsonObject& coverage)
{
    ShareView::Coverage c;
    c.id = text(coverage, "id");
    c.type = conceptText(object(coverage, "type"));
    c.memberId = text(coverage, "subscriberId");
    c.relationship = conceptText(object(coverage, "relationship"));
    const QJsonObject subscriber = object(coverage, "subscriber");
    if (text(subscriber, "reference").isEmpty())
        c.subscriber = text(subscriber, "display");
    const QJsonObject periodObject = object(coverage, "period");
    c.start = readDate(periodObject, "start");
    c.end = readDate(periodObject, "end");
    const QJsonArray payors = array(coverage, "payor");
    if (!payors.isEmpty())
        c.payer = text(payors.first().toObject(), "display");
    for (const QJsonValue& value : array(coverage, "class")) {
        const QJsonObject cls = value.toObject();
        const QString code = conceptText(object(cls, "type"));
        if (code == QLatin1String("group"))
            c.groupNumber = text(cls, "value");
        else if (code == QLatin1String("plan"))
            c.plan = text(cls, "value");
    }
    return c;
}

ShareView::Appointment readAppointment(const QJsonObject& appointment)
{
    ShareView::Appointment a;
    a.id = text(appointment, "id");
    a.status = text(appointment, "status");
    a.description = text(appointment, "description");
    a.start = readInstant(appointment, "start");
    a.end = readInstant(appointment, "end");
    a.comment = text(appointment, "comment");
    for (const QJsonValue& value : array(appointment, "participant")) {
        const QJsonObject p = value.toObject();
        const QString type = firstConceptText(array(p, "type"));
        const QString display = text(object(p, "actor"), "display");
        if (type == QLatin1String("ATND"))
            a.provider = display;
        else if (type == QLatin1String("LOC"))
            a.place = display;
    }
    return a;
}

} // namespace

QByteArray FhirShareBundle::build(const ShareContent& content, const ShareManifest& manifest)
{
    const QString exportUuid = ShareManifest::exportIdAsUuid(manifest.exportId);
    const QString patientName = content.profile.fullName;
    QStringList targets{exportUuid, content.patientUuid};

    OrderedJson sections = OrderedJson::array();

    QStringList lines;
    QStringList uuids;
    for (const ShareContent::Entry& entry : content.entries) {
        lines << QStringLiteral("%1 %2").arg(entry.occurredAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")), entry.title);
        uuids << entry.uuid;
    }
    if (!content.entries.empty())
        sections.append(section(tr("Journal entries"), QLatin1String(PatientNoteCode), QStringLiteral("Patient Note"),
                                lines, uuids));
    targets << uuids;
    if (content.includesMedications) {
        lines.clear();
        uuids.clear();
        for (const auto& item : content.medications) {
            lines << item.record.displayName();
            uuids << item.uuid;
        }
        sections.append(section(tr("Medications"), QLatin1String(MedicationSectionCode),
                                QStringLiteral("History of Medication use Narrative"), lines, uuids));
        targets << uuids;
    }
    if (content.includesInsurance) {
        lines.clear();
        uuids.clear();
        for (const auto& item : content.insurancePlans) {
            lines << item.record.displayName();
            uuids << item.uuid;
        }
        sections.append(section(tr("Insurance"), QLatin1String(CoverageSectionCode),
                                QStringLiteral("Payment sources Document"), lines, uuids));
        targets << uuids;
    }
    if (content.includesAppointments) {
        lines.clear();
        uuids.clear();
        for (const auto& item : content.appointments) {
            lines << QStringLiteral("%1 %2").arg(instant(item.record.start), item.record.title);
            uuids << item.uuid;
        }
        sections.append(section(tr("Appointments"), QLatin1String(AppointmentSectionCode),
                                QStringLiteral("Plan of care note"), lines, uuids));
        targets << uuids;
    }

    OrderedJson composition = resourceStart("Composition", exportUuid);
    composition.set(QStringLiteral("status"), "final");
    composition.set(QStringLiteral("type"), codeableConcept(coding(Loinc, QLatin1String(PatientNoteCode), QStringLiteral("Patient Note")),
                                                    tr("Health record shared by the patient")));
    composition.set(QStringLiteral("subject"), reference(content.patientUuid, patientName));
    composition.set(QStringLiteral("date"), instant(manifest.created));
    composition.set(QStringLiteral("author"), OrderedJson::array().append(reference(content.patientUuid, patientName)));
    composition.set(QStringLiteral("title"), patientName.isEmpty() ? tr("Shared health record")
                                                                   : tr("Health record of %1").arg(patientName));
    composition.set(QStringLiteral("confidentiality"), "R");
    composition.set(QStringLiteral("section"), std::move(sections));

    OrderedJson entries = OrderedJson::array();
    entries.append(bundleEntry(exportUuid, std::move(composition)));
    entries.append(bundleEntry(content.patientUuid, patientResource(content)));
    for (const ShareContent::Entry& entry : content.entries)
        entries.append(bundleEntry(entry.uuid, documentReference(entry, content.patientUuid)));
    for (const auto& item : content.medications)
        entries.append(bundleEntry(item.uuid, medicationStatement(item, content, manifest.created)));
    for (const auto& item : content.insurancePlans)
        entries.append(bundleEntry(item.uuid, coverage(item, content)));
    for (const auto& item : content.appointments)
        entries.append(bundleEntry(item.uuid, appointment(item, content)));
    const QString provenanceUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entries.append(bundleEntry(provenanceUuid, provenance(provenanceUuid, targets, content, manifest)));

    OrderedJson bundle = resourceStart("Bundle", exportUuid);
    bundle.set(QStringLiteral("identifier"), OrderedJson::object()
                                                 .set(QStringLiteral("system"), "urn:ietf:rfc:3986")
                                                 .set(QStringLiteral("value"), urn(exportUuid)));
    bundle.set(QStringLiteral("type"), "document");
    bundle.set(QStringLiteral("timestamp"), instant(manifest.created));
    bundle.set(QStringLiteral("entry"), std::move(entries));
    return bundle.toJson(true);
}

ShareView FhirShareBundle::read(const QByteArray& json)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        malformed(tr("not a JSON object"));
    const QJsonObject bundle = doc.object();
    if (text(bundle, "resourceType") != QLatin1String("Bundle") || text(bundle, "type") != QLatin1String("document"))
        malformed(tr("not a FHIR document bundle"));

    ShareView view;
    view.bundleId = text(bundle, "id");
    view.timestamp = readInstant(bundle, "timestamp");

    // Index every resource by its fullUrl first, so references can be checked whatever their order.
    const QJsonArray entries = array(bundle, "entry");
    if (entries.isEmpty())
        malformed(tr("no entries"));
    QHash<QString, QJsonObject> resources;
    std::vector<QJsonObject> ordered;
    for (const QJsonValue& value : entries) {
        if (!value.isObject())
            malformed(tr("an entry is not an object"));
        const QString fullUrl = text(value.toObject(), "fullUrl");
        const QJsonObject resource = object(value.toObject(), "resource");
        if (!fullUrl.startsWith(UrnUuid) || resources.contains(fullUrl))
            malformed(tr("missing or repeated entry address %1").arg(fullUrl));
        if (QUuid::fromString(fullUrl.mid(UrnUuid.size())).isNull() || text(resource, "id") != fullUrl.mid(UrnUuid.size()))
            malformed(tr("the entry %1 does not match its resource id").arg(fullUrl));
        resources.insert(fullUrl, resource);
        ordered.push_back(resource);
    }

    const QJsonObject composition = ordered.front();
    if (text(composition, "resourceType") != QLatin1String("Composition"))
        malformed(tr("the first entry is not a Composition"));
    const QString patientUrl = uuidFromReference(object(composition, "subject"), resources);
    if (patientUrl.isEmpty() || text(resources.value(patientUrl), "resourceType") != QLatin1String("Patient"))
        malformed(tr("the Composition's subject is not a Patient in the bundle"));
    QSet<QString> inSections;
    for (const QJsonValue& value : array(composition, "section")) {
        const QJsonObject s = value.toObject();
        const QString code = sectionCode(s);
        if (code == QLatin1String(MedicationSectionCode))
            view.hasMedicationSection = true;
        else if (code == QLatin1String(CoverageSectionCode))
            view.hasCoverageSection = true;
        else if (code == QLatin1String(AppointmentSectionCode))
            view.hasAppointmentSection = true;
        for (const QJsonValue& ref : array(s, "entry"))
            inSections.insert(uuidFromReference(ref.toObject(), resources));
    }

    int patients = 0;
    int provenances = 0;
    for (std::size_t i = 1; i < ordered.size(); ++i) {
        const QJsonObject& resource = ordered[i];
        const QString type = text(resource, "resourceType");
        const QString url = UrnUuid + text(resource, "id");
        const bool listed = inSections.contains(url);
        if (type == QLatin1String("Patient")) {
            ++patients;
            readPatient(resource, view);
        } else if (type == QLatin1String("Provenance")) {
            ++provenances;
            for (const QJsonValue& target : array(resource, "target"))
                uuidFromReference(target.toObject(), resources);
            const QJsonArray agents = array(resource, "agent");
            if (!agents.isEmpty())
                view.signerFingerprint = text(object(object(agents.first().toObject(), "who"), "identifier"), "value");
        } else if (!listed) {
            malformed(tr("the %1 %2 is in no section of the Composition").arg(type, url));
        } else if (type == QLatin1String("DocumentReference")) {
            view.entries.push_back(readDocumentReference(resource));
        } else if (type == QLatin1String("MedicationStatement")) {
            view.medications.push_back(readMedicationStatement(resource));
        } else if (type == QLatin1String("Coverage")) {
            view.coverages.push_back(readCoverage(resource));
        } else if (type == QLatin1String("Appointment")) {
            view.appointments.push_back(readAppointment(resource));
        } else {
            malformed(tr("unexpected resource type \"%1\"").arg(type));
        }
    }
    if (patients != 1 || provenances != 1)
        malformed(tr("a share has exactly one Patient and one Provenance"));
    return view;
}

} // namespace carnet
