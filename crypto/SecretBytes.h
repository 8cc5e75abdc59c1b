#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace carnet {

// Key material in sodium_malloc'd memory: guard pages, never swapped where the OS allows, wiped on release.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    static SecretBytes copyOf(const void* data, std::size_t size);
    static SecretBytes copyOf(const QByteArray& data);
    // Takes a UTF-8 passphrase out of a QString; the caller should still clear its own copy.
    static SecretBytes fromUtf8(const QString& text);
    static SecretBytes random(std::size_t size);

    SecretBytes clone() const;

    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }

    // Constant-time comparison.
    bool equals(const SecretBytes& other) const;

    // Page protection between uses: noAccess() makes any stray read fault; readOnly()/readWrite() reopen it.
    void noAccess() const;
    void readOnly() const;
    void readWrite() const;

    // Wipes and frees; the object becomes empty.
    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Opens a SecretBytes for reading for the lifetime of the guard, then returns it to no-access.
class SecretReadGuard
{
public:
    explicit SecretReadGuard(const SecretBytes& secret);
    ~SecretReadGuard();
    SecretReadGuard(const SecretReadGuard&) = delete;
    SecretReadGuard& operator=(const SecretReadGuard&) = delete;

private:
    const SecretBytes& m_secret;
};

} // namespace carnet
