#pragma once

#include <stdexcept>
#include <string>

namespace carnet {

// A failure inside the crypto layer that is not an authentication failure (those return an empty optional).
class CryptoError : public std::runtime_error
{
public:
    explicit CryptoError(const std::string& what)
        : std::runtime_error(what)
    {
    }
};

} // namespace carnet
