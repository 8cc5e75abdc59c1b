#include "InsuranceCardFile.h"
#include "MediaFile.h"
#include "RecordError.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace carnet;

class TestInsuranceCardFile : public QObject
{
    Q_OBJECT

private:
    static RecordError::Kind refusal(const QString& path, QString* message)
    {
        try {
            InsuranceCardFile::read(path);
        } catch (const RecordError& error) {
            *message = error.message();
            return error.kind();
        }
        return RecordError::Kind::Invalid;
    }

private slots:
    void readsThePickedFile()
    {
        QTemporaryDir dir;
        const QByteArray bytes = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x');
        QFile file(dir.filePath(QStringLiteral("front.png")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const InsuranceRepository::CardUpload upload = InsuranceCardFile::read(file.fileName());
        QCOMPARE(upload.bytes, bytes);
        QCOMPARE(upload.fileName, QStringLiteral("front.png")); // the base name, never the folder
    }

    void refusesAnOversizedFileByItsSize()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("film.mov")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(MediaFile::MaxBytes + 1));
        file.close();
        QString message;
        QCOMPARE(refusal(file.fileName(), &message), RecordError::Kind::TooLarge);
        QCOMPARE(message, QStringLiteral("film.mov is 20.0 MiB; a card photo can be at most 20 MiB."));

        // Exactly at the limit is read (the repository then judges what it is).
        QVERIFY(QFile::resize(file.fileName(), MediaFile::MaxBytes));
        QCOMPARE(InsuranceCardFile::read(file.fileName()).bytes.size(), MediaFile::MaxBytes);
    }

    void refusesWhatIsNotAReadableFile()
    {
        QTemporaryDir dir;
        QString message;
        QCOMPARE(refusal(dir.filePath(QStringLiteral("gone.jpg")), &message), RecordError::Kind::NotFound);
        QCOMPARE(message, QStringLiteral("gone.jpg does not exist."));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("a-folder")));
        QCOMPARE(refusal(dir.filePath(QStringLiteral("a-folder")), &message), RecordError::Kind::Invalid);
        QVERIFY(message.startsWith(QStringLiteral("a-folder could not be read")));
    }
};

QTEST_MAIN(TestInsuranceCardFile)
#include "TestInsuranceCardFile.moc"
