// Driver for fuzz targets when libFuzzer is not available (GCC builds, CI's default run).
// Why hand-written: libFuzzer needs clang; this keeps every fuzz target exercised on each
// CI run. It replays each seed file, then deterministic mutations of the seeds (bit flips,
// truncations, duplications, random bytes) so results are reproducible.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

std::vector<std::string> readSeeds(const char *dir)
{
    std::vector<std::string> seeds;
    if (dir == nullptr || !std::filesystem::is_directory(dir)) {
        return seeds;
    }
    for (const auto &entry : std::filesystem::directory_iterator(dir)) {
        if (entry.is_regular_file()) {
            std::ifstream in(entry.path(), std::ios::binary);
            seeds.emplace_back(std::istreambuf_iterator<char>(in),
                               std::istreambuf_iterator<char>());
        }
    }
    return seeds;
}

// PROMPTDESK_FUZZ_LAST=FILE keeps the input being run in FILE, so a replay that hangs or
// crashes leaves the input behind to become a seed.
void run(const std::string &input)
{
    if (const char *last = std::getenv("PROMPTDESK_FUZZ_LAST")) {
        std::ofstream(last, std::ios::binary | std::ios::trunc) << input;
    }
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.data()), input.size());
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> seeds = readSeeds(argc > 1 ? argv[1] : nullptr);
    seeds.emplace_back();
    seeds.emplace_back("\xEF\xBB\xBF", 3);
    seeds.emplace_back("\xFF\xFE", 2);
    const char *iterationsEnv = std::getenv("PROMPTDESK_FUZZ_ITERATIONS");
    const long iterations = iterationsEnv ? std::atol(iterationsEnv) : 3000;

    for (const std::string &seed : seeds) {
        run(seed);
    }
    std::mt19937 rng(20261124);
    for (long i = 0; i < iterations; ++i) {
        std::string input = seeds[rng() % seeds.size()];
        const int edits = 1 + static_cast<int>(rng() % 8);
        for (int e = 0; e < edits; ++e) {
            switch (rng() % 5) {
            case 0: // flip a bit
                if (!input.empty()) {
                    input[rng() % input.size()] ^= static_cast<char>(1u << (rng() % 8));
                }
                break;
            case 1: // truncate
                if (!input.empty()) {
                    input.resize(rng() % input.size());
                }
                break;
            case 2: // duplicate a slice
                if (!input.empty() && input.size() < (1u << 20)) {
                    const size_t from = rng() % input.size();
                    input.insert(rng() % input.size(), input.substr(from, rng() % 64));
                }
                break;
            case 3: // insert random bytes
                for (int k = static_cast<int>(rng() % 16); k > 0; --k) {
                    input.insert(input.empty() ? 0 : rng() % input.size(), 1,
                                 static_cast<char>(rng() & 0xFF));
                }
                break;
            default: // overwrite a byte with an interesting value
                if (!input.empty()) {
                    static const char interesting[] = {'\0', '\n',   '\r',   '[',    ']',
                                                       '@',  '\x7f', '\x80', '\xC0', '\xFF'};
                    input[rng() % input.size()] = interesting[rng() % sizeof(interesting)];
                }
                break;
            }
        }
        run(input);
    }
    std::printf("fuzz: %zu seeds and %ld mutations ran without a crash\n", seeds.size(),
                iterations);
    return 0;
}
