// libFuzzer target: calendar import (libical's parser and Podium's reading
// of zones, recurrences and text) on arbitrary bytes, with and without
// expanding recurring events.
#include "io/icalreader.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Made once and never destroyed: libFuzzer ends with exit(), after which
    // Qt's thread storage is gone and a static application would crash in
    // its destructor.
    new QCoreApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Podium::ICalReader::Options options;
    (void)Podium::ICalReader::read(bytes, options);
    options.expand = true;
    options.expandFrom = QDate(2023, 1, 1);
    options.expandTo = QDate(2024, 12, 31);
    (void)Podium::ICalReader::read(bytes, options);
    return 0;
}
