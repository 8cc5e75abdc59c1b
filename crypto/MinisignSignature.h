#pragma once

#include <QByteArray>

namespace carnet {

// A minisign signature file (.minisig): untrusted comment, algorithm, key id and signature, then the trusted
// comment and the global signature over signature || trusted comment. The trusted comment is only handed out
// by MinisignPublicKey::verify, after both signatures check.
class MinisignSignature
{
public:
    enum class Algorithm {
        Prehashed, // "ED": Ed25519 over BLAKE2b-512 of the file, what minisign writes by default
        Legacy, // "Ed": Ed25519 over the file itself; verified, never written
    };

    static constexpr int KeyIdSize = 8;
    static constexpr int SignatureSize = 64;
    // minisign's line buffers (COMMENTMAXBYTES, TRUSTEDCOMMENTMAXBYTES) less prefix, newline and NUL.
    static constexpr int MaxUntrustedCommentSize = 1024 - 19 - 2;
    static constexpr int MaxTrustedCommentSize = 8192 - 17 - 2;

    // Throws MinisignError (MalformedSignature, UnsupportedAlgorithm). Accepts LF or CRLF line endings.
    static MinisignSignature parse(const QByteArray& text);
    // The four lines, LF-terminated, as minisign writes them.
    QByteArray toFileText() const;

    Algorithm algorithm() const { return m_algorithm; }
    const QByteArray& keyId() const { return m_keyId; }
    // Not covered by any signature: anyone can change it.
    const QByteArray& untrustedComment() const { return m_untrustedComment; }

private:
    friend class MinisignKeyPair;
    friend class MinisignPublicKey;

    MinisignSignature() = default;

    Algorithm m_algorithm = Algorithm::Prehashed;
    QByteArray m_keyId;
    QByteArray m_signature;
    QByteArray m_untrustedComment;
    QByteArray m_trustedComment;
    QByteArray m_globalSignature;
};

} // namespace carnet
