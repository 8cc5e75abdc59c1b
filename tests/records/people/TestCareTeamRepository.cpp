#include "AgreementKeyPair.h"
#include "CareTeamRepository.h"
#include "Database.h"
#include "PublicKeyText.h"
#include "RecordError.h"
#include "TemporaryVault.h"

#include <QTest>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

// Made with age-keygen: the secret key's scalar and the recipient age printed for it.
const QByteArray AgeSecretHex = "78fc0aa46d48b5f7e95ea47567302d99d69b1e74c303427a7fa7306db80cbcb9";
const QString AgeRecipient = QStringLiteral("age18qep7nlms6fqt0v3xfctwmcrj6tzprn3us2uz0zegj3utskaxevsuxespu");
// Made with minisign -G.
const QString MinisignPub = QStringLiteral("RWQ++1lq8aUl6+QRt5+m+yRRD9aJ0zx6HJ7sQk2wk/7x51d6o/TPo6v7");
const QString MinisignKeyId = QStringLiteral("EB25A5F16A59FB3E");
const QString Fingerprint
    = QStringLiteral("3f2a 91c0 0b1d e4f5 6a7b 8c9d 0e1f 2a3b 4c5d 6e7f 8091 a2b3 c4d5 e6f7 0819 2a3b");

CareTeamMember doctor()
{
    CareTeamMember member;
    member.name = QStringLiteral(" Dr. Amina Haddad ");
    member.role = QStringLiteral("Provider");
    member.specialty = QStringLiteral("Cardiology");
    member.organization = QStringLiteral("City Heart Clinic");
    member.phones = {{QStringLiteral("office"), QStringLiteral("+1 555 0100")},
                     {QStringLiteral("fax"), QStringLiteral("+1 555 0199")}};
    member.email = QStringLiteral("a.haddad@cityheart.example");
    member.address = QStringLiteral("1 Main St");
    return member;
}

RecordError::Kind errorKindOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const RecordError& error) {
        return error.kind();
    }
    return RecordError::Kind(-1);
}

} // namespace

class TestCareTeamRepository : public QObject
{
    Q_OBJECT

private slots:
    void ageRecipientsDecodeOnlyWhenExact()
    {
        const std::optional<QByteArray> key = PublicKeyText::decodeAgeRecipient(AgeRecipient);
        QVERIFY(key);
        QCOMPARE(key->size(), 32);
        // The same key as X25519 derives from age's secret: Bech32 and the byte layout agree with age.
        const AgreementKeyPair pair
            = AgreementKeyPair::fromSecretKey(SecretBytes::copyOf(QByteArray::fromHex(AgeSecretHex)));
        QCOMPARE(*key, pair.publicKey());
        QCOMPARE(PublicKeyText::encodeAgeRecipient(pair.publicKey()), AgeRecipient);
        const AgreementKeyPair fresh = AgreementKeyPair::generate();
        QCOMPARE(PublicKeyText::decodeAgeRecipient(PublicKeyText::encodeAgeRecipient(fresh.publicKey())),
                 std::optional<QByteArray>(fresh.publicKey()));
        QVERIFY(PublicKeyText::decodeAgeRecipient(AgeRecipient.toUpper()));

        QString flipped = AgeRecipient;
        flipped[20] = flipped[20] == QLatin1Char('q') ? QLatin1Char('p') : QLatin1Char('q');
        QVERIFY(!PublicKeyText::decodeAgeRecipient(flipped)); // checksum
        QVERIFY(!PublicKeyText::decodeAgeRecipient(AgeRecipient.left(61))); // length
        QVERIFY(!PublicKeyText::decodeAgeRecipient(QStringLiteral("agf1") + AgeRecipient.mid(4))); // prefix
        QString badChar = AgeRecipient;
        badChar[10] = QLatin1Char('b'); // not in Bech32
        QVERIFY(!PublicKeyText::decodeAgeRecipient(badChar));
        QString mixed = AgeRecipient;
        mixed[10] = mixed[10].toUpper();
        QVERIFY(!PublicKeyText::decodeAgeRecipient(mixed));

        QCOMPARE(
            PublicKeyText::checkedAgeRecipient(QStringLiteral("  ") + AgeRecipient.toUpper() + QStringLiteral("\n")),
            AgeRecipient);
        for (const QString& bad : {QStringLiteral("ssh-ed25519 AAAA"), AgeRecipient.left(40), flipped}) {
            try {
                PublicKeyText::checkedAgeRecipient(bad);
                QFAIL("a malformed age recipient was accepted");
            } catch (const RecordError& error) {
                QCOMPARE(error.kind(), RecordError::Kind::Invalid);
                QVERIFY(error.message().startsWith(QLatin1String("Age recipient")));
            }
        }
    }

