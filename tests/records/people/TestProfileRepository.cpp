#include "ProfileRepository.h"
#include "RecordError.h"
#include "StorageError.h"
#include "TemporaryVault.h"

#include <QJsonArray>
#include <QTest>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

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

class TestProfileRepository : public QObject
{
    Q_OBJECT

private slots:
    void startsEmptyAndSavesOnce()
    {
        TemporaryVault tv;
        QVERIFY(tv.db().hasTable(QStringLiteral("profile")));
        ProfileRepository repo(tv.db());
        QVERIFY(!repo.exists());
        const Profile empty = repo.get();
        QCOMPARE(empty.id, std::int64_t(0));
        QVERIFY(empty.isEmpty());
        QVERIFY(repo.history().empty());

        Profile profile;
        profile.fullName = QStringLiteral(" Camille Durand ");
        profile.preferredName = QStringLiteral("Cam");
        profile.birthDate = QDate(1984, 2, 29);
        profile.sex = QStringLiteral("Female");
        profile.genderIdentity = QStringLiteral("woman");
        profile.bloodType = QStringLiteral("ab neg");
        profile.heightCm = 168.5;
        profile.weightKg = 61;
        profile.address = QStringLiteral("12 rue des Lilas\n75011 Paris");
        profile.phone = QStringLiteral("+33 6 12 34 56 78");
        profile.email = QStringLiteral("camille@example.org");
        profile.language = QStringLiteral("fr-FR");
        profile.emergencyContacts
            = {{QStringLiteral("Luc Durand"), QStringLiteral("brother"), QStringLiteral("+33 6 98 76 54 32")},
               {QStringLiteral(" Ana "), QString(), QString()}};
        profile.organDonor = true;
        profile.notes = QStringLiteral("Wears contact lenses.");
        const Profile saved = repo.set(profile);
        QVERIFY(saved.id > 0);
        QCOMPARE(saved.version, 1);
        QCOMPARE(saved.fullName, QStringLiteral("Camille Durand"));
        QCOMPARE(saved.sex, QStringLiteral("female"));
        QCOMPARE(saved.bloodType, QStringLiteral("AB-"));
        QCOMPARE(saved.heightCm, std::optional<double>(168.5));
        QCOMPARE(saved.weightKg, std::optional<double>(61));
        QCOMPARE(saved.emergencyContacts.size(), 2);
        QCOMPARE(saved.emergencyContacts.at(1).name, QStringLiteral("Ana"));
        QCOMPARE(saved.organDonor, std::optional<bool>(true));
        QCOMPARE(saved.displayName(), QStringLiteral("Cam"));
        QCOMPARE(saved.ageOn(QDate(2026, 2, 28)), std::optional<int>(41));
        QCOMPARE(saved.ageOn(QDate(2026, 3, 1)), std::optional<int>(42));

        // The profile is a record of kind "profile", and there is only ever one.
        RecordStore store(tv.db());
        QCOMPARE(store.meta(saved.id)->kind, QStringLiteral("profile"));
        profile.fullName = QStringLiteral("Camille Durand-Petit");
        const Profile again = repo.set(profile);
        QCOMPARE(again.id, saved.id);
        Statement count = tv.db().prepare(QStringLiteral("SELECT count(*) FROM profile"));
        QVERIFY(count.step());
        QCOMPARE(count.integer(0), 1);
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 tv.db().exec(QStringLiteral("INSERT INTO profile (id) VALUES (%1)")
                                                  .arg(store.createRecord(QStringLiteral("profile")))));

