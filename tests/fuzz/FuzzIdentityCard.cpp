// Fuzz target: an identity card as scanned text. parse() may only throw ShareError, and a card it accepts must
// read back equal from its own toText().
#include "FuzzKeys.h"
#include "IdentityCard.h"
#include "ShareError.h"

#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(carnet::fuzz::FuzzKeys::bytes(data, size));
    try {
        const carnet::IdentityCard card = carnet::IdentityCard::parse(text);
        if (!(carnet::IdentityCard::parse(card.toText()) == card))
            std::abort();
    } catch (const carnet::ShareError&) {
    }
    return 0;
}
