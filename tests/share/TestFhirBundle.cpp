#include "FhirShareBundle.h"
#include "RecordStore.h"
#include "ShareError.h"
#include "ShareSamples.h"
#include "TemporaryVault.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace carnet;
using testsupport::ShareSamples;
using testsupport::TemporaryVault;

namespace {

// "File.json", or "File.json#Type" for the first resource of that type inside a Bundle example.
QJsonObject hl7Example(const QString& name)
{
    const QStringList parts = name.split(QLatin1Char('#'));
    const QByteArray json =
        testsupport::readFile(testsupport::sharedTestDataDir() + QStringLiteral("/fhir/hl7/") + parts.first());
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (parts.size() == 1)
        return object;
    for (const QJsonValue& entry : object.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject resource = entry.toObject().value(QStringLiteral("resource")).toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() == parts.at(1))
            return resource;
    }
    return {};
}

const char* typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return "object";
    case QJsonValue::Array:
        return "array";
    case QJsonValue::String:
        return "string";
    case QJsonValue::Double:
        return "number";
    case QJsonValue::Bool:
        return "bool";
    default:
        return "other";
    }
}

// Walks our resource beside HL7's example of the same type: every element both use must have the same JSON shape
// (object, array, string, number), recursively; elements the example does not show are collected for the caller
// to check against the ones known to be valid R4.
void compareShape(const QJsonValue& ours, const QJsonValue& example, const QString& path, QStringList& mismatches,
                  QSet<QString>& notInExample)
{
    if (ours.isArray() && example.isArray()) {
        const QJsonArray exampleItems = example.toArray();
        for (const QJsonValue& item : ours.toArray()) {
            if (item.isObject()) {
                // Each member against an example item that shows it, so a list of varied items is covered.
                const QJsonObject o = item.toObject();
                for (auto it = o.begin(); it != o.end(); ++it) {
                    const QString childPath = path + QStringLiteral("[].") + it.key();
                    bool found = false;
                    for (const QJsonValue& candidate : exampleItems) {
                        if (candidate.isObject() && candidate.toObject().contains(it.key())) {
                            compareShape(it.value(), candidate.toObject().value(it.key()), childPath, mismatches,
                                         notInExample);
                            found = true;
                            break;
                        }
                    }
                    if (!found)
                        notInExample.insert(childPath);
                }
            } else if (!exampleItems.isEmpty() && exampleItems.first().type() != item.type()) {
                mismatches << path + QStringLiteral("[]: ") + QLatin1String(typeName(item));
            }
        }
        return;
    }
    if (ours.type() != example.type()) {
        mismatches << QStringLiteral("%1: ours is %2, HL7's is %3")
                          .arg(path, QLatin1String(typeName(ours)), QLatin1String(typeName(example)));
        return;
    }
    if (!ours.isObject())
        return;
    const QJsonObject o = ours.toObject();
    const QJsonObject e = example.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString childPath = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
        if (!e.contains(it.key()))
            notInExample.insert(childPath);
        else
            compareShape(it.value(), e.value(it.key()), childPath, mismatches, notInExample);
    }
}

// True if path or one of its parents is in paths.
bool coveredBy(const QString& path, const QSet<QString>& paths)
{
    for (const QString& candidate : paths) {
        if (path == candidate || path.startsWith(candidate + QLatin1Char('.'))
            || path.startsWith(candidate + QStringLiteral("[]")))
            return true;
    }
    return false;
}

// Every {"reference": …} anywhere under value.
void collectReferences(const QJsonValue& value, QStringList& out)
{
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectReferences(item, out);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("reference") && it.value().isString())
                out << it.value().toString();
            else
                collectReferences(it.value(), out);
        }
    }
}

ShareManifest sampleManifest()
{
    ShareManifest manifest;
    manifest.exportId = ShareManifest::newExportId();
    manifest.created = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    manifest.signerFingerprint = QStringLiteral("0123 4567 89ab cdef 0123 4567 89ab cdef "
                                                "0123 4567 89ab cdef 0123 4567 89ab cdef");
    manifest.recipientFingerprints = {QStringLiteral("passphrase")};
    return manifest;
}

} // namespace

// bundle.json against the FHIR R4 document Bundle shape, checked beside HL7's own examples.
class TestFhirBundle : public QObject
{
    Q_OBJECT

private:
    TemporaryVault* m_vault = nullptr;
    ShareSamples m_samples;
    ShareContent m_content;
    ShareManifest m_manifest;
    QByteArray m_json;
    QJsonObject m_bundle;

