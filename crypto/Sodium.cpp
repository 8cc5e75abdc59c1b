#include "Sodium.h"

#include "CryptoError.h"

#include <sodium.h>

namespace carnet {

void ensureSodiumInitialised()
{
    // A function-local static is initialised exactly once even under concurrent first calls;
    // sodium_init() itself is idempotent, so a failure is remembered rather than retried.
    static const bool initialised = sodium_init() >= 0;
    if (!initialised) {
        throw CryptoError("libsodium could not be initialised");
    }
}

} // namespace carnet
