// Fuzz target: minisign signature files and public keys as hostile text. parse() may only throw MinisignError;
// what parses must survive a round trip through toFileText(), and a parsed signature is checked with a fixed
// key over the input itself (verify() may only throw MinisignError too).
#include "FuzzKeys.h"
#include "MinisignError.h"
#include "MinisignPublicKey.h"
#include "MinisignSignature.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>

namespace {

// The signer key of tests/data/share/example.carnet-share.
constexpr char SignerKey[] = "RWRhM4Bd9zuyvJssHPWNvE23tW1pDMWHKh6NhoJvZ5Q55DkvapmVLsDK";

void parseSignature(const QByteArray& text)
{
    std::optional<carnet::MinisignSignature> signature;
    try {
        signature = carnet::MinisignSignature::parse(text);
    } catch (const carnet::MinisignError&) {
        return;
    }
    const QByteArray written = signature->toFileText();
    try {
        if (carnet::MinisignSignature::parse(written).toFileText() != written)
            std::abort();
    } catch (const carnet::MinisignError&) {
        std::abort(); // what was parsed once and written back must parse again
    }
    static const carnet::MinisignPublicKey key = carnet::MinisignPublicKey::parse(QByteArray(SignerKey));
    try {
        const QByteArray trustedComment = key.verify(text, *signature);
        static_cast<void>(trustedComment);
    } catch (const carnet::MinisignError&) {
    }
}

void parsePublicKey(const QByteArray& text)
{
    try {
        const carnet::MinisignPublicKey key = carnet::MinisignPublicKey::parse(text);
        if (!(carnet::MinisignPublicKey::parse(key.toFileText()) == key)
            || !(carnet::MinisignPublicKey::parse(key.toBase64()) == key))
            std::abort();
    } catch (const carnet::MinisignError&) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray text = carnet::fuzz::FuzzKeys::bytes(data, size);
    parseSignature(text);
    parsePublicKey(text);
    return 0;
}
