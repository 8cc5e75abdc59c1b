#include "Keyring.h"

#include "Base32.h"
#include "Hash.h"
#include "KeySlot.h"
#include "Random.h"
#include "VaultError.h"

#include <QtEndian>

#include <algorithm>

namespace carnet {

namespace {

constexpr char Magic[] = "CARNETKR";
constexpr int MagicSize = 8;
constexpr int HeaderSize = 41;         // magic .. sqlcipher compatibility
constexpr int SlotKdfSize = 39;        // type, id, algorithm, ops, mem, salt, created
constexpr int WrappedSize = KeySlot::NonceSize + Keyring::DataKeySize + KeySlot::TagSize;
constexpr int SlotSize = SlotKdfSize + WrappedSize;
constexpr int ChecksumSize = 32;
constexpr char RecoveryDomain[] = "carnet recovery kek v1";

template <typename T> void append(QByteArray& out, T value)
{
    char buffer[sizeof(T)];
    qToLittleEndian(value, buffer);
    out.append(buffer, sizeof(T));
}

// Bounds-checked little-endian reader over untrusted bytes.
class Reader
{
public:
    explicit Reader(const QByteArray& bytes)
        : m_bytes(bytes)
    {
    }
    template <typename T> T read()
    {
        need(sizeof(T));
        const T value = qFromLittleEndian<T>(m_bytes.constData() + m_pos);
        m_pos += sizeof(T);
        return value;
    }
    QByteArray take(int size)
    {
        need(size);
        const QByteArray out = m_bytes.mid(m_pos, size);
        m_pos += size;
        return out;
    }

private:
    void need(qsizetype size)
    {
        if (m_pos + size > m_bytes.size())
            throw VaultError(VaultError::Kind::Damaged, Keyring::tr("The keyring file is truncated."));
    }
    const QByteArray& m_bytes;
    qsizetype m_pos = 0;
};

} // namespace

Keyring Keyring::parse(const QByteArray& bytes)
{
    if (bytes.size() < HeaderSize + 1 + ChecksumSize || !bytes.startsWith(QByteArray(Magic, MagicSize)))
        throw VaultError(VaultError::Kind::Damaged, tr("The keyring file is not a Carnet keyring or is truncated."));
    const QByteArray body = bytes.left(bytes.size() - ChecksumSize);
    if (Hash::blake2b(body, ChecksumSize) != bytes.right(ChecksumSize))
        throw VaultError(VaultError::Kind::Damaged,
                         tr("The keyring file is damaged (its checksum does not match). "
                            "The previous copy is kept beside it as keyring.bak."));

    Reader reader(body);
    reader.take(MagicSize);
    const auto version = reader.read<quint16>();
    if (version != FormatVersion)
        throw VaultError(VaultError::Kind::Unsupported,
                         tr("This vault uses keyring format %1; this Carnet reads format %2. Update Carnet to open it.")
                             .arg(version)
                             .arg(FormatVersion));
    const auto flags = reader.read<quint16>();
    if (flags != 0)
        throw VaultError(VaultError::Kind::Unsupported, tr("This keyring uses features this Carnet does not know."));

    Keyring keyring;
    keyring.vaultId = reader.take(VaultIdSize);
    keyring.created = QDateTime::fromSecsSinceEpoch(reader.read<qint64>(), Qt::UTC);
    keyring.cipher.pageSize = static_cast<int>(reader.read<quint32>());
    keyring.cipher.compatibility = reader.read<quint8>();
    const int slotCount = reader.read<quint8>();
    if (slotCount < 1 || slotCount > MaxSlots)
        throw VaultError(VaultError::Kind::Damaged, tr("The keyring lists an impossible number of key slots."));
    if (body.size() != HeaderSize + 1 + slotCount * SlotSize)
        throw VaultError(VaultError::Kind::Damaged, tr("The keyring file has the wrong length."));
    for (int i = 0; i < slotCount; ++i) {
        Slot slot;
        const auto type = reader.read<quint8>();
        if (type != quint8(SlotType::Passphrase) && type != quint8(SlotType::RecoveryCode))
            throw VaultError(VaultError::Kind::Damaged, tr("The keyring holds a key slot of unknown type."));
        slot.type = static_cast<SlotType>(type);
        slot.id = reader.read<quint8>();
        slot.kdf.algorithm = reader.read<quint8>();
        slot.kdf.opsLimit = reader.read<quint32>();
        slot.kdf.memLimitBytes = reader.read<quint64>();
        slot.salt = reader.take(PassphraseKdf::SaltSize);
        slot.createdAt = QDateTime::fromSecsSinceEpoch(reader.read<qint64>(), Qt::UTC);
        slot.wrapped = reader.take(WrappedSize);
        keyring.keySlots.push_back(std::move(slot));
    }
    if (keyring.cipher.pageSize < 512 || keyring.cipher.pageSize > 65536
        || (keyring.cipher.pageSize & (keyring.cipher.pageSize - 1)) != 0)
        throw VaultError(VaultError::Kind::Damaged, tr("The keyring records an impossible database page size."));
    return keyring;
}

QByteArray Keyring::headerBytes() const
{
    QByteArray out(Magic, MagicSize);
    append<quint16>(out, FormatVersion);
    append<quint16>(out, 0);
    out.append(vaultId);
    append<qint64>(out, created.toSecsSinceEpoch());
    append<quint32>(out, static_cast<quint32>(cipher.pageSize));
    append<quint8>(out, static_cast<quint8>(cipher.compatibility));
    Q_ASSERT(out.size() == HeaderSize);
    return out;
}

QByteArray Keyring::slotKdfBytes(const Slot& slot)
{
    QByteArray out;
    append<quint8>(out, quint8(slot.type));
    append<quint8>(out, slot.id);
    append<quint8>(out, slot.kdf.algorithm);
    append<quint32>(out, slot.kdf.opsLimit);
    append<quint64>(out, slot.kdf.memLimitBytes);
    out.append(slot.salt);
    append<qint64>(out, slot.createdAt.toSecsSinceEpoch());
    Q_ASSERT(out.size() == SlotKdfSize);
    return out;
}

QByteArray Keyring::associatedData(const Slot& slot) const
{
    return headerBytes() + slotKdfBytes(slot);
}

QByteArray Keyring::serialize() const
{
    QByteArray out = headerBytes();
    append<quint8>(out, static_cast<quint8>(keySlots.size()));
    for (const Slot& slot : keySlots)
        out.append(slotKdfBytes(slot)).append(slot.wrapped);
    out.append(Hash::blake2b(out, ChecksumSize));
    return out;
}

const Keyring::Slot* Keyring::findSlot(SlotType type) const
{
    const auto it = std::find_if(keySlots.begin(), keySlots.end(), [type](const Slot& s) { return s.type == type; });
    return it == keySlots.end() ? nullptr : &*it;
}

void Keyring::putSlot(Slot slot)
{
    const auto it = std::find_if(keySlots.begin(), keySlots.end(), [&](const Slot& s) { return s.type == slot.type; });
    if (it != keySlots.end())
        *it = std::move(slot);
    else
        keySlots.push_back(std::move(slot));
    std::sort(keySlots.begin(), keySlots.end(), [](const Slot& a, const Slot& b) { return a.id < b.id; });
}

void Keyring::setPassphraseSlot(const SecretBytes& dataKey, const SecretBytes& passphrase, const KdfParams& kdf)
{
    Slot slot;
    slot.type = SlotType::Passphrase;
    slot.id = 1;
    slot.kdf = kdf;
    slot.salt = Random::bytes(PassphraseKdf::SaltSize);
    slot.createdAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    const SecretBytes kek = PassphraseKdf::derive(passphrase, slot.salt, kdf);
    slot.wrapped = KeySlot::wrap(dataKey, kek, associatedData(slot));
    putSlot(std::move(slot));
}

SecretBytes Keyring::recoveryKek(const QByteArray& codeBytes, const QByteArray& salt)
{
    const SecretBytes key = SecretBytes::copyOf(codeBytes);
    const QByteArray kek = Hash::blake2bKeyed(QByteArray(RecoveryDomain) + salt, key, 32);
    SecretBytes out = SecretBytes::copyOf(kek);
    return out;
}

QString Keyring::setNewRecoveryCode(const SecretBytes& dataKey)
{
    const QByteArray code = Random::bytes(RecoveryCodeBytes);
    Slot slot;
    slot.type = SlotType::RecoveryCode;
    slot.id = 2;
    slot.kdf = KdfParams{RecoveryKdfAlgorithm, 0, 0};
    slot.salt = Random::bytes(PassphraseKdf::SaltSize);
    slot.createdAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    slot.wrapped = KeySlot::wrap(dataKey, recoveryKek(code, slot.salt), associatedData(slot));
    putSlot(std::move(slot));
    return formatRecoveryCode(code);
}

std::optional<SecretBytes> Keyring::unwrapWithPassphrase(const SecretBytes& passphrase) const
{
    const Slot* slot = findSlot(SlotType::Passphrase);
    if (!slot)
        throw VaultError(VaultError::Kind::Damaged, tr("The keyring has no passphrase slot."));
    if (!PassphraseKdf::isAcceptable(slot->kdf))
        throw VaultError(VaultError::Kind::Damaged, tr("The keyring's key-derivation settings are out of range."));
    const SecretBytes kek = PassphraseKdf::derive(passphrase, slot->salt, slot->kdf);
    return KeySlot::unwrap(slot->wrapped, kek, associatedData(*slot));
}

std::optional<SecretBytes> Keyring::unwrapWithRecoveryCode(const QString& code) const
{
    const std::optional<QByteArray> codeBytes = Base32::decode(code);
    if (!codeBytes || codeBytes->size() != RecoveryCodeBytes)
        throw VaultError(VaultError::Kind::WrongRecoveryCode,
                         tr("That is not a well-formed recovery code: it has 32 letters and digits in groups of four."));
    const Slot* slot = findSlot(SlotType::RecoveryCode);
    if (!slot)
        throw VaultError(VaultError::Kind::WrongRecoveryCode, tr("This vault has no recovery code."));
    return KeySlot::unwrap(slot->wrapped, recoveryKek(*codeBytes, slot->salt), associatedData(*slot));
}

QString Keyring::formatRecoveryCode(const QByteArray& codeBytes)
{
    const QString plain = Base32::encode(codeBytes);
    QStringList groups;
    for (int i = 0; i < plain.size(); i += 4)
        groups << plain.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

} // namespace carnet