    void minisignKeysAndFingerprints()
    {
        const std::optional<QByteArray> key = PublicKeyText::decodeMinisignKey(MinisignPub);
        QVERIFY(key);
        QCOMPARE(key->size(), 42);
        QVERIFY(key->startsWith("Ed"));
        QCOMPARE(PublicKeyText::minisignKeyId(*key), MinisignKeyId);
        QCOMPARE(PublicKeyText::encodeMinisignKey(key->mid(2, 8), key->mid(10)), MinisignPub);
        // The whole .pub file as minisign writes it is accepted too.
        const QString pubFile
            = QStringLiteral("untrusted comment: minisign public key %1\n%2\n").arg(MinisignKeyId, MinisignPub);
        QCOMPARE(PublicKeyText::checkedMinisignKey(pubFile), MinisignPub);

        const QByteArray notEd = "Ex" + key->mid(2);
        QVERIFY(!PublicKeyText::decodeMinisignKey(QString::fromLatin1(notEd.toBase64())));
        QVERIFY(!PublicKeyText::decodeMinisignKey(MinisignPub.left(52)));
        QVERIFY(!PublicKeyText::decodeMinisignKey(QString::fromLatin1(key->left(41).toBase64())));
        QVERIFY(!PublicKeyText::decodeMinisignKey(MinisignPub.left(55) + QLatin1Char('!')));
        QCOMPARE(errorKindOf([] { PublicKeyText::checkedMinisignKey(QStringLiteral("RWQ-not-a-key")); }),
                 RecordError::Kind::Invalid);

        QCOMPARE(PublicKeyText::normalizeFingerprint(QString(Fingerprint).remove(QLatin1Char(' ')).toUpper()),
                 std::optional<QString>(Fingerprint));
        QCOMPARE(PublicKeyText::checkedFingerprint(QString(Fingerprint).replace(QLatin1Char(' '), QLatin1Char(':'))),
                 Fingerprint);
        QVERIFY(!PublicKeyText::normalizeFingerprint(Fingerprint.left(70)));
        QVERIFY(!PublicKeyText::normalizeFingerprint(QString(Fingerprint).replace(QLatin1Char('f'), QLatin1Char('g'))));
    }

    void addGetUpdateWithVersions()
    {
        TemporaryVault tv;
        QVERIFY(tv.db().hasTable(QStringLiteral("care_team")));
        CareTeamRepository repo(tv.db());
        CareTeamMember member = doctor();
        member.ageRecipient = AgeRecipient;
        member.minisignKey = MinisignPub;
        member.fingerprint = QString(Fingerprint).remove(QLatin1Char(' '));
        const std::int64_t id = repo.add(member);
        CareTeamMember stored = repo.get(id);
        QCOMPARE(stored.name, QStringLiteral("Dr. Amina Haddad"));
        QCOMPARE(stored.role, QStringLiteral("provider"));
        QCOMPARE(stored.phones.size(), 2);
        QCOMPARE(stored.phones.at(1).label, QStringLiteral("fax"));
        QCOMPARE(stored.primaryPhone(), QStringLiteral("+1 555 0100"));
        QCOMPARE(stored.ageRecipient, AgeRecipient);
        QCOMPARE(stored.minisignKey, MinisignPub);
        QCOMPARE(stored.fingerprint, Fingerprint);
        QVERIFY(!stored.pinned);
        QVERIFY(!stored.pinnedAt.isValid());
        QVERIFY(stored.hasKeys());

        stored.role = QStringLiteral("caregiver");
        stored.phones.removeLast();
        repo.update(stored);
        const std::vector<RecordVersion> history = repo.history(id);
        QCOMPARE(history.size(), std::size_t(2));
        QCOMPARE(history[0].values.value(QStringLiteral("phones")).toArray().size(), 2);
        QCOMPARE(history[0].values.value(QStringLiteral("age_recipient")).toString(), AgeRecipient);
        QCOMPARE(history[1].values.value(QStringLiteral("role")).toString(), QStringLiteral("caregiver"));
        QCOMPARE(history[1].values.value(QStringLiteral("phones")).toArray().size(), 1);

        const auto invalid = [&](const std::function<void(CareTeamMember&)>& spoil) {
            CareTeamMember m = doctor();
            spoil(m);
            return errorKindOf([&] { repo.add(m); }) == RecordError::Kind::Invalid;
        };
        QVERIFY(invalid([](CareTeamMember& m) { m.name.clear(); }));
        QVERIFY(invalid([](CareTeamMember& m) { m.role = QStringLiteral("surgeon"); }));
        QVERIFY(invalid([](CareTeamMember& m) { m.email = QStringLiteral("not-an-email"); }));
        QVERIFY(invalid([](CareTeamMember& m) { m.phones = {{QStringLiteral("office"), QStringLiteral("ask")}}; }));
        QVERIFY(invalid([](CareTeamMember& m) { m.ageRecipient = QStringLiteral("age1notavalidkey"); }));
        QVERIFY(invalid([](CareTeamMember& m) { m.minisignKey = QStringLiteral("RWQ=="); }));
        QVERIFY(invalid([](CareTeamMember& m) { m.fingerprint = QStringLiteral("abcd"); }));
        QVERIFY(invalid([](CareTeamMember& m) { m.pinned = true; })); // nothing to pin
        QCOMPARE(repo.list().size(), std::size_t(1));
    }

