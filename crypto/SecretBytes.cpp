#include "SecretBytes.h"

#include "CryptoError.h"
#include "Sodium.h"

#include <cstring>
#include <sodium.h>
#include <utility>

namespace carnet {

SecretBytes::SecretBytes(std::size_t size)
{
    if (size == 0) {
        return;
    }
    ensureSodiumInitialised();
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (m_data == nullptr) {
        throw CryptoError("sodium_malloc failed: out of secure memory");
    }
    m_size = size;
    // sodium_malloc fills with 0xdb so uninitialised use is visible; start from zeros instead.
    sodium_memzero(m_data, m_size);
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::copyOf(const void* data, std::size_t size)
{
    SecretBytes result(size);
    if (size > 0) {
        std::memcpy(result.m_data, data, size);
    }
    return result;
}

SecretBytes SecretBytes::copyOf(const QByteArray& data)
{
    return copyOf(data.constData(), static_cast<std::size_t>(data.size()));
}

SecretBytes SecretBytes::fromUtf8(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes result = copyOf(utf8);
    // toUtf8() returns an unshared buffer, so data() does not detach and this wipes the only copy we made.
    if (!utf8.isEmpty()) {
        sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    }
    return result;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes result(size);
    if (size > 0) {
        randombytes_buf(result.m_data, size);
    }
    return result;
}

SecretBytes SecretBytes::clone() const
{
    return copyOf(m_data, m_size);
}

bool SecretBytes::equals(const SecretBytes& other) const
{
    if (m_size != other.m_size) {
        return false;
    }
    if (m_size == 0) {
        return true;
    }
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecretBytes::noAccess() const
{
    if (m_data != nullptr && sodium_mprotect_noaccess(m_data) != 0) {
        throw CryptoError("sodium_mprotect_noaccess failed");
    }
}

void SecretBytes::readOnly() const
{
    if (m_data != nullptr && sodium_mprotect_readonly(m_data) != 0) {
        throw CryptoError("sodium_mprotect_readonly failed");
    }
}

void SecretBytes::readWrite() const
{
    if (m_data != nullptr && sodium_mprotect_readwrite(m_data) != 0) {
        throw CryptoError("sodium_mprotect_readwrite failed");
    }
}

void SecretBytes::clear()
{
    if (m_data != nullptr) {
        // sodium_free lifts any page protection, checks the canary and wipes before unmapping.
        sodium_free(m_data);
        m_data = nullptr;
    }
    m_size = 0;
}

SecretReadGuard::SecretReadGuard(const SecretBytes& secret)
    : m_secret(secret)
{
    m_secret.readOnly();
}

SecretReadGuard::~SecretReadGuard()
{
    try {
        m_secret.noAccess();
    } catch (const CryptoError&) {
        // A destructor must not throw; leaving the pages readable is the lesser harm.
    }
}

} // namespace carnet
