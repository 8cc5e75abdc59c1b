#include "PassphraseKdf.h"

#include "CryptoError.h"
#include "Sodium.h"

#include <QElapsedTimer>
#include <algorithm>
#include <limits>
#include <sodium.h>

namespace carnet {

namespace {

static_assert(KdfParams::Argon2id13 == crypto_pwhash_ALG_ARGON2ID13, "KdfParams must store libsodium's algorithm id");

// Above these a keyring is damaged or hostile: 64 passes over 4 GiB already takes minutes.
constexpr std::uint32_t MaxOpsLimit = 64;
constexpr std::uint64_t MaxMemLimitBytes = std::uint64_t {4} * 1024 * 1024 * 1024;

} // namespace

KdfParams PassphraseKdf::profile(Profile profile)
{
    KdfParams params;
    params.algorithm = KdfParams::Argon2id13;
    switch (profile) {
    case Profile::Interactive:
        params.opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        params.memLimitBytes = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        break;
    case Profile::Moderate:
        params.opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
        params.memLimitBytes = crypto_pwhash_MEMLIMIT_MODERATE;
        break;
    case Profile::Sensitive:
        params.opsLimit = crypto_pwhash_OPSLIMIT_SENSITIVE;
        params.memLimitBytes = crypto_pwhash_MEMLIMIT_SENSITIVE;
        break;
    }
    return params;
}

std::optional<PassphraseKdf::Profile> PassphraseKdf::profileFromName(const QString& name)
{
    for (const Profile candidate : {Profile::Interactive, Profile::Moderate, Profile::Sensitive}) {
        if (name.compare(profileName(candidate), Qt::CaseInsensitive) == 0) {
            return candidate;
        }
    }
    return std::nullopt;
}

QString PassphraseKdf::profileName(Profile profile)
{
    switch (profile) {
    case Profile::Interactive:
        return QStringLiteral("interactive");
    case Profile::Moderate:
        return QStringLiteral("moderate");
    case Profile::Sensitive:
        return QStringLiteral("sensitive");
    }
    return QString();
}

KdfParams PassphraseKdf::floor()
{
    return profile(Profile::Interactive);
}

bool PassphraseKdf::isAcceptable(const KdfParams& params)
{
    const KdfParams minimum = floor();
    return params.algorithm == KdfParams::Argon2id13 && params.opsLimit >= minimum.opsLimit
        && params.memLimitBytes >= minimum.memLimitBytes && params.opsLimit <= MaxOpsLimit
        && params.memLimitBytes <= MaxMemLimitBytes;
}

KdfParams PassphraseKdf::calibrate(const KdfParams& start, int targetMillis)
{
    // Any passphrase and salt will do: Argon2's cost does not depend on the input.
    const SecretBytes passphrase = SecretBytes::copyOf(QByteArrayLiteral("carnet calibration"));
    const QByteArray salt(SaltSize, '\0');

    QElapsedTimer timer;
    timer.start();
    derive(passphrase, salt, start);
    const qint64 elapsedNanos = std::max<qint64>(timer.nsecsElapsed(), 1);
    const double targetNanos = static_cast<double>(std::max(targetMillis, 0)) * 1e6;

    // Argon2id time grows linearly with passes at fixed memory; memory is never raised, it was
    // chosen for the smallest machine the vault must open on.
    const double scaled = static_cast<double>(start.opsLimit) * targetNanos / static_cast<double>(elapsedNanos);
    const double capped = std::min(scaled, static_cast<double>(MaxOpsLimit));

    KdfParams result = start;
    if (capped > static_cast<double>(start.opsLimit)) {
        result.opsLimit = static_cast<std::uint32_t>(capped);
    }
    return result;
}

SecretBytes PassphraseKdf::derive(const SecretBytes& passphrase, const QByteArray& salt, const KdfParams& params)
{
    ensureSodiumInitialised();
    if (salt.size() != SaltSize) {
        throw CryptoError("PassphraseKdf::derive: salt must be 16 bytes");
    }
    if (params.algorithm != KdfParams::Argon2id13) {
        throw CryptoError("PassphraseKdf::derive: unsupported algorithm");
    }
    if (params.memLimitBytes > std::numeric_limits<std::size_t>::max()) {
        throw CryptoError("PassphraseKdf::derive: memory limit does not fit this platform");
    }

    // libsodium wants a non-null pointer even for an empty passphrase.
    static const char emptyPassphrase[1] = {0};
    const char* passphraseData = passphrase.isEmpty() ? emptyPassphrase : passphrase.chars();

    SecretBytes key(KeySize);
    const int rc = crypto_pwhash(key.data(), key.size(), passphraseData, passphrase.size(),
                                 reinterpret_cast<const unsigned char*>(salt.constData()), params.opsLimit,
                                 static_cast<std::size_t>(params.memLimitBytes), params.algorithm);
    if (rc != 0) {
        throw CryptoError("Argon2id derivation failed (out of memory or parameters out of range)");
    }
    return key;
}

} // namespace carnet