    QJsonObject resourceOfType(const QString& type, int index = 0) const
    {
        int seen = 0;
        for (const QJsonValue& entry : m_bundle.value(QStringLiteral("entry")).toArray()) {
            const QJsonObject resource = entry.toObject().value(QStringLiteral("resource")).toObject();
            if (resource.value(QStringLiteral("resourceType")).toString() == type && seen++ == index)
                return resource;
        }
        return {};
    }

    void checkAgainstExample(const QString& type, const QStringList& examples, const QSet<QString>& allowedExtras)
    {
        const QJsonObject ours = resourceOfType(type);
        QVERIFY2(!ours.isEmpty(), qPrintable(type));
        QStringList mismatches;
        std::vector<QSet<QString>> missingPerExample;
        QSet<QString> anyMissing;
        for (const QString& example : examples) {
            QSet<QString> missing;
            compareShape(ours, hl7Example(example), QString(), mismatches, missing);
            anyMissing += missing;
            missingPerExample.push_back(missing);
        }
        // An element counts as unseen when no example shows it (nor its parent), reported at its top-most path.
        QSet<QString> notInExample;
        for (const QString& path : anyMissing) {
            bool unseen = true;
            for (const QSet<QString>& missing : missingPerExample)
                unseen = unseen && coveredBy(path, missing);
            if (unseen)
                notInExample.insert(path);
        }
        for (const QString& path : QSet<QString>(notInExample)) {
            for (const QString& other : notInExample) {
                if (other != path && coveredBy(path, {other}))
                    notInExample.remove(path);
            }
        }
        QVERIFY2(mismatches.isEmpty(), qPrintable(type + QStringLiteral(": ") + mismatches.join(QStringLiteral("; "))));
        const QSet<QString> unexpected = notInExample - allowedExtras;
        QVERIFY2(unexpected.isEmpty(),
                 qPrintable(type + QStringLiteral(" elements not in the HL7 examples nor checked by hand: ")
                            + QStringList(unexpected.values()).join(QStringLiteral(", "))));
        // And the list stays exact: nothing in it that the examples already show.
        const QSet<QString> stale = allowedExtras - notInExample;
        QVERIFY2(stale.isEmpty(), qPrintable(type + QStringLiteral(" elements allowed needlessly: ")
                                             + QStringList(stale.values()).join(QStringLiteral(", "))));
    }

private slots:
    void initTestCase()
    {
        m_vault = new TemporaryVault;
        m_samples = ShareSamples::fill(m_vault->db());
        ShareSelection selection;
        selection.entryIds = m_samples.entryIds;
        selection.medications = selection.insurance = selection.appointments = true;
        m_content = ShareContent::collect(m_vault->db(), selection);
        m_manifest = sampleManifest();
        m_manifest.itemCount = m_content.itemCount();
        m_json = FhirShareBundle::build(m_content, m_manifest);
        QJsonParseError error {};
        m_bundle = QJsonDocument::fromJson(m_json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void cleanupTestCase() { delete m_vault; }

    void isADocumentBundleWithCompositionFirst()
    {
        QCOMPARE(m_bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
        QCOMPARE(m_bundle.value(QStringLiteral("type")).toString(), QStringLiteral("document"));
        QCOMPARE(m_bundle.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2024-06-01T12:00:00Z"));
        QCOMPARE(m_bundle.value(QStringLiteral("identifier")).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("urn:uuid:") + ShareManifest::exportIdAsUuid(m_manifest.exportId));
        // "resourceType" is written first, as FHIR's JSON does.
        QVERIFY(m_json.startsWith("{\n \"resourceType\": \"Bundle\""));
        const QJsonArray entries = m_bundle.value(QStringLiteral("entry")).toArray();
        QCOMPARE(entries.first().toObject().value(QStringLiteral("resource")).toObject().value(QStringLiteral("resourceType")).toString(),
                 QStringLiteral("Composition"));
        QStringList types;
        for (const QJsonValue& entry : entries)
            types << entry.toObject().value(QStringLiteral("resource")).toObject().value(QStringLiteral("resourceType")).toString();
        QCOMPARE(types, (QStringList{"Composition", "Patient", "DocumentReference", "DocumentReference",
                                     "DocumentReference", "MedicationStatement", "Coverage", "Appointment",
                                     "Provenance"}));
    }

    void everyReferenceResolvesInsideTheBundle()
    {
        QSet<QString> fullUrls;
        for (const QJsonValue& entry : m_bundle.value(QStringLiteral("entry")).toArray()) {
            const QJsonObject o = entry.toObject();
            const QString fullUrl = o.value(QStringLiteral("fullUrl")).toString();
            QVERIFY(fullUrl.startsWith(QLatin1String("urn:uuid:")));
            QCOMPARE(fullUrl.mid(9), o.value(QStringLiteral("resource")).toObject().value(QStringLiteral("id")).toString());
            QVERIFY2(!fullUrls.contains(fullUrl), qPrintable(fullUrl));
            fullUrls.insert(fullUrl);
        }
        QStringList references;
        collectReferences(m_bundle.value(QStringLiteral("entry")), references);
        QVERIFY(references.size() > 20);
        for (const QString& reference : references)
            QVERIFY2(fullUrls.contains(reference), qPrintable(reference));

        // The Composition's sections list every shared record, and the Provenance targets every resource.
        const QJsonObject composition = resourceOfType(QStringLiteral("Composition"));
        QStringList inSections;
        collectReferences(composition.value(QStringLiteral("section")), inSections);
        QCOMPARE(inSections.size(), m_content.itemCount());
        QStringList targets;
        collectReferences(resourceOfType(QStringLiteral("Provenance")).value(QStringLiteral("target")), targets);
        QCOMPARE(targets.size(), static_cast<qsizetype>(fullUrls.size() - 1));
    }

    void idsAreTheRecordUuids()
    {
        const RecordStore store(m_vault->db());
        for (int i = 0; i < 3; ++i) {
            const QJsonObject doc = resourceOfType(QStringLiteral("DocumentReference"), i);
            QCOMPARE(doc.value(QStringLiteral("id")).toString(), store.meta(m_samples.entryIds[static_cast<std::size_t>(i)])->uuid);
        }
        QCOMPARE(resourceOfType(QStringLiteral("MedicationStatement")).value(QStringLiteral("id")).toString(),
                 store.meta(m_samples.medicationId)->uuid);
        QCOMPARE(resourceOfType(QStringLiteral("Coverage")).value(QStringLiteral("id")).toString(),
                 store.meta(m_samples.insuranceId)->uuid);
        QCOMPARE(resourceOfType(QStringLiteral("Appointment")).value(QStringLiteral("id")).toString(),
                 store.meta(m_samples.appointmentId)->uuid);
    }

    void documentReferenceCarriesTheEntry()
    {
        for (int i = 0; i < 3; ++i) {
            const auto index = static_cast<std::size_t>(i);
            const QJsonObject doc = resourceOfType(QStringLiteral("DocumentReference"), i);
            QCOMPARE(doc.value(QStringLiteral("description")).toString(), m_samples.titles[index]);
            const QJsonObject attachment = doc.value(QStringLiteral("content")).toArray().first().toObject()
                                               .value(QStringLiteral("attachment")).toObject();
            QCOMPARE(attachment.value(QStringLiteral("contentType")).toString(), QStringLiteral("text/markdown"));
            const auto decoded = QByteArray::fromBase64Encoding(attachment.value(QStringLiteral("data")).toString().toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            QVERIFY(decoded);
            QCOMPARE(QString::fromUtf8(decoded.decoded), m_samples.bodies[index]);
            QCOMPARE(attachment.value(QStringLiteral("size")).toInteger(), decoded.decoded.size());
            QCOMPARE(attachment.value(QStringLiteral("hash")).toString().toLatin1(),
                     QCryptographicHash::hash(decoded.decoded, QCryptographicHash::Sha1).toBase64());
        }
        const QJsonObject first = resourceOfType(QStringLiteral("DocumentReference"));
        QCOMPARE(first.value(QStringLiteral("date")).toString(), QStringLiteral("2024-05-01T08:15:00Z"));
        QCOMPARE(first.value(QStringLiteral("category")).toArray().size(), 2);
        QCOMPARE(first.value(QStringLiteral("category")).toArray().at(0).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("bp"));
    }

    void patientAndProvenance()
    {
        const QJsonObject patient = resourceOfType(QStringLiteral("Patient"));
        QCOMPARE(patient.value(QStringLiteral("name")).toArray().first().toObject().value(QStringLiteral("text")).toString(),
                 QLatin1String(ShareSamples::PatientName));
        QCOMPARE(patient.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1980-04-02"));
        QCOMPARE(patient.value(QStringLiteral("gender")).toString(), QStringLiteral("female"));

        const QJsonObject provenance = resourceOfType(QStringLiteral("Provenance"));
        const QJsonObject who = provenance.value(QStringLiteral("agent")).toArray().first().toObject()
                                    .value(QStringLiteral("who")).toObject();
        QCOMPARE(who.value(QStringLiteral("identifier")).toObject().value(QStringLiteral("value")).toString(),
                 m_manifest.signerFingerprint);
        const QJsonObject signature = provenance.value(QStringLiteral("signature")).toArray().first().toObject();
        QCOMPARE(signature.value(QStringLiteral("type")).toArray().first().toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("1.2.840.10065.1.12.1.1"));
        QCOMPARE(signature.value(QStringLiteral("sigFormat")).toString(), QStringLiteral("application/x-minisign"));
    }

    void shapesMatchTheHl7Examples()
    {
        // Each element listed here is absent from HL7's example of the type but is an R4 element of that
        // resource with this shape (checked against the R4 resource definitions).
        checkAgainstExample(QStringLiteral("Composition"), {QStringLiteral("Bundle-father.json#Composition")},
                            {QStringLiteral("type.coding[].display")});
        checkAgainstExample(QStringLiteral("DocumentReference"), {QStringLiteral("DocumentReference-example.json")},
                            {QStringLiteral("category[].text"), QStringLiteral("content[].attachment.data")});
        checkAgainstExample(QStringLiteral("MedicationStatement"),
                            {QStringLiteral("MedicationStatement-example001.json"),
                             QStringLiteral("MedicationStatement-example004.json")},
                            {QStringLiteral("medicationCodeableConcept.text"), QStringLiteral("effectivePeriod"),
                             QStringLiteral("reasonCode[].text"), QStringLiteral("dosage[].route.text"),
                             QStringLiteral("dosage[].doseAndRate[].doseQuantity")});
        checkAgainstExample(QStringLiteral("Coverage"), {QStringLiteral("Coverage-9876B1.json")},
                            {QStringLiteral("type.text"), QStringLiteral("subscriberId"),
                             QStringLiteral("beneficiary.display"), QStringLiteral("payor[].display"),
                             QStringLiteral("relationship.coding[].system")});
        checkAgainstExample(QStringLiteral("Appointment"), {QStringLiteral("Appointment-example.json")}, {});
        checkAgainstExample(QStringLiteral("Provenance"), {QStringLiteral("Provenance-signature.json")},
                            {QStringLiteral("agent[].who.reference"), QStringLiteral("agent[].who.display"),
                             QStringLiteral("agent[].type.coding[].display"), QStringLiteral("agent[].who.identifier.type"),
                             QStringLiteral("signature[].who.identifier"), QStringLiteral("signature[].who.display")});
        checkAgainstExample(QStringLiteral("Patient"), {QStringLiteral("Patient-example.json")},
                            {QStringLiteral("name[].text")});

        // The Bundle itself, beside the HL7 document Bundle (whose entries are other resources).
        QJsonObject bundleOnly = m_bundle;
        bundleOnly.remove(QStringLiteral("entry"));
        QJsonObject father = hl7Example(QStringLiteral("Bundle-father.json"));
        father.remove(QStringLiteral("entry"));
        QStringList mismatches;
        QSet<QString> extras;
        compareShape(bundleOnly, father, QString(), mismatches, extras);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QStringLiteral("; "))));
        QVERIFY2(extras.isEmpty(), qPrintable(QStringList(extras.values()).join(QStringLiteral(", "))));
    }

    void readsBackWhatItWrote()
    {
        const ShareView view = FhirShareBundle::read(m_json);
        QCOMPARE(view.patientName, QLatin1String(ShareSamples::PatientName));
        QCOMPARE(view.patientBirthDate, QDate(1980, 4, 2));
        QCOMPARE(view.entries.size(), std::size_t(3));
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(view.entries[i].title, m_samples.titles[i]);
            QCOMPARE(view.entries[i].body, m_samples.bodies[i]);
            QCOMPARE(view.entries[i].date, m_content.entries[i].occurredAt);
            QCOMPARE(view.entries[i].tags, m_content.entries[i].tags);
        }
        QVERIFY(view.hasMedicationSection && view.hasCoverageSection && view.hasAppointmentSection);
        QCOMPARE(view.medications.size(), std::size_t(1));
        QCOMPARE(view.medications[0].name, QStringLiteral("Metformin 500 mg"));
        QCOMPARE(view.medications[0].status, QStringLiteral("active"));
        QCOMPARE(view.medications[0].start, QDate(2023, 1, 10));
        QCOMPARE(view.coverages.size(), std::size_t(1));
        QCOMPARE(view.coverages[0].payer, QStringLiteral("Acme Health"));
        QCOMPARE(view.coverages[0].memberId, QStringLiteral("XYZ123456"));
        QCOMPARE(view.coverages[0].groupNumber, QStringLiteral("G-777"));
        QCOMPARE(view.coverages[0].plan, QStringLiteral("Gold PPO 500"));
        QCOMPARE(view.appointments.size(), std::size_t(1));
        QCOMPARE(view.appointments[0].provider, QStringLiteral("Dr. Moreau"));
        QCOMPARE(view.appointments[0].place, QStringLiteral("City Clinic"));
        QCOMPARE(view.appointments[0].start, QDateTime(QDate(2024, 6, 10), QTime(9, 30), Qt::UTC));
        QCOMPARE(view.itemCount(), m_content.itemCount());
        QCOMPARE(view.signerFingerprint, m_manifest.signerFingerprint);
    }

    void emptyChosenSectionsSayNilKnown()
    {
        TemporaryVault tv;
        ShareSamples::addTinyEntry(tv.db());
        ShareSelection selection;
        selection.tag.clear();
        selection.from = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        selection.medications = true;
        const ShareContent content = ShareContent::collect(tv.db(), selection);
        const QByteArray json = FhirShareBundle::build(content, sampleManifest());
        const QJsonObject composition = QJsonDocument::fromJson(json).object().value(QStringLiteral("entry")).toArray()
                                            .first().toObject().value(QStringLiteral("resource")).toObject();
        const QJsonArray sections = composition.value(QStringLiteral("section")).toArray();
        QCOMPARE(sections.size(), 2);
        QVERIFY(sections.at(1).toObject().contains(QStringLiteral("emptyReason")));
        QVERIFY(sections.at(1).toObject().contains(QStringLiteral("text")));
        const ShareView view = FhirShareBundle::read(json);
        QVERIFY(view.hasMedicationSection);
        QVERIFY(view.medications.empty());
        QVERIFY(!view.hasCoverageSection);
    }

    void readRefusesWhatIsOutsideTheProfile_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("not a bundle") << QByteArray("\"resourceType\": \"Bundle\"") << QByteArray("\"resourceType\": \"Bunch\"");
        QTest::newRow("not a document") << QByteArray("\"type\": \"document\"") << QByteArray("\"type\": \"collection\"");
        QTest::newRow("Composition not first") << QByteArray("\"resourceType\": \"Composition\"")
                                               << QByteArray("\"resourceType\": \"List\"");
        QTest::newRow("unknown resource") << QByteArray("\"resourceType\": \"Coverage\"")
                                          << QByteArray("\"resourceType\": \"Claim\"");
        QTest::newRow("bad base64") << QByteArray("\"data\": \"") << QByteArray("\"data\": \"*");
        QTest::newRow("not markdown") << QByteArray("\"contentType\": \"text/markdown\"")
                                      << QByteArray("\"contentType\": \"text/html\"");
        QTest::newRow("not JSON") << QByteArray("{") << QByteArray("[");
    }

    void readRefusesWhatIsOutsideTheProfile()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QByteArray json = m_json;
        const qsizetype at = json.indexOf(from);
        QVERIFY(at >= 0);
        json.replace(at, from.size(), to);
        try {
            FhirShareBundle::read(json);
            QFAIL("accepted a bundle outside the profile");
        } catch (const ShareError& error) {
            QCOMPARE(error.kind(), ShareError::Kind::Malformed);
        }
    }

    void readRefusesADanglingReference()
    {
        QByteArray json = m_json;
        const QJsonObject medication = resourceOfType(QStringLiteral("MedicationStatement"));
        const QByteArray uuid = medication.value(QStringLiteral("id")).toString().toLatin1();
        // Point the Composition's section at a resource that is not in the bundle.
        const qsizetype at = json.indexOf("\"reference\": \"urn:uuid:" + uuid + '"');
        QVERIFY(at >= 0);
        json.replace(at, 14 + 9 + uuid.size() + 1, "\"reference\": \"urn:uuid:00000000-0000-4000-8000-000000000000\"");
        QVERIFY_THROWS_EXCEPTION(ShareError, FhirShareBundle::read(json));
    }
};

QTEST_GUILESS_MAIN(TestFhirBundle)
#include "TestFhirBundle.moc"
