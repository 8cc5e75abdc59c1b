// Fuzz target: bundle.json read as hostile JSON (the signature over it is not the only guard: a trusted sender's
// Carnet may still write something a reader mishandles). Refusals must be ShareErrors.
#include "FhirShareBundle.h"
#include "FuzzKeys.h"
#include "ShareError.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    try {
        const carnet::ShareView view = carnet::FhirShareBundle::read(carnet::fuzz::FuzzKeys::bytes(data, size));
        static_cast<void>(view);
    } catch (const carnet::ShareError&) {
    }
    return 0;
}
