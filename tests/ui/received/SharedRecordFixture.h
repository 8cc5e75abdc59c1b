#pragma once

#include "SecretBytes.h"
#include "ShareSamples.h"
#include "TemporaryVault.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

class QWidget;

namespace carnet::testsupport {

// Two real vaults: a sender holding ShareSamples' records, and a receiver; real .carnet-share files between them
// (low scrypt work factor, so passphrase shares open at once).
class SharedRecordFixture
{
public:
    static constexpr int ScryptLogN = 10;

    SharedRecordFixture();

    TemporaryVault& sender() { return *m_sender; }
    TemporaryVault& receiver() { return *m_receiver; }
    const ShareSamples& samples() const { return m_samples; }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Every sample record (3 entries, medications, insurance, appointments), to the receiver's vault key.
    QString writeForReceiver(const QString& name);
    // One journal entry only.
    QString writeSmallForReceiver(const QString& name);
    // To a one-time passphrase; the passphrase is returned through `passphrase`.
    QString writeForPassphrase(const QString& name, QString* passphrase, int scryptLogN = ScryptLogN);
    // To a key that is not the receiver's.
    QString writeForAnotherKey(const QString& name);
    // Signed like a share of a newer format (format 2), encrypted to the receiver.
    QString writeNewerFormat(const QString& name);
    // `path` as ASCII armor (PEM), which age readers accept and the header probe does not look into.
    QString armoredCopy(const QString& path, const QString& name);
    // A copy of `path` with one byte flipped in the middle.
    QString tamperedCopy(const QString& path, const QString& name);

    // Adds the sender as a care-team member of the receiver with its minisign key, pinned or not; returns the id.
    std::int64_t addSenderToCareTeam(const QString& name, bool pinned);

    // Saves a PNG of the widget into $CARNET_SCREENSHOTS/received-NAME.png when that variable is set.
    static void screenshot(QWidget* widget, const QString& name);
    // Problems that make a widget tree editable: line edits that accept input, editable text views, item views that
    // edit, editable items. Empty when everything is read-only.
    static QStringList editableWidgets(QWidget* root);
    // Drops drivers a test queued for a dialog that never came (a refused share shows no window).
    static int dropPendingDrivers();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TemporaryVault> m_sender;
    std::unique_ptr<TemporaryVault> m_receiver;
    ShareSamples m_samples;
};

} // namespace carnet::testsupport
