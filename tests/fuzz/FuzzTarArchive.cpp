// Fuzz target: the tar inside a share, read with the package's limits. Refusals must be ShareErrors, and whatever
// is accepted must keep the promises TarArchive::read makes (safe unique paths, sizes within the limits).
#include "FuzzKeys.h"
#include "ShareError.h"
#include "SharePackage.h"
#include "TarArchive.h"

#include <QByteArray>
#include <QSet>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray tar = carnet::fuzz::FuzzKeys::bytes(data, size);
    const carnet::TarArchive::Limits limits = carnet::SharePackage::limits();
    try {
        const std::vector<carnet::TarArchive::Member> members = carnet::TarArchive::read(tar, limits);
        if (members.size() > static_cast<std::size_t>(limits.maxMembers))
            std::abort();
        QSet<QString> paths;
        qint64 total = 0;
        for (const carnet::TarArchive::Member& member : members) {
            if (!carnet::TarArchive::isSafePath(member.path) || paths.contains(member.path)
                || member.data.size() > limits.maxMemberBytes)
                std::abort();
            paths.insert(member.path);
            total += member.data.size();
        }
        if (total > limits.maxTotalBytes)
            std::abort();
    } catch (const carnet::ShareError&) {
    }
    return 0;
}
