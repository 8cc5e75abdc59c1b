#include "DisclosureLog.h"
#include "DisclosureLogModel.h"
#include "ShareRecipient.h"
#include "TemporaryVault.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace carnet;
using testsupport::TemporaryVault;

namespace {

const QString AgeKey = QStringLiteral("age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p");

DisclosureLog::Disclosure disclosure(const QString& exportId, const QDateTime& at)
{
    DisclosureLog::Disclosure d;
    d.exportId = exportId;
    d.at = at;
    d.packageSha256
        = QString::fromLatin1(QCryptographicHash::hash(exportId.toUtf8(), QCryptographicHash::Sha256).toHex());
    d.fileName = exportId + QStringLiteral(".carnet-share");
    return d;
}

} // namespace

// The disclosure log as the Sharing view's table: rows come from a real vault's log, newest first, with the texts,
// roles and sort values the view relies on.
class TestDisclosureLogModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TemporaryVault> m_vault;

    // Three shares, written out of order: a care team member and an age key; a passphrase; nothing but a profile.
    void recordSamples()
    {
        DisclosureLog log(m_vault->db());
        DisclosureLog::Disclosure middle
            = disclosure(QStringLiteral("e-middle"), QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        middle.recipients = {{QStringLiteral("Dr. Moreau (care team)"), QLatin1String(ShareRecipient::CareTeamKind),
                              QStringLiteral("ab12 cd34")},
                             {AgeKey, QLatin1String(ShareRecipient::AgeKeyKind), QStringLiteral("ef56 7890")}};
        middle.items = {{QStringLiteral("journal"), QJsonArray {4, 9, 12}},
                        {QStringLiteral("medications"), true},
                        {QStringLiteral("insurance"), false},
                        {QStringLiteral("appointments"), false}};
        middle.itemCount = 5;
        log.record(middle);

        DisclosureLog::Disclosure newest
            = disclosure(QStringLiteral("e-newest"), QDateTime(QDate(2026, 3, 9), QTime(8, 30), Qt::UTC));
        newest.recipients
            = {{QStringLiteral("one-time passphrase"), QLatin1String(ShareRecipient::PassphraseKind), {}}};
        newest.items = {{QStringLiteral("journal"), QJsonArray {}},
                        {QStringLiteral("medications"), false},
                        {QStringLiteral("insurance"), true},
                        {QStringLiteral("appointments"), true}};
        newest.itemCount = 3;
        log.record(newest);

        DisclosureLog::Disclosure oldest
            = disclosure(QStringLiteral("e-oldest"), QDateTime(QDate(2025, 12, 24), QTime(16, 0), Qt::UTC));
        oldest.recipients = {{AgeKey, QLatin1String(ShareRecipient::AgeKeyKind), QStringLiteral("ef56 7890")}};
        oldest.items = {{QStringLiteral("journal"), QJsonArray {1}}};
        oldest.itemCount = 1;
        log.record(oldest);
    }

    QString text(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole) const
    {
        return model.data(model.index(row, column), role).toString();
    }

private slots:
    void initTestCase() { m_vault = std::make_unique<TemporaryVault>(); }

    void startsEmpty()
    {
        DisclosureLogModel model(m_vault->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(DisclosureLogModel::ColumnCount));
        QCOMPARE(model.headerData(DisclosureLogModel::RecipientsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Shared with"));
        QVERIFY(
            !model.headerData(DisclosureLogModel::HashColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }

    void showsRecordedRowsNewestFirst()
    {
        recordSamples();
        DisclosureLogModel model(m_vault->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, 0), DisclosureLogModel::ExportIdRole).toString(),
                 QStringLiteral("e-newest"));
        QCOMPARE(model.data(model.index(1, 0), DisclosureLogModel::ExportIdRole).toString(),
                 QStringLiteral("e-middle"));
        QCOMPARE(model.data(model.index(2, 0), DisclosureLogModel::ExportIdRole).toString(),
                 QStringLiteral("e-oldest"));
        QCOMPARE(model.disclosure(1).exportId, QStringLiteral("e-middle"));

        // When: local time in the locale's short format; the raw instant to sort by.
        const QDateTime middleAt(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        QCOMPARE(text(model, 1, DisclosureLogModel::WhenColumn),
                 QLocale().toString(middleAt.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(model.data(model.index(1, DisclosureLogModel::WhenColumn), DisclosureLogModel::SortRole).toDateTime(),
                 middleAt);

        // Recipients: labels joined, a bare age key shortened, everything in full in the tooltip.
        const QString recipients = text(model, 1, DisclosureLogModel::RecipientsColumn);
        QVERIFY2(recipients.startsWith(QLatin1String("Dr. Moreau (care team); age1ql3z7h")), qPrintable(recipients));
        QVERIFY(recipients.endsWith(AgeKey.right(6)));
        QVERIFY(!recipients.contains(AgeKey));
        const QString recipientsTip = text(model, 1, DisclosureLogModel::RecipientsColumn, Qt::ToolTipRole);
        QVERIFY(recipientsTip.contains(AgeKey));
        QVERIFY(recipientsTip.contains(QLatin1String("care team member")));
        QVERIFY(recipientsTip.contains(QLatin1String("ab12 cd34")));
        QCOMPARE(text(model, 0, DisclosureLogModel::RecipientsColumn), QStringLiteral("one-time passphrase"));

        // What and how many.
        QCOMPARE(text(model, 1, DisclosureLogModel::WhatColumn), QStringLiteral("3 journal entries, medications"));
        QCOMPARE(text(model, 0, DisclosureLogModel::WhatColumn), QStringLiteral("insurance, appointments"));
        QCOMPARE(text(model, 2, DisclosureLogModel::WhatColumn), QStringLiteral("1 journal entry"));
        QCOMPARE(model.data(model.index(1, DisclosureLogModel::ItemsColumn)).toInt(), 5);
        QCOMPARE(model.data(model.index(0, DisclosureLogModel::ItemsColumn), DisclosureLogModel::SortRole).toInt(), 3);

        // File name and hash: short in the table, in full in the tooltip and the role.
        QCOMPARE(text(model, 2, DisclosureLogModel::FileColumn), QStringLiteral("e-oldest.carnet-share"));
        const QString fullHash = disclosure(QStringLiteral("e-middle"), {}).packageSha256;
        QCOMPARE(fullHash.size(), 64);
        QCOMPARE(text(model, 1, DisclosureLogModel::HashColumn),
                 fullHash.left(DisclosureLogModel::ShortHashDigits) + QChar(0x2026));
        QCOMPARE(text(model, 1, DisclosureLogModel::HashColumn, DisclosureLogModel::FullHashRole), fullHash);
        QVERIFY(text(model, 1, DisclosureLogModel::HashColumn, Qt::ToolTipRole).contains(fullHash));
        QCOMPARE(model.data(model.index(1, 0), DisclosureLogModel::DisclosureIdRole).toLongLong(),
                 model.disclosure(1).id);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    }

    void reloadPicksUpANewShare()
    {
        DisclosureLogModel model(m_vault->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.rowCount();
        QVERIFY(before > 0);
        DisclosureLog::Disclosure latest = disclosure(QStringLiteral("e-latest"), QDateTime::currentDateTimeUtc());
        latest.recipients = {{QStringLiteral("Dr. Okafor (care team)"), QLatin1String(ShareRecipient::CareTeamKind),
                              QStringLiteral("1111 2222")}};
        latest.items = {{QStringLiteral("journal"), QJsonArray {2, 3}}};
        latest.itemCount = 2;
        DisclosureLog(m_vault->db()).record(latest);
        QCOMPARE(model.rowCount(), before); // a snapshot until told
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.data(model.index(0, 0), DisclosureLogModel::ExportIdRole).toString(),
                 QStringLiteral("e-latest"));
        QCOMPARE(text(model, 0, DisclosureLogModel::WhatColumn), QStringLiteral("2 journal entries"));
    }

    void describesKindsAndItems()
    {
        QCOMPARE(DisclosureLogModel::kindText(QLatin1String(ShareRecipient::AgeKeyKind)), QStringLiteral("age key"));
        QCOMPARE(DisclosureLogModel::kindText(QLatin1String(ShareRecipient::PassphraseKind)),
                 QStringLiteral("one-time passphrase"));
        QCOMPARE(DisclosureLogModel::kindText(QStringLiteral("future-kind")), QStringLiteral("future-kind"));
        QCOMPARE(DisclosureLogModel::whatText({}), QStringLiteral("the profile only"));
        QCOMPARE(DisclosureLogModel::shortLabel({QStringLiteral("Dr. Moreau"), {}, {}}), QStringLiteral("Dr. Moreau"));
        QCOMPARE(DisclosureLogModel::shortHash(QStringLiteral("abc")), QStringLiteral("abc"));
    }
};

QTEST_GUILESS_MAIN(TestDisclosureLogModel)
#include "TestDisclosureLogModel.moc"