        // Survives locking and unlocking.
        tv.reopen();
        ProfileRepository reopened(tv.db());
        QCOMPARE(reopened.get().toJson(), again.toJson());
        QCOMPARE(reopened.get().address, QStringLiteral("12 rue des Lilas\n75011 Paris"));
    }

    void partialUpdatesKeepTheRestAndVersions()
    {
        TemporaryVault tv;
        ProfileRepository repo(tv.db());
        ProfileChanges first;
        first.fullName = QStringLiteral("Sam Lee");
        first.birthDate = QDate(1990, 5, 17);
        first.phone = QStringLiteral("555-0100");
        repo.set(first);

        ProfileChanges second;
        second.bloodType = QStringLiteral("O+");
        second.heightCm = std::optional<double>(180);
        second.organDonor = std::optional<bool>(false);
        const Profile afterSecond = repo.set(second);
        QCOMPARE(afterSecond.fullName, QStringLiteral("Sam Lee"));
        QCOMPARE(afterSecond.birthDate, QDate(1990, 5, 17));
        QCOMPARE(afterSecond.bloodType, QStringLiteral("O+"));
        QCOMPARE(afterSecond.organDonor, std::optional<bool>(false));

        // Clearing is an explicit empty value.
        ProfileChanges clear;
        clear.phone = QString();
        clear.heightCm = std::optional<double>();
        clear.organDonor = std::optional<bool>();
        const Profile afterClear = repo.set(clear);
        QVERIFY(afterClear.phone.isEmpty());
        QVERIFY(!afterClear.heightCm);
        QVERIFY(!afterClear.organDonor);
        QCOMPARE(afterClear.bloodType, QStringLiteral("O+"));

        // No change, no version.
        QVERIFY(ProfileChanges().isEmpty());
        repo.set(ProfileChanges());
        repo.set(clear);

        const std::vector<RecordVersion> history = repo.history();
        QCOMPARE(history.size(), std::size_t(3));
        QCOMPARE(history[0].change, QStringLiteral("create"));
        QCOMPARE(history[0].values.value(QStringLiteral("phone")).toString(), QStringLiteral("555-0100"));
        QCOMPARE(history[1].values.value(QStringLiteral("height_cm")).toDouble(), 180.0);
        QCOMPARE(history[1].values.value(QStringLiteral("organ_donor")), QJsonValue(false));
        QVERIFY(history[2].values.value(QStringLiteral("phone")).isNull());
        QVERIFY(history[2].values.value(QStringLiteral("organ_donor")).isNull());
        QCOMPARE(history[2].values.value(QStringLiteral("full_name")).toString(), QStringLiteral("Sam Lee"));
        QCOMPARE(repo.get().version, 3);
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("birth date in the future") << "birth" << QDate::currentDate().addDays(2).toString(Qt::ISODate);
        QTest::newRow("birth date too old") << "birth"
                                            << "1700-01-01";
        QTest::newRow("sex") << "sex"
                             << "robot";
        QTest::newRow("blood type") << "blood"
                                    << "C+";
        QTest::newRow("height") << "height"
                                << "4000";
        QTest::newRow("weight") << "weight"
                                << "-3";
        QTest::newRow("phone") << "phone"
                               << "phone me";
        QTest::newRow("e-mail without @") << "email"
                                          << "camille.example.org";
        QTest::newRow("e-mail without domain dot") << "email"
                                                   << "camille@localhost";
        QTest::newRow("e-mail with space") << "email"
                                           << "cam ille@example.org";
        QTest::newRow("language") << "language"
                                  << "French!";
        QTest::newRow("emergency contact without name") << "contact-name"
                                                        << "";
        QTest::newRow("emergency contact phone") << "contact-phone"
                                                 << "abc";
    }

    void refusesBadValues()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        TemporaryVault tv;
        ProfileRepository repo(tv.db());
        ProfileChanges initial;
        initial.fullName = QStringLiteral("Kept");
        repo.set(initial);
        ProfileChanges changes;
        if (field == QLatin1String("birth"))
            changes.birthDate = QDate::fromString(value, Qt::ISODate);
        else if (field == QLatin1String("sex"))
            changes.sex = value;
        else if (field == QLatin1String("blood"))
            changes.bloodType = value;
        else if (field == QLatin1String("height"))
            changes.heightCm = std::optional<double>(value.toDouble());
        else if (field == QLatin1String("weight"))
            changes.weightKg = std::optional<double>(value.toDouble());
        else if (field == QLatin1String("phone"))
            changes.phone = value;
        else if (field == QLatin1String("email"))
            changes.email = value;
        else if (field == QLatin1String("language"))
            changes.language = value;
        else if (field == QLatin1String("contact-name"))
            changes.emergencyContacts
                = QList<EmergencyContact> {{value, QStringLiteral("sister"), QStringLiteral("555-0101")}};
        else
            changes.emergencyContacts = QList<EmergencyContact> {{QStringLiteral("Jo"), QString(), value}};
        QCOMPARE(errorKindOf([&] { repo.set(changes); }), RecordError::Kind::Invalid);
        QCOMPARE(repo.get().version, 1);
        QCOMPARE(repo.get().fullName, QStringLiteral("Kept"));
    }

    void bloodTypesAndContactFormats()
    {
        QCOMPARE(Profile::normalizedBloodType(QStringLiteral("a pos")), QStringLiteral("A+"));
        QCOMPARE(Profile::normalizedBloodType(QStringLiteral("O NEGATIVE")), QStringLiteral("O-"));
        QCOMPARE(Profile::normalizedBloodType(QStringLiteral("ab+")), QStringLiteral("AB+"));
        QVERIFY(Profile::normalizedBloodType(QStringLiteral("A")).isEmpty());
        QCOMPARE(Profile::bloodTypes().size(), 8);
        QCOMPARE(Profile::sexLabel(QStringLiteral("male")), QStringLiteral("Male"));
    }
};

QTEST_GUILESS_MAIN(TestProfileRepository)
#include "TestProfileRepository.moc"
