#pragma once

#include "SecretBytes.h"

#include <QByteArray>

namespace carnet {

// BLAKE2b (crypto_generichash), keyed or not.
class Hash
{
public:
    static QByteArray blake2b(const QByteArray& data, int outputSize = 32);
    static QByteArray blake2bKeyed(const QByteArray& data, const SecretBytes& key, int outputSize = 32);
};

// Streaming BLAKE2b for large inputs.
class Blake2bStream
{
public:
    explicit Blake2bStream(int outputSize = 32);
    ~Blake2bStream();
    Blake2bStream(const Blake2bStream&) = delete;
    Blake2bStream& operator=(const Blake2bStream&) = delete;

    void update(const QByteArray& data);
    void update(const char* data, std::size_t size);
    QByteArray finish();

private:
    struct State;
    State* m_state;
    int m_outputSize;
};

} // namespace carnet
