#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using carnet::testsupport::CliRunner;

namespace {

const QByteArray DemoPassphrase = "carnet demo vault\n";

} // namespace

// The commands that cut across record kinds, on a demo vault: demo, timeline, history.
class TestCliRecords : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;
    QString m_vault;

private slots:
    void initTestCase()
    {
        m_vault = m_cli.path(QStringLiteral("demo"));
        auto demo = m_cli.run({QStringLiteral("demo"), m_vault, QStringLiteral("--json")});
        QCOMPARE(demo.exitCode, 0);
        QCOMPARE(demo.json().object().value(QStringLiteral("passphrase")).toString(), QStringLiteral("carnet demo vault"));
        QCOMPARE(m_cli.run({QStringLiteral("demo"), m_vault}).exitCode, 1); // never over an existing vault
    }

    void timelineMergesKindsInDateOrder()
    {
        auto result = m_cli.run({QStringLiteral("timeline"), m_vault, QStringLiteral("--json")}, DemoPassphrase);
        QCOMPARE(result.exitCode, 0);
        const QJsonArray items = result.json().array();
        QVERIFY(items.size() > 20);
        QSet<QString> kinds;
        QString previous;
        for (const QJsonValue& value : items) {
            const QJsonObject item = value.toObject();
            kinds.insert(item.value(QStringLiteral("kind")).toString());
            const QString at = QDateTime::fromString(item.value(QStringLiteral("at")).toString(), Qt::ISODate)
                                   .toUTC()
                                   .toString(Qt::ISODate);
            QVERIFY2(previous <= at, qPrintable(previous + QStringLiteral(" > ") + at));
            previous = at;
            QVERIFY(item.value(QStringLiteral("id")).toInteger() > 0);
            QVERIFY(!item.value(QStringLiteral("title")).toString().isEmpty());
        }
        QVERIFY(kinds.contains(QStringLiteral("journal")));
        QVERIFY(kinds.contains(QStringLiteral("medication")));
        QVERIFY(kinds.contains(QStringLiteral("appointment")));

        auto text = m_cli.run({QStringLiteral("timeline"), m_vault, QStringLiteral("--kind"), QStringLiteral("journal"),
                               QStringLiteral("--limit"), QStringLiteral("3")},
                              DemoPassphrase);
        QCOMPARE(text.exitCode, 0);
        const QList<QByteArray> lines = text.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        for (const QByteArray& line : lines)
            QVERIFY2(line.contains(" journal "), line.constData());
    }

    void historyOfARecordFromTheTimeline()
    {
        auto timeline = m_cli.run({QStringLiteral("timeline"), m_vault, QStringLiteral("--kind"),
                                   QStringLiteral("journal"), QStringLiteral("--json")},
                                  DemoPassphrase);
        const qint64 id = timeline.json().array().first().toObject().value(QStringLiteral("id")).toInteger();
        auto history = m_cli.run({QStringLiteral("history"), m_vault, QString::number(id), QStringLiteral("--json")},
                                 DemoPassphrase);
        QCOMPARE(history.exitCode, 0);
        const QJsonObject json = history.json().object();
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("journal"));
        QCOMPARE(json.value(QStringLiteral("versions")).toArray().first().toObject().value(QStringLiteral("change")).toString(),
                 QStringLiteral("create"));
    }

    void badInputIsAUsageError()
    {
        const auto run = [&](const QStringList& extra) {
            return m_cli.run(QStringList{QStringLiteral("timeline"), m_vault} + extra, DemoPassphrase);
        };
        for (const QStringList& extra : {QStringList{QStringLiteral("--from"), QStringLiteral("2026-13-01")},
                                         QStringList{QStringLiteral("--from"), QStringLiteral("2026-05-02"),
                                                     QStringLiteral("--to"), QStringLiteral("2026-05-01")},
                                         QStringList{QStringLiteral("--kind"), QStringLiteral("recipes")},
                                         QStringList{QStringLiteral("--limit"), QStringLiteral("-4")}}) {
            const auto result = run(extra);
            QCOMPARE(result.exitCode, 2);
            QCOMPARE(result.err.count('\n'), 1);
        }
        QCOMPARE(m_cli.run({QStringLiteral("history"), m_vault, QStringLiteral("999999")}, DemoPassphrase).exitCode, 1);
        QCOMPARE(m_cli.run({QStringLiteral("timeline"), m_vault}, "wrong passphrase\n").exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestCliRecords)
#include "TestCliRecords.moc"
