#pragma once

#include "ReceivedShareStore.h"

#include <QDateTime>
#include <QWidget>

class QFrame;
class QLabel;

namespace carnet {

class SharedRecordSections;
struct OpenedShare;

// A verified share, read-only: who signed it (name, fingerprint in groups, pinned or a clear warning to compare the
// fingerprint), a warning when the same export was opened before, when it was made, the patient, and then its
// sections. Used for a share just opened and for one kept in "Shared with me".
class SharedRecordView : public QWidget
{
    Q_OBJECT

public:
    explicit SharedRecordView(QWidget* parent = nullptr);

    void showOpened(const OpenedShare& share);
    void showKept(const ReceivedShareStore::Share& share);
    void clearShare();

    SharedRecordSections* sections() const { return m_sections; }
    QString signerText() const;
    QString fingerprintText() const;
    bool isPinned() const { return m_pinned; }
    // The warnings as shown, or empty when hidden.
    QString pinWarningText() const;
    QString replayWarningText() const;
    QString madeText() const;
    QString patientText() const;

    // "3f2a 91c0 … (8 groups)\n… (8 groups)": easier to read aloud and compare.
    static QString fingerprintLines(const QString& fingerprint);

private:
    struct Header
    {
        QString signerName;
        QString fingerprint;
        bool pinned = false;
        bool replayed = false;
        QDateTime firstSeen;
        QDateTime created;
        QDateTime received; // kept shares only
        int itemCount = 0;
    };

    void showHeader(const Header& header);
    void showRecords(const ShareView& view);
    QFrame* makeWarning(QLabel* text);

    QLabel* m_signer;
    QLabel* m_pinStatus;
    QLabel* m_fingerprint;
    QLabel* m_pinWarningText;
    QFrame* m_pinWarning;
    QLabel* m_replayWarningText;
    QFrame* m_replayWarning;
    QLabel* m_made;
    QLabel* m_patient;
    SharedRecordSections* m_sections;
    bool m_pinned = false;
};

} // namespace carnet
