#include "SharedRecordFixture.h"

#include "AgeArmorWriter.h"
#include "AgeEncryptor.h"
#include "CareTeamRepository.h"
#include "DialogSeams.h"
#include "OneTimePassphrase.h"
#include "SharePackageWriter.h"
#include "TestSupport.h"
#include "VaultIdentity.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTextEdit>
#include <QTreeWidget>

namespace carnet::testsupport {

namespace {

ShareContent contentOf(Database& db, const ShareSamples& samples, bool everything)
{
    ShareSelection selection;
    if (everything) {
        selection.entryIds = samples.entryIds;
        selection.medications = selection.insurance = selection.appointments = true;
    } else {
        selection.entryIds = {samples.entryIds[0]};
    }
    return ShareContent::collect(db, selection);
}

} // namespace

SharedRecordFixture::SharedRecordFixture()
    : m_sender(std::make_unique<TemporaryVault>())
    , m_receiver(std::make_unique<TemporaryVault>())
    , m_samples(ShareSamples::fill(m_sender->db()))
{
}

QString SharedRecordFixture::writeForReceiver(const QString& name)
{
    const AgeRecipient key = VaultIdentity::load(m_receiver->db()).ageRecipient();
    SharePackageWriter(m_sender->vault(), ScryptLogN)
        .writeForRecipients(contentOf(m_sender->db(), m_samples, true), {ShareRecipient::fromText(key.toString())},
                            path(name));
    return path(name);
}

QString SharedRecordFixture::writeSmallForReceiver(const QString& name)
{
    const AgeRecipient key = VaultIdentity::load(m_receiver->db()).ageRecipient();
    SharePackageWriter(m_sender->vault(), ScryptLogN)
        .writeForRecipients(contentOf(m_sender->db(), m_samples, false), {ShareRecipient::fromText(key.toString())},
                            path(name));
    return path(name);
}

QString SharedRecordFixture::writeForPassphrase(const QString& name, QString* passphrase, int scryptLogN)
{
    const SecretBytes secret = OneTimePassphrase::generate();
    *passphrase = QString::fromUtf8(secret.chars(), static_cast<qsizetype>(secret.size()));
    SharePackageWriter(m_sender->vault(), scryptLogN)
        .writeForPassphrase(contentOf(m_sender->db(), m_samples, true), secret, path(name));
    return path(name);
}

QString SharedRecordFixture::writeForAnotherKey(const QString& name)
{
    const AgeIdentity stranger = AgeIdentity::generate();
    SharePackageWriter(m_sender->vault(), ScryptLogN)
        .writeForRecipients(contentOf(m_sender->db(), m_samples, false),
                            {ShareRecipient::fromText(stranger.recipient().toString())}, path(name));
    return path(name);
}

QString SharedRecordFixture::writeNewerFormat(const QString& name)
{
    const AgeRecipient key = VaultIdentity::load(m_receiver->db()).ageRecipient();
    SharePackageWriter writer(m_sender->vault(), ScryptLogN);
    const SharePackageWriter::Archive archive
        = writer.buildArchive(contentOf(m_sender->db(), m_samples, false),
                              {VaultIdentity::fingerprintOfRecipient(key).toDisplayString()}, name);
    ShareManifest newer = archive.manifest;
    newer.format = ShareManifest::FormatVersion + 1;
    std::vector<TarArchive::Member> files;
    for (const TarArchive::Member& member : archive.members) {
        if (!member.path.endsWith(QLatin1String(".minisig")))
            files.push_back(member);
    }
    const auto members = SharePackageWriter::signMembers(writer.identity().minisignKeyPair(), newer, files);
    QFile file(path(name));
    file.open(QIODevice::WriteOnly);
    file.write(AgeEncryptor::forRecipients({key}).encrypt(TarArchive::write(members, newer.created)));
    return path(name);
}

QString SharedRecordFixture::armoredCopy(const QString& original, const QString& name)
{
    QFile file(path(name));
    file.open(QIODevice::WriteOnly);
    AgeArmorWriter armor(file);
    armor.write(readFile(original));
    armor.finish();
    return path(name);
}

QString SharedRecordFixture::tamperedCopy(const QString& original, const QString& name)
{
    QByteArray bytes = readFile(original);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
    QFile file(path(name));
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path(name);
}

std::int64_t SharedRecordFixture::addSenderToCareTeam(const QString& name, bool pinned)
{
    CareTeamRepository team(m_receiver->db());
    CareTeamMember member;
    member.name = name;
    member.minisignKey = VaultIdentity::load(m_sender->db()).minisignPublicKeyText();
    const std::int64_t id = team.add(member);
    if (pinned)
        team.setPinned(id, true);
    return id;
}

void SharedRecordFixture::screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("CARNET_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // pending layout requests, as a person would see them
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(QStringLiteral("received-%1.png").arg(name)));
}

QStringList SharedRecordFixture::editableWidgets(QWidget* root)
{
    QStringList problems;
    for (const QLineEdit* edit : root->findChildren<QLineEdit*>()) {
        if (!edit->isReadOnly() && edit->isVisibleTo(root))
            problems << QStringLiteral("line edit %1").arg(edit->accessibleName());
    }
    for (const QTextEdit* edit : root->findChildren<QTextEdit*>()) {
        if (!edit->isReadOnly())
            problems << QStringLiteral("text edit %1").arg(edit->accessibleName());
    }
    for (const QPlainTextEdit* edit : root->findChildren<QPlainTextEdit*>()) {
        if (!edit->isReadOnly())
            problems << QStringLiteral("plain text edit %1").arg(edit->accessibleName());
    }
    for (const QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        if (qobject_cast<const QHeaderView*>(view))
            continue; // headers show the model's column names and never edit
        if (view->editTriggers() != QAbstractItemView::NoEditTriggers)
            problems << QStringLiteral("item view %1").arg(view->accessibleName());
        const QAbstractItemModel* model = view->model();
        for (int row = 0; model && row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->flags(model->index(row, column)) & Qt::ItemIsEditable)
                    problems << QStringLiteral("item %1,%2 of %3").arg(row).arg(column).arg(view->accessibleName());
            }
        }
    }
    return problems;
}

int SharedRecordFixture::dropPendingDrivers()
{
    int dropped = 0;
    while (DialogSeam::pendingDrivers() > 0) {
        QDialog dummy;
        DialogSeam::exec(dummy);
        ++dropped;
    }
    return dropped;
}

} // namespace carnet::testsupport
