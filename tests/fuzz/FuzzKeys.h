#pragma once

#include "AgeIdentity.h"
#include "SecretBytes.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <utility>

namespace carnet::fuzz {

// The fixed secrets the fuzz targets decrypt with, so that seeds made with them reach past the age header.
struct FuzzKeys
{
    // The test key of tests/data/share/example-provider-key.txt, which protects nothing else.
    static constexpr char AgeSecretKey[] = "AGE-SECRET-KEY-12S2XZ3AAWSW2GY4CYP8WGZ6KDDEE9NMUGCPK7YKR0NNWFPNE427SACYVTW";
    static constexpr char Passphrase[] = "carnet fuzz passphrase";
    // Seeds are encrypted at this scrypt work factor and readers refuse anything above it, so each input stays fast.
    static constexpr int ScryptLogN = 10;

    static AgeIdentity identity()
    {
        std::optional<AgeIdentity> parsed = AgeIdentity::parse(QString::fromLatin1(AgeSecretKey));
        if (!parsed)
            std::abort(); // the constant above is broken: nothing the target reports would mean anything
        return std::move(*parsed);
    }

    static SecretBytes passphrase() { return SecretBytes::copyOf(QByteArray(Passphrase)); }

    // A deep copy: the input buffer belongs to the fuzzer and is not NUL-terminated.
    static QByteArray bytes(const std::uint8_t* data, std::size_t size)
    {
        return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    }
};

} // namespace carnet::fuzz
