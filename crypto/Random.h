#pragma once

#include <QByteArray>

#include <cstdint>

namespace carnet {

// Cryptographically secure random numbers from the OS, through libsodium.
class Random
{
public:
    static QByteArray bytes(int count);
    static void fill(void* buffer, std::size_t size);
    // Uniform in [0, upperBound), without modulo bias.
    static std::uint32_t uniform(std::uint32_t upperBound);
};

} // namespace carnet