    void pinsBelongToTheirKeys()
    {
        TemporaryVault tv;
        CareTeamRepository repo(tv.db());
        CareTeamMember member = doctor();
        member.minisignKey = MinisignPub;
        member.pinned = true;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const std::int64_t id = repo.add(member);
        CareTeamMember stored = repo.get(id);
        QVERIFY(stored.pinned);
        QVERIFY(stored.pinnedAt >= before);
        QVERIFY(stored.pinnedAt <= QDateTime::currentDateTimeUtc().addSecs(1));

        // An edit that leaves the keys alone keeps the pin.
        stored.notes = QStringLiteral("Sees patients on Tuesdays.");
        repo.update(stored);
        QVERIFY(repo.get(id).pinned);
        QCOMPARE(repo.get(id).pinnedAt, stored.pinnedAt);

        // A new key drops the pin that confirmed the old one.
        stored = repo.get(id);
        stored.ageRecipient = AgeRecipient;
        repo.update(stored);
        QVERIFY(!repo.get(id).pinned);
        QVERIFY(!repo.get(id).pinnedAt.isValid());
        QCOMPARE(repo.history(id).back().values.value(QStringLiteral("pinned")), QJsonValue(false));

        repo.setPinned(id, true);
        QVERIFY(repo.get(id).pinned);
        // Pinning the new keys explicitly with the update keeps the pin.
        stored = repo.get(id);
        stored.minisignKey.clear();
        stored.pinnedAt = QDateTime();
        repo.update(stored);
        QVERIFY(repo.get(id).pinned);
        repo.setPinned(id, false);
        QVERIFY(!repo.get(id).pinned);
        QCOMPARE(repo.history(id).size(), std::size_t(6));

        // Removing every key takes the pin with it rather than failing.
        repo.setPinned(id, true);
        stored = repo.get(id);
        stored.ageRecipient.clear();
        repo.update(stored);
        QVERIFY(!repo.get(id).pinned);
        QVERIFY(!repo.get(id).hasKeys());

        const std::int64_t noKeys = repo.add(doctor());
        QCOMPARE(errorKindOf([&] { repo.setPinned(noKeys, true); }), RecordError::Kind::Invalid);
        QCOMPARE(errorKindOf([&] { repo.setPinned(777777, true); }), RecordError::Kind::NotFound);
    }

    void findsMembersByKey()
    {
        TemporaryVault tv;
        CareTeamRepository repo(tv.db());
        CareTeamMember member = doctor();
        member.ageRecipient = AgeRecipient;
        member.minisignKey = MinisignPub;
        const std::int64_t id = repo.add(member);
        repo.add(doctor());
        QCOMPARE(repo.findByMinisignKey(MinisignPub)->id, id);
        QCOMPARE(repo.findByMinisignKey(QStringLiteral("untrusted comment: x\n") + MinisignPub)->id, id);
        QCOMPARE(repo.findByAgeRecipient(AgeRecipient.toUpper())->id, id);
        QVERIFY(!repo.findByAgeRecipient(QStringLiteral("age1nope")));
        QVERIFY(!repo.findByMinisignKey(QStringLiteral("junk")));
        repo.softDelete(id);
        QVERIFY(!repo.findByMinisignKey(MinisignPub));
        QVERIFY(!repo.findByAgeRecipient(AgeRecipient));
    }

    void listOrderSoftDeleteRestoreAndPurge()
    {
        TemporaryVault tv;
        CareTeamRepository repo(tv.db());
        CareTeamMember caregiver = doctor();
        caregiver.name = QStringLiteral("Zoe (daughter)");
        caregiver.role = QStringLiteral("caregiver");
        const std::int64_t zoe = repo.add(caregiver);
        CareTeamMember other = doctor();
        other.name = QStringLiteral("Alex");
        other.role = QStringLiteral("other");
        const std::int64_t alex = repo.add(other);
        const std::int64_t amina = repo.add(doctor());
        std::vector<std::int64_t> order;
        for (const CareTeamMember& m : repo.list())
            order.push_back(m.id);
        QCOMPARE(order, (std::vector<std::int64_t> {amina, zoe, alex}));

        repo.softDelete(zoe);
        QCOMPARE(repo.list().size(), std::size_t(2));
        QCOMPARE(repo.listDeleted().front().id, zoe);
        try {
            repo.get(zoe);
            QFAIL("a deleted member was returned");
        } catch (const RecordError& error) {
            QCOMPARE(error.message(), QStringLiteral("The care-team member with id %1 was deleted.").arg(zoe));
        }
        repo.restore(zoe);
        QCOMPARE(repo.list().size(), std::size_t(3));
        repo.purge(zoe);
        try {
            repo.get(zoe);
            QFAIL("a purged member was returned");
        } catch (const RecordError& error) {
            QCOMPARE(error.kind(), RecordError::Kind::NotFound);
            QCOMPARE(error.message(), QStringLiteral("No care-team member with id %1.").arg(zoe));
        }
        Statement rows = tv.db().prepare(QStringLiteral("SELECT count(*) FROM care_team"));
        QVERIFY(rows.step());
        QCOMPARE(rows.integer(0), 2);
    }
};

QTEST_GUILESS_MAIN(TestCareTeamRepository)
#include "TestCareTeamRepository.moc"
