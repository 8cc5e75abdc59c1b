#include "ClipboardGuard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace carnet;

class TestClipboardGuard : public QObject
{
    Q_OBJECT

private slots:
    void copiesWithConcealmentHintsAndClears()
    {
        ClipboardGuard guard;
        guard.setClearDelayMs(200);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copy(QStringLiteral("MEMBER-123456"));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("MEMBER-123456"));
        const QMimeData* mime = QApplication::clipboard()->mimeData();
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(cleared.wait(5000));
        QVERIFY(QApplication::clipboard()->text().isEmpty());
    }

    void leavesSomethingElseAlone()
    {
        ClipboardGuard guard;
        guard.setClearDelayMs(100);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copy(QStringLiteral("MEMBER-123456"));
        QApplication::clipboard()->setText(QStringLiteral("the user's own text"));
        QVERIFY(cleared.wait(5000));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("the user's own text"));
    }
};

QTEST_MAIN(TestClipboardGuard)
#include "TestClipboardGuard.moc"
