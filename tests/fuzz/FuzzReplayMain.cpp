// Runs a fuzz target over saved inputs without libFuzzer: every file of the folders (or the files) named on the
// command line, or of the target's seed corpus when none is named. A crash, a sanitizer report or an exception
// that escapes the target fails the run, so seeds and inputs that once crashed keep being checked.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::vector<std::filesystem::path> inputsUnder(const std::filesystem::path& path)
{
    std::vector<std::filesystem::path> inputs;
    if (std::filesystem::is_directory(path)) {
        for (const auto& entry : std::filesystem::directory_iterator(path)) {
            if (entry.is_regular_file())
                inputs.push_back(entry.path());
        }
        std::sort(inputs.begin(), inputs.end());
    } else if (std::filesystem::is_regular_file(path)) {
        inputs.push_back(path);
    }
    return inputs;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::filesystem::path> roots;
    for (int i = 1; i < argc; ++i)
        roots.emplace_back(argv[i]);
    if (roots.empty())
        roots.emplace_back(CARNET_FUZZ_CORPUS);

    std::size_t replayed = 0;
    for (const std::filesystem::path& root : roots) {
        const std::vector<std::filesystem::path> inputs = inputsUnder(root);
        if (inputs.empty()) {
            std::fprintf(stderr, "No input in %s\n", root.string().c_str());
            return 1;
        }
        for (const std::filesystem::path& input : inputs) {
            std::ifstream file(input, std::ios::binary);
            const std::vector<char> bytes {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
            if (!file.eof() && file.fail()) {
                std::fprintf(stderr, "Cannot read %s\n", input.string().c_str());
                return 1;
            }
            std::printf("%s (%zu bytes)\n", input.string().c_str(), bytes.size());
            std::fflush(stdout);
            // data() of an empty vector may be null; libFuzzer also passes a valid pointer for empty inputs.
            static const std::uint8_t empty = 0;
            LLVMFuzzerTestOneInput(bytes.empty() ? &empty : reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                   bytes.size());
            ++replayed;
        }
    }
    std::printf("Replayed %zu inputs without a crash\n", replayed);
    return 0;
}
