#include "MinisignSignature.h"

#include "Base64.h"
#include "MinisignError.h"

namespace carnet {

namespace {

constexpr char UntrustedPrefix[] = "untrusted comment: ";
constexpr char TrustedPrefix[] = "trusted comment: ";

[[noreturn]] void malformed(const char* why)
{
    throw MinisignError(MinisignError::Kind::MalformedSignature, QCoreApplication::translate("MinisignSignature", why));
}

bool isCommentText(const QByteArray& text)
{
    return !text.contains('\r') && !text.contains('\n') && !text.contains('\0');
}

} // namespace

MinisignSignature MinisignSignature::parse(const QByteArray& text)
{
    QList<QByteArray> lines = text.split('\n');
    // One final newline (or none) is fine; anything further is not a signature file minisign wrote.
    if (lines.size() == 5 && lines.last().isEmpty()) {
        lines.removeLast();
    }
    if (lines.size() != 4) {
        malformed(QT_TRANSLATE_NOOP("MinisignSignature", "a signature file has exactly four lines"));
    }
    for (QByteArray& line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
    }
    MinisignSignature signature;
    if (!lines.at(0).startsWith(UntrustedPrefix) || !lines.at(2).startsWith(TrustedPrefix)) {
        malformed(QT_TRANSLATE_NOOP("MinisignSignature", "the comment lines are missing"));
    }
    signature.m_untrustedComment = lines.at(0).mid(static_cast<qsizetype>(sizeof UntrustedPrefix) - 1);
    signature.m_trustedComment = lines.at(2).mid(static_cast<qsizetype>(sizeof TrustedPrefix) - 1);
    if (signature.m_untrustedComment.size() > MaxUntrustedCommentSize
        || signature.m_trustedComment.size() > MaxTrustedCommentSize || !isCommentText(signature.m_untrustedComment)
        || !isCommentText(signature.m_trustedComment)) {
        malformed(QT_TRANSLATE_NOOP("MinisignSignature", "a comment is too long or has a control character"));
    }

    const std::optional<QByteArray> body = Base64::decode(lines.at(1));
    if (!body || body->size() != 2 + KeyIdSize + SignatureSize) {
        malformed(QT_TRANSLATE_NOOP("MinisignSignature", "the signature line is not base64 of 74 bytes"));
    }
    const QByteArray algorithm = body->left(2);
    if (algorithm == "ED") {
        signature.m_algorithm = Algorithm::Prehashed;
    } else if (algorithm == "Ed") {
        signature.m_algorithm = Algorithm::Legacy;
    } else {
        throw MinisignError(MinisignError::Kind::UnsupportedAlgorithm, QString::fromLatin1(algorithm.toHex()));
    }
    signature.m_keyId = body->mid(2, KeyIdSize);
    signature.m_signature = body->mid(2 + KeyIdSize);

    const std::optional<QByteArray> global = Base64::decode(lines.at(3));
    if (!global || global->size() != SignatureSize) {
        malformed(QT_TRANSLATE_NOOP("MinisignSignature", "the trusted comment signature is not base64 of 64 bytes"));
    }
    signature.m_globalSignature = *global;
    return signature;
}

QByteArray MinisignSignature::toFileText() const
{
    const QByteArray algorithm = m_algorithm == Algorithm::Prehashed ? "ED" : "Ed";
    return UntrustedPrefix + m_untrustedComment + '\n' + Base64::encode(algorithm + m_keyId + m_signature) + '\n'
        + TrustedPrefix + m_trustedComment + '\n' + Base64::encode(m_globalSignature) + '\n';
}

} // namespace carnet
