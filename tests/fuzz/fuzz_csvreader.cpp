// libFuzzer target: the CSV/TSV reader on arbitrary bytes (encoding and
// delimiter detection, quoting, line counting).
#include "io/csvreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Podium::CsvReader::Result result = Podium::CsvReader::read(bytes);
    // Every record starts on a line of the file, in order.
    int previous = 0;
    for (const auto &record : result.records) {
        if (record.line < previous || record.line < 1)
            __builtin_trap();
        previous = record.line;
    }
    return 0;
}
