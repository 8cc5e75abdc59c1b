#pragma once

namespace carnet {

// Initialises libsodium once per process; throws CryptoError if it cannot.
void ensureSodiumInitialised();

} // namespace carnet
