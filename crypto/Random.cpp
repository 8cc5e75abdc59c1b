#include "Random.h"

#include "CryptoError.h"
#include "Sodium.h"

#include <sodium.h>

namespace carnet {

QByteArray Random::bytes(int count)
{
    if (count < 0) {
        throw CryptoError("Random::bytes: negative count");
    }
    QByteArray result(count, Qt::Uninitialized);
    fill(result.data(), static_cast<std::size_t>(count));
    return result;
}

void Random::fill(void* buffer, std::size_t size)
{
    if (size == 0) {
        return;
    }
    ensureSodiumInitialised();
    randombytes_buf(buffer, size);
}

std::uint32_t Random::uniform(std::uint32_t upperBound)
{
    ensureSodiumInitialised();
    // randombytes_uniform rejects the biased tail itself and returns 0 for bounds below 2.
    return randombytes_uniform(upperBound);
}

} // namespace carnet
